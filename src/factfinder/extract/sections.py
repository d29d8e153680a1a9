"""A section a report heads as today's ("Today's commemorations", "This year's march"): the
acts it tells with no day of their own are of the day of publication, not of the story the
report remembers ("Fifty years ago today, ... a tank crashed through the gate" [...] "Today's
commemorations" [...] "police said nine people were detained").
"""

from __future__ import annotations

import re

from factfinder.extract.doc import DateRef, Doc
from factfinder.model import DatePrecision

DAY = DatePrecision.DAY

_TODAY_HEADING = re.compile(
    r"(?i)\W*(?:today'?s|tonight'?s|this\s+(?:year|morning|week)'?s)\s+[\w'-]+(?:\s+[\w'-]+){0,4}"
    r"\W*$"
)

# "A wreath will be laid for each of the 19 who died": the dead remembered, not today's
_REMEMBERED = re.compile(
    r"(?i)\b(?:for|of|to)\s+(?:each\s+of\s+|all\s+)?(?:the|those)\s+(?:[\w,-]+\s+){0,3}?"
    r"(?:who|that)\s+(?:died|were\s+killed|fell|perished|were\s+shot)\b"
)


def today_sections(doc: Doc) -> None:
    """Set the day of publication as the stamp of each sentence under a "Today's ..." heading,
    up to the next heading."""
    if doc.published is None:
        return
    today: DateRef | None = None
    day = doc.published.isoformat()
    for index, sentence in enumerate(doc.sentences):
        if sentence.heading:
            opens = _TODAY_HEADING.fullmatch(doc.norm, sentence.start, sentence.end) is not None
            today = DateRef(sentence.start, sentence.start, index, day, DAY) if opens else None
            continue
        if (
            today is not None
            and sentence.stamp is None
            and not _REMEMBERED.search(doc.norm, sentence.start, sentence.end)
        ):
            sentence.stamp = today
