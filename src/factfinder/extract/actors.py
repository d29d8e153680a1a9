"""The actors component: named actors (alias dictionary) and perpetrator noun phrases, with role.

Role is read from the sentence: the agent of an act word (subject before an active verb,
or "by X" after a passive one) is a perpetrator; the object of an act word is a victim group.
"""

from __future__ import annotations

import re

from factfinder.extract.aliases import AliasMatcher
from factfinder.extract.doc import ActorRef, Doc, Trigger
from factfinder.extract.lexicon import actors_data
from factfinder.extract.scan import PhraseMatcher

_BY = re.compile(r"(?i)\b(?:by|of|from)\s+(?:the\s+|its\s+|their\s+)?$")
_AGENT_GAP = re.compile(r"^[^.;:\"]{0,140}$")
_OBJECT_GAP = 30


def _heads(heads: list[str]) -> PhraseMatcher[str]:
    return PhraseMatcher([(re.escape(h.lower()), h) for h in heads])


def _lead_pattern(modifiers: list[str]) -> re.Pattern[str]:
    """Up to four modifiers or capitalised words right before a head, read backwards."""
    mod = "|".join(re.escape(m) for m in sorted(set(modifiers), key=len, reverse=True))
    word = rf"(?:[A-Z][\w'-]*|[\w]+-(?:backed|aligned|led|affiliated|government)|(?i:{mod}))"
    return re.compile(rf"(?<![\w-])(?:{word}\s+){{1,4}}$")


class ActorTagger:
    """Writes an :class:`ActorRef` for each actor named, with its role when the sentence shows it."""  # noqa: E501

    name = "actors"
    version = "0.2.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("actors",)

    def __init__(self) -> None:
        data = actors_data()
        entries = [(a, x["name"], x["kind"]) for x in data["actors"] for a in x["aliases"]]
        self.aliases = AliasMatcher(entries)
        self.heads = _heads(data["perpetrator_heads"])
        self.lead = _lead_pattern(data["perpetrator_modifiers"])

    def __call__(self, doc: Doc) -> Doc:
        by_sentence: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            by_sentence.setdefault(t.sentence, []).append(t)
        refs: dict[int, list[ActorRef]] = {}
        for hit in self.aliases.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is not None and index in by_sentence:
                name = hit.canonical if hit.acronym else doc.text[hit.start : hit.end]
                refs.setdefault(index, []).append(
                    ActorRef(hit.start, hit.end, index, name, hit.kind)
                )
        for head in self.heads.find(doc.low):
            index = doc.sentence_of(head.start, head.end)
            if index is None or index not in by_sentence:
                continue
            ref = self._phrase(doc, index, head.start, head.end)
            if not any(ref.start < r.end and r.start < ref.end for r in refs.get(index, [])):
                refs.setdefault(index, []).append(ref)
        for index, found in sorted(refs.items()):
            found.sort(key=lambda r: r.start)
            for ref in found:
                ref.role = _role(doc.norm, ref, by_sentence[index])
            doc.actors.extend(found)
        return doc

    def _phrase(self, doc: Doc, index: int, start: int, end: int) -> ActorRef:
        floor = max(doc.sentences[index].start, start - 80)
        m = self.lead.search(doc.norm, floor, start)
        s0 = m.start() if m is not None else start
        if doc.low.startswith("the ", s0):
            s0 += 4
        return ActorRef(s0, end, index, doc.text[s0:end], "group")


def _role(norm: str, ref: ActorRef, triggers: list[Trigger]) -> str | None:
    if ref.kind == "opposition":
        return "victim"
    for t in triggers:
        if 0 <= ref.start - t.end <= _OBJECT_GAP and not re.search(
            r"[,;.]", norm[t.end : ref.start]
        ):
            if _BY.search(norm[t.end : ref.start]):
                return "perpetrator"
            return "victim"
    for t in triggers:
        if t.start >= ref.end and _AGENT_GAP.match(norm[ref.end : t.start]):
            return "perpetrator"
    before = norm[max(0, ref.start - 12) : ref.start]
    if _BY.search(before) and any(t.end <= ref.start for t in triggers):
        return "perpetrator"
    return None
