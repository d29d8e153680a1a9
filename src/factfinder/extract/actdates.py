"""Which of a sentence's dates is an act word's own (frames.py builds one frame per date).

The nearest date wins, an attached one ("killed on 3 May") the more so; a date told of another
noun ("protesters who had camped there since 6 April", "the protests that began in
September") is not the act's; an event noun with its day right after it ("following the
dispersal, on 3 June, of the sit-in") is told with that day.
"""

from __future__ import annotations

import re

from factfinder.extract.doc import DateRef, Doc, Quantity, Sentence, Trigger

_ATTACHED_CHARS = 30

# "following the violent dispersal, on Monday last week, 3 June, of the sit-in"
_OWN_DAY = re.compile(r"(?i)\s*,?\s*(?:on|of)\s+(?:the\s+)?$")


def dated_here(doc: Doc, t: Trigger, ds: list[DateRef]) -> bool:
    """An event noun in an opening "following the ..." that its own date follows is told,
    with that date, not only referred to."""
    return any(own_day(doc, t, d) for d in ds)


def own_day(doc: Doc, t: Trigger, d: DateRef) -> bool:
    return 0 < d.start - t.end <= 12 and _OWN_DAY.match(doc.norm, t.end, d.start) is not None


_RELATIVE_DATE = re.compile(
    r"(?i)\b(?:that|which)\s+(?:began|started|erupted|broke\s+out|took\s+place|happened|"
    r"occurred)\s+(?:in|on|during|at|since)?\s*$"
    # "opened fire on protesters who had camped outside the headquarters since 6 April"
    r"|\b(?:who|that|which)\s+(?:had|have|has)\s+(?:been\s+)?[a-z]{2,}(?:ed|t|n)\s+"
    r"(?:[\w'-]+\s+){0,5}since\s+$"
    # "sentenced six men to death for murder and arson committed on 5 July": the crimes' day
    r"|\b(?:committed|perpetrated|carried\s+out)\s+(?:on|in|during|since)\s+(?:the\s+)?$"
)
# "The abduction of more than 100 schoolgirls has revived memories of the April 2014 raid on
# Chibok": the date of the event recalled, not of an act told before it
_RECALLED = re.compile(
    r"(?i)\b(?:memories|memory|echoes|reminders?|comparisons?|recalls?|recalled|recalling|evokes?|"
    r"evoked|evoking|reminiscent)\s+(?:of\s+|with\s+)?(?:the\s+)?$"
)


_APPOSITION = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$")


# "a group that has tracked abuses across Gezira since the force captured the state capital
# in December": the day of the event a relative clause's state started with
_SINCE_CLAUSE = re.compile(
    r"(?i)\b(?:who|that|which)\s+(?:had|have|has)\s+(?:been\s+)?[a-z]{2,}(?:ed|t|n)\s+"
    r"(?:[\w'-]+\s+){0,5}since\s+(?:[\w'’-]+\s+){1,4}?(?:[a-z]+ed|took|began|seized|fell|won)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:(?:in|on|during)\s+(?:the\s+)?)?$"
)


def since_clause_of_other(doc: Doc, d: DateRef, t: Trigger | Quantity | None = None) -> bool:
    """The date is that of the event a relative clause's state began with, and the act word
    or figure (if any) is outside that clause."""
    rel = _SINCE_CLAUSE.search(doc.norm, max(0, d.start - 140), d.start)
    return rel is not None and (t is None or not rel.start() < t.start < d.start)


def relative_of_other(doc: Doc, d: DateRef, t: Trigger) -> bool:
    """The date is told of another noun's event; an apposition (", a protest that began in
    February") re-describes the sentence's own event and keeps its date."""
    recalled = _RECALLED.search(doc.norm, max(0, d.start - 40), d.start)
    if recalled is not None and t.start < recalled.start():
        return True
    if since_clause_of_other(doc, d, t):
        return True
    rel = _RELATIVE_DATE.search(doc.norm, max(0, d.start - 70), d.start)
    if rel is None or rel.start() < t.start < d.start:
        return False  # (the act told in the clause itself: "who have been on hunger strike since")
    if 0 <= rel.start() - t.end <= 3 and not doc.low.startswith("who", rel.start()):
        return False  # (people "who had camped there since": never the act itself)
    return not _APPOSITION.search(doc.norm, max(0, rel.start() - 40), rel.start())


_AUXILIARY = re.compile(r"(?i)\b(?:was|were|been|being|is|are|be|had|has|have)\s+(?:\w+ly\s+)?$")


def owned_by_other(doc: Doc, d: DateRef, t: Trigger, ts: list[Trigger]) -> bool:
    """ "a few hours after a ceremony for the peacekeepers killed on 8 May, armed men attacked":
    the day right after a participle that modifies a noun is that participle's, not the day
    of another act word of the sentence."""
    if own_day(doc, t, d):
        return False
    return any(
        o is not t
        and own_day(doc, o, d)
        and _AUXILIARY.search(doc.norm, max(0, o.start - 20), o.start) is None
        for o in ts
    )


