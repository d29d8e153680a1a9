"""Quality floors on the seed gold (../shared/corpus/seeds). Floors only go up."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "seeds"
# rules@0.5.0: recall 1.0, precision 0.667, date 0.944, country 0.889, killed 1.0.
FLOORS = {"recall": 0.99, "precision": 0.66, "date": 0.94, "country": 0.88, "count:killed": 0.99}


@pytest.mark.skipif(not (SEEDS / "gold.jsonl").exists(), reason="seed corpus not present")
def test_seed_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, SEEDS)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in ("date", "country", "count:killed"):
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name
