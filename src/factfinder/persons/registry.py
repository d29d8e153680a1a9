"""The persons registry in the store: person mentions from extraction, records, persons.

A *person record* is either a row of an imported list (``list_records``) or a person named in a
source (``person_mentions``, made here from the extraction's ``named_victim`` claims). Matching
gives each record a ``person_id``; the ``persons`` rows are then rebuilt from their records.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update

from factfinder.errors import NotFoundError
from factfinder.model import stable_id
from factfinder.store import Store
from factfinder.store.schema import (
    claims,
    list_records,
    mentions,
    person_mentions,
    persons,
    sources,
    victim_lists,
)

PERSON_FIELDS = {
    "named_victim": "victim",
    "named_perpetrator": "perpetrator",
    "named_witness": "witness",
}
_AGE_AFTER = re.compile(r"^\s*(?:,|\()\s*(\d{1,3})\b")
_MENTION_EVIDENCE = {"place": "place", "date": "date", "acts": "harm"}


@dataclass(slots=True)
class PersonRecord:
    """One record matching compares: a list row or a person named in a source."""

    id: str
    dataset: str  # the list's name, or "reports"
    name: str
    sex: str | None = None
    age: int | None = None
    birth_year: int | None = None
    date: str | None = None
    place: str | None = None
    person_id: str | None = None


def persons_from_mentions(store: Store) -> int:
    """Make or refresh a person mention for each person-naming claim; return how many exist."""
    with store.write() as conn:
        stmt = (
            select(claims, mentions.c.date, mentions.c.place, mentions.c.acts)
            .join(mentions, mentions.c.id == claims.c.mention_id)
            .where(claims.c.field.in_(list(PERSON_FIELDS)), claims.c.review != "rejected")
        )
        rows = conn.execute(stmt).mappings().all()
        evidence = _mention_evidence(conn, {r["mention_id"] for r in rows})
        texts = _source_texts(conn, {r["source_id"] for r in rows})
        existing = {
            r.id: r.person_id
            for r in conn.execute(select(person_mentions.c.id, person_mentions.c.person_id))
        }
        wanted: dict[str, dict[str, Any]] = {}
        for r in rows:
            values = _person_mention(
                r, evidence.get(r["mention_id"], {}), texts.get(r["source_id"], "")
            )
            wanted[values["id"]] = values
        gone = set(existing) - set(wanted)
        if gone:
            conn.execute(delete(person_mentions).where(person_mentions.c.id.in_(sorted(gone))))
        for pid, values in wanted.items():
            if pid in existing:
                conn.execute(
                    update(person_mentions)
                    .where(person_mentions.c.id == pid)
                    .values({k: v for k, v in values.items() if k != "id"})
                )
            else:
                conn.execute(person_mentions.insert().values(**values))
        store.record(conn, "persons-from-mentions", None, mentions=len(wanted), removed=len(gone))
    return len(wanted)


def _mention_evidence(
    conn: Connection, mention_ids: set[str]
) -> dict[str, dict[str, dict[str, Any]]]:
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    if not mention_ids:
        return out
    stmt = select(claims).where(
        claims.c.mention_id.in_(sorted(mention_ids)), claims.c.field.in_(list(_MENTION_EVIDENCE))
    )
    for c in conn.execute(stmt).mappings():
        out[c["mention_id"]].setdefault(_MENTION_EVIDENCE[c["field"]], _evidence(c))
    return out


def _source_texts(conn: Connection, source_ids: set[str]) -> dict[str, str]:
    if not source_ids:
        return {}
    stmt = select(sources.c.id, sources.c.text).where(sources.c.id.in_(sorted(source_ids)))
    return {r.id: r.text for r in conn.execute(stmt)}


def _evidence(c: Any) -> dict[str, Any]:
    value = c["value"][0] if isinstance(c["value"], list) and c["value"] else c["value"]
    return {
        "value": value,
        "start": c["start"],
        "end": c["end"],
        "quote": c["quote"],
        "method": c["method"],
        "claim": c["id"],
    }


def _person_mention(c: Any, found: dict[str, dict[str, Any]], text: str) -> dict[str, Any]:
    fields = {"name": _evidence(c), **found}
    age = None
    if m := _AGE_AFTER.match(text[c["end"] : c["end"] + 12]):
        age = int(m[1])
        start = c["end"] + m.start(1)
        fields["age"] = {
            "value": age,
            "start": start,
            "end": start + len(m[1]),
            "quote": text[c["start"] : start + len(m[1])],
            "method": "persons.registry@1",
        }
    acts = c["acts"] or []
    return {
        "id": stable_id(c["id"], prefix="pm"),
        "mention_id": c["mention_id"],
        "source_id": c["source_id"],
        "claim_id": c["id"],
        "name": str(c["value"]),
        "start": c["start"],
        "end": c["end"],
        "role": PERSON_FIELDS[c["field"]],
        "age": age,
        "place": c["place"],
        "harm_date": c["date"],
        "harm": str(fields["harm"]["value"]) if "harm" in fields else (acts[0] if acts else None),
        "fields": fields,
    }


def iter_records(store: Store) -> Iterator[PersonRecord]:
    """Every list record and person mention, as records to match."""
    with store.read() as conn:
        names = dict(conn.execute(select(victim_lists.c.id, victim_lists.c.name)).all())
        for r in conn.execute(
            select(
                list_records.c.id,
                list_records.c.list_id,
                list_records.c.name,
                list_records.c.fields,
                list_records.c.person_id,
            )
        ):
            f = r.fields or {}
            yield PersonRecord(
                r.id,
                names.get(r.list_id, r.list_id),
                r.name,
                f.get("sex"),
                f.get("age"),
                f.get("birth_year"),
                f.get("date"),
                f.get("place"),
                r.person_id,
            )
        for p in conn.execute(select(person_mentions)).mappings():
            yield PersonRecord(
                p["id"],
                "reports",
                p["name"],
                p["sex"],
                p["age"],
                None,
                p["harm_date"],
                p["place"],
                p["person_id"],
            )


def person_id_for(members: Iterable[str]) -> str:
    """A person's id: stable while the cluster keeps its smallest member."""
    return stable_id(min(members), prefix="p", length=12)


