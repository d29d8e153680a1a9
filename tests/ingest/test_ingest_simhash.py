"""Near-duplicates: syndicated copies are close, other articles on the same events are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from ingestfixtures import ARTICLE, OTHER_ARTICLE, SAME_EVENTS

from factfinder.ingest import (
    BAND_GUARANTEE,
    NEAR_DUPLICATE_MAX_DISTANCE,
    hamming,
    is_near_duplicate,
    near_duplicate_candidates,
    shingle_containment,
    simhash64,
    simhash_bands,
)

SENTENCES = ARTICLE.splitlines()
CHANGED = (
    "A teacher said she saw many bodies lying near the grain store once the soldiers had gone."
)
SYNDICATED = "\n".join(
    [
        "Republished with permission from Example Daily | Share this story",
        *SENTENCES[:9],
        CHANGED,
        *SENTENCES[10:],
        "Subscribe to our newsletter for more news from the region. Comments are closed.",
    ]
)


def test_syndicated_copy_is_a_near_duplicate() -> None:
    distance = hamming(simhash64(ARTICLE), simhash64(SYNDICATED))
    assert distance <= NEAR_DUPLICATE_MAX_DISTANCE
    assert shingle_containment(ARTICLE, SYNDICATED) >= 0.8
    assert is_near_duplicate(ARTICLE, SYNDICATED)


@pytest.mark.parametrize("other", [SAME_EVENTS, OTHER_ARTICLE], ids=["same-events", "same-topic"])
def test_other_articles_are_not_near_duplicates(other: str) -> None:
    assert hamming(simhash64(ARTICLE), simhash64(other)) > NEAR_DUPLICATE_MAX_DISTANCE
    assert shingle_containment(ARTICLE, other) < 0.2
    assert not is_near_duplicate(ARTICLE, other)


def test_fingerprint_is_stable_and_ignores_case_and_spacing() -> None:
    assert simhash64(ARTICLE) == simhash64(ARTICLE.upper().replace("\n", "  \n "))
    assert simhash64("") == 0
    assert simhash64("Velmora") == simhash64("velmora")


def test_candidates_are_found_in_an_array() -> None:
    stored = [simhash64(OTHER_ARTICLE), simhash64(SYNDICATED), simhash64(SAME_EVENTS)]
    assert near_duplicate_candidates(simhash64(ARTICLE), stored) == [1]
    assert near_duplicate_candidates(0, []) == []


@given(st.integers(0, 2**64 - 1), st.sets(st.integers(0, 63), max_size=BAND_GUARANTEE))
def test_fingerprints_within_the_band_guarantee_share_a_band(base: int, flips: set[int]) -> None:
    other = base
    for bit in flips:
        other ^= 1 << bit
    assert hamming(base, other) == len(flips)
    assert any(a == b for a, b in zip(simhash_bands(base), simhash_bands(other), strict=True))
    assert all(0 <= band < 2**16 for band in simhash_bands(other))
