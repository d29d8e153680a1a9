"""Ingest a batch of paths and URLs into the store, one input at a time (streaming).

Each input is read, parsed and stored on its own: a bad input is reported in one line and the
batch goes on. Originals are written before their rows, in one transaction per source, so a
crash leaves at most an unreferenced original, never a row without its original.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path, PurePosixPath

import numpy as np

from factfinder.errors import FactfinderError, IngestError
from factfinder.ingest import (
    NEAR_DUPLICATE_MIN_CONTAINMENT,
    InputItem,
    ManifestEntry,
    ParsedDocument,
    hamming,
    iter_inputs,
    near_duplicate_candidates,
    parse_document,
    read_input,
    shingle_containment,
    simhash64,
    simhash_bands,
)
from factfinder.model import PublishedBasis, Source
from factfinder.store import Store
from factfinder.store.sources import add_source, fingerprints, get_source, has_source

MAX_CONFIRMATIONS = 5  # nearest candidates whose text is read to confirm a near-duplicate
STORED, DUPLICATE, NEAR_DUPLICATE, FAILED = "stored", "duplicate", "near-duplicate", "failed"
SKIPPED = "skipped"  # a part of an input left out on purpose (e.g. an image in a WARC), with why


@dataclass(slots=True)
class IngestOptions:
    published: date | None = None
    publisher: str | None = None
    language: str | None = None
    manifest: Mapping[str, ManifestEntry] = field(default_factory=dict)


@dataclass(slots=True)
class Outcome:
    """What happened to one input (or one document of a WARC)."""

    input: str
    status: str
    source_id: str | None = None
    message: str = ""
    title: str | None = None


@dataclass(slots=True)
class IngestSummary:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def counts(self) -> Counter[str]:
        return Counter(o.status for o in self.outcomes)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    @property
    def source_ids(self) -> list[str]:
        return [o.source_id for o in self.outcomes if o.status != FAILED and o.source_id]


def ingest(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> IngestSummary:
    """Ingest every input; never raises for a bad input (it becomes a ``failed`` outcome)."""
    options = options or IngestOptions()
    summary = IngestSummary()
    for outcome in iter_ingest(store, inputs, options):
        summary.outcomes.append(outcome)
        if on_outcome:
            on_outcome(outcome)
    return summary


class _Fingerprints:
    """The stored SimHashes, loaded once per batch and extended as sources are stored.

    A syndicated copy lies up to 16 bits away, so every stored fingerprint is compared (numpy);
    the four 16-bit bands of the index only find copies within 3 bits.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.ids: list[str] | None = None
        self.hashes = np.zeros(0, dtype=np.uint64)  # capacity grows by doubling
        self.size = 0

    def near_duplicate_of(self, text: str, simhash: int) -> str | None:
        if self.ids is None:
            loaded = fingerprints(self.store)
            self.ids = [i for i, _ in loaded]
            self.hashes = np.array([h for _, h in loaded] or [0], dtype=np.uint64)
            self.size = len(loaded)
        stored = self.hashes[: self.size]
        found = near_duplicate_candidates(simhash, stored)
        nearest = sorted(found, key=lambda i: (hamming(simhash, int(stored[i])), i))
        for index in nearest[:MAX_CONFIRMATIONS]:  # templated sites put many within 16 bits
            other = get_source(self.store, self.ids[index])
            if shingle_containment(text, other.text) >= NEAR_DUPLICATE_MIN_CONTAINMENT:
                return other.id
        return None

    def add(self, source_id: str, simhash: int) -> None:
        if self.ids is None:
            return
        if self.size == len(self.hashes):
            self.hashes = np.resize(self.hashes, max(16, 2 * self.size))
        self.ids.append(source_id)
        self.hashes[self.size] = simhash
        self.size += 1


def iter_ingest(store: Store, inputs: Sequence[str], options: IngestOptions) -> Iterator[Outcome]:
    known = _Fingerprints(store)
    for arg in inputs:
        try:
            items = list(iter_inputs([arg]))
        except FactfinderError as e:
            yield Outcome(e.subject, FAILED, message=e.one_line())
            continue
        if options.manifest and Path(arg).is_dir():
            # A folder with a manifest: the manifest says which of its files are reports.
            items = [i for i in items if PurePosixPath(i.value).name in options.manifest]
        for item in items:
            yield from _ingest_item(store, item, options, known)


