"""Blocking: which incidents a unit is compared with, without comparing everything.

Every incident is indexed under keys made of (country, act family, aggregate or not) and a time
cell chosen by how precise its date window is: one key per day for a window of up to 31 days,
per month for up to 400 days, per year for up to 10 years, and by place when it is undated (or
longer). A unit looks up every cell its own window touches at each of the three levels, so a
year-precision mention meets every incident of that year, while a day-precision one meets only
incidents of neighbouring days and the month and year cells containing it. Each lookup costs a
dict access; the number of lookups is bounded, so linking time grows linearly with mentions.

:func:`block_keys` gives the store the same idea as strings at month grain, to fetch the existing
mentions a new one may join.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factfinder.link.features import Profile, act_families, date_window
from factfinder.link.names import fold_place, place_words
from factfinder.model import Mention

DAY, MONTH, YEAR, PLACE, PLACE_YEAR = 0, 1, 2, 3, 4
_LEVEL_SIZE = 1 << 40  # every cell number (ordinal, month, year, place id × year) fits below
MAX_DAY_LOOKUP = 800  # a window longer than this does not look up day cells
MAX_YEARS = 10
_YEARS = 4096


def _month_number(ordinal: int) -> int:
    day = date.fromordinal(ordinal)
    return day.year * 12 + day.month - 1


def _year_number(ordinal: int) -> int:
    return date.fromordinal(ordinal).year


def _cell(level: int, number: int) -> int:
    return level * _LEVEL_SIZE + number


class BlockIndex:
    """Incident numbers by integer block key; strings are interned to small integers.

    Besides the time cells, every dated incident is filed under (place word, year) cells, so a
    month- or year-precision unit that names a place is compared only with incidents at a
    place sharing a word skeleton with it in the same years (``names.place_words``).
    """

    __slots__ = ("_cells", "_places", "_prefixes")

    def __init__(self) -> None:
        self._cells: dict[int, list[int]] = {}
        self._prefixes: dict[tuple[str, str, bool], int] = {}
        self._places: dict[str, int] = {"": 0}

    def _prefix(self, country: str, family: str, aggregate: bool) -> int:
        key = (country, family, aggregate)
        found = self._prefixes.get(key)
        if found is None:
            found = self._prefixes[key] = len(self._prefixes)
        return found

    def place_id(self, place: str) -> int:
        found = self._places.get(place)
        if found is None:
            found = self._places[place] = len(self._places)
        return found

    def _prefixes_of(self, profile: Profile) -> list[int]:
        base = [self._prefix(profile.country, f, profile.aggregate) for f in profile.families]
        return [p * 8 * _LEVEL_SIZE for p in sorted(base)]

    def add(self, number: int, profile: Profile) -> None:
        """Index incident ``number`` under the cells of its current window and places."""
        cells = [*self._index_cells(profile), *self._place_year_cells(profile)]
        for prefix in self._prefixes_of(profile):
            for cell in cells:
                bucket = self._cells.setdefault(prefix + cell, [])
                if not bucket or bucket[-1] != number:
                    bucket.append(number)

    def _index_cells(self, profile: Profile) -> Iterator[int]:
        span, window = profile.span, profile.window
        if window is None or span > 366 * MAX_YEARS:
            yield from self._place_cells(profile)
        elif span <= 31:
            yield from (_cell(DAY, d) for d in range(window[0], window[1] + 1))
        elif span <= 400:
            yield from self._months(window[0], window[1])
        else:
            yield from self._years(window[0], window[1])

    def _place_cells(self, profile: Profile) -> Iterator[int]:
        places = profile.places or {""}
        yield from (_cell(PLACE, self.place_id(p)) for p in sorted(places))

    def _place_year_cells(self, profile: Profile) -> Iterator[int]:
        window = profile.window
        if window is None or profile.span > 366 * MAX_YEARS or not profile.places:
            return
        words = sorted({w for p in profile.places for w in place_words(p)})
        first = _year_number(window[0])
        years = range(first, min(_year_number(window[1]), first + MAX_YEARS) + 1)
        for word in words:
            base = self.place_id(word) * _YEARS
            yield from (_cell(PLACE_YEAR, base + y) for y in years)

    @staticmethod
    def _months(lo: int, hi: int) -> Iterator[int]:
        first, last = _month_number(lo), _month_number(hi)
        yield from (_cell(MONTH, m) for m in range(first, min(last, first + 130) + 1))

    @staticmethod
    def _years(lo: int, hi: int) -> Iterator[int]:
        first, last = _year_number(lo), _year_number(hi)
        yield from (_cell(YEAR, y) for y in range(first, min(last, first + MAX_YEARS) + 1))

    def _time_cells(self, profile: Profile, tolerance: int) -> Iterator[int]:
        window = profile.window
        if window is None or profile.span > 366 * MAX_YEARS:
            yield from self._place_cells(profile)
            return
        lo, hi = window[0] - tolerance, window[1] + tolerance
        if hi - lo <= MAX_DAY_LOOKUP:
            yield from (_cell(DAY, d) for d in range(lo, hi + 1))
        yield from self._months(lo, hi)
        yield from self._years(lo, hi)

    def _gather(self, profile: Profile, query: list[int], limit: int) -> list[int] | None:
        cells = self._cells
        found: set[int] = set()
        for prefix in self._prefixes_of(profile):
            for cell in query:
                hit = cells.get(prefix + cell)
                if hit is not None:
                    found.update(hit)
            if len(found) > limit:
                return None
        return sorted(found)

    def by_time(self, profile: Profile, tolerance: int, limit: int) -> list[int] | None:
        """Incidents whose time cells meet the unit's window, sorted; None when over ``limit``."""
        return self._gather(profile, list(self._time_cells(profile, tolerance)), limit)

    def by_place(self, profile: Profile, limit: int) -> list[int] | None:
        """Incidents filed under a (place word, year) cell of the unit, sorted."""
        return self._gather(profile, list(self._place_year_cells(profile)), limit)


def block_keys(mention: Mention, *, tolerance: int = 1) -> list[str]:
    """String keys under which the store files a mention, and by which it fetches the existing
    mentions a new one may be linked to (any shared key makes them candidates).

    ``IQ|lethal|one|2013-09`` for each act family and each month the date window touches (a
    year-precision date touches twelve months); ``IR|lethal|one|undated|evin prison`` for an
    undated mention or one whose window is longer than ten years. After fetching, the store
    should pass all mentions of the incidents it found, not only the fetched ones.
    """
    country = (mention.country or "").upper()
    kind = "agg" if mention.aggregate else "one"
    window = date_window(mention.date, mention.date_end)
    if window is None or window[1] - window[0] + 1 > 366 * MAX_YEARS:
        cells = [f"undated|{fold_place(mention.place) if mention.place else ''}"]
    else:
        first = _month_number(window[0] - tolerance)
        last = min(_month_number(window[1] + tolerance), first + 130)
        cells = [f"{m // 12:04d}-{m % 12 + 1:02d}" for m in range(first, last + 1)]
    families = sorted(act_families(mention.acts))
    return [f"{country}|{fam}|{kind}|{cell}" for fam in families for cell in cells]
