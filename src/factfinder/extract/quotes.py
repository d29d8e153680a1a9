"""Quotations in a report: where they open and close, the one a sentence sits in, and the
voice a quotation that runs on from the sentence before speaks in."""

from __future__ import annotations

import re
from bisect import bisect_left

from factfinder.extract.doc import Doc, Sentence

_QUOTE_OPEN, _QUOTE_CLOSE = "“", "”"
_MAX_QUOTE = 4000
_LINE = re.compile(r"[^\n]+")
_STRAIGHT_QUOTE = re.compile('"')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Quotation spans: curly quotes paired by direction, straight quotes by alternation."""
    spans: list[tuple[int, int]] = []
    opening = text.find(_QUOTE_OPEN)
    while opening >= 0:
        close = text.find(_QUOTE_CLOSE, opening + 1, opening + 1 + _MAX_QUOTE)
        if close > 0:
            spans.append((opening, close + 1))
        opening = text.find(_QUOTE_OPEN, opening + 1)
    if '"' not in text:
        return spans
    for line in _LINE.finditer(text):
        marks = [i.start() for i in _STRAIGHT_QUOTE.finditer(line.group())]
        for a, b in zip(marks[0::2], marks[1::2], strict=False):
            if b - a <= _MAX_QUOTE:
                spans.append((line.start() + a, line.start() + b + 1))
    return sorted(spans)


def enclosing(quotes: list[tuple[int, int]], sentence: Sentence) -> tuple[int, int] | None:
    """The quotation that holds most of the sentence, if one does (``quotes`` in text order,
    as :func:`quote_spans` gives them: only those starting near the sentence are read)."""
    i = bisect_left(quotes, (sentence.start - _MAX_QUOTE - 1, 0))
    while i < len(quotes) and quotes[i][0] < sentence.end:
        q = quotes[i]
        inside = min(q[1], sentence.end) - max(q[0], sentence.start)
        if inside > 0.6 * (sentence.end - sentence.start) and q[1] - q[0] > 40:
            return q
        i += 1
    return None


_QUOTE_MARKS = ('"', "“", "”")


def quoted_on(doc: Doc, index: int, quote: tuple[int, int]) -> tuple[str, int, int] | None:
    """'Tomas Rek said: "We heard it as one burst. By the next afternoon we had counted 150
    bodies."', '"We heard it," he said. "By the next afternoon ..."': a quotation that runs on
    from the sentence before, or opens a sentence right after a quoted one, is in the voice of
    that sentence (the same paragraph)."""
    if index == 0:
        return None
    sentence, before = doc.sentences[index], doc.sentences[index - 1]
    if before.paragraph != sentence.paragraph or before.voice is None:
        return None
    runs_on = quote[0] < sentence.start
    opens = not doc.norm[sentence.start : quote[0]].strip()
    quoted = any(mark in doc.norm[before.start : before.end] for mark in _QUOTE_MARKS)
    if quoted and (runs_on or opens):
        return before.voice, before.voice_start, before.voice_end
    return None
