"""Number expressions: digits, words, vague quantities and bounds, parsed to :class:`Count`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factfinder.extract.prefilter import lowered_variant
from factfinder.model import Count

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip
# Vague quantities: (min, max) as in model.Count ("dozens" → min 24).
VAGUE = {
    "tens of thousands": (20_000, None), "hundreds of thousands": (200_000, None),
    "thousands": (2000, None), "hundreds": (200, None), "dozens": (24, None),
    "scores": (40, None), "several": (3, None), "a dozen": (12, 12), "a handful": (2, 5),
    # "several hundred" is "hundreds" said of one crowd: the same vague range
    "several hundred": (200, None), "a few hundred": (200, None), "many hundreds": (200, None),
    "several thousand": (2000, None), "a few thousand": (2000, None),
    "many thousands": (2000, None), "several dozen": (24, None), "a few dozen": (24, None),
    "half a dozen": (6, 6), "a score": (20, 20),
}  # fmt: skip

_WORD = "|".join(sorted([*UNITS, *SCALES], key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_BOUND = (
    r"(?P<bound>at least|more than|well over|over|above|in excess of|upwards of|nearly|almost|"
    r"close to|closer to|"
    r"about|around|"
    r"some|approximately|roughly|an estimated|estimated|up to|as many as|fewer than|"
    r"less than|at most|no fewer than|no less than|not fewer than|not less than|no more than|"
    r"not more than|no lower than|not lower than|no higher than|not higher than)\s+"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?(?:\s+(?:million|thousand))?"
_WORDS = rf"(?:a\s+)?(?:{_WORD})(?:(?:\s*-\s*|\s+(?:and\s+)?)(?:{_WORD}))*"
NUMBER = re.compile(
    rf"(?i)(?<![\w.,-])(?:{_BOUND})?(?P<num>{_DIGITS}|{_VAGUE}|{_WORDS})(?![\w]|-(?:year|day|hour|month|week|point))"
)
_SPLIT = re.compile(r"[\s-]+")


@dataclass(frozen=True, slots=True)
class Number:
    start: int
    end: int
    count: Count
    text: str
    named: bool = False  # persons counted by their names ("sentenced A and B to ten years")


def words_to_int(phrase: str) -> int | None:
    """'seventy- eight' → 78, 'one hundred and thirty' → 130, 'a hundred' → 100."""
    total, current, seen = 0, 0, False
    for word in _SPLIT.split(phrase.lower().strip()):
        if word in ("and", "a", ""):
            if word == "a":
                current = max(current, 1)
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_SCALED = re.compile(r"([\d.,]+)\s+(million|thousand)")


def parse_number(raw: str) -> int | None:
    """Digits (with thousands separators or 'million') or words to an integer."""
    text = raw.strip().lower()
    m = None if text.isdigit() else _SCALED.fullmatch(text)  # (digits alone: no scale word)
    if m:
        return int(float(m.group(1).replace(",", "")) * SCALES[m.group(2)])
    if text[:1].isdigit():
        if "." in text:
            return None  # "3.1 The judgment lists", "2.5 per cent": no count of people
        try:
            return int(float(text.replace(",", "")))
        except ValueError:
            return None
    return words_to_int(text)


@lru_cache(maxsize=4096)
def _bounded(value: int, bound: str | None) -> Count:
    """The :class:`Count` of ``value`` under ``bound`` (cached: a Count is immutable and
    building a frozen dataclass costs more than the lookup)."""
    b = (bound or "").lower()
    if b in ("at least", "no fewer than", "no less than", "not fewer than", "not less than",
             "no lower than", "not lower than", "upwards of"):  # fmt: skip
        return Count(min=value)
    if b in ("more than", "well over", "over", "above", "in excess of"):
        return Count(min=value + 1)
    if b in ("up to", "as many as", "at most", "no more than", "not more than", "no higher than",
             "not higher than"):  # fmt: skip
        return Count(min=None, max=value)
    if b in ("fewer than", "less than"):
        return Count(min=None, max=value - 1)
    return Count(value=value)


_NUMBER_LOWERED = lowered_variant(NUMBER)
_VAGUE_COUNTS = {
    phrase: Count(min=lo, max=hi, vague=True) if hi != lo else Count(value=lo)
    for phrase, (lo, hi) in VAGUE.items()
}


def find_numbers(norm: str, start: int, end: int, low: str | None = None) -> list[Number]:
    """Every count-like number in ``norm[start:end]`` with its parsed :class:`Count`;
    ``low``: ``norm`` lower-cased, when the caller has it (faster on ASCII text)."""
    out: list[Number] = []
    if low is not None and _NUMBER_LOWERED is not None and norm.isascii():
        found = _NUMBER_LOWERED.finditer(low, start, end)  # the same spans (prefilter.py)
    else:
        found = NUMBER.finditer(norm, start, end)
    for m in found:
        if out and m.start() < out[-1].end:
            continue  # the second figure of a dashed range, read with the first
        num = m.group("num").lower()
        if num in VAGUE:
            count = _VAGUE_COUNTS[num]
        else:
            value = parse_number(num)
            if value is None:
                continue
            count = _bounded(value, m.group("bound"))
            after = _OR_MORE.match(norm, m.end()) if m.group("bound") is None else None
            if after is not None:  # "26 or more died": at least 26; "ten or fewer": at most
                more = after.group(1).lower() in ("more", "above", "over")
                count = Count(min=value) if more else Count(min=None, max=value)
                out.append(Number(m.start(), after.end(), count, norm[m.start() : after.end()]))
                continue
            tail = _DASH_TAIL.match(norm, m.end()) if num[0].isdigit() else None
            if tail is not None and m.group("bound") is None and not _year_like(num):
                high = parse_number(tail.group(1))  # "150-200 people": one figure, a range
                if high is not None and high > value:
                    count = Count(min=value, max=high)
                    out.append(Number(m.start(), tail.end(), count, norm[m.start() : tail.end()]))
                    continue
        out.append(Number(m.start(), m.end(), count, norm[m.start() : m.end()]))
    return _ranges(norm, out) if len(out) > 1 else out


_OR_MORE = re.compile(r"(?i)\s+or\s+(more|above|over|fewer|less)\b")
# the second figure of a range written with a dash ("150-200", "2,000–3,000"), which the
# number pattern does not start after a hyphen ("F-16", "COVID-19")
_DASH_TAIL = re.compile(r"\s?[-–]\s?(\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,]\d|-)")


def _year_like(num: str) -> bool:
    """'1914' in '1914-1918': years, not a range of people."""
    return len(num) == 4 and num.isdigit() and 1000 <= int(num) <= 2100


# "between 700 and 800", "from 50 to 200", "3,000 to 3,500", "two or three": one figure, a range
_RANGE_JOIN = re.compile(r"(?i)\s*(?:to|-|–)\s*|\s+(?:and|or)\s+")
_RANGE_OPEN = re.compile(r"(?i)\b(?:between|from)\s+$")
# a figure changed, not a range: "the toll rose from 52 to 55", "revised its count from 30 to 45"
_CHANGED = re.compile(
    r"(?i)\b(?:raised|raises|revised|revises|lowered|lowers|rose|risen|rises|climbed|"
    r"increased|jumped|fell|dropped|updated)\b[^.;:]{0,40}?$"
)


def _ranges(norm: str, numbers: list[Number]) -> list[Number]:
    """Two exact figures joined as a range become one :class:`Number` with min and max."""
    out: list[Number] = []
    i = 0
    while i < len(numbers):
        a = numbers[i]
        b = numbers[i + 1] if i + 1 < len(numbers) else None
        if b is not None and a.count.value is not None and b.count.value is not None:
            join = _RANGE_JOIN.fullmatch(norm, a.end, b.start)
            opened = _RANGE_OPEN.search(norm, max(0, a.start - 10), a.start)
            if (
                join is not None
                and opened is not None
                and join.group().strip().lower() == "to"
                and _CHANGED.search(norm, max(0, a.start - 60), opened.start())
            ):
                out.append(b)  # "raised the official toll from 52 to 55": the figure now, 55
                i += 2
                continue
            if (
                join is not None
                and a.count.value < b.count.value
                and (opened is not None or join.group().strip().lower() != "and")
            ):
                count = Count(min=a.count.value, max=b.count.value)
                out.append(Number(a.start, b.end, count, norm[a.start : b.end]))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
