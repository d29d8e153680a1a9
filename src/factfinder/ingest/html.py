"""HTML → article text and metadata (trafilatura), with a visible-text fallback.

Scripts, styles and event-handler attributes never reach the text: trafilatura drops them, and the
fallback removes them from the tree before rendering. The publication date is taken only from the
markup (meta tags, ``<time>``, JSON-LD, URL) with htmldate's extensive text search switched off:
a report's body is full of incident dates, and guessing one of them as the publication date would
plant a wrong date in the record. No date found → ``published`` is ``None``.
"""

from __future__ import annotations

import re
from datetime import date

import lxml.etree
import lxml.html
import trafilatura

from factfinder.errors import IngestError
from factfinder.ingest.document import ParsedDocument, RawInput
from factfinder.ingest.language import detect_language
from factfinder.ingest.sniff import HTML
from factfinder.ingest.text import clean_text, decode_text
from factfinder.model import PublishedBasis

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
NEVER_TEXT = (
    "//script[not(@type='application/ld+json')]|//style|//noscript|//template"
    "|//iframe|//object|//embed|//svg"
)  # JSON-LD stays for trafilatura's metadata; it never becomes text
INVISIBLE = "//script|//head|" + NEVER_TEXT
BLOCKS = (
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt", "figcaption",
)  # fmt: skip
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def parse_html(raw: RawInput, data: bytes | None = None) -> ParsedDocument:
    """Parse one HTML document (``data`` defaults to ``raw.data``)."""
    original = raw.data if data is None else data
    decoded = decode_text(
        original, raw.origin, declared=_declared_charset(raw, original), repair=False
    )
    notes = list(decoded.notes)
    tree = _tree(decoded.text)
    extracted = trafilatura.bare_extraction(
        tree if tree is not None else decoded.text,
        url=raw.url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=DATE_PARAMS,
    )
    text = _text_of(extracted)
    if not text:
        text = visible_text(decoded.text)
        notes.append("no main article found; kept the visible text of the page")
    if not text:
        raise IngestError(raw.origin, "no readable text in this HTML page")
    text, repairs = clean_text(text)
    notes.extend(repairs)
    published = _published(extracted)
    return ParsedDocument(
        original=original,
        text=text,
        media_type=HTML,
        title=_attr(extracted, "title") or _html_title(decoded.text),
        author=_attr(extracted, "author"),
        published=published,
        published_basis=PublishedBasis.STATED if published else PublishedBasis.UNKNOWN,
        language=detect_language(text),
        url=raw.url,
        filename=raw.filename,
        notes=notes,
    )


def _tree(html: str) -> lxml.html.HtmlElement | None:
    """The parsed page with every element that must never become text removed."""
    try:
        tree = lxml.html.document_fromstring(XML_DECLARATION.sub("", html, count=1))
    except (lxml.etree.ParserError, ValueError):
        return None
    for element in tree.xpath(NEVER_TEXT):
        element.drop_tree()
    return tree


def visible_text(html: str) -> str:
    """A plain rendering of the visible body: blocks on their own lines, scripts dropped."""
    tree = _tree(html)
    if tree is None:
        return ""
    for element in tree.xpath(INVISIBLE):
        element.drop_tree()
    for element in tree.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    rendered = lxml.html.tostring(tree, method="text", encoding="unicode")
    lines = (" ".join(line.split()) for line in rendered.splitlines())
    return "\n".join(line for line in lines if line)


def _declared_charset(raw: RawInput, data: bytes) -> str | None:
    if raw.charset:
        return raw.charset
    match = META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _text_of(extracted: object) -> str:
    value = getattr(extracted, "text", None) if extracted is not None else None
    return value.strip() if isinstance(value, str) else ""


def _attr(extracted: object, name: str) -> str | None:
    value = getattr(extracted, name, None) if extracted is not None else None
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _published(extracted: object) -> date | None:
    value = _attr(extracted, "date")
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _html_title(html: str) -> str | None:
    try:
        titles = lxml.html.document_fromstring(html).xpath("//title/text()")
    except (lxml.etree.ParserError, ValueError):
        return None
    title = " ".join(str(titles[0]).split()) if titles else ""
    return title or None
