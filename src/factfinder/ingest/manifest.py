"""Manifests: what the user states about input files (title, publication date, language, ...).

A manifest is a JSON list of objects, one per file, in the shape of the seed corpus's
``manifest.json``::

    [{"file": "a.txt", "title": "...", "published": "2019-09-01",
      "published_basis": "stated: 'Published On: September 1, 2019'", "language": "en"}]

``published_basis`` is a basis word (``stated``, ``inferred``, ``given``, ``captured``,
``unknown``), optionally followed by ``:`` and the reasoning, which is kept as
``published_basis_note``. Without a basis, a date in a manifest counts as ``given`` (by the user).
Unknown keys are refused, so a misspelt key never silently drops a fact.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from factfinder.errors import ManifestError
from factfinder.model import PublishedBasis

REQUIRED = frozenset({"file"})
OPTIONAL = frozenset(
    {"title", "published", "published_basis", "language", "publisher", "url", "author"}
)
LANGUAGE = re.compile(r"^[a-z]{2}$")


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """What a manifest states about one file."""

    file: str
    title: str | None = None
    published: date | None = None
    published_basis: PublishedBasis = PublishedBasis.UNKNOWN
    published_basis_note: str | None = None
    language: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None


def load_manifest(path: str | Path) -> dict[str, ManifestEntry]:
    """Entries keyed by their ``file`` value, or :class:`ManifestError` naming what is wrong."""
    subject = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as e:
        raise ManifestError(subject, f"cannot be read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise ManifestError(subject, "is not UTF-8 text; save it as UTF-8") from e
    except json.JSONDecodeError as e:
        raise ManifestError(
            subject, f"not valid JSON at line {e.lineno} column {e.colno}: {e.msg}"
        ) from e
    if not isinstance(data, list):
        raise ManifestError(subject, "must be a JSON list of objects, one per file")
    entries: dict[str, ManifestEntry] = {}
    for number, item in enumerate(data, start=1):
        entry = parse_entry(item, f"{subject} entry {number}")
        if entry.file in entries:
            raise ManifestError(f"{subject} entry {number}", f"file {entry.file!r} is listed twice")
        entries[entry.file] = entry
    return entries


def parse_entry(item: Any, subject: str) -> ManifestEntry:
    """One manifest object → :class:`ManifestEntry`; ``subject`` names it in errors."""
    if not isinstance(item, dict):
        raise ManifestError(subject, 'must be an object with at least a "file" key')
    unknown = sorted(set(item) - REQUIRED - OPTIONAL)
    if unknown:
        allowed = ", ".join(sorted(REQUIRED | OPTIONAL))
        raise ManifestError(subject, f"unknown key {unknown[0]!r}; allowed keys: {allowed}")
    values = {key: _string(item, key, subject) for key in REQUIRED | OPTIONAL}
    if not values["file"]:
        raise ManifestError(subject, 'needs a non-empty "file" (the file name)')
    published = _date(values["published"], subject)
    basis, note = _basis(values["published_basis"], published, subject)
    return ManifestEntry(
        file=values["file"],
        title=values["title"],
        published=published,
        published_basis=basis,
        published_basis_note=note,
        language=_language(values["language"], subject),
        publisher=values["publisher"],
        url=values["url"],
        author=values["author"],
    )


def _string(item: dict[str, Any], key: str, subject: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ManifestError(subject, f"{key!r} must be a string, not {type(value).__name__}")
    return value.strip() or None


def _date(value: str | None, subject: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise ManifestError(subject, f"'published' {value!r} is not a date like 2019-09-01") from e


def _basis(
    value: str | None, published: date | None, subject: str
) -> tuple[PublishedBasis, str | None]:
    if value is None:
        return (PublishedBasis.GIVEN if published else PublishedBasis.UNKNOWN), None
    word, _, note = value.partition(":")
    try:
        basis = PublishedBasis(word.strip().lower())
    except ValueError as e:
        allowed = ", ".join(b.value for b in PublishedBasis)
        raise ManifestError(subject, f"'published_basis' must start with one of: {allowed}") from e
    return basis, note.strip() or None


def _language(value: str | None, subject: str) -> str | None:
    if value is None:
        return None
    code = value.lower()
    if not LANGUAGE.match(code):
        raise ManifestError(subject, f"'language' {value!r} is not an ISO 639-1 code like 'en'")
    return code
