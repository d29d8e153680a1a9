"""The review queue: pending machine claims, least confident first; accept, reject or correct
each with one click or one key (htmx), every decision made through manual.py."""

from __future__ import annotations

import json
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Form, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import func, select

from factfinder import manual
from factfinder.errors import QueryError
from factfinder.model import ReviewState
from factfinder.records import count_text
from factfinder.store.schema import claims, mentions, sources
from factfinder.web.deps import CSRF, Editor, Principal, acting_store, render, store_of
from factfinder.web.params import Paging, paging

router = APIRouter()
ClaimId = Annotated[str, Path(min_length=2, max_length=40, pattern=r"^[\w-]+$")]
_RANGE = re.compile(r"^\s*(\d+)\s*[-–]\s*(\d+)\s*$")
_AT_LEAST = re.compile(r"^\s*(?:at least|>=|≥)\s*(\d+)\s*$", re.IGNORECASE)


def _claim_json(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "field": r.field,
        "value": r.value,
        "quote": r.quote,
        "start": r.start,
        "end": r.end,
        "attributed_to": r.attributed_to,
        "method": r.method,
        "confidence": r.confidence,
        "review": r.review,
        "reviewer": r.reviewer,
        "source_id": r.source_id,
        "source_title": r.title or r.filename,
        "mention_id": r.mention_id,
        "incident_id": r.incident_id,
    }


def _select() -> Any:
    return (
        select(claims, sources.c.title, sources.c.filename, mentions.c.incident_id)
        .join(sources, sources.c.id == claims.c.source_id)
        .outerjoin(mentions, mentions.c.id == claims.c.mention_id)
    )


def review_queue(request: Request, pages: Paging) -> dict[str, Any]:
    pending = claims.c.review == ReviewState.PENDING.value
    stmt = _select().where(pending).order_by(claims.c.confidence, claims.c.id)
    with store_of(request).read() as conn:
        rows = conn.execute(stmt.limit(pages.per_page).offset(pages.offset)).all()
        total = conn.execute(select(func.count()).select_from(claims).where(pending)).scalar_one()
    return {"items": [_claim_json(r) for r in rows], **pages.info(int(total))}


def _one(request: Request, claim_id: str) -> dict[str, Any]:
    with store_of(request).read() as conn:
        row = conn.execute(_select().where(claims.c.id == claim_id)).first()
    if row is None:
        from factfinder.errors import NotFoundError

        raise NotFoundError(f"claim {claim_id}", "no such claim: see the review queue")
    return _claim_json(row)


def parse_value(field: str, text: str) -> Any:
    """An analyst's typed value: counts as '52', '40-50' or 'at least 9'; JSON lists as such."""
    text = text.strip()
    if not text:
        raise QueryError(f"claim {field}", "give the corrected value")
    if field.startswith("count:"):
        if text.isdigit():
            return {"value": int(text)}
        if m := _RANGE.match(text):
            return {"min": int(m[1]), "max": int(m[2])}
        if m := _AT_LEAST.match(text):
            return {"min": int(m[1])}
        raise QueryError(f"count {text!r}", "write a number (52), a range (40-50) or 'at least 9'")
    if text.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError as e:
            raise QueryError(f"value {text[:40]!r}", "not a valid JSON list") from e
    return text


@router.get("/api/review", tags=["review"])
def review_api(
    request: Request, pages: Paging = Depends(paging), who: Principal = Editor
) -> dict[str, Any]:
    """Pending machine claims, least confident first. Editors only."""
    return review_queue(request, pages)


@router.get("/review", response_class=HTMLResponse, include_in_schema=False)
def review_page(
    request: Request, pages: Paging = Depends(paging), who: Principal = Editor
) -> Response:
    return render(
        request,
        "review.html",
        data=review_queue(request, pages),
        pages=pages,
        count_text=count_text,
    )


def _row(request: Request, claim_id: str, note: str) -> Response:
    if not request.headers.get("hx-request"):
        return RedirectResponse("/review", status_code=303)
    return render(
        request, "_review_row.html", c=_one(request, claim_id), note=note, count_text=count_text
    )


@router.post("/review/{claim_id}/correct", include_in_schema=False, dependencies=[CSRF])
def correct_form(
    request: Request,
    claim_id: ClaimId,
    value: Annotated[str, Form(max_length=500)],
    who: Principal = Editor,
) -> Response:
    field = _one(request, claim_id)["field"]
    manual.correct(acting_store(store_of(request), who), claim_id, parse_value(field, value))
    return _row(request, claim_id, f"corrected to {value.strip()} by {who.name}")


@router.post("/review/{claim_id}/{decision}", include_in_schema=False, dependencies=[CSRF])
def decide_form(
    request: Request,
    claim_id: ClaimId,
    decision: Literal["accept", "reject"],
    who: Principal = Editor,
) -> Response:
    state = ReviewState.ACCEPTED if decision == "accept" else ReviewState.REJECTED
    manual.review(acting_store(store_of(request), who), claim_id, state)
    return _row(request, claim_id, f"{state} by {who.name}")


@router.post("/api/claims/{claim_id}/review", tags=["review"], dependencies=[CSRF])
def decide_api(
    request: Request,
    claim_id: ClaimId,
    decision: Annotated[Literal["accepted", "rejected", "pending"], Body(embed=True)],
    who: Principal = Editor,
) -> dict[str, Any]:
    """Accept, reject (or return to pending) a claim. Editors only; recorded and undoable."""
    change = manual.review(acting_store(store_of(request), who), claim_id, ReviewState(decision))
    return {"change": change, "claim": _one(request, claim_id)}


@router.post("/api/claims/{claim_id}/correct", tags=["review"], dependencies=[CSRF])
def correct_api(
    request: Request,
    claim_id: ClaimId,
    value: Annotated[str, Body(embed=True, max_length=500)],
    who: Principal = Editor,
) -> dict[str, Any]:
    """Correct a claim: a new manual claim replaces it (the old one stays, marked corrected)."""
    field = _one(request, claim_id)["field"]
    change, new_id = manual.correct(
        acting_store(store_of(request), who), claim_id, parse_value(field, value)
    )
    return {"change": change, "claim": new_id}
