"""The day of an act told as so long before the telling, in a wire story's lead: "Nigeria's
government said 110 students were still unaccounted for a week after militants stormed a
school in Dapchi", "officials said on Sunday, two days after a suicide bomber killed 20".

The act of the clause after "N days/weeks after" was done that long before the day the
sentence is told (the day of its "said on Sunday", else the report's day). Only a clause with
an act verb counts: "two days after the attack, police arrested 12 men" counts the arrests
from the attack, not the attack back from the report.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factfinder.extract.doc import DateRef, Doc, Trigger
from factfinder.extract.frames import IRREGULAR_VERBS
from factfinder.extract.numbers import UNITS
from factfinder.model import DatePrecision

_AFTER = re.compile(
    rf"(?i)\b(?P<n>an?|{'|'.join(sorted(UNITS, key=len, reverse=True))}|\d{{1,2}})\s+"
    r"(?P<unit>days?|weeks?)\s+after\s+"
)
# a verb of telling before it: the sentence is told on its day
_TOLD = re.compile(
    r"(?i)\b(?:said|says|told|announced|reported|confirmed|stated|added|gave|put|warned)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:.]")
# a state told, not an act done, before "after": "were still unaccounted for", "had been missing"
_STATE = re.compile(r"\b(?:were|was|are|is|been|remain|remained|still)\s+(?:still\s+)?$")
_REACH = 80  # how far after "after" the clause's act verb may be


def lead_dates(doc: Doc, triggers: dict[int, list[Trigger]]) -> list[DateRef]:
    """The dates of the acts told "N days after" in the report's sentences (``triggers``: the
    act words of each sentence)."""
    out: list[DateRef] = []
    if " after " not in doc.low:
        return out
    ends = {d.end: d for d in doc.dates if d.precision == DatePrecision.DAY and not d.meta}
    for m in _AFTER.finditer(doc.norm):
        index = doc.sentence_of(m.start(), m.end())
        if index is None:
            continue
        s = doc.sentences[index]
        said = _TOLD.search(doc.norm, s.start, m.start())
        anchor = _anchor_day(doc, ends, index, m.start())
        if anchor is None and (
            said is None
            or any(
                said.end() <= t.start < m.start()
                and _past(doc.low[t.start : t.end])
                and not _STATE.search(doc.low, max(0, t.start - 16), t.start)
                for t in triggers.get(index, [])
            )
        ):
            continue  # ("said they arrested 12 men two days after gunmen killed 5": the arrests')
        told = anchor or telling_day(doc, index, m.start())
        verb = next(
            (
                t
                for t in triggers.get(index, [])
                if m.end() <= t.start <= m.end() + _REACH
                and _past(doc.low[t.start : t.end])
                and not _CLAUSE_BREAK.search(doc.norm, m.end(), t.start)
            ),
            None,
        )
        if told is None or verb is None:
            continue
        raw = m["n"].lower()
        n = 1 if raw in ("a", "an") else int(raw) if raw.isdigit() else UNITS.get(raw)
        if not n:
            continue
        days = n * (7 if m["unit"].lower().startswith("week") else 1)
        day = (told - timedelta(days=days)).isoformat()
        out.append(
            DateRef(m.start(), m.end(), index, day, DatePrecision.DAY, relative=True,
                    attached=True)
        )  # fmt: skip
    return out


def _anchor_day(doc: Doc, ends: dict[int, DateRef], index: int, before: int) -> date | None:
    """ "laid the coffins across the railway line on Sunday, a day after a mob killed seven":
    the day told right before "N days after" is the count's start (``ends``: the days told, by
    where they end)."""
    start = max(0, before - 12)
    gap = doc.norm[start:before].rstrip()
    if not gap.endswith(","):
        return None
    d = ends.get(start + len(gap[:-1].rstrip()))
    return date.fromisoformat(d.value) if d is not None and d.sentence == index else None


def telling_day(doc: Doc, index: int, before: int) -> date | None:
    """The day a sentence is told: its own day of telling ("said on Sunday") before ``before``,
    else its entry's or the report's."""
    s = doc.sentences[index]
    said = [
        d
        for d in doc.dates
        if d.sentence == index and d.meta and d.precision == DatePrecision.DAY and d.end <= before
    ]
    if said:
        return date.fromisoformat(said[-1].value)
    if s.stamp is not None:
        return date.fromisoformat(s.stamp.value)
    return s.ref_date or doc.published


def _past(words: str) -> bool:
    first = words.split(maxsplit=1)[0] if words.strip() else ""
    return first.endswith("ed") or first in IRREGULAR_VERBS
