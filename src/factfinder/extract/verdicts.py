"""Verdicts: who tells a sentence a court passes, and which sentences a verdict holds.

A court that passes a sentence does the act; the report tells it ("Oslo District Court found
him sane and sentenced him to 21 years"), so the sentence is no claim in the court's voice (no
gold line of any set gives one to a court). A verdict's death sentences and prison terms, each
with its own figure, are two mentions ("43 of the defendants to death by hanging and 22 to life
imprisonment"), as gold lines give them. mentions.py reads both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factfinder.extract.actors import JUDICIAL
from factfinder.extract.frames import Frame
from factfinder.extract.processdays import JUDICIAL_ACTS

# (a court's heads, and the words that name a court in a voice only)
_BENCH = JUDICIAL | {"magistrate", "magistrates", "bench"}
_WORD = re.compile(r"\w+")


def teller(f: Frame) -> str | None:
    """The voice a frame tells its acts in: none for a sentence a court passes."""
    acts = set(f.acts)
    if f.voice is None or not acts or not acts <= JUDICIAL_ACTS:
        return f.voice
    return None if _BENCH.intersection(w.lower() for w in _WORD.findall(f.voice)) else f.voice


def split_sentences(frames: list[Frame]) -> list[list[Frame]]:
    """ "43 of the defendants to death by hanging and 22 to life imprisonment": the death
    sentences and the prison terms of one verdict, each with its own figure, are two mentions
    (gold lines give each its line); all else stays with the death sentences."""
    judged = {act for f in frames for act in f.judged.values()}
    if judged != {"death_sentence", "imprisonment"}:
        return [frames]
    death, prison = [], []
    for f in frames:
        terms = [q for q in f.quantities if f.judged.get(q.start) == "imprisonment"]
        if terms:
            prison.append(replace(f, triggers=[], quantities=terms))
        rest = [q for q in f.quantities if f.judged.get(q.start) != "imprisonment"]
        if rest or f.triggers:
            death.append(replace(f, quantities=rest))
    return [death, prison]
