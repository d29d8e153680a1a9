"""Retellings within one report: mentions in the same voice that share an act, a compatible
date and a place or a figure are one telling, merged into the first; a mention too bare to
stand (no place, figure, name, day or sentence passed in a month) is dropped.
"""

from __future__ import annotations

import re

from factfinder.extract.frames import interval
from factfinder.model import DatePrecision, Mention

SENTENCES = frozenset(["imprisonment", "death_sentence"])


def sentencing(m: Mention) -> bool:
    """A sentence passed in a month told ("He was sentenced in May 1960 to three years"): a
    court's act, dated, is an incident even with no place, figure or name."""
    return (
        bool(set(m.acts) & SENTENCES)
        and m.date_precision == DatePrecision.MONTH
        # (a sentence's words, not a verdict's: "He was convicted of ..." tells no term)
        and any(c.field == "act" and _SENTENCE_WORD.search(c.quote) for c in m.claims)
    )


_ROW = re.compile(r"\s*\|[^|\n]*\|")
_SENTENCE_WORD = re.compile(r"(?i)sentenc|condemned|\byears?\b|\blife\b")


def consolidate(mentions: list[Mention]) -> list[Mention]:
    """One mention per telling: a later mention in the same voice that shares an act, has a
    compatible date and the same place or the same figure is a retelling and is merged into
    the first; a mention with no date, place, figure or named victim is dropped."""
    kept: list[Mention] = []
    for m in mentions:
        if not (m.place or m.counts or m.named_victims or day_precise(m) or sentencing(m)):
            continue
        target = next((k for k in kept if _retelling(k, m)), None)
        if target is None:
            kept.append(m)
        else:
            _merge(target, m)
    return kept


def day_precise(m: Mention) -> bool:
    return m.date is not None and len(m.date) == 10


def _retelling(a: Mention, b: Mention) -> bool:
    if a.attributed_to != b.attributed_to or a.aggregate != b.aggregate:
        return False
    if _ROW.match(a.evidence) or _ROW.match(b.evidence):
        return False  # a table's row is an entry of its own ("| Yumbi (town) | 16-17 Dec | 82 |")
    if not set(a.acts) & set(b.acts):
        return False
    ia, ib = interval(a.date, a.date_end), interval(b.date, b.date_end)
    if ia is None or ib is None or not (ia[0] <= ib[1] and ib[0] <= ia[1]):
        return False
    same_place = a.place is not None and a.place == b.place
    same_figure = any(b.counts.get(k) == c for k, c in a.counts.items())
    return same_place or same_figure


def _merge(into: Mention, other: Mention) -> None:
    into.acts += [a for a in other.acts if a not in into.acts]
    finer = precision_rank(other.date_precision) < precision_rank(into.date_precision)
    if finer:
        into.date, into.date_end = other.date, other.date_end
        into.date_precision = other.date_precision
    for key, count in other.counts.items():
        # the figure told of the finer date is the incident's ("37 deaths between September
        # and December", then "ten people died in Sacaba" on 15 November)
        if finer:
            into.counts[key] = count
        else:
            into.counts.setdefault(key, count)
    into.place = into.place or other.place
    into.country = into.country or other.country
    into.victims = into.victims or other.victims
    into.perpetrators += [p for p in other.perpetrators if p not in into.perpetrators]
    into.named_victims += [n for n in other.named_victims if n not in into.named_victims]
    into.claims += other.claims


def precision_rank(precision: DatePrecision) -> int:
    order = [DatePrecision.DAY, DatePrecision.RANGE, DatePrecision.MONTH, DatePrecision.YEAR]
    return order.index(precision) if precision in order else len(order)
