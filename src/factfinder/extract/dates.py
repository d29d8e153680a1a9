"""The dates component: resolves date expressions per sentence and marks dates of the telling."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta
from itertools import islice

from factfinder.extract.afterdates import lead_dates
from factfinder.extract.dateadjust import (
    EVENT_NOUNS,
    STORY_GAP_DAYS,
    counted_from,
    counted_sentences,
    discovery_day,
    entry_stamps,
    event_relative,
    later_days,
    of_that_year,
    ordinal_days,
    sentence_year,
    story_weekdays,
    until_spans,
    with_relative_year,
    year_told_before,
)
from factfinder.extract.datefound import (
    long_later,
    same_day_year,
    since_recent,
    told_to_the_day,
    years_after_lead,
)
from factfinder.extract.datemeta import (
    META_BEFORE,
    act_after_commemoration,
    anniversary_base,
    commemorates,
    in_teller_clause,
    is_meta,
)
from factfinder.extract.datepatterns import MONTH_WORDS as _MON
from factfinder.extract.datepatterns import safe_date
from factfinder.extract.datetelling import opens_telling
from factfinder.extract.datetext import ANCHOR_WORDS, DateParser, Found
from factfinder.extract.doc import DateRef, Doc, Sentence, Trigger
from factfinder.extract.lexicon import acts_data
from factfinder.extract.prefilter import may_match, required
from factfinder.extract.scan import PhraseMatcher
from factfinder.extract.sections import today_sections
from factfinder.model import DatePrecision

_ENTRY_DAYS_AFTER = 7  # a note told after an entry: within the week after its day
_EXPLICIT_YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
_LATER_WORD = re.compile(
    r"(?:months?|years?|decades?)\s+(?:later|earlier|afterwards|after\s+that)\b"
    r"|\b(?:following|next|subsequent|previous|preceding)\s+(?:year|month)\b"
)
_DIGIT = re.compile(r"\d")
_ANNIVERSARY_OF = re.compile(r"\s*(?:anniversary\s+)?of\s+")
_PHRASE_END = re.compile(r"[,;:.()\n]")
_EVENT_TIME = re.compile(
    r"(?i)\b(?:night|day|days|morning|evening|events?|tragedy|crimes?|victims|martyrs|fall|"
    r"siege|war|uprising|revolution|intifada)\b"
)
_THAT_PERIOD = re.compile(r"\b(?:that|the same)\s+(?:summer|winter|spring|autumn|fall|year)\b")
_THAT_PERIOD_NEED = required(_THAT_PERIOD)
_DAY_BEFORE = re.compile(
    rf"(?:\b{_MON}\s+\d{{1,2}}|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON})\s+$"
)
# ("Tuesday marks", "On Sunday, families in Kasese will mark one year since")
_MARKS = re.compile(r"(?i)^\s*(?:,\s*)?(?:(?:[\w'’-]+\s+){1,5}?will\s+)?marks?\b")


class DateTagger:
    """Finds dates, resolves relative ones against the sentence's reference date."""

    name = "dates"
    version = "0.21.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("dates", "sentences.commemoration")

    def __init__(self) -> None:
        self._commemoration = re.compile(acts_data()["commemoration"])
        self._commemoration_need = required(self._commemoration)
        self._anchors = PhraseMatcher(list(ANCHOR_WORDS.items()))

    def __call__(self, doc: Doc) -> Doc:
        context: dict[int, int] = {}
        latest: int | None = None
        story_month: str | None = None  # the month of the story's last day ("On the 11th")
        story_day: str | None = None  # ... and that day, if a day was told
        told_day: str | None = None  # ... the last day told as such (not "the next day")
        story_paragraph = -9  # ... in this paragraph, while nothing was told of the telling's days
        month_years: dict[int, int] = {}  # month -> year of the last day told in full in it
        dateline_months: set[int] = set()  # (months set by the day of publication only)
        anniversary: int | None = None  # the year of "N years ago today", if told
        told_year: int | None = None  # the year of the last date told, relative or not
        told_value: str | None = None  # ... and that date
        years_told: Counter[int] = Counter()  # the years told, by the sentences telling them
        today = doc.published.isoformat() if doc.published is not None else None
        today_y = today[:4] if today else None
        days: dict[str, str] = {}
        self._triggers: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            self._triggers.setdefault(t.sentence, []).append(t)
        kinds: dict[int, set[str]] = {}
        for hit in self._anchors.find(doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is not None:
                kinds.setdefault(index, set()).add(hit.payload)
        low = doc.low
        # a pattern whose pre-filter fails on the whole text matches in none of its sentences
        commemoration = may_match(self._commemoration_need, low)
        that_period = may_match(_THAT_PERIOD_NEED, low)
        relative_to = event_relative(doc) if " the " in low else {}
        counted_at = counted_sentences(doc)  # "eight days later", "the next day"
        timed = (
            ":" in doc.norm
            or "|" in doc.norm
            or any(z in doc.low for z in (" gmt", " utc", " hrs"))
        )
        stamps = entry_stamps(doc, DateParser(doc.published)) if timed else []
        if not stamps and "'s" in doc.low:
            today_sections(doc)  # "Today's commemorations": the acts under it are of today
        doc.dates.extend(stamps)
        stamped = {s.sentence for s in stamps}
        for index, sentence in enumerate(doc.sentences):
            if index in stamped:
                continue  # "Mon 9 Jan, 23:10": the day of the entries below it
            if index in relative_to and not kinds.get(index, set()) & {"month", "digit"}:
                # "On the Sunday before the shooting" (a day told in full wins: "Four days
                # after the attacks, on 25 July")
                doc.dates.extend(self._from_event(doc, index, relative_to[index], today))
            present = kinds.get(index, set())
            if _DIGIT.search(low, sentence.start, sentence.end):
                present.add("digit")
            marked = (
                self._commemoration.search(low, sentence.start, sentence.end)
                if commemoration
                and may_match(self._commemoration_need, low[sentence.start : sentence.end])
                else None
            )
            sentence.commemoration = marked is not None and commemorates(
                low, sentence.start, marked.start()
            )
            told = _THAT_PERIOD.search(low, sentence.start, sentence.end) if that_period else None
            that_year = told_year or latest
            if told is not None and _DAY_BEFORE.search(low, sentence.start, told.start()):
                told = None  # "on September 24 that year": the day's year, the day dates it
            if told is not None and that_year is not None:
                # "thousands were hanged that summer", after "the end of July 1988": the year
                # of the story told last ("Thirty years ago today" too, not the dateline's)
                doc.dates.append(DateRef(told.start(), told.end(), index, str(that_year),
                                         DatePrecision.YEAR, relative=True))  # fmt: skip
            counted = index in counted_at
            apart = sentence.paragraph - story_paragraph  # (the story's month holds 4 paragraphs)
            near, months_story = apart <= 2, story_month if apart <= 4 else None
            recent = (told_day, story_day) if near else (None, None)
            if not present and not (counted and any(recent)):
                continue
            stamp = date.fromisoformat(sentence.stamp.value) if sentence.stamp else None
            ref = sentence.ref_date or stamp or doc.published
            before = (sentence.paragraph - 1, sentence.paragraph - 2)
            story = next((context[n] for n in before if n in context), None)
            horizon = (
                min(doc.published, stamp + timedelta(days=_ENTRY_DAYS_AFTER))
                if stamp is not None and doc.published is not None and doc.published > stamp
                else None
            )
            # (a report that tells this year's or last year's days too is news, whatever it
            # recalls: its yearless days are of the news)
            news = today_y is not None and any(y >= int(today_y) - 1 for y in years_told)
            # (a piece that tells no act's year, only the background's: "In 1942 the mine
            # belonged to ...", then "On 13 December": the history is the paragraphs' before)
            if not years_told:
                history = story
            elif not news:
                history = max(years_told, key=lambda y: (years_told[y], y))
            else:
                history = None
            parser = DateParser(
                ref, context.get(sentence.paragraph), story, latest, month_years, anniversary,
                horizon, history, months_story,
            )  # fmt: skip
            found = parser.parse(low, sentence.start, sentence.end, present, folded=True)
            found = sentence_year(with_relative_year(doc.norm, found))
            if counted:  # "eight days later", "the next day"
                later = later_days(low, sentence.start, sentence.end, recent, found)
                found = sorted(found + later, key=lambda f: f.start)
            if told_value and _LATER_WORD.search(low, sentence.start, sentence.end):
                later = long_later(low, sentence.start, sentence.end, found, told_value)
                found = sorted(found + later, key=lambda f: f.start)  # "Five months later"
            if " years after " in low[sentence.start : sentence.start + 40]:
                lead = years_after_lead(low, sentence.start, found)  # "Twenty years after X, ..."
                found = sorted(found + lead, key=lambda f: f.start)
            if len(found) > 1:
                found = year_told_before(doc.norm, found)
            if told_year is not None and that_period:
                found = of_that_year(doc.norm, found, told_year)
            if story_month is not None and "digit" in present:
                found = ordinal_days(doc.norm, sentence, found, story_month, story_day)
            elif "digit" in present and ref is not None and told_value is None:
                # "Gunmen killed 12 villagers on the 8th", in news with no day told yet: the
                # last 8th up to the telling
                found = [_last_such(f, ref) for f in ordinal_days(
                    doc.norm, sentence, found, ref.isoformat()[:7], None)]  # fmt: skip
            same_day_year(doc.norm, found, days, doc.published)
            since_recent(doc.norm, found, doc.published)
            found = until_spans(doc.norm, found, story_day)
            if story_day is not None and near and not sentence.commemoration:
                found = story_weekdays(doc.norm, found, story_day, doc.published)
            if sentence.commemoration or any(_near(f.value, doc.published) for f in found):
                story_paragraph = -9  # "Tuesday marks the anniversary": back to the telling
            if "bod" in low[sentence.start : sentence.end]:
                found = discovery_day(low, sentence.start, sentence.end, found)
            refs = self._refs(doc, index, sentence, found, ref)
            doc.dates.extend(refs)
            for r in refs:  # the day of publication (a dateline) tells no story
                if not r.meta and r.precision in _STORY and r.value != today:
                    story_month = r.value[:7]
                    story_day = r.value if r.precision == DatePrecision.DAY else None
                    if story_day is not None and not r.relative:
                        told_day = story_day  # ("two days later" counts from a day told)
                    if not sentence.commemoration:
                        story_paragraph = sentence.paragraph
                if not r.meta and r.value[:4].isdigit() and not _of_the_telling(r, doc.published):
                    # "that year": the year of the last date told (not of "On Friday, the town
                    # observed a shutdown" in an anniversary piece: the telling's own week)
                    told_year, told_value = int(r.value[:4]), r.value
                if not r.relative and len(r.value) >= 7 and r.value_end is None:
                    # "On 24 September", after "in mid-September 1976": of that September
                    month_years[int(r.value[5:7])] = int(r.value[:4])
                    if r.value == today:  # (the dateline's month: no story's)
                        dateline_months.add(int(r.value[5:7]))
                    else:
                        dateline_months.discard(int(r.value[5:7]))
            for f in found:  # "Thirty years ago tonight, the army came into Beijing"
                if (
                    f.kind == "ago"
                    and f.precision in (DatePrecision.DAY, DatePrecision.MONTH)
                    and f.value[:4] != today_y
                ):  # (or "a hundred and ten years ago this month")
                    anniversary = int(f.value[:4])
                    # ("On the following day, 15 May", after "Thirty years ago today" on 14
                    # May, in a piece dated 14 May 2015: of the story's May, 1985)
                    month = int(f.value[5:7])
                    if month not in month_years or month in dateline_months:
                        month_years[month] = anniversary
            year = _last_explicit_year(doc.norm, found)
            if year:
                context[sentence.paragraph] = year
                latest = year
                if index in self._triggers:  # (an act told that year: not a page's header)
                    years_told[year] += 1
        doc.dates.extend(lead_dates(doc, self._triggers))  # "a week after militants stormed"
        doc.dates.sort(key=lambda d: d.start)
        cells = sorted((c.start, c.end) for t in doc.tables for _, c in t.cells("source"))
        starts = [start for start, _ in cells]
        for d in doc.dates if cells else ():
            at = bisect_right(starts, d.start) - 1
            if at >= 0 and d.start < cells[at][1]:
                d.meta = True  # "| 160 | Local sources, 6 June |": the day of the source's telling
        return doc

    def _from_event(
        self, doc: Doc, index: int, phrases: list[re.Match[str]], today: str | None
    ) -> list[DateRef]:
        """'On the Sunday before the shooting, two guards were hacked to death': a day counted
        from the last day told (not the day of publication) of a sentence with the act the
        noun names, for an act of the sentence other than that event."""
        out: list[DateRef] = []
        for m in phrases:
            if not any(not m.start() <= t.start < m.end() for t in self._triggers.get(index, [])):
                continue  # "X surrendered three days after the massacre": no act of its own
            noun = m.start("noun") if m["noun"] else m.start("noun2")
            acts = {t.act for t in self._triggers.get(index, []) if noun <= t.start < m.end()}
            acts |= EVENT_NOUNS.get(m["noun"] or m["noun2"], set())
            days = [
                d
                for d in islice(reversed(doc.dates), _EVENT_LOOKBACK)
                if d.precision == DatePrecision.DAY
                and not d.meta
                and d.value_end is None
                and d.value != today
            ]
            # the day of a sentence that named the event with the same noun ("The shooting on
            # Aug. 16, 2012, at the mine"), else of one that told an act the noun names
            word = re.compile(rf"\b{re.escape(m['noun'] or m['noun2'])}\b")
            anchor = next(
                (d for d in days if word.search(doc.sentence_text(d.sentence).lower())), None
            )
            if anchor is None and acts:
                anchor = next(
                    (
                        d
                        for d in days
                        if any(t.act in acts for t in self._triggers.get(d.sentence, []))
                    ),
                    None,
                )
            if anchor is None:
                continue
            day = counted_from(date.fromisoformat(anchor.value), m)
            if day is not None:
                # ("She told reporters the day after the shooting that 34 had died": the day of
                # the telling)
                start = doc.sentences[index].start
                told = META_BEFORE.search(
                    doc.norm, max(start, m.start() - 60), m.start()
                ) or in_teller_clause(doc.norm, doc.sentences[index], m.start())
                ref = DateRef(m.start(), m.end(), index, day.isoformat(), DatePrecision.DAY,
                              relative=True, attached=True, meta=bool(told))  # fmt: skip
                out.append(ref)
        return out

    def _refs(
        self, doc: Doc, index: int, sentence: Sentence, found: list[Found], ref: date | None
    ) -> list[DateRef]:
        out: list[DateRef] = []
        other = [f for f in found if f.kind == "anniversary" and self._of_other(doc, index, f)]
        for i, f in enumerate(found):
            if f in other:
                continue  # "on the twentieth anniversary of independence"
            if f.kind == "deictic" and _TODAY_NAMED.match(doc.norm, max(0, f.start - 2), f.end + 2):
                continue  # "Brezhnev Square, today Republic Square": a name of today, no day
            if f.kind == "anniversary":
                event = _anniversary(doc.norm, found[:i], f, ref)
                if event is not None:
                    item = event_ref(f, index, event)
                    if _marked_by_month(doc.norm, found[:i], f):
                        # "This month marks 162 years since": that month, so many years back
                        item.value, item.precision = item.value[:7], DatePrecision.MONTH
                    out.append(item)
                continue
            value = f.value
            if f.kind == "running" and ref is not None and not self._fasting(index):
                value = ref.isoformat()  # "protests continued for the 12th day running": today
            item = DateRef(
                f.start, f.end, index, value, f.precision, f.value_end, relative=f.relative
            )
            item.attached = _attached(doc, self._triggers.get(index, []), f)
            # ("we publish this seventy-five years to the day after he was hanged": the
            # day of the event, however it is introduced)
            to_the_day = f.kind == "ago" and told_to_the_day(doc.low[f.start : f.end])
            item.meta = not to_the_day and (
                is_meta(doc, sentence, f, self._triggers.get(index, []))
                or anniversary_base(doc.norm, f.end)
                or opens_telling(doc, doc.sentences[index], f, self._triggers.get(index, []))
            )
            if sentence.commemoration and not item.attached and not other:
                triggers = self._triggers.get(index, [])
                item.meta = not act_after_commemoration(
                    doc, sentence, f, triggers, self._commemoration
                )
            out.append(item)
        return out

    def _of_other(self, doc: Doc, index: int, f: Found) -> bool:
        """The anniversary of something that is no act: "of the country's independence"."""
        m = _ANNIVERSARY_OF.match(doc.norm, f.end)
        if m is None:
            return False
        stop = _PHRASE_END.search(doc.norm, m.end(), m.end() + 80)
        end = stop.start() if stop is not None else m.end() + 80
        if _EVENT_TIME.search(doc.norm, m.end(), end):
            return False  # "of the night in Iguala, when police attacked"
        return not any(m.end() <= t.start < end for t in self._triggers.get(index, []))

    def _fasting(self, index: int) -> bool:
        """A hunger strike 'for the 12th day running' is dated by its start (gold-format)."""
        return any(t.act == "hunger_strike" for t in self._triggers.get(index, []))


_STORY = (DatePrecision.DAY, DatePrecision.MONTH)


def _near(value: str, published: date | None) -> bool:
    """A day near the publication: a day of the telling, not of a story."""
    if published is None or len(value) < 10:
        return False
    return abs((date.fromisoformat(value[:10]) - published).days) <= STORY_GAP_DAYS


def event_ref(f: Found, sentence: int, day: date) -> DateRef:
    return DateRef(
        f.start, f.end, sentence, day.isoformat(), DatePrecision.DAY, relative=True, attached=True
    )


def _marked_by_month(norm: str, before: list[Found], f: Found) -> bool:
    return any(
        p.precision == DatePrecision.MONTH and _MARKS.match(norm[p.end : f.start]) for p in before
    )


def _anniversary(norm: str, before: list[Found], f: Found, ref: date | None) -> date | None:
    """'Tuesday marks the seventh anniversary' → that Tuesday minus seven years."""
    base = ref
    for prior in reversed(before):
        if prior.precision == DatePrecision.DAY and _MARKS.match(norm[prior.end : f.start]):
            base = date.fromisoformat(prior.value)
            break
    if base is None:
        return None
    years = int(f.value)
    try:
        return base.replace(year=base.year - years)
    except ValueError:
        return base.replace(year=base.year - years, day=28)


def _of_the_telling(r: DateRef, published: date | None) -> bool:
    """A day told relative to the telling and within a fortnight of it ("on Friday")."""
    if not r.relative or published is None or r.precision != DatePrecision.DAY:
        return False
    return abs((published - date.fromisoformat(r.value)).days) <= STORY_GAP_DAYS


_TODAY_NAMED = re.compile(r", (?:today|now) [A-Z]")
_CLAUSE_BREAK = re.compile(r"[,;.]")
_ACT_PREPOSITION = re.compile(r"(?i)\s*(?:\w+\s+){0,2}(?:on|in|of|since|during)\s+(?:the\s+)?")


def _attached(doc: Doc, triggers: list[Trigger], f: Found) -> bool:
    """Whether the date modifies an event word: 'the 1988 massacre', 'killed on 5 May'."""
    for t in triggers:
        if 0 <= t.start - f.end <= 30 and not _CLAUSE_BREAK.search(doc.norm, f.end, t.start):
            return True
        if 0 <= f.start - t.end <= 25 and _ACT_PREPOSITION.fullmatch(doc.norm, t.end, f.start):
            return True
    return False


def _last_such(f: Found, ref: date) -> Found:
    """An ordinal day read in the telling's month, moved a month back if it is still to come."""
    if f.kind != "oday" or f.value <= ref.isoformat():
        return f
    y, m = divmod(int(f.value[:4]) * 12 + int(f.value[5:7]) - 2, 12)
    day = safe_date(y, m + 1, int(f.value[8:10]))
    if day is not None:
        f.value = day.isoformat()
    return f


def _last_explicit_year(norm: str, found: list[Found]) -> int | None:
    for f in reversed(found):
        if f.relative:
            continue
        if (
            f.kind == "year"
            and _ATTRIBUTIVE.match(norm, f.end)
            and _THE.search(norm, f.start - 4, f.start)
        ):
            continue  # "the 1968 massacre": an event named by its year, not the story's time
        if _EVENT_OF.search(norm, max(0, f.start - 30), f.start):
            continue  # "driven out by the uprising of October 1973": another event's time
        m = _EXPLICIT_YEAR.search(norm, f.start, f.end)
        if m:
            return int(m.group()) if f.value_end is None else int(f.value[:4])
        if f.kind in ("md", "dm") and _YEAR_TOLD.search(norm, f.start, f.end):
            return int(f.value[:4])  # "On 15 February last year": the story's year
    return None


_ATTRIBUTIVE = re.compile(r"\s+[a-z]")
_THE = re.compile(r"(?i)\bthe\s+$")
_EVENT_OF = re.compile(
    r"(?i)\b(?:uprising|revolution|revolt|rebellion|massacre|coup|war|elections?|riots|"
    r"crackdown|bombings?|protests|strikes|killings|pogrom|genocide)\s+of\s+(?:the\s+)?$"
)
_YEAR_TOLD = re.compile(r"(?i)\b(?:last|this|the previous|the following)\s+year\b")


# the dates told before that the event is looked for in (linear time on a long document)
_EVENT_LOOKBACK = 200
