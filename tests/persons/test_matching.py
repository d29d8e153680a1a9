"""Matching in the store: persons from reports and lists, review decisions, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from tests.persons.conftest import add_report, write_csv

from factfinder.persons import review
from factfinder.persons.lists import import_list
from factfinder.persons.matching import Pair, cluster, pairwise_scores
from factfinder.persons.registry import get_person, jsonl_rows, persons_from_mentions
from factfinder.store import Store
from factfinder.store.schema import changes, person_mentions

TEXT = (
    "Ibrahim Khalil Sedighi Hamedani, 34, was executed in Evin in 1988. Relatives said "
    "Ebrahim Sadeqi Hamedani had been arrested in 1981 together with Fatemeh Mesbah, 13."
)


@pytest.fixture
def populated(sqlite_store: Store, tmp_path: Path) -> Store:
    add_report(
        sqlite_store,
        TEXT,
        ["Ibrahim Khalil Sedighi Hamedani", "Ebrahim Sadeqi Hamedani", "Fatemeh Mesbah"],
    )
    write_csv(
        tmp_path / "a.csv",
        ["ID", "Name", "Date", "Place"],
        [
            ["a1", "Sadeghi Hamedani, Ebrahim", "1367/05/08", "Evin Prison"],
            ["a2", "Maryam Karimi", "1988-08-02", "Gohardasht"],
            ["a3", "Hassan Rahimi", "1988-08-05", "Evin Prison"],
        ],
    )
    write_csv(
        tmp_path / "b.csv",
        ["ID", "نام", "تاریخ"],
        [
            ["b1", "ابراهيم صادقي همداني", "1367/05/08"],
            ["b2", "مریم کریمی", "1367/05/11"],
            ["b3", "Hossein Rahimi", "1990-01-01"],
        ],
    )
    import_list(sqlite_store, tmp_path / "a.csv", name="A")
    import_list(sqlite_store, tmp_path / "b.csv", name="B")
    return sqlite_store


def _person_of(store: Store, name: str) -> str | None:
    return next(r["person"] for r in jsonl_rows(store) if r["name"] == name)


def test_persons_from_mentions_keep_spans_and_ages(populated: Store) -> None:
    assert persons_from_mentions(populated) == 3
    with populated.read() as conn:
        rows = {r.name: r for r in conn.execute(select(person_mentions))}
    ibrahim = rows["Ibrahim Khalil Sedighi Hamedani"]
    assert TEXT[ibrahim.start : ibrahim.end] == ibrahim.name
    assert ibrahim.age == 34 and ibrahim.fields["age"]["quote"].endswith("34")
    assert ibrahim.fields["place"]["quote"] == "Evin" and ibrahim.harm == "execution"
    assert rows["Fatemeh Mesbah"].age == 13


def test_match_links_variants_across_reports_and_lists(populated: Store) -> None:
    stats = review.match_store(populated)
    assert stats.records == 9
    ebrahim = {
        _person_of(populated, n)
        for n in (
            "Ibrahim Khalil Sedighi Hamedani",
            "Ebrahim Sadeqi Hamedani",
            "Sadeghi Hamedani, Ebrahim",
            "ابراهيم صادقي همداني",
        )
    }
    assert len(ebrahim) == 1 and None not in ebrahim
    assert _person_of(populated, "Hassan Rahimi") != _person_of(populated, "Hossein Rahimi")
    assert _person_of(populated, "Fatemeh Mesbah") != _person_of(populated, "Maryam Karimi")
    with populated.read() as conn:
        person = get_person(conn, next(iter(ebrahim)) or "")
    assert {r["list"] for r in person["records"]} == {"A", "B"} and len(person["mentions"]) == 2
    assert review.model_path(populated).is_file()


def test_decisions_are_remembered_and_undone(populated: Store) -> None:
    review.match_store(populated)
    with populated.read() as conn:
        ids = {r.name: r.id for r in conn.execute(select(person_mentions))}
    fatemeh, mesbah_list = ids["Fatemeh Mesbah"], _record_id(populated, "Maryam Karimi")
    change = review.decide(populated, fatemeh, mesbah_list, "same")
    assert _person_of(populated, "Fatemeh Mesbah") == _person_of(populated, "Maryam Karimi")
    review.match_store(populated)  # a new run keeps the decision
    assert _person_of(populated, "Fatemeh Mesbah") == _person_of(populated, "Maryam Karimi")
    review.undo(populated, change)
    assert _person_of(populated, "Fatemeh Mesbah") != _person_of(populated, "Maryam Karimi")
    with populated.read() as conn:
        assert (
            conn.execute(select(changes.c.undone_at).where(changes.c.id == change)).scalar_one()
            is not None
        )
    ebrahim = [r for r in jsonl_rows(populated) if "Hamedani" in r["name"]]
    apart = review.decide(
        populated,
        _record_id(populated, "Sadeghi Hamedani, Ebrahim"),
        ids["Ebrahim Sadeqi Hamedani"],
        "different",
    )
    assert _person_of(populated, "Sadeghi Hamedani, Ebrahim") != _person_of(
        populated, "Ebrahim Sadeqi Hamedani"
    )
    review.undo(populated, apart)
    assert len({_person_of(populated, r["name"]) for r in ebrahim}) == 1
    with pytest.raises(review.PersonMatchError, match="already undone"):
        review.undo(populated, apart)


def _record_id(store: Store, name: str) -> str:
    from factfinder.store.schema import list_records

    with store.read() as conn:
        return str(
            conn.execute(select(list_records.c.id).where(list_records.c.name == name)).scalar_one()
        )


def test_cluster_respects_different() -> None:
    pairs = [Pair("a", "b", 0.99), Pair("b", "c", 0.98), Pair("c", "d", 0.4)]
    assert cluster(["a", "b", "c", "d"], pairs, threshold=0.9) == [["a", "b", "c"], ["d"]]
    assert cluster(["a", "b", "c", "d"], pairs, threshold=0.9, different=[("a", "c")]) == [
        ["a", "b"],
        ["c"],
        ["d"],
    ]
    assert cluster(["a", "b", "c", "d"], pairs, threshold=0.9, same=[("c", "d")]) == [
        ["a", "b", "c", "d"]
    ]


def test_pairwise_scores() -> None:
    s = pairwise_scores([["a", "b"], ["c"]], {"a": "1", "b": "1", "c": "1"})
    assert s["precision"] == 1.0 and s["recall"] == pytest.approx(1 / 3)
