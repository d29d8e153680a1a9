"""The days an undated act takes from the sentences around it: the last event date of its
paragraph, the scene a day set in the paragraphs before ("On Sunday, 17 August, a unit
arrived. [new paragraph] The soldiers arrested nineteen people"), the day a court is said to
have found, or the day of the news, with the exceptions (processes, bodies counted later,
acts told as earlier); and, in an anniversary piece, the day it remembers ("Ninety years ago
today, on April 23, 1930"). frames.py calls :func:`paragraph_dates`, then
:func:`remembered_day`, once its frames are built; the pipeline calls
:func:`remembered_incident` on the mentions written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factfinder.extract.actdates import since_clause_of_other
from factfinder.extract.doc import DateRef, Doc
from factfinder.extract.processdays import (
    JUDICIAL_ACTS,
    PROCESS,
    court_day,
    news_day,
    told_earlier,
)
from factfinder.model import DatePrecision, Mention

if TYPE_CHECKING:
    from factfinder.extract.frames import Frame

# "since July 2016": a state's start or a running total up to the telling, no event's day
SINCE = re.compile(r"(?i)\bsince\s+(?:the\s+)?$")


_WHO_CLAUSE = re.compile(r",\s+who\s[^,;.:()]*$")


def paragraph_dates(doc: Doc, frames: list[Frame]) -> None:
    """An undated frame takes the last event date stated earlier in its paragraph."""
    dates = [d for d in doc.dates if not d.meta]
    # "On the morning of 12 November 1991, after a memorial Mass, a procession walked to the
    # cemetery": a commemoration's day dates no older event, yet it sets the scene of the acts
    # told next ("Shortly after, troops opened fire on the crowd")
    scenes = [d for d in doc.dates if not d.meta or doc.sentences[d.sentence].commemoration]
    framed = {f.sentence for f in frames}
    # the first date of its telling (datemeta.py) each sentence gives (not a time by which a
    # count had grown: "By the first week of August, refugees said that around 50 bodies had
    # been recovered", after the last week of July)
    tellings: dict[int, int] = {}
    for told in doc.dates:
        if told.meta and not _BY.search(doc.low, max(0, told.start - 4), told.start):
            tellings.setdefault(told.sentence, told.start)
    last: dict[int, DateRef] = {}
    # the day a court or body is said to have found or ruled, per paragraph: its sentences
    # are passed that day ("On 15 October 2012 the tribunal found ... The court sentenced")
    findings = [d for d in doc.dates if d.meta and d.precision == DatePrecision.DAY]
    found: dict[int, DateRef] = {}
    i = j = k = 0
    acts_before: set[str] = set()  # the acts of the frames before (what "the attack" may be)
    referred: set[int] = set()  # the paragraphs a definite act refers back in ("the attack")
    for f in frames:
        fresh = f.definite and not acts_before.intersection(f.acts)
        acts_before.update(f.acts)
        toll_of_referred = not f.triggers and f.voice is not None and f.paragraph in referred
        if f.definite and not fresh:
            referred.add(f.paragraph)
        while j < len(scenes) and scenes[j].end <= f.start:
            j += 1
        while k < len(findings) and findings[k].end <= f.start:
            found[doc.sentences[findings[k].sentence].paragraph] = findings[k]
            k += 1
        while i < len(dates) and dates[i].end <= f.start:
            told = dates[i]
            # ("since July": a state's start; "walked on Tuesday, three years to the day after
            # their sons disappeared": the day of another event than the paragraph's)
            if (
                not SINCE.search(doc.norm, max(0, told.start - 12), told.start)
                and "to the day" not in doc.low[told.start : told.end]
                # ("Haji-Daoud Nabi, 71, who had come to New Zealand as a refugee in the late
                # 1970s": a person's past, not the time of the paragraph's acts)
                and not _WHO_CLAUSE.search(doc.norm, max(0, told.start - 100), told.start)
                # ("a group that has tracked abuses since the force took the capital in
                # December": the start of a state told in passing)
                and not since_clause_of_other(doc, told)
            ):
                last[doc.sentences[told.sentence].paragraph] = told
            i += 1
        d = last.get(f.paragraph)
        if f.pattern or f.after is not None:
            continue
        if f.date is None and d is not None and (not f.definite or _antecedent(doc, d, f, framed)):
            scene = doc.sentences[d.sentence]
            if (
                f.voice is not None
                and scene.start <= f.voice_span[0] < scene.end
                and d.sentence not in framed
                and _BODIES.search(doc.low, f.start, f.end)
            ):
                # "Observers reached Taldou on Saturday. They counted 92 bodies": the day the
                # voice came to count, not of the deaths (the incident the toll disputes gives it)
                continue
            if (
                f.voice is not None
                and doc.published is not None
                and d.value == doc.published.isoformat()
                and d.sentence not in framed
            ):
                # "The figure most often cited in Iran today is 377. Opposition newspapers spoke
                # of more than 400 dead": the day of the telling, not of the deaths
                continue
            if f.voice is not None and _TOLD_ON.search(
                doc.norm, max(scene.start, d.start - 120), d.start
            ):
                # "that was the figure reported by section commanders to the garrison
                # commander on 23 February. Community associations have long put the toll at
                # 40,000": the day of an earlier telling, not of the deaths
                continue
            if (
                f.voice is not None
                and (told_earlier(doc, f.start, f.triggers) or _toll_given(doc, f))
                and PROCESS.search(doc.low, scene.start, scene.end)
            ):
                # "A Board of Enquiry sat in January 1929. It found that 31 people had been shot
                # dead": the day of the process that told it, not of the act told as earlier
                continue
            if f.voice is not None and tellings.get(f.sentence, f.voice_span[0]) < f.voice_span[0]:
                # "Iraqi forces retook the area in March 2017. On 11 March 2017 the Popular
                # Mobilisation announced that it had found a grave ... of 500 inmates executed":
                # the voice's own sentence dates its telling; the deaths are older than both
                continue
            f.date, f.borrowed = d, True
        elif f.date is None and d is None and doc.sentences[f.sentence].stamp is not None:
            f.stamp = doc.sentences[f.sentence].stamp  # a live blog's entry (clusters.py)
        elif f.date is None and d is None and JUDICIAL_ACTS.intersection(f.acts):
            f.date = court_day(doc, found.get(f.paragraph)) or news_day(
                doc, dates, i, f.paragraph, f.triggers
            )
            f.borrowed = f.date is not None
        elif f.date is None and d is None and (not f.definite or fresh) and j > 0:
            if toll_of_referred:
                # "The number of civilian deaths during the attack remains unverified. On 15
                # May, the Humanitarian Coordinator stated that 26 bodies had been identified":
                # the toll of the attack referred to, not of the last scene told
                continue
            # ("a missile burst over the station on Friday 8 April. [new paragraph] The attack
            # killed 58 people": a definite act no frame before told is the scene's)
            f.date = _last_scene(doc, scenes, j, f, framed)
            f.borrowed = f.date is not None


_BY = re.compile(r"\bby\s+$")
_TOLL_GIVEN = re.compile(r"\b(?:gave|gives|put|puts|placed)\s+the\s+(?:number|toll|figure|dead)\b")


def _toll_given(doc: Doc, f: Frame) -> bool:
    """ "Press reports in 1998 gave the number of people killed on the hill as about 130": a
    voice gives a toll (not of the trial the paragraph told last)."""
    return not JUDICIAL_ACTS.intersection(f.acts) and bool(
        _TOLL_GIVEN.search(doc.low, f.voice_span[1], f.end)
    )


_SCENE_PARAGRAPHS = 2
# the day is an adverbial of the sentence: "On Sunday, 17 August, a unit arrived", "Early on
# 3 May the convoy left"
_SCENE_OPENING = re.compile(
    r"(?i)(?:^|\b(?:on|early on|late on|(?:in|on) the (?:early )?(?:morning|afternoon|evening|"
    r"night) of|from(?: about| around)?|"
    # "let's remind ourselves what happened last Friday night, the 11th of December": a recap
    # of the day (a presenter's question, a chronology's lead) sets the scene for the answer
    r"\bwhat\s+(?:happened|took\s+place|unfolded)(?:\s+(?:[\w-]+\s+){1,3}night,)?))"
    r"\s*(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$"
)
_IN_RELATIVE = re.compile(r"(?i)\b(?:which|that|who)\s[^,;:()]*$")
# "The Court held it proven that on Thursday 5 October 1995 a patrol entered": the "that" of
# a finding opens what was found, the scene itself, no relative clause
_FOUND_THAT = re.compile(
    r"(?i)\b(?:held|found|established|concluded|ruled|determined|accepted|confirmed|stated|"
    r"said|reported|alleged|claimed|testified|recalled)(?:\s+it\s+(?:proven|proved|established))?"
    r"\s+that\s[^,;:()]*$"
)
# a relative clause in the past perfect: the day of an event before the one told
_EARLIER_RELATIVE = re.compile(r"(?i)\b(?:which|that|who)\s+had\s[^,;:()]*$")
# "Over that day and the next", "That night": the scene's own day, told again
_THAT_DAY = re.compile(
    r"(?i)\W*(?:(?:over|on|in|during|by|throughout)\s+)?(?:that|the\s+same)\s+"
    r"(?:day|night|morning|afternoon|evening)\b"
)
_NEW_TIME = re.compile(
    r"(?i)\W*(?:(?:in|during|by|before|after|since|until|over|for|throughout|that|this|"
    r"last|next|each|every|the)\s+(?:the\s+|that\s+|those\s+)?(?:[\w-]+\s+)?(?:winter|spring|"
    r"summer|autumn|fall|years?|months?|weeks?|days?|decades?|nights?|mornings?|evenings?|"
    r"past|\d0s)|(?:years|months|weeks|days|decades)\s+(?:later|earlier|before|after|ago)|"
    r"later|earlier|previously|formerly|once|afterwards|since\s+then|then)\b"
)


def _last_scene(
    doc: Doc, scenes: list[DateRef], j: int, f: Frame, framed: set[int]
) -> DateRef | None:
    """The last scene-setting day told in the paragraphs before: "before dawn on 22 April 1994,
    soldiers surrounded the quarter, [...] overthrown in the coup of September 1991. [new
    paragraph] The attackers broke down doors": 22 April, not the coup's month."""
    for k in range(j - 1, -1, -1):
        d = scenes[k]
        if f.paragraph - doc.sentences[d.sentence].paragraph > _SCENE_PARAGRAPHS:
            return None
        if d.precision == DatePrecision.DAY:
            opening = doc.norm[doc.sentences[d.sentence].start : d.start]
            if _EARLIER_RELATIVE.search(opening) and _SCENE_OPENING.search(opening):
                continue  # "their comrade, who had disappeared on 24 May": the scene is before
            if d.relative and _LOOKS_BACK.match(doc.low, d.start, d.end):
                # "the morning of 17 December, when students marched. The day before, a plenum
                # had replaced him. [...] That evening troops broke up the crowd": a look back
                # from the day told, not a new scene
                continue
            return _scene_day(doc, d, f, framed)
    return None


