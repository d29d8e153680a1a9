"""The localities component: villages and sites no gazetteer lists, read from the document.

Reports name the hamlet, farm, bridge or square where an incident happened ("killed at
Ovčara", "the crowd in Babur Square", "shot in Kibeho"), and few of those are in GeoNames.
A capitalised name that the document puts after a locative preposition and names at least
twice, and
that is neither a known place, actor, person, month or weekday nor a word of the
``not_places`` list, is taken as a locality of the document's main country. One mention
is not enough: "in Congress" or "at Amnesty" happen once; a place of the story recurs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate

from factfinder.extract.datetext import JALALI, MONTHS, WEEKDAYS
from factfinder.extract.doc import Doc, PlaceRef
from factfinder.extract.places import fold, gazetteer

# \b(?:in|at|near|outside|inside|from|to|into|around), each branch led by its first letter
# (the same matches, in the same order; re skips to the letters that can start one)
_LOCATIVE = re.compile(
    r"(?:i(?<!\wi)(?:n|nside|nto)|a(?<!\wa)(?:t|round)|n(?<!\wn)ear|o(?<!\wo)utside"
    r"|f(?<!\wf)rom|t(?<!\wt)o)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
)
_MIN_TIMES = 2
_SQUARE = re.compile(r"(?:Square|Bridge|Stadium|Market|Airstrip|Barracks|Hangar|Farm|Quarry)$")


def _is_word(ch: str) -> bool:
    """``re``'s ``\\w`` for one character of a str pattern (Unicode)."""
    return ch.isalnum() or ch == "_"


def _whole_words(text: str, name: str) -> int:
    """``len(re.findall(rf"\\b{re.escape(name)}\\b", text))`` without a regex per name:
    the occurrences with a word boundary (``\\b``) on both sides, each search resuming after
    a found one, as ``findall`` does."""
    size, found, pos = len(name), 0, 0
    first, last = _is_word(name[0]), _is_word(name[-1])
    while (i := text.find(name, pos)) >= 0:
        before = i > 0 and _is_word(text[i - 1])
        after = i + size < len(text) and _is_word(text[i + size])
        if before != first and after != last:
            found += 1
            pos = i + size
        else:
            pos = i + 1
    return found


class LocalityTagger:
    """Adds a :class:`PlaceRef` (kind ``city``, or ``site`` for squares, bridges, barracks)
    for each recurring locative name the gazetteer does not know."""

    name = "localities"
    version = "0.1.0"
    reads: tuple[str, ...] = ("sentences", "places", "actors", "persons")
    writes: tuple[str, ...] = ("places",)

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self.stop = self.gaz.not_places | self.gaz.determiners | self.gaz.peoples
        self.calendar = {m.lower() for m in MONTHS} | set(WEEKDAYS) | {m.lower() for m in JALALI}

    def __call__(self, doc: Doc) -> Doc:
        taken = sorted(
            [(p.start, p.end) for p in doc.places]
            + [(a.start, a.end) for a in doc.actors]
            + [(n.start, n.end) for n in doc.persons]
        )
        starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))  # furthest end so far
        hits: list[tuple[int, int, str]] = []
        for m in _LOCATIVE.finditer(doc.norm):
            start, end = m.span("name")
            i = bisect_left(starts, end)  # spans starting before this name ends
            if i and reach[i - 1] > start:
                continue
            name = m.group("name")
            if not self._excluded(name):
                hits.append((start, end, name))
        times = Counter(name for *_, name in hits)
        for name in list(times):  # "the Dahyan attack" counts too, once it is "in Dahyan"
            times[name] = max(times[name], _whole_words(doc.norm, name))
        countries = Counter(p.country for p in doc.places if p.country)
        home = countries.most_common(1)[0][0] if countries else None
        added = []
        for start, end, name in hits:
            if times[name] < _MIN_TIMES and not _SQUARE.search(name):
                continue  # "in Babur Square" names its kind: once is enough
            index = doc.sentence_of(start, end)
            if index is None or doc.sentences[index].heading:
                continue
            kind = "site" if _SQUARE.search(name) else "city"
            added.append(PlaceRef(start, end, index, name, kind, home, by=self.name))
        if added:
            doc.places = sorted([*doc.places, *added], key=lambda p: p.start)
        return doc

    def _excluded(self, name: str) -> bool:
        words = name.replace("-", " ").split()
        if name.isupper() or fold(name) in self.stop:
            return True
        if any(h.start == 0 and h.end == len(name) for h in self.gaz.demonyms.find(name)):
            return True  # "to Serb forces", "Saudi": a people, not a place
        return any(w.lower() in self.calendar or fold(w) in self.stop for w in words)
