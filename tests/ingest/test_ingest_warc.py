"""WARC: HTML records become documents, others are skipped, damage keeps what came before."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from ingestfixtures import ARTICLE, OTHER_ARTICLE, html_page, make_warc

from factfinder.errors import IngestError
from factfinder.ingest import RawInput, parse_document
from factfinder.model import PublishedBasis

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PAGE_A = html_page("Velmora raid", ARTICLE, date="2023-04-18").encode()
PAGE_B = html_page("Journalists held", OTHER_ARTICLE).encode()
RECORDS = [
    ("https://news.example/velmora", "text/html; charset=utf-8", PAGE_A),
    ("https://news.example/logo.png", "image/png", PNG),
    ("https://news.example/journalists", "text/html", PAGE_B),
]


def raw(data: bytes, name: str) -> RawInput:
    return RawInput(data=data, origin=name, fetched_at=datetime.now(UTC), filename=name)


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_html_records_become_documents(gzip: bool) -> None:
    name = "crawl.warc.gz" if gzip else "crawl.warc"
    result = parse_document(raw(make_warc(RECORDS, gzip=gzip), name))
    assert not result.partial
    assert [d.url for d in result] == [RECORDS[0][0], RECORDS[2][0]]
    first, second = result
    assert first.original == PAGE_A
    assert "fourteen bodies" in first.text
    assert first.parent == name
    assert first.captured_at == datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert (first.published, first.published_basis) == (date(2023, 4, 18), PublishedBasis.STATED)
    assert (second.published, second.published_basis) == (date(2024, 5, 6), PublishedBasis.CAPTURED)
    assert any("logo.png" in n and "image/png" in n for n in result.notes)


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_truncated_warc_keeps_records_before_the_damage(gzip: bool) -> None:
    data = make_warc(RECORDS, gzip=gzip)
    result = parse_document(raw(data[:-200], "cut.warc"))
    assert result.partial
    assert result.problem is not None and "truncated after 2 records" in result.problem
    assert [d.url for d in result] == [RECORDS[0][0]]
    assert result[0].original == PAGE_A
    assert any("damaged WARC" in n for n in result[0].notes)


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_broken_in_first_record_is_refused(gzip: bool) -> None:
    data = make_warc(RECORDS, gzip=gzip)
    with pytest.raises(IngestError) as info:
        parse_document(raw(data[:300], "cut.warc"))
    assert info.value.subject == "cut.warc"
    assert "no complete record" in info.value.reason or "no HTML" in info.value.reason


def test_warc_without_html_is_refused() -> None:
    data = make_warc([RECORDS[1]], gzip=False)
    with pytest.raises(IngestError, match="no HTML or PDF response records"):
        parse_document(raw(data, "images.warc"))
