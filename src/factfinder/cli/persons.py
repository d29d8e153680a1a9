"""Commands about persons and lists: persons, person, persons match|review|undo, lists, lists
import, estimate."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from factfinder.cli.app import app, console, err, handle_errors, open_store
from factfinder.persons import lists as victim_lists
from factfinder.persons import review as person_review
from factfinder.persons.estimate import estimate_total
from factfinder.persons.registry import capture_counts, get_person, jsonl_rows, list_persons

persons_app = typer.Typer(
    invoke_without_command=True, no_args_is_help=False, rich_markup_mode="rich"
)
lists_app = typer.Typer(invoke_without_command=True, no_args_is_help=False, rich_markup_mode="rich")
app.add_typer(persons_app, name="persons")
app.add_typer(lists_app, name="lists")

Threshold = Annotated[float, typer.Option(help="Match probability at which records are joined.")]


@persons_app.callback()
@handle_errors
def persons_cmd(
    ctx: typer.Context,
    name: Annotated[str | None, typer.Option(help="Name (any variant) contains.")] = None,
    list_name: Annotated[str | None, typer.Option("--list", help="On this imported list.")] = None,
    role: Annotated[str | None, typer.Option(help="victim, perpetrator, witness or other.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many (table).")] = 100,
    fmt: Annotated[
        str, typer.Option("--format", help="table or jsonl (one line per record).")
    ] = "table",
) -> None:
    """List persons (named victims, perpetrators, witnesses), or run a subcommand.

    --format jsonl writes one line per list record and per person named in a source:
    {"person", "list", "record", "source", "name"}; lines with the same person are one human being.

    Example: factfinder persons --name Sadeghi --list "Memorial list"
    """
    if ctx.invoked_subcommand:
        return
    with open_store(create=False) as store:
        if fmt == "jsonl":
            for row in jsonl_rows(store):
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        with store.read() as conn:
            rows = list_persons(conn, name=name, list_name=list_name, role=role, limit=limit)
    table = Table(title=f"{len(rows)} persons")
    for col in (
        "id",
        "name",
        "variants",
        "role",
        "age",
        "place",
        "harm",
        "date",
        "lists",
        "sources",
    ):
        table.add_column(col, overflow="fold")
    for r in rows:
        others = [v for v in r["variants"] or [] if v != r["name"]]
        table.add_row(
            r["id"],
            escape(r["name"]),
            escape("; ".join(others[:3])),
            r["role"],
            _s(r["age"]),
            escape(_s(r["place"])),
            _s(r["harm"]),
            _s(r["harm_date"]),
            str(r["lists"]),
            str(r["sources"]),
        )
    console.print(table)


def _s(value: Any) -> str:
    return "" if value is None else str(value)


@app.command()
@handle_errors
def person(
    person_id: Annotated[str, typer.Argument(help="Person id (or its first characters).")],
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show one person: name variants, list records and the sources naming them, with spans.

    Example: factfinder person p3f2a9c
    """
    with open_store(create=False) as store, store.read() as conn:
        rec = get_person(conn, person_id)
    if fmt == "json":
        sys.stdout.write(json.dumps(rec, ensure_ascii=False, indent=1, default=str) + "\n")
        return
    console.print(f"[bold]person {rec['id']}[/]  {escape(rec['name'])}  ({rec['role']})")
    if len(rec["variants"] or []) > 1:
        console.print("written as: " + escape("; ".join(rec["variants"])))
    for r in rec["records"]:
        console.print(
            f"  list {escape(str(r['list']))} #{escape(r['record'])} (row {r['row']}): "
            f"{escape(r['name'])}  {escape(json.dumps(r['fields'], ensure_ascii=False))}"
        )
    for m in rec["mentions"]:
        console.print(
            f"  source {m['source'][:12]} [{m['start']}:{m['end']}] "
            f"{escape(m['name'])} ({m['role']})"
        )
        for fld, ev in (m["fields"] or {}).items():
            if isinstance(ev, dict) and fld != "name":
                console.print(
                    f"      {fld}: {escape(str(ev.get('value')))} — "
                    f'"{escape(str(ev.get("quote", "")))}"'
                )


@persons_app.command("match")
@handle_errors
def persons_match(
    threshold: Threshold = 0.95,
    review_low: Annotated[
        float, typer.Option(help="Pairs scored from here up to --threshold go to review.")
    ] = 0.5,
    retrain: Annotated[
        bool, typer.Option(help="Train a new model instead of the saved one.")
    ] = False,
    threads: Annotated[int, typer.Option(help="DuckDB threads.")] = 2,
) -> None:
    """Match person records (list rows and persons named in sources) into persons with splink.

    Example: factfinder persons match --threshold 0.95
    """
    with open_store(create=False) as store:
        stats = person_review.match_store(
            store, threshold=threshold, review_low=review_low, retrain=retrain, threads=threads
        )
    console.print(
        f"{stats.records} records → {stats.persons} persons ({stats.pairs} scored pairs, "
        f"{stats.uncertain} to review; model {stats.model})"
    )


