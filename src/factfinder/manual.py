"""An analyst's operations: merge, split, move, grade, review and correct — each undoable.

Every operation is one transaction that (1) changes the data, (2) records a row in ``changes``
with what is needed to undo it, and (3) appends an audit event. Link decisions become
constraints (a *pin* keeps a mention in an incident, *apart* keeps two mentions apart), so a
later ``link`` never silently reverses an analyst.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from factfinder.errors import FactfinderError, NotFoundError
from factfinder.link import incident_id_for
from factfinder.linking import refresh_incidents
from factfinder.model import AnalystGrade, Claim, ReviewState
from factfinder.store import Store
from factfinder.store.incidents import ensure_incidents, get_incident_row
from factfinder.store.mentions import claim_id
from factfinder.store.schema import changes, claims, incidents, link_constraints, mentions


class ManualError(FactfinderError):
    """A manual operation cannot be done as asked."""


def _change(conn: Connection, store: Store, kind: str, payload: dict[str, Any]) -> int:
    result = conn.execute(
        insert(changes).values(
            kind=kind, payload=payload, actor=store.settings.user, at=store.now()
        )
    )
    change_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    store.record(conn, kind, str(change_id), **payload)
    return change_id


def _incident_of(conn: Connection, mention_id: str) -> str | None:
    row = conn.execute(select(mentions.c.incident_id).where(mentions.c.id == mention_id)).first()
    if row is None:
        raise NotFoundError(
            f"mention {mention_id}", "no such mention: see `factfinder incident ID`"
        )
    return row[0]


def _move(
    conn: Connection, mention_ids: Sequence[str], target: str, change_id: int
) -> dict[str, str | None]:
    before = {mid: _incident_of(conn, mid) for mid in mention_ids}
    ensure_incidents(conn, [target], datetime.now(UTC))
    for mid in mention_ids:
        conn.execute(update(mentions).where(mentions.c.id == mid).values(incident_id=target))
        conn.execute(
            update(link_constraints)
            .where(link_constraints.c.mention_id == mid, link_constraints.c.kind == "pin")
            .values(active=False)
        )
        conn.execute(
            insert(link_constraints).values(
                kind="pin", mention_id=mid, other=target, change_id=change_id
            )
        )
    return before


def _mentions_of(conn: Connection, incident_id: str) -> list[str]:
    stmt = (
        select(mentions.c.id).where(mentions.c.incident_id == incident_id).order_by(mentions.c.id)
    )
    return list(conn.execute(stmt).scalars())


def merge(store: Store, incident_ids: Sequence[str]) -> int:
    """Merge incidents into the first one named; return the change id."""
    if len(incident_ids) < 2:
        raise ManualError("merge", "name at least two incidents to merge")
    with store.write() as conn:
        ids = [get_incident_row(conn, i)["id"] for i in incident_ids]
        target, others = ids[0], ids[1:]
        moving = [mid for other in others for mid in _mentions_of(conn, other)]
        change_id = _change(conn, store, "merge", {"into": target, "from": others, "moved": {}})
        before = _move(conn, moving, target, change_id)
        _set_payload(conn, change_id, {"into": target, "from": others, "moved": before})
        refresh_incidents(conn, store, [target, *others])
    return change_id


def split(store: Store, incident_id: str, mention_ids: Sequence[str]) -> tuple[int, str]:
    """Move the named mentions out into a new incident, kept apart from the rest."""
    with store.write() as conn:
        source = get_incident_row(conn, incident_id)["id"]
        members = set(_mentions_of(conn, source))
        chosen = sorted(set(mention_ids))
        if not chosen or not set(chosen) <= members or set(chosen) == members:
            raise ManualError(
                f"incident {source}", "name some, but not all, of its mentions to split off"
            )
        new_id = incident_id_for(chosen)
        change_id = _change(conn, store, "split", {"from": source, "into": new_id})
        before = _move(conn, chosen, new_id, change_id)
        for left in sorted(members - set(chosen)):
            conn.execute(
                insert(link_constraints).values(
                    kind="apart", mention_id=chosen[0], other=left, change_id=change_id
                )
            )
        _set_payload(conn, change_id, {"from": source, "into": new_id, "moved": before})
        refresh_incidents(conn, store, [source, new_id])
    return change_id, new_id


def move(store: Store, mention_id: str, incident_id: str) -> int:
    """Move one mention into another incident."""
    with store.write() as conn:
        target = get_incident_row(conn, incident_id)["id"]
        change_id = _change(conn, store, "move", {"mention": mention_id, "into": target})
        before = _move(conn, [mention_id], target, change_id)
        _set_payload(conn, change_id, {"mention": mention_id, "into": target, "moved": before})
        refresh_incidents(conn, store, sorted({target, *(v for v in before.values() if v)}))
    return change_id


def set_grade(store: Store, incident_id: str, grade: AnalystGrade | None) -> int:
    """Set (or clear) the analyst's grade beside the computed one."""
    with store.write() as conn:
        row = get_incident_row(conn, incident_id)
        change_id = _change(
            conn,
            store,
            "grade",
            {"incident": row["id"], "old": row["analyst_grade"], "new": grade and str(grade)},
        )
        conn.execute(
            update(incidents)
            .where(incidents.c.id == row["id"])
            .values(analyst_grade=grade and str(grade))
        )
    return change_id


def _claim_row(conn: Connection, ref: str) -> Any:
    row = conn.execute(select(claims).where(claims.c.id == ref)).first()
    if row is None:
        raise NotFoundError(
            f"claim {ref}", "no such claim: see the review queue or `factfinder incident ID`"
        )
    return row


