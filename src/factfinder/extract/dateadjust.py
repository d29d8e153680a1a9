"""Corrections to one sentence's dates from the words and dates around them (dates.py).

"the 12th" after "September 1988" is a day of that September; "until the early hours of
September 27" after "September 26" is one span; bodies found "a day after" a day date the
killing a day earlier; "of that year" and a year told later in the sentence give year-less
days their year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factfinder.extract.datefound import NUMBER_WORDS, OTHERS_DAY
from factfinder.extract.datetext import MONTHS, WEEKDAYS, DateParser, Found
from factfinder.extract.doc import DateRef, Doc, Sentence
from factfinder.extract.letters import capitals
from factfinder.extract.transcripts import CITED_KEY
from factfinder.model import DatePrecision

# "On the 11th", not "the 11th of June" (a date of its own) nor "the 4th floor"
_NOT_A_DAY = (
    "century|anniversary|day|days|time|times|floor|birthday|row|week|month|year|division|"
    "brigade|regiment|battalion|army|street|district|ward|amendment|grade|session|congress|"
    "edition|round|hour|minute"
)
_ORDINAL_DAY = re.compile(
    capitals(
        r"(?i)\b(?:(?P<prep>on|by|until|till|since|from|before|after|of)\s+(?P<wd>(?:monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday)\s+)?|(?P<wd2>(?:monday|tuesday|wednesday|"
        r"thursday|friday|saturday|sunday),?\s+))the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
        rf"(?!\s+(?:of\s+)?(?:{'|'.join(MONTHS)}|{_NOT_A_DAY})\b)"
        r"(?!\s+(?-i:[A-Z]))"
    )  # "of the 2nd SS Panzer Division": a unit's name
)


_UNTIL = re.compile(
    r"(?i)\b(?:until|till)\s+(?:the\s+)?(?:(?:early|small|late)\s+)?"
    r"(?:(?:morning|evening|night|afternoon|dawn|end|hours)\s+of)?\s*$"
)
_SPAN_DAYS = 7  # "until the early hours of September 27", after "September 26": one span
# "monitors on Saturday found the bodies ..., a day after police swept through the village":
# the bodies were found on that day, the people were killed the day before
_DISCOVERY = re.compile(
    r"\b(?:found|discovered|recovered|unearthed) (?:the )?(?:\w+ )?bodies\b"
    r"|\bbodies (?:\w+ )?(?:were|had been|have been) (?:found|discovered|recovered)\b"
)
_DAYS_AFTER = re.compile(
    r"\b(?P<n>a|one|two|three|\d) days? after\b|\b(?:killed|shot|executed) the day before\b"
)


def discovery_day(low: str, start: int, end: int, found: list[Found]) -> list[Found]:
    """The day bodies were found, "a day after" the operation: the day of the killing."""
    days = [f for f in found if f.precision == DatePrecision.DAY and f.value_end is None]
    found_at = _DISCOVERY.search(low, start, end) if days else None
    after = _DAYS_AFTER.search(low, start, end) if found_at is not None else None
    if found_at is None or after is None:
        return found
    n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(after["n"] or "a")
    n = n if n is not None else int(after["n"])
    day = min(days, key=lambda f: abs(f.start - found_at.start()))  # the day of the finding
    day.value = (date.fromisoformat(day.value) - timedelta(days=n)).isoformat()
    return found


def until_spans(norm: str, found: list[Found], story_day: str | None) -> list[Found]:
    """ "fired on the buses until the early hours of September 27", after "on the evening of
    September 26, 2014": the span from the day told before to the day told."""
    if story_day is None:
        return found
    first = date.fromisoformat(story_day)
    for f in found:
        if f.precision != DatePrecision.DAY or f.value_end is not None or f.kind == "oday":
            continue
        if not _UNTIL.search(norm, max(0, f.start - 40), f.start):
            continue
        last = date.fromisoformat(f.value)
        if 0 < (last - first).days <= _SPAN_DAYS:
            f.value, f.value_end = first.isoformat(), last.isoformat()
    return found


