"""The days a frame with no date of its own may take from a process: a court's day for the
sentence it passes next, the day of the news for a sentencing told without one; and when it may
not: an act a voice tells as earlier than a trial, inquiry or report told just before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from factfinder.extract.doc import DateRef, Doc, Trigger
from factfinder.model import DatePrecision

# "have been sentenced", "has killed": a perfect, a running tally up to the telling
PERFECT = re.compile(
    r"(?i)(?<!may )(?<!might )(?<!could )(?<!would )(?<!must )(?<!should )(?<!well )"
    r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been\s+)?$"
)
# a sentence on a trial, an inquiry or a report: its day is of the process, not of the harms
PROCESS = re.compile(
    r"\b(?:trials?|court|jury|tribunal|hearings?|inquiry|enquiry|inquest|commission|"
    r"investigation|verdict|judgm?ent|report|indictment|acquitted|convicted|sentenced|appeal)\b"
)
# ("who said they had seen the killings": the act a witness had seen, told as earlier too)
# (and "had taken part in the extrajudicial execution of the twenty victims")
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:(?:seen|witnessed|watched|survived|taken\s+part\s+in|"
    r"participated\s+in|been\s+involved\s+in)\s+(?:the\s+)?)?$"
)
# A sentence passed in court is the news of the day: "the Chamber today delivered its
# verdict. [...] It sentenced X to 25 years" takes the day of the paragraph before.
JUDICIAL_ACTS = frozenset(["imprisonment", "death_sentence"])


def told_earlier(doc: Doc, floor: int, triggers: Sequence[Trigger]) -> bool:
    """An act word in the past perfect ("had shot", "had been shot dead"), from ``floor``: told
    as earlier than the telling."""
    return any(_PAST_PERFECT.search(doc.low, max(floor, t.start - 36), t.start) for t in triggers)


def court_day(doc: Doc, d: DateRef | None) -> DateRef | None:
    """A day of finding told earlier in the paragraph, not after the report's own day."""
    if d is None or (doc.published is not None and d.value[:10] > doc.published.isoformat()):
        return None
    return d


def news_day(
    doc: Doc, dates: list[DateRef], i: int, paragraph: int, triggers: Sequence[Trigger]
) -> DateRef | None:
    """The day the report is about ("today", "yesterday", "on Tuesday"), stated in the
    paragraph just before an undated sentencing."""
    if doc.published is None or any(
        PERFECT.search(doc.norm, max(0, t.start - 30), t.start) for t in triggers
    ):
        return None  # "have been sentenced": a running tally, not the day's news
    while i > 0 and doc.sentences[dates[i - 1].sentence].paragraph == paragraph - 1:
        i -= 1
        d = dates[i]
        if d.relative and d.precision == DatePrecision.DAY:
            return d if 0 <= (doc.published - date.fromisoformat(d.value)).days <= 7 else None
    return None
