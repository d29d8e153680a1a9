"""Properties of linking over generated mentions (hypothesis)."""

from __future__ import annotations

import random
from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from factfinder.link import block_keys, link_mentions
from factfinder.model import Count, Mention

PLACES = [None, "Camp Ashraf", "Ashraf", "Arak", "Evin Prison"]
ACTS = [["killing"], ["killing", "abduction"], ["arrest"], ["protest"], ["execution"]]
DATES = [None, "2013", "2013-09", "2013-09-01", "2013-09-02", "2013-10-01", "2014-01-05"]


@st.composite
def mentions(draw: st.DrawFn, shared_keys: bool = False) -> list[Mention]:
    """Up to 15 mentions; with ``shared_keys`` some of one document share a within-doc key."""
    size = draw(st.integers(1, 15))
    made = []
    for number in range(size):
        doc = f"d{draw(st.integers(0, 8))}"
        killed = draw(st.one_of(st.none(), st.integers(1, 60)))
        made.append(
            Mention(
                doc=doc,
                source_id=doc,
                id=f"m{number:02d}",
                incident="shared" if shared_keys and draw(st.booleans()) else f"k{number}",
                acts=draw(st.sampled_from(ACTS)),
                evidence="text",
                date=draw(st.sampled_from(DATES)),
                place=draw(st.sampled_from(PLACES)),
                country=draw(st.sampled_from(["IQ", "IR"])),
                counts={} if killed is None else {"killed": Count(value=killed)},
                aggregate=draw(st.booleans()),
            )
        )
    return made


def _by_incident(result: dict[str, str], given: list[Mention]) -> dict[str, list[Mention]]:
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in given:
        groups[result[str(mention.id)]].append(mention)
    return groups


@settings(max_examples=30, deadline=None)
@given(mentions(shared_keys=True), st.integers(0, 1000))
def test_order_does_not_matter(given_mentions: list[Mention], seed: int) -> None:
    shuffled = given_mentions[:]
    random.Random(seed).shuffle(shuffled)
    assert link_mentions(shuffled) == link_mentions(given_mentions)


@settings(max_examples=30, deadline=None)
@given(mentions())
def test_incidents_are_consistent(given_mentions: list[Mention]) -> None:
    for members in _by_incident(link_mentions(given_mentions), given_mentions).values():
        assert len({(m.country, m.aggregate) for m in members}) == 1
        keys_by_doc: dict[str, set[str | None]] = defaultdict(set)
        for member in members:
            keys_by_doc[member.doc].add(member.incident)
        assert all(len(keys) == 1 for keys in keys_by_doc.values())
        if len(members) > 1:  # every member is reachable through shared block keys
            keys = [set(block_keys(m)) for m in members]
            assert all(
                any(keys[i] & keys[j] for j in range(len(keys)) if j != i) for i in range(len(keys))
            )


@settings(max_examples=30, deadline=None)
@given(mentions())
def test_cannot_link_is_respected(given_mentions: list[Mention]) -> None:
    first, last = str(given_mentions[0].id), str(given_mentions[-1].id)
    if first == last:
        return
    result = link_mentions(given_mentions, cannot_link={frozenset({first, last})})
    assert result[first] != result[last]
