"""Linking, reconciliation and manual operations on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from tests.factories import add_text_source, ashraf_mention

from factfinder import manual
from factfinder.errors import NotFoundError
from factfinder.linking import link_store
from factfinder.model import AnalystGrade, Count, ReviewState
from factfinder.records import format_count, incident_detail, incident_record
from factfinder.store import Store
from factfinder.store.incidents import IncidentFilters, list_incidents
from factfinder.store.mentions import save_extraction
from factfinder.store.schema import claims
from factfinder.store.sources import verify_store

pytestmark = pytest.mark.store


def _incidents(store: Store) -> list[dict]:
    with store.read() as conn:
        rows, _ = list_incidents(conn, IncidentFilters())
    return rows


def test_two_incidents_with_contested_and_compatible_figures(linked: Store) -> None:
    rows = _incidents(linked)
    assert len(rows) == 2
    by_date = {r["date"]: incident_record(r) for r in rows}
    sept = by_date["2013-09-01"]
    assert sept["counts"]["killed"]["low"] == 50 and sept["counts"]["killed"]["high"] == 52
    assert sept["counts"]["killed"]["contested"] is True
    assert sept["grade"] == "contested"
    assert sept["counts"]["abducted"]["low"] == 7
    text = format_count(sept["counts"]["killed"])
    assert "52 (" in text and "50 (US State Department)" in text and "contested" in text
    july = by_date["2009-07-28"]
    assert july["counts"]["killed"]["contested"] is False
    assert {c["voice"] for c in july["counts"]["killed"]["claims"]} >= {"Amnesty International"}


@pytest.mark.parametrize(("rule", "best"), [("conservative", 50), ("corroborated", 52)])
def test_rules_switch_best_value(linked: Store, rule: str, best: int) -> None:
    rows = [r for r in _incidents(linked) if r["date"] == "2013-09-01"]
    assert incident_record(rows[0], rule)["counts"]["killed"]["best"] == best


def test_linking_is_incremental_and_idempotent(linked: Store) -> None:
    before = {r["id"] for r in _incidents(linked)}
    assert link_store(linked).linked == 0
    text = "Witnesses said 52 were killed in the camp on 1 September 2013."
    sid = add_text_source(linked, "e.txt", text, "Witness Project")
    save_extraction(linked, sid, [ashraf_mention("e.txt", "e#1", Count(value=52), text)], "test@1")
    stats = link_store(linked)
    assert stats.linked == 1
    after = {r["id"] for r in _incidents(linked)}
    assert after == before


def test_merge_split_move_undo(linked: Store) -> None:
    rows = _incidents(linked)
    sept = next(r for r in rows if r["date"] == "2013-09-01")
    july = next(r for r in rows if r["date"] == "2009-07-28")
    change = manual.merge(linked, [sept["id"], july["id"]])
    assert len(_incidents(linked)) == 1
    manual.undo(linked, change)
    assert {r["id"] for r in _incidents(linked)} == {sept["id"], july["id"]}
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    state_dept = [m["id"] for m in detail["mention_list"] if m["attributed_to"]]
    change, _new_id = manual.split(linked, sept["id"], state_dept)
    assert len(_incidents(linked)) == 3
    assert link_store(linked).linked == 0  # the split stays split
    manual.move(linked, state_dept[0], sept["id"])
    assert len(_incidents(linked)) == 2
    with linked.read() as conn:
        history = incident_detail(conn, sept["id"])["history"]
    assert [h["kind"] for h in history][:2] == ["merge", "split"]
    assert history[0]["undone_at"] is not None
    assert verify_store(linked).ok  # every change is in the audit chain


def test_review_and_correction_change_figures(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    claim = next(c for m in detail["mention_list"] if m["attributed_to"] for c in m["claims"])
    manual.review(linked, claim["id"], ReviewState.REJECTED)
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 52
    change, new_claim = manual.correct(linked, claim["id"], {"value": 51})
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 51
    with linked.read() as conn:
        old = conn.execute(select(claims.c.review).where(claims.c.id == claim["id"])).scalar_one()
        new = conn.execute(select(claims).where(claims.c.id == new_claim)).one()
    assert old == "corrected" and new.supersedes == claim["id"] and new.method == "manual:tester"
    manual.undo(linked, change)
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    assert incident_record(sept)["counts"]["killed"]["low"] == 52


def test_reextraction_keeps_human_claims(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    with linked.read() as conn:
        detail = incident_detail(conn, sept["id"])
    mention = next(m for m in detail["mention_list"] if m["attributed_to"])
    manual.review(linked, mention["claims"][0]["id"], ReviewState.ACCEPTED)
    text = "The State Department said 50 were killed at the camp on 1 September 2013."
    save_extraction(
        linked,
        mention["source"]["id"],
        [ashraf_mention("c.txt", "c#1", Count(value=49), text, voice="US State Department")],
        "test@2",
    )
    with linked.read() as conn:
        rows = conn.execute(
            select(claims.c.value, claims.c.review).where(
                claims.c.source_id == mention["source"]["id"]
            )
        ).all()
    assert ({"value": 50}, "accepted") in [(r[0], r[1]) for r in rows]
    assert ({"value": 49}, "pending") in [(r[0], r[1]) for r in rows]


def test_grade_and_errors(linked: Store) -> None:
    sept = next(r for r in _incidents(linked) if r["date"] == "2013-09-01")
    change = manual.set_grade(linked, sept["id"], AnalystGrade.FAIR)
    assert next(r for r in _incidents(linked) if r["id"] == sept["id"])["analyst_grade"] == "fair"
    manual.undo(linked, change)
    assert next(r for r in _incidents(linked) if r["id"] == sept["id"])["analyst_grade"] is None
    with pytest.raises(NotFoundError):
        manual.merge(linked, [sept["id"], "nonexistent"])
    with pytest.raises(manual.ManualError):
        manual.undo(linked, change)


@pytest.mark.parametrize(
    "args",
    [["grade", "inc_x", "bogus"], ["incidents", "--rule", "foo"], ["incidents", "--format", "xml"]],
)
def test_cli_usage_errors_are_one_line_exit_2(tmp_path, args: list[str]) -> None:
    from typer.testing import CliRunner

    from factfinder.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["--home", str(tmp_path), "init"]).exit_code == 0
    result = runner.invoke(app, ["--home", str(tmp_path), *args])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "use one of" in lines[0] and "Traceback" not in result.output
