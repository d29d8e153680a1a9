"""What the linker compares: date windows, act families and compact profiles of mentions.

A :class:`Profile` summarises one *unit* (the mentions one report gives of one incident, which
always stay together) or one *incident* (the units linked so far). Profiles hold only folded,
comparable values, so a million of them fit in memory.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from factfinder.link.names import fold_actor, fold_place
from factfinder.model import Count, Mention

# Acts that can describe the same real event are put in one family; blocking keys use families,
# so "killing" and "abduction" in one report can meet "killing" alone in another.
ACT_FAMILIES: dict[str, tuple[str, ...]] = {
    "killing": ("lethal",),
    "execution": ("lethal",),
    "attack": ("lethal",),
    "abduction": ("lethal", "liberty"),
    "arrest": ("liberty",),
    "torture": ("liberty",),
    "imprisonment": ("liberty",),
    "death_sentence": ("liberty",),
    "protest": ("protest",),
    "crackdown": ("protest", "lethal"),
    "hunger_strike": ("hunger_strike",),
    "siege": ("harm",),
    "displacement": ("harm",),
    "destruction": ("harm",),
}

EVIDENCE_CHARS = 160  # evidence kept per profile for text similarity


def act_families(acts: Iterable[str]) -> frozenset[str]:
    """The families of a list of act codes (``other`` for an unknown code or no act)."""
    found = {fam for act in acts for fam in ACT_FAMILIES.get(act, ("other",))}
    return frozenset(found or {"other"})


def _bounds(text: str) -> tuple[date, date] | None:
    """First and last day denoted by an ISO date at its precision (``2013``, ``2013-09``, ...)."""
    parts = text.strip().split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None
    return day, day


def date_window(start: str | None, end: str | None) -> tuple[int, int] | None:
    """The window of days (ordinals, inclusive) a mention's date can denote; None if undated.

    A year-precision date covers its whole year, a month its whole month; ``date_end`` extends
    the window to the last day it denotes. A reversed span is read in order.
    """
    if not start:
        return None
    first = _bounds(start)
    if first is None:
        return None
    lo, hi = first[0].toordinal(), first[1].toordinal()
    last = _bounds(end) if end else None
    if last is not None:
        lo, hi = min(lo, last[0].toordinal()), max(hi, last[1].toordinal())
    return lo, hi


def count_interval(count: Count) -> tuple[int, int | None] | None:
    """The values a count allows: exact → (v, v); bounded → (min, max or None for open)."""
    if count.value is not None:
        return count.value, count.value
    if count.min is None and count.max is None:
        return None
    return (count.min if count.min is not None else 0), count.max


@dataclass(slots=True)
class Profile:
    """Comparable summary of a unit or an incident."""

    window: tuple[int, int] | None
    acts: set[str]
    families: frozenset[str]
    country: str
    aggregate: bool
    places: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    counts: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    victims: set[str] = field(default_factory=set)
    evidence: str = ""
    docs: dict[str, set[str]] = field(default_factory=dict)  # doc → within-doc keys
    members: list[int] = field(default_factory=list)  # mention indices

    @property
    def span(self) -> int:
        """Length of the date window in days (a large number when undated)."""
        return 1_000_000 if self.window is None else self.window[1] - self.window[0] + 1


def _merge_interval(
    old: tuple[int, int | None] | None, new: tuple[int, int | None]
) -> tuple[int, int | None]:
    if old is None:
        return new
    high = None if old[1] is None or new[1] is None else max(old[1], new[1])
    return min(old[0], new[0]), high


def _intersect(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None:
        return b
    if b is None:
        return a
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    return (lo, hi) if lo <= hi else a  # contradictory dates inside one unit: keep the first


def add_mention(profile: Profile | None, mention: Mention, index: int, key: str | None) -> Profile:
    """Fold one mention into a profile (a new one when ``profile`` is None)."""
    window = date_window(mention.date, mention.date_end)
    if profile is None:
        profile = Profile(
            window=window,
            acts=set(mention.acts),
            families=act_families(mention.acts),
            country=(mention.country or "").upper(),
            aggregate=mention.aggregate,
            evidence=mention.evidence[:EVIDENCE_CHARS].lower(),
        )
    else:
        profile.window = _intersect(profile.window, window)
        profile.acts.update(mention.acts)
        profile.families = profile.families | act_families(mention.acts)
    absorb_fields(profile, mention)
    doc = mention.source_id or mention.doc
    if key is not None:
        profile.docs.setdefault(doc, set()).add(key)
    profile.members.append(index)
    return profile


def absorb_fields(profile: Profile, mention: Mention) -> None:
    """Add a mention's place, perpetrators, counts and named victims to a profile."""
    if mention.place:
        profile.places.add(fold_place(mention.place))
    profile.actors.update(fold_actor(p) for p in mention.perpetrators if p)
    for category, count in mention.counts.items():
        interval = count_interval(count)
        if interval is not None and not count.vague:
            profile.counts[category] = _merge_interval(profile.counts.get(category), interval)
    profile.victims.update(fold_actor(v) for v in mention.named_victims if v)


def merge_into(target: Profile, unit: Profile) -> None:
    """Fold a unit's profile into an incident's profile (window narrows to the intersection)."""
    target.window = _intersect(target.window, unit.window)
    target.acts |= unit.acts
    target.families = target.families | unit.families
    target.places |= unit.places
    target.actors |= unit.actors
    target.victims |= unit.victims
    for category, interval in unit.counts.items():
        target.counts[category] = _merge_interval(target.counts.get(category), interval)
    for doc, keys in unit.docs.items():
        target.docs.setdefault(doc, set()).update(keys)
    target.members.extend(unit.members)
