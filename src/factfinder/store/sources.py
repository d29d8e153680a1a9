"""Sources in the store: add (original first, then the row), fetch, list, verify."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, func, or_, select, update

from factfinder.audit import verify_chain
from factfinder.errors import NotFoundError
from factfinder.model import PublishedBasis, Source
from factfinder.store.blobs import sha256_bytes
from factfinder.store.db import Store
from factfinder.store.schema import sources

MASK64 = (1 << 64) - 1


def _signed(value: int | None) -> int | None:
    """Store an unsigned 64-bit SimHash in a signed BIGINT column."""
    if value is None:
        return None
    return value - (1 << 64) if value >= 1 << 63 else value


def _unsigned(value: int | None) -> int | None:
    return None if value is None else value & MASK64


def add_source(store: Store, source: Source, original: bytes, *, bands: Sequence[int] = ()) -> None:
    """Write the original (atomically) and then the row and its audit event, in one transaction."""
    sha = store.blobs.put(original)
    if sha != source.sha256:
        raise ValueError(f"source id {source.id} is not the SHA-256 of its original ({sha})")
    values: dict[str, Any] = {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "author": source.author,
        "published": source.published,
        "published_basis": str(source.published_basis),
        "captured_at": source.captured_at,
        "language": source.language,
        "media_type": source.media_type,
        "filename": source.filename,
        "origin": source.origin,
        "size": source.size,
        "near_duplicate_of": source.near_duplicate_of,
        "reliability": source.reliability,
        "added_at": source.added_at or store.now(),
        "added_by": source.added_by or store.settings.user,
        "simhash": _signed(source.simhash),
        "parent_id": source.parent_id,
        "notes": list(source.notes),
        "text": source.text,
    }
    for i, band in enumerate(list(bands)[:4]):
        values[f"band{i}"] = band
    with store.write() as conn:
        conn.execute(sources.insert().values(**values))
        store.record(
            conn,
            "ingest",
            source.id,
            sha256=source.sha256,
            filename=source.filename,
            origin=source.origin,
            media_type=source.media_type,
            size=source.size,
            near_duplicate_of=source.near_duplicate_of,
        )


def has_source(store: Store, source_id: str) -> bool:
    with store.read() as conn:
        return (
            conn.execute(select(sources.c.seq).where(sources.c.id == source_id)).first() is not None
        )


def _to_source(row: Row[Any] | Any) -> Source:
    m = row._mapping
    return Source(
        id=m["id"],
        text=m.get("text", ""),
        media_type=m["media_type"],
        size=m["size"],
        title=m["title"],
        publisher=m["publisher"],
        url=m["url"],
        author=m["author"],
        published=m["published"],
        published_basis=PublishedBasis(m["published_basis"]),
        captured_at=m["captured_at"],
        language=m["language"],
        filename=m["filename"],
        origin=m["origin"],
        near_duplicate_of=m["near_duplicate_of"],
        reliability=m["reliability"],
        added_at=m["added_at"],
        added_by=m["added_by"],
        simhash=_unsigned(m["simhash"]),
        parent_id=m["parent_id"],
        notes=list(m["notes"] or []),
        extracted_with=m["extracted_with"],
    )


def resolve_source_id(conn: Connection, ref: str) -> str:
    """A full id, an unambiguous id prefix (≥ 6 hex digits) or a file name → the source id."""
    ref = ref.strip()
    exact = conn.execute(select(sources.c.id).where(sources.c.id == ref)).scalar_one_or_none()
    if exact:
        return str(exact)
    is_prefix = len(ref) >= 6 and all(c in "0123456789abcdef" for c in ref.lower())
    cond = sources.c.id.like(ref.lower() + "%") if is_prefix else sources.c.filename == ref
    ids = conn.execute(select(sources.c.id).where(cond).limit(3)).scalars().all()
    if not ids:
        raise NotFoundError(f"source {ref}", "no such source: list them with `factfinder sources`")
    if len(ids) > 1:
        raise NotFoundError(f"source {ref}", "more than one source matches: give more of the id")
    return str(ids[0])


def get_source(store: Store, ref: str) -> Source:
    with store.read() as conn:
        source_id = resolve_source_id(conn, ref)
        row = conn.execute(select(sources).where(sources.c.id == source_id)).one()
    return _to_source(row)


@dataclass(slots=True)
class SourceFilters:
    since: date | None = None
    until: date | None = None
    language: str | None = None
    publisher: str | None = None
    ids: list[str] = field(default_factory=list)


def _listing_columns() -> list[Any]:
    return [c for c in sources.c if c.name != "text"]


def list_sources(
    store: Store, filters: SourceFilters | None = None, *, limit: int = 100, offset: int = 0
) -> list[Source]:
    """Sources without their text, oldest first."""
    filters = filters or SourceFilters()
    stmt = select(*_listing_columns()).order_by(sources.c.seq).limit(limit).offset(offset)
    if filters.since:
        stmt = stmt.where(sources.c.published >= filters.since)
    if filters.until:
        stmt = stmt.where(sources.c.published <= filters.until)
    if filters.language:
        stmt = stmt.where(func.lower(sources.c.language) == filters.language.lower())
    if filters.publisher:
        stmt = stmt.where(sources.c.publisher.ilike(f"%{filters.publisher}%"))
    if filters.ids:
        stmt = stmt.where(sources.c.id.in_(filters.ids))
    with store.read() as conn:
        return [_to_source(row) for row in conn.execute(stmt)]


def iter_source_ids(store: Store) -> Iterator[str]:
    with store.read() as conn:
        yield from conn.execute(select(sources.c.id).order_by(sources.c.seq)).scalars()


def near_duplicate_candidates(store: Store, bands: Sequence[int]) -> list[tuple[str, int]]:
    """Sources sharing at least one SimHash band: (id, simhash), oldest first."""
    cols = [sources.c.band0, sources.c.band1, sources.c.band2, sources.c.band3]
    cond = or_(*(col == band for col, band in zip(cols, bands, strict=False)))
    stmt = select(sources.c.id, sources.c.simhash).where(cond).order_by(sources.c.seq).limit(200)
    with store.read() as conn:
        return [(r[0], _unsigned(r[1]) or 0) for r in conn.execute(stmt) if r[1] is not None]


def fingerprints(store: Store) -> list[tuple[str, int]]:
    """Every source's (id, SimHash), oldest first: the near-duplicate scan compares against all."""
    stmt = select(sources.c.id, sources.c.simhash).where(sources.c.simhash.is_not(None))
    with store.read() as conn:
        rows = conn.execute(stmt.order_by(sources.c.seq)).all()
    return [(r[0], _unsigned(r[1]) or 0) for r in rows]


def set_extracted_with(conn: Connection, source_id: str, version: str) -> None:
    conn.execute(update(sources).where(sources.c.id == source_id).values(extracted_with=version))


@dataclass(slots=True)
class VerifyReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)
    orphans: list[str] = field(
        default_factory=list
    )  # originals with no row (an interrupted ingest)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(store: Store) -> VerifyReport:
    """Re-hash every original, check the audit chain; name each missing or altered thing."""
    report = VerifyReport()
    known: set[str] = set()
    with store.read() as conn:
        rows = conn.execute(select(sources.c.id, sources.c.filename).order_by(sources.c.seq))
        for source_id, filename in rows:
            known.add(source_id)
            report.checked += 1
            label = f"source {source_id[:12]} ({filename or 'no file name'})"
            path = store.blobs.path(source_id)
            if not path.is_file():
                report.problems.append(f"{label}: original missing at {path}")
                continue
            if sha256_bytes(path.read_bytes()) != source_id:
                report.problems.append(f"{label}: original altered on disk at {path}")
        report.problems.extend(verify_chain(conn))
    report.orphans = [sha for sha in store.blobs.iter_shas() if sha not in known]
    return report
