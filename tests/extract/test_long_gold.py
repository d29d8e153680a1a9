"""Quality floors on the long development set (tests/data/gold_long): fifteen long, messy
reports from regions and eras the seeds do not cover, annotated blind. Floors only go up."""

from __future__ import annotations

from pathlib import Path

from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

LONG = Path(__file__).resolve().parents[1] / "data" / "gold_long"
# rules@0.5.0: recall 0.344, precision 0.643. rules@0.6.0: recall 0.754, precision 0.864,
# date 0.865, country 0.921, killed 0.873, perpetrators 0.672, place 0.538, attributed 0.865.
FLOORS = {
    "recall": 0.75, "precision": 0.86, "date": 0.86, "country": 0.92, "count:killed": 0.87,
    "perpetrators": 0.67, "place": 0.53, "attributed_to": 0.86,
}  # fmt: skip


def test_long_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, LONG)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in ("date", "country", "count:killed", "perpetrators", "place", "attributed_to"):
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name
