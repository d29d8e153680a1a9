"""Text cut into segments for highlighting, so templates escape every piece of source text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field

from factfinder.store.dialects import MARK_END, MARK_START


@dataclass(slots=True)
class Segment:
    text: str
    claims: list[str] = field(default_factory=list)  # ids of the claims whose span covers it
    fields: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)  # ids of the claims whose span begins here

    @property
    def marked(self) -> bool:
        return bool(self.claims)


def span_segments(text: str, spans: Sequence[tuple[int, int, str, str]]) -> list[Segment]:
    """Cut ``text`` at every span edge; spans are (start, end, claim id, field), may overlap."""
    n = len(text)
    clean = [(max(0, s), min(n, e), cid, f) for s, e, cid, f in spans if 0 <= s < e]
    cuts = sorted({0, n, *(s for s, *_ in clean), *(e for _, e, *_ in clean)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        covering = [(cid, f) for s, e, cid, f in clean if s <= a and b <= e]
        seg = Segment(
            text[a:b],
            [c for c, _ in covering],
            sorted({f for _, f in covering}),
            [cid for s, _, cid, _ in clean if s == a],
        )
        if out and not seg.claims and not out[-1].claims:
            out[-1].text += seg.text
        else:
            out.append(seg)
    return out


def snippet_segments(snippet: str) -> list[Segment]:
    """A search snippet with its private-use match markers turned into marked segments."""
    out: list[Segment] = []
    inside = False
    for part in snippet.replace(MARK_END, MARK_START).split(MARK_START):
        if part:
            out.append(Segment(part, ["match"] if inside else []))
        inside = not inside
    return out
