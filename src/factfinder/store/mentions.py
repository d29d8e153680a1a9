"""Mentions and claims in the store: saved per source, re-runnable without losing human work.

Re-extracting a source replaces the machine's pending claims; claims a person made (``manual:``)
or reviewed (accepted, rejected, corrected) are kept, and so is the mention that holds them.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, and_, delete, or_, select, update

from factfinder.model import Claim, Count, DatePrecision, Mention, ReviewState, stable_id
from factfinder.store.db import Store
from factfinder.store.schema import claims, link_constraints, mention_keys, mentions
from factfinder.store.sources import set_extracted_with


def mention_id(source_id: str, mention: Mention) -> str:
    return stable_id(source_id, mention.incident or "", mention.attributed_to or "", prefix="m")


def claim_id(mention_id_: str, claim: Claim) -> str:
    value = json.dumps(claim.value, sort_keys=True, default=str)
    return stable_id(
        mention_id_, claim.field, claim.start, claim.end, value, claim.method, prefix="c"
    )


def _mention_values(source_id: str, m: Mention, now: Any) -> dict[str, Any]:
    return {
        "source_id": source_id,
        "doc": m.doc,
        "doc_key": m.incident,
        "acts": list(m.acts),
        "date": m.date,
        "date_end": m.date_end,
        "date_precision": str(m.date_precision),
        "place": m.place,
        "country": m.country,
        "counts": {k: c.to_json() for k, c in m.counts.items()},
        "perpetrators": list(m.perpetrators),
        "victims": m.victims,
        "named_victims": list(m.named_victims),
        "attributed_to": m.attributed_to,
        "evidence": m.evidence,
        "start": m.start,
        "end": m.end,
        "aggregate": m.aggregate,
        "pipeline": m.pipeline,
        "created_at": now,
    }


def _claim_values(c: Claim, mid: str, source_id: str, now: Any) -> dict[str, Any]:
    return {
        "id": claim_id(mid, c),
        "mention_id": mid,
        "source_id": source_id,
        "field": c.field,
        "value": c.value,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "attributed_to": c.attributed_to,
        "method": c.method,
        "confidence": c.confidence,
        "review": str(c.review),
        "created_at": now,
    }


def _human(cond_table: Any = claims) -> Any:
    return or_(
        cond_table.c.method.like("manual:%"), cond_table.c.review != ReviewState.PENDING.value
    )


def save_extraction(
    store: Store, source_id: str, found: Sequence[Mention], version: str
) -> list[str]:
    """Store one source's mentions and claims, replacing the machine's earlier pending output."""
    now = store.now()
    with store.write() as conn:
        old_ids = set(
            conn.execute(select(mentions.c.id).where(mentions.c.source_id == source_id)).scalars()
        )
        conn.execute(delete(claims).where(and_(claims.c.source_id == source_id, ~_human())))
        kept = set(
            conn.execute(
                select(claims.c.mention_id).where(claims.c.source_id == source_id)
            ).scalars()
        )
        new_ids: list[str] = []
        for m in found:
            new_ids.append(_upsert_mention(conn, source_id, m, now, old_ids, new_ids))
        gone = old_ids - set(new_ids) - kept
        _delete_mentions(conn, gone)
        existing_claims = set(
            conn.execute(select(claims.c.id).where(claims.c.source_id == source_id)).scalars()
        )
        rows = [
            _claim_values(c, mid, source_id, now)
            for mid, m in zip(new_ids, found, strict=True)
            for c in m.claims
        ]
        rows = [r for r in rows if r["id"] not in existing_claims]
        if rows:
            conn.execute(claims.insert(), rows)
        set_extracted_with(conn, source_id, version)
        store.record(
            conn, "extract", source_id, pipeline=version, mentions=len(new_ids), claims=len(rows)
        )
    return new_ids


def _upsert_mention(
    conn: Connection, source_id: str, m: Mention, now: Any, old: set[str], taken: list[str]
) -> str:
    mid = mention_id(source_id, m)
    while mid in taken:  # two mentions with the same key and voice: keep both, apart
        mid = stable_id(mid, len(taken), prefix="m")
    values = _mention_values(source_id, m, now)
    if mid in old:
        values.pop("created_at")
        conn.execute(update(mentions).where(mentions.c.id == mid).values(**values))
    else:
        conn.execute(mentions.insert().values(id=mid, **values))
        old.add(mid)
    m.id, m.source_id = mid, source_id
    return mid


def _delete_mentions(conn: Connection, ids: Iterable[str]) -> None:
    ids = list(ids)
    if not ids:
        return
    conn.execute(delete(claims).where(claims.c.mention_id.in_(ids)))
    conn.execute(delete(link_constraints).where(link_constraints.c.mention_id.in_(ids)))
    conn.execute(delete(mention_keys).where(mention_keys.c.mention_id.in_(ids)))
    conn.execute(delete(mentions).where(mentions.c.id.in_(ids)))


def row_to_mention(row: Any) -> Mention:
    m = row._mapping
    return Mention(
        id=m["id"],
        source_id=m["source_id"],
        doc=m["doc"],
        incident=m["incident_id"],
        acts=list(m["acts"]),
        date=m["date"],
        date_end=m["date_end"],
        date_precision=DatePrecision(m["date_precision"]),
        place=m["place"],
        country=m["country"],
        counts={k: Count.from_json(v) for k, v in (m["counts"] or {}).items()},
        perpetrators=list(m["perpetrators"]),
        victims=m["victims"],
        named_victims=list(m["named_victims"]),
        attributed_to=m["attributed_to"],
        evidence=m["evidence"],
        start=m["start"],
        end=m["end"],
        aggregate=bool(m["aggregate"]),
        pipeline=m["pipeline"],
    )


def doc_key(row: Any) -> str | None:
    return row._mapping["doc_key"]


def iter_mentions(store: Store, *, batch: int = 5000) -> Iterator[Mention]:
    """Every stored mention, in a stable order, streamed."""
    last = ""
    while True:
        stmt = select(mentions).where(mentions.c.id > last).order_by(mentions.c.id).limit(batch)
        with store.read() as conn:
            rows = conn.execute(stmt).all()
        if not rows:
            return
        yield from (row_to_mention(r) for r in rows)
        last = rows[-1]._mapping["id"]


def mentions_of_source(conn: Connection, source_id: str) -> list[Mention]:
    stmt = select(mentions).where(mentions.c.source_id == source_id).order_by(mentions.c.start)
    return [row_to_mention(r) for r in conn.execute(stmt)]


def claims_of_mentions(conn: Connection, mention_ids: Sequence[str]) -> dict[str, list[Claim]]:
    out: dict[str, list[Claim]] = {mid: [] for mid in mention_ids}
    if not mention_ids:
        return out
    stmt = select(claims).where(claims.c.mention_id.in_(list(mention_ids))).order_by(claims.c.start)
    for row in conn.execute(stmt):
        claim = row_to_claim(row)
        out.setdefault(claim.mention_id or "", []).append(claim)
    return out


def row_to_claim(row: Any) -> Claim:
    m = row._mapping
    return Claim(
        id=m["id"],
        mention_id=m["mention_id"],
        source_id=m["source_id"],
        field=m["field"],
        value=m["value"],
        start=m["start"],
        end=m["end"],
        quote=m["quote"],
        attributed_to=m["attributed_to"],
        method=m["method"],
        confidence=m["confidence"],
        review=ReviewState(m["review"]),
        reviewer=m["reviewer"],
        supersedes=m["supersedes"],
    )


def claim_spans(store: Store, source_id: str) -> list[tuple[int, int, str]]:
    stmt = select(claims.c.start, claims.c.end, claims.c.field).where(
        claims.c.source_id == source_id
    )
    with store.read() as conn:
        return [(int(s), int(e), str(f)) for s, e, f in conn.execute(stmt)]
