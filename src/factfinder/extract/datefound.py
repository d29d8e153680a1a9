"""The dates found in a text (:class:`Found`) and what joins or shifts them: spans told as
"from 21 June to 21 July" or "between 30 December and 2 January", "N years ago this month",
"thirteen years to the day after". datetext.py finds them.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

import jdatetime

from factfinder.extract.datepatterns import safe_date
from factfinder.extract.numbers import words_to_int
from factfinder.model import DatePrecision

_FOUR_DIGITS = re.compile(r"\d{4}")


@dataclass(slots=True)
class Found:
    start: int
    end: int
    value: str
    precision: DatePrecision
    value_end: str | None = None
    relative: bool = False
    kind: str = ""


def to_the_day(text: str, found: list[Found], ref: date | None) -> None:
    """'went on trial on Wednesday, thirteen years to the day after ...': so many years before
    the day the sentence told first, not before the day of publication."""
    for i, f in enumerate(found):
        if f.kind != "ago" or ref is None or not told_to_the_day(text[f.start : f.end]):
            continue
        told = [g for g in found[:i] if g.precision == DatePrecision.DAY and g.kind != "ago"]
        if not told:
            continue
        anchor = date.fromisoformat(told[-1].value)
        years = ref.year - int(f.value[:4])
        day = safe_date(anchor.year - years, anchor.month, anchor.day)
        if day is not None:
            f.value = day.isoformat()


def told_to_the_day(told: str) -> bool:
    """ "thirteen years to the day after", "exactly eight years after": counted back from the
    day told before it, not from the publication."""
    return "to the day" in told or told.endswith("after")


def this_of(m: re.Match[str], ref: date, n: int) -> Found:
    """ "Forty years ago this month": that month, so many years back; "... this week": the
    days within three of the publication day, so many years back (an anniversary piece runs in
    the week of the day, before or after it)."""
    day = safe_date(ref.year - n, ref.month, ref.day) or date(ref.year - n, ref.month, 28)
    if m["this"].lower() == "month":
        return Found(m.start(), m.end(), f"{day.year:04d}-{day.month:02d}", DatePrecision.MONTH,
                     relative=True)  # fmt: skip
    return Found(
        m.start(), m.end(), (day - timedelta(days=3)).isoformat(), DatePrecision.RANGE,
        (day + timedelta(days=3)).isoformat(), relative=True,
    )  # fmt: skip


def shift(m: re.Match[str], ref: date, unit: str, n: int, on_day: bool) -> Found:
    if unit == "year":
        day = safe_date(ref.year - n, ref.month, ref.day) or date(ref.year - n, ref.month, 28)
        if on_day:
            return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)
        return Found(m.start(), m.end(), str(day.year), DatePrecision.YEAR, relative=True)
    if unit == "month":
        y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return Found(
            m.start(), m.end(), f"{y:04d}-{mo + 1:02d}", DatePrecision.MONTH, relative=True
        )
    days = n * (7 if unit == "week" else 1)
    day = ref - timedelta(days=days)
    return Found(m.start(), m.end(), day.isoformat(), DatePrecision.DAY, relative=True)


_RANGE_GAP = re.compile(r"(?i)^\s*(?:to|until|till|through|and|-)\s*$")
_RANGE_LEAD = re.compile(r"(?i)(?:from|between|period of)\s*$")


def join_ranges(text: str, found: list[Found]) -> list[Found]:
    """'from 21 June to 21 July', 'June 22 to July 22, 2019' → one range."""
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and a.precision == b.precision == DatePrecision.DAY
            and _RANGE_GAP.match(text[a.end : b.start])
            and _RANGE_LEAD.search(text[max(0, a.start - 12) : a.start])
        ):
            start = a.value
            if a.value[:4] != b.value[:4] and not _FOUR_DIGITS.search(text, a.start, a.end):
                # (across a new year, "between 30 December and 2 January": the year before)
                turn = a.value[5:7] > b.value[5:7]
                start = f"{int(b.value[:4]) - turn:04d}" + a.value[4:]
            out.append(Found(a.start, b.end, start, DatePrecision.RANGE, b.value, kind="range"))
            i += 2
            continue
        if (
            b is not None
            and a.precision == DatePrecision.DAY
            and b.precision == DatePrecision.MONTH
            and text[b.start : b.end].lower().lstrip().startswith(("the end of", "end of"))
            and _RANGE_GAP.match(text[a.end : b.start])
            and _RANGE_LEAD.search(text[max(0, a.start - 12) : a.start])
        ):  # "from 26 April to the end of May"
            year, month = int(b.value[:4]), int(b.value[5:7])
            last = f"{b.value[:7]}-{monthrange(year, month)[1]:02d}"
            out.append(Found(a.start, b.end, a.value, DatePrecision.RANGE, last, kind="range"))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_YEAR_GAP = re.compile(r"\s*,?\s*(?:in|on|and\s+in)?\s*(?:the\s+)?")
_FOUR_DIGITS = re.compile(r"\d{4}")


def month_of_year_before(text: str, found: list[Found]) -> None:
    """ "Two years ago, in May, a police raid killed 28", "Last year, on 3 March": a month or
    day told without its year right after a year is of that year, not of the telling's."""
    for a, b in pairwise(found):
        if (
            a.precision != DatePrecision.YEAR
            or b.precision not in (DatePrecision.MONTH, DatePrecision.DAY)
            or b.value[:4] == a.value[:4]
            or b.value_end is not None
            or _FOUR_DIGITS.search(text, b.start, b.end)
            or not _YEAR_GAP.fullmatch(text, a.end, b.start)
        ):
            continue
        moved = safe_date(int(a.value[:4]), int(b.value[5:7]), int(b.value[8:10] or 1))
        if moved is None:
            continue
        b.value = moved.isoformat()[: len(b.value)]


