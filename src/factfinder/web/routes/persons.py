"""Persons: the registry's rows (filled by the persons work); confidential ones never public."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select, true

from factfinder.auth import Role
from factfinder.errors import NotFoundError
from factfinder.store.schema import person_mentions, persons
from factfinder.web.deps import Principal, Reader, render, store_of
from factfinder.web.params import Paging, paging

router = APIRouter()
PersonId = Annotated[str, Path(min_length=1, max_length=40, pattern=r"^[\w-]+$")]
_FIELDS = (
    "id",
    "name",
    "variants",
    "role",
    "sex",
    "age",
    "birth_year",
    "affiliation",
    "place",
    "harm",
    "harm_date",
    "confidential",
)


def _visible(who: Principal) -> Any:
    return true() if who.can(Role.EDITOR) else persons.c.confidential.is_(False)


def persons_data(
    request: Request, pages: Paging, who: Principal, name: str | None
) -> dict[str, Any]:
    stmt = select(persons).where(_visible(who))
    count = select(func.count()).select_from(persons).where(_visible(who))
    if name:
        stmt, count = (
            stmt.where(persons.c.name.ilike(f"%{name}%")),
            count.where(persons.c.name.ilike(f"%{name}%")),
        )
    with store_of(request).read() as conn:
        rows = conn.execute(
            stmt.order_by(persons.c.name, persons.c.id).limit(pages.per_page).offset(pages.offset)
        )
        items = [{k: r._mapping[k] for k in _FIELDS} for r in rows]
        total = int(conn.execute(count).scalar_one())
    return {"items": items, **pages.info(total)}


Name = Annotated[str | None, Query(max_length=200, description="Name contains.")]


@router.get("/api/persons", tags=["persons"])
def persons_api(
    request: Request, pages: Paging = Depends(paging), name: Name = None, who: Principal = Reader
) -> dict[str, Any]:
    """Persons of the registry (confidential ones only for editors and admins)."""
    return persons_data(request, pages, who, name)


@router.get("/persons", response_class=HTMLResponse, include_in_schema=False)
def persons_page(
    request: Request, pages: Paging = Depends(paging), name: Name = None, who: Principal = Reader
) -> Response:
    return render(
        request,
        "persons.html",
        data=persons_data(request, pages, who, name),
        pages=pages,
        name=name,
    )


def person_data(request: Request, person_id: str, who: Principal) -> dict[str, Any]:
    with store_of(request).read() as conn:
        row = conn.execute(select(persons).where(persons.c.id == person_id, _visible(who))).first()
        if row is None:
            raise NotFoundError(f"person {person_id}", "no such person")
        refs = conn.execute(
            select(person_mentions)
            .where(person_mentions.c.person_id == person_id)
            .order_by(person_mentions.c.id)
        ).all()
    return {
        **{k: row._mapping[k] for k in _FIELDS},
        "mentions": [
            {
                "source_id": r.source_id,
                "mention_id": r.mention_id,
                "name": r.name,
                "start": r.start,
                "end": r.end,
                "role": r.role,
            }
            for r in refs
        ],
    }


@router.get("/api/persons/{person_id}", tags=["persons"])
def person_api(request: Request, person_id: PersonId, who: Principal = Reader) -> dict[str, Any]:
    """One person with the places sources name them."""
    return person_data(request, person_id, who)


@router.get("/persons/{person_id}", response_class=HTMLResponse, include_in_schema=False)
def person_page(request: Request, person_id: PersonId, who: Principal = Reader) -> Response:
    return render(request, "person.html", p=person_data(request, person_id, who))
