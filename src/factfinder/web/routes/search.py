"""Full-text search over sources, with highlighted snippets; malformed queries explained."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from factfinder.errors import QueryError
from factfinder.store import SearchFilters
from factfinder.web.deps import Principal, Reader, redaction, render, store_of
from factfinder.web.highlight import snippet_segments
from factfinder.web.params import Paging, paging

router = APIRouter()
QueryText = Annotated[
    str, Query(max_length=300, description='Words, "a phrase", word*, OR, -word.')
]


def search_data(
    request: Request,
    q: str,
    pages: Paging,
    since: date | None,
    until: date | None,
    language: str | None,
    publisher: str | None,
) -> dict[str, Any]:
    filters = SearchFilters(since=since, until=until, language=language, publisher=publisher)
    red = redaction(request)
    hits = (
        store_of(request).search(q, filters, limit=pages.per_page + 1, offset=pages.offset)
        if red is None or red.allows_query(q)
        else []  # the hits would tell where a confidential name is written
    )
    items = [
        {
            "source_id": h.source_id,
            "title": h.title,
            "publisher": h.publisher,
            "published": h.published,
            "language": h.language,
            "snippet": h.snippet,
            "rank": h.rank,
        }
        for h in hits[: pages.per_page]
    ]
    return {
        "q": q,
        "items": red.value(items) if red is not None else items,
        "page": pages.page,
        "per_page": pages.per_page,
        "more": len(hits) > pages.per_page,
    }


Lang = Annotated[str | None, Query(max_length=16)]
Publisher = Annotated[str | None, Query(max_length=200)]


@router.get("/api/search", tags=["search"])
def search_api(
    request: Request,
    q: QueryText,
    pages: Paging = Depends(paging),
    since: date | None = None,
    until: date | None = None,
    language: Lang = None,
    publisher: Publisher = None,
    who: Principal = Reader,
) -> dict[str, Any]:
    """Ranked full-text search over sources; snippets mark matches with U+E000 … U+E001."""
    return search_data(request, q, pages, since, until, language, publisher)


@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(
    request: Request,
    q: Annotated[str, Query(max_length=300)] = "",
    pages: Paging = Depends(paging),
    since: date | None = None,
    until: date | None = None,
    language: Lang = None,
    publisher: Publisher = None,
    who: Principal = Reader,
) -> Response:
    data: dict[str, Any] = {"q": q, "items": [], "more": False}
    error = None
    if q.strip():
        try:
            data = search_data(request, q, pages, since, until, language, publisher)
        except QueryError as e:
            error = e.reason
    for item in data["items"]:
        item["segments"] = snippet_segments(item["snippet"])
    status = 400 if error else 200
    return render(
        request,
        "search.html",
        status_code=status,
        data=data,
        error=error,
        pages=pages,
        params={"since": since, "until": until, "language": language, "publisher": publisher},
    )
