"""The acts component: trigger words from the taxonomy lexicon, minus negated or hypothetical ones."""  # noqa: E501

from __future__ import annotations

import re
from dataclasses import dataclass

from factfinder.extract.doc import Doc, Trigger
from factfinder.extract.lexicon import act_specs, acts_data

_CLAUSE_BREAK = re.compile(r"[,;:()\"]|\b(?:but|while|whereas|although|and then)\b")
_WINDOW = 60


@dataclass(frozen=True, slots=True)
class TriggerMatcher:
    """One compiled alternation over every trigger pattern (longest patterns first)."""

    pattern: re.Pattern[str]
    acts: tuple[tuple[str, str], ...]  # group index → (act, count category)

    @classmethod
    def build(cls) -> TriggerMatcher:
        items = [(p, s.act, s.count) for s in act_specs() for p in s.patterns]
        items.sort(key=lambda item: len(item[0]), reverse=True)
        body = "|".join(f"({p})" for p, _, _ in items)
        pattern = re.compile(rf"(?i)(?<![\w-])(?:{body})(?![\w])")
        return cls(pattern, tuple((act, count) for _, act, count in items))

    def find(self, text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        out = []
        for m in self.pattern.finditer(text, start, end):
            index = m.lastindex
            if index is None:
                continue
            act, count = self.acts[index - 1]
            out.append((m.start(), m.end(), act, count))
        return out


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
    version = "0.1.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("triggers",)

    def __init__(self) -> None:
        self.matcher = TriggerMatcher.build()
        self.hypothetical = Hypothetical()

    def __call__(self, doc: Doc) -> Doc:
        skipped = 0
        for index, sentence in enumerate(doc.sentences):
            for start, end, act, count in self.matcher.find(doc.norm, sentence.start, sentence.end):
                if self.hypothetical.applies(doc.norm, sentence.start, start, end):
                    skipped += 1
                    continue
                doc.triggers.append(Trigger(act, start, end, index, count))
        if skipped:
            doc.notes.append(f"ignored {skipped} negated or hypothetical act word(s)")
        return doc
