"""Chain of custody of a source (Berkeley Protocol): who added it, when, from where, its hash,
every event that touched it, and every object derived from it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from factfinder.store import Store
from factfinder.store.schema import audit_log, claims, mentions, sources
from factfinder.store.sources import resolve_source_id


def custody(store: Store, ref: str) -> dict[str, Any]:
    """The custody record of one source, as JSON-able data (also exported with the source)."""
    with store.read() as conn:
        source_id = resolve_source_id(conn, ref)
        src = (
            conn.execute(
                select(
                    sources.c.id,
                    sources.c.filename,
                    sources.c.origin,
                    sources.c.url,
                    sources.c.media_type,
                    sources.c.size,
                    sources.c.added_at,
                    sources.c.added_by,
                    sources.c.captured_at,
                    sources.c.parent_id,
                    sources.c.near_duplicate_of,
                ).where(sources.c.id == source_id)
            )
            .one()
            ._mapping
        )
        events = [
            {
                "seq": r.seq,
                "at": r.at.isoformat(),
                "actor": r.actor,
                "kind": r.kind,
                "hash": r.hash,
                "payload": r.payload,
            }
            for r in conn.execute(
                select(audit_log).where(audit_log.c.subject == source_id).order_by(audit_log.c.seq)
            )
        ]
        derived_mentions = conn.execute(
            select(mentions.c.id, mentions.c.incident_id, mentions.c.pipeline)
            .where(mentions.c.source_id == source_id)
            .order_by(mentions.c.id)
        ).all()
        n_claims = conn.execute(
            select(func.count()).select_from(claims).where(claims.c.source_id == source_id)
        ).scalar_one()
    return {
        "source": source_id,
        "sha256": source_id,
        "original": str(store.blobs.path(source_id)),
        "intact": store.blobs.exists(source_id),
        "filename": src["filename"],
        "acquired_from": src["url"] or src["origin"],
        "media_type": src["media_type"],
        "size": src["size"],
        "added_at": src["added_at"].isoformat() if src["added_at"] else None,
        "added_by": src["added_by"],
        "captured_at": src["captured_at"].isoformat() if src["captured_at"] else None,
        "container": src["parent_id"],
        "copy_of": src["near_duplicate_of"],
        "events": events,
        "derived": {
            "mentions": [
                {"id": m.id, "incident": m.incident_id, "pipeline": m.pipeline}
                for m in derived_mentions
            ],
            "claims": int(n_claims),
            "incidents": sorted({m.incident_id for m in derived_mentions if m.incident_id}),
        },
    }
