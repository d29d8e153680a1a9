"""The everyday flow on a store: extract stored sources, link their mentions, or all at once."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from factfinder.errors import FactfinderError
from factfinder.extract import Pipeline, default_pipeline
from factfinder.ingest.batch import IngestOptions, IngestSummary, Outcome, ingest
from factfinder.linking import link_store
from factfinder.store import Store
from factfinder.store.mentions import save_extraction
from factfinder.store.sources import get_source, iter_source_ids, resolve_source_id


@dataclass(slots=True)
class ExtractStats:
    sources: int = 0
    skipped: int = 0  # already extracted by this pipeline version
    mentions: int = 0
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _selected(store: Store, refs: Sequence[str]) -> list[str]:
    if not refs:
        return list(iter_source_ids(store))
    with store.read() as conn:
        return [resolve_source_id(conn, ref) for ref in refs]


def extract_sources(
    store: Store,
    refs: Sequence[str] = (),
    *,
    force: bool = False,
    pipeline: Pipeline | None = None,
    on_source: Callable[[str, int], None] | None = None,
) -> ExtractStats:
    """Run the pipeline over stored sources (all, or those named), saving mentions and claims.

    A source already extracted by the same pipeline version is skipped unless ``force``.
    """
    pipe = pipeline or default_pipeline()
    stats = ExtractStats()
    for source_id in _selected(store, refs):
        source = get_source(store, source_id)
        if source.extracted_with == pipe.version and not force:
            stats.skipped += 1
            _tick(on_source, source_id, 0)
            continue
        try:
            result = pipe.run(source.text, doc=source.doc, published=source.published)
            save_extraction(store, source_id, result.mentions, pipe.version)
        except FactfinderError as e:
            stats.errors.append(e.one_line())
            continue
        stats.sources += 1
        stats.mentions += len(result.mentions)
        stats.notes.extend(f"{source.doc}: {note}" for note in result.notes)
        _tick(on_source, source_id, len(result.mentions))
    return stats


def _tick(callback: Callable[[str, int], None] | None, source_id: str, n: int) -> None:
    if callback:
        callback(source_id, n)


@dataclass(slots=True)
class RunSummary:
    ingest: IngestSummary
    extract: ExtractStats
    link: object | None = None


def run(
    store: Store,
    inputs: Sequence[str],
    options: IngestOptions | None = None,
    *,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> RunSummary:
    """Ingest the inputs, extract what was stored, link everything new."""
    summary = ingest(store, inputs, options, on_outcome=on_outcome)
    stats = extract_sources(store, summary.source_ids)
    return RunSummary(summary, stats, link_store(store))
