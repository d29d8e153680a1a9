"""Validates the project's own gold set in tests/data/gold (format: docs/design gold-format.md)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "data" / "gold"
DOCS_DIR = GOLD_DIR / "docs"

ACTS = {
    "killing",
    "execution",
    "death_sentence",
    "imprisonment",
    "abduction",
    "arrest",
    "torture",
    "attack",
    "siege",
    "displacement",
    "destruction",
    "protest",
    "crackdown",
    "hunger_strike",
}
COUNT_CATEGORIES = {
    "killed",
    "injured",
    "abducted",
    "arrested",
    "executed",
    "sentenced",
    "victims",
    "participants",
    "events",
}
PRECISIONS = {"day", "month", "year", "range", "unknown"}
FIELDS = {
    "doc": str,
    "incident": str,
    "acts": list,
    "date": (str, type(None)),
    "date_end": (str, type(None)),
    "date_precision": str,
    "place": (str, type(None)),
    "country": (str, type(None)),
    "counts": dict,
    "perpetrators": list,
    "victims": (str, type(None)),
    "named_victims": list,
    "attributed_to": (str, type(None)),
    "evidence": str,
    "core": bool,
    "aggregate": bool,
}
MANIFEST_FIELDS = {"file", "title", "published", "published_basis", "language"}
MIN_DOCS = 60
MIN_LINES_PER_ACT = 3
MIN_LINES_PER_COUNT = 3

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
YEAR = re.compile(r"^\d{4}$")


def _load_lines() -> list[dict]:
    lines = []
    with open(GOLD_DIR / "gold.jsonl", encoding="utf-8") as fh:
        for number, raw in enumerate(fh, 1):
            if raw.strip():
                obj = json.loads(raw)
                obj["_line"] = number
                lines.append(obj)
    return lines


def _load_manifest() -> list[dict]:
    return json.loads((GOLD_DIR / "manifest.json").read_text(encoding="utf-8"))


def _date_kind(value: str) -> str:
    """'day', 'month' or 'year' for a valid ISO date at that precision; raises otherwise."""
    if DAY.match(value):
        date.fromisoformat(value)
        return "day"
    if MONTH.match(value):
        _, month = value.split("-")
        assert 1 <= int(month) <= 12, value
        return "month"
    if YEAR.match(value):
        return "year"
    raise AssertionError(f"not an ISO date at day, month or year precision: {value!r}")


LINES = _load_lines()
MANIFEST = _load_manifest()
DOC_TEXT = {p.name: p.read_text(encoding="utf-8") for p in DOCS_DIR.glob("*.txt")}


def _id(line: dict) -> str:
    return f"line{line['_line']}:{line['doc']}"


def test_enough_docs_and_all_in_manifest():
    files = [m["file"] for m in MANIFEST]
    assert len(files) == len(set(files)), "duplicate manifest entries"
    assert len(DOC_TEXT) >= MIN_DOCS
    assert set(files) == set(DOC_TEXT), "manifest and docs/ differ"


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda m: m["file"])
def test_manifest_entry(entry):
    assert set(entry) >= MANIFEST_FIELDS
    assert _date_kind(entry["published"]) == "day"
    assert entry["published_basis"].split(":")[0] in {
        "stated",
        "inferred",
        "given",
        "captured",
        "unknown",
    }
    assert entry["language"] == "en"
    assert re.match(r"^\d{3}_[a-z0-9-]+\.txt$", entry["file"]), entry["file"]


@pytest.mark.parametrize("name", sorted(DOC_TEXT))
def test_doc_length(name):
    words = len(DOC_TEXT[name].split())
    assert 80 <= words <= 300, f"{name}: {words} words"


@pytest.mark.parametrize("line", LINES, ids=_id)
def test_line_fields_and_types(line):
    keys = set(line) - {"_line"}
    assert keys == set(FIELDS), f"fields differ: {keys ^ set(FIELDS)}"
    for name, kind in FIELDS.items():
        assert isinstance(line[name], kind), f"{name}: {type(line[name]).__name__}"
    assert line["doc"] in DOC_TEXT, "doc not in docs/"
    assert line["incident"].strip()
    assert line["acts"] and set(line["acts"]) <= ACTS, line["acts"]
    assert len(set(line["acts"])) == len(line["acts"])
    assert all(isinstance(p, str) and p for p in line["perpetrators"])
    assert all(isinstance(n, str) and n for n in line["named_victims"])
    if line["country"] is not None:
        assert re.match(r"^[A-Z]{2}$", line["country"]), line["country"]


@pytest.mark.parametrize("line", LINES, ids=_id)
def test_line_evidence_is_substring(line):
    assert line["evidence"].strip()
    assert line["evidence"] in DOC_TEXT[line["doc"]]


@pytest.mark.parametrize("line", LINES, ids=_id)
def test_line_names_appear_in_doc(line):
    text = DOC_TEXT[line["doc"]]
    for name in line["named_victims"]:
        assert name in text, name


@pytest.mark.parametrize("line", LINES, ids=_id)
def test_line_counts(line):
    for category, value in line["counts"].items():
        assert category in COUNT_CATEGORIES, category
        assert isinstance(value, dict) and value, value
        assert set(value) <= {"value", "min", "max"}, value
        assert all(
            v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)
            for v in value.values()
        )
        assert any(v is not None for v in value.values())
        if "value" in value:
            assert set(value) == {"value"}, "an exact figure has no min/max"
        if value.get("min") is not None and value.get("max") is not None:
            assert value["min"] <= value["max"]


@pytest.mark.parametrize("line", LINES, ids=_id)
def test_line_dates(line):
    precision, start, end = line["date_precision"], line["date"], line["date_end"]
    assert precision in PRECISIONS
    if precision == "unknown":
        assert start is None and end is None
        return
    assert start is not None
    kind = _date_kind(start)
    if precision == "range":
        assert end is not None, "a range needs date_end"
        assert _date_kind(end) == kind, "both ends of a range at the same precision"
        assert start < end
    else:
        assert end is None, "date_end only with precision 'range'"
        assert kind == precision, f"{start!r} is not at precision {precision!r}"


def test_incident_keys_are_consistent():
    # Lines that share an incident key tell one real-world incident: same country.
    countries: dict[str, set] = {}
    for line in LINES:
        countries.setdefault(line["incident"], set()).add(line["country"])
    bad = {k: v for k, v in countries.items() if len(v) > 1}
    assert not bad, bad


def test_some_incidents_are_told_by_several_docs():
    docs_per_incident: dict[str, set] = {}
    for line in LINES:
        docs_per_incident.setdefault(line["incident"], set()).add(line["doc"])
    shared = [k for k, v in docs_per_incident.items() if len(v) >= 2]
    assert len(shared) >= 8, shared


def test_coverage_acts():
    per_act = Counter(a for line in LINES for a in line["acts"])
    missing = {a: per_act[a] for a in ACTS if per_act[a] < MIN_LINES_PER_ACT}
    assert not missing, f"acts with fewer than {MIN_LINES_PER_ACT} lines: {missing}"


def test_coverage_count_categories():
    per_cat = Counter(c for line in LINES for c in line["counts"])
    missing = {c: per_cat[c] for c in COUNT_CATEGORIES if per_cat[c] < MIN_LINES_PER_COUNT}
    assert not missing, f"count categories with fewer than {MIN_LINES_PER_COUNT} lines: {missing}"


def test_coverage_attribution_aggregates_and_precisions():
    assert sum(1 for line in LINES if line["attributed_to"]) >= 10
    assert sum(1 for line in LINES if line["aggregate"]) >= 3
    precisions = Counter(line["date_precision"] for line in LINES)
    for p in ("day", "month", "year", "range"):
        assert precisions[p] >= 3, precisions


def test_trap_docs_exist():
    # Docs listed in the README as containing only non-events have no gold line at all.
    docs_with_lines = {line["doc"] for line in LINES}
    empty = set(DOC_TEXT) - docs_with_lines
    assert len(empty) >= 2, "expected at least two pure trap docs with no gold line"


# --- the demo example reports (src/factfinder/examples), generated PDF kept in sync ---------------

EXAMPLES_DIR = Path(__file__).parent.parent / "src" / "factfinder" / "examples"


def test_examples_manifest_lists_every_example():
    manifest = json.loads((EXAMPLES_DIR / "manifest.json").read_text(encoding="utf-8"))
    files = {m["file"] for m in manifest}
    on_disk = {p.name for p in EXAMPLES_DIR.iterdir() if p.name != "manifest.json" and p.is_file()}
    assert files == on_disk
    for entry in manifest:
        assert set(entry) <= MANIFEST_FIELDS | {"publisher", "author", "url"}
        assert _date_kind(entry["published"]) == "day"
    kinds = {Path(f).suffix for f in files}
    assert {".html", ".pdf", ".txt"} <= kinds


def test_examples_pdf_matches_its_script():
    pytest.importorskip("fpdf")
    import importlib.util

    script = Path(__file__).parent.parent / "scripts" / "make_examples.py"
    spec = importlib.util.spec_from_file_location("make_examples", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == module.OUT.read_bytes(), (
        "run scripts/make_examples.py and commit the PDF"
    )
