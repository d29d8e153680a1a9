"""Pair scoring: how strongly a unit of mentions and an incident look like the same event.

The score is a sum of evidence weights in the manner of Fellegi–Sunter (agreement on a rare,
specific field weighs more than agreement on a common one; disagreement subtracts). Weights are
set by hand in :class:`LinkConfig`, documented in ``docs/methodology.md`` and pinned by the gold
tests. Hard incompatibilities (different country, aggregate vs single incident, no common act
family, date windows that cannot overlap) return ``None``: such a pair is never linked.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from factfinder.link.features import Profile
from factfinder.link.names import actors_match, places_match, similar

DAY_SPAN = 3  # a window this short (in days) is treated as day precision


@dataclass(frozen=True, slots=True)
class LinkConfig:
    """Weights and limits of the incident linker (see docs/methodology.md, "Linking")."""

    threshold: float = 2.0  # minimum score to link a unit to an incident
    margin: float = 1.0  # a coarse-dated unit links only if the best beats the runner-up by this
    date_tolerance_days: int = 1  # day-precision dates this far apart are still compatible
    same_day: float = 3.0
    near_day: float = 1.5
    same_month: float = 2.0
    same_year: float = 1.5
    month_contains: float = 1.0
    year_contains: float = 0.5
    same_act: float = 1.0
    other_act: float = -0.5
    place_match: float = 2.5
    place_mismatch: float = -3.0
    count_agree: float = 1.0
    count_close: float = 0.5
    count_off: float = -0.5
    count_far: float = -2.0
    count_cap: float = 2.0
    actor_match: float = 1.0
    actor_mismatch: float = -0.25
    victim_match: float = 3.0
    victim_mismatch: float = -1.0
    evidence_similar: float = 0.5
    evidence_ratio: float = 70.0
    max_candidates: int = 64  # incidents scored per unit, nearest first
    max_raw_candidates: int = 2000  # above this a unit must share a place to be compared
    max_unplaced_candidates: int = 16  # a coarse unit naming no place: compared only below this


def compatible(unit: Profile, incident: Profile, tolerance: int) -> bool:
    """The hard conditions: same country, same aggregate kind, a common act family, and date
    windows that overlap (day-level windows widened by ``tolerance``)."""
    if unit.country != incident.country or unit.aggregate != incident.aggregate:
        return False
    if not unit.families & incident.families:
        return False
    if (unit.window is None) != (incident.window is None):
        return False
    if unit.window is None or incident.window is None:
        return True
    if max(unit.span, incident.span) > DAY_SPAN:
        tolerance = 0  # the tolerance is for two day-precision dates only
    return (
        unit.window[0] <= incident.window[1] + tolerance
        and incident.window[0] <= unit.window[1] + tolerance
    )


def date_score(unit: Profile, incident: Profile, cfg: LinkConfig) -> float:
    """Weight of date agreement, by how precise the two windows are."""
    if unit.window is None or incident.window is None:
        return 0.0
    (ulo, uhi), (ilo, ihi) = unit.window, incident.window
    coarse = max(unit.span, incident.span)
    if coarse <= DAY_SPAN:
        return cfg.same_day if ulo <= ihi and ilo <= uhi else cfg.near_day
    if unit.window == incident.window:
        return cfg.same_month if coarse <= 31 else cfg.same_year if coarse <= 366 else 0.0
    return cfg.month_contains if coarse <= 31 else cfg.year_contains if coarse <= 366 else 0.0


def count_score(unit: Profile, incident: Profile, cfg: LinkConfig) -> float:
    """Agreement of the figures both sides give, category by category, capped."""
    total = 0.0
    for category, (ulo, uhi) in unit.counts.items():
        other = incident.counts.get(category)
        if other is None:
            continue
        total += _interval_weight(ulo, uhi, other[0], other[1], cfg)
    return max(min(total, cfg.count_cap), -2 * cfg.count_cap)


def _interval_weight(
    alo: int, ahi: int | None, blo: int, bhi: int | None, cfg: LinkConfig
) -> float:
    """Weight of two count intervals: overlapping agree; disjoint ones by their relative gap
    (52 vs 50: gap 2/52, close; 52 vs 7: gap 45/52, far)."""
    if ahi is not None and ahi < blo:
        gap, top = blo - ahi, blo
    elif bhi is not None and bhi < alo:
        gap, top = alo - bhi, alo
    else:
        return cfg.count_agree
    relative = gap / max(top, 1)
    if relative <= 0.2:
        return cfg.count_close
    if relative <= 0.5:
        return cfg.count_off
    return cfg.count_far


def set_score(
    a: set[str], b: set[str], match: float, mismatch: float, *, places: bool = False
) -> float:
    """``match`` if some name of ``a`` matches some name of ``b``, ``mismatch`` if both sides
    name someone and nothing matches, 0 when either side is silent."""
    if not a or not b:
        return 0.0
    if a & b:
        return match
    same = places_match if places else actors_match
    if any(same(x, y) for x in a for y in b):
        return match
    return mismatch


def victim_score(unit: Profile, incident: Profile, cfg: LinkConfig) -> float:
    if not unit.victims or not incident.victims:
        return 0.0
    if unit.victims & incident.victims:
        return cfg.victim_match
    if any(similar(x, y, 85.0) for x in unit.victims for y in incident.victims):
        return cfg.victim_match
    return cfg.victim_mismatch


def score(unit: Profile, incident: Profile, cfg: LinkConfig) -> float | None:
    """Total evidence that ``unit`` tells of ``incident``; None when they cannot be linked."""
    if not compatible(unit, incident, cfg.date_tolerance_days):
        return None
    total = date_score(unit, incident, cfg)
    total += cfg.same_act if unit.acts & incident.acts else cfg.other_act
    total += set_score(
        unit.places, incident.places, cfg.place_match, cfg.place_mismatch, places=True
    )
    total += set_score(unit.actors, incident.actors, cfg.actor_match, cfg.actor_mismatch)
    total += count_score(unit, incident, cfg)
    total += victim_score(unit, incident, cfg)
    if unit.evidence and incident.evidence:
        ratio = fuzz.token_set_ratio(unit.evidence, incident.evidence)
        total += cfg.evidence_similar if ratio >= cfg.evidence_ratio else 0.0
    return total
