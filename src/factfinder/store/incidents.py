"""Incidents in the store: rows written from reconciliations, listed with filters, read whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, String, cast, delete, func, or_, select

from factfinder.errors import NotFoundError
from factfinder.link.features import date_window
from factfinder.model import Figure
from factfinder.reconcile import Reconciliation
from factfinder.store.schema import incident_acts, incidents, mentions


def _date_sort(rec: Reconciliation) -> date | None:
    window = date_window(rec.incident.date, rec.incident.date_end)
    return date.fromordinal(window[0]) if window else None


def _figure_json(fig: Figure) -> dict[str, Any]:
    return {
        "low": fig.low,
        "high": fig.high,
        "best": fig.best,
        "contested": fig.contested,
        "voices": fig.voices,
    }


def _figures_json(by_rule: dict[str, Reconciliation]) -> dict[str, Any]:
    first = next(iter(by_rule.values()))
    claims = {
        category: [{**asdict(c), "value": c.value.to_json()} for c in fig.claims]
        for category, fig in first.incident.figures.items()
    }
    return {
        "rules": {
            rule: {cat: _figure_json(f) for cat, f in rec.incident.figures.items()}
            for rule, rec in by_rule.items()
        },
        "claims": claims,
        "dates": [asdict(v) for v in first.dates],
        "date_contested": first.date_contested,
        "places": [asdict(v) for v in first.places],
        "countries": [asdict(v) for v in first.countries],
        "perpetrators": [asdict(v) for v in first.perpetrators],
        "acts": [asdict(v) for v in first.acts],
        "voices": list(first.voices),
    }


def write_incident(
    conn: Connection,
    by_rule: dict[str, Reconciliation],
    *,
    n_sources: int,
    now: Any,
    point: tuple[float, float] | None = None,
) -> None:
    """Insert or replace one incident row (the analyst grade is kept)."""
    first = next(iter(by_rule.values()))
    inc = first.incident
    killed = inc.figures.get("killed")
    values = {
        "title": inc.title,
        "acts": list(inc.acts),
        "date": inc.date,
        "date_end": inc.date_end,
        "date_precision": str(inc.date_precision),
        "date_sort": _date_sort(first),
        "place": inc.place,
        "country": inc.country,
        "lat": point[0] if point else None,
        "lon": point[1] if point else None,
        "perpetrators": list(inc.perpetrators),
        "grade": str(inc.grade),
        "aggregate": inc.aggregate,
        "killed_low": killed.low if killed else None,
        "killed_high": killed.high if killed else None,
        "n_mentions": len(inc.mention_ids),
        "n_sources": n_sources,
        "figures": _figures_json(by_rule),
        "updated_at": now,
    }
    exists = conn.execute(select(incidents.c.id).where(incidents.c.id == inc.id)).first()
    if exists:
        conn.execute(incidents.update().where(incidents.c.id == inc.id).values(**values))
    else:
        conn.execute(incidents.insert().values(id=inc.id, **values))
    conn.execute(delete(incident_acts).where(incident_acts.c.incident_id == inc.id))
    acts = sorted(set(inc.acts))
    if acts:
        copied = {k: values[k] for k in ("country", "aggregate", "date_sort")}
        rows = [{"incident_id": inc.id, "act": a, **copied} for a in acts]
        conn.execute(incident_acts.insert(), rows)


def ensure_incidents(conn: Connection, ids: Sequence[str], now: Any) -> None:
    """Create bare rows for incident ids mentions are about to point to (filled by refresh)."""
    wanted = sorted(set(ids))
    if not wanted:
        return
    have = set(conn.execute(select(incidents.c.id).where(incidents.c.id.in_(wanted))).scalars())
    rows = [
        {"id": i, "updated_at": now, "acts": [], "perpetrators": [], "figures": {}}
        for i in wanted
        if i not in have
    ]
    if rows:
        conn.execute(incidents.insert(), rows)


def delete_empty_incidents(conn: Connection, ids: Sequence[str]) -> int:
    """Remove incidents that no mention points to any more."""
    if not ids:
        return 0
    used = set(
        conn.execute(
            select(mentions.c.incident_id).where(mentions.c.incident_id.in_(list(ids)))
        ).scalars()
    )
    empty = [i for i in ids if i not in used]
    if empty:
        conn.execute(delete(incident_acts).where(incident_acts.c.incident_id.in_(empty)))
        conn.execute(delete(incidents).where(incidents.c.id.in_(empty)))
    return len(empty)


@dataclass(slots=True)
class IncidentFilters:
    act: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    grade: str | None = None
    text: str | None = None
    place: str | None = None
    perpetrator: str | None = None
    min_killed: int | None = None
    aggregate: bool | None = False
    ids: list[str] = field(default_factory=list)


SORTS = {
    "date": incidents.c.date_sort.asc(),
    "-date": incidents.c.date_sort.desc(),
    "killed": incidents.c.killed_high.asc(),
    "-killed": incidents.c.killed_high.desc(),
    "sources": incidents.c.n_sources.asc(),
    "-sources": incidents.c.n_sources.desc(),
}


def _json_text(column: Any) -> Any:
    return cast(column, String)


def _indexed_columns(f: IncidentFilters) -> Any:
    """Where the act, country, aggregate and date filters are read: with an act, from the
    incident's act row (the same values, in one index: ix_incident_acts_filter), else from it."""
    return incident_acts.c if f.act else incidents.c


