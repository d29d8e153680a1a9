"""Event frames: what one sentence says about one event (clusters.py groups them).

Matching (the taggers) is kept apart from this step, which only reads annotations: a frame
is built per sentence and per event date, and undated frames borrow the date of the event the
paragraph is telling (or of the last event with the same act: "the massacre").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from factfinder.extract.actdates import (
    after_event,
    charged_date,
    dated_here,
    nearest,
    of_main_clause,
    own_day,
    owned_by_other,
    relative_of_other,
    since_clause_of_other,
    subject_day,
)
from factfinder.extract.anaphora import definite_places
from factfinder.extract.doc import (
    ActorRef,
    DateRef,
    Doc,
    PersonRef,
    PlaceRef,
    Quantity,
    Trigger,
)
from factfinder.extract.judged import judged_sentences
from factfinder.extract.processdays import JUDICIAL_ACTS, PERFECT
from factfinder.extract.recounts import recounted
from factfinder.extract.scenes import SINCE, paragraph_dates, remembered_day
from factfinder.extract.text import cites_source
from factfinder.model import DatePrecision

CATEGORY_ACT = {
    "killed": "killing",
    "executed": "execution",
    "abducted": "abduction",
    "arrested": "arrest",
    "sentenced": "death_sentence",
}
# A determiner right before an event noun ("the massacre", "this week's attack"): the
# sentence refers back to an event told before. Verbs ("had been killed") never are.
_DEFINITE = re.compile(r"(?i)\b(?:the|this|these|those|its|their)\s+(?:[\w'-]+\s+){0,2}$")
_VERB_FORM = re.compile(r"(?i)(?:ed|en|ing)$")
_PASSED = re.compile(r"(?i)\b(?:reinstated|reimposed|restored)\s+(?:the|its|his|her|their)\s+$")
_VERB_ENDINGS = ("ed", "en", "ing")
_HINT_CHARS = 100
# (not the comma of "11,000", nor the points of "1 p.m.")
_CLAUSE_END = re.compile(r"[;:!?\"“”()]|,(?!\d)|\.(?!\d)(?<!\b[aApP]\.)(?<!\b[aApP]\.[mM]\.)")
# "the attack on the church compound in Suai, Covalima district, on 6 September 1999": a
# place's apposition ends no clause
_PLACE_APPOSED = re.compile(
    # ("the gang attack on the town of Pont-Sonde, in the Artibonite department, in the ...")
    r",\s+(?:in\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*\s+){0,2}(?:[A-Z][\w'’-]*|district|province|"
    r"region|state|county|governorate|department|municipality|prefecture),"
)
# "... in the early hours of the previous day, Thursday 3 October": a day apposed to a time
_TIME_APPOSED = re.compile(r"(?i)\b(?:day|night|morning|evening|afternoon|hours|dawn),\s*$")


def _clause_end(norm: str, start: int, end: int) -> bool:
    while (m := _CLAUSE_END.search(norm, start, end)) is not None:
        if not norm[m.end() : end].strip() and _TIME_APPOSED.search(
            norm, max(0, m.start() - 12), m.end()
        ):
            return False
        apposed = _PLACE_APPOSED.match(norm, m.start(), end)
        if apposed is None:
            return True
        start = apposed.end()
    return False


# "numerous rocket attacks", "a series of raids": a plural event noun counted vaguely is many
# events, never the one event a date nearby tells.
_ITERATIVE = re.compile(
    r"(?i)\b(?:numerous|several|many|multiple|repeated|countless|frequent|recurrent|successive|"
    r"regular|various|a (?:series|wave|spate|string|number) of|dozens of|scores of|hundreds of)"
    r"\s+(?:[\w-]+\s+){0,2}$"
)
# "the regime has tortured and executed thousands": a perfect with no date of its own and no
# exact figure, site or name tells a pattern, not an incident.
_NOT_PLURAL = frozenset(["ss", "us", "is", "as"])  # "tear gas", "siege of the campus"
# "hundreds of protesters": people who act, not many events
_AGENT = re.compile(r"(?:ers|ors|ants|ists)$")
_TOLD_FIGURE = re.compile(r"\bthe $")  # "the seven", "the 43 students": a figure told before


@dataclass(slots=True)
class Frame:
    sentence: int
    paragraph: int
    start: int
    end: int
    voice: str | None
    voice_span: tuple[int, int]
    triggers: list[Trigger] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    date: DateRef | None = None
    inherited: bool = False
    borrowed: bool = False  # dated by an earlier sentence of its paragraph, not by itself
    definite: bool = False
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)
    statistic: bool = False  # a count over a long period or a whole country (see _statistic)
    pattern: bool = False  # many events told at once (_ITERATIVE, PERFECT): no borrowed date
    after: Trigger | None = None  # "following the attack, ...": the earlier event referred to
    words: set[str] = field(default_factory=set)  # the act words, folded ("massacre")
    hints: list[DateRef] = field(default_factory=list)  # unattached dates of a definite frame
    stamp: DateRef | None = None  # the day of its live-blog entry or broadcast (clusters.py)
    row: bool = False  # a row of a table of incidents (tables.py): an entry of its own
    told_figure: bool = False  # a figure named as known ("The seven are the dead we can name")
    nearby: set[str] = field(default_factory=set)  # the sites named just before a definite act
    scene: set[str] = field(default_factory=set)  # the sites of the sentence it took its day from
    # the act each sentenced figure was sentenced to, by its start ("43 to death": death_sentence,
    # "22 to life": imprisonment; see judged_sentences)
    judged: dict[int, str] = field(default_factory=dict)
    recount: bool = False  # a voice's toll dated by its telling (recounts.py)
    opening: bool = False  # its act opens its sentence and takes its one date (subject_day)

    @property
    def acts(self) -> list[str]:
        acts = [t.act for t in self.triggers]
        acts += [
            self.judged.get(q.start, CATEGORY_ACT[q.category])
            for q in self.quantities
            if q.category in CATEGORY_ACT
        ]
        return list(dict.fromkeys(acts))

    @property
    def wounded(self) -> bool:
        """A voice's count of the wounded with no act word ("More than 200 people were treated
        for injuries, health officials said"): a toll of an incident told, never one of its
        own (clusters.py joins it to one; mentions.py gives it that incident's acts)."""
        return self.voice is not None and any(
            q.category == "injured" and not q.subset for q in self.quantities
        )

    @property
    def aggregate(self) -> bool:
        if self.statistic or self.pattern:
            return True
        return any(q.category == "events" and (q.count.low or 0) > 1 for q in self.quantities)

    def keepable(self) -> bool:
        """An undated frame is an incident only with an exact figure, a precise place or a name."""
        exact = any(q.count.value is not None and not q.subset for q in self.quantities)
        precise = any(p.kind in ("site", "city") for p in self.places)
        return exact or precise or bool(self.persons)


@lru_cache(maxsize=4096)
def interval(value: str | None, end: str | None) -> tuple[date, date] | None:
    """The days an ISO date at its precision covers ('2013' → 2013-01-01 … 2013-12-31)."""
    if not value:
        return None
    lo = _bound(value, last=False)
    hi = _bound(end or value, last=True)
    if lo is None or hi is None:
        return None
    return lo, hi


def _bound(value: str, *, last: bool) -> date | None:
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return date(int(parts[0]), 12, 31) if last else date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            if not last:
                return date(y, m, 1)
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return date.fromisoformat(value)
    except ValueError:
        return None


def build_frames(doc: Doc) -> list[Frame]:
    """One frame per sentence and event date, from triggers and assigned quantities."""
    frames: list[Frame] = []
    triggers: dict[int, list[Trigger]] = {}
    for t in doc.triggers:
        triggers.setdefault(t.sentence, []).append(t)
    quantities: dict[int, list[Quantity]] = {}
    for q in doc.quantities:
        quantities.setdefault(q.sentence, []).append(q)
    dates: dict[int, list[DateRef]] = {}
    for d in doc.dates:
        if not d.meta:
            dates.setdefault(d.sentence, []).append(d)
    opening: dict[int, int] = {}  # each paragraph's start
    for index, sentence in enumerate(doc.sentences):
        ts, qs = triggers.get(index, []), quantities.get(index, [])
        start = opening.setdefault(sentence.paragraph, sentence.start)
        if sentence.heading or not (ts or qs):
            continue
        cited = cites_source(doc.norm, start, sentence) if doc.norm[start] in "[(^" else None
        if cited == "title" or (cited and not any(_verb(doc, t) for t in ts)):
            continue  # "[35] HRMMU interviews with 11 former detainees, October 2022."
        frames.extend(_sentence_frames(doc, index, ts, qs, dates.get(index, [])))
    _attach_context(doc, frames)
    rows = {doc.sentence_of(r.start, r.end) for t in doc.tables for r in t.rows}
    for f in frames if rows else ():
        f.row = f.sentence in rows
    for f in frames:
        f.statistic = (
            _statistic(doc, f)
            or (any(q.total for q in f.quantities) and _many(doc, f))
            or (_running(doc, f) and _WIDE.search(doc.norm, f.start, f.end) is not None)
        )
        f.pattern = _pattern(doc, f)
    paragraph_dates(doc, frames)
    remembered_day(doc, frames)
    _scene_places(doc, frames, rows)
    for f in frames:
        if f.date is not None and not f.inherited:
            f.recount = recounted(doc, f)
    for f in frames:
        judged_sentences(doc, f)
    return frames


_LONG_SPAN_DAYS = 300
_IN = re.compile(r"(?i)\s+in\s+")


# A total over many incidents says so: "killed in the campaign", "since the war began",
# "across the country"; "put the number of dead at about 470" is one incident's toll.
_SCOPE = re.compile(
    # (not "a war crime": what one act amounts to)
    r"(?i)\b(?:campaign|conflict|war(?!\s+crim)|crisis|insurgency|decades?|years|since|across|"
    r"nationwide|country-wide|countrywide|altogether|in all|overall|period|regime|era|"
    r"operations|offensive|violence|unrest|clashes|fighting)\b"
)


# "at least 439 people have been killed across the country": a count told in the perfect
_HAVE_BEEN = re.compile(r"(?i)\b(?:have|has)\s+(?:now\s+|so\s+far\s+)?been\s+$")


# a running total over a whole land, not one incident's missing ("since then, 14 have been missing")
_WIDE = re.compile(
    r"(?i)\b(?:across|throughout)\s+the\s+(?:country|region|province|state)\b|\bnationwide\b"
    r"|\bcountry-?wide\b|\bin\s+all\b|\baltogether\b|\boverall\b"
)


def _running(doc: Doc, f: Frame) -> bool:
    """A figure told in the perfect ("have been killed"): a running total up to the telling."""
    return any(q.count.low and q.count.low > 1 for q in f.quantities if not q.subset) and any(
        _HAVE_BEEN.search(doc.norm, max(f.start, t.start - 30), t.start) for t in f.triggers
    )


_WOUNDING = ("attack", "crackdown", "killing", "torture")  # the acts that wound (in this order)


def wounding_acts(acts: set[str]) -> list[str]:
    """The acts of an incident that wound, in a fixed order: the acts a voice's count of the
    wounded joined to it takes (mentions.py)."""
    return [a for a in _WOUNDING if a in acts]


def _many(doc: Doc, f: Frame) -> bool:
    s = doc.sentences[f.sentence]
    return bool(_SCOPE.search(doc.norm, s.start, s.end))


def _statistic(doc: Doc, f: Frame) -> bool:
    """A figure over many incidents (taxonomy: aggregate): a count whose own date is a span
    of about a year or more ('between 1976 and 1983', 'since July 2016'), or a count over a
    whole year in a whole country ('killed in Colombia last year')."""
    if f.date is None or not any(
        not q.subset and (q.count.low or q.count.max or 0) > 1 for q in f.quantities
    ):
        return False
    d = f.date
    span = interval(d.value, d.value_end)
    if span is None:
        return False
    if d.precision == DatePrecision.RANGE and (span[1] - span[0]).days >= _LONG_SPAN_DAYS:
        return True
    since = SINCE.search(doc.norm[max(0, d.start - 12) : d.start])
    if since and doc.published is not None and d.precision != DatePrecision.DAY:
        return (doc.published - span[0]).days >= _LONG_SPAN_DAYS
    if d.precision == DatePrecision.YEAR and f.places:
        return any(
            p.kind == "country"
            and 0 <= p.start - t.end <= 8
            and _IN.fullmatch(doc.norm, t.end, p.start)
            and not (d.attached and d.end <= t.start)  # "the 1988 massacre in X": one event
            for p in f.places
            for t in f.triggers
        )
    return False


# verb forms that do not end in -ed, -en or -ing (afterdates.py reads them too)
IRREGULAR_VERBS = frozenset(
    ["shot", "hit", "beat", "took", "taken", "held", "struck", "slain", "slew", "burnt", "led",
     "fled", "threw", "thrown", "drove", "driven", "caught", "bound", "hung", "set", "fought",
     "blew", "swept"]
)  # fmt: skip


def _verb(doc: Doc, t: Trigger) -> bool:
    """The act word is a verb form ("killed", "shot", "sentenced X to 25 years"): its first
    word."""
    first = doc.low[t.start : t.end].split(maxsplit=1)
    if not first:
        return False
    if doc.low.endswith(" off", t.start, t.end):
        return True  # ("with his head cut off": a participle)
    word = first[0]
    if word.isascii():  # lower-cased ASCII: _VERB_FORM is a test of its ending
        return word.endswith(_VERB_ENDINGS) or word in IRREGULAR_VERBS
    return bool(_VERB_FORM.search(word)) or word in IRREGULAR_VERBS


def _pattern(doc: Doc, f: Frame) -> bool:
    """Many events told at once: a plural event noun counted vaguely ("numerous rocket
    attacks"), or an undated perfect with no exact figure, precise place or name."""
    for t in f.triggers:
        before = doc.norm[max(doc.sentences[f.sentence].start, t.start - 40) : t.start]
        noun = not _verb(doc, t) and not _AGENT.search(doc.norm, t.start, t.end)
        plural = doc.low[t.end - 1 : t.end] == "s" and doc.low[t.end - 2 : t.end] not in _NOT_PLURAL
        if noun and plural and _ITERATIVE.search(before):
            return True
    if f.date is not None or f.keepable():
        return False
    return any(
        _verb(doc, t) and PERFECT.search(doc.norm, max(0, t.start - 30), t.start)
        for t in f.triggers
    )


def _sentence_frames(
    doc: Doc, index: int, ts: list[Trigger], qs: list[Quantity], ds: list[DateRef]
) -> list[Frame]:
    s = doc.sentences[index]
    by_date: dict[int, Frame] = {}

    def frame_for(d: DateRef | None) -> Frame:
        key = -1 if d is None else d.start
        if key not in by_date:
            by_date[key] = Frame(
                index, s.paragraph, s.start, s.end, s.voice, (s.voice_start, s.voice_end), date=d
            )
        return by_date[key]

    references = [
        t
        for t in ts
        if not _verb(doc, t)
        and after_event(doc.norm, s.start, t.start)
        and not dated_here(doc, t, ds)
    ]
    if references:  # and "... accountable for the attack": the same event named again
        told = {r.act for r in references}
        references = [t for t in ts if t in references or (t.act in told and not _verb(doc, t))]
    if references and len(references) < len(ts):
        ts = [t for t in ts if t not in references]
    else:
        references = []
    verbs = [o for o in ts if _verb(doc, o) and not doc.low.startswith("ing", o.end - 3)]
    for t in ts:
        before = doc.norm[max(s.start, t.start - 40) : t.start]
        # (not a sentence passed again: "in December 2024 the court reinstated the death sentence")
        definite = not _verb(doc, t) and bool(
            _DEFINITE.search(before) and not _PASSED.search(before)
        )
        pool = [d for d in ds if d.attached or own_day(doc, t, d)] if definite else ds
        # "executed in connection with the protests that began in September": the date of a
        # relative clause belongs to the noun it follows, not to an act word further back
        pool = [d for d in pool if not relative_of_other(doc, d, t)]
        pool = [d for d in pool if not of_main_clause(doc, d, t, pool)]
        pool = [d for d in pool if not owned_by_other(doc, d, t, verbs)] or pool
        if t.act in JUDICIAL_ACTS:
            pool = [d for d in pool if not charged_date(doc, d, t)] or pool
        frame = frame_for(nearest(pool, t.start, t.end))
        frame.triggers.append(t)
        frame.words.add(doc.low[t.start : t.end].removesuffix("s"))
        frame.definite = frame.definite or definite
        if definite and not pool:
            # "the massacre of X in Camp Y in 2013": a date later in the noun's own clause
            frame.hints = [
                d
                for d in ds
                if 0 <= d.start - t.end <= _HINT_CHARS and not _clause_end(doc.norm, t.end, d.start)
            ]
            if not frame.hints:
                frame.hints = subject_day(doc, s, t, ts, ds)
                frame.opening = bool(frame.hints)
    for q in qs:
        if q.subset:
            continue
        if s.voice is not None and s.voice_start <= (q.head_start or q.start) < s.voice_end:
            continue  # "Several of the former inmates said ...": the speakers, not the victims
        if len(ds) > 1 or q.trigger is None:  # "seven juveniles last year and two this year"
            if q.trigger is None:
                # (with no act word, a date told only of another noun's event is none of its own)
                near = [d for d in ds if not since_clause_of_other(doc, d, q)]
            else:
                t = doc.triggers[q.trigger]
                near = [d for d in ds if not relative_of_other(doc, d, t)]
                near = [d for d in near if not of_main_clause(doc, d, t, near)]
                near = [d for d in near if not owned_by_other(doc, d, t, verbs)] or near
                if t.act in JUDICIAL_ACTS:
                    near = [d for d in near if not charged_date(doc, d, t)] or near
                near = near or ds
            d = nearest(near, q.start, max(q.end, q.head_end or 0))
        else:
            d = _trigger_frame_date(by_date, doc.triggers[q.trigger])
        frame = frame_for(d)
        frame.quantities.append(q)
        frame.told_figure = (
            frame.told_figure
            or _TOLD_FIGURE.search(doc.low, max(s.start, q.start - 4), q.start) is not None
        )
    frames = [f for f in by_date.values() if f.acts or f.wounded]
    for f in frames:
        if references and f.date is None:
            f.after = references[0]
    return frames


def _trigger_frame_date(by_date: dict[int, Frame], trigger: Trigger) -> DateRef | None:
    for f in by_date.values():
        if trigger in f.triggers:
            return f.date
    return None


_SCENE_PARAGRAPHS = 2


def _scene_places(doc: Doc, frames: list[Frame], rows: set[int | None]) -> None:
    """ "Between 30 December and 2 January the troops entered Makobola. [...] Families were
    locked inside their homes": the sites of the day's sentence are the undated act's scene."""
    sites: dict[int, set[str]] = {}
    for p in doc.places:
        if p.kind in ("site", "city") and p.sentence not in rows:  # (not a table's cells)
            sites.setdefault(p.sentence, set()).add(p.name)
    for f in frames:
        d = f.date
        if (
            f.borrowed
            and d is not None
            and d.sentence != f.sentence
            and d.sentence in sites
            and f.paragraph - doc.sentences[d.sentence].paragraph <= _SCENE_PARAGRAPHS
        ):
            f.scene = sites[d.sentence]


def _attach_context(doc: Doc, frames: list[Frame]) -> None:
    places: dict[int, list[PlaceRef]] = {}
    actors: dict[int, list[ActorRef]] = {}
    persons: dict[int, list[PersonRef]] = {}
    resolved = definite_places(doc)  # "the camp" → the camp named before
    spans = {(p.start, p.end) for p in resolved}
    for p in [*(p for p in doc.places if (p.start, p.end) not in spans), *resolved]:
        places.setdefault(p.sentence, []).append(p)
    for a in doc.actors:
        actors.setdefault(a.sentence, []).append(a)
    for n in doc.persons:
        persons.setdefault(n.sentence, []).append(n)
    for f in frames:
        f.places = places.get(f.sentence, [])
        if f.definite and not f.places and f.sentence > 0:
            # "The toll at Lukodi has never been fixed. Some bodies were found months after
            # the attack": the attack at the place just named
            before = f.sentence - 1
            if doc.sentences[before].paragraph == f.paragraph:
                f.nearby = {p.name for p in places.get(before, []) if p.kind in ("site", "city")}
        if f.after is not None:  # "following the attack in Camp A, ... at Camp B": B's
            cut = _CLAUSE_END.search(doc.norm, f.after.end, f.end)
            stop = cut.start() if cut else f.after.end
            f.places = [p for p in f.places if not f.after.start <= p.start < stop]
        f.actors = actors.get(f.sentence, [])
        f.persons = persons.get(f.sentence, [])
