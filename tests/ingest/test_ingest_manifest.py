"""Manifests: the seed shape loads; malformed ones are refused with a clear message."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from factfinder.errors import ManifestError
from factfinder.ingest import ManifestEntry, load_manifest
from factfinder.model import PublishedBasis

SEED_MANIFEST = Path("/work/shared/corpus/seeds/manifest.json")


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "manifest.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_entries_with_basis_and_optional_fields(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            {
                "file": "a.txt",
                "title": "Raid on Velmora",
                "published": "2023-04-18",
                "published_basis": "stated: 'Posted 18 April 2023'",
                "language": "EN",
                "publisher": "Example Daily",
                "url": "https://news.example/velmora",
                "author": "Ana Reyes",
            },
            {"file": "b.pdf", "published": "2022-01-02"},
            {"file": "c.html"},
        ],
    )
    entries = load_manifest(path)
    assert entries["a.txt"] == ManifestEntry(
        file="a.txt",
        title="Raid on Velmora",
        published=date(2023, 4, 18),
        published_basis=PublishedBasis.STATED,
        published_basis_note="'Posted 18 April 2023'",
        language="en",
        publisher="Example Daily",
        url="https://news.example/velmora",
        author="Ana Reyes",
    )
    assert entries["b.pdf"].published_basis == PublishedBasis.GIVEN
    assert entries["c.html"].published_basis == PublishedBasis.UNKNOWN


@pytest.mark.skipif(not SEED_MANIFEST.exists(), reason="seed corpus not present")
def test_seed_manifest_loads() -> None:
    entries = load_manifest(SEED_MANIFEST)
    assert len(entries) >= 5
    assert all(e.language == "en" and e.published is not None for e in entries.values())
    assert {e.published_basis for e in entries.values()} <= {
        PublishedBasis.STATED,
        PublishedBasis.INFERRED,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("[{", "not valid JSON at line 1"),
        ({"file": "a.txt"}, "must be a JSON list"),
        (["a.txt"], "entry 1: must be an object"),
        ([{"title": "x"}], 'needs a non-empty "file"'),
        ([{"file": "a.txt"}, {"file": "a.txt"}], "entry 2: file 'a.txt' is listed twice"),
        ([{"file": "a.txt", "publised": "2020-01-01"}], "unknown key 'publised'"),
        ([{"file": "a.txt", "published": "1 May 2020"}], "is not a date like 2019-09-01"),
        ([{"file": "a.txt", "published_basis": "guessed"}], "must start with one of"),
        ([{"file": "a.txt", "language": "English"}], "not an ISO 639-1 code"),
        ([{"file": 7}], "'file' must be a string, not int"),
    ],
    ids=[
        "json",
        "not-list",
        "not-object",
        "no-file",
        "twice",
        "typo",
        "date",
        "basis",
        "lang",
        "type",
    ],
)
def test_malformed_manifest_is_refused(tmp_path: Path, data: object, message: str) -> None:
    with pytest.raises(ManifestError) as info:
        load_manifest(write(tmp_path, data))
    assert message in info.value.one_line()


def test_missing_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ManifestError, match="cannot be read"):
        load_manifest(tmp_path / "nope.json")
