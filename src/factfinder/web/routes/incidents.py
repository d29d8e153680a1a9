"""Incidents: the filtered, sortable, paginated list (page and API share parameters)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from factfinder.model import Act, Grade
from factfinder.records import incident_record
from factfinder.store.incidents import list_incidents
from factfinder.web.deps import Principal, Reader, render, store_of
from factfinder.web.params import IncidentQuery, Paging, incident_query, paging

router = APIRouter()


def incident_page(request: Request, query: IncidentQuery, pages: Paging) -> dict[str, Any]:
    with store_of(request).read() as conn:
        rows, total = list_incidents(
            conn, query.filters, sort=query.sort, limit=pages.per_page, offset=pages.offset
        )
    return {"items": [incident_record(r, query.rule) for r in rows], **pages.info(total)}


@router.get("/api/incidents", tags=["incidents"])
def incidents_api(
    request: Request,
    query: IncidentQuery = Depends(incident_query),
    pages: Paging = Depends(paging),
    who: Principal = Reader,
) -> dict[str, Any]:
    """A page of incidents (same filters, sort and paging as the Incidents page)."""
    return incident_page(request, query, pages)


@router.get("/incidents", response_class=HTMLResponse, include_in_schema=False)
def incidents_page(
    request: Request,
    query: IncidentQuery = Depends(incident_query),
    pages: Paging = Depends(paging),
    who: Principal = Reader,
) -> Response:
    data = incident_page(request, query, pages)
    return render(
        request,
        "incidents.html",
        data=data,
        query=query,
        pages=pages,
        acts=[str(a) for a in Act],
        grades=[str(g) for g in Grade],
    )