def _scene_day(doc: Doc, d: DateRef, f: Frame, framed: set[int]) -> DateRef | None:
    """ "On Sunday, 17 August, a unit of the army arrived in the village. [new paragraph]
    The soldiers arrested nineteen people": a day that sets the scene in a sentence with no
    act word dates the undated acts told in the next paragraphs."""
    told = doc.sentences[f.sentence].start
    that_day = _THAT_DAY.match(doc.norm, told)
    if d.precision != DatePrecision.DAY or (d.sentence in framed and not that_day):
        # ("the morning of 17 December, when students marched to the square. [new paragraph]
        # That evening troops broke up the crowd": the day of the act told last)
        return None
    if _NEW_TIME.match(doc.norm, told) and not that_day:
        return None  # "In the winter they bombed the city": a time of its own
    opening = doc.norm[doc.sentences[d.sentence].start : d.start]
    relative = _IN_RELATIVE.search(opening) and not _FOUND_THAT.search(opening)
    if (not _SCENE_OPENING.search(opening) and d.sentence not in framed) or relative:
        # "after the coup of 11 September", "the trial, which opened on 16 April": the date
        # of another event, or of the noun a relative clause tells of
        return None
    if doc.published is not None and d.value == doc.published.isoformat():
        return None  # "today": the telling, not a scene
    paragraph = doc.sentences[d.sentence].paragraph
    return d if 0 < f.paragraph - paragraph <= _SCENE_PARAGRAPHS else None


