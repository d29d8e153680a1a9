"""PDF → text per page (pypdf), page offsets and document metadata.

Pages are joined with :data:`PAGE_BREAK` (a form feed on its own line); ``page_offsets[i]`` is where
page ``i`` starts in the text. No OCR is done: a PDF without a text layer is refused with a
message saying so. An encrypted PDF is opened only if its user password is empty.
"""

from __future__ import annotations

import io
import logging
import re
from datetime import date

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError

from factfinder.errors import IngestError
from factfinder.extract.text import paragraphs
from factfinder.ingest.document import ParsedDocument, RawInput, brief_error
from factfinder.ingest.language import detect_language
from factfinder.ingest.sniff import PDF
from factfinder.ingest.text import clean_text
from factfinder.model import PublishedBasis

PAGE_BREAK = "\n\f\n"
NO_TEXT = "no text layer (scanned?): OCR is not done; ingest an OCR'd copy"
WORD_PREFIX = "microsoft word - "
JUNK_TITLES = frozenset({"untitled", "untitled document", "title"})
logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns loudly on every odd byte


def parse_pdf(raw: RawInput) -> ParsedDocument:
    """Parse a PDF into one document with its pages' text and offsets."""
    reader = _open(raw)
    notes = _decrypt(reader, raw.origin)
    pages = _page_texts(reader, raw.origin)
    if not any(page.strip() for page in pages):
        raise IngestError(raw.origin, NO_TEXT)
    empty = [str(i + 1) for i, page in enumerate(pages) if not page.strip()]
    if empty:
        notes.append(f"pages without a text layer (scanned?): {', '.join(empty)}")
    text, offsets = join_pages(pages)
    title, author, created = _metadata(reader)
    if created:
        notes.append("publication date taken from the PDF's creation date")
    return ParsedDocument(
        original=raw.data,
        text=text,
        media_type=PDF,
        title=title,
        author=author,
        published=created,
        published_basis=PublishedBasis.STATED if created else PublishedBasis.UNKNOWN,
        language=detect_language(text),
        url=raw.url,
        filename=raw.filename,
        pages=len(pages),
        page_offsets=offsets,
        notes=notes,
    )


def reflow(page: str) -> str:
    """Undo the hard line wraps of a PDF page (`factfinder.extract.text.paragraphs`, the rule
    the extractor reads plain text by): a line that runs to the page's usual width and does
    not end a sentence continues on the next line. Short lines (headings, the last line of a
    paragraph), list items, table rows and blank lines keep their breaks."""
    lines = [m.span() for m in _LINE.finditer(page) if not m.group().isspace()]
    chars = list(page)
    for start, end in paragraphs(page, lines, across_sentences=False):
        for i in range(start, end):
            if chars[i] == "\n":
                chars[i] = " "
    return "".join(chars).replace(" \n", "\n")


_LINE = re.compile(r"[^\n]+")


def join_pages(pages: list[str]) -> tuple[str, list[int]]:
    """Join page texts with :data:`PAGE_BREAK`; return the text and each page's start offset."""
    offsets: list[int] = []
    position = 0
    for page in pages:
        offsets.append(position)
        position += len(page) + len(PAGE_BREAK)
    return PAGE_BREAK.join(pages), offsets


def _open(raw: RawInput) -> pypdf.PdfReader:
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw.data))
        if not reader.is_encrypted and len(reader.pages) == 0:
            raise IngestError(raw.origin, "corrupt PDF: it has no pages")
    except IngestError:
        raise
    except Exception as e:  # pypdf raises many kinds of error on damaged files
        raise IngestError(raw.origin, f"corrupt PDF, cannot be read: {brief_error(e)}") from e
    return reader


def _decrypt(reader: pypdf.PdfReader, subject: str) -> list[str]:
    if not reader.is_encrypted:
        return []
    try:
        opened = reader.decrypt("") != pypdf.PasswordType.NOT_DECRYPTED
    except DependencyError as e:
        reason = "encrypted PDF needing the 'cryptography' package; ingest a decrypted copy"
        raise IngestError(subject, reason) from e
    if not opened:
        raise IngestError(subject, "encrypted PDF: a password is needed; ingest a decrypted copy")
    return ["PDF is encrypted with an empty user password; opened it"]


def _page_texts(reader: pypdf.PdfReader, subject: str) -> list[str]:
    texts: list[str] = []
    try:
        for page in reader.pages:
            text, _ = clean_text(page.extract_text() or "")
            texts.append(reflow(text.strip("\n").replace("\f", "\n")))
    except FileNotDecryptedError as e:
        raise IngestError(subject, "encrypted PDF: a password is needed") from e
    except Exception as e:  # damaged content streams fail in many ways
        raise IngestError(subject, f"corrupt PDF page {len(texts) + 1}: {brief_error(e)}") from e
    if not texts:
        raise IngestError(subject, "corrupt PDF: it has no pages")
    return texts


def _metadata(reader: pypdf.PdfReader) -> tuple[str | None, str | None, date | None]:
    try:
        info = reader.metadata
        if info is None:
            return None, None, None
        created = info.creation_date
        return _title(info.title), _clean(info.author), created.date() if created else None
    except Exception:  # malformed metadata is not worth refusing the document for
        return None, None, None


def _title(value: object) -> str | None:
    title = _clean(value)
    if title is None or title.lower() in JUNK_TITLES:
        return None
    if title.lower().startswith(WORD_PREFIX):  # "Microsoft Word - report.docx" → "report"
        rest = title[len(WORD_PREFIX) :].strip()
        return rest.rsplit(".", 1)[0] if rest.lower().endswith((".doc", ".docx")) else rest
    return title


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    return text or None
