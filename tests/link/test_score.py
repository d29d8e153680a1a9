"""Pair scores: the evidence weights that decide a link."""

from __future__ import annotations

import pytest
from linkfixtures import make

from factfinder.link import LinkConfig
from factfinder.link.features import Profile, add_mention
from factfinder.link.score import count_score, score
from factfinder.model import Count, Mention

CFG = LinkConfig()


def _profile(mention: Mention) -> Profile:
    return add_mention(None, mention, 0, None)


@pytest.mark.parametrize(
    ("a", "b", "weight"),
    [
        (Count(value=52), Count(value=52), CFG.count_agree),
        (Count(value=52), Count(value=50), CFG.count_close),
        (Count(value=11), Count(min=9), CFG.count_agree),
        (Count(value=52), Count(value=30), CFG.count_off),
        (Count(value=52), Count(value=7), CFG.count_far),
        (Count(min=40, max=50), Count(value=45), CFG.count_agree),
    ],
)
def test_count_agreement(a: Count, b: Count, weight: float) -> None:
    left = _profile(make("m1", "a", counts={"killed": a}))
    right = _profile(make("m2", "b", counts={"killed": b}))
    assert count_score(left, right, CFG) == weight
    assert count_score(right, left, CFG) == weight


@pytest.mark.parametrize(
    "change",
    [
        {"country": "IR"},
        {"aggregate": True},
        {"date": "2013-09-05"},
        {"date": "2009-07-28"},
        {"acts": ["hunger_strike"]},
        {"date": None},
    ],
)
def test_hard_incompatibilities_are_never_scored(change: dict[str, object]) -> None:
    assert score(_profile(make("m1", "a")), _profile(make("m2", "b", **change)), CFG) is None


def test_same_day_same_place_scores_above_threshold_and_other_place_below() -> None:
    base = _profile(make("m1", "a"))
    same = score(base, _profile(make("m2", "b", place="Ashraf")), CFG)
    other = score(base, _profile(make("m3", "b", place="Camp Liberty", counts={"killed": 5})), CFG)
    assert same is not None and same >= CFG.threshold
    assert other is not None and other < CFG.threshold


def test_named_victims_weigh_heavily() -> None:
    a = make("m1", "a", place=None, named_victims=["Ibrahim Khalil Sedighi Hamedani"], counts={})
    b = make("m2", "b", place=None, named_victims=["Ebrahim Khalil Sedighi Hamedani"], counts={})
    c = make("m3", "c", place=None, named_victims=["Someone Else"], counts={})
    with_match = score(_profile(a), _profile(b), CFG)
    without = score(_profile(a), _profile(c), CFG)
    assert with_match is not None and without is not None
    assert with_match - without == CFG.victim_match - CFG.victim_mismatch
