"""Commands about incidents: link, list, show, mentions, merge, split, move, grade, undo."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from factfinder import manual
from factfinder.cli.app import app, check_format, console, handle_errors, open_store, progress
from factfinder.cli.sources import parse_date
from factfinder.errors import UsageError
from factfinder.linking import link_store
from factfinder.model import AnalystGrade
from factfinder.records import check_rule, format_count, incident_detail, incident_record
from factfinder.store.incidents import IncidentFilters, list_incidents
from factfinder.store.mentions import iter_mentions

Rule = Annotated[
    str, typer.Option("--rule", help="Best-value rule: conservative, range or corroborated.")
]


@app.command()
@handle_errors
def link() -> None:
    """Link every unlinked mention into incidents and reconcile the incidents that changed.

    Example: factfinder link
    """
    with open_store(create=False) as store, progress() as bar:
        task = bar.add_task("linking", total=None)
        stats = link_store(store, on_progress=lambda n: bar.advance(task, n))
    console.print(
        f"linked {stats.linked} mentions; {stats.incidents_touched} incidents updated, "
        f"{stats.incidents_removed} removed"
    )


@app.command("incidents")
@handle_errors
def incidents_cmd(
    act: Annotated[str | None, typer.Option(help="Act code, e.g. killing.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code, e.g. IQ.")] = None,
    since: Annotated[str | None, typer.Option(help="On or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="On or before YYYY-MM-DD.")] = None,
    grade: Annotated[
        str | None, typer.Option(help="single source, corroborated or contested.")
    ] = None,
    text: Annotated[
        str | None, typer.Option("--text", help="Title, place or perpetrator contains.")
    ] = None,
    aggregates: Annotated[bool, typer.Option(help="List aggregate statistics instead.")] = False,
    rule: Rule = "conservative",
    sort: Annotated[
        str, typer.Option(help="date, -date, killed, -killed, sources, -sources.")
    ] = "date",
    limit: Annotated[int, typer.Option(help="At most this many.")] = 100,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List incidents with their figures and grades.

    Example: factfinder incidents --country IQ --act killing --rule corroborated
    """
    check_rule(rule)
    check_format(fmt, ("table", "json"))
    filters = IncidentFilters(
        act=act,
        country=country,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        grade=grade,
        text=text,
        aggregate=aggregates,
    )
    with open_store(create=False) as store, store.read() as conn:
        rows, total = list_incidents(conn, filters, sort=sort, limit=limit)
    if fmt == "json":
        json.dump(
            [incident_record(r, rule) for r in rows],
            sys.stdout,
            ensure_ascii=False,
            indent=1,
            default=str,
        )
        sys.stdout.write("\n")
        return
    table = Table(title=f"{len(rows)} of {total} incidents (figures: {rule})")
    for col in ("id", "date", "place", "acts", "killed", "grade", "sources"):
        table.add_column(col, overflow="fold")
    for r in rows:
        rec = incident_record(r, rule)
        killed = rec["counts"].get("killed")
        table.add_row(
            r["id"][:10],
            _date(rec),
            escape(f"{rec['place'] or ''} {rec['country'] or ''}".strip()),
            ", ".join(rec["acts"]),
            _killed(killed),
            rec["grade"] + (f" / {rec['analyst_grade']}" if rec["analyst_grade"] else ""),
            str(rec["sources"]),
        )
    console.print(table)


def _date(rec: dict[str, object]) -> str:
    if rec["date_end"]:
        return f"{rec['date']}…{rec['date_end']}"
    return str(rec["date"] or "undated")


def _killed(fig: dict[str, object] | None) -> str:
    if not fig:
        return ""
    low, high = fig.get("low"), fig.get("high")
    text = str(low) if low == high else f"{low}–{high if high is not None else '?'}"
    return text + (" ⚠" if fig.get("contested") else "")


