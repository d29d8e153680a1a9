"""The acts component: trigger words from the taxonomy lexicon, minus negated or hypothetical ones."""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass

from factfinder.extract.doc import Doc, Trigger
from factfinder.extract.lexicon import act_specs, acts_data
from factfinder.extract.scan import PhraseMatcher

_CLAUSE_BREAK = re.compile(r"[,;:()\"]|\b(?:but|while|whereas|although|and then)\b")
_WINDOW = 60


@dataclass(frozen=True, slots=True)
class TriggerMatcher:
    """Every trigger pattern of the lexicon in one trie-indexed matcher (longest match wins)."""

    matcher: PhraseMatcher[tuple[str, str]]

    @classmethod
    def build(cls) -> TriggerMatcher:
        entries = [(p, (s.act, s.count)) for s in act_specs() for p in s.patterns]
        return cls(PhraseMatcher(entries))

    def find(self, low: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """(start, end, act, count category) of each trigger in lower-cased ``low``."""
        return [
            (h.start, h.end, h.payload[0], h.payload[1]) for h in self.matcher.find(low, start, end)
        ]


class Hypothetical:
    """Negation, modality, warnings and prevention around a trigger."""

    def __init__(self) -> None:
        spec = acts_data()["hypothetical"]
        self.near = re.compile(spec["near"], re.IGNORECASE)
        self.before = re.compile(spec["before"], re.IGNORECASE)
        self.after = re.compile(spec["after"], re.IGNORECASE)

    def applies(self, text: str, sentence_start: int, start: int, end: int) -> bool:
        window = text[max(sentence_start, start - _WINDOW) : start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        clause = window[breaks[-1].end() :] if breaks else window
        if self.near.search(clause) or self.before.search(clause):
            return True
        return bool(self.after.search(text[end : end + 60]))


class ActTagger:
    """Writes a :class:`Trigger` for every act word that states an event."""

    name = "acts"
    version = "0.2.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("triggers",)

    def __init__(self) -> None:
        self.matcher = TriggerMatcher.build()
        self.hypothetical = Hypothetical()

    def __call__(self, doc: Doc) -> Doc:
        skipped = 0
        for start, end, act, count in self.matcher.find(doc.low, 0, len(doc.low)):
            index = doc.sentence_of(start, end)
            if index is None or doc.sentences[index].heading:
                continue
            sentence = doc.sentences[index]
            if self.hypothetical.applies(doc.norm, sentence.start, start, end):
                skipped += 1
                continue
            doc.triggers.append(Trigger(act, start, end, index, count))
        if skipped:
            doc.notes.append(f"ignored {skipped} negated or hypothetical act word(s)")
        return doc
