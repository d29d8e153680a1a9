"""Checks over the mentions of one document, after they are written: one country per
incident, no mention for a voice that only repeats an incident told with more."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from factfinder.model import Mention


def one_country(mentions: list[Mention]) -> list[Mention]:
    """An incident happens in one country: when the mentions of one incident disagree, the
    country most of them give (the first told on a tie) is every mention's country."""
    groups: dict[str | None, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.incident, []).append(m)
    for group in groups.values():
        votes = Counter(m.country for m in group if m.country)
        if len(votes) < 2:
            continue
        order = [m.country for m in group if m.country]
        top = max(votes, key=lambda c: (votes[c], -order.index(c)))
        source = next(
            (c for m in group if m.country == top for c in m.claims if c.field == "country"), None
        )
        for m in group:
            if m.country != top and source is not None:
                m.country = top
                m.claims = [c for c in m.claims if c.field != "country"]
                m.claims.append(replace(source, attributed_to=m.attributed_to, confidence=0.6))
    return mentions


def bare_voices(mentions: list[Mention]) -> list[Mention]:
    """A voice quoted on an incident the report tells anyway, without a figure or a name of
    its own ("Two security sources said that forces had opened fire"), adds no claim worth a
    mention of its own: it is dropped when the incident has a mention with more."""

    def bare(m: Mention) -> bool:
        return m.attributed_to is not None and not (m.counts or m.named_victims)

    told = {m.incident for m in mentions if not bare(m)}
    return [m for m in mentions if not bare(m) or m.incident not in told]