@app.command()
@handle_errors
def incident(
    incident_id: Annotated[str, typer.Argument(help="Incident id (or its first characters).")],
    rule: Rule = "conservative",
    fmt: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show one incident: each figure with every source's claim and quote, side by side.

    Example: factfinder incident 3f2a9c --rule range
    """
    check_format(fmt, ("text", "json"))
    with open_store(create=False) as store, store.read() as conn:
        rec = incident_detail(conn, incident_id, check_rule(rule))
    if fmt == "json":
        print(json.dumps(rec, ensure_ascii=False, indent=1, default=str))
        return
    console.print(f"[bold]incident {rec['id']}[/]  {', '.join(rec['acts'])}")
    grade = rec["grade"] + (f" (analyst: {rec['analyst_grade']})" if rec["analyst_grade"] else "")
    console.print(
        f"date {_date(rec)} ({rec['date_precision']})   "
        f"place {escape(str(rec['place']))} {rec['country'] or ''}   grade {grade}"
    )
    if rec["perpetrators"]:
        console.print("perpetrators: " + escape(", ".join(rec["perpetrators"])))
    for category, fig in rec["counts"].items():
        console.print(f"[bold]{category}[/]: {escape(format_count(fig))}")
    table = Table(title="what each source says")
    for col in ("source", "voice", "figures", "quote"):
        table.add_column(col, overflow="fold")
    for m in rec["mention_list"]:
        src = m["source"]
        counts = ", ".join(f"{k} {json.dumps(v)}" for k, v in m["counts"].items())
        table.add_row(
            escape(f"{src.get('title') or src.get('filename') or ''} [{str(src.get('id'))[:8]}]"),
            escape(m["attributed_to"] or src.get("publisher") or "(the source)"),
            escape(counts),
            escape(m["evidence"][:300]),
        )
    console.print(table)
    for h in rec["history"]:
        undone = f" (undone {h['undone_at']})" if h["undone_at"] else ""
        console.print(f"change {h['id']}: {h['kind']} by {h['actor']} at {h['at']}{undone}")


@app.command()
@handle_errors
def mentions(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (gold format).")] = "jsonl",
) -> None:
    """Every stored mention as a gold-format line; `incident` is its linked incident id.

    Example: factfinder mentions --format jsonl > mentions.jsonl
    """
    check_format(fmt, ("jsonl",))
    with open_store(create=False) as store:
        for m in iter_mentions(store):
            print(json.dumps(m.to_gold(), ensure_ascii=False))


@app.command()
@handle_errors
def merge(
    incident_ids: Annotated[
        list[str], typer.Argument(help="Two or more incident ids; the first is kept.")
    ],
) -> None:
    """Merge incidents into the first one named (undo with `factfinder undo CHANGE`).

    Example: factfinder merge 3f2a9c 81bd07
    """
    with open_store(create=False) as store:
        change = manual.merge(store, incident_ids)
    console.print(f"merged (change {change})")


@app.command()
@handle_errors
def split(
    incident_id: Annotated[str, typer.Argument(help="The incident to split.")],
    mention_ids: Annotated[list[str], typer.Argument(help="Mentions that form the new incident.")],
) -> None:
    """Split the named mentions off into a new incident, kept apart from the rest.

    Example: factfinder split 3f2a9c m91c0e2 m77aa01
    """
    with open_store(create=False) as store:
        change, new_id = manual.split(store, incident_id, mention_ids)
    console.print(f"split into {new_id} (change {change})")


@app.command()
@handle_errors
def move(
    mention_id: Annotated[str, typer.Argument(help="The mention to move.")],
    incident_id: Annotated[str, typer.Argument(help="The incident it belongs to.")],
) -> None:
    """Move one mention into another incident.

    Example: factfinder move m91c0e2 81bd07
    """
    with open_store(create=False) as store:
        change = manual.move(store, mention_id, incident_id)
    console.print(f"moved (change {change})")


@app.command()
@handle_errors
def grade(
    incident_id: Annotated[str, typer.Argument(help="The incident.")],
    value: Annotated[
        str, typer.Argument(help="confirmed, fair, weak, contested, discounted or none.")
    ],
) -> None:
    """Set the analyst's grade, kept beside the computed one.

    Example: factfinder grade 3f2a9c fair
    """
    allowed = [g.value for g in AnalystGrade]
    if value != "none" and value not in allowed:
        raise UsageError(
            f"grade {value}", f"unknown grade: use one of {', '.join(allowed)} or none"
        )
    chosen = None if value == "none" else AnalystGrade(value)
    with open_store(create=False) as store:
        change = manual.set_grade(store, incident_id, chosen)
    console.print(f"graded (change {change})")


@app.command()
@handle_errors
def undo(
    change_id: Annotated[int, typer.Argument(help="The change number printed by the operation.")],
) -> None:
    """Undo a merge, split, move, grade, review or correction.

    Example: factfinder undo 12
    """
    with open_store(create=False) as store:
        manual.undo(store, change_id)
    console.print(f"change {change_id} undone")
