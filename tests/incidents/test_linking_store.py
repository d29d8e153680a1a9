"""Linking, reconciliation and manual operations on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from factfinder import manual
from factfinder.errors import NotFoundError
from factfinder.linking import link_store
from factfinder.model import AnalystGrade, Claim, Count, DatePrecision, Mention, PublishedBasis, ReviewState, Source
from factfinder.records import format_count, incident_detail, incident_record
from factfinder.store import Store
from factfinder.store.incidents import IncidentFilters, list_incidents
from factfinder.store.mentions import save_extraction
from factfinder.store.schema import claims
from factfinder.store.sources import add_source, verify_store

pytestmark = pytest.mark.store


def _source(store: Store, name: str, text: str, publisher: str, near: str | None = None) -> str:
    data = text.encode()
    sid = hashlib.sha256(data).hexdigest()
    add_source(store, Source(
        id=sid, text=text, media_type="text/plain", size=len(data), filename=name,
        publisher=publisher, near_duplicate_of=near, published_basis=PublishedBasis.GIVEN,
    ), data)
    return sid


def _mention(doc: str, key: str, killed: Count | None, text: str, *, voice: str | None = None,
             date: str = "2013-09-01", abducted: int | None = 7) -> Mention:
    counts = {}
    if killed:
        counts["killed"] = killed
    if abducted is not None:
        counts["abducted"] = Count(value=abducted)
    start = 0
    m = Mention(
        doc=doc, acts=["killing", "abduction"], evidence=text, date=date,
        date_precision=DatePrecision.DAY, place="Camp Ashraf", country="IQ", counts=counts,
        perpetrators=["Iraqi forces"], attributed_to=voice, start=start, end=len(text), incident=key,
    )
    if killed:
        m.claims.append(Claim("count:killed", killed.to_json(), 0, len(text), text, "counts@test", 0.6, voice))
    return m


@pytest.fixture
def linked(store: Store) -> Store:
    texts = {
        "a.txt": ("Fifty-two residents of the camp were killed on 1 September 2013.", "Camp News"),
        "b.txt": ("The 1 September 2013 raid on the camp killed 52 people.", "Rights Watchers"),
        "c.txt": ("The State Department said 50 were killed at the camp on 1 September 2013.", "Daily Wire"),
        "d.txt": ("In July 2009 a raid on the camp killed 11; Amnesty said at least nine.", "Camp News"),
    }
    ids = {name: _source(store, name, text, pub) for name, (text, pub) in texts.items()}
    save_extraction(store, ids["a.txt"], [_mention("a.txt", "a#1", Count(value=52), texts["a.txt"][0])], "test@1")
    save_extraction(store, ids["b.txt"], [_mention("b.txt", "b#1", Count(value=52), texts["b.txt"][0])], "test@1")
    save_extraction(store, ids["c.txt"], [
        _mention("c.txt", "c#1", Count(value=50), texts["c.txt"][0], voice="US State Department")
    ], "test@1")
    save_extraction(store, ids["d.txt"], [
        _mention("d.txt", "d#1", Count(value=11), texts["d.txt"][0], date="2009-07-28", abducted=36),
        _mention("d.txt", "d#1", Count(min=9), texts["d.txt"][0], voice="Amnesty International",
                 date="2009-07-28", abducted=None),
    ], "test@1")
    stats = link_store(store)
    assert stats.linked == 5
    return store


def _incidents(store: Store) -> list[dict]:
    with store.read() as conn:
        rows, _ = list_incidents(conn, IncidentFilters())
    return rows


def test_two_incidents_with_contested_and_compatible_figures(linked: Store) -> None:
    rows = _incidents(linked)
    assert len(rows) == 2
    by_date = {r["date"]: incident_record(r) for r in rows}
    sept = by_date["2013-09-01"]
    assert sept["counts"]["killed"]["low"] == 50 and sept["counts"]["killed"]["high"] == 52
    assert sept["counts"]["killed"]["contested"] is True
    assert sept["grade"] == "contested"
    assert sept["counts"]["abducted"]["low"] == 7
    text = format_count(sept["counts"]["killed"])
    assert "52 (" in text and "50 (US State Department)" in text and "contested" in text
    july = by_date["2009-07-28"]
    assert july["counts"]["killed"]["contested"] is False
    assert {c["voice"] for c in july["counts"]["killed"]["claims"]} >= {"Amnesty International"}


@pytest.mark.parametrize(("rule", "best"), [("conservative", 50), ("corroborated", 52)])
def test_rules_switch_best_value(linked: Store, rule: str, best: int) -> None:
    rows = [r for r in _incidents(linked) if r["date"] == "2013-09-01"]
    assert incident_record(rows[0], rule)["counts"]["killed"]["best"] == best


def test_linking_is_incremental_and_idempotent(linked: Store) -> None:
    before = {r["id"] for r in _incidents(linked)}
    assert link_store(linked).linked == 0
    text = "Witnesses said 52 were killed in the camp on 1 September 2013."
    sid = _source(linked, "e.txt", text, "Witness Project")
    save_extraction(linked, sid, [_mention("e.txt", "e#1", Count(value=52), text)], "test@1")
    stats = link_store(linked)
    assert stats.linked == 1
    after = {r["id"] for r in _incidents(linked)}
    assert after == before


def test_merge_split_move_undo(linked: Store) -> None:
    rows = _incidents(linked)
    sept = next(r for r in rows if r["date"] == "2013-09-01")
    july = next(r for r in rows if r["date"] == "2009-07-28")
    change = manual.merge(linked, [sept["id"], july["id"]])
    assert len(_incidents(linked)) == 1
    manual.undo(linked, change)
    assert {r["id"] for r in _incidents(linked)} == {sept["id"], july["id"]}
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    state_dept = [m["id"] for m in detail["mention_list"] if m["attributed_to"]]
    change, new_id = manual.split(linked, sept["id"], state_dept)
    assert len(_incidents(linked)) == 3
    assert link_store(linked).linked == 0  # the split stays split
    manual.move(linked, state_dept[0], sept["id"])
    assert len(_incidents(linked)) == 2
    with linked.read() as conn:
        history = incident_detail(conn, sept["id"])["history"]
    assert [h["kind"] for h in history][:2] == ["merge", "split"]
    assert history[0]["undone_at"] is not None
    assert verify_store(linked).ok  # every change is in the audit chain


def test_review_and_correction_change_figures(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    claim = next(c for m in detail["mention_list"] if m["attributed_to"] for c in m["claims"])
    manual.review(linked, claim["id"], ReviewState.REJECTED)
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 52
    change, new_claim = manual.correct(linked, claim["id"], {"value": 51})
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 51
    with linked.read() as conn:
        old = conn.execute(select(claims.c.review).where(claims.c.id == claim["id"])).scalar_one()
        new = conn.execute(select(claims).where(claims.c.id == new_claim)).one()
    assert old == "corrected" and new.supersedes == claim["id"] and new.method == "manual:tester"
    manual.undo(linked, change)
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 52


def test_reextraction_keeps_human_claims(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    mention = next(m for m in detail["mention_list"] if m["attributed_to"])
    manual.review(linked, mention["claims"][0]["id"], ReviewState.ACCEPTED)
    text = "The State Department said 50 were killed at the camp on 1 September 2013."
    save_extraction(linked, mention["source"]["id"], [
        _mention("c.txt", "c#1", Count(value=49), text, voice="US State Department")
    ], "test@2")
    with linked.read() as conn:
        rows = conn.execute(select(claims.c.value, claims.c.review).where(
            claims.c.source_id == mention["source"]["id"])).all()
    assert ({"value": 50}, "accepted") in [(r[0], r[1]) for r in rows]
    assert ({"value": 49}, "pending") in [(r[0], r[1]) for r in rows]


def test_grade_and_errors(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    change = manual.set_grade(linked, sept["id"], AnalystGrade.FAIR)
    assert next(r for r in _incidents(linked) if r["id"] == sept["id"])["analyst_grade"] == "fair"
    manual.undo(linked, change)
    assert next(r for r in _incidents(linked) if r["id"] == sept["id"])["analyst_grade"] is None
    with pytest.raises(NotFoundError):
        manual.merge(linked, [sept["id"], "nonexistent"])
    with pytest.raises(manual.ManualError):
        manual.undo(linked, change)