EXPLICIT_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def same_day_year(
    norm: str, found: list[Found], days: dict[str, str], published: date | None
) -> None:
    """A day and month without a year ("the September 1st attack") that the report gave
    earlier with its year ("On 1 September 2013", "25 years ago today") takes that year; the
    day of publication (a dateline) is no such earlier telling."""
    today = published.isoformat() if published else None
    for f in found:
        told = f.kind == "ago" and f.precision == DatePrecision.DAY
        if not told and (
            f.kind not in ("md", "dm", "mdd", "ddm") or f.precision != DatePrecision.DAY
        ):
            continue
        if told or EXPLICIT_YEAR.search(norm, f.start, f.end):
            if f.value != today:
                # (a day told in full in two years, "On 6 July 2013, fifteen years to the day
                # after 6 July 1998": which one "6 July" means, the day alone cannot tell)
                first = days.setdefault(f.value[5:], f.value[:4])
                if first != f.value[:4]:
                    days[f.value[5:]] = ""
            continue
        year = days.get(f.value[5:], "")
        if year and year != f.value[:4] and f.value_end is None:
            f.value = f"{year}-{f.value[5:]}"


# counted units of time ("two days later", "five months later": dateadjust.py and below)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "Five months later soldiers opened fire on a march", "a year earlier"
_LONG_LATER = re.compile(
    r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>months?|years?|decades?)\s+(?:later|afterwards|after\s+that|(?P<earlier>earlier))\b"
    # "The following year they killed 20 more", "the previous month"
    r"|\bthe\s+(?:following|next|subsequent|(?P<prev>previous|preceding))\s+"
    r"(?P<unit1>year|month)\b"
)
# "the curfew that had been imposed twelve days earlier": the day of another event
OTHERS_DAY = re.compile(r"\b(?:that|which|who|whom)\b|\bof\s+$")


