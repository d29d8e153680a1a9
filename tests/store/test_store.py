"""The store on SQLite and on PostgreSQL: sources, originals, search, verify, audit chain."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from factfinder.errors import NotFoundError, QueryError, StoreError
from factfinder.model import PublishedBasis, Source
from factfinder.settings import Settings
from factfinder.store import SearchFilters, Store
from factfinder.store.dialects import MARK_END, MARK_START
from factfinder.store.schema import audit_log
from factfinder.store.sources import (
    SourceFilters,
    add_source,
    get_source,
    has_source,
    list_sources,
    near_duplicate_candidates,
    verify_store,
)

pytestmark = pytest.mark.store

TEXTS = {
    "raid.txt": (
        "Security forces raided the camp on Tuesday and shot dead eleven residents.",
        date(2009, 7, 30),
        "en",
        "Camp Monitor",
    ),
    "strike.txt": (
        "Prisoners in the central prison began a hunger strike against their transfer.",
        date(2019, 10, 17),
        "en",
        "Prison Watch",
    ),
    "protest.txt": (
        "Workers rallied outside the factory; police arrested several of the strikers.",
        date(2019, 10, 20),
        "en",
        "Labour News",
    ),
}


def make_source(
    name: str,
    text: str,
    published: date | None = None,
    language: str = "en",
    publisher: str | None = None,
) -> tuple[Source, bytes]:
    data = text.encode("utf-8")
    source = Source(
        id=hashlib.sha256(data).hexdigest(),
        text=text,
        media_type="text/plain",
        size=len(data),
        filename=name,
        title=name.removesuffix(".txt").title(),
        published=published,
        published_basis=PublishedBasis.GIVEN if published else PublishedBasis.UNKNOWN,
        language=language,
        publisher=publisher,
    )
    return source, data


@pytest.fixture
def filled(store: Store) -> Store:
    for i, (name, (text, published, lang, publisher)) in enumerate(TEXTS.items()):
        source, data = make_source(name, text, published, lang, publisher)
        source.simhash = (1 << 63) + i  # an unsigned 64-bit value round-trips through BIGINT
        add_source(store, source, data, bands=[i, i + 10, i + 20, i + 30])
    return store


def test_add_and_get_round_trip(filled: Store) -> None:
    source = get_source(filled, "raid.txt")
    assert source.text == TEXTS["raid.txt"][0]
    assert source.published == date(2009, 7, 30)
    assert source.published_basis == PublishedBasis.GIVEN
    assert filled.blobs.get(source.id) == TEXTS["raid.txt"][0].encode()
    assert get_source(filled, source.id[:10]).id == source.id
    assert has_source(filled, source.id)


def test_unknown_source_is_a_clear_error(filled: Store) -> None:
    with pytest.raises(NotFoundError, match="no such source"):
        get_source(filled, "nothing-here.txt")


def test_duplicate_row_is_refused_and_leaves_store_intact(filled: Store) -> None:
    source, data = make_source("raid.txt", TEXTS["raid.txt"][0])
    with pytest.raises(IntegrityError):
        add_source(filled, source, data)
    assert filled.count_sources() == 3
    assert verify_store(filled).ok


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("camp", {"raid.txt"}),
        ('"hunger strike"', {"strike.txt"}),
        ("strike*", {"strike.txt", "protest.txt"}),
        ("raided OR rallied", {"raid.txt", "protest.txt"}),
        ("prison -hunger", set()),
        ("security forces", {"raid.txt"}),
    ],
)
def test_search_ranked_with_snippets(filled: Store, query: str, expected: set[str]) -> None:
    hits = filled.search(query)
    names = {get_source(filled, h.source_id).filename for h in hits}
    assert names == expected
    for hit in hits:
        assert MARK_START in hit.snippet and MARK_END in hit.snippet


def test_search_filters(filled: Store) -> None:
    since = SearchFilters(since=date(2019, 1, 1))
    assert {h.title for h in filled.search("the", since)} == {"Strike", "Protest"}
    by_publisher = SearchFilters(publisher="prison")
    assert [h.title for h in filled.search("prisoners", by_publisher)] == ["Strike"]
    assert filled.search("prisoners", SearchFilters(language="fa")) == []


@pytest.mark.parametrize(
    "bad", ['"camp ashraf', "*", "camp * raid", "OR camp", "camp OR", "-camp", "(camp)"]
)
def test_search_syntax_errors_are_clear(filled: Store, bad: str) -> None:
    with pytest.raises(QueryError) as info:
        filled.search(bad)
    assert "\n" not in info.value.one_line()
    assert bad in info.value.one_line()


def test_list_sources_filters(filled: Store) -> None:
    assert len(list_sources(filled)) == 3
    assert [s.filename for s in list_sources(filled, SourceFilters(until=date(2010, 1, 1)))] == [
        "raid.txt"
    ]
    assert all(s.text == "" for s in list_sources(filled))  # listings do not load text


def test_near_duplicate_candidates_by_band(filled: Store) -> None:
    found = near_duplicate_candidates(filled, [99, 11, 98, 97])
    assert [get_source(filled, sid).filename for sid, _ in found] == ["strike.txt"]
    assert found[0][1] == (1 << 63) + 1


def test_verify_detects_altered_and_missing_originals(filled: Store) -> None:
    assert verify_store(filled).ok
    raid = get_source(filled, "raid.txt")
    filled.blobs.path(raid.id).write_bytes(b"tampered")
    strike = get_source(filled, "strike.txt")
    filled.blobs.path(strike.id).unlink()
    report = verify_store(filled)
    assert not report.ok
    assert any("altered" in p and raid.id[:12] in p for p in report.problems)
    assert any("missing" in p and strike.id[:12] in p for p in report.problems)


def test_audit_chain_detects_edits(filled: Store) -> None:
    assert verify_store(filled).ok
    with filled.write() as conn:
        seq = conn.execute(select(audit_log.c.seq).order_by(audit_log.c.seq).limit(1)).scalar_one()
        conn.execute(update(audit_log).where(audit_log.c.seq == seq).values(actor="mallory"))
    problems = verify_store(filled).problems
    assert any("altered" in p and f"audit event {seq}" in p for p in problems)


def test_reopen_keeps_data_and_schema_is_at_head(store_settings: Settings) -> None:
    with Store.open(store_settings) as st:
        source, data = make_source("one.txt", "A single report about a raid.")
        add_source(st, source, data)
    with Store.open(store_settings) as st:
        assert st.count_sources() == 1
        with st.read() as conn:
            assert st.current_revision(conn) == st.head_revision()


def test_open_missing_store_without_create(tmp_path) -> None:
    with pytest.raises(StoreError, match="factfinder init"):
        Store.open(Settings(home=tmp_path / "absent"), create=False)


def test_bad_database_url_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="unsupported database"):
        Store.open(Settings(home=tmp_path, db="mysql://x@y/z"))


def test_search_newest_first(filled: Store) -> None:
    hits = filled.search("the", SearchFilters(order="published"))
    dates = [h.published for h in hits]
    assert dates == sorted(dates, reverse=True) and len(dates) >= 2
    ranked = filled.search("the")
    assert {h.source_id for h in ranked} == {h.source_id for h in hits}
