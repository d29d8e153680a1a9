"""The hash-chained audit log: every change is an event whose hash covers the previous one."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text

from factfinder.store.schema import audit_log

GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # "ingest", "extract", "link", "review", "merge", "split", "move", "user", ...
    subject: str | None
    payload: dict[str, Any]
    actor: str


def event_hash(prev_hash: str, at: str, event: Event) -> str:
    body = json.dumps(
        [prev_hash, at, event.actor, event.kind, event.subject, event.payload],
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def append(conn: Connection, event: Event) -> str:
    """Append ``event`` inside the caller's transaction; return its hash."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(726172)"))
    prev = conn.execute(
        select(audit_log.c.hash).order_by(audit_log.c.seq.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = prev or GENESIS
    at = datetime.now(UTC).isoformat()
    digest = event_hash(prev_hash, at, event)
    conn.execute(
        insert(audit_log).values(
            at=datetime.fromisoformat(at),
            actor=event.actor,
            kind=event.kind,
            subject=event.subject,
            payload=event.payload,
            prev_hash=prev_hash,
            hash=digest,
        )
    )
    return digest


def _iso(value: datetime) -> str:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def verify_chain(conn: Connection) -> list[str]:
    """Walk the log in order; return one line per broken link (empty when intact)."""
    problems: list[str] = []
    prev_hash = GENESIS
    rows = conn.execute(select(audit_log).order_by(audit_log.c.seq)).mappings()
    for row in rows:
        event = Event(row["kind"], row["subject"], row["payload"], row["actor"])
        if row["prev_hash"] != prev_hash:
            problems.append(
                f"audit event {row['seq']}: does not follow the previous event "
                "(an entry was removed or reordered)"
            )
        expected = event_hash(row["prev_hash"], _iso(row["at"]), event)
        if expected != row["hash"]:
            problems.append(
                f"audit event {row['seq']} ({row['kind']} {row['subject'] or ''}): "
                "content altered after it was written"
            )
        prev_hash = row["hash"]
    return problems