_LOOKS_BACK = re.compile(
    r"(?:the\s+)?(?:day|night|evening|morning)\s+before\b|(?:the\s+)?previous\s+"
    r"(?:day|night|evening|morning)\b|[\w-]+\s+(?:days?|nights?)\s+(?:earlier|before)\b"
)
_TOLD_ON = re.compile(
    r"(?i)\b(?:reported|announced|acknowledged|stated|cabled|telegraphed|wrote)\b[^.;:]{0,100}"
    r"\b(?:on|in)\s+(?:the\s+)?$"
)
_BODIES = re.compile(r"\bbod(?:y|ies)\b")


def _antecedent(doc: Doc, d: DateRef, f: Frame, framed: set[int]) -> bool:
    """'This attack' right after a dated sentence that told an event in words the lexicon
    does not know ("was targeted ... on 1 September"): the definite refers to that event.
    The day of publication is no such date: "Today is the last day on which anyone can be
    prosecuted. [...] the limitation period for the killings expires" tells the present."""
    today = doc.published.isoformat() if doc.published is not None else None
    return d.sentence == f.sentence - 1 and d.sentence not in framed and d.value != today


# "Ninety years ago today, on the morning of April 23, 1930, a crowd gathered": the day an
# anniversary piece remembers
_REMEMBERED = re.compile(r"\bago\s+(?:today|tonight|on\s+this\s+(?:day|date))\b")
# an act in the perfect ("police have detained 14 at the vigil") is news of the telling; a toll
# in the perfect ("accounts have put the dead at 400") still counts the day remembered
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|also|already|long|since)\s+)?(?:been\s+)?$")
_PLURAL = re.compile(r"[^s]s$")
_TOLL = re.compile(r"\btoll\b|\bput\s+the\b|\bnumber\s+of\b|\bdead\b")


