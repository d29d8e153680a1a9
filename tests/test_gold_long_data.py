"""Validates the long sets in tests/data (gold_long and the blind gold_long2 to gold_long16)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests.test_gold_data import ACTS, COUNT_CATEGORIES, FIELDS, PRECISIONS

SETS = [
    Path(__file__).parent / "data" / name
    for name in (
        "gold_long",
        "gold_long2",
        "gold_long3",
        "gold_long4",
        "gold_long5",
        "gold_long6",
        "gold_long7",
        "gold_long8",
        "gold_long9",
        "gold_long10",
        "gold_long11",
        "gold_long12",
        "gold_long13",
        "gold_long14",
        "gold_long15",
        "gold_long16",
    )
]


def _load(root: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, str]]:
    lines = [
        json.loads(line)
        for line in (root / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    texts = {p.name: p.read_text(encoding="utf-8") for p in (root / "docs").glob("*.txt")}
    return lines, manifest, texts


@pytest.mark.parametrize("root", SETS, ids=lambda p: p.name)
def test_every_doc_has_a_manifest_entry_and_gold(root: Path) -> None:
    lines, manifest, texts = _load(root)
    assert len(texts) >= 15
    assert {e["file"] for e in manifest} == set(texts)
    assert {line["doc"] for line in lines} == set(texts)


@pytest.mark.parametrize("root", SETS, ids=lambda p: p.name)
def test_every_line_has_the_exchange_format(root: Path) -> None:
    lines, _, texts = _load(root)
    for line in lines:
        for name, kind in FIELDS.items():
            assert isinstance(line[name], kind), (line["doc"], name)
        assert set(line["acts"]) <= ACTS, line["acts"]
        assert set(line["counts"]) <= COUNT_CATEGORIES, line["counts"]
        assert line["date_precision"] in PRECISIONS
        assert line["evidence"] in texts[line["doc"]], (line["doc"], line["evidence"][:60])
