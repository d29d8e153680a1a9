"""Date expressions in English text (Gregorian and Jalali) resolved against a reference date.

``parse_dates`` returns :class:`Found` items: absolute dates, spans, seasons and relative
expressions ("last year", "on Tuesday", "eight years ago on this day", "marks the seventh
anniversary"), each with its precision. No I/O; the Jalali calendar comes from jdatetime.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import jdatetime

from factfinder.extract.datefound import (
    Found,
    jalali_month,
    join_ranges,
    month_of_year_before,
    shift,
    this_of,
    to_the_day,
)
from factfinder.extract.datepatterns import (
    ANCHOR_WORDS,
    GATES,
    HOLIDAYS,
    JALALI,
    MONTHS,
    PATTERNS,
    WEEKDAYS,
    cited_year,
    day_of,
    may_is_month,
    month_number,
    safe_date,
)
from factfinder.extract.numbers import words_to_int
from factfinder.extract.prefilter import may_match, required
from factfinder.extract.scan import lowered
from factfinder.model import DatePrecision

__all__ = ["ANCHOR_WORDS", "JALALI", "MONTHS", "WEEKDAYS", "DateParser", "Found"]


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the spans ``taken``."""
    for s, e in taken:  # noqa: SIM110 - faster than any() on a generator
        if start < e and s < end:
            return True
    return False


_DIGITS = re.compile(r"\d+")
# ("Sunday will", "On Sunday, families will mark": the coming day; not "police said they will")
_FORWARD = re.compile(
    r"\s*(?:marks|will)\b|\s*,\s*(?:(?!(?:said|says|told|announced)\b)[\w'’-]+\s+){1,5}?"
    r"(?:will|are\s+to|is\s+to)\s+(?!have\b)"
)
_FOUR_DIGITS = re.compile(r"\d{4}")


_RECENT_DAYS = 200
_LONG_AGO_YEARS = 5  # an anniversary this far back tells no news of its month
_HISTORY_YEARS = 10  # a story this far back: its yearless days are its own
_THIS_WEEK_DAYS = 7  # ... but for the days of the week of the telling
_RECENT_MONTH_DAYS = 270  # a month without its day: news says "in March" of this year's


_WEEKDAY_LEAD = re.compile(r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


def _past_year(ref: date | None, month: int, day: int = 1) -> int:
    """Year of a year-less month/day: the latest one not after the reference date."""
    if ref is None:
        return 0
    year = ref.year
    candidate = safe_date(year, month, min(day, 28))
    if candidate is not None and candidate > ref:
        year -= 1
    return year


_STORY_DAY = re.compile(r"(?:\bthe|\bthat|\ba|following|same)\s+(?:[a-z]+\s+)?$")
_NO_DAY = re.compile(r"(?i)\s+(?:best|clothes|school|schools)\b")
_COMPILED = [(kind, re.compile(p.pattern.replace("(?i)", ""))) for kind, p in PATTERNS]
# A pattern is not run on a sentence without one of the strings all its matches contain.
_NEEDS = {kind: required(pattern, 32) for kind, pattern in _COMPILED}
# the years of "the 1980s" (""), "the early 1980s", "the mid-1980s", "the late 1980s"
_DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (3, 6), "late": (7, 9)}
# (kind, pattern, its anchor, its pre-filter, its handler's name), in the order they are tried
_TRIED = [(kind, pattern, GATES[kind], _NEEDS[kind], f"_{kind}") for kind, pattern in _COMPILED]


