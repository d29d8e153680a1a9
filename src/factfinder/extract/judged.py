"""The sentences a court passed on a counted group: death or prison, read from the words of each
figure ("43 of the defendants to death by hanging and 22 to life")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factfinder.extract.doc import Doc
from factfinder.extract.numbers import UNITS

if TYPE_CHECKING:
    from factfinder.extract.frames import Frame

# the words of a death sentence around its figure ("43 of the defendants to death by hanging",
# "the death sentences of 139"); a sentence without them is a prison term
_DEATH_WORDS = re.compile(
    r"\bto\s+death\b|\bdeath\s+(?:sentences?|penalty|row)\b|\bto\s+be\s+(?:hanged|executed|shot)\b|"
    r"\bby\s+hanging\b|\bfiring\s+squad\b|\bgallows\b|\bcapital\s+punishment\b"
)
# where the words of one figure end: the next figure or clause ("43 to death and 22 to life")
_NEXT_FIGURE = re.compile(
    rf";|\band\s+(?:\d|(?:{'|'.join(UNITS)})\b|a\s+hundred|another|the\s+other|others)"
)
_FIGURE_REACH = 80
_LAST_CLAUSE = re.compile(r";|,|\band\b")


def judged_sentences(doc: Doc, f: Frame) -> None:
    """A sentenced figure is a death sentence when the words of death are its own, after it up
    to the next figure or right before it ("the death sentences of 139"); else a prison term.
    (A figure's category is "sentenced" for both: the act is read from its words.)"""
    end = doc.sentences[f.sentence].end
    for q in f.quantities:
        if q.category != "sentenced":
            continue
        after = doc.low[q.end : min(end, q.end + _FIGURE_REACH)]
        cut = _NEXT_FIGURE.search(after)
        own = after[: cut.start()] if cut else after
        before = doc.low[max(doc.sentences[f.sentence].start, q.start - 30) : q.start]
        before = _LAST_CLAUSE.split(before)[-1]  # ("43 to death and 22": not 22's words)
        death = _DEATH_WORDS.search(own) or _DEATH_WORDS.search(before)
        f.judged[q.start] = "death_sentence" if death else "imprisonment"
