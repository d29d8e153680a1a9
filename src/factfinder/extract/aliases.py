"""Whole-word matching of alias dictionaries (actors, voices): acronyms case-sensitively."""

from __future__ import annotations

from dataclasses import dataclass

from factfinder.extract.scan import PhraseMatcher, lowered
from factfinder.extract.text import normalize


@dataclass(frozen=True, slots=True)
class AliasHit:
    start: int
    end: int
    surface: str
    canonical: str
    kind: str
    acronym: bool


def _is_acronym(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return (
        len(alias) <= 8 and bool(letters) and sum(c.isupper() for c in letters) >= len(letters) - 1
    )


def _literal(alias: str) -> str:
    return "".join("\\" + c if c in "\\.^$*+?{}[]|()" else c for c in alias)


class AliasMatcher:
    """Finds every alias of a dictionary in a text span; longest alias wins."""

    def __init__(self, entries: list[tuple[str, str, str]]) -> None:
        acronyms: list[tuple[str, tuple[str, str]]] = []
        names: list[tuple[str, tuple[str, str]]] = []
        for alias, canonical, kind in entries:
            key = normalize(alias)
            if _is_acronym(alias):
                acronyms.append((_literal(key), (canonical, kind)))
            else:
                names.append((_literal(lowered(key)), (canonical, kind)))
        self.acronyms = PhraseMatcher(acronyms, cased=True)
        self.names = PhraseMatcher(names)

    def find(
        self, text: str, start: int = 0, end: int | None = None, *, low: str | None = None
    ) -> list[AliasHit]:
        """Hits in ``text[start:end]``; pass ``low`` (``lowered(text)``) when you have it."""
        stop = len(text) if end is None else end
        if low is None:
            low = lowered(text)
        hits: list[AliasHit] = []
        for matcher, source, acronym in ((self.names, low, False), (self.acronyms, text, True)):
            for found in matcher.find(source, start, stop):
                canonical, kind = found.payload
                surface = text[found.start : found.end]
                hits.append(AliasHit(found.start, found.end, surface, canonical, kind, acronym))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[AliasHit] = []
        for h in hits:
            if kept and h.start < kept[-1].end:
                continue
            kept.append(h)
        return kept
