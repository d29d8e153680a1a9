"""Commands about sources: init, ingest, sources, show, search, verify."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from factfinder.cli.app import (
    app,
    ask_key,
    check_format,
    console,
    err,
    fail,
    handle_errors,
    open_store,
    progress,
    settings,
)
from factfinder.errors import ManifestError, UsageError
from factfinder.ingest import load_manifest
from factfinder.ingest.batch import FAILED, IngestOptions, IngestSummary, Outcome, ingest
from factfinder.store import SearchFilters, Store
from factfinder.store.dialects import MARK_END, MARK_START, SEARCH_ORDERS
from factfinder.store.sources import SourceFilters, get_source, list_sources, verify_store

Published = Annotated[
    str | None, typer.Option("--published", help="Publication date of every input, YYYY-MM-DD.")
]
ManifestOpt = Annotated[
    Path | None, typer.Option("--manifest", help="JSON manifest: file, title, published, language.")
]


def parse_date(value: str | None, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ManifestError(f"{what} {value!r}", "not a date: write it as YYYY-MM-DD") from None


def ingest_options(
    manifest: Path | None,
    published: str | None,
    publisher: str | None = None,
    language: str | None = None,
) -> IngestOptions:
    return IngestOptions(
        published=parse_date(published, "--published"),
        publisher=publisher,
        language=language,
        manifest=load_manifest(manifest) if manifest else {},
    )


@app.command()
@handle_errors
def init(
    encrypt: Annotated[
        bool, typer.Option("--encrypt", help="Encrypt the new SQLite store (key: FACTFINDER_KEY).")
    ] = False,
) -> None:
    """Create the store (or bring an existing one to the newest schema).

    Example: factfinder --home ./casefile init
    """
    if encrypt:
        ask_key(new=True)
        if settings().key is None:
            fail("--encrypt: no key: set FACTFINDER_KEY or run on a terminal to type one", 2)
    with open_store() as store:
        console.print(f"store ready: {store.describe()} (originals in {store.blobs.root})")


def run_ingest(store: Store, inputs: list[str], options: IngestOptions) -> IngestSummary:
    """Ingest with a progress bar and one stderr line per failed input."""
    with progress() as bar:
        task = bar.add_task("ingesting", total=None)

        def on_outcome(outcome: Outcome) -> None:
            bar.advance(task)
            if outcome.status == FAILED:
                err.print(outcome.message, markup=False)

        return ingest(store, inputs, options, on_outcome=on_outcome)


def print_ingest_summary(summary: IngestSummary) -> None:
    table = Table(title="ingestion")
    for col in ("stored", "near-duplicate", "duplicate", "failed"):
        table.add_column(col, justify="right")
    counts = summary.counts
    table.add_row(
        *(str(counts.get(c, 0)) for c in ("stored", "near-duplicate", "duplicate", "failed"))
    )
    console.print(table)


@app.command("ingest")
@handle_errors
def ingest_cmd(
    inputs: Annotated[
        list[str], typer.Argument(help="Files, folders (recursively) or http(s) URLs.")
    ],
    manifest: ManifestOpt = None,
    published: Published = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher of every input.")] = None,
    language: Annotated[
        str | None, typer.Option(help="Language of every input (ISO 639-1).")
    ] = None,
    max_size: Annotated[
        float | None, typer.Option("--max-size", help="Largest input in MB (default 100).")
    ] = None,
) -> None:
    """Store reports (text, HTML, PDF, WARC, URLs), keeping each original byte-for-byte.

    Example: factfinder ingest reports/ https://example.org/statement.html --manifest manifest.json
    """
    options = ingest_options(manifest, published, publisher, language)
    if max_size is not None:
        settings().max_size_mb = max_size
    with open_store() as store:
        summary = run_ingest(store, inputs, options)
    print_ingest_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command("sources")
@handle_errors
def sources_cmd(
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code, e.g. en.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher contains this text.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List stored sources.

    Example: factfinder sources --since 2019-01-01 --language en
    """
    filters = SourceFilters(
        parse_date(since, "--since"), parse_date(until, "--until"), language, publisher
    )
    with open_store(create=False) as store:
        rows = list_sources(store, filters, limit=limit)
    if check_format(fmt, ("table", "json")) == "json":
        for s in rows:
            print(json.dumps(_source_json(s), ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} sources")
    for col in ("id", "published", "lang", "type", "title", "note"):
        table.add_column(col, overflow="fold")
    for s in rows:
        note = f"copy of {s.near_duplicate_of[:8]}" if s.near_duplicate_of else ""
        published = f"{s.published or '—'}" + (
            "" if s.published_basis == "stated" else f" ({s.published_basis})"
        )
        table.add_row(
            s.id[:12],
            published,
            s.language or "",
            s.media_type.split("/")[-1],
            escape(s.title or s.filename or ""),
            note,
        )
    console.print(table)


def _source_json(s: object) -> dict[str, object]:
    from dataclasses import asdict

    data = asdict(s)  # type: ignore[call-overload]
    data.pop("text", None)
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items()}