def _anchor(doc: Doc) -> DateRef | None:
    """The day an anniversary piece remembers ("Ninety years ago today, on April 23, 1930")."""
    if "ago" not in doc.low:
        return None
    return next(
        (
            d
            for d in doc.dates
            if not d.meta
            and d.precision == DatePrecision.DAY
            and (doc.published is None or d.value < doc.published.isoformat())
            and _REMEMBERED.search(
                doc.low, doc.sentences[d.sentence].start, doc.sentences[d.sentence].end
            )
        ),
        None,
    )


def remembered_day(doc: Doc, frames: list[Frame]) -> None:
    """An act of an anniversary piece that no sentence around it dates is of the day the piece
    remembers ("Ninety years ago today, on April 23, 1930, ..." [...] "Troops then opened
    fire", "The government's communique put the number of dead at 20")."""
    anchor = _anchor(doc)
    if anchor is None:
        return
    for f in frames:
        if f.date is not None or f.pattern or f.after is not None or f.stamp is not None:
            continue
        if JUDICIAL_ACTS.intersection(f.acts):
            continue  # a trial and its sentences come later than the day remembered
        if not f.triggers or all(_PLURAL.search(doc.low, t.start, t.end) for t in f.triggers):
            # "Tehran's attacks against this organisation": many acts, not the day's; and a
            # figure with no act word ("the museum carves 504 names") tells of no act that day
            continue
        if any(
            _PERFECT.search(doc.low, max(f.start, t.start - 30), t.start)
            and not _TOLL.search(doc.low, t.start, t.end)
            for t in f.triggers
        ):
            continue
        f.date, f.borrowed = anchor, True


def remembered_incident(doc: Doc, mentions: list[Mention]) -> None:
    """The mentions dated by the day an anniversary piece remembers are of one incident."""
    anchor = _anchor(doc)
    if anchor is None:
        return
    home = next((m.incident for m in mentions if m.date == anchor.value), None)
    for m in mentions:
        if m.date == anchor.value:
            m.incident = home
