"""Plain text: encodings, mojibake, newlines, junk, empty files, the seed reports."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime
from pathlib import Path

import pytest

from factfinder.errors import IngestError
from factfinder.ingest import InputItem, RawInput, parse_document, read_input

FRENCH = "Les témoins ont décrit une opération menée à l'aube; « ça a duré des heures », dit-il.\n"
ARABIC = "أعلنت منظمة حقوقية اليوم أن قوات الأمن اعتقلت عشرات المتظاهرين في المدينة.\n"
ENGLISH = (
    "Witnesses said the soldiers arrived before dawn and detained eleven men from the market.\n"
)
SEEDS = sorted(Path("/work/shared/corpus/seeds").glob("*.txt"))


def raw(data: bytes, name: str = "report.txt") -> RawInput:
    return RawInput(data=data, origin=name, fetched_at=datetime.now(UTC), filename=name)


@pytest.mark.parametrize(
    ("data", "text", "language", "note"),
    [
        ((ENGLISH * 3).encode("utf-8"), ENGLISH * 3, "en", None),
        ((FRENCH * 3).encode("cp1252"), FRENCH * 3, "fr", "windows-1252"),
        ((ARABIC * 3).encode("cp1256"), ARABIC * 3, "ar", "windows-1256"),
        (codecs.BOM_UTF16_LE + (FRENCH * 3).encode("utf-16-le"), FRENCH * 3, "fr", "utf-16"),
        (codecs.BOM_UTF8 + (ARABIC * 3).encode("utf-8"), ARABIC * 3, "ar", "utf-8-sig"),
        ((ENGLISH * 3).encode("utf-16-be"), ENGLISH * 3, "en", "utf-16-be"),
    ],
    ids=["utf-8", "windows-1252", "windows-1256", "utf-16-bom", "utf-8-bom", "utf-16-no-bom"],
)
def test_text_in_any_encoding_round_trips(
    data: bytes, text: str, language: str, note: str | None
) -> None:
    [document] = parse_document(raw(data))
    assert document.text == text
    assert document.original == data
    assert document.media_type == "text/plain"
    assert document.language == language
    if note:
        assert any(note in n for n in document.notes), document.notes


def test_mojibake_is_repaired_and_noted() -> None:
    broken = (FRENCH * 2).encode("utf-8").decode("cp1252").encode("utf-8")
    [document] = parse_document(raw(broken))
    assert document.text == FRENCH * 2
    assert any("mojibake repaired" in n for n in document.notes)


def test_newlines_are_normalised() -> None:
    [document] = parse_document(raw((ENGLISH * 2).replace("\n", "\r\n").encode()))
    assert "\r" not in document.text
    assert document.text == ENGLISH * 2
    assert "line endings normalised from CRLF" in document.notes


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file (0 bytes)"),
        (b"  \n\t\r\n  ", "only whitespace"),
        (bytes(range(256)) * 40, "binary content"),
        (b"\x00\x01\x02\x03 some words \x00\x00\x05" * 50, "binary content"),
    ],
    ids=["zero-bytes", "whitespace", "all-bytes", "nul-junk"],
)
def test_bad_text_is_refused_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        parse_document(raw(data, "junk.txt"))
    assert info.value.subject == "junk.txt"
    assert reason in info.value.reason


@pytest.mark.parametrize("path", SEEDS, ids=[p.name for p in SEEDS])
def test_seed_reports_parse_as_english_text(path: Path) -> None:
    item = InputItem("path", str(path))
    [document] = parse_document(read_input(item, max_bytes=10_000_000, timeout=5))
    assert document.media_type == "text/plain"
    assert document.language == "en"
    assert document.original == path.read_bytes()
    assert len(document.text) > 1000


def test_seed_reports_present_or_skipped() -> None:
    if not SEEDS:
        pytest.skip("seed corpus not present")
    assert all(p.suffix == ".txt" for p in SEEDS)
