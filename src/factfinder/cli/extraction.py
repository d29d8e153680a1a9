"""Commands that read reports: extract, eval, run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from factfinder.cli.app import (
    app,
    check_format,
    console,
    err,
    handle_errors,
    open_store,
    progress,
)
from factfinder.cli.sources import (
    ManifestOpt,
    Published,
    ingest_options,
    parse_date,
    print_ingest_summary,
    run_ingest,
)
from factfinder.evaluate import error_lines
from factfinder.extract import Pipeline, default_pipeline
from factfinder.ingest import load_manifest
from factfinder.linking import link_store
from factfinder.process import extract_sources
from factfinder.standalone import evaluate_files, extract_files

EveryVoice = Annotated[
    bool,
    typer.Option(
        "--every-voice",
        help="Keep each voice's account even without a figure (more claims, lower precision).",
    ),
]


@app.command()
@handle_errors
def extract(
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            help="Stored source ids (default: all); with --format jsonl, files to read."
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="store (default), or jsonl: standalone, gold-format lines to stdout."
        ),
    ] = "store",
    manifest: ManifestOpt = None,
    published: Published = None,
    force: Annotated[
        bool, typer.Option(help="Re-extract sources already done by this pipeline version.")
    ] = False,
    every_voice: EveryVoice = False,
) -> None:
    """Extract incident mentions and claims, each with its span, from stored sources or files.

    Example: factfinder extract --format jsonl report1.txt report2.html --manifest manifest.json
    """
    pipe = default_pipeline(every_voice=every_voice)
    if check_format(fmt, ("store", "jsonl")) == "jsonl":
        _extract_files(targets or [], manifest, published, pipe)
        return
    with open_store(create=False) as store, progress() as bar:
        task = bar.add_task("extracting", total=None)
        stats = extract_sources(
            store,
            targets or [],
            force=force,
            pipeline=pipe,
            on_source=lambda *_: bar.advance(task),
        )
    for line in stats.errors:
        err.print(line, markup=False)
    for note in stats.notes:
        err.print(f"note: {note}", markup=False)
    console.print(
        f"extracted {stats.mentions} mentions from {stats.sources} sources"
        + (f" ({stats.skipped} already done)" if stats.skipped else "")
    )
    if stats.errors:
        raise typer.Exit(1)


def _extract_files(
    files: list[str], manifest: Path | None, published: str | None, pipe: Pipeline
) -> None:
    if not files:
        raise typer.BadParameter("name the files to read")
    result = extract_files(
        [Path(f) for f in files],
        manifest=load_manifest(manifest) if manifest else {},
        published=parse_date(published, "--published"),
        pipeline=pipe,
    )
    for m in result.mentions:
        print(json.dumps(m.to_gold(), ensure_ascii=False))
    for line in result.errors:
        err.print(line, markup=False)
    for note in result.notes:
        err.print(f"note: {note}", markup=False)
    if result.errors:
        raise typer.Exit(1)


@app.command("eval")
@handle_errors
def eval_cmd(
    gold: Annotated[Path, typer.Option("--gold", help="Gold mentions, JSONL (gold-format.md).")],
    docs: Annotated[Path, typer.Option("--docs", help="Folder with the documents the gold names.")],
    manifest: ManifestOpt = None,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list each error: missed, spurious, wrong field.")
    ] = False,
    every_voice: EveryVoice = False,
) -> None:
    """Extract the gold's documents and score the result: recall, precision, fields, linking.

    Example: factfinder eval --gold gold.jsonl --docs reports/ --manifest reports/manifest.json
    """
    check_format(fmt, ("table", "json"))
    report, extraction = evaluate_files(
        gold,
        docs,
        manifest=load_manifest(manifest) if manifest else {},
        pipeline=default_pipeline(every_voice=every_voice),
    )
    for line in extraction.errors:
        err.print(line, markup=False)
    if fmt == "json":
        data: dict[str, object] = {
            "recall": report.recall,
            "precision": report.precision,
            "fields": {name: report.accuracy(name) for name in sorted(report.fields)},
            "link_precision": report.link_precision,
            "link_recall": report.link_recall,
            "link_f1": report.link_f1,
        }
        if errors:
            data["errors"] = error_lines(report)
        print(json.dumps(data, indent=1))
        return
    table = Table(title=f"evaluation on {gold.name}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for name, value, n in report.rows():
        table.add_row(name, value, n)
    console.print(table)
    if errors:
        for line in error_lines(report):
            print(line)


@app.command()
@handle_errors
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or URLs of reports.")],
    manifest: ManifestOpt = None,
    published: Published = None,
    every_voice: EveryVoice = False,
) -> None:
    """Ingest, extract and link in one go: the everyday command.

    Example: factfinder run reports/ --manifest reports/manifest.json
    """
    options = ingest_options(manifest, published)
    with open_store() as store:
        summary = run_ingest(store, inputs, options)
        with progress() as bar:
            task = bar.add_task("extracting", total=len(summary.source_ids))
            stats = extract_sources(
                store,
                summary.source_ids,
                pipeline=default_pipeline(every_voice=every_voice),
                on_source=lambda *_: bar.advance(task),
            )
        linked = link_store(store)
    print_ingest_summary(summary)
    console.print(
        f"extracted {stats.mentions} mentions from {stats.sources} sources; "
        f"{linked.incidents_touched} incidents updated"
    )
    if summary.failed or stats.errors:
        raise typer.Exit(1)
