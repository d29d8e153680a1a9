"""Date windows and the blocking keys the store uses to fetch candidates."""

from __future__ import annotations

from datetime import date

import pytest
from linkfixtures import make

from factfinder.link import block_keys
from factfinder.link.features import act_families, date_window


def _ord(text: str) -> int:
    return date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(
    ("start", "end", "first", "last"),
    [
        ("2013-09-01", None, "2013-09-01", "2013-09-01"),
        ("2013-09", None, "2013-09-01", "2013-09-30"),
        ("2013", None, "2013-01-01", "2013-12-31"),
        ("2009-07-28", "2009-07-29", "2009-07-28", "2009-07-29"),
        ("2009", "2016", "2009-01-01", "2016-12-31"),
        ("2016", "2009", "2009-01-01", "2016-12-31"),
    ],
)
def test_date_window_covers_the_precision(
    start: str, end: str | None, first: str, last: str
) -> None:
    assert date_window(start, end) == (_ord(first), _ord(last))


@pytest.mark.parametrize("text", [None, "", "sometime", "2013-13-01"])
def test_unreadable_dates_are_undated(text: str | None) -> None:
    assert date_window(text, None) is None


def test_act_families_put_killing_and_abduction_in_reach_of_each_other() -> None:
    assert act_families(["killing"]) & act_families(["abduction"])
    assert not act_families(["hunger_strike"]) & act_families(["killing"])
    assert act_families(["unheard_of"]) == frozenset({"other"})


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"date": "2013-09-15"}, ["IQ|lethal|one|2013-09"]),
        ({"date": "2013-09-01"}, ["IQ|lethal|one|2013-08", "IQ|lethal|one|2013-09"]),
        ({"date": None, "place": "the Camp Ashraf"}, ["IQ|lethal|one|undated|camp ashraf"]),
        ({"date": "2013-09-15", "aggregate": True}, ["IQ|lethal|agg|2013-09"]),
    ],
)
def test_block_keys(fields: dict[str, object], expected: list[str]) -> None:
    assert block_keys(make("m1", "a", **fields)) == expected


def test_year_mention_shares_a_key_with_any_day_of_that_year() -> None:
    year = set(block_keys(make("m1", "a", date="2013", date_precision="year")))
    assert len(year) >= 12
    for day in ("2013-01-05", "2013-06-30", "2013-12-31"):
        assert year & set(block_keys(make("m2", "b", date=day)))
    assert not year & set(block_keys(make("m3", "b", date="2015-06-01")))
