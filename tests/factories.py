"""Builders shared by tests: sources and mentions about two Camp Ashraf attacks (own wording)."""

from __future__ import annotations

import hashlib

from factfinder.model import Claim, Count, DatePrecision, Mention, PublishedBasis, Source
from factfinder.store import Store
from factfinder.store.sources import add_source


def add_text_source(
    store: Store, name: str, text: str, publisher: str | None, near: str | None = None
) -> str:
    """Store a plain-text source (its original is the UTF-8 text); return its id."""
    data = text.encode()
    sid = hashlib.sha256(data).hexdigest()
    add_source(
        store,
        Source(
            id=sid,
            text=text,
            media_type="text/plain",
            size=len(data),
            filename=name,
            publisher=publisher,
            near_duplicate_of=near,
            published_basis=PublishedBasis.GIVEN,
        ),
        data,
    )
    return sid


def ashraf_mention(
    doc: str,
    key: str,
    killed: Count | None,
    text: str,
    *,
    voice: str | None = None,
    date: str = "2013-09-01",
    abducted: int | None = 7,
) -> Mention:
    counts = {}
    if killed:
        counts["killed"] = killed
    if abducted is not None:
        counts["abducted"] = Count(value=abducted)
    start = 0
    m = Mention(
        doc=doc,
        acts=["killing", "abduction"],
        evidence=text,
        date=date,
        date_precision=DatePrecision.DAY,
        place="Camp Ashraf",
        country="IQ",
        counts=counts,
        perpetrators=["Iraqi forces"],
        attributed_to=voice,
        start=start,
        end=len(text),
        incident=key,
    )
    if killed:
        m.claims.append(
            Claim("count:killed", killed.to_json(), 0, len(text), text, "counts@test", 0.6, voice)
        )
    return m