def ordinal_days(
    norm: str, sentence: Sentence, found: list[Found], story_month: str, story_day: str | None
) -> list[Found]:
    """ "On the 11th", in a testimony told after "a year ago today" (10 June 2010): the day of
    the month the story is in."""
    out = list(found)
    for m in _ORDINAL_DAY.finditer(norm, sentence.start, sentence.end):
        # "Saturday the 18th" is that day of the story's month, not last Saturday
        start = m.start("wd") if m["wd"] else m.start("wd2") if m["wd2"] else m.start("d")
        named = [f for f in out if f.kind == "weekday" and start <= f.start < m.end()]
        if any(f.start < m.end() and start < f.end for f in out if f not in named):
            continue
        try:
            day = date(int(story_month[:4]), int(story_month[5:7]), int(m["d"]))
        except ValueError:
            continue
        first = None
        until = (m["prep"] or "").lower() in ("until", "till") or bool(
            _UNTIL.search(norm, max(0, m.start() - 40), m.start() + len(m["prep"] or ""))
        )
        if until and story_day is not None:
            # "until the morning of Saturday the 18th", after "Thursday 16 September": the span
            first = date.fromisoformat(story_day) if story_day[:7] == story_month else None
        out = [f for f in out if f not in named]
        if first is not None and first < day:
            out.append(Found(start, m.end(), first.isoformat(), DatePrecision.DAY,
                             day.isoformat(), relative=True, kind="oday"))  # fmt: skip
            continue
        out.append(Found(start, m.end(), day.isoformat(), DatePrecision.DAY,
                         relative=True, kind="oday"))  # fmt: skip
    return sorted(out, key=lambda f: f.start)


def with_relative_year(norm: str, found: list[Found]) -> list[Found]:
    """ "On 15 February last year": a day and month followed by a year told relatively is one
    date, that day of that year."""
    out: list[Found] = []
    skip = -1
    for i, f in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and f.kind in ("md", "dm")
            and f.precision == DatePrecision.DAY
            and nxt.relative
            and nxt.precision == DatePrecision.YEAR
            and not norm[f.end : nxt.start].strip(" ,")
        ):
            value = f"{nxt.value[:4]}{f.value[4:]}"
            out.append(Found(f.start, nxt.end, value, f.precision, kind=f.kind))  # a year told
            skip = i + 1
            continue
        out.append(f)
    return out


def sentence_year(found: list[Found]) -> list[Found]:
    """ "On 14 August last year, police cleared the sit-ins held since early July": a month
    told without a year, in a sentence whose day is of an earlier year than the month was
    resolved to, and not after that day's month, is of the day's year."""
    days = [f for f in found if f.precision == DatePrecision.DAY and f.kind != "month"]
    if not days:
        return found
    day = days[0]
    out: list[Found] = []
    for f in found:
        if (
            f.kind == "month"
            and f.relative
            and f.precision == DatePrecision.MONTH
            and day.value[:4] < f.value[:4]
            and f.value[5:7] <= day.value[5:7]
        ):
            f = Found(f.start, f.end, f"{day.value[:4]}{f.value[4:]}", f.precision,
                      f.value_end, f.relative, f.kind)  # fmt: skip
        out.append(f)
    return out


_YEAR_IN = re.compile(r"\b(?:1[6-9]|20)\d\d\b")


def year_told_before(norm: str, found: list[Found]) -> list[Found]:
    """ "At the trial in January 1946, ... twelve were hanged on 29 January": a day told
    without its year after a date with one, in the same sentence and not before its month,
    is of that year ("12 December 1970, two weeks before Christmas" too)."""
    out: list[Found] = []
    told: Found | None = None
    for f in found:
        stated = _YEAR_IN.search(norm, f.start, f.end) is not None
        if (
            told is not None
            and not stated
            and f.kind in ("md", "dm", "holiday")
            and f.precision == DatePrecision.DAY
            and f.value[:4] != told.value[:4]
            and f.value[5:7] >= told.value[5:7]
        ):
            f = Found(f.start, f.end, f"{told.value[:4]}{f.value[4:]}", f.precision,
                      f.value_end, f.relative, f.kind)  # fmt: skip
        elif stated and not f.relative and f.kind in ("my", "md", "dm"):
            told = f
        out.append(f)
    return out


_OF_THAT_YEAR = re.compile(r"(?i)\s+(?:of\s+)?(?:that|the\s+same)\s+year\b")


def of_that_year(norm: str, found: list[Found], year: int) -> list[Found]:
    """ "in June of that year", after "1972": the month of the story's year."""
    out: list[Found] = []
    for f in found:
        if (
            f.kind == "month"
            and f.precision == DatePrecision.MONTH
            and _OF_THAT_YEAR.match(norm, f.end)
        ):
            f = Found(f.start, f.end, f"{year:04d}{f.value[4:]}", f.precision, f.value_end,
                      f.relative, f.kind)  # fmt: skip
        out.append(f)
    return out


