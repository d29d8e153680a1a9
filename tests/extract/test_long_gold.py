"""Quality floors on the long development set (tests/data/gold_long): fifteen long, messy
reports from regions and eras the seeds do not cover, annotated blind. Floors only go up."""

from __future__ import annotations

from pathlib import Path

from tests.extract.gold_helpers import score_folder

from factfinder.extract import Pipeline

LONG = Path(__file__).resolve().parents[1] / "data" / "gold_long"
# rules@0.5.0: recall 0.344, precision 0.643. rules@0.6.0: recall 0.852, precision 0.887,
# date 0.883, country 0.926, killed 0.894, perpetrators 0.683, place 0.578, attributed 0.872.
# rules@0.7.0: recall 0.885, precision 0.892, date 0.909, country 0.929, killed 0.896,
# perpetrators 0.692, place 0.682, attributed 0.879, abducted 0.857.
FLOORS = {
    "recall": 0.88, "precision": 0.89, "date": 0.90, "country": 0.92, "count:killed": 0.89,
    "perpetrators": 0.69, "place": 0.67, "attributed_to": 0.87, "count:abducted": 0.85,
}  # fmt: skip


def test_long_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, LONG)
    assert report.recall >= FLOORS["recall"]
    assert report.precision >= FLOORS["precision"]
    for name in (
        "date", "country", "count:killed", "perpetrators", "place", "attributed_to",
        "count:abducted",
    ):  # fmt: skip
        assert (report.accuracy(name) or 0.0) >= FLOORS[name], name


LONG2 = Path(__file__).resolve().parents[1] / "data" / "gold_long2"
# Blind set, measured before any rule was written against it: rules@0.6.0 recall 0.373,
# precision 0.644. rules@0.7.0: recall 0.566, precision 0.849, date 91/106, country 101/106,
# killed 40/60, perpetrators 49/62, place 52/84, attributed 84/106, abducted 5/6.
# The set is now used for development and its recall is rising, so the fields are held by the
# number of correct values (which only rises as more mentions match), not by a ratio over
# matched pairs (which falls when a newly matched mention has one wrong field). The greedy
# pairing can still move a figure between two lines of one sentence: 41 → 40 killed when the
# two Rabaa dates of July were first read (a "memorial" that is a place had made them meta).
FLOORS2 = {"recall": 0.56, "precision": 0.84}
CORRECT2 = {
    "date": 91, "country": 101, "count:killed": 40, "perpetrators": 49, "place": 52,
    "attributed_to": 84, "count:abducted": 5,
}  # fmt: skip


def test_blind_long_gold_floors(pipe: Pipeline) -> None:
    report = score_folder(pipe, LONG2)
    assert report.recall >= FLOORS2["recall"]
    assert report.precision >= FLOORS2["precision"]
    for name, floor in CORRECT2.items():
        assert report.fields[name].correct >= floor, name
