"""Sources: list, one source with its claim spans highlighted, and its original for download."""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from factfinder.confidential import redact_source, withholds_original
from factfinder.store.mentions import mentions_of_source
from factfinder.store.schema import claims
from factfinder.store.sources import get_source, list_sources
from factfinder.web.deps import Principal, Reader, redaction, render, store_of
from factfinder.web.highlight import span_segments
from factfinder.web.params import Paging, paging

router = APIRouter()
SourceId = Annotated[str, Path(min_length=6, max_length=64, pattern=r"^[0-9a-fA-F]+$")]
_MEDIA = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]{0,62}/[a-z0-9][a-z0-9!#$&^_.+-]{0,62}$")
_ASCII_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _meta(source: Any) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "author": source.author,
        "published": source.published,
        "published_basis": str(source.published_basis),
        "language": source.language,
        "media_type": source.media_type,
        "filename": source.filename,
        "size": source.size,
        "captured_at": source.captured_at,
        "near_duplicate_of": source.near_duplicate_of,
        "reliability": source.reliability,
        "added_at": source.added_at,
    }


def source_data(request: Request, ref: str) -> dict[str, Any]:
    store = store_of(request)
    source = get_source(store, ref)
    with store.read() as conn:
        found = mentions_of_source(conn, source.id)
        rows = conn.execute(
            select(claims)
            .where(claims.c.source_id == source.id)
            .order_by(claims.c.start, claims.c.id)
        ).all()
    claim_list = [
        {
            "id": r.id,
            "mention_id": r.mention_id,
            "field": r.field,
            "value": r.value,
            "start": r.start,
            "end": r.end,
            "quote": r.quote,
            "attributed_to": r.attributed_to,
            "method": r.method,
            "confidence": r.confidence,
            "review": r.review,
        }
        for r in rows
    ]
    incident_of = {m.id: m.incident for m in found}
    for c in claim_list:
        c["incident_id"] = incident_of.get(c["mention_id"])
    data = {
        **_meta(source),
        "text": source.text,
        "claims": claim_list,
        "mentions": [
            {
                "id": m.id,
                "incident_id": m.incident,
                "attributed_to": m.attributed_to,
                "start": m.start,
                "end": m.end,
            }
            for m in found
        ],
    }
    red = redaction(request)
    return redact_source(red, data) if red is not None else data


@router.get("/api/sources", tags=["sources"])
def sources_api(
    request: Request, pages: Paging = Depends(paging), who: Principal = Reader
) -> dict[str, Any]:
    """Sources (without their text), oldest first."""
    found = list_sources(store_of(request), limit=pages.per_page + 1, offset=pages.offset)
    more = len(found) > pages.per_page
    return {
        "items": [_meta(s) for s in found[: pages.per_page]],
        "page": pages.page,
        "per_page": pages.per_page,
        "more": more,
    }


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(
    request: Request, pages: Paging = Depends(paging), who: Principal = Reader
) -> Response:
    return render(request, "sources.html", data=sources_api(request, pages, who), pages=pages)


@router.get("/api/sources/{source_id}", tags=["sources"])
def source_api(request: Request, source_id: SourceId, who: Principal = Reader) -> dict[str, Any]:
    """One source: metadata, text, its mentions and every claim with its span."""
    return source_data(request, source_id)


@router.get("/sources/{source_id}", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, source_id: SourceId, who: Principal = Reader) -> Response:
    data = source_data(request, source_id)
    spans = [(c["start"], c["end"], c["id"], c["field"]) for c in data["claims"]]
    return render(request, "source.html", src=data, segments=span_segments(data["text"], spans))


def content_disposition(filename: str | None, fallback: str) -> str:
    """``attachment`` with an ASCII-only name and the exact name in RFC 5987 form."""
    name = (filename or fallback).replace("\\", "/").rsplit("/", 1)[-1] or fallback
    ascii_name = _ASCII_SAFE.sub("_", name).strip("._") or fallback
    exact = quote(name[:200], safe="")
    return f"attachment; filename=\"{ascii_name[:120]}\"; filename*=UTF-8''{exact}"


@router.get("/sources/{source_id}/original", tags=["sources"])
@router.get("/api/sources/{source_id}/original", tags=["sources"])
def original(request: Request, source_id: SourceId, who: Principal = Reader) -> Response:
    """The original bytes as ingested, as a download (never rendered in the app's origin)."""
    store = store_of(request)
    source = get_source(store, source_id)
    red = redaction(request)
    if red is not None and withholds_original(red, source.id, source.text):
        raise HTTPException(403, "original withheld: it names someone or something confidential")
    data = store.blobs.get(source.sha256)
    media = source.media_type.lower() if _MEDIA.match(source.media_type.lower()) else ""
    headers = {
        "Content-Disposition": content_disposition(source.filename, source.sha256[:16]),
        "Content-Security-Policy": "default-src 'none'; sandbox",
    }
    return Response(data, media_type=media or "application/octet-stream", headers=headers)
