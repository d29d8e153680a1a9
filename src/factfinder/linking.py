"""Linking on a store: new mentions join incidents incrementally; touched incidents are reconciled.

Only the mentions not yet linked are read in full; candidates among the linked ones are found
through their blocking keys (``mention_keys``), so a new report costs the same however large the
store is. Review decisions count: a rejected count claim drops out of the figures, a correction
replaces the value it corrects.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, select, update

from factfinder.geo import coordinates
from factfinder.link import block_keys, link_mentions
from factfinder.model import Count, Mention, ReviewState
from factfinder.reconcile import RULES, SourceInfo, reconcile_details
from factfinder.store import Store
from factfinder.store.incidents import delete_empty_incidents, ensure_incidents, write_incident
from factfinder.store.mentions import claims_of_mentions, doc_key, row_to_mention
from factfinder.store.schema import link_constraints, mention_keys, mentions, sources

CHUNK = 2000


@dataclass(slots=True)
class LinkStats:
    linked: int = 0
    incidents_touched: int = 0
    incidents_removed: int = 0


def _chunks(items: Sequence[str], size: int = 500) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _unlinked(conn: Connection, limit: int) -> list[Mention]:
    stmt = (
        select(mentions)
        .where(mentions.c.incident_id.is_(None))
        .order_by(mentions.c.id)
        .limit(limit)
    )
    out = []
    for row in conn.execute(stmt):
        m = row_to_mention(row)
        m.incident = f"{m.source_id}#{doc_key(row) or m.id}"
        out.append(m)
    return out


def _candidates(conn: Connection, new: Sequence[Mention]) -> list[Mention]:
    keys = sorted({k for m in new for k in block_keys(m)})
    incident_ids: set[str] = set()
    for part in _chunks(keys):
        stmt = (
            select(mentions.c.incident_id)
            .join(mention_keys, mention_keys.c.mention_id == mentions.c.id)
            .where(mention_keys.c.key.in_(list(part)), mentions.c.incident_id.is_not(None))
            .distinct()
        )
        incident_ids.update(conn.execute(stmt).scalars())
    return mentions_of_incidents(conn, sorted(incident_ids))


def mentions_of_incidents(conn: Connection, incident_ids: Sequence[str]) -> list[Mention]:
    out: list[Mention] = []
    for part in _chunks(incident_ids):
        stmt = (
            select(mentions).where(mentions.c.incident_id.in_(list(part))).order_by(mentions.c.id)
        )
        out.extend(row_to_mention(r) for r in conn.execute(stmt))
    return out


def _constraints(conn: Connection) -> tuple[dict[str, str], set[frozenset[str]]]:
    pinned: dict[str, str] = {}
    apart: set[frozenset[str]] = set()
    stmt = (
        select(link_constraints)
        .where(link_constraints.c.active.is_(True))
        .order_by(link_constraints.c.id)
    )
    for row in conn.execute(stmt):
        if row.kind == "pin":
            pinned[row.mention_id] = row.other
        else:
            apart.add(frozenset((row.mention_id, row.other)))
    return pinned, apart


def link_store(store: Store, *, on_progress: Callable[[int], None] | None = None) -> LinkStats:
    """Link every unlinked mention, chunk by chunk; reconcile the incidents that changed."""
    stats = LinkStats()
    while True:
        with store.write() as conn:
            new = _unlinked(conn, CHUNK)
            if not new:
                break
            existing = _candidates(conn, new)
            pinned, apart = _constraints(conn)
            assignment = link_mentions(new, existing, pinned=pinned, cannot_link=apart)
            touched = _apply(conn, new, existing, assignment)
            stats.linked += len(new)
            removed = refresh_incidents(conn, store, sorted(touched))
            stats.incidents_touched += len(touched)
            stats.incidents_removed += removed
            store.record(conn, "link", None, mentions=len(new), incidents=len(touched))
        if on_progress:
            on_progress(len(new))
    return stats


def _apply(
    conn: Connection,
    new: Sequence[Mention],
    existing: Sequence[Mention],
    assignment: dict[str, str],
) -> set[str]:
    touched: set[str] = set()
    new_ids = {m.id for m in new}
    ensure_incidents(conn, list(assignment.values()), datetime.now(UTC))
    for m in [*new, *existing]:
        target = assignment.get(m.id or "")
        old = None if m.id in new_ids else m.incident
        if target and target != old:
            conn.execute(update(mentions).where(mentions.c.id == m.id).values(incident_id=target))
            touched.add(target)
            if old:
                touched.add(old)
    rows = [{"key": k, "mention_id": m.id} for m in new for k in block_keys(m)]
    if rows:
        conn.execute(mention_keys.insert(), rows)
    return touched


def effective(mention: Mention) -> Mention:
    """The mention as review made it: rejected counts dropped, corrections applied."""
    for claim in mention.claims:
        if not claim.field.startswith("count:"):
            continue
        category = claim.field.split(":", 1)[1]
        if claim.review == ReviewState.REJECTED and category in mention.counts:
            del mention.counts[category]
        elif (
            claim.is_manual
            and claim.review != ReviewState.REJECTED
            and isinstance(claim.value, dict)
        ):
            mention.counts[category] = Count.from_json(claim.value)
    return mention


def source_infos(conn: Connection, source_ids: Iterable[str]) -> dict[str, SourceInfo]:
    """SourceInfo of the sources and of the originals they copy (for independence)."""
    out: dict[str, SourceInfo] = {}
    todo = set(source_ids)
    while todo:
        ids = sorted(todo - set(out))
        todo = set()
        for part in _chunks(ids):
            stmt = select(
                sources.c.id,
                sources.c.publisher,
                sources.c.near_duplicate_of,
                sources.c.published,
                sources.c.title,
            ).where(sources.c.id.in_(list(part)))
            for r in conn.execute(stmt):
                out[r.id] = SourceInfo(r.id, r.publisher, r.near_duplicate_of, r.published, r.title)
                if r.near_duplicate_of and r.near_duplicate_of not in out:
                    todo.add(r.near_duplicate_of)
    return out


def refresh_incidents(conn: Connection, store: Store, incident_ids: Sequence[str]) -> int:
    """Reconcile each incident under every rule and rewrite its row; drop emptied ones."""
    found = mentions_of_incidents(conn, incident_ids)
    claims = claims_of_mentions(conn, [m.id for m in found if m.id])
    by_incident: dict[str, list[Mention]] = {}
    for m in found:
        m.claims = claims.get(m.id or "", [])
        by_incident.setdefault(m.incident or "", []).append(effective(m))
    infos = source_infos(conn, {m.source_id for m in found if m.source_id})
    now = store.now()
    for incident_id, group in sorted(by_incident.items()):
        by_rule = {rule: reconcile_details(incident_id, group, infos, rule=rule) for rule in RULES}
        first = next(iter(by_rule.values())).incident
        write_incident(
            conn,
            by_rule,
            n_sources=len({m.source_id for m in group}),
            now=now,
            point=coordinates(first.place, first.country),
        )
    return delete_empty_incidents(conn, list(incident_ids))