def apply_clusters(store: Store, clusters: list[list[str]]) -> int:
    """Give each record its cluster's person id and rebuild the persons rows; return persons."""
    assignment = {rid: person_id_for(c) for c in clusters for rid in c}
    with store.write() as conn:
        kept = {r.id: r for r in conn.execute(select(persons.c.id, persons.c.confidential)).all()}
        conn.execute(update(list_records).values(person_id=None))
        conn.execute(update(person_mentions).values(person_id=None))
        conn.execute(delete(persons))
        now = store.now()
        rows = [
            {
                "id": pid,
                "name": "",
                "updated_at": now,
                "confidential": bool(kept[pid].confidential) if pid in kept else False,
            }
            for pid in sorted(set(assignment.values()))
        ]
        for start in range(0, len(rows), 5000):
            conn.execute(persons.insert(), rows[start : start + 5000])
        _assign(conn, list_records, assignment)
        _assign(conn, person_mentions, assignment)
        _fill_values(conn)
        store.record(conn, "persons-cluster", None, persons=len(rows), records=len(assignment))
    return len(rows)


def _assign(conn: Connection, table: Any, assignment: dict[str, str]) -> None:
    current = list(conn.execute(select(table.c.id)).scalars())
    by_person: dict[str, list[str]] = defaultdict(list)
    for rid in current:
        if rid in assignment:
            by_person[assignment[rid]].append(rid)
    for pid, rids in by_person.items():
        for start in range(0, len(rids), 500):
            conn.execute(
                update(table).where(table.c.id.in_(rids[start : start + 500])).values(person_id=pid)
            )


def _fill_values(conn: Connection) -> None:
    """Fill each person's name, variants and values from its records (most frequent value)."""
    values: dict[str, dict[str, Counter[Any]]] = defaultdict(lambda: defaultdict(Counter))
    for r in conn.execute(
        select(list_records.c.person_id, list_records.c.name, list_records.c.fields).where(
            list_records.c.person_id.is_not(None)
        )
    ):
        f = r.fields or {}
        _count(
            values[r.person_id],
            name=r.name,
            sex=f.get("sex"),
            age=f.get("age"),
            birth_year=f.get("birth_year"),
            place=f.get("place"),
            harm=f.get("harm"),
            harm_date=f.get("date"),
            affiliation=f.get("affiliation"),
            role="victim",
        )
    for p in conn.execute(
        select(person_mentions).where(person_mentions.c.person_id.is_not(None))
    ).mappings():
        _count(
            values[p["person_id"]],
            name=p["name"],
            sex=p["sex"],
            age=p["age"],
            place=p["place"],
            harm=p["harm"],
            harm_date=p["harm_date"],
            role=p["role"],
        )
    for pid, counters in values.items():
        best = {k: c.most_common(1)[0][0] for k, c in counters.items() if c}
        variants = sorted(counters["name"])
        best["name"] = max(variants, key=lambda n: (counters["name"][n], len(n)))
        conn.execute(update(persons).where(persons.c.id == pid).values(variants=variants, **best))


def _count(counters: dict[str, Counter[Any]], **values: Any) -> None:
    for key, value in values.items():
        if value not in (None, ""):
            counters[key][value] += 1


