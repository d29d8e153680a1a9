"""Dates that open a telling: "On 19 September, the EU's foreign policy chief confirmed that
..." dates the confirmation, not the event in its complement (dates.py asks, datemeta.py holds
the other readings of a date as the time of a telling).
"""

from __future__ import annotations

import re

from factfinder.extract.datetext import Found
from factfinder.extract.doc import Doc, Sentence, Trigger
from factfinder.extract.prefilter import lowered_variant, may_match, required
from factfinder.extract.processdays import JUDICIAL_ACTS

# "On 19 September, the EU's foreign policy chief confirmed that ...": a date that opens a
# clause whose verb is one of telling dates the telling; the event is in the complement.
_TELLING_AFTER = re.compile(
    r"(?i)\W{0,3}(?:[\w.'’-]+,?\s+){1,14}?(?:said|says|stated|confirmed|revealed|announced|"
    r"released|published|issued|reported|wrote|told|declared|disclosed|acknowledged|"
    r"admitted|testified|ruled|concluded|determined|certified|"
    # "In January 2012 the Supreme Court set those rulings aside, holding that nine ... had
    # been killed": the day of the holding
    r"held\s+that|holding\s+that|"
    # "By the next morning, newspapers were reporting at least 42 bodies recovered"
    r"(?:were|was)\s+(?:reporting|saying)|"
    # "On Tuesday, the Secretary-General condemned the attack": the day of the condemnation
    r"condemned|denounced|deplored|described|called\s+(?:the|it|them)|"
    # "On Monday, the Government gave a toll of 272": the day of the figure's telling
    r"gave\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:toll|figure|count|estimate))\b"
)
_THAT_NEXT = re.compile(r"(?i)\s+that\b")
_OPENING = re.compile(r"(?i)\W*(?:(?:and|but|also|then|later)\s+)?(?:on|in|at|by|during|since)?\s*")
_SAID_THAT_ON = re.compile(
    r"(?i)\b(?:said|says|added|noted|recalled|stated|explained)\s+that,?\s+(?:on|in|by)\s+$"
)
_TELLING_AFTER_LOW = lowered_variant(_TELLING_AFTER)
_TELLING_NEED = required(_TELLING_AFTER, 32)


def opens_telling(doc: Doc, s: Sentence, f: Found, triggers: list[Trigger]) -> bool:
    """The date opens its sentence (or what a voice said) and the clause it opens is a telling:
    a subject and a verb of saying or publishing, with no act word before that verb
    (``triggers``: the act words of the sentence)."""
    if not _OPENING.fullmatch(doc.norm, s.start, f.start) and not _SAID_THAT_ON.search(
        doc.norm, max(s.start, f.start - 30), f.start
    ):  # ("Ms. Lindqvist said that on 6 October the local authorities had reported 52")
        return False
    if not may_match(_TELLING_NEED, doc.norm[f.end : s.end]):
        return False
    if doc.norm.isascii() and _TELLING_AFTER_LOW is not None:  # same spans, faster
        m = _TELLING_AFTER_LOW.match(doc.low, f.end, s.end)
    else:
        m = _TELLING_AFTER.match(doc.norm, f.end, s.end)
    if m is None:
        return False
    if m.group().lower().endswith("ruled") and any(t.act in JUDICIAL_ACTS for t in triggers):
        return False  # "On 5 May the tribunal ruled: 23 were convicted": the ruling's day
    if (
        m.group().lower().endswith("confirmed")
        and any(t.act in JUDICIAL_ACTS and m.end() < t.start <= m.end() + 40 for t in triggers)
        and not _THAT_NEXT.match(doc.norm, m.end())
    ):
        return False  # "In October 2023 the Appeals Chamber confirmed a 15-year sentence"
    return not any(f.end <= t.start < m.end() for t in triggers)
