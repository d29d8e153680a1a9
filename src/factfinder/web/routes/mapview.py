"""The map: incidents with coordinates, clustered on a server-side grid, filtered like the list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import Integer, cast, func, select

from factfinder.model import Act, Grade
from factfinder.store.incidents import filtered
from factfinder.store.schema import incidents
from factfinder.web.deps import Principal, Reader, render, store_of
from factfinder.web.params import IncidentQuery, incident_query

router = APIRouter()
MAX_CELLS = 5000


def clusters(request: Request, query: IncidentQuery, zoom: int) -> dict[str, Any]:
    """Grid cells of about 64 screen pixels at this zoom level, each with its count and centre."""
    cell = 360 / (2**zoom) / 4
    c = incidents.c
    gx = cast((c.lon + 180) / cell, Integer).label("gx")
    gy = cast((c.lat + 90) / cell, Integer).label("gy")
    stmt = (
        filtered(
            select(
                gx,
                gy,
                func.count(),
                func.avg(c.lat),
                func.avg(c.lon),
                func.min(c.id),
                func.min(c.title),
                func.min(c.place),
            ),
            query.filters,
        )
        .where(c.lat.is_not(None), c.lon.is_not(None))
        .group_by(gx, gy)
        .limit(MAX_CELLS)
    )
    with store_of(request).read() as conn:
        rows = conn.execute(stmt).all()
    out = []
    for _, _, n, lat, lon, first_id, title, place in rows:
        one = int(n) == 1
        out.append(
            {
                "lat": float(lat),
                "lon": float(lon),
                "count": int(n),
                "incident": first_id if one else None,
                "title": (title or place) if one else None,
            }
        )
    return {"zoom": zoom, "clusters": out, "located": sum(x["count"] for x in out)}


Zoom = Annotated[int, Query(ge=0, le=18, description="Map zoom level; sets the grid size.")]


@router.get("/api/map", tags=["map"])
def map_api(
    request: Request,
    query: IncidentQuery = Depends(incident_query),
    zoom: Zoom = 2,
    who: Principal = Reader,
) -> dict[str, Any]:
    """Clustered incident locations under the list's filters."""
    return clusters(request, query, zoom)


@router.get("/map", response_class=HTMLResponse, include_in_schema=False)
def map_page(
    request: Request, query: IncidentQuery = Depends(incident_query), who: Principal = Reader
) -> Response:
    return render(
        request, "map.html", query=query, acts=[str(a) for a in Act], grades=[str(g) for g in Grade]
    )
