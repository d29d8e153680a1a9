"""Counts for the overview page: incidents by act, country and year; killed (low–high) by year."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from factfinder.model import Act
from factfinder.store.incidents import IncidentFilters, filtered
from factfinder.store.schema import incidents


@dataclass(slots=True)
class YearRow:
    year: int
    incidents: int
    killed_low: int
    killed_high: int


def _base(f: IncidentFilters) -> Any:
    return filtered(select(func.count()).select_from(incidents), f)


def by_act(conn: Connection, f: IncidentFilters) -> list[tuple[str, int]]:
    out = []
    for act in Act:
        sub = IncidentFilters(**{**_fields(f), "act": str(act)})
        n = int(conn.execute(_base(sub)).scalar_one())
        if n:
            out.append((str(act), n))
    return sorted(out, key=lambda x: (-x[1], x[0]))


def _fields(f: IncidentFilters) -> dict[str, Any]:
    return {name: getattr(f, name) for name in IncidentFilters.__dataclass_fields__}


def by_country(conn: Connection, f: IncidentFilters, limit: int = 30) -> list[tuple[str, int]]:
    n = func.count().label("n")
    stmt = filtered(select(incidents.c.country, n), f).group_by(incidents.c.country)
    rows = conn.execute(stmt.order_by(n.desc(), incidents.c.country).limit(limit)).all()
    return [(r[0] or "unknown", int(r[1])) for r in rows]


def by_year(conn: Connection, f: IncidentFilters) -> list[YearRow]:
    year = func.substr(incidents.c.date, 1, 4).label("year")
    stmt = (
        filtered(
            select(
                year,
                func.count().label("n"),
                func.coalesce(func.sum(incidents.c.killed_low), 0),
                func.coalesce(
                    func.sum(func.coalesce(incidents.c.killed_high, incidents.c.killed_low)), 0
                ),
            ),
            f,
        )
        .where(incidents.c.date.is_not(None))
        .group_by(year)
        .order_by(year)
    )
    out = []
    for y, n, low, high in conn.execute(stmt):
        if y and str(y).isdigit():
            out.append(YearRow(int(y), int(n), int(low), int(high)))
    return out


def totals(conn: Connection, f: IncidentFilters) -> dict[str, int]:
    stmt = filtered(
        select(
            func.count(),
            func.coalesce(func.sum(incidents.c.killed_low), 0),
            func.coalesce(
                func.sum(func.coalesce(incidents.c.killed_high, incidents.c.killed_low)), 0
            ),
        ),
        f,
    )
    n, low, high = conn.execute(stmt).one()
    return {"incidents": int(n), "killed_low": int(low), "killed_high": int(high)}
