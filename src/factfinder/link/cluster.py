"""Incident linking: group mentions from different sources into incidents.

The algorithm (docs/methodology.md, "Linking"):

1. Existing mentions form their incidents as they are (``mention.incident`` is the incident id);
   pinned mentions are put in the incident the analyst chose.
2. New mentions are grouped into *units*: the mentions of one source that the extractor gave
   the same within-document key (two voices of one incident in one report stay together).
3. Units are taken most precise date first (then by date, then by smallest mention id). Each is
   scored against the incidents found by blocking; it joins the best one scoring at least the
   threshold, unless that would put two different within-document keys of one source, or an
   analyst's cannot-link pair, in one incident. A unit whose date is coarser than a few days
   joins only when its best incident beats the runner-up by a margin (no guessing between two
   equally plausible incidents). Otherwise it founds a new incident.
4. An incident's profile keeps the *intersection* of its members' date windows, so a chain of
   near matches cannot stretch an incident over time.

The work per unit is bounded by the blocking limits, so linking is linear in the mentions.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from factfinder.errors import FactfinderError
from factfinder.link.blocking import BlockIndex
from factfinder.link.features import Profile, add_mention, merge_into
from factfinder.link.score import DAY_SPAN, LinkConfig, score
from factfinder.model import Mention, stable_id

INCIDENT_PREFIX = "inc_"


class LinkError(FactfinderError):
    """Mentions cannot be linked as given (a mention without id, a duplicated id)."""


def incident_id_for(mention_ids: Iterable[str]) -> str:
    """Deterministic id of a new incident: from the smallest id of its founding mentions."""
    return stable_id("incident", min(mention_ids), prefix=INCIDENT_PREFIX)


class _Linker:
    """State of one linking run: incident profiles, their ids and the block index."""

    def __init__(self, mentions: Sequence[Mention], config: LinkConfig) -> None:
        self.mentions = mentions
        self.config = config
        self.incidents: list[Profile] = []
        self.fixed_ids: list[str | None] = []
        self.by_fixed_id: dict[str, int] = {}
        self.assigned: list[int] = [-1] * len(mentions)
        self.forbidden: dict[int, list[int]] = {}
        self.index = BlockIndex()

    def set_cannot_link(self, pairs: Iterable[frozenset[str]], positions: dict[str, int]) -> None:
        for pair in pairs:
            members = [positions[m] for m in pair if m in positions]
            if len(members) == 2:
                a, b = members
                self.forbidden.setdefault(a, []).append(b)
                self.forbidden.setdefault(b, []).append(a)

    def place_fixed(self, position: int, incident_id: str) -> None:
        """Put one mention in the incident with a given id (existing or pinned)."""
        number = self.by_fixed_id.get(incident_id)
        profile = add_mention(None, self.mentions[position], position, None)
        if number is None:
            number = self._found(profile, incident_id)
        else:
            self._join(number, profile)

    def _found(self, profile: Profile, fixed_id: str | None) -> int:
        number = len(self.incidents)
        self.incidents.append(profile)
        self.fixed_ids.append(fixed_id)
        if fixed_id is not None:
            self.by_fixed_id[fixed_id] = number
        for member in profile.members:
            self.assigned[member] = number
        self.index.add(number, profile)
        return number

    def _join(self, number: int, unit: Profile) -> None:
        incident = self.incidents[number]
        before = (incident.window, len(incident.places))
        merge_into(incident, unit)
        for member in unit.members:
            self.assigned[member] = number
        if (incident.window, len(incident.places)) != before:
            self.index.add(number, incident)

    def link_unit(self, unit: Profile) -> None:
        """Join the unit to its best incident, or found a new one."""
        best = self._choose(unit)
        if best is None:
            self._found(unit, None)
        else:
            self._join(best, unit)

    def _choose(self, unit: Profile) -> int | None:
        cfg = self.config
        scored: list[tuple[float, int]] = []
        for number in self._nearest(unit, self._candidates(unit)):
            value = self._score(unit, number)
            if value is not None:
                scored.append((value, -number))
        scored.sort(reverse=True)
        if not scored or scored[0][0] < cfg.threshold:
            return None
        if unit.span > DAY_SPAN and len(scored) > 1 and scored[0][0] - scored[1][0] < cfg.margin:
            return None
        return -scored[0][1]

    def _candidates(self, unit: Profile) -> list[int]:
        """Day-dated and undated units: by time cells (by place when the block overflows).
        Coarser units: by (place word, year) when they name a place; else, or when that finds
        nothing, by time cells only if the block holds few incidents."""
        cfg, index = self.config, self.index
        tolerance = cfg.date_tolerance_days
        if unit.window is None or unit.span <= DAY_SPAN:
            found = index.by_time(unit, tolerance, cfg.max_raw_candidates)
            if found is None:
                found = index.by_place(unit, cfg.max_raw_candidates)
            return found or []
        if unit.places:
            found = index.by_place(unit, cfg.max_raw_candidates)
            if found:
                return found
        return index.by_time(unit, tolerance, cfg.max_unplaced_candidates) or []

    def _nearest(self, unit: Profile, found: list[int]) -> list[int]:
        limit = self.config.max_candidates
        if len(found) <= limit or unit.window is None:
            return found[:limit]
        start = unit.window[0]

        def distance(n: int) -> tuple[int, int]:
            window = self.incidents[n].window
            return (abs(window[0] - start) if window else 1 << 30, n)

        return sorted(found, key=distance)[:limit]

    def _score(self, unit: Profile, number: int) -> float | None:
        incident = self.incidents[number]
        if self._blocked(unit, number, incident):
            return None
        return score(unit, incident, self.config)

    def _blocked(self, unit: Profile, number: int, incident: Profile) -> bool:
        """Constraints: a cannot-link pair, or another within-document key of the same source."""
        for member in unit.members:
            if any(self.assigned[p] == number for p in self.forbidden.get(member, ())):
                return True
        for doc, keys in unit.docs.items():
            theirs = incident.docs.get(doc)
            if theirs and theirs != keys:
                return True
        return False

    def result(self) -> dict[str, str]:
        """Mention id → incident id, for every mention of the run."""
        ids: list[str] = []
        for number, fixed in enumerate(self.fixed_ids):
            if fixed is None:
                members = self.incidents[number].members
                fixed = incident_id_for(str(self.mentions[m].id) for m in members)
            ids.append(fixed)
        return {str(m.id): ids[self.assigned[i]] for i, m in enumerate(self.mentions)}


def _units(linker: _Linker, positions: Sequence[int]) -> list[Profile]:
    """Group new mentions by (source, within-document key); split groups an analyst split."""
    groups: dict[tuple[str, str], list[int]] = {}
    for position in positions:
        mention = linker.mentions[position]
        doc = mention.source_id or mention.doc
        key = mention.incident if mention.incident is not None else f"\0{mention.id}"
        groups.setdefault((doc, key), []).append(position)  # no key: a unit of its own
    units: list[Profile] = []
    for (_, key), unsorted in groups.items():
        members = sorted(unsorted, key=lambda p: str(linker.mentions[p].id))
        split = any(p in linker.forbidden.get(q, ()) for p in members for q in members)
        parts = [[p] for p in members] if split else [members]
        for part in parts:
            unit: Profile | None = None
            for position in part:
                # only a key the extractor gave keeps same-source units apart
                given = None if key.startswith("\0") else key
                unit = add_mention(unit, linker.mentions[position], position, given)
            if unit is not None:
                units.append(unit)
    return units


def _order(linker: _Linker, unit: Profile) -> tuple[int, int, str]:
    start = unit.window[0] if unit.window else 0
    return (unit.span, start, min(str(linker.mentions[m].id) for m in unit.members))


def _check_ids(mentions: Sequence[Mention]) -> dict[str, int]:
    positions: dict[str, int] = {}
    for position, mention in enumerate(mentions):
        if not mention.id:
            raise LinkError(mention.doc, "a mention without id cannot be linked; store it first")
        if mention.id in positions:
            raise LinkError(mention.id, "mention id given twice; pass each mention once")
        positions[mention.id] = position
    return positions


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while linking: the run allocates millions of
    small acyclic objects, and repeated full collections would make it quadratic."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def link_mentions(
    new: Sequence[Mention],
    existing: Sequence[Mention] = (),
    *,
    pinned: Mapping[str, str] | None = None,
    cannot_link: Iterable[frozenset[str]] = (),
    config: LinkConfig | None = None,
) -> dict[str, str]:
    """Link mentions into incidents; returns mention id → incident id for new and existing.

    ``existing`` mentions keep their ``incident`` (an incident id) unless pinned elsewhere;
    for ``new`` mentions ``incident`` is the extractor's within-document key (or None).
    ``pinned`` maps mention ids to the incident id an analyst put them in; ``cannot_link``
    holds pairs of mention ids an analyst split apart. Existing incidents are never merged or
    split here: that is an analyst's decision.
    """
    with _collector_paused():
        return _link(new, existing, pinned or {}, cannot_link, config or LinkConfig())


def _link(
    new: Sequence[Mention],
    existing: Sequence[Mention],
    pinned: Mapping[str, str],
    cannot_link: Iterable[frozenset[str]],
    config: LinkConfig,
) -> dict[str, str]:
    everything = [*existing, *new]
    positions = _check_ids(everything)
    linker = _Linker(everything, config)
    linker.set_cannot_link(cannot_link, positions)
    for mention_id, incident_id in sorted(pinned.items()):
        if mention_id in positions:
            linker.place_fixed(positions[mention_id], incident_id)
    fresh: list[int] = []
    for position, mention in enumerate(everything):
        if mention.id in pinned:
            continue
        if position < len(existing) and mention.incident:
            linker.place_fixed(position, mention.incident)
        else:
            fresh.append(position)
    for unit in sorted(_units(linker, fresh), key=lambda u: _order(linker, u)):
        linker.link_unit(unit)
    return linker.result()