class DateParser:
    """Finds and resolves date expressions in one sentence of lower-cased text."""

    def __init__(
        self,
        ref: date | None,
        context_year: int | None = None,
        story_year: int | None = None,
        earlier_year: int | None = None,
        month_years: dict[int, int] | None = None,
        anniversary_year: int | None = None,
        horizon: date | None = None,
        history_year: int | None = None,
        story_month: str | None = None,
    ) -> None:
        self.ref = ref
        self.story_month = story_month  # the month of the day told just before ("2011-01")
        self.history_year = history_year  # the year the document told most, so far
        self.horizon = horizon  # the latest day a yearless day may be ("on 23 Jun", after 22)
        self.context_year = context_year
        self.story_year = story_year  # the last year stated in the paragraphs before
        self.earlier_year = earlier_year or story_year  # ... or anywhere before
        # the year of the last day told in full in each month ("12 November 1991")
        self.month_years = month_years or {}
        # the year of "Thirty years ago tonight": the story an anniversary piece tells
        self.anniversary_year = anniversary_year
        self._recent = False

    def parse(
        self,
        text: str,
        start: int,
        end: int,
        kinds: set[str] | None = None,
        *,
        folded: bool = False,
    ) -> list[Found]:
        """Dates in ``text[start:end]``; ``kinds``: the anchors present, if known;
        ``folded``: ``text`` is already lower-cased (``scan.lowered``)."""
        if not folded:
            text = lowered(text)
        found: list[Found] = []
        taken: list[tuple[int, int]] = []
        sub = text[start:end]
        self._recent = False  # a month told relative to today in this sentence ("last December")
        for kind, pattern, gate, need, handler in _TRIED:
            if kinds is not None and gate not in kinds:
                continue
            if need is not None and not may_match(need, sub):
                continue
            for m in pattern.finditer(text, start, end):
                m_start, m_end = m.span()
                if taken and _overlaps(taken, m_start, m_end):
                    continue
                item: Found | None = getattr(self, handler)(m)
                if item is not None:
                    item.kind = kind
                    found.append(item)
                    taken.append((m_start, m_end))
        found.sort(key=lambda f: f.start)
        month_of_year_before(text, found)  # "Two years ago, in May": that May
        if "to the day" in sub or "exactly" in sub or "precisely" in sub:
            to_the_day(text, found, self.ref)
        if any(f.kind == "running" for f in found):
            # "today for the 12th day running": the event began on the computed day
            found = [f for f in found if not (f.kind == "deictic" and f.relative)]
        return join_ranges(text, found)

    def _pick_year(self, raw: str | None, month: int, day: int | None = None) -> int | None:
        if raw:
            low = raw.lower()
            if low == "this year":
                return self.ref.year if self.ref else None
            if low == "last year":
                return self.ref.year - 1 if self.ref else None
            return int(raw)
        if self.context_year:
            return self.context_year
        if (
            self.anniversary_year
            and day
            and not self._recent
            and self.month_years.get(month) == self.anniversary_year
            and self.ref is not None
            and self.ref.year - self.anniversary_year >= _LONG_AGO_YEARS
        ):
            # "A week before the massacre, on 15 August", in a piece told "fifty years ago
            # today, on 22 August 1972": a day of the story's month, not of this August (but
            # "On 16 May", a year after a march of 30 May 2018, may well be this May's)
            return self.anniversary_year
        year = _past_year(self.horizon or self.ref, month, day or 1)
        if self.anniversary_year == year and self.ref is not None and year < self.ref.year:
            return year  # ("A year ago today ...", then "On March 14": the story's year)
        if self.anniversary_year and self.story_year and not day and not self._recent:
            # "In January the Guard arrested Mother Jones", in a piece told "a hundred and ten
            # years ago this month": a month of the story, not of the year of the telling
            return self.story_year
        told = safe_date(year, month, min(day or 1, 28)) if year and self.ref else None
        if told is None or self.ref is None:
            return year or None
        story = self.story_year or self.anniversary_year
        if story and story != year and abs((self.ref - told).days) <= 1:
            # an anniversary piece published on 20 November telling "on 20 November" after
            # "18 November 1991": the day of the story, not the day of the telling
            return story
        # news names a recent day without its year; a day most of a year back, after a story
        # set in another year ("the second of February" in a testimony of 1983), is a day of
        # that story ("in March", a month without a day, is this year's as news tells it)
        # ("13 Nov" in a register of the victims of "12 November 1991" is of that November,
        # though "in 2005" was told in between)
        # (and "arrested in early July", told in June after a story of 1989, is that July:
        # news would say "last July" of a month nearly a year back)
        if self.story_year and self.story_year != year and (
            self.month_years.get(month) == self.story_year
            or (self.ref.year - self.story_year > 1 and self.story_year in (
                self.month_years.get(month - 1), self.month_years.get(month - 2)))
        ):  # fmt: skip
            # "Two days later, on 17 February", after "on the night of 15 February 2011" in
            # the paragraph before: the story's February, though this year's is recent ("On 4
            # October", after "in mid-September 1976", in a piece told years later: the story's
            # October; "in March", after February of last year, is this year's as news tells it)
            return self.story_year
        if (
            day
            and self.story_month is not None
            and int(self.story_month[5:7]) == month
            and int(self.story_month[:4]) < year
        ):
            # "between Jan. 8 and 12", told just after "on Monday, Jan. 10" of a January three
            # years back: the days of the month the story is in, not of this year's
            return int(self.story_month[:4])
        earlier = self.month_years.get(month, self.earlier_year or self.anniversary_year)
        back = (self.ref - told).days
        if earlier and earlier < year and back > (_RECENT_DAYS if day else _RECENT_MONTH_DAYS):
            return earlier
        history = self.history_year
        if (
            day
            and not self._recent
            and history
            and self.ref.year - history >= _HISTORY_YEARS
            and (back > _THIS_WEEK_DAYS or self.month_years.get(month) == history)
        ):
            # "a month earlier, on 31 March, Italian aircraft had bombed Durango", told after
            # the bombing of 26 April 1937 in a catalogue of 2017: a day of the story's time
            # (the year the document has told most; "6 July", in findings published on 7 July
            # 2013 on the shootings of July 1998, is of that July)
            return history
        return year

    def _day_found(self, m: re.Match[str], y: int | None, mo: int, d: int | None) -> Found | None:
        if y is None or d is None:
            return None
        day = safe_date(y, mo, d)
        if day is None:
            return None
        return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY)

    def _jalali(self, m: re.Match[str]) -> Found | None:
        g = m.groupdict()
        if g["m4"]:
            return jalali_month(m, int(g["y4"]), JALALI[g["m4"].lower()])
        y, mo, d = (
            (g["y"] or g["y2"] or g["y3"]),
            (g["m"] or g["m2"] or g["m3"]),
            (g["d"] or g["d2"] or g["d3"]),
        )
        month = int(mo) if mo.isdigit() else JALALI[mo.lower()]
        try:
            day = jdatetime.date(int(y), month, int(d)).togregorian()
            first = jdatetime.date(int(y), month, int(g["d0"])).togregorian() if g["d0"] else None
        except ValueError:
            return None
        if first is not None and first < day:  # "from 24 to 27 Aban 1398"
            return Found(m.start(), m.end(), first.isoformat(), DatePrecision.DAY, day.isoformat())
        return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY)

    def _iso(self, m: re.Match[str]) -> Found | None:
        return self._day_found(m, int(m["y"]), int(m["m"]), int(m["d"]))

    def _dmy_num(self, m: re.Match[str]) -> Found | None:
        d, mo = int(m["d"]), int(m["m"])
        if mo > 12 and d <= 12:
            d, mo = mo, d
        return self._day_found(m, int(m["y"]), mo, d) if 1 <= mo <= 12 else None

    def _span(self, m: re.Match[str]) -> Found | None:
        mo = month_number(m["m"])
        d, d_end = day_of(m["d"]), day_of(m["d_end"])
        y = self._pick_year(m["y"], mo, d)
        if y is None or d is None or d_end is None or d_end <= d:
            return None
        first, last = safe_date(y, mo, d), safe_date(y, mo, d_end)
        if first is None or last is None:
            return None
        return Found(m.start(), m.end(), first.isoformat(), DatePrecision.DAY, last.isoformat())

    _mdd = _span
    _ddm = _span

    def _md(self, m: re.Match[str]) -> Found | None:
        mo, d = month_number(m["m"]), day_of(m["d"])
        if d is None or not 1 <= d <= 31:
            return None
        if m["m"].lower() == "may" and not m["y"] and not may_is_month(m):
            return None
        year = self._pick_year(m["y"], mo, d)
        named = _WEEKDAY_LEAD.match(m.group())
        if named and not m["y"] and year is not None:
            year = self._weekday_year(year, mo, d, WEEKDAYS[named[1]])
        return self._day_found(m, year, mo, d)

    def _weekday_year(self, year: int, mo: int, d: int, weekday: int) -> int:
        """ "Thursday, 17 December", told without its year: of the story's year when the day
        falls on that weekday there and not in the year news would give it."""
        day = safe_date(year, mo, d)
        if day is None or day.weekday() == weekday:
            return year
        for other in (self.month_years.get(mo), self.story_year, self.earlier_year,
                      self.anniversary_year):  # fmt: skip
            told = safe_date(other, mo, d) if other else None
            if told is not None and told.weekday() == weekday:
                return told.year
        return year

    _dm = _md

    def _holiday(self, m: re.Match[str]) -> Found | None:
        mo, d = HOLIDAYS[" ".join(m["h"].lower().split())]
        return self._day_found(m, self._pick_year(m["y"], mo, d), mo, d)

    def _my(self, m: re.Match[str]) -> Found | None:
        mo = month_number(m["m"])
        y = self._pick_year(m["y"], mo)
        if y is None:
            return None
        return Found(m.start(), m.end(), f"{y:04d}-{mo:02d}", DatePrecision.MONTH)

    def _month(self, m: re.Match[str]) -> Found | None:
        raw = m["m"] or m["m2"]
        if raw.lower().rstrip(".") == "may" and not m["rel"] and not m["m2"]:
            return None
        mo = month_number(raw)
        y = self._pick_year(None, mo)
        if m["rel"] and m["rel"].lower() == "this" and self.ref:
            y = self.ref.year
        elif m["rel"] and m["rel"].lower() in ("last", "past") and self.ref:
            # "last June", said in June or before: the June of the year before
            y = self.ref.year - (1 if mo >= self.ref.month else 0)
        self._recent = self._recent or bool(m["rel"])
        if y is None:
            return None
        return Found(m.start(), m.end(), f"{y:04d}-{mo:02d}", DatePrecision.MONTH, relative=True)

    def _yspan(self, m: re.Match[str]) -> Found | None:
        if m["dec"]:
            if m.string.endswith(("since the ", "since "), 0, m.start()):
                return None  # "has lived abroad since the 1970s": how long, not when
            first, last = _DECADE_PARTS[(m["dpart"] or "").lower()]
            decade = int(m["dec"])
            return Found(m.start(), m.end(), str(decade + first), DatePrecision.RANGE,
                         str(decade + last))  # fmt: skip
        y, y_end = m["y"] or m["y2"], m["y_end"] or m["y2_end"]
        if int(y_end) <= int(y):
            return None
        return Found(m.start(), m.end(), y, DatePrecision.RANGE, y_end)

    def _mspan(self, m: re.Match[str]) -> Found | None:
        """'between January and May 2009', 'from March 2011 to August 2013'."""
        mo, mo_end = month_number(m["m"]), month_number(m["m_end"])
        y_end = self._pick_year(m["y"], mo_end)
        if y_end is None:
            return None
        y = int(m["y0"]) if m["y0"] else (y_end if mo <= mo_end else y_end - 1)
        if (y, mo) >= (y_end, mo_end):
            return None
        first, last = f"{y:04d}-{mo:02d}", f"{y_end:04d}-{mo_end:02d}"
        return Found(m.start(), m.end(), first, DatePrecision.RANGE, last)

    def _running(self, m: re.Match[str]) -> Found | None:
        """'for the 12th day running' (on the reference day): began N - 1 days before."""
        raw = m["n"].lower().replace("-", "")
        digits = _DIGITS.match(raw)
        n = int(digits.group()) if digits else day_of(raw)
        if self.ref is None or not n or n > 400:
            return None
        day = self.ref - timedelta(days=n - 1)
        return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)

    def _year(self, m: re.Match[str]) -> Found | None:
        if cited_year(m.string, m.start(), m.end()):
            return None
        return Found(m.start(), m.end(), m["y"], DatePrecision.YEAR)

    def _ago(self, m: re.Match[str]) -> Found | None:
        if self.ref is None:
            return None
        raw = (m["n"] or m["n2"] or "").lower()
        n = 1 if raw in ("a", "one") else (int(raw) if raw.isdigit() else words_to_int(raw))
        if n is None:
            return None
        unit = (m["unit"] or "years").lower().rstrip("s")
        if m["mon"] and unit == "year" and not m["today"]:
            year, month = self.ref.year - n, month_number(m["mon"])
            return Found(m.start(), m.end(), f"{year:04d}-{month:02d}", DatePrecision.MONTH,
                         relative=True)  # fmt: skip
        if m["this"] and unit == "year" and not m["today"]:
            return this_of(m, self.ref, n)
        if m["wday"] and unit == "year" and not m["today"] and not m["this"]:
            # "Seventy-five years ago this Sunday", told on a Friday: that Sunday's date, so
            # many years back
            gap = (WEEKDAYS[m["wday"].lower()] - self.ref.weekday()) % 7
            day = self.ref + timedelta(days=gap)
            back = safe_date(day.year - n, day.month, day.day) or date(day.year - n, day.month, 28)
            return Found(m.start(), m.end(), back.isoformat(), DatePrecision.DAY, relative=True)
        on_day = bool(m["today"]) or bool(m["n2"]) or bool(m["to_day"]) or bool(m["after"])
        return shift(m, self.ref, unit, n, on_day)

    def _deictic(self, m: re.Match[str]) -> Found | None:
        if self.ref is None:
            return None
        ref = self.ref
        word = (m["word"] or "").lower()
        if word.endswith("weekend"):  # "at the weekend": the last Saturday and Sunday
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
            return Found(
                m.start(), m.end(), saturday.isoformat(), DatePrecision.RANGE,
                (saturday + timedelta(days=1)).isoformat(), relative=True,
            )  # fmt: skip
        if word:
            back = {"yesterday": 1, "last night": 1, "the day before yesterday": 2,
                    "tomorrow": -1}.get(word, 0)  # fmt: skip
            day = ref - timedelta(days=back)
            return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)
        rel, unit = m["rel"].lower(), m["unit"].lower()
        back = 1 if rel in ("last", "past") else (-1 if rel == "next" else 0)
        if unit == "year":
            return Found(
                m.start(), m.end(), str(ref.year - back), DatePrecision.YEAR, relative=True
            )
        if unit == "month":
            y, mo = divmod(ref.year * 12 + ref.month - 1 - back, 12)
            return Found(
                m.start(), m.end(), f"{y:04d}-{mo + 1:02d}", DatePrecision.MONTH, relative=True
            )
        if unit == "weekend" and back == 1:  # "last weekend", told on a Monday: the Saturday
            saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)  # and Sunday before
            if ref.weekday() == 6:
                saturday -= timedelta(days=7)  # (told on a Sunday: the weekend before)
            return Found(
                m.start(), m.end(), saturday.isoformat(), DatePrecision.RANGE,
                (saturday + timedelta(days=1)).isoformat(), relative=True,
            )  # fmt: skip
        monday = ref - timedelta(days=ref.weekday() + 7 * back)
        return Found(
            m.start(), m.end(), monday.isoformat(), DatePrecision.RANGE,
            (monday + timedelta(days=6)).isoformat(), relative=True,
        )  # fmt: skip

    def _weekday(self, m: re.Match[str]) -> Found | None:
        if self.ref is None:
            return None
        rel = (m["rel"] or "").lower()
        if not rel and _STORY_DAY.search(m.string[: m.start()][-24:]):
            return None  # "on the Friday", "that Sunday": a day of the story, not of the telling
        if not rel and _NO_DAY.match(m.string, m.end()):
            return None  # "Many wore their Sunday best", "Sunday school": no day at all
        target = WEEKDAYS[m["wd"].lower()]
        if m["week"]:  # "on Wednesday last week": that day of the week before the telling's
            back = {"last": 1, "this": 0, "next": -1}[m["week"].lower()]
            day = self.ref - timedelta(days=self.ref.weekday() + 7 * back - target)
            return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)
        following = m.string[m.end() : m.end() + 60].lower()
        forward = rel == "next" or bool(_FORWARD.match(following))
        if forward:
            day = self.ref + timedelta(days=(target - self.ref.weekday()) % 7)
        else:
            back = (self.ref.weekday() - target) % 7
            day = self.ref - timedelta(days=back + (7 if rel == "last" and back == 0 else 0))
        return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)

    def _anniversary(self, m: re.Match[str]) -> Found | None:
        if m["n2"]:  # "marks fifty-three years since"
            words = m["n2"].lower()
            n = int(words) if words.isdigit() else words_to_int(words)
            return (
                Found(m.start(), m.end(), str(n), DatePrecision.UNKNOWN, relative=True)
                if n
                else None
            )
        raw = m["n"].lower().replace("-", "")
        digits = _DIGITS.match(raw)
        n = int(digits.group()) if digits else day_of(raw)
        if not n:
            return None
        return Found(m.start(), m.end(), str(n), DatePrecision.UNKNOWN, relative=True)
