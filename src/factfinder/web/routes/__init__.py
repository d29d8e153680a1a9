"""One module per page; each holds the page and its JSON twin under /api."""

from __future__ import annotations

from fastapi import APIRouter

from factfinder.web.routes import (
    incident,
    incidents,
    login,
    mapview,
    overview,
    persons,
    review,
    search,
    sources,
)

ROUTERS: list[APIRouter] = [
    login.router,
    overview.router,
    incidents.router,
    incident.router,
    sources.router,
    mapview.router,
    review.router,
    search.router,
    persons.router,
]
