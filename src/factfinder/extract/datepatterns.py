"""The words and patterns of English and Jalali date expressions (datetext.py reads them).

Month, Jalali month and weekday names, and one compiled pattern per kind of expression, in
the order the parser tries them.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from factfinder.extract.numbers import ORDINALS, UNITS

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
JALALI = {
    "farvardin": 1, "ordibehesht": 2, "khordad": 3, "tir": 4, "mordad": 5, "amordad": 5,
    "shahrivar": 6, "mehr": 7, "aban": 8, "azar": 9, "dey": 10, "day": 10, "bahman": 11,
    "esfand": 12, "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5,
    "امرداد": 5, "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
# the whole names of the months and the days of the week ("december", "monday")
CALENDAR_NAMES = frozenset([*(m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")),
                            *WEEKDAYS])  # fmt: skip

MONTH_WORDS = _MON = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_JMON = "|".join(sorted((k for k in JALALI if k != "day"), key=len, reverse=True))
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DAY = rf"(?:[0-3]?\d(?:st|nd|rd|th)?|(?:twenty|thirty)-?(?:{_ORD})|{_ORD})"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_NUMW = "|".join(sorted(UNITS, key=len, reverse=True))

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "jalali",
        re.compile(
            rf"(?i)\b(?:(?P<d0>\d{{1,2}})\s*(?:to|-|–|and|until|تا)\s*)?"
            rf"(?P<d>\d{{1,2}})\s+(?P<m>{_JMON})\s*,?\s*(?P<y>1[34]\d\d)\b"
            rf"|\b(?P<m2>{_JMON})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>1[34]\d\d)\b"
            r"|\b(?P<y3>1[34]\d\d)/(?P<m3>\d{1,2})/(?P<d3>\d{1,2})\b"
            # "arrested in Dey 1398": a Jalali month of a year, a span of Gregorian days
            rf"|\b(?P<m4>{_JMON})\s+(?P<y4>1[34]\d\d)\b"
        ),
    ),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "mdd",
        re.compile(
            rf"(?i)\b(?:{_WD},?\s+)?(?P<m>{_MON})\s+(?P<d>{_DAY})\s*(?:and|&|-|to)\s*"
            rf"(?P<d_end>{_DAY})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "ddm",
        re.compile(
            # ("between Wednesday 5 and Thursday 6 December 1928": each day with its weekday)
            rf"(?i)\b(?:{_WD},?\s+)?(?P<d>{_DAY})\s*(?:(?:and|&|-|to)\s*|(?:and|to)\s+{_WD},?\s+)"
            rf"(?P<d_end>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "mspan",
        re.compile(
            rf"(?i)\b(?:between|from)\s+(?:(?:early|mid|late)[\s-]+)?(?P<m>{_MON})"
            rf"(?:,?\s+(?P<y0>{_YEAR}))?\s+(?:and|to|until|through|-)\s+"
            rf"(?:(?:early|mid|late)[\s-]+)?(?P<m_end>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "md",
        re.compile(
            rf"(?i)\b(?:{_WD},?\s+)?(?P<m>{_MON})\s+(?P<d>{_DAY})(?![\d:])(?:,?\s*(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "dm",
        re.compile(
            rf"(?i)\b(?:{_WD},?\s+)?(?:the\s+)?(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{_MON})"
            rf"(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    # the holidays of a fixed day: "on Christmas Eve 2006", "on New Year's Day"
    (
        "holiday",
        re.compile(
            # ("a Christmas post", "the Christmas market": a noun's modifier, no day)
            r"(?i)\b(?P<h>christmas\s+eve|christmas\s+day|(?<!\ba )(?<!\ban )(?<!\bthe )"
            r"(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bour )christmas|boxing\s+day|"
            r"new\s+year'?s\s+eve|new\s+year'?s\s+day|may\s+day)(?:,?\s+(?P<y>"
            rf"{_YEAR}))?\b"
        ),
    ),
    (
        "my",
        re.compile(
            rf"(?i)\b(?:(?P<part>early|mid|late|the end of|the beginning of)[\s-]+)?(?P<m>{_MON})"
            rf"(?:\s+of)?,?\s+(?P<y>{_YEAR}|this year|last year)\b"
        ),
    ),
    # (before "month": "six years ago this October" is one month)
    (
        "ago",
        re.compile(
            # "a hundred years ago today", "one hundred and fifty years ago"
            # ("exactly eight years after soldiers opened fire": so many years before the day
            # told just before, as "to the day after")
            rf"(?i)\b(?:(?P<exact>exactly|precisely)\s+)?(?P<n>\d+|(?:a|one)\s+hundred(?:\s+(?:and\s+)?(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))?)?|"
            rf"(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))?|a|one)\s+"
            # "seventy-five years to the day after he was hanged": that day, so many years back
            r"(?P<unit>years?|months?|weeks?|days?)\s+(?:ago|(?P<to_day>to\s+the\s+day\s+"
            # (not "exactly two years after the first massacre": a noun, the event named)
            r"(?:after|since))|(?(exact)(?P<after>after)(?!\s+(?:the|a|an|this|that|its|his|"
            r"her|their)\b)|(?!)))"
            r"(?P<today>\s+(?:on\s+this\s+(?:day|night|date)|today|tonight|this\s+(?:morning|night)))?"
            # "six years ago this October": that month, so many years back
            rf"(?:,?\s+(?:this|last)\s+(?P<mon>{_MON}))?"
            # "forty years ago this month", "ten years ago this week"
            r"(?:,?\s+this\s+(?P<this>month|week))?"
            # "seventy-five years ago this Sunday": that weekday's day, so many years back
            # (not "ago next Thursday", "ago last Saturday": the anniversary, told as such)
            r"(?:\s+this\s+(?P<wday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\b"
            r"|\bon\s+this\s+day,?\s+(?P<n2>\d+|[a-z]+)\s+years\s+ago\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?i)\b(?:(?P<rel>last|this|past)\s+|(?P<part>early|mid|late)[\s-]+)(?P<m>{_MON})\b"
            rf"|\b(?:in|since|during|until|by|throughout|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
            # "by the first days of October", "in the last week of May"
            r"the\s+(?:first|last|final|early|closing|opening)\s+(?:days|weeks?)\s+of)\s+"
            rf"(?P<m2>{_MON})\b(?![\s,]+\d)"
        ),
    ),
    (
        "dmy_num",
        # "1/3/2019", "12.03.2019", "12-03-2019" (day first, as most of the world writes it)
        re.compile(r"\b(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
    ),
    (
        "yspan",
        re.compile(
            rf"(?i)\b(?:from|between)\s+(?:(?:the\s+)?years?\s+)?(?P<y>{_YEAR})\s+(?:to|and|until|through)\s+"
            rf"(?P<y_end>{_YEAR})\b"
            rf"|\b(?P<y2>{_YEAR})\s*[-–/]\s*(?P<y2_end>{_YEAR})\b"
            # "in the 1990s", "the early 1980s": a decade, or a part of one
            r"|\b(?:(?P<dpart>early|mid|late)[\s-]+)?(?P<dec>1[6-9]\d0|20[0-2]0)['’]?s\b"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?i)\b(?:(?:the\s+)?(?P<part>early|mid|late|summer of|spring of|autumn of|"
            rf"fall of|winter of|the summer of|the spring of|the autumn of|the winter of)[\s-]+)?"
            # (not the number of "bus JKY-1901": a code's)
            rf"(?:(?<=mid-)|(?<=early-)|(?<=late-)|(?<=pre-)|(?<=post-)|(?<![a-z]-))(?P<y>{_YEAR})(?!\d|,\d|\s*(?:people|persons|members|prisoners|civilians)"
            rf"|\s*(?:gmt|utc|hrs|hours|h\b|local\s+time|[ABZ]\b))\b"
        ),
    ),
    (
        "running",
        re.compile(
            rf"(?i)\bfor\s+(?:the\s+|a\s+)?(?P<n>\d+(?:st|nd|rd|th)|(?:twenty|thirty|forty)-?(?:{_ORD})|{_ORD})"
            r"\s+(?:consecutive\s+|straight\s+)?day(?:\s+running|\s+in\s+a\s+row)?\b"
        ),
    ),
    # (before "deictic": "on Wednesday last week" is one day, not the week)
    (
        "weekday",
        re.compile(
            # (not "as it did every Friday": a habit, no day; not "Black Friday", "Bloody
            # Sunday": an event's name)
            rf"(?i)(?<!every\s)(?<!each\s)(?<!black\s)(?<!bloody\s)(?<!good\s)(?<!holy\s)"
            rf"(?<!ash\s)(?<!palm\s)(?<!easter\s)\b(?:(?P<rel>last|this|next)\s+)?(?P<wd>{_WD})"
            r"(?:,?\s+(?:of\s+)?(?P<week>last|this|next)\s+week)?\b"
            # (not "during Friday prayers", "a Sunday school": no day)
            r"(?!\s+(?:prayers?|sermons?|schools?|markets?)\b)"
        ),
    ),
    (
        "deictic",
        re.compile(
            r"(?i)\b(?:(?P<word>the day before yesterday|yesterday|today|tomorrow|last night|"
            r"tonight|(?:at|over|during)\s+the\s+weekend)|(?P<rel>last|this|past|next)\s+"
            r"(?P<unit>week|month|year|weekend))\b"
        ),
    ),
    (
        "anniversary",
        re.compile(
            rf"(?i)\b(?:the\s+)?(?P<n>\d+(?:st|nd|rd|th)|{_ORD}|(?:twenty|thirty|forty)-(?:{_ORD}))"
            r"\s+anniversary\b"
            # "Tomorrow marks fifty-three years since": the same anniversary, in years
            r"|(?:(?<=\bmarks\s)|(?<=\bmark\s)|(?<=\bmarked\s))"
            rf"(?P<n2>\d+|(?:{_NUMW})(?:[\s-]+(?:{_NUMW}))?)\s+years?\s+since\b"
        ),
    ),
]
HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "boxing day": (12, 26), "new years eve": (12, 31), "new year's eve": (12, 31),
    "new years day": (1, 1), "new year's day": (1, 1), "may day": (5, 1),
}  # fmt: skip


_MAY_BEFORE = re.compile(r"(?:\b(?:on|of|since|from|until|by|before|after|and)\s+(?:the\s+)?)$")
_MAY_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:and|to|at|in|when|while)\b)")


_MAY_VERB = re.compile(
    r"\s+(?:be|have|not|also|rise|increase|grow|never|still|well|need|face|take|come|be)\b"
)


def may_is_month(m: re.Match[str]) -> bool:
    """'on 12 May', '12 May,': the month, not the modal verb ('12 may be')."""
    text = m.string
    after = text[m.end() : m.end() + 12]
    if _MAY_VERB.match(after):
        return False
    return bool(_MAY_BEFORE.search(text[max(0, m.start() - 12) : m.start()])) or bool(
        _MAY_AFTER.match(after)
    )


_LEADING_DIGITS = re.compile(r"\d+")


def day_of(token: str) -> int | None:
    """The day a token names: "12", "12th", "twelfth", "twenty-first"."""
    t = token.lower().replace("-", "")
    digits = _LEADING_DIGITS.match(t)
    if digits:
        return int(digits.group())
    for prefix, tens in (("twenty", 20), ("thirty", 30)):
        if t.startswith(prefix) and t[len(prefix) :] in ORDINALS:
            return tens + ORDINALS[t[len(prefix) :]]
    return ORDINALS.get(t)


def month_number(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# "(Tan and Özdemir, 2015)", "(Smith et al. 2009: 45)", "(see Ruiz, 2001; Lee, 2003)": a work
# cited, whose year is when it was written, not when anything in the sentence happened. One or
# two names before the year; a month, a season or a word of time there is a date, not an author.
_CITED_BEFORE = re.compile(
    r"[(;]\s*(?:see\s+(?:also\s+)?|cf\.\s+|e\.g\.,?\s+)?(?P<a>[^\W\d_][\w'’-]*)"
    r"(?:\s+(?:and|&)\s+[^\W\d_][\w'’-]*|\s+et\s+al\.?)?,?\s+$"
)
_CITED_AFTER = re.compile(r"[a-z]?(?:\s*[:,]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*[;)]")
_NOT_AUTHOR = frozenset(
    {"summer", "spring", "autumn", "fall", "winter", "since", "until", "in", "from", "to",
     "and", "or", "of", "by", "late", "early", "mid", "around", "before", "after", "c", "ca",
     "circa", "est", "born", "died", "d", "b", "founded", "year", "years", "the", "during"}
)  # fmt: skip


def cited_year(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` (lower-cased) is that of a work cited."""
    after = _CITED_AFTER.match(text, end)
    if after is None:
        return False
    before = _CITED_BEFORE.search(text, max(0, start - 48), start)
    if before is None or before.end() != start:
        return False
    author = before["a"].rstrip(".")
    return author not in _NOT_AUTHOR and author not in MONTHS


