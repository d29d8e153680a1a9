"""Matching in the store, and the analyst's review of uncertain pairs (undoable decisions).

:func:`match_store` makes person mentions from extraction claims, scores every candidate pair of
records with the saved model (training one on first use), keeps the pairs it scored in
``person_pairs`` and clusters the records into persons. :func:`decide` records an analyst's
"same"/"different" for a pair as a change (``changes`` table + audit event) and re-clusters from
the stored scores; :func:`undo` reverses it. Decisions survive later matching runs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, or_, select, update

from factfinder.errors import FactfinderError, NotFoundError
from factfinder.model import stable_id
from factfinder.persons import matching
from factfinder.persons.registry import apply_clusters, iter_records, persons_from_mentions
from factfinder.store import Store
from factfinder.store.schema import (
    changes,
    list_records,
    person_mentions,
    person_pairs,
    victim_lists,
)

MIN_TRAINING_RECORDS = 500
DECISIONS = ("same", "different")


class PersonMatchError(FactfinderError):
    """Person matching or a review decision cannot be done as asked."""


@dataclass(slots=True)
class MatchStats:
    records: int
    pairs: int
    persons: int
    uncertain: int
    model: str


def model_path(store: Store) -> Path:
    return store.settings.home / "models" / "persons-model.json"


def load_model(store: Store) -> dict[str, Any] | None:
    path = model_path(store)
    if not path.is_file():
        return None
    try:
        model: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise PersonMatchError(
            str(path), "unreadable model: delete it or run `persons match --retrain`"
        ) from e
    return model


def save_model(store: Store, model: dict[str, Any]) -> Path:
    """Write the model as the current one and as a versioned copy beside it."""
    path = model_path(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(model, indent=1, sort_keys=True, default=str)
    (path.parent / f"{matching.model_version(model)}.json").write_text(text, encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    return path


def default_model() -> dict[str, Any]:
    """The model shipped with the package (trained on the synthetic name test set)."""
    from importlib import resources

    text = (
        resources.files("factfinder.data")
        .joinpath("names/person-model.json")
        .read_text(encoding="utf-8")
    )
    model: dict[str, Any] = json.loads(text)
    return model


def match_store(
    store: Store,
    *,
    threshold: float = 0.95,
    review_low: float = 0.5,
    retrain: bool = False,
    threads: int = 2,
    memory: str = "2GB",
) -> MatchStats:
    """Match every person record in the store and rebuild the persons."""
    persons_from_mentions(store)
    records = list(iter_records(store))
    if not records:
        return MatchStats(0, 0, 0, 0, "none")
    frame = matching.records_frame(records)
    model = None if retrain else load_model(store)
    if model is None:
        if len(records) >= MIN_TRAINING_RECORDS:
            model = matching.train(frame, threads=threads, memory=memory)
        else:
            model = default_model()
        save_model(store, model)
    version = matching.model_version(model)
    scored = (
        matching.predict(frame, model, threshold=review_low, threads=threads, memory=memory)
        if len(records) > 1
        else []
    )
    _store_pairs(store, scored, version)
    n_persons = recluster(store, threshold=threshold, ids=[r.id for r in records])
    with store.read() as conn:
        uncertain = len(_pending(conn, review_low, threshold, limit=None))
    return MatchStats(len(records), len(scored), n_persons, uncertain, version)


def pair_id(a: str, b: str) -> str:
    return stable_id(*sorted((a, b)), prefix="pp")


def _store_pairs(store: Store, scored: list[matching.Pair], version: str) -> None:
    with store.write() as conn:
        decided = {
            r.id
            for r in conn.execute(
                select(person_pairs.c.id).where(person_pairs.c.decision.is_not(None))
            )
        }
        conn.execute(delete(person_pairs).where(person_pairs.c.decision.is_(None)))
        rows = [
            {
                "id": pair_id(p.left, p.right),
                "left_id": min(p.left, p.right),
                "right_id": max(p.left, p.right),
                "probability": p.probability,
                "model": version,
            }
            for p in scored
        ]
        fresh = [r for r in rows if r["id"] not in decided]
        for r in rows:
            if r["id"] in decided:
                conn.execute(
                    update(person_pairs)
                    .where(person_pairs.c.id == r["id"])
                    .values(probability=r["probability"], model=version)
                )
        for start in range(0, len(fresh), 5000):
            conn.execute(person_pairs.insert(), fresh[start : start + 5000])
        store.record(conn, "persons-match", None, pairs=len(rows), model=version)


def recluster(store: Store, *, threshold: float = 0.95, ids: list[str] | None = None) -> int:
    """Cluster from the stored pair scores and decisions (no re-scoring); return persons."""
    if ids is None:
        ids = [r.id for r in iter_records(store)]
    with store.read() as conn:
        rows = conn.execute(select(person_pairs)).mappings().all()
    same = [(r["left_id"], r["right_id"]) for r in rows if r["decision"] == "same"]
    different = [(r["left_id"], r["right_id"]) for r in rows if r["decision"] == "different"]
    pairs = [
        matching.Pair(r["left_id"], r["right_id"], r["probability"] or 0.0)
        for r in rows
        if r["decision"] is None
    ]
    clusters = matching.cluster(ids, pairs, threshold=threshold, same=same, different=different)
    return apply_clusters(store, clusters)


def _pending(
    conn: Connection, low: float, high: float, *, limit: int | None
) -> list[dict[str, Any]]:
    stmt = (
        select(person_pairs)
        .where(
            person_pairs.c.decision.is_(None),
            person_pairs.c.probability >= low,
            person_pairs.c.probability < high,
        )
        .order_by(person_pairs.c.probability.desc(), person_pairs.c.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [dict(r) for r in conn.execute(stmt).mappings()]


def pending_pairs(
    store: Store, *, low: float = 0.5, high: float = 0.95, limit: int | None = 50
) -> list[dict[str, Any]]:
    """Undecided pairs scored in [low, high), most probable first, each with both records."""
    with store.read() as conn:
        pairs = _pending(conn, low, high, limit=limit)
        for p in pairs:
            p["left"], p["right"] = (
                describe_record(conn, p["left_id"]),
                describe_record(conn, p["right_id"]),
            )
    return pairs


def describe_record(conn: Connection, rid: str) -> dict[str, Any]:
    """A record for display: name, where it comes from, its values."""
    row = (
        conn.execute(
            select(list_records, victim_lists.c.name.label("list_name"))
            .join(victim_lists, victim_lists.c.id == list_records.c.list_id)
            .where(list_records.c.id == rid)
        )
        .mappings()
        .first()
    )
    if row is not None:
        fields = {k: v for k, v in (row["fields"] or {}).items() if k not in ("raw", "name")}
        return {
            "id": rid,
            "name": row["name"],
            "from": f"list {row['list_name']} #{row['record']}",
            "fields": fields,
        }
    m = conn.execute(select(person_mentions).where(person_mentions.c.id == rid)).mappings().first()
    if m is None:
        raise NotFoundError(
            f"record {rid}", "no such list record or person mention: run `persons match`"
        )
    fields = {k: m[k] for k in ("age", "sex", "place", "harm", "harm_date") if m[k] is not None}
    return {
        "id": rid,
        "name": m["name"],
        "from": f"source {m['source_id'][:12]} @{m['start']}",
        "fields": fields,
    }


def decide(store: Store, left: str, right: str, decision: str, *, threshold: float = 0.95) -> int:
    """Record that two records are the same person or different people; re-cluster; change id."""
    with store.write() as conn:
        change_id = _decide(conn, store, left, right, decision)
    recluster(store, threshold=threshold)
    return change_id


def _decide(conn: Connection, store: Store, left: str, right: str, decision: str) -> int:
    if decision not in DECISIONS:
        raise PersonMatchError(f"decision {decision}", "use same or different")
    pid = pair_id(left, right)
    row = conn.execute(select(person_pairs).where(person_pairs.c.id == pid)).mappings().first()
    payload = {
        "pair": pid,
        "left": min(left, right),
        "right": max(left, right),
        "old": row["decision"] if row else None,
        "new": decision,
        "existed": row is not None,
    }
    result = conn.execute(
        insert(changes).values(
            kind="person-pair", payload=payload, actor=store.settings.user, at=store.now()
        )
    )
    change_id = int(result.inserted_primary_key[0])  # type: ignore[index]
    store.record(conn, "person-pair", str(change_id), **payload)
    values = {
        "decision": decision,
        "decided_by": store.settings.user,
        "decided_at": store.now(),
        "change_id": change_id,
    }
    if row is None:
        conn.execute(
            person_pairs.insert().values(
                id=pid,
                left_id=payload["left"],
                right_id=payload["right"],
                probability=None,
                **values,
            )
        )
    else:
        conn.execute(update(person_pairs).where(person_pairs.c.id == pid).values(**values))
    return change_id


def undo(store: Store, change_id: int, *, threshold: float = 0.95) -> None:
    """Undo a "person-pair" decision; recorded as its own event."""
    with store.write() as conn:
        row = conn.execute(select(changes).where(changes.c.id == change_id)).first()
        if row is None or row.kind != "person-pair":
            raise NotFoundError(
                f"change {change_id}", "no such person decision: see `factfinder persons review`"
            )
        if row.undone_at is not None:
            raise PersonMatchError(f"change {change_id}", "already undone")
        p = row.payload
        if p["existed"]:
            conn.execute(
                update(person_pairs).where(person_pairs.c.id == p["pair"]).values(decision=p["old"])
            )
        else:
            conn.execute(delete(person_pairs).where(person_pairs.c.id == p["pair"]))
        conn.execute(
            update(changes)
            .where(changes.c.id == change_id)
            .values(undone_at=store.now(), undone_by=store.settings.user)
        )
        store.record(conn, "undo", str(change_id), undone_kind="person-pair")
    recluster(store, threshold=threshold)


def accept_above(store: Store, probability: float, *, threshold: float = 0.95) -> list[int]:
    """Decide "same" for every undecided pair scored at or above ``probability`` (for scripts)."""
    with store.read() as conn:
        rows = conn.execute(
            select(person_pairs.c.left_id, person_pairs.c.right_id).where(
                person_pairs.c.decision.is_(None), person_pairs.c.probability >= probability
            )
        ).all()
    with store.write() as conn:
        done = [_decide(conn, store, a, b, "same") for a, b in rows]
    recluster(store, threshold=threshold)
    return done


def decided_pairs(store: Store) -> list[dict[str, Any]]:
    with store.read() as conn:
        stmt = select(person_pairs).where(
            or_(person_pairs.c.decision == "same", person_pairs.c.decision == "different")
        )
        return [dict(r) for r in conn.execute(stmt).mappings()]
