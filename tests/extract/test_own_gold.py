"""Quality floors on the project's own gold (tests/data/gold). Floors only go up."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

OWN = Path(__file__).resolve().parents[1] / "data" / "gold"
# Measured with the reference scorer of gold-format.md (aggregate takes no part in matching),
# rules@0.5.0: recall 0.903, precision 0.868, date 0.946, country 0.857, killed 0.909.
FLOORS = {"recall": 0.90, "precision": 0.86, "date": 0.94, "country": 0.85, "count:killed": 0.90}


@pytest.mark.skipif(not (OWN / "gold.jsonl").exists(), reason="own gold not present")
def test_own_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, OWN)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in ("date", "country", "count:killed"):
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name