def review(store: Store, claim_ref: str, decision: ReviewState) -> int:
    """Accept or reject a machine claim."""
    if decision not in (ReviewState.ACCEPTED, ReviewState.REJECTED, ReviewState.PENDING):
        raise ManualError(
            f"claim {claim_ref}", "a review decision is accepted, rejected or pending"
        )
    with store.write() as conn:
        row = _claim_row(conn, claim_ref)
        change_id = _change(
            conn, store, "review", {"claim": row.id, "old": row.review, "new": str(decision)}
        )
        conn.execute(
            update(claims)
            .where(claims.c.id == row.id)
            .values(review=str(decision), reviewer=store.settings.user, reviewed_at=store.now())
        )
        _refresh_for_mention(conn, store, row.mention_id)
    return change_id


def correct(store: Store, claim_ref: str, value: Any) -> tuple[int, str]:
    """Record a correction as a new manual claim; the corrected claim stays, marked corrected."""
    with store.write() as conn:
        old = _claim_row(conn, claim_ref)
        method = f"manual:{store.settings.user}"
        new_values = {
            "mention_id": old.mention_id,
            "source_id": old.source_id,
            "field": old.field,
            "value": value,
            "start": old.start,
            "end": old.end,
            "quote": old.quote,
            "attributed_to": old.attributed_to,
            "method": method,
            "confidence": 1.0,
            "review": str(ReviewState.ACCEPTED),
            "reviewer": store.settings.user,
            "reviewed_at": store.now(),
            "supersedes": old.id,
            "created_at": store.now(),
        }
        new_id = claim_id(
            old.mention_id or "", Claim(old.field, value, old.start, old.end, old.quote, method)
        )
        change_id = _change(
            conn, store, "correct", {"claim": old.id, "new_claim": new_id, "old_review": old.review}
        )
        conn.execute(insert(claims).values(id=new_id, **new_values))
        conn.execute(
            update(claims).where(claims.c.id == old.id).values(review=str(ReviewState.CORRECTED))
        )
        _refresh_for_mention(conn, store, old.mention_id)
    return change_id, new_id


def _refresh_for_mention(conn: Connection, store: Store, mention_id: str | None) -> None:
    if mention_id and (incident := _incident_of(conn, mention_id)):
        refresh_incidents(conn, store, [incident])


def _set_payload(conn: Connection, change_id: int, payload: dict[str, Any]) -> None:
    conn.execute(update(changes).where(changes.c.id == change_id).values(payload=payload))


def undo(store: Store, change_id: int) -> None:
    """Undo one change (merge, split, move, grade, review, correct, a person-pair decision);
    recorded as its own event."""
    with store.read() as conn:
        kind = conn.execute(
            select(changes.c.kind).where(changes.c.id == change_id)
        ).scalar_one_or_none()
    if kind == "person-pair":
        from factfinder.persons.review import undo as undo_person_pair

        undo_person_pair(store, change_id)
        return
    with store.write() as conn:
        row = conn.execute(select(changes).where(changes.c.id == change_id)).first()
        if row is None:
            raise NotFoundError(
                f"change {change_id}",
                "no such change: the incident's history (`factfinder incident ID`) lists them",
            )
        if row.undone_at is not None:
            raise ManualError(f"change {change_id}", "already undone")
        _UNDO[row.kind](conn, store, row.payload, change_id)
        conn.execute(
            update(changes)
            .where(changes.c.id == change_id)
            .values(undone_at=store.now(), undone_by=store.settings.user)
        )
        store.record(conn, "undo", str(change_id), undone_kind=row.kind)


def _undo_moves(conn: Connection, store: Store, payload: dict[str, Any], change_id: int) -> None:
    moved: dict[str, str | None] = payload.get("moved", {})
    ensure_incidents(conn, [v for v in moved.values() if v], datetime.now(UTC))
    for mid, old in moved.items():
        conn.execute(update(mentions).where(mentions.c.id == mid).values(incident_id=old))
    conn.execute(
        update(link_constraints)
        .where(link_constraints.c.change_id == change_id)
        .values(active=False)
    )
    touched = {v for v in moved.values() if v} | {payload.get("into") or ""}
    refresh_incidents(conn, store, sorted(t for t in touched if t))


def _undo_grade(conn: Connection, store: Store, payload: dict[str, Any], change_id: int) -> None:
    conn.execute(
        update(incidents)
        .where(incidents.c.id == payload["incident"])
        .values(analyst_grade=payload["old"])
    )


def _undo_review(conn: Connection, store: Store, payload: dict[str, Any], change_id: int) -> None:
    conn.execute(
        update(claims).where(claims.c.id == payload["claim"]).values(review=payload["old"])
    )
    _refresh_for_mention(conn, store, _claim_row(conn, payload["claim"]).mention_id)


def _undo_correct(conn: Connection, store: Store, payload: dict[str, Any], change_id: int) -> None:
    conn.execute(
        update(claims)
        .where(claims.c.id == payload["new_claim"])
        .values(review=str(ReviewState.REJECTED))
    )
    conn.execute(
        update(claims).where(claims.c.id == payload["claim"]).values(review=payload["old_review"])
    )
    _refresh_for_mention(conn, store, _claim_row(conn, payload["claim"]).mention_id)


_UNDO = {
    "merge": _undo_moves,
    "split": _undo_moves,
    "move": _undo_moves,
    "grade": _undo_grade,
    "review": _undo_review,
    "correct": _undo_correct,
}
