"""The persons commands through the real CLI, and the jsonl contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.persons.conftest import write_csv
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.persons import synth


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTFINDER_HOME", str(tmp_path / "store"))
    monkeypatch.setenv("FACTFINDER_USER", "tester")
    records, _ = synth.list_records(240, seed=4)
    for k in range(3):
        rows = [
            [r.id, r.name, str(r.birth_year or ""), r.date or "", r.place or ""]
            for r in records
            if r.dataset == f"list{k}"
        ]
        write_csv(
            tmp_path / f"l{k}.csv",
            ["ID", "Full name", "Year of birth", "Date of death", "City"],
            rows,
        )
    return tmp_path


def test_lists_persons_estimate(env: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["init"]).exit_code == 0
    guessed = runner.invoke(
        app, ["lists", "import", str(env / "l0.csv"), "--name", "L0"], input="y\n"
    )
    assert guessed.exit_code == 0, guessed.output
    for k in (1, 2):
        r = runner.invoke(
            app,
            [
                "lists",
                "import",
                str(env / f"l{k}.csv"),
                "--name",
                f"L{k}",
                "--yes",
                "--map",
                "name=Full name",
                "--map",
                "date=Date of death",
            ],
        )
        assert r.exit_code == 0, r.output
    assert "L2" in runner.invoke(app, ["lists"]).output
    match = runner.invoke(app, ["persons", "match"])
    assert match.exit_code == 0 and "persons" in match.output
    lines = [
        json.loads(x)
        for x in runner.invoke(app, ["persons", "--format", "jsonl"]).output.splitlines()
    ]
    assert lines and all(set(x) == {"person", "list", "record", "source", "name"} for x in lines)
    assert all(
        x["person"] and x["list"] in {"L0", "L1", "L2"} and x["source"] is None for x in lines
    )
    first = lines[0]["person"]
    shown = runner.invoke(app, ["person", first])
    assert shown.exit_code == 0 and first in shown.output
    assert runner.invoke(app, ["persons", "--limit", "3"]).exit_code == 0
    est = runner.invoke(app, ["estimate", "--lists", "L0", "L1", "L2", "--format", "json"])
    assert est.exit_code == 0, est.output
    body = json.loads(est.output)
    assert body["total"] >= body["observed"] and body["assumptions"]
    text = runner.invoke(app, ["estimate", "--lists", "L0", "L1", "L2"])
    assert "Closed population" in text.output


def test_review_accept_above_and_undo(env: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["init"])
    for k in range(3):
        runner.invoke(app, ["lists", "import", str(env / f"l{k}.csv"), "--name", f"L{k}", "--yes"])
    runner.invoke(app, ["persons", "match", "--threshold", "0.99"])
    r = runner.invoke(app, ["persons", "review", "--accept-above", "0.6", "--threshold", "0.99"])
    assert r.exit_code == 0 and "pairs decided" in r.output
    shown = runner.invoke(app, ["persons", "review", "--low", "0.0"], input="n\nq\n")
    assert shown.exit_code == 0
    assert runner.invoke(app, ["persons", "undo", "1"]).exit_code == 0
    again = runner.invoke(app, ["persons", "undo", "1"])
    assert again.exit_code == 1 and "already undone" in again.output


def test_bad_rows_exit_1(env: Path) -> None:
    runner = CliRunner()
    path = write_csv(
        env / "bad.csv", ["Name", "Age"], [["Ali Karimi", "20"], ["", "3"], ["Reza Nouri", "x"]]
    )
    r = runner.invoke(app, ["lists", "import", str(path), "--name", "Bad", "--yes"])
    assert r.exit_code == 1
    assert "row 3" in r.output and "row 4" in r.output and "imported 1 records" in r.output


def test_estimate_unknown_list(env: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["init"])
    r = runner.invoke(app, ["estimate", "--lists", "X", "Y", "Z"])
    assert r.exit_code == 1 and "no such list" in r.output
