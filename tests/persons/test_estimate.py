"""Multiple systems estimation on simulated lists whose true total is known."""

from __future__ import annotations

import random

import pytest

from factfinder.persons.estimate import (
    EstimationError,
    candidate_models,
    coverage,
    estimate_total,
    simulate_counts,
)


def test_independent_lists_recover_the_total() -> None:
    counts = simulate_counts(2000, [0.3, 0.25, 0.35], random.Random(1))
    est = estimate_total(counts, ["A", "B", "C"])
    assert est.low <= 2000 <= (est.high or float("inf"))
    assert est.low < est.total < (est.high or float("inf"))
    assert est.observed == sum(counts.values())
    text = " ".join(est.assumptions)
    assert "Closed population" in text and "heterogeneity" in text and "Matching" in text


def test_coverage_on_simulations() -> None:
    result = coverage(15, seed=5)
    assert result["coverage"] >= 0.8
    assert abs(result["mean_estimate"] - 2000) < 100


def test_bic_and_dependence() -> None:
    rng = random.Random(3)
    counts = simulate_counts(1500, [0.4, 0.4, 0.3], rng)
    counts[(1, 1, 0)] = counts.get((1, 1, 0), 0) * 3  # A and B share sources
    est = estimate_total(counts, ["A", "B", "C"], criterion="bic")
    assert est.model != "independent"  # the dependence is modelled


def test_heterogeneity_warning_is_written() -> None:
    counts = {(1, 0, 0): 3, (0, 1, 0): 2, (0, 0, 1): 4, (1, 1, 1): 1}
    est = estimate_total(counts, ["A", "B", "C"])
    assert any("fewer than 5" in w for w in est.warnings)


def test_needs_three_lists() -> None:
    with pytest.raises(EstimationError, match="three or more"):
        estimate_total({(1, 0): 3}, ["A", "B"])


def test_candidate_models_are_identifiable() -> None:
    assert len(candidate_models(3)) == 8
    assert all(len(m) <= 3 for m in candidate_models(5))