_BARE_WEEKDAY = re.compile(r"(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
STORY_GAP_DAYS = 14  # a day further than this from the telling is a day of a story
# "on Wednesday", "by Wednesday morning", "that Thursday": a time of the story ("Tuesday marks
# the anniversary" is the telling's)
_TIME_PREPOSITION = re.compile(r"(?i)\b(?:on|by|until|till|from|since|before|after|that)\s+$")


def story_weekdays(
    norm: str, found: list[Found], story_day: str | None, ref: date | None
) -> list[Found]:
    """ "That was Tuesday the 15th ... by Wednesday morning the army had sealed the yard", told
    fifty years after: a weekday named alone, right after a day of a story more than two weeks
    before the telling, is the first such weekday from that day, not of the telling's week."""
    if story_day is None or ref is None:
        return found
    day = date.fromisoformat(story_day)
    if (ref - day).days <= STORY_GAP_DAYS:
        return found
    out: list[Found] = []
    for f in found:
        named = _BARE_WEEKDAY.fullmatch(norm, f.start, f.end)
        if (
            f.kind == "weekday"
            and f.relative
            and named is not None
            and _TIME_PREPOSITION.search(norm, max(0, f.start - 12), f.start)
        ):
            target = WEEKDAYS[named[1].lower()]
            value = (day + timedelta(days=(target - day.weekday()) % 7)).isoformat()
            f = Found(f.start, f.end, value, f.precision, f.value_end, f.relative, f.kind)
        out.append(f)
    return out


# A live blog's entry stamp, a line of its own: "Mon 9 Jan, 23:10", "9 January 2023, 14:32 GMT"
_TIME = re.compile(
    r"(?i)\b[0-2]?\d[:.][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*\(?(?:gmt|utc|bst|cet|cest|eet|est|edt|pst|local time)(?:\s*[+-]\d{1,2})?\)?)?"
    r"|\b[0-2]\d[0-5]\d\s*(?:gmt|utc|hrs|hours|local\s+time)\b"  # "0500 gmt" (monitoring)
)
_STAMP_MAX = 60
# A monitoring service's item line: "Radio Metro, Kessa, in English 0500 gmt 18 Jun 92"; a
# source named in capitals before the time and day of its broadcast.
_SOURCE_LINE_MAX = 110
_SOURCE_WORDS = re.compile(
    r"(?:[A-Z][\w'’&.-]*|\d+(?:\.\d+)?|in|on|of|the|de|du|la|al|gmt|utc|hrs|local|time"
    r"|[,:;·|()/–-])"
)
_STAMP_DAYS_AFTER = 7
_MIN_STAMPS = 3
_YEAR_DIGITS = re.compile(r"\b\d{4}\b")
_DAY_LABEL = re.compile(r"(?i)\s*day\s+\d{1,2}\b")
_WEEKDAY_WORD = re.compile(r"(?i)\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b")


def entry_stamps(doc: Doc, parser: DateParser) -> list[DateRef]:
    """The stamps of a live blog's entries (or a chronology's day headings), each set on the
    sentences of its entry (up to the next stamp): the entry's day, against which "today" and
    "on Monday" are read, and the day of an act the entry tells without one. A document is read
    so when it has three stamps (one or two are a dateline's time of publication and of its
    update)."""
    stamps: list[DateRef] = []
    current: DateRef | None = None
    for index, sentence in enumerate(doc.sentences):
        length = sentence.end - sentence.start
        short = length <= _STAMP_MAX
        time = (
            _TIME.search(doc.norm, sentence.start, sentence.end)
            if length <= _SOURCE_LINE_MAX
            else None
        )
        if time is not None and not short and not time.group().lower().endswith(_ZONES):
            time = None  # a long line is a stamp only as a broadcast's "0500 gmt"
        # a chronology's day heading: "DAY 2 — Thursday, 2 September"
        label = _DAY_LABEL.match(doc.norm, sentence.start) if short else None
        if time is not None or label is not None:
            found = parser.parse(doc.low, sentence.start, sentence.end, folded=True)
            if len(found) == 1 and found[0].precision == DatePrecision.DAY:
                rest = doc.norm[sentence.start : sentence.end]
                for told in (time, label):
                    rest = rest.replace(told.group(), " ") if told is not None else rest
                rest = rest.replace(doc.norm[found[0].start : found[0].end], " ")
                rest = _WEEKDAY_WORD.sub(" ", rest)
                broadcast = time is not None and time.group().lower().endswith(_ZONES)
                if not any(c.isalnum() for c in rest) or (broadcast and _source_line(rest)):
                    value = _updated_day(date.fromisoformat(found[0].value), doc.published)
                    if current is not None and not _YEAR_DIGITS.search(
                        doc.norm, found[0].start, found[0].end
                    ):  # "DAY 2 — Thursday, 2 September", after "1 September 2004"
                        value = _nearest(value, date.fromisoformat(current.value))
                    current = DateRef(found[0].start, found[0].end, index, value.isoformat(),
                                      DatePrecision.DAY)  # fmt: skip
                    stamps.append(current)
                    continue
        cited = _cited(doc, parser, index) if current is not None or not stamps else None
        if cited is not None:
            current = cited
            stamps.append(current)
            continue
        if current is not None and not sentence.heading:
            sentence.stamp = current
    if len(stamps) < _MIN_STAMPS:  # one line with a time: the publication's, no entries
        for sentence in doc.sentences:
            sentence.stamp = None
        return []
    return stamps


_ZONES = ("gmt", "utc", "hrs", "hours", "time")
_PAGE_TIME = re.compile(r"(?i)\b(?:updated|published|posted|modified|last|edited)\b")


def _source_line(rest: str) -> bool:
    """What a stamp line holds besides its time and day is a source's name and place
    ("Radio Metro, Kessa, in English"): capitalised words and their small words only; not a
    dateline's "Updated:" or "Published:" (the time of the page, not of an entry)."""
    if _PAGE_TIME.search(rest):
        return False
    words = rest.split()
    return bool(words) and all(_SOURCE_WORDS.fullmatch(w.strip(",;:")) or not w.strip(",;:")
                               for w in words)  # fmt: skip


# a record's linked source: "[S4] 2008-12-03 | Ombudsman of Bolivia, report | type: state"
_CITED_MAX = 200


def _cited(doc: Doc, parser: DateParser, index: int) -> DateRef | None:
    """The day of a dated source heading its excerpt (a key, the day, then "|" and the source):
    a stamp marked ``meta``, the day of a telling, against which "last Thursday" is read; an act
    its excerpt tells without a day retells an incident told before (clusters.py)."""
    sentence = doc.sentences[index]
    bar = doc.norm.find("|", sentence.start, min(sentence.end, sentence.start + _CITED_MAX))
    if bar < 0:
        return None
    key = CITED_KEY.match(doc.norm, sentence.start, bar)
    start = key.end() if key is not None else sentence.start
    found = parser.parse(doc.low, start, bar, folded=True)
    if len(found) != 1 or found[0].precision != DatePrecision.DAY:
        return None
    if any(
        c.isalnum()
        for c in doc.norm[start:bar].replace(doc.norm[found[0].start : found[0].end], "")
    ):
        return None
    d = found[0]
    return DateRef(d.start, d.end, index, d.value, DatePrecision.DAY, meta=True)


def _nearest(day: date, last: date) -> date:
    """A stamp told without its year: of the year that puts it nearest the last stamp (a
    chronology runs forward, a live blog backward; both a few days at a time)."""
    best = day
    for year in (last.year - 1, last.year, last.year + 1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if abs((moved - last).days) < abs((best - last).days):
            best = moved
    return best


def _updated_day(day: date, published: date | None) -> date:
    """ "Tue 10 Jan", in a blog started on 9 January: the day after the start, not a year
    before it (a live blog goes on after the day it is dated)."""
    if published is None:
        return day
    try:
        later = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day
    return later if 0 <= (later - published).days <= _STAMP_DAYS_AFTER else day


# a day named for what it marks: "the day after Independence Day" counts from that day, which the
# text does not date, not from the day told before
_NAMED_DAYS = (
    r"independence|christmas|easter|eid|new\s+year|election|elections|polling|voting|"
    r"referendum|inauguration|ramadan|diwali|nowruz|national"
)
# "he was hanged eight days later", "the next morning", "on the day after": a day counted from
# the story's last day ("the day after the shooting" is counted from that event: dates.py)
_LATER = re.compile(
    r"\b(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?:later|afterwards|after\s+that|(?P<earlier>earlier))"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)"
    r"|the\s+day\s+after(?!\s+(?:the|his|her|their|its|" + _NAMED_DAYS + r")\b)"
    # "attacked police posts the previous day", "set on fire on the same day"
    r"|the\s+(?P<before>previous\s+(?:day|night|evening)|day\s+before(?!\s+(?:the|his|her|"
    r"their|its|" + _NAMED_DAYS + r")\b))"
    r"|(?:on\s+)?(?:the|that)\s+(?P<same>same\s+day|very\s+day)"
    # "announced on 28 August that two men had been arrested in the early hours of that day"
    r"|(?<=of\s)(?P<that>that\s+day))\b"
)


def counted_sentences(doc: Doc) -> set[int]:
    """The sentences that tell a day counted from another (one scan of the document)."""
    out: set[int] = set()
    for m in _LATER.finditer(doc.low):
        index = doc.sentence_of(m.start(), m.end())
        if index is not None:
            out.add(index)
    return out


def later_days(
    low: str, start: int, end: int, anchors: tuple[str | None, str | None], found: list[Found]
) -> list[Found]:
    """Days told as counted from a day told before, in ``low[start:end]``: the last day the
    sentence states before the phrase ("sentenced on 17 January 2010, and he was hanged eight
    days later"), else ``anchors``: the last day told as such, and the story's last day however
    it was told (the day "the same day" is)."""
    out: list[Found] = []
    for m in _LATER.finditer(low, start, end):
        told = [f for f in found if f.end <= m.start() and f.precision == DatePrecision.DAY
                and not f.relative]  # fmt: skip
        story_day = anchors[1] if m["same"] else anchors[0]
        if not told and (story_day is None or m["that"]):
            continue  # ("of that day": only the day its own sentence told before)
        if any(f.start >= m.end() and f.precision == DatePrecision.DAY and not f.relative
               for f in found):  # fmt: skip
            continue  # "fled the next day and was executed on 25 December": its own day next
        clause = low[max(start, m.start() - 80) : m.start()]
        clause = clause[max(clause.rfind(","), clause.rfind(";"), clause.rfind(":")) + 1 :]
        if OTHERS_DAY.search(clause) and not m["that"]:
            continue  # "the curfew that the prefect had imposed twelve days earlier", "the
            # deaths of the previous day": the day of another event than the sentence's
        base = date.fromisoformat(told[-1].value if told else story_day)  # type: ignore[arg-type]
        days = 0 if m["same"] or m["that"] else -1 if m["before"] else 1
        if m["n"]:
            n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
            days = n * (7 if m["unit"].startswith("week") else 1) * (-1 if m["earlier"] else 1)
        value = (base + timedelta(days=days)).isoformat()
        out.append(Found(m.start(), m.end(), value, DatePrecision.DAY, relative=True, kind="later"))
    return out


# "On the Sunday before the shooting", "the day after the massacre", "two days after the raid"
# ("within four days of the attack": by the last of them)
_EVENT_RELATIVE = re.compile(
    r"\bthe\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|night)\s+"
    r"(?P<dir>before|after)\s+the\s+(?P<noun>[a-z-]+)"
    r"|\b(?P<within>within\s+)?"
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir2>(?(within)of|(?:before|after)))\s+the\s+"
    r"(?P<noun2>[a-z-]+)"
)
# the events a noun names when the act lexicon does not hold it alone ("the shooting")
_SHOT = {"killing", "crackdown", "attack"}
EVENT_NOUNS: dict[str, set[str]] = {
    "shooting": _SHOT, "shootings": _SHOT, "massacre": {"killing"}, "killings": {"killing"},
    "attack": {"attack", "killing"}, "attacks": {"attack", "killing"}, "raid": {"attack"},
    "bombing": {"attack"}, "crackdown": {"crackdown"}, "dispersal": {"crackdown"},
    "march": {"protest"}, "protest": {"protest"}, "protests": {"protest"}, "rally": {"protest"},
    "demonstration": {"protest"}, "uprising": {"protest"}, "arrests": {"arrest"},
    "executions": {"execution"}, "execution": {"execution"},
}  # fmt: skip


def event_relative(doc: Doc) -> dict[int, list[re.Match[str]]]:
    """The phrases of each sentence that count a day from an event it names."""
    out: dict[int, list[re.Match[str]]] = {}
    for m in _EVENT_RELATIVE.finditer(doc.low):
        index = doc.sentence_of(m.start(), m.end())
        if index is not None:
            out.setdefault(index, []).append(m)
    return out


def counted_from(event: date, m: re.Match[str]) -> date | None:
    """The day an ``event_relative`` phrase tells, from the event's day."""
    if m["wd"]:
        back = m["dir"] == "before"
        if m["wd"] in ("day", "night"):
            return event + timedelta(days=-1 if back else 1)
        # the nearest such weekday strictly before (or after) the event's day
        target = WEEKDAYS[m["wd"]]
        if back:
            return event - timedelta(days=(event.weekday() - target) % 7 or 7)
        return event + timedelta(days=(target - event.weekday()) % 7 or 7)
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
    days = n * (7 if m["unit"].startswith("week") else 1)
    return event + timedelta(days=-days if m["dir2"] == "before" else days)
