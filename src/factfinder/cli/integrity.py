"""Commands for evidence integrity and getting data out: custody, export, backup, restore."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from factfinder.backup import backup as backup_store
from factfinder.backup import restore as restore_store
from factfinder.cli.app import app, console, err, handle_errors, open_store, settings
from factfinder.custody import custody as custody_of
from factfinder.export import ExportOptions, export
from factfinder.records import check_rule
from factfinder.store.sources import verify_store


@app.command()
@handle_errors
def custody(
    source: Annotated[str, typer.Argument(help="Source id (or first 6+ characters) or file name.")],
) -> None:
    """Chain of custody of a source: its hash, who added it, when, from where, what derives from it.

    Example: factfinder custody 3fa9c1
    """
    with open_store(create=False) as store:
        record = custody_of(store, source)
    print(json.dumps(record, ensure_ascii=False, indent=1))


@app.command("export")
@handle_errors
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="csv, json, geojson or acled.")] = "json",
    table: Annotated[
        str, typer.Option("--table", help="incidents, claims or persons (csv/json).")
    ] = "incidents",
    public: Annotated[
        bool, typer.Option("--public", help="Leave out everything confidential.")
    ] = False,
    rule: Annotated[
        str, typer.Option("--rule", help="Best-value rule for figures.")
    ] = "conservative",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Export incidents, claims or persons as CSV, JSON, GeoJSON or an ACLED-style CSV.

    Example: factfinder export --format acled --public -o incidents-acled.csv
    """
    opts = ExportOptions(fmt=fmt, table=table, public=public, rule=check_rule(rule))
    with open_store(create=False) as store:
        if output is None:
            n = export(store, opts, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = export(store, opts, fh)
    err.print(f"exported {n} records", markup=False)


@app.command()
@handle_errors
def backup(dest: Annotated[Path, typer.Argument(help="A new folder for the backup.")]) -> None:
    """Back up the store (a consistent copy even while the web app runs) and every original.

    Example: factfinder backup /mnt/backups/case-2026-11-22
    """
    with open_store(create=False) as store:
        report = backup_store(store, dest)
    console.print(f"backed up the database and {report.originals} originals to {report.path}")


@app.command()
@handle_errors
def restore(
    src: Annotated[Path, typer.Argument(help="A folder written by `factfinder backup`.")],
) -> None:
    """Restore a backup into a new, empty store, then verify it.

    Example: factfinder --home ./restored restore /mnt/backups/case-2026-11-22
    """
    count = restore_store(settings(), src)
    with open_store(create=False) as store:
        report = verify_store(store)
    for problem in report.problems:
        err.print(problem, markup=False)
    if not report.ok:
        raise typer.Exit(1)
    console.print(
        f"restored {count} originals; verified {report.checked} sources and the audit chain"
    )