def get_person(conn: Connection, ref: str) -> dict[str, Any]:
    """A person by id or unique id prefix, with its list records and source mentions."""
    rows = (
        conn.execute(select(persons).where(persons.c.id.like(f"{ref}%")).limit(2)).mappings().all()
    )
    if len(rows) != 1:
        why = "no such person" if not rows else "ambiguous id prefix"
        raise NotFoundError(f"person {ref}", f"{why}: see `factfinder persons`")
    person = dict(rows[0])
    names = dict(conn.execute(select(victim_lists.c.id, victim_lists.c.name)).all())
    person["records"] = [
        {
            "list": names.get(r["list_id"]),
            "record": r["record"],
            "row": r["row"],
            "name": r["name"],
            "fields": {k: v for k, v in (r["fields"] or {}).items() if k != "raw"},
        }
        for r in conn.execute(
            select(list_records).where(list_records.c.person_id == person["id"])
        ).mappings()
    ]
    person["mentions"] = [
        {
            "source": m["source_id"],
            "mention": m["mention_id"],
            "name": m["name"],
            "start": m["start"],
            "end": m["end"],
            "role": m["role"],
            "fields": m["fields"] or {},
        }
        for m in conn.execute(
            select(person_mentions).where(person_mentions.c.person_id == person["id"])
        ).mappings()
    ]
    return person


def list_persons(
    conn: Connection,
    *,
    name: str | None = None,
    list_name: str | None = None,
    role: str | None = None,
    limit: int = 100,
) -> list[dict[str, Any]]:
    """Persons, filtered by a name fragment (any variant), list and role; with record counts."""
    stmt = select(persons).order_by(persons.c.name, persons.c.id)
    if role:
        stmt = stmt.where(persons.c.role == role)
    if list_name:
        on_list = select(list_records.c.person_id).join(
            victim_lists, victim_lists.c.id == list_records.c.list_id
        )
        stmt = stmt.where(persons.c.id.in_(on_list.where(victim_lists.c.name == list_name)))
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    if name:
        needle = name.casefold()
        rows = [
            r
            for r in rows
            if any(needle in v.casefold() for v in [r["name"], *(r["variants"] or [])])
        ]
    rows = rows[:limit]
    counts = _record_counts(conn, [r["id"] for r in rows])
    for r in rows:
        r["lists"], r["sources"] = counts.get(r["id"], (0, 0))
    return rows


def _record_counts(conn: Connection, ids: list[str]) -> dict[str, tuple[int, int]]:
    lists: Counter[str] = Counter()
    srcs: Counter[str] = Counter()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for (pid,) in conn.execute(
            select(list_records.c.person_id).where(list_records.c.person_id.in_(chunk))
        ):
            lists[pid] += 1
        for (pid,) in conn.execute(
            select(person_mentions.c.person_id).where(person_mentions.c.person_id.in_(chunk))
        ):
            srcs[pid] += 1
    return {i: (lists[i], srcs[i]) for i in ids}


def jsonl_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The scripts' contract: one row per list record and per person named in a source."""
    with store.read() as conn:
        names = dict(conn.execute(select(victim_lists.c.id, victim_lists.c.name)).all())
        stmt = select(
            list_records.c.person_id,
            list_records.c.list_id,
            list_records.c.record,
            list_records.c.name,
        )
        for r in conn.execute(stmt.order_by(list_records.c.list_id, list_records.c.row)):
            yield {
                "person": r.person_id,
                "list": names.get(r.list_id),
                "record": r.record,
                "source": None,
                "name": r.name,
            }
        stmt2 = select(
            person_mentions.c.person_id, person_mentions.c.source_id, person_mentions.c.name
        )
        for m in conn.execute(stmt2.order_by(person_mentions.c.source_id, person_mentions.c.start)):
            yield {
                "person": m.person_id,
                "list": None,
                "record": None,
                "source": m.source_id,
                "name": m.name,
            }


def capture_counts(store: Store, list_names: list[str]) -> dict[tuple[int, ...], int]:
    """Capture histories over the named lists: which lists hold a record of each person."""
    with store.read() as conn:
        ids = dict(
            conn.execute(
                select(victim_lists.c.name, victim_lists.c.id).where(
                    victim_lists.c.name.in_(list_names)
                )
            ).all()
        )
        missing = [n for n in list_names if n not in ids]
        if missing:
            raise NotFoundError(f"list {missing[0]}", "no such list: see `factfinder lists`")
        position = {ids[n]: i for i, n in enumerate(list_names)}
        seen: dict[str, list[int]] = {}
        stmt = select(list_records.c.person_id, list_records.c.list_id).where(
            list_records.c.list_id.in_(list(position)), list_records.c.person_id.is_not(None)
        )
        for pid, lid in conn.execute(stmt):
            seen.setdefault(pid, [0] * len(list_names))[position[lid]] = 1
    counts: Counter[tuple[int, ...]] = Counter(tuple(h) for h in seen.values())
    return dict(counts)