# The anchor a pattern cannot match without (see ``anchor_kinds``): patterns are only run on
# sentences that have their anchor, a cheap pre-filter.
GATES = {
    "jalali": "digit", "iso": "digit", "mdd": "month", "ddm": "month", "md": "month",
    "dm": "month", "my": "month", "month": "month", "dmy_num": "digit", "yspan": "digit",
    "year": "digit", "ago": "ago", "deictic": "deictic", "weekday": "weekday",
    "anniversary": "anniversary", "mspan": "month", "running": "running", "holiday": "holiday",
}  # fmt: skip
ANCHOR_WORDS: dict[str, str] = {
    **{m: "month" for m in MONTHS},
    **{f"mid-{m}": "month" for m in MONTHS},  # "in mid-September 1976"
    **{d: "weekday" for d in WEEKDAYS},
    **{
        w: "deictic"
        for w in (
            "yesterday",
            "today",
            "tomorrow",
            "tonight",
            "last",
            "this",
            "past",
            "next",
            "weekend",
        )
    },
    "ago": "ago",
    "to the day": "ago",
    "exactly": "ago",  # "exactly eight years after"
    "precisely": "ago",
    "christmas": "holiday",
    "boxing day": "holiday",
    "new year": "holiday",
    "may day": "holiday",
    "anniversary": "anniversary",
    "years since": "anniversary",
    "year since": "anniversary",
    "running": "running",
    "consecutive": "running",
    "row": "running",
    "straight": "running",
}
