"""Quality floors on the project's own gold (tests/data/gold). Floors only go up."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

OWN = Path(__file__).resolve().parents[1] / "data" / "gold"
# Measured with the reference scorer of gold-format.md (aggregate takes no part in matching):
# recall 0.867, precision 0.809, date 0.925, country 0.849, killed 0.868.
FLOORS = {"recall": 0.86, "precision": 0.80, "date": 0.92, "country": 0.84, "count:killed": 0.86}


@pytest.mark.skipif(not (OWN / "gold.jsonl").exists(), reason="own gold not present")
def test_own_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, OWN)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in ("date", "country", "count:killed"):
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name
