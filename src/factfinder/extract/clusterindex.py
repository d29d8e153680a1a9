"""The indexes clustering reads as it goes (clusters.py): the dated incidents by year, and the
incidents told in the last paragraphs and at each place, so that a document of thousands of
incidents is clustered in linear time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from factfinder.extract.frames import interval
from factfinder.model import DatePrecision

# the harms an armed assault does: told undated after it, they are its harms
ASSAULTS = frozenset(["attack", "crackdown"])
HARMS = frozenset(["killing", "torture", "destruction", "abduction", "displacement"])


def assault_harms(told: set[str], acts: set[str]) -> bool:
    """One set of acts is an assault and the other its harms."""
    return bool((told & ASSAULTS and acts & HARMS) or (acts & ASSAULTS and told & HARMS))


def elsewhere(mine: set[str], theirs: set[str]) -> bool:
    """Both name places, and none the same: told at another town."""
    return bool(mine and theirs and not mine & theirs)


if TYPE_CHECKING:
    from factfinder.extract.clusters import Cluster
    from factfinder.extract.doc import DateRef
    from factfinder.extract.frames import Frame


class YearIndex:
    """The dated incidents by the years their dates cover (a date over more than a few years
    goes to a list read for every frame): a dated frame reads only the incidents its date
    could match, so a list of thousands of dated killings takes linear time."""

    _SPAN = 5

    def __init__(self) -> None:
        self.years: dict[int, list[Cluster]] = {}
        self.wide: list[Cluster] = []
        self.indexed: dict[int, str] = {}  # cluster number -> the date value it is filed under

    def add(self, c: Cluster) -> None:
        if c.date is None or self.indexed.get(c.number) == c.date.value:
            return
        self.indexed[c.number] = c.date.value
        span = interval(c.date.value, c.date.value_end)
        if span is None or span[1].year - span[0].year > self._SPAN:
            self.wide.append(c)
            return
        for year in range(span[0].year, span[1].year + 1):
            self.years.setdefault(year, []).append(c)

    def near(self, d: DateRef) -> list[Cluster]:
        """The incidents whose date may overlap ``d`` or lie a day from it, in their order."""
        span = interval(d.value, d.value_end)
        if span is None or span[1].year - span[0].year > self._SPAN:
            found = {c.number: c for cs in self.years.values() for c in cs}
        else:
            found = {
                c.number: c
                for year in range(span[0].year - 1, span[1].year + 2)
                for c in self.years.get(year, ())
            }
        found.update((c.number, c) for c in self.wide)
        return [found[n] for n in sorted(found)]


class Recent:
    """The incidents each paragraph told and the incidents of each place, kept as frames are
    added: an undated frame reads the few incidents told in the paragraphs just before it,
    or at its places, not every incident of the document (linear time on a long list)."""

    def __init__(self) -> None:
        self.touches: list[tuple[int, Cluster]] = []  # (paragraph, incident), in text order
        self.by_place: dict[str, list[Cluster]] = {}
        self.placed: dict[int, set[str]] = {}

    def add(self, f: Frame, c: Cluster) -> None:
        self.touches.append((f.paragraph, c))
        known = self.placed.setdefault(c.number, set())
        for name in c.places - known:
            self.by_place.setdefault(name, []).append(c)
            known.add(name)

    def since(self, paragraph: int) -> list[Cluster]:
        """The incidents told at or after ``paragraph``, the last made first."""
        found: dict[int, Cluster] = {}
        for told, c in reversed(self.touches):
            if told < paragraph:
                break
            found[c.number] = c
        return [found[n] for n in sorted(found, reverse=True)]

    def last_told(self, among: list[Cluster]) -> Cluster | None:
        """Of ``among`` (incidents told in the last paragraphs), the incident a frame was last
        added to: found within those paragraphs' touches (linear time)."""
        if not among:
            return None
        numbers = {c.number for c in among}
        for _, c in reversed(self.touches):
            if c.number in numbers:
                return c
        return None

    def at(self, places: set[str]) -> list[Cluster]:
        """The incidents told at any of ``places``, the last made first."""
        found = {c.number: c for name in places for c in self.by_place.get(name, ())}
        return [found[n] for n in sorted(found, reverse=True)]


# The keys an incident is found by: the figures it gives, its sites, its towns and sites, and its
# provinces.
def figures(frames: list[Frame]) -> set[tuple[str, int]]:
    return {
        (q.category, q.count.value)
        for f in frames
        for q in f.quantities
        if q.category and q.count.value is not None and q.count.value > 1 and not q.subset
    }


def sites(frames: list[Frame]) -> set[str]:
    return {p.name for f in frames for p in f.places if p.kind == "site"}


def places_of(frames: list[Frame]) -> set[str]:
    return {p.name for f in frames for p in f.places if p.kind in ("site", "city")}


def provinces(frames: list[Frame]) -> set[str]:
    return {p.name for f in frames for p in f.places if p.kind == "province"}


def near_day(a: DateRef, b: DateRef) -> bool:
    """Two days a day apart at most, both told to the day."""
    if a.precision != DatePrecision.DAY or b.precision != DatePrecision.DAY:
        return False
    ia, ib = interval(a.value, a.value_end), interval(b.value, b.value_end)
    return ia is not None and ib is not None and abs((ia[0] - ib[0]).days) <= 1