def highlight(snippet: str) -> str:
    """Search-hit markers → rich markup, with the text itself escaped."""
    out = escape(snippet.replace(MARK_START, "\x00S").replace(MARK_END, "\x00E"))
    return out.replace("\x00S", "[bold yellow]").replace("\x00E", "[/]").replace("\n", " ")


@app.command()
@handle_errors
def search(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", prefix*, OR, -excluded.')],
    since: Annotated[str | None, typer.Option(help="Published on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Published on or before YYYY-MM-DD.")] = None,
    language: Annotated[str | None, typer.Option(help="Language code, e.g. en.")] = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher contains this text.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 20,
    sort: Annotated[
        str, typer.Option(help="rank (most relevant first) or published (newest first).")
    ] = "rank",
) -> None:
    """Full-text search over sources, ranked, with highlighted snippets.

    Example: factfinder search '"Camp Ashraf" killed OR executed' --since 2019-01-01
    """
    if sort not in SEARCH_ORDERS:
        raise UsageError(f"--sort {sort}", f"unknown order: use one of {', '.join(SEARCH_ORDERS)}")
    filters = SearchFilters(
        parse_date(since, "--since"), parse_date(until, "--until"), language, publisher, sort
    )
    with open_store(create=False) as store:
        hits = store.search(query, filters, limit=limit)
    if not hits:
        console.print("no source matches")
        return
    for hit in hits:
        console.print(
            f"[bold]{hit.source_id[:12]}[/] {escape(hit.title or '')} "
            f"[dim]{hit.published or ''} {escape(hit.publisher or '')}[/]"
        )
        console.print("   " + highlight(hit.snippet))


@app.command()
@handle_errors
def show(
    source: Annotated[
        str, typer.Argument(help="Source id (or its first 6+ characters) or file name.")
    ],
    claims: Annotated[
        bool, typer.Option("--claims", help="Mark the spans of extracted claims.")
    ] = False,
) -> None:
    """Show a source's metadata and text.

    Example: factfinder show 3fa9c1 --claims
    """
    with open_store(create=False) as store:
        s = get_source(store, source)
        spans = _claim_spans(store, s.id) if claims else []
    meta = Table.grid(padding=(0, 2))
    meta.add_column()
    meta.add_column(overflow="fold")  # wrap, never cut: ids and URLs must be copyable whole
    for key in (
        "id",
        "title",
        "publisher",
        "author",
        "url",
        "published",
        "published_basis",
        "captured_at",
        "language",
        "media_type",
        "filename",
        "origin",
        "size",
        "near_duplicate_of",
        "added_at",
        "added_by",
    ):
        value = getattr(s, key)
        if value not in (None, ""):
            meta.add_row(f"[bold]{key}[/]", escape(str(value)))
    for note in s.notes:
        meta.add_row("[bold]note[/]", escape(note))
    console.print(meta)
    console.print()
    console.print(mark_spans(s.text, spans) if spans else escape(s.text))


def _claim_spans(store: Store, source_id: str) -> list[tuple[int, int, str]]:
    from factfinder.store.mentions import claim_spans

    return claim_spans(store, source_id)


def mark_spans(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The text with each claim span underlined and labelled with its field."""
    out: list[str] = []
    pos = 0
    for start, end, label in sorted(spans):
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f"[reverse]{escape(text[start:end])}[/][dim]⟨{escape(label)}⟩[/]")
        pos = end
    out.append(escape(text[pos:]))
    return "".join(out)


@app.command()
@handle_errors
def verify() -> None:
    """Re-hash every original and check the audit chain; name anything missing or altered.

    Example: factfinder verify
    """
    with open_store(create=False) as store:
        report = verify_store(store)
    for problem in report.problems:
        err.print(problem, markup=False)
    if report.orphans:
        console.print(
            f"{len(report.orphans)} original(s) without a source row "
            "(an interrupted ingest; harmless)"
        )
    if not report.ok:
        err.print(
            f"verify failed: {len(report.problems)} problem(s) in {report.checked} sources",
            markup=False,
        )
        raise typer.Exit(1)
    console.print(f"verified {report.checked} originals and the audit chain: all intact")
