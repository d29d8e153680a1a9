"""Dispatch: sniff what the bytes are and hand them to the parser for that kind."""

from __future__ import annotations

from factfinder.errors import IngestError
from factfinder.ingest.document import ParsedDocument, ParseResult, RawInput
from factfinder.ingest.html import parse_html
from factfinder.ingest.language import detect_language
from factfinder.ingest.pdf import parse_pdf
from factfinder.ingest.sniff import HTML, PDF, TEXT, WARC, sniff_media_type
from factfinder.ingest.text import decode_text
from factfinder.ingest.warc import parse_warc

CONVERT_HINT = "convert it to PDF, HTML or plain text first"


def parse_document(raw: RawInput) -> ParseResult:
    """Parse one input into its documents: one for text, HTML and PDF; one per record for WARC.

    Raises :class:`IngestError` when nothing can be kept. A damaged WARC whose earlier records are
    whole returns them with ``result.partial`` set and ``result.problem`` saying where it broke.
    """
    if not raw.data:
        raise IngestError(raw.origin, "empty file (0 bytes); nothing to ingest")
    media_type = sniff_media_type(raw.data, hint=raw.media_type, filename=raw.filename)
    if media_type == WARC:
        return parse_warc(raw)
    if media_type == PDF:
        return ParseResult([parse_pdf(raw)])
    if media_type == HTML:
        return ParseResult([parse_html(raw)])
    if media_type == TEXT:
        return ParseResult([parse_text(raw)])
    raise IngestError(raw.origin, f"unsupported media type {media_type}; {CONVERT_HINT}")


def parse_text(raw: RawInput) -> ParsedDocument:
    """Plain text in any encoding → one document.

    No title is guessed: a text file's first line is as often a breadcrumb or a banner size as a
    headline. Titles of text files come from a manifest or the command line.
    """
    decoded = decode_text(raw.data, raw.origin, declared=raw.charset)
    return ParsedDocument(
        original=raw.data,
        text=decoded.text,
        media_type=TEXT,
        language=detect_language(decoded.text),
        url=raw.url,
        filename=raw.filename,
        notes=decoded.notes,
    )
