"""Pairwise precision, recall and F1 of a clustering against the truth, in linear time.

A pair of items is *predicted* when both are in one predicted cluster and *true* when both are in
one true cluster. Counting pairs through cluster sizes (n·(n−1)/2) avoids enumerating them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PairScores:
    precision: float
    recall: float
    f1: float
    predicted_pairs: int
    true_pairs: int


def _pairs(sizes: Counter[Hashable]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def pairwise_scores(predicted: Mapping[str, Hashable], truth: Mapping[str, Hashable]) -> PairScores:
    """Scores over the items present in both mappings (item → cluster key)."""
    items = [i for i in predicted if i in truth]
    pred_pairs = _pairs(Counter(predicted[i] for i in items))
    true_pairs = _pairs(Counter(truth[i] for i in items))
    both = _pairs(Counter((predicted[i], truth[i]) for i in items))
    precision = both / pred_pairs if pred_pairs else 1.0
    recall = both / true_pairs if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, pred_pairs, true_pairs)
