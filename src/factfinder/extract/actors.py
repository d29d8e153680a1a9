"""The actors component: named actors (alias dictionary) and perpetrator noun phrases, with role.

Role is read from the sentence: the agent of an act word (subject before an active verb,
or "by X" after a passive one) is a perpetrator; the object of an act word is a victim group.
"""

from __future__ import annotations

import re

from factfinder.extract.aliases import AliasMatcher
from factfinder.extract.doc import ActorRef, Doc, Trigger
from factfinder.extract.lexicon import actors_data

_BY = re.compile(r"(?i)\b(?:by|of|from)\s+(?:the\s+|its\s+|their\s+)?$")
_AGENT_GAP = re.compile(r"^[^.;:\"]{0,140}$")
_OBJECT_GAP = 30


def _phrase_pattern(heads: list[str], modifiers: list[str]) -> re.Pattern[str]:
    head = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    mod = "|".join(re.escape(m) for m in sorted(set(modifiers), key=len, reverse=True))
    lead = r"(?:[A-Z][\w'-]+(?:-(?:backed|aligned|affiliated|led))?\s+|[\w]+-(?:backed|aligned|led|affiliated)\s+)"  # noqa: E501
    return re.compile(rf"(?<![\w-])(?:{lead}|(?i:{mod})\s+){{0,4}}(?i:{head})(?![\w-])")


class ActorTagger:
    """Writes an :class:`ActorRef` for each actor named, with its role when the sentence shows it."""  # noqa: E501

    name = "actors"
    version = "0.1.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("actors",)

    def __init__(self) -> None:
        data = actors_data()
        entries = [(a, x["name"], x["kind"]) for x in data["actors"] for a in x["aliases"]]
        self.aliases = AliasMatcher(entries)
        self.phrase = _phrase_pattern(data["perpetrator_heads"], data["perpetrator_modifiers"])

    def __call__(self, doc: Doc) -> Doc:
        by_sentence: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            by_sentence.setdefault(t.sentence, []).append(t)
        for index, s in enumerate(doc.sentences):
            refs = self._refs(doc, index, s.start, s.end)
            triggers = by_sentence.get(index, [])
            for ref in refs:
                ref.role = _role(doc.norm, ref, triggers)
            doc.actors.extend(refs)
        return doc

    def _refs(self, doc: Doc, index: int, start: int, end: int) -> list[ActorRef]:
        refs: list[ActorRef] = []
        for hit in self.aliases.find(doc.norm, start, end):
            name = hit.canonical if hit.acronym else doc.text[hit.start : hit.end]
            refs.append(ActorRef(hit.start, hit.end, index, name, hit.kind))
        for m in self.phrase.finditer(doc.norm, start, end):
            s0 = m.start()
            if doc.norm[s0 : s0 + 4].lower() == "the ":
                s0 += 4
            if any(s0 < r.end and r.start < m.end() for r in refs):
                continue
            refs.append(ActorRef(s0, m.end(), index, doc.text[s0 : m.end()], "group"))
        refs.sort(key=lambda r: r.start)
        return refs


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