def _indexed_filters(stmt: Select[Any], f: IncidentFilters) -> Select[Any]:
    keyed = _indexed_columns(f)
    if f.act:
        stmt = stmt.where(keyed.act == f.act)
    if f.country:
        stmt = stmt.where(keyed.country == f.country.upper())
    if f.aggregate is not None:
        stmt = stmt.where(keyed.aggregate == f.aggregate)
    if f.since:
        stmt = stmt.where(keyed.date_sort >= f.since)
    if f.until:
        stmt = stmt.where(keyed.date_sort <= f.until)
    return stmt


def _act_index_only(f: IncidentFilters) -> bool:
    """An act filter and nothing the act rows do not hold: answerable from their index alone."""
    others = (f.grade, f.text, f.place, f.perpetrator, f.ids)
    return bool(f.act) and f.min_killed is None and not any(others)


def filtered(stmt: Select[Any], f: IncidentFilters) -> Select[Any]:
    """``stmt`` (a select over ``incidents``) restricted by the filters. With an act filter the
    statement joins the incident's row of that act (at most one: it is the primary key)."""
    c = incidents.c
    if f.act:
        stmt = stmt.where(incident_acts.c.incident_id == c.id)
    stmt = _indexed_filters(stmt, f)
    if f.grade:
        stmt = stmt.where(c.grade == f.grade)
    if f.place:
        stmt = stmt.where(c.place.ilike(f"%{f.place}%"))
    if f.perpetrator:
        stmt = stmt.where(_json_text(c.perpetrators).ilike(f"%{f.perpetrator}%"))
    if f.min_killed is not None:
        stmt = stmt.where(c.killed_high >= f.min_killed)
    if f.ids:
        stmt = stmt.where(c.id.in_(f.ids))
    if f.text:
        like = f"%{f.text}%"
        stmt = stmt.where(
            or_(c.title.ilike(like), c.place.ilike(like), _json_text(c.perpetrators).ilike(like))
        )
    return stmt


COUNT_CAP = 100_000  # counting stops here: "100,000+" is as useful as the exact figure


def count_incidents(conn: Connection, f: IncidentFilters, *, cap: int = COUNT_CAP) -> int:
    """How many incidents match, counted up to ``cap`` + 1 (so a huge total stays cheap)."""
    if _act_index_only(f):  # every act row has its incident (foreign key): no join needed
        stmt = _indexed_filters(select(incident_acts.c.incident_id), f)
    else:
        stmt = filtered(select(_indexed_columns(f).date_sort), f)
    inner = stmt.limit(cap + 1).subquery()
    return int(conn.execute(select(func.count()).select_from(inner)).scalar_one())


def list_incidents(
    conn: Connection, f: IncidentFilters, *, sort: str = "date", limit: int = 50, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """A page of incident rows (as dicts) and the total matching (capped at COUNT_CAP + 1)."""
    order = SORTS.get(sort, SORTS["date"])
    tie = incidents.c.id
    if f.act and sort in ("date", "-date"):  # the same values, read where the index has them
        keyed = incident_acts.c.date_sort
        order, tie = (keyed.desc() if sort == "-date" else keyed.asc()), incident_acts.c.incident_id
    stmt = filtered(select(incidents), f).order_by(order, tie).limit(limit).offset(offset)
    rows = [dict(r._mapping) for r in conn.execute(stmt)]
    return rows, count_incidents(conn, f)


def get_incident_row(conn: Connection, ref: str) -> dict[str, Any]:
    ref = ref.strip()
    row = conn.execute(select(incidents).where(incidents.c.id == ref)).first()
    if row is None and len(ref) >= 4:
        found = conn.execute(select(incidents).where(incidents.c.id.like(ref + "%")).limit(2)).all()
        if len(found) == 1:
            row = found[0]
        elif len(found) > 1:
            raise NotFoundError(
                f"incident {ref}", "more than one incident matches: give more of the id"
            )
    if row is None:
        raise NotFoundError(
            f"incident {ref}", "no such incident: list them with `factfinder incidents`"
        )
    return dict(row._mapping)
