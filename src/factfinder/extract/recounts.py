"""A voice's toll dated by its telling: "On 23 June the agency put the death toll at 45", "In
2005 a government committee said 163 people had died", "By mid-October, rights groups had
registered 157 dead".

The date stands before the speaker, and the act words come after the speaker's verb of telling
or counting, in what is told: the date is when the figure was given, not when the dead died.
Such a frame is a recount of an incident the report has already told, when no incident of the
telling's own date shares its act: clusters.py joins it to the incident told last before it
with a shared act and a figure of its size (else the one told last), so the voice keeps its
own mention and figure, dated by the incident it counts. A frame that tells an act with its
doer ("said soldiers had killed 12 villagers") or a new event ("in a new attack") is not a
recount.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factfinder.extract.doc import Doc
from factfinder.extract.numbers import SCALES, UNITS

if TYPE_CHECKING:
    from factfinder.extract.frames import Frame

# the verb between the speaker and what is told or counted
_TELLS = re.compile(
    r"(?i)[^.;:]{0,40}?\b(?:said|says|told|reported|announced|stated|wrote|claimed|confirmed|"
    r"acknowledged|admitted|estimated|found|concluded|put|puts|gave|gives|listed|lists|"
    r"registered|recorded|counted|counts|certified|documented|tallied|verified|cited|"
    r"spoke\s+of|speaks\s+of|spoken\s+of|raised|revised|argued|argue|argues|believe|believes|"
    # "The figure recognised by the government today is 165 dead"
    r"is|was|stands\s+at|stood\s+at|remains|remained)\b"
)
# act words that tell the dead, not an act done: "45 dead", "had died", "the death toll",
# "bodies", "were killed" (a passive: no doer told)
_TOLL_WORD = re.compile(
    r"(?:dead|died|deaths?|death\s+toll|toll|bodies|corpses|fatalities|casualties|lives|"
    r"killed|wounded|injured|lost\s+their\s+lives|missing)$"
)
_PASSIVE = re.compile(r"\b(?:been|were|was|are|is|be)\s+(?:\w+ly\s+)?$")
# "7,800 people killed", "forty civilians wounded": a figure and its noun, no doer
_COUNTED = re.compile(
    rf"(?:\d|\b(?:{'|'.join(sorted([*UNITS, *SCALES], key=len, reverse=True))}))\S*\s+"
    r"(?:[a-z-]+\s+){0,2}$"
)
_DONE_WORD = re.compile(r"(?:killed|wounded|injured)$")
# "in a new attack", "another 12 people": an event after the one told
NEW_EVENT = re.compile(r"(?i)\b(?:new|another|further|fresh|second|separate|more(?!\s+than))\b")


def recounted(doc: Doc, f: Frame) -> bool:
    """Whether a voiced frame's date is the date of its telling: a date of its own sentence
    before the speaker of a toll told (``told_toll``), or the time of the report itself ("The
    figure recognised by the government today is 165 dead", in a piece on the fortieth
    anniversary)."""
    if f.date is None or not told_toll(doc, f):
        return False
    if f.date.sentence == f.sentence and f.date.start < f.voice_span[0]:
        return True
    return _now(doc, f.date.value, f.date.value_end)


def _now(doc: Doc, value: str, end: str | None) -> bool:
    """The date is the report's own time: its day, or a span or month that holds it."""
    if doc.published is None:
        return False
    today = doc.published.isoformat()
    return (
        value == today
        or (end is None and len(value) == 7 and today.startswith(value))
        or (end is not None and value <= today <= end)
    )


def told_toll(doc: Doc, f: Frame) -> bool:
    """Whether the frame is a voice's toll and nothing else: every act word a word of the dead
    after the speaker's verb of telling or counting (or no act word but the figure's own: "had
    registered 157 dead"), no new event told."""
    span, triggers = f.voice_span, f.triggers
    if f.voice is None or not f.quantities:
        return False
    first = min([*(t.start for t in triggers), *(q.start for q in f.quantities)])
    if first < span[1] or _TELLS.match(doc.norm, span[1], first) is None:
        return False
    if NEW_EVENT.search(doc.norm, span[1], f.end):
        return False
    for t in triggers:
        word = doc.low[t.start : t.end]
        if not _TOLL_WORD.search(word):
            return False
        before = doc.low[max(0, t.start - 30) : t.start]
        if _DONE_WORD.search(word) and not (_PASSIVE.search(before) or _COUNTED.search(before)):
            return False  # "said soldiers killed 12": a doer and its act, maybe a new one
    return True