_SUBORDINATE = re.compile(r"(?i)\b(?:after|because)\b")


def of_main_clause(doc: Doc, d: DateRef, t: Trigger, ds: list[DateRef]) -> bool:
    """ "began three days of mourning on Monday after gunmen killed 100 civilians on
    Saturday": the day before "after" is of the main clause; the act of the clause "after"
    opens takes the day told after it."""
    return (
        d.end <= t.start <= d.end + _CLAUSE_CHARS
        and _SUBORDINATE.search(doc.norm, d.end, t.start) is not None
        and any(t.end <= e.start <= t.end + _CLAUSE_CHARS and e.sentence == d.sentence for e in ds)
    )


_CLAUSE_CHARS = 400  # (a clause's length: no scan across a long run-on text)

# "acquitted a colonel over the shooting of protesters on the highway in 2012, and convicted
# seven soldiers": the date inside the phrase that names what the accused were tried for
_CHARGED_WITH = re.compile(r"(?i)\b(?:over|for)\s+(?:the|their|his|her)\s+[^,.;:()]{0,90}$")


def charged_date(doc: Doc, d: DateRef, t: Trigger) -> bool:
    """The date, told before the verdict's word ``t``, is the day or year of the crime a phrase
    names ("acquitted ... over the shooting of protesters in 2012, and convicted"), not of the
    verdict. (Not "whom the court had convicted for the massacre of 1996": a verdict told
    before its crime's date, in a clause of its own, keeps it.)"""
    return d.end <= t.start and (
        _CHARGED_WITH.search(doc.norm, max(0, d.start - 90), d.start) is not None
    )


def nearest(ds: list[DateRef], start: int, end: int) -> DateRef | None:
    if not ds:
        return None

    def distance(d: DateRef) -> float:
        gap = d.start - end if d.start >= end else start - d.end
        # an attached date is near its own act word, not every act word of the sentence
        return max(gap, 0) * (0.5 if d.attached and gap <= _ATTACHED_CHARS else 1.0)

    return min(ds, key=distance)


# "Following the attack on the camp, hundreds went on hunger strike": the definite event in
# the opening phrase is told before; the act of the main clause is a new event after it.
_AFTER_EVENT = re.compile(
    r"(?i)\b(?:following|after|(?:day|night|days|weeks|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\s+before|in\s+the\s+wake\s+of|in\s+response\s+to|in\s+protest\s+"
    r"(?:at|against|over)|within\s+[\w-]+\s+(?:days?|weeks?)\s+of)\s+"
    r"(?:the|this|that|these|those)\s+(?:[\w'-]+\s+){0,2}$"
)
# "the commission of inquiry that the governor set up after the attack, ... testified": the
# "after" of a relative clause dates its noun, not the acts of the sentence
_RELATIVE_AFTER = re.compile(
    r"(?i)\b(?:that|which|who|whom)\s+[^,;:.()]{1,50}?\s+(?:set\s+up|formed|established|"
    r"created|appointed|convened|opened|launched)\s+after\s+(?:the|this|that)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)


def after_event(text: str, floor: int, start: int) -> bool:
    """The act word at ``start`` names, after "following the" or "after the", an event told
    before, which the acts of its sentence came after (``floor``: the sentence's start)."""
    return bool(
        _AFTER_EVENT.search(text[max(floor, start - 60) : start])
        and not _RELATIVE_AFTER.search(text, max(floor, start - 90), start)
    )


_SUBJECT = re.compile(r"(?i)\W{0,3}(?:the|this|that)\s+(?:[\w'-]+\s+){0,2}$")
_SUBJECT_REACH = 200
_OTHER_EVENT = re.compile(
    r"(?i)\b(?:which|who|whose|that|after|before|since|until|followed|preceded|when|while)\b"
)


def subject_day(
    doc: Doc, s: Sentence, t: Trigger, ts: list[Trigger], ds: list[DateRef]
) -> list[DateRef]:
    """'The air strike hit Togoga, some 25 km west of Mekelle, at around 1 p.m. on Tuesday':
    the act that opens its sentence takes the sentence's one date, past its commas."""
    if len(ds) != 1 or not _SUBJECT.fullmatch(doc.norm, s.start, t.start):
        return []
    d = ds[0]
    if not 0 <= d.start - t.end <= _SUBJECT_REACH or _OTHER_EVENT.search(doc.norm, t.end, d.start):
        return []  # ("The attacks followed weeks of tension over a burial, which took place on")
    return [] if any(t.end <= o.start < d.start for o in ts if o is not t) else [d]
