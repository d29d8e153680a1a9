"""Incidents as records: the JSON shape scripts, the web app and exports share (a contract).

``incident_record`` is one line of ``factfinder incidents --format json``; ``incident_detail``
adds the mentions with their sources, quotes and claims, and the history of manual changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, String, cast, or_, select

from factfinder.errors import UsageError
from factfinder.reconcile import RULES
from factfinder.store.incidents import get_incident_row
from factfinder.store.mentions import claims_of_mentions, row_to_mention
from factfinder.store.schema import changes, mentions, sources


class RuleError(UsageError):
    """An unknown reconciliation rule was asked for."""


def check_rule(rule: str) -> str:
    if rule not in RULES:
        raise RuleError(f"rule {rule!r}", f"unknown rule: use one of {', '.join(sorted(RULES))}")
    return rule


def incident_record(row: dict[str, Any], rule: str = "conservative") -> dict[str, Any]:
    """One incident: acts, dates, place, grade, and per count category the claims and figures."""
    check_rule(rule)
    figures = row["figures"] or {}
    by_rule = (figures.get("rules") or {}).get(rule, {})
    counts = {
        category: {**fig, "rule": rule, "claims": (figures.get("claims") or {}).get(category, [])}
        for category, fig in sorted(by_rule.items())
    }
    return {
        "id": row["id"],
        "title": row["title"],
        "acts": row["acts"],
        "date": row["date"],
        "date_end": row["date_end"],
        "date_precision": row["date_precision"],
        "date_contested": figures.get("date_contested", False),
        "place": row["place"],
        "country": row["country"],
        "perpetrators": row["perpetrators"],
        "grade": row["grade"],
        "analyst_grade": row["analyst_grade"],
        "aggregate": row["aggregate"],
        "mentions": row["n_mentions"],
        "sources": row["n_sources"],
        "voices": figures.get("voices", []),
        "counts": counts,
        "dates": figures.get("dates", []),
        "places": figures.get("places", []),
        "perpetrator_claims": figures.get("perpetrators", []),
    }


def _source_meta(conn: Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    stmt = select(
        sources.c.id,
        sources.c.title,
        sources.c.publisher,
        sources.c.published,
        sources.c.filename,
        sources.c.url,
        sources.c.near_duplicate_of,
    ).where(sources.c.id.in_(ids))
    return {r.id: dict(r._mapping) for r in conn.execute(stmt)}


def incident_detail(conn: Connection, ref: str, rule: str = "conservative") -> dict[str, Any]:
    """The record plus its mentions (source, voice, quote, claims) and its change history."""
    row = get_incident_row(conn, ref)
    record = incident_record(row, rule)
    stmt = select(mentions).where(mentions.c.incident_id == row["id"]).order_by(mentions.c.id)
    found = [row_to_mention(r) for r in conn.execute(stmt)]
    claims = claims_of_mentions(conn, [m.id for m in found if m.id])
    meta = _source_meta(conn, sorted({m.source_id for m in found if m.source_id}))
    record["mention_list"] = [
        {
            "id": m.id,
            "source": meta.get(m.source_id or "", {"id": m.source_id}),
            "attributed_to": m.attributed_to,
            "acts": m.acts,
            "date": m.date,
            "place": m.place,
            "counts": {k: c.to_json() for k, c in m.counts.items()},
            "perpetrators": m.perpetrators,
            "evidence": m.evidence,
            "start": m.start,
            "end": m.end,
            "claims": [
                {
                    "id": c.id,
                    "field": c.field,
                    "value": c.value,
                    "quote": c.quote,
                    "start": c.start,
                    "end": c.end,
                    "method": c.method,
                    "confidence": c.confidence,
                    "review": str(c.review),
                }
                for c in claims.get(m.id or "", [])
            ],
        }
        for m in found
    ]
    record["history"] = incident_history(conn, row["id"])
    return record


def incident_history(conn: Connection, incident_id: str) -> list[dict[str, Any]]:
    payload = cast(changes.c.payload, String)
    stmt = select(changes).where(or_(payload.like(f'%"{incident_id}"%'))).order_by(changes.c.id)
    return [
        {
            "id": r.id,
            "kind": r.kind,
            "actor": r.actor,
            "at": r.at.isoformat(),
            "undone_at": r.undone_at.isoformat() if r.undone_at else None,
            "payload": r.payload,
        }
        for r in conn.execute(stmt)
    ]


def format_count(fig: dict[str, Any]) -> str:
    """'52 (A, B, C); 50 (US State Department) — contested; range 50–52; best 50 (conservative)'."""
    by_value: dict[str, list[str]] = {}
    for claim in fig["claims"]:
        by_value.setdefault(count_text(claim["value"]), []).append(claim["voice"])
    parts = [f"{value} ({', '.join(dict.fromkeys(voices))})" for value, voices in by_value.items()]
    text = "; ".join(parts)
    if fig.get("contested"):
        text += " — contested"
    low, high = fig.get("low"), fig.get("high")
    if low is not None and high is not None and low != high:
        text += f"; range {low}–{high}"
    elif low is not None and high is None:
        text += f"; at least {low}"
    if fig.get("best") is not None:
        text += f"; best {fig['best']} ({fig['rule']})"
    return text


def count_text(value: dict[str, Any]) -> str:
    if value.get("value") is not None:
        return str(value["value"])
    low, high = value.get("min"), value.get("max")
    if value.get("vague"):
        return f"vague ≥{low}" if high is None else f"vague {low}–{high}"
    if high is None:
        return f"at least {low}"
    return f"{low}–{high}"
