"""Bytes → clean text: encoding detection, mojibake repair, newline normalisation, junk rejection.

Detection order: byte-order mark, strict UTF-8, the declared charset (HTTP header or HTML meta),
then charset-normalizer. charset-normalizer is unreliable on short Latin texts (it reads French in
windows-1252 as Baltic cp775), so when its guess is not clean and the windows-1252 reading looks
like a Latin-script language, windows-1252 wins: it is the most common legacy encoding on the web.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

import charset_normalizer
import ftfy
from charset_normalizer import CharsetMatch

from factfinder.errors import IngestError

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL_RATIO = 0.01  # more control characters than this (per character) means binary
CLEAN_CHAOS = 0.02
TIE_CHAOS = 0.01  # readings this close in chaos are a tie, broken by COMMON_LEGACY order
COMMON_LEGACY = (
    "cp1252",
    "cp1256",
    "cp1251",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1257",
)  # charset-normalizer guesses at or below this "chaos" are trusted
MAX_LATIN_EXTENDED_RATIO = 0.3  # share of non-ASCII letters a windows-1252 reading may have
CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f\x7f]")
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    explain=True,
)


@dataclass(slots=True)
class DecodedText:
    """Text decoded from bytes, the codec used and what was done to it."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode_text(
    data: bytes, subject: str, *, declared: str | None = None, repair: bool = True
) -> DecodedText:
    """Decode ``data`` to clean text, or raise :class:`IngestError` for empty or binary input.

    ``repair=False`` leaves mojibake repair to the caller (HTML repairs the extracted text only,
    a fraction of the page)."""
    if not data:
        raise IngestError(subject, "empty file (0 bytes); nothing to ingest")
    text, encoding, notes = _decode(data, subject, declared)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise IngestError(subject, "binary content, not text (many control characters)")
    repair_notes: list[str] = []
    if repair:
        text, repair_notes = clean_text(text)
    if not text.strip():
        raise IngestError(subject, "contains only whitespace; nothing to ingest")
    return DecodedText(text=text, encoding=encoding, notes=notes + repair_notes)


def clean_text(text: str) -> tuple[str, list[str]]:
    """Repair mojibake (ftfy), drop control characters, normalise newlines to ``\\n``."""
    notes: list[str] = []
    if "\r" in text:
        kind = "CRLF" if "\r\n" in text else "CR"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append(f"line endings normalised from {kind}")
    fixed = ftfy.fix_and_explain(text, FTFY_CONFIG)
    steps = [
        f"{step} {arg}" for step, arg in fixed.explanation or [] if step in {"encode", "decode"}
    ]
    if steps:
        notes.append("mojibake repaired (ftfy: " + ", ".join(steps) + ")")
    return fixed.text, notes


def _decode(data: bytes, subject: str, declared: str | None) -> tuple[str, str, list[str]]:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return (
                _decode_with(data, codec, subject),
                codec,
                [f"encoding: {codec} (byte-order mark)"],
            )
    if b"\x00" in data:  # UTF-8 text never holds NUL bytes; UTF-16 without a BOM does
        return _decode_nul_bytes(data, subject)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if len(CONTROL_BYTES.findall(data)) > MAX_CONTROL_RATIO * len(data):
        raise IngestError(subject, "binary content, not text (many control characters)")
    if declared and _is_codec(declared):
        try:
            return data.decode(declared), declared, [f"encoding: {declared} (declared)"]
        except UnicodeDecodeError:
            pass
    return _guess(data, subject)


def _decode_with(data: bytes, codec: str, subject: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as e:
        raise IngestError(subject, f"not valid {codec} despite its byte-order mark: {e}") from e


def _decode_nul_bytes(data: bytes, subject: str) -> tuple[str, str, list[str]]:
    """NUL bytes without a BOM: UTF-16 if every other byte is NUL, else binary junk."""
    even, odd = data[0::2], data[1::2]
    for codec, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) > 0.9 * len(zeros) and len(data) % 2 == 0:
            try:
                return (
                    data.decode(codec),
                    codec,
                    [f"encoding detected: {codec} (no byte-order mark)"],
                )
            except UnicodeDecodeError:
                break
    raise IngestError(subject, "binary content, not text (contains NUL bytes)")


def _guess(data: bytes, subject: str) -> tuple[str, str, list[str]]:
    results = list(charset_normalizer.from_bytes(data))
    best = _preferred(results)
    if best is not None and best.chaos <= CLEAN_CHAOS:
        return str(best), best.encoding, [f"encoding detected: {_web_name(best.encoding)}"]
    latin = _latin_reading(data)
    if latin is not None:
        return latin, "cp1252", ["encoding detected: windows-1252"]
    if best is None:
        raise IngestError(subject, "binary content, not text (no text encoding fits)")
    return str(best), best.encoding, [f"encoding guessed: {_web_name(best.encoding)} (uncertain)"]


def _preferred(results: list[CharsetMatch]) -> CharsetMatch | None:
    """The least chaotic reading; among near-ties, the most common legacy encoding."""
    if not results:
        return None
    least = min(r.chaos for r in results)
    tied = [r for r in results if r.chaos <= least + TIE_CHAOS]
    return min(tied, key=lambda r: (_rank(r.encoding), r.chaos, -r.coherence))


def _rank(codec: str) -> int:
    return COMMON_LEGACY.index(codec) if codec in COMMON_LEGACY else len(COMMON_LEGACY)


def _latin_reading(data: bytes) -> str | None:
    """The windows-1252 reading of ``data`` if it looks like a Latin-script language."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    extended = sum(1 for c in letters if ord(c) > 0x7F)
    return text if extended / len(letters) <= MAX_LATIN_EXTENDED_RATIO else None


def _web_name(codec: str) -> str:
    """``cp1256`` → ``windows-1256``: the name users know."""
    return f"windows-{codec[2:]}" if codec.startswith("cp125") else codec


def _is_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(CONTROL_CHARS.findall(text)) / len(text)
