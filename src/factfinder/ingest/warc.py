"""WARC archives (.warc, .warc.gz) → one document per HTML (or PDF) response record.

Each kept record's ``original`` is its HTTP response payload with transfer and content encodings
undone (what a browser would have rendered), ``url`` its WARC-Target-URI, ``captured_at`` its
WARC-Date and ``parent`` the WARC file's name. When the page states no publication date, the
capture date stands in with basis ``captured`` (an upper bound on the publication date).

A damaged archive keeps what was read before the damage: the result has ``partial=True`` and
``problem`` says where it broke ("truncated after N records"), and each kept document carries the
same note. Only complete records are kept; a record cut short is dropped.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Iterator
from datetime import datetime

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from factfinder.errors import IngestError
from factfinder.ingest.document import ParsedDocument, ParseResult, RawInput, brief_error
from factfinder.ingest.html import parse_html
from factfinder.ingest.pdf import parse_pdf
from factfinder.ingest.sniff import HTML, PDF, sniff_media_type, split_content_type
from factfinder.model import PublishedBasis

GZIP_CHUNK = 1 << 16
KEPT_TYPES = frozenset({HTML, PDF})


class _Broken(Exception):
    """The archive is damaged at ``offset``."""

    def __init__(self, offset: int, detail: str) -> None:
        super().__init__(detail)
        self.offset = offset
        self.detail = detail


def parse_warc(raw: RawInput) -> ParseResult:
    """Parse every HTML/PDF response record of a WARC file; see the module doc for damage."""
    name = raw.filename or raw.origin
    result = ParseResult()
    complete = 0
    try:
        for record, payload in _records(raw.data):
            complete += 1
            _add_record(record, payload, raw, name, result)
    except _Broken as broken:
        _mark_partial(result, raw.origin, complete, broken)
    if not result:
        skipped = "; ".join(result.notes) or "no response records"
        raise IngestError(raw.origin, f"no HTML or PDF response records in this WARC ({skipped})")
    return result


def _records(data: bytes) -> Iterator[tuple[ArcWarcRecord, bytes]]:
    """Each complete record with its payload (responses only); :class:`_Broken` at damage."""
    broken_at = gzip_break(data) if data.startswith(b"\x1f\x8b") else None
    iterator = ArchiveIterator(io.BytesIO(data))
    records = iter(iterator)
    while True:
        try:
            record = next(records)
            payload = record.content_stream().read() if record.rec_type == "response" else b""
            iterator.read_to_end()
        except StopIteration:
            break
        except Exception as e:  # warcio fails in many ways on damaged input
            raise _Broken(iterator.offset, brief_error(e)) from e
        if getattr(record.raw_stream, "limit", 0) > 0:  # no limit: a damaged length header
            raise _Broken(iterator.offset, "record cut short")
        end = iterator.get_record_offset() + iterator.get_record_length()
        if broken_at is not None and end > broken_at:
            break
        yield record, payload
    if broken_at is not None:
        raise _Broken(broken_at, "gzip stream cut short or corrupt")


def _add_record(
    record: ArcWarcRecord, payload: bytes, raw: RawInput, name: str, result: ParseResult
) -> None:
    """Parse one response record into ``result``, or note why it was skipped."""
    if record.rec_type != "response":
        return
    uri = record.rec_headers.get_header("WARC-Target-URI") or "(no URI)"
    headers = record.http_headers
    status = headers.get_statuscode() if headers else None
    if status and not status.startswith("2"):
        result.notes.append(f"skipped {uri}: HTTP {status}")
        return
    declared, charset = split_content_type(headers.get_header("Content-Type") if headers else None)
    media_type = sniff_media_type(payload, hint=declared)
    if media_type not in KEPT_TYPES:
        result.notes.append(f"skipped {uri}: {declared or media_type} is not HTML or PDF")
        return
    captured = _warc_date(record)
    sub = RawInput(
        data=payload,
        origin=f"{name} {uri}",
        fetched_at=captured or raw.fetched_at,
        media_type=declared,
        charset=charset,
        url=uri,
    )
    try:
        document = parse_html(sub) if media_type == HTML else parse_pdf(sub)
    except IngestError as e:
        result.notes.append(f"skipped {uri}: {e.reason}")
        return
    result.append(_as_record(document, name, captured))


def _as_record(document: ParsedDocument, name: str, captured: datetime | None) -> ParsedDocument:
    document.parent = name
    document.captured_at = captured
    if document.published is None and captured is not None:
        document.published = captured.date()
        document.published_basis = PublishedBasis.CAPTURED
    return document


def _warc_date(record: ArcWarcRecord) -> datetime | None:
    value = record.rec_headers.get_header("WARC-Date")
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _mark_partial(result: ParseResult, subject: str, complete: int, broken: _Broken) -> None:
    problem = (
        f"truncated after {complete} records: damaged at byte {broken.offset} ({broken.detail})"
    )
    if not result:
        raise IngestError(subject, f"corrupt or truncated WARC, no complete record: {problem}")
    result.partial = True
    result.problem = problem
    result.notes.append(f"WARC {problem}")
    for document in result:
        document.notes.append(f"from a damaged WARC, {problem}; this record was read whole")


def gzip_break(data: bytes) -> int | None:
    """Offset of the gzip member that is cut short or corrupt, or None if every member is whole."""
    view = memoryview(data)
    position = 0
    while position < len(data):
        start = position
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            while not member.eof and position < len(data):
                chunk = view[position : position + GZIP_CHUNK]
                member.decompress(chunk)
                position += len(chunk) - len(member.unused_data)
        except zlib.error:
            return start
        if not member.eof:
            return start
    return None