def _ingest_item(
    store: Store, item: InputItem, options: IngestOptions, known: _Fingerprints
) -> Iterator[Outcome]:
    settings = store.settings
    try:
        raw = read_input(item, max_bytes=settings.max_bytes, timeout=settings.fetch_timeout)
        result = parse_document(raw)
    except FactfinderError as e:
        yield Outcome(item.value, FAILED, message=e.one_line())
        return
    except Exception as e:  # an unexpected parser crash must not stop the batch
        yield Outcome(
            item.value, FAILED, message=f"{item.value}: could not be read ({type(e).__name__}: {e})"
        )
        return
    for doc in result:
        yield _store_document(store, item, doc, options, known)
    if result.partial:
        yield Outcome(item.value, FAILED, message=f"{item.value}: {result.problem}")


def _store_document(
    store: Store, item: InputItem, doc: ParsedDocument, options: IngestOptions, known: _Fingerprints
) -> Outcome:
    label = _label(item, doc)
    try:
        source = _to_source(item, doc, options)
        if has_source(store, source.id):
            return Outcome(
                label, DUPLICATE, source.id, "identical original already stored", source.title
            )
        source.simhash = simhash64(source.text)
        bands = simhash_bands(source.simhash)
        source.near_duplicate_of = known.near_duplicate_of(source.text, source.simhash)
        add_source(store, source, doc.original, bands=bands)
        known.add(source.id, source.simhash)
    except FactfinderError as e:
        return Outcome(label, FAILED, message=e.one_line())
    status = NEAR_DUPLICATE if source.near_duplicate_of else STORED
    message = f"copy of {source.near_duplicate_of[:12]}" if source.near_duplicate_of else ""
    return Outcome(label, status, source.id, message, source.title)


def _label(item: InputItem, doc: ParsedDocument) -> str:
    if doc.parent and doc.url:
        return f"{item.value} → {doc.url}"
    return item.value


def _manifest_entry(
    item: InputItem, doc: ParsedDocument, options: IngestOptions
) -> ManifestEntry | None:
    for key in (doc.filename, PurePosixPath(item.value).name, item.value, doc.url):
        if key and key in options.manifest:
            return options.manifest[key]
    return None


def _to_source(item: InputItem, doc: ParsedDocument, options: IngestOptions) -> Source:
    if not doc.text.strip():
        raise IngestError(item.value, "no readable text in this document")
    sha = hashlib.sha256(doc.original).hexdigest()
    source = Source(
        id=sha,
        text=doc.text,
        media_type=doc.media_type,
        size=len(doc.original),
        title=doc.title,
        author=doc.author,
        url=doc.url,
        published=doc.published,
        published_basis=doc.published_basis if doc.published else PublishedBasis.UNKNOWN,
        captured_at=doc.captured_at,
        language=doc.language,
        filename=doc.filename,
        origin=item.value,
        parent_id=doc.parent,
        notes=list(doc.notes),
    )
    if doc.published is None and doc.captured_at is not None:
        source.published = doc.captured_at.date()
        source.published_basis = PublishedBasis.CAPTURED
    _apply_user_metadata(source, _manifest_entry(item, doc, options), options)
    return source


def _apply_user_metadata(
    source: Source, entry: ManifestEntry | None, options: IngestOptions
) -> None:
    """What the user states (manifest, then command line) wins over what was parsed."""
    if options.published:
        source.published, source.published_basis = options.published, PublishedBasis.GIVEN
    source.publisher = options.publisher or source.publisher
    source.language = options.language or source.language
    if entry is None:
        return
    if entry.published:
        source.published = entry.published
        source.published_basis = entry.published_basis
        if entry.published_basis_note:
            source.notes.append(
                f"publication date {entry.published_basis}: {entry.published_basis_note}"
            )
    source.title = entry.title or source.title
    source.language = entry.language or source.language
    source.publisher = entry.publisher or source.publisher
    source.url = entry.url or source.url
    source.author = entry.author or source.author
