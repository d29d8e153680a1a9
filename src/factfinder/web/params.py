"""Query parameters shared by pages and the JSON API: the same names in both, so a page's URL
and its API call differ only by the ``/api`` prefix."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Query

from factfinder.model import Act, Grade
from factfinder.reconcile import RULES
from factfinder.store.incidents import SORTS, IncidentFilters

MAX_PER_PAGE = 200


@dataclass(slots=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    def info(self, total: int) -> dict[str, Any]:
        pages = max(1, -(-total // self.per_page))
        return {"page": self.page, "per_page": self.per_page, "total": total, "pages": pages}


def paging(
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=MAX_PER_PAGE, description="Rows per page.")] = 50,
) -> Paging:
    return Paging(page, per_page)


@dataclass(slots=True)
class IncidentQuery:
    filters: IncidentFilters
    sort: str
    rule: str
    params: dict[str, str]  # the filters as given, to rebuild shareable URLs

    def url(self, **changes: Any) -> str:
        """This query's string with some parameters changed (None removes one)."""
        merged: dict[str, Any] = {**self.params, **changes}
        return urlencode({k: v for k, v in merged.items() if v not in (None, "")})


Text = Annotated[str | None, Query(max_length=200)]


def incident_query(
    act: Annotated[Act | None, Query(description="Act code, e.g. killing.")] = None,
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO code.")] = None,
    place: Text = None,
    since: Annotated[date | None, Query(description="On or after (YYYY-MM-DD).")] = None,
    until: Annotated[date | None, Query(description="On or before (YYYY-MM-DD).")] = None,
    grade: Annotated[Grade | None, Query(description="Computed grade.")] = None,
    perpetrator: Text = None,
    q: Annotated[
        str | None, Query(max_length=200, description="Title, place or perpetrator.")
    ] = None,
    sort: Annotated[str, Query(pattern="^-?(date|killed|sources)$")] = "-date",
    rule: Annotated[str, Query(pattern="^(" + "|".join(sorted(RULES)) + ")$")] = "conservative",
) -> IncidentQuery:
    filters = IncidentFilters(
        act=act and str(act),
        country=country,
        place=place or None,
        since=since,
        until=until,
        grade=grade and str(grade),
        perpetrator=perpetrator or None,
        text=q or None,
    )
    raw = {
        "act": act and str(act),
        "country": country,
        "place": place,
        "since": since and since.isoformat(),
        "until": until and until.isoformat(),
        "grade": grade and str(grade),
        "perpetrator": perpetrator,
        "q": q,
        "sort": sort if sort != "-date" else None,
        "rule": rule if rule != "conservative" else None,
    }
    params = {k: v for k, v in raw.items() if v}
    return IncidentQuery(filters, sort if sort in SORTS else "-date", rule, params)
