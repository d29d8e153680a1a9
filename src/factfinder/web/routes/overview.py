"""Overview: counts by act, country and year, and SVG timelines of incidents and of killed."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from factfinder.web import charts, stats
from factfinder.web.deps import Principal, Reader, render, store_of
from factfinder.web.params import IncidentQuery, incident_query

router = APIRouter()


def overview_data(request: Request, query: IncidentQuery) -> dict[str, Any]:
    with store_of(request).read() as conn:
        years = stats.by_year(conn, query.filters)
        return {
            "totals": stats.totals(conn, query.filters),
            "by_act": [{"act": a, "incidents": n} for a, n in stats.by_act(conn, query.filters)],
            "by_country": [
                {"country": c, "incidents": n} for c, n in stats.by_country(conn, query.filters)
            ],
            "by_year": [
                {
                    "year": y.year,
                    "incidents": y.incidents,
                    "killed_low": y.killed_low,
                    "killed_high": y.killed_high,
                }
                for y in years
            ],
            "_years": years,
        }


@router.get("/api/overview", tags=["overview"])
def overview_api(
    request: Request, query: IncidentQuery = Depends(incident_query), who: Principal = Reader
) -> dict[str, Any]:
    """Counts by act, country and year (with killed low–high), under the list's filters."""
    data = overview_data(request, query)
    data.pop("_years")
    return data


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(
    request: Request, query: IncidentQuery = Depends(incident_query), who: Principal = Reader
) -> Response:
    data = overview_data(request, query)
    years = data.pop("_years")
    return render(
        request,
        "overview.html",
        data=data,
        query=query,
        charts=[charts.incidents_chart(years), charts.killed_chart(years)],
    )
