"""Media type sniffing from the bytes, with the file extension or Content-Type only as hints."""

from __future__ import annotations

import gzip
import re
import zlib

PDF = "application/pdf"
WARC = "application/warc"
HTML = "text/html"
TEXT = "text/plain"

MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"RIFF", "application/x-riff (WebP/WAV/AVI)"),
    (b"PK\x03\x04", "application/zip (DOCX/ODT/XLSX or an archive)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage (DOC/XLS)"),
    (b"{\\rtf", "application/rtf"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!", "application/vnd.rar"),
    (b"\x7fELF", "application/x-executable"),
    (b"MZ", "application/x-msdownload"),
    (b"\x00\x00\x00\x18ftyp", "video/mp4"),
    (b"\x00\x00\x00\x20ftyp", "video/mp4"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"BZh", "application/x-bzip2"),
    (b"\xfd7zXZ\x00", "application/x-xz"),
)
HTML_MARKERS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]|<meta\s|<p[\s>]|<div[\s>]",
    re.IGNORECASE,
)
HTML_HINTS = frozenset({"text/html", "application/xhtml+xml"})
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")
SNIFF_WINDOW = 4096


def sniff_media_type(data: bytes, *, hint: str | None = None, filename: str | None = None) -> str:
    """The media type the bytes really are: PDF, WARC, HTML, text, or a named binary type.

    Magic numbers win over hints. A gzip stream is opened to see whether it holds a WARC.
    Text is told from HTML by tags near the start; the hint (Content-Type or extension)
    breaks ties for documents that start with prose but contain tags.
    """
    head = data[:SNIFF_WINDOW]
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"WARC/"):
        return WARC
    if head.startswith(b"\x1f\x8b"):
        return WARC if _gunzip_head(data).startswith(b"WARC/") else "application/gzip"
    for magic, media_type in MAGIC:
        if head.startswith(magic):
            return media_type
    return HTML if _looks_like_html(head, hint, filename) else TEXT


def _looks_like_html(head: bytes, hint: str | None, filename: str | None) -> bool:
    ascii_head = head.replace(b"\x00", b"")  # UTF-16 HTML still shows its tags
    stripped = ascii_head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")
    if stripped[:1] == b"<" and HTML_MARKERS.search(ascii_head):
        return True
    hinted = (hint or "").split(";")[0].strip().lower() in HTML_HINTS
    named = (filename or "").lower().endswith(HTML_EXTENSIONS)
    return (hinted or named) and HTML_MARKERS.search(ascii_head) is not None


def _gunzip_head(data: bytes, size: int = 64) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], size)
    except (zlib.error, gzip.BadGzipFile):
        return b""


def split_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``"text/html; charset=UTF-8"`` → ``("text/html", "utf-8")``."""
    if not value:
        return None, None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'").lower()
    return media_type.strip().lower() or None, charset
