"""Incident linking: gold reproduction, constraints, incremental runs and determinism."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from linkfixtures import make

from factfinder.link import (
    LinkConfig,
    LinkError,
    incident_id_for,
    link_mentions,
    pairwise_scores,
)
from factfinder.model import Count, Mention


def _groups(result: dict[str, str]) -> set[frozenset[str]]:
    by_incident: dict[str, set[str]] = {}
    for mention_id, incident_id in result.items():
        by_incident.setdefault(incident_id, set()).add(mention_id)
    return {frozenset(members) for members in by_incident.values()}


# --------------------------------------------------------------------------- the seed gold


def test_gold_incidents_are_reproduced(gold: list[Mention]) -> None:
    truth = {m.id: m.incident for m in gold if m.id}
    scores = pairwise_scores(link_mentions(gold), truth)
    assert scores.f1 >= 0.9, scores


def test_gold_ashraf_2013_has_five_or_more_mentions_and_2009_apart(gold: list[Mention]) -> None:
    result = link_mentions(gold)
    key_of = {m.id: m.incident for m in gold}
    sizes = Counter(result[m.id] for m in gold if m.incident == "ashraf-2013-09-01")
    assert len(sizes) == 1 and next(iter(sizes.values())) >= 5
    (ashraf_2013,) = sizes
    in_2013 = {key_of[m] for m, inc in result.items() if inc == ashraf_2013}
    assert in_2013 == {"ashraf-2013-09-01"}
    in_2009 = {result[m.id] for m in gold if m.incident == "ashraf-2009-07-28"}
    assert len(in_2009) == 1 and in_2009 != {ashraf_2013}


def test_gold_without_within_doc_keys_still_links(gold: list[Mention]) -> None:
    """An extractor that gives no keys at all: each mention is its own unit."""
    truth = {m.id: m.incident for m in gold if m.id}
    for mention in gold:
        mention.incident = None
    assert pairwise_scores(link_mentions(gold), truth).f1 >= 0.9


# ---------------------------------------------------------------- within-document keys


def test_two_incidents_of_one_report_stay_apart() -> None:
    a = make("m1", "doc", incident="k1")
    b = make("m2", "doc", incident="k2", date="2013-09-02")  # within tolerance, other key
    c = make("m3", "other")
    result = link_mentions([a, b, c])
    assert result["m1"] != result["m2"]
    assert result["m3"] in {result["m1"], result["m2"]}


def test_camp_ashraf_2009_and_2013_in_one_report_never_link() -> None:
    a = make("m1", "doc", incident="k1")
    b = make("m2", "doc", incident="k2", date="2009-07-28", counts={"killed": 11})
    assert len(set(link_mentions([a, b]).values())) == 2


def test_two_voices_with_one_key_stay_together_even_when_they_disagree() -> None:
    own = make("m1", "doc", incident="k1", counts={"killed": 11})
    quoted = make(
        "m2",
        "doc",
        incident="k1",
        counts={"killed": Count(min=9)},
        place=None,
        attributed_to="Amnesty International",
        acts=["arrest"],
    )
    assert len(set(link_mentions([own, quoted]).values())) == 1


@pytest.mark.parametrize("flag", [True, False])
def test_aggregates_link_only_to_aggregates(flag: bool) -> None:
    single = make("m1", "a")
    other = make("m2", "b", aggregate=flag)
    linked = link_mentions([single, other])
    assert (linked["m1"] == linked["m2"]) is (not flag)


@pytest.mark.parametrize(
    ("date", "precision", "linked"),
    [
        ("2013", "year", True),
        ("2013-09", "month", True),
        ("2012", "year", False),
        ("2013-08", "month", False),
        ("2013-09-02", "day", True),
        ("2013-09-04", "day", False),
    ],
)
def test_date_precision_is_respected(date: str, precision: str, linked: bool) -> None:
    exact = make("m1", "a")
    coarse = make("m2", "b", date=date, date_precision=precision)
    result = link_mentions([exact, coarse])
    assert (result["m1"] == result["m2"]) is linked


def test_a_coarse_mention_between_two_equal_candidates_is_not_guessed() -> None:
    first = make("m1", "a", date="2013-03-01")
    second = make("m2", "b", date="2013-07-01")
    year = make("m3", "c", date="2013", date_precision="year")
    result = link_mentions([first, second, year])
    assert result["m3"] not in {result["m1"], result["m2"]}


def test_no_chaining_across_time() -> None:
    """Day mentions each one day from the next never make a week-long incident."""
    days = [make(f"m{d}", f"doc{d}", date=f"2013-09-0{d}") for d in range(1, 8)]
    result = link_mentions(days)
    assert result["m1"] != result["m7"]
    assert max(Counter(result.values()).values()) <= 3


def test_count_disagreement_keeps_incidents_apart() -> None:
    big = make("m1", "a", place=None, counts={"killed": 52})
    small = make("m2", "b", place=None, counts={"killed": 1}, acts=["attack"])
    assert link_mentions([big, small])["m1"] != link_mentions([big, small])["m2"]


# ------------------------------------------------------------------- analyst constraints


def test_cannot_link_splits_a_pair() -> None:
    a, b, c = make("m1", "a"), make("m2", "b"), make("m3", "c")
    result = link_mentions([a, b, c], cannot_link={frozenset({"m1", "m2"})})
    assert result["m1"] != result["m2"]
    assert result["m3"] in {result["m1"], result["m2"]}


def test_cannot_link_splits_a_within_doc_unit() -> None:
    a, b = make("m1", "doc", incident="k"), make("m2", "doc", incident="k")
    result = link_mentions([a, b], cannot_link={frozenset({"m1", "m2"})})
    assert result["m1"] != result["m2"]


def test_pinned_mentions_keep_the_analyst_choice() -> None:
    a, b = make("m1", "a"), make("m2", "b")
    far = make("m3", "c", date="2001-01-01", country="IR", place="Evin Prison")
    result = link_mentions([a, b, far], pinned={"m3": "inc_analyst", "m2": "inc_analyst"})
    assert result["m2"] == result["m3"] == "inc_analyst"
    assert result["m1"] == "inc_analyst"  # joins the pinned incident by its own evidence


def test_pin_overrides_an_existing_assignment() -> None:
    old = make("m1", "a", incident="inc_old")
    result = link_mentions([], [old], pinned={"m1": "inc_new"})
    assert result == {"m1": "inc_new"}


# ------------------------------------------------------------ incremental, determinism, ids


def _world() -> list[Mention]:
    mentions = []
    places = ["Camp Ashraf", "Arak", "Evin Prison", "Urmia Central Prison"]
    for n, place in enumerate(places):
        for voice in range(3):
            mentions.append(
                make(
                    f"{place[:3]}{voice}",
                    f"doc-{place}-{voice}",
                    place=place,
                    date=f"2019-0{n + 1}-1{voice % 2}",
                    country="IR",
                    counts={"killed": 10 * (n + 1) + voice},
                )
            )
    return mentions


def test_incremental_equals_batch() -> None:
    world = _world()
    batch = link_mentions(world)
    first, second = world[::2], world[1::2]
    earlier = link_mentions(first)
    for mention in first:
        mention.incident = earlier[str(mention.id)]
    later = link_mentions(second, first)
    assert _groups(later) == _groups(batch)
    assert all(later[m] == earlier[m] for m in earlier)


def test_existing_incidents_are_kept_and_new_ones_get_deterministic_ids() -> None:
    old = make("m1", "a", incident="inc_old")
    new = [make("m2", "b"), make("m3", "c", date="2010-01-01", place="Arak", country="IR")]
    result = link_mentions(new, [old])
    assert result["m1"] == result["m2"] == "inc_old"
    assert result["m3"] == incident_id_for(["m3"])


def test_results_do_not_depend_on_input_order() -> None:
    world = _world()
    expected = link_mentions(world)
    for seed in range(5):
        shuffled = world[:]
        random.Random(seed).shuffle(shuffled)
        assert link_mentions(shuffled) == expected


def test_incident_id_is_from_the_smallest_mention_id() -> None:
    result = link_mentions([make("m9", "a"), make("m2", "b")])
    assert set(result.values()) == {incident_id_for(["m2"])}


@pytest.mark.parametrize(
    "mentions",
    [[make("", "a")], [make("m1", "a"), make("m1", "b")]],
)
def test_bad_ids_raise_link_error(mentions: list[Mention]) -> None:
    with pytest.raises(LinkError):
        link_mentions(mentions)


def test_config_threshold_is_used() -> None:
    a, b = make("m1", "a"), make("m2", "b")
    assert len(set(link_mentions([a, b], config=LinkConfig(threshold=100)).values())) == 2
