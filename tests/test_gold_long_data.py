"""Validates the long development set in tests/data/gold_long (format: gold-format.md)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_gold_data import ACTS, COUNT_CATEGORIES, FIELDS, PRECISIONS

ROOT = Path(__file__).parent / "data" / "gold_long"
LINES = [
    json.loads(line)
    for line in (ROOT / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
MANIFEST = json.loads((ROOT / "manifest.json").read_text(encoding="utf-8"))
TEXTS = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.txt")}


def test_every_doc_has_a_manifest_entry_and_gold() -> None:
    assert len(TEXTS) >= 15
    assert {e["file"] for e in MANIFEST} == set(TEXTS)
    assert {line["doc"] for line in LINES} == set(TEXTS)


def test_every_line_has_the_exchange_format() -> None:
    for line in LINES:
        for name, kind in FIELDS.items():
            assert isinstance(line[name], kind), (line["doc"], name)
        assert set(line["acts"]) <= ACTS, line["acts"]
        assert set(line["counts"]) <= COUNT_CATEGORIES, line["counts"]
        assert line["date_precision"] in PRECISIONS
        assert line["evidence"] in TEXTS[line["doc"]], (line["doc"], line["evidence"][:60])
