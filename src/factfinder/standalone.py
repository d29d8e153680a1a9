"""Extraction without a store: files in, gold-format mentions out; and the evaluation against gold.

``extract_files`` reads each file like ``ingest`` does (text, HTML, PDF, WARC), extracts its
mentions, then links them across the files, so that the ``incident`` key of each output line
means the same real-world incident in every file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factfinder.errors import FactfinderError
from factfinder.evaluate import EvalReport, load_jsonl, score
from factfinder.extract import Pipeline, default_pipeline
from factfinder.ingest import InputItem, ManifestEntry, parse_document, read_input
from factfinder.link import link_mentions
from factfinder.model import Mention, stable_id

DEFAULT_MAX_BYTES = 100 * 1024 * 1024


@dataclass(slots=True)
class FileExtraction:
    mentions: list[Mention] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per file that could not be read
    notes: list[str] = field(default_factory=list)  # what extraction skipped, per file


def _published_for(
    name: str, manifest: Mapping[str, ManifestEntry], default: date | None
) -> date | None:
    entry = manifest.get(name)
    if entry is not None and entry.published:
        return entry.published
    return default


def extract_files(
    paths: Sequence[Path],
    *,
    manifest: Mapping[str, ManifestEntry] | None = None,
    published: date | None = None,
    pipeline: Pipeline | None = None,
    link: bool = True,
) -> FileExtraction:
    """Extract mentions from files; bad files become error lines, the rest goes on."""
    pipe = pipeline or default_pipeline()
    manifest = manifest or {}
    out = FileExtraction()
    for path in paths:
        try:
            raw = read_input(InputItem("path", str(path)), max_bytes=DEFAULT_MAX_BYTES, timeout=10)
            docs = parse_document(raw)
        except FactfinderError as e:
            out.errors.append(e.one_line())
            continue
        for doc in docs:
            name = doc.filename or path.name
            result = pipe.run(
                doc.text,
                doc=name,
                published=_published_for(name, manifest, published or doc.published),
            )
            out.notes.extend(f"{name}: {note}" for note in result.notes)
            out.mentions.extend(result.mentions)
    if link:
        link_across_files(out.mentions)
    return out


def link_across_files(mentions: Sequence[Mention]) -> None:
    """Give each mention an id and replace its within-document key by a cross-file incident id."""
    for i, m in enumerate(mentions):
        m.id = stable_id(m.doc, m.incident or "", m.attributed_to or "", i, prefix="m")
        m.source_id = m.doc
    assignment = link_mentions(mentions)
    for m in mentions:
        m.incident = assignment.get(m.id or "", m.incident)


def evaluate_files(
    gold_path: Path,
    docs_dir: Path,
    *,
    manifest: Mapping[str, ManifestEntry] | None = None,
    pipeline: Pipeline | None = None,
) -> tuple[EvalReport, FileExtraction]:
    """Extract every document named in the gold file and score it (gold-format.md's scorer)."""
    gold = load_jsonl(gold_path)
    names = sorted({m.doc for m in gold})
    extraction = extract_files(
        [docs_dir / name for name in names], manifest=manifest, pipeline=pipeline
    )
    return score(gold, extraction.mentions), extraction
