"""Name folding used to compare places, perpetrators and voices."""

from __future__ import annotations

import pytest

from factfinder.link.names import actors_match, fold_actor, fold_place, places_match


@pytest.mark.parametrize(
    "name",
    [
        "US State Department",
        "the State Department",
        "U.S. Department of State",
        "United States Department of State",
        "state department",
    ],
)
def test_state_department_variants_fold_to_one_voice(name: str) -> None:
    assert fold_actor(name) == "us department of state"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("PMOI", "Mujahedin-e Khalq"),
        ("Amnesty", "Amnesty International"),
        ("HRW", "Human Rights Watch"),
    ],
)
def test_aliases_fold_together(a: str, b: str) -> None:
    assert fold_actor(a) == fold_actor(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Camp Ashraf", "Ashraf", True),
        ("the city of Arak", "Arak", True),
        ("Urmia Central Prison", "Orumiyeh Central Prison", False),
        ("Urmia Central Prison", "Urmiah Central Prison", True),
        ("Camp Ashraf", "Camp Liberty", False),
        ("", "Arak", False),
    ],
)
def test_places_match(a: str, b: str, same: bool) -> None:
    assert places_match(fold_place(a), fold_place(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Iraqi forces", "Iraqi security forces", True),
        ("Kata'ib Hezballah", "Kataib Hezbollah", True),
        ("Iraqi forces", "Quds Force", False),
        ("security forces", "death commissions", False),
    ],
)
def test_actors_match(a: str, b: str, same: bool) -> None:
    assert actors_match(fold_actor(a), fold_actor(b)) is same
