"""Verdicts: who tells a sentence a court passes, and which sentences a verdict holds.

A court that passes a sentence does the act; the report tells it ("Oslo District Court found
him sane and sentenced him to 21 years"), so the sentence is no claim in the court's voice (no
gold line of any set gives one to a court). A verdict's death sentences and prison terms, each
with its own figure, are two mentions ("43 of the defendants to death by hanging and 22 to life
imprisonment"), as gold lines give them. An incident's side harms (houses burned, people
driven out) and the arrests told apart from a killing are mentions of their own too.
mentions.py reads all of them.
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


_SIDE_ACTS = frozenset({"destruction", "displacement"})


def split_side_acts(frames: list[Frame]) -> list[list[Frame]]:
    """The incident's main harm (killing, abduction, arrest...) and the side harms told in
    sentences of their own (property destroyed, people driven out) are separate mentions of one
    incident: a report that adds "houses were burned" after the killing tells two acts, each
    with its own evidence (gold-format: one line per act told)."""
    acts = [f.acts for f in frames]  # (a property: computed once a frame)
    main = [f for f, a in zip(frames, acts, strict=True) if not set(a) <= _SIDE_ACTS]
    side = [f for f, a in zip(frames, acts, strict=True) if a and set(a) <= _SIDE_ACTS]
    if not main or not side:
        return split_custody(frames)
    return [*split_custody(main), side]


_CUSTODY = frozenset({"arrest", "torture"})
_LETHAL = frozenset({"killing", "execution", "attack", "crackdown"})


def split_custody(frames: list[Frame]) -> list[list[Frame]]:
    """ "Police arrested 207 people" after "a boy was shot dead": the arrests, or the ill-treatment
    of detainees, told in a paragraph of their own with their own figure, are a mention of their
    own beside the killing, attack or crackdown of their incident."""
    acts = [set(f.acts) for f in frames]
    # (not in a paragraph that tells the violence: "police detained 40 students. Six of them
    # were shot dead", a record's "Dead: 24 / Arrested: 40" are one telling)
    violent = {f.paragraph for f, a in zip(frames, acts, strict=True) if a & _LETHAL}
    held = [
        bool(a and a <= _CUSTODY and f.paragraph not in violent)
        for f, a in zip(frames, acts, strict=True)
    ]
    custody = [f for f, h in zip(frames, held, strict=True) if h]
    rest = [f for f, h in zip(frames, held, strict=True) if not h]
    if not violent or not rest or not any(f.quantities for f in custody):
        return [frames]
    return [rest, custody]