@persons_app.command("review")
@handle_errors
def persons_review(
    accept_above: Annotated[
        float | None,
        typer.Option(help="Without prompting, decide 'same' for every pair scored at or above P."),
    ] = None,
    low: Annotated[float, typer.Option(help="Show pairs scored from here...")] = 0.5,
    threshold: Threshold = 0.95,
    limit: Annotated[int, typer.Option(help="At most this many pairs.")] = 50,
) -> None:
    """Review uncertain pairs: y = same person, n = different people, s = skip, q = quit.

    Decisions are remembered by later matching runs and can be undone (`persons undo CHANGE`).

    Example: factfinder persons review --accept-above 0.9
    """
    with open_store(create=False) as store:
        if accept_above is not None:
            done = person_review.accept_above(store, accept_above, threshold=threshold)
            console.print(f"{len(done)} pairs decided the same person")
            return
        pairs = person_review.pending_pairs(store, low=low, high=threshold, limit=limit)
        if not pairs:
            console.print("nothing to review")
            return
        decided = 0
        for p in pairs:
            answer = _ask(p)
            if answer == "q":
                break
            if answer in ("y", "n"):
                change = person_review.decide(
                    store,
                    p["left_id"],
                    p["right_id"],
                    "same" if answer == "y" else "different",
                    threshold=threshold,
                )
                decided += 1
                console.print(f"recorded (change {change})")
    console.print(f"{decided} decisions recorded")


def _ask(pair: dict[str, Any]) -> str:
    console.print(f"\n[bold]p = {pair['probability']:.3f}[/]")
    for side in ("left", "right"):
        r = pair[side]
        console.print(
            f"  {escape(r['name'])}  [dim]{escape(r['from'])}[/]  "
            f"{escape(json.dumps(r['fields'], ensure_ascii=False))}"
        )
    while True:
        answer = typer.prompt("same person? [y/n/s/q]", default="s").strip().lower()[:1]
        if answer in ("y", "n", "s", "q"):
            return answer


@persons_app.command("undo")
@handle_errors
def persons_undo(
    change_id: Annotated[int, typer.Argument(help="Change id printed by a review decision.")],
) -> None:
    """Undo one review decision (same / different) and re-cluster.

    Example: factfinder persons undo 12
    """
    with open_store(create=False) as store:
        person_review.undo(store, change_id)
    console.print(f"undone change {change_id}")


@lists_app.callback()
@handle_errors
def lists_cmd(ctx: typer.Context) -> None:
    """List the imported victim lists, or import one (`lists import`).

    Example: factfinder lists
    """
    if ctx.invoked_subcommand:
        return
    with open_store(create=False) as store:
        rows = victim_lists.list_lists(store)
    table = Table(title=f"{len(rows)} lists")
    for col in ("name", "file", "records", "rejected", "sha256", "imported"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            escape(r["name"]),
            escape(r["filename"] or ""),
            _s(r["n_records"]),
            str(len(r["rejected"] or [])),
            (r["sha256"] or "")[:16],
            str(r["imported_at"])[:19],
        )
    console.print(table)


@lists_app.command("import")
@handle_errors
def lists_import(
    file: Annotated[Path, typer.Argument(help="CSV or XLSX file, header in the first row.")],
    name: Annotated[
        str, typer.Option("--name", help="Name of the list (e.g. the organisation's).")
    ],
    mapping: Annotated[
        list[str] | None, typer.Option("--map", help='field=column, e.g. name="Full name"; repeat.')
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", help="Accept the guessed column mapping without asking.")
    ] = False,
) -> None:
    """Import a victim list; bad rows are reported by row number and the rest imported.

    Fields: record, name, given, family, sex, age, birth_year, birth_date, date, place, harm,
    affiliation. Dates may be Gregorian or Persian (1367/05/10).

    Example: factfinder lists import victims.xlsx --name "Memorial list" --map name="Full name"
    """
    with open_store() as store:
        _, header, _ = victim_lists.read_table(file)
        chosen = victim_lists.parse_mapping(mapping or [], header)
        if not chosen:
            chosen = victim_lists.guess_mapping(header)
            victim_lists.check_mapping(chosen, str(file))
            err.print("columns: " + ", ".join(f"{f}={c}" for f, c in chosen.items()), markup=False)
            if not yes and not typer.confirm("import with this mapping?", default=True, err=True):
                raise typer.Exit(2)
        result = victim_lists.import_list(store, file, name=name, mapping=chosen)
    for bad in result.rejected:
        err.print(f"{file}: row {bad.row}: {bad.reason}", markup=False)
    console.print(
        f"imported {result.imported} records into list {result.name!r} "
        f"({len(result.rejected)} rows rejected; sha256 {result.sha256[:16]})"
    )
    if result.rejected:
        raise typer.Exit(1)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": False})
@handle_errors
def estimate(
    ctx: typer.Context,
    lists: Annotated[
        list[str], typer.Option("--lists", help="Three or more list names: --lists A B C.")
    ],
    criterion: Annotated[str, typer.Option(help="Model selection: aic or bic.")] = "aic",
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Estimate the total number of victims from three or more overlapping lists (MSE).

    Run `persons match` first: a person is on a list when one of their records is.

    Example: factfinder estimate --lists "List A" "List B" "List C"
    """
    names = [*lists, *ctx.args]
    with open_store(create=False) as store:
        result = estimate_total(capture_counts(store, names), names, criterion=criterion)
    if fmt == "json":
        sys.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n")
        return
    high = "no upper bound" if result.high is None else f"{result.high:.0f}"
    console.print(
        f"[bold]estimated total {result.total:.0f}[/] (95% interval {result.low:.0f}–{high}); "
        f"{result.observed} observed on at least one list"
    )
    console.print(
        f"model: {result.model} (chosen by {criterion.upper()}); "
        "Poisson log-linear, profile-likelihood interval"
    )
    console.print("histories: " + ", ".join(f"{h}={n}" for h, n in result.histories.items()))
    for w in result.warnings:
        console.print(f"[yellow]warning:[/] {escape(w)}")
    console.print("assumptions:")
    for a in result.assumptions:
        console.print(f"  - {escape(a)}")