def long_later(low: str, start: int, end: int, found: list[Found], last: str | None) -> list[Found]:
    """Months or years counted from the date told before ("in August 1971 [...] Five months
    later"): the sentence's own last date before the phrase, else ``last``, the last date the
    report told. A month is counted from a month or a day (the month is told), a year from
    any date (the year is told)."""
    out: list[Found] = []
    for m in _LONG_LATER.finditer(low, start, end):
        told = [f for f in found if f.end <= m.start() and not f.relative]
        base = told[-1].value if told else last
        if base is None or any(f.start >= m.end() and not f.relative for f in found):
            continue  # ("a year later, on 3 May 1999": its own date)
        clause = low[max(start, m.start() - 80) : m.start()]
        if OTHERS_DAY.search(clause[max(clause.rfind(","), clause.rfind(";")) + 1 :]):
            continue  # "the curfew that had been imposed two months earlier"
        unit = m["unit"] or m["unit1"]
        n = 1 if m["unit1"] else int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
        n = -n if m["earlier"] or m["prev"] else n
        if unit.startswith("decade"):
            unit, n = "year", n * 10
        if unit.startswith("month"):
            if len(base) < 7:
                continue
            months = int(base[:4]) * 12 + int(base[5:7]) - 1 + n
            value, precision = f"{months // 12:04d}-{months % 12 + 1:02d}", DatePrecision.MONTH
        else:
            value, precision = f"{int(base[:4]) + n:04d}", DatePrecision.YEAR
        out.append(Found(m.start(), m.end(), value, precision, relative=True, kind="later"))
    return out


# "Since the Hamas-led attack of 7 October, survivors say": a day that a time runs from to
# the telling is within the year before it, whatever year the story is about
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,4}$")


def since_recent(norm: str, found: list[Found], published: date | None) -> None:
    """A day and month without a year after "since" takes the latest year that puts it on or
    before the day of publication."""
    if published is None:
        return
    for f in found:
        if f.kind not in ("md", "dm") or f.precision != DatePrecision.DAY or f.value_end:
            continue
        if EXPLICIT_YEAR.search(norm, f.start, f.end) or not _SINCE_BEFORE.search(
            norm, max(0, f.start - 50), f.start
        ):
            continue
        month, day = int(f.value[5:7]), int(f.value[8:10])
        year = (
            published.year
            if (month, day) <= (published.month, published.day)
            else (published.year - 1)
        )
        if safe_date(year, month, day) is not None:  # (not 29 February of a common year)
            f.value = f"{year:04d}-{month:02d}-{day:02d}"


# "Twenty-three years after six Dalits were killed in Karamchedu, the Supreme Court on Friday
# ...": the act of the opening clause so many years before the date the main clause tells
_YEARS_AFTER_LEAD = re.compile(
    r"\W*(?P<n>\d{1,3}|(?:[a-z]+-)?[a-z]+)\s+years\s+(?:to\s+the\s+day\s+)?after\s"
)


def years_after_lead(low: str, start: int, found: list[Found]) -> list[Found]:
    """The year of the act an opening "N years after" clause tells, counted back from the
    sentence's first date after that clause (none when the clause is all the sentence has)."""
    m = _YEARS_AFTER_LEAD.match(low, start)
    if m is None:
        return []
    n = int(m["n"]) if m["n"].isdigit() else words_to_int(m["n"])
    after = [f for f in found if f.start >= m.end()]
    if not n or not after or any(f.start < m.end() for f in found):
        return []
    year = int(after[0].value[:4]) - n
    return [Found(m.start("n"), m.end(), f"{year:04d}", DatePrecision.YEAR, relative=True)]


def jalali_month(m: re.Match[str], year: int, month: int) -> Found | None:
    """A Jalali month: the span of its Gregorian days (Dey 1398 = 2019-12-22 .. 2020-01-20)."""
    try:
        first = jdatetime.date(year, month, 1)
        after = jdatetime.date(year + (month == 12), month % 12 + 1, 1)
    except ValueError:
        return None
    last = after.togregorian() - timedelta(days=1)
    return Found(
        m.start(), m.end(), first.togregorian().isoformat(), DatePrecision.RANGE, last.isoformat()
    )
