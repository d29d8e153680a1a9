"""Whole-word matching of alias dictionaries (actors, voices): acronyms case-sensitively."""

from __future__ import annotations

import re
from dataclasses import dataclass

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


class AliasMatcher:
    """Finds every alias of a dictionary in a text span; longest alias wins."""

    def __init__(self, entries: list[tuple[str, str, str]]) -> None:
        self.lookup: dict[str, tuple[str, str]] = {}
        acronyms, names = [], []
        for alias, canonical, kind in entries:
            key = normalize(alias)
            if _is_acronym(alias):
                self.lookup[key] = (canonical, kind)
                acronyms.append(key)
            else:
                self.lookup[key.lower()] = (canonical, kind)
                names.append(key)
        self.acronyms = _compile(acronyms, flags=0)
        self.names = _compile(names, flags=re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[AliasHit]:
        stop = len(text) if end is None else end
        hits: list[AliasHit] = []
        for pattern, acronym in ((self.names, False), (self.acronyms, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(text, start, stop):
                key = m.group() if acronym else m.group().lower()
                canonical, kind = self.lookup[key]
                hits.append(AliasHit(m.start(), m.end(), m.group(), canonical, kind, acronym))
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[AliasHit] = []
        for h in hits:
            if kept and h.start < kept[-1].end:
                continue
            kept.append(h)
        return kept


def _compile(aliases: list[str], *, flags: int) -> re.Pattern[str] | None:
    if not aliases:
        return None
    body = "|".join(re.escape(a) for a in sorted(set(aliases), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])", flags)
