"""Definite descriptions of a place told before: "the camp", "the prison", "the group's camp".

A report names a site once ("Camp Ashraf", "Evin Prison") and then says "the camp". Such a
description is resolved to the last place named before it whose name holds the same kind
word, within a few paragraphs; with none, it stays unresolved (no place is invented).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from factfinder.extract.doc import Doc, PlaceRef
from factfinder.extract.letters import capitals

_KINDS = (
    "camp", "prison", "jail", "compound", "base", "hospital", "school", "university", "mosque",
    "church", "market", "stadium", "square", "bridge", "detention centre",
    "detention center", "airport", "port", "refinery", "factory", "neighbourhood",
    "neighborhood", "district",
)  # fmt: skip
_KIND = "|".join(k.replace(" ", r"\s+") for k in _KINDS)
# "the camp", "the same prison", "the group's camp" (a possessive before the kind word)
# ("the camp of X" and "the camp in Diyala" name their place themselves)
# (\b(?i:the|this|that) written [Tt](?<!\w[Tt])(?i:he|his|hat): the same matches, but a
# leading class lets ``re`` skip to the t's instead of trying every position)
DEFINITE = re.compile(
    capitals(
        rf"[Tt](?<!\w[Tt])(?i:he|his|hat)\s+(?:(?i:same)\s+|(?:[\w-]+['’]s\s+))?(?P<kind>(?i:{_KIND}))\b"
        r"(?!\s+(?i:of)\b)(?!\s+(?i:in|at|near)\s+[A-Z])"
    )
)
_POSSESSIVE = re.compile(rf"^[\w’' -]+['’]s\s+(?P<kind>{_KIND})$", re.IGNORECASE)
_LOOKBACK_PARAGRAPHS = 4
NAME, VERSION = "anaphora", "0.2.0"


def _matches(kind: str, place: PlaceRef) -> bool:
    """A named site whose name holds the kind word ("Camp Ashraf" for "the camp"); towns
    and villages are left alone: "the town" after two towns is anyone's guess."""
    kind = " ".join(kind.lower().split())
    return place.kind == "site" and place.name[:1].isupper() and kind in place.name.lower()


class _Places:
    """The document's places in text order, their ends, and how often each name is given."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_end = sorted(doc.places, key=lambda p: p.end)
        self.ends = [p.end for p in self.by_end]
        self.names = Counter(p.name for p in doc.places)

    def antecedent(self, kind: str, start: int, sentence: int) -> PlaceRef | None:
        """The place of that kind named within the last few paragraphs; of two ("moved
        from Camp A to Camp B ... the camp"), the one the document names most, then the
        last."""
        paragraph = self.doc.sentences[sentence].paragraph
        candidates: list[PlaceRef] = []
        for i in range(bisect_right(self.ends, start) - 1, -1, -1):
            place = self.by_end[i]
            if paragraph - self.doc.sentences[place.sentence].paragraph > _LOOKBACK_PARAGRAPHS:
                break
            if not _POSSESSIVE.match(place.name) and _matches(kind, place):
                candidates.append(place)
        if not candidates:
            return None
        return max(candidates, key=lambda p: (self.names[p.name], p.start))


def definite_places(doc: Doc) -> list[PlaceRef]:
    """Places that definite descriptions refer to, one per description, at its span; a
    possessive site the places component read as a name ("MEK's camp") is resolved too."""
    out: list[PlaceRef] = []
    places = _Places(doc)
    taken = {(p.start, p.end) for p in doc.places}
    for m in DEFINITE.finditer(doc.norm):
        index = doc.sentence_of(m.start(), m.end())
        if index is None or doc.sentences[index].heading:
            continue
        place = places.antecedent(m.group("kind"), m.start(), index)
        if place is not None and (m.start(), m.end()) not in taken:
            out.append(replace(place, start=m.start(), end=m.end(), sentence=index, by=NAME))
    for p in doc.places:
        own = _POSSESSIVE.match(p.name)
        if own is not None:
            place = places.antecedent(own.group("kind"), p.start, p.sentence)
            if place is not None:
                out.append(replace(place, start=p.start, end=p.end, sentence=p.sentence, by=NAME))
    return out
