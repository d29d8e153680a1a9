"""Commands for evidence that leaves the store: confidentiality marks and fact sheets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from factfinder.cli.app import app, console, err, handle_errors, open_store
from factfinder.confidential import ConfidentialError, list_marks, mark
from factfinder.factsheet import factsheet, render_pdf
from factfinder.records import check_rule

confidential_app = typer.Typer(
    help="Mark persons, sources, claims or single fields confidential (never public).\n\n"
    "Example: factfinder confidential mark person p3f2a9c",
    no_args_is_help=True,
)
app.add_typer(confidential_app, name="confidential")

Kind = Annotated[str, typer.Argument(help="person, source or claim.")]
Ref = Annotated[str, typer.Argument(help="Its id (sources, claims: or its first 6+ characters).")]
Field = Annotated[
    str | None, typer.Option("--field", help="One field (e.g. name, place, author); default: all.")
]


@confidential_app.command("mark")
@handle_errors
def confidential_mark(kind: Kind, ref: Ref, field: Field = None) -> None:
    """Mark a person, source or claim (or one field of it) confidential; an audit event.

    Example: factfinder confidential mark person p3f9a2c1b7d0 --field place
    """
    _mark(kind, ref, field, on=True)


@confidential_app.command("unmark")
@handle_errors
def confidential_unmark(kind: Kind, ref: Ref, field: Field = None) -> None:
    """Remove a confidentiality mark; an audit event (the mark stays in the audit log).

    Example: factfinder confidential unmark source 3fa9c1 --field author
    """
    _mark(kind, ref, field, on=False)


def _mark(kind: str, ref: str, field: str | None, *, on: bool) -> None:
    try:
        with open_store(create=False) as store:
            object_id = mark(store, kind, ref, field, on=on)
    except ConfidentialError as e:
        err.print(e.one_line(), markup=False)
        raise typer.Exit(2) from e
    what = f"{kind} {object_id}" + (f" field {field}" if field else "")
    console.print(f"{'marked' if on else 'unmarked'} {escape(what)} confidential")


@confidential_app.command("list")
@handle_errors
def confidential_list(
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List what is marked confidential, by whom and when.

    Example: factfinder confidential list --format json
    """
    with open_store(create=False) as store:
        found = list_marks(store)
    if fmt == "json":
        rows = [
            {
                "kind": m.kind,
                "id": m.object_id,
                "field": m.field,
                "marked_by": m.marked_by,
                "marked_at": m.marked_at.isoformat() if m.marked_at else None,
            }
            for m in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    table = Table(title=f"{len(found)} confidential marks")
    for col in ("kind", "id", "field", "by", "at"):
        table.add_column(col)
    for m in found:
        at = m.marked_at.strftime("%Y-%m-%d %H:%M") if m.marked_at else ""
        table.add_row(m.kind, m.object_id, m.field, escape(m.marked_by), at)
    console.print(table)


@app.command("factsheet")
@handle_errors
def factsheet_cmd(
    incident: Annotated[str, typer.Argument(help="Incident id (or its first 4+ characters).")],
    pdf: Annotated[Path | None, typer.Option("--pdf", help="Write a PDF here.")] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the HTML here.")] = None,
    public: Annotated[
        bool, typer.Option("--public", help="Withhold everything confidential (to publish).")
    ] = False,
    rule: Annotated[str, typer.Option("--rule", help="Best-value rule.")] = "conservative",
) -> None:
    """A fact sheet of one incident (figures, every claim with its source, grade, map) as HTML
    or PDF; without --pdf or --html the HTML goes to stdout.

    Example: factfinder factsheet inc-3fa9c1 --pdf ashraf-2013.pdf --public
    """
    with open_store(create=False) as store:
        page = factsheet(store, incident, rule=check_rule(rule), public=public)
    if html is not None:
        html.write_text(page, encoding="utf-8")
    if pdf is not None:
        pdf.write_bytes(render_pdf(page))
    if html is None and pdf is None:
        print(page)
    else:
        err.print(f"wrote {', '.join(str(p) for p in (html, pdf) if p)}", markup=False)
