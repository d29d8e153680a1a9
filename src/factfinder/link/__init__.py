"""Incident linking: mentions from many sources → incidents (docs/methodology.md, "Linking")."""

from __future__ import annotations

from factfinder.link.blocking import block_keys
from factfinder.link.cluster import LinkError, incident_id_for, link_mentions
from factfinder.link.evaluate import PairScores, pairwise_scores
from factfinder.link.names import fold_actor, fold_place
from factfinder.link.score import LinkConfig

__all__ = [
    "LinkConfig",
    "LinkError",
    "PairScores",
    "block_keys",
    "fold_actor",
    "fold_place",
    "incident_id_for",
    "link_mentions",
    "pairwise_scores",
]
