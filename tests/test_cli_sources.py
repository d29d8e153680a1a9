"""The source commands as a user sees them: exit statuses, one-line errors, help, output formats.

Most cases run in-process with typer's CliRunner (the same ``app`` the console script runs); a few
run the installed ``factfinder`` in a real subprocess to see what a shell sees.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
import typer.main
from click.testing import Result
from typer.testing import CliRunner

from factfinder.cli import app
from factfinder.ingest.batch import IngestOptions, ingest
from factfinder.ingest.manifest import load_manifest
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.sources import list_sources

FACTFINDER = Path(sys.executable).with_name("factfinder")

# Invented reports (fictional places); file name → (text, manifest entry).
REPORTS = {
    "kessa.txt": (
        "Prisoners at the Kessa detention centre began a hunger strike on Monday.\n"
        "Relatives said guards beat two strikers and moved four others to solitary cells.\n",
        {"published": "2019-10-17", "language": "en", "publisher": "Prison Watch",
         "title": "Hunger strike at Kessa"},
    ),
    "orlan.txt": (
        "Police raided the Orlan night market and detained thirty traders without charge.\n"
        "Witnesses said officers fired rubber bullets at people filming the detentions.\n",
        {"published": "2021-04-02", "language": "en", "publisher": "Market Monitor",
         "title": "Raid on the Orlan market"},
    ),
    "velde.txt": (
        "Des habitants de Velde affirment que la police a arrêté trente commerçants au marché.\n"
        "Selon des témoins, une grève de la faim a commencé dans la prison voisine.\n",
        {"published": "2020-06-01", "language": "fr", "publisher": "Veille Sud",
         "title": "Arrestations à Velde"},
    ),
}  # fmt: skip


def run(*args: str) -> Result:
    """Invoke the CLI in-process; never let an exception escape as a traceback."""
    result = CliRunner().invoke(app, list(args), catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    return result


def one_line(result: Result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def filled_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("reports")
    entries = []
    for name, (text, entry) in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        entries.append({"file": name, **entry})
    (folder / "manifest.json").write_text(json.dumps(entries), encoding="utf-8")
    home = tmp_path_factory.mktemp("home")
    with Store.open(Settings(home=home, user="tester")) as store:
        options = IngestOptions(manifest=load_manifest(folder / "manifest.json"))
        summary = ingest(store, [str(folder)], options)
    assert len(summary.source_ids) == 3
    yield home


@pytest.fixture
def ids(filled_home: Path) -> dict[str, str]:
    with Store.open(Settings(home=filled_home), create=False) as store:
        return {str(s.filename): s.id for s in list_sources(store)}


# --- help ----------------------------------------------------------------------------------------


def _command_paths(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    paths: list[tuple[str, ...]] = []
    for name, command in sorted(group.commands.items()):
        paths.append((*prefix, name))
        if isinstance(command, click.Group):
            paths.extend(_command_paths(command, (*prefix, name)))
    return paths


COMMANDS = _command_paths(typer.main.get_group(app))


@pytest.mark.parametrize("command", [(), *COMMANDS], ids=["(root)", *map(" ".join, COMMANDS)])
def test_every_help_has_an_example(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout


# --- ingest: exit statuses -----------------------------------------------------------------------


def _inputs(folder: Path) -> dict[str, str]:
    (folder / "good.txt").write_text(REPORTS["kessa.txt"][0], encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bad.json").write_text('[{"file": "good.txt", "date": "2020-01-01"}]', "utf-8")
    names = {"good": "good.txt", "empty": "empty.txt", "badjson": "bad.json", "missing": "no.txt"}
    return {key: str(folder / name) for key, name in names.items()}


INGEST_CASES = {
    # case: (arguments with {placeholders}, exit status, input named in each stderr line, stored)
    "all-stored": (["{good}"], 0, [], 1),
    "some-failed": (["{good}", "{empty}", "{missing}"], 1, ["{empty}", "{missing}"], 1),
    "bad-date": (["{good}", "--published", "2020-02-30"], 2, ["--published"], 0),
    "bad-manifest": (["{good}", "--manifest", "{badjson}"], 2, ["{badjson}"], 0),
}


@pytest.mark.parametrize("case", list(INGEST_CASES))
def test_ingest_exit_status(tmp_path: Path, case: str) -> None:
    args, status, named, stored = INGEST_CASES[case]
    paths = _inputs(tmp_path)
    home = tmp_path / "home"
    result = run("--home", str(home), "ingest", *(a.format_map(paths) for a in args))
    assert result.exit_code == status, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == len(named)
    for line, name in zip(lines, named, strict=True):
        assert name.format_map(paths) in line
    if status == 2:
        assert "usage" not in result.stdout.lower() and not (home / "factfinder.db").exists()
        return
    row = re.search(r"^│\s+(\d+) │", result.stdout, re.MULTILINE)  # the summary table's row
    assert row is not None and int(row.group(1)) == stored
    with Store.open(Settings(home=home), create=False) as store:
        assert store.count_sources() == stored


def test_ingest_without_inputs_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--home", str(tmp_path), "ingest")
    assert result.exit_code == 2
    assert "Missing argument" in result.output


# --- search --------------------------------------------------------------------------------------

SEARCH_CASES = {
    "word": (["strike"], {"kessa.txt"}),  # not the French report: "grève" is another word
    "phrase": (['"hunger strike"'], {"kessa.txt"}),
    "prefix": (["solit*"], {"kessa.txt"}),
    "or": (["rubber OR solitary"], {"orlan.txt", "kessa.txt"}),
    "excluded": (["market -rubber"], set()),
    "since": (["trente OR thirty", "--since", "2020-07-01"], {"orlan.txt"}),
    "until": (["trente OR thirty", "--until", "2020-07-01"], {"velde.txt"}),
    "language": (["trente OR thirty", "--language", "fr"], {"velde.txt"}),
    "publisher": (["trente OR thirty", "--publisher", "monitor"], {"orlan.txt"}),
    "nothing": (["zzzyx"], set()),
}


@pytest.mark.parametrize("case", list(SEARCH_CASES))
def test_search_with_filters(filled_home: Path, ids: dict[str, str], case: str) -> None:
    args, expected = SEARCH_CASES[case]
    result = run("--home", str(filled_home), "search", *args)
    assert result.exit_code == 0, result.output
    found = {name for name, source_id in ids.items() if source_id[:12] in result.stdout}
    assert found == expected
    if not expected:
        assert "no source matches" in result.stdout


HOSTILE = {
    "unbalanced-quote": ('"hunger strike', "unbalanced quote"),
    "stray-star": ("*", "a * must end a word"),
    "star-inside": ("hun*ger", "a * must end a word"),
    "brackets": ("(hunger OR strike)", "brackets"),
    "square-brackets": ("[strike]", "brackets"),
    "only-not": ("NOT", "add a word after it"),
    "only-excluded": ("NOT strike", "not only excluded"),
    "dangling-or": ("strike OR", "add a word after it"),
    "leading-or": ("OR strike", "OR must stand between"),
    "very-long": ("strike " * 400, "too long"),
    "empty": ("", "at least one word"),
    "fts-syntax": ("strike NEAR/2 hunger:*", ""),  # harmless: quoted, so it simply finds nothing
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_queries(filled_home: Path, case: str) -> None:
    query, reason = HOSTILE[case]
    result = run("--home", str(filled_home), "search", query)
    if not reason:
        assert result.exit_code == 0 and result.stderr == ""
        return
    assert result.exit_code == 2, result.output
    line = one_line(result)
    assert line.startswith("search query") and reason in line
    assert len(line) < 200
    assert result.stdout == ""


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_bad_date_filter_is_a_usage_error(filled_home: Path, option: str) -> None:
    result = run("--home", str(filled_home), "search", "strike", option, "17/10/2019")
    assert result.exit_code == 2
    assert option in one_line(result) and "YYYY-MM-DD" in one_line(result)


# --- show and sources ----------------------------------------------------------------------------


@pytest.mark.parametrize("ref", ["id", "prefix", "filename"])
def test_show_prints_metadata_and_text(filled_home: Path, ids: dict[str, str], ref: str) -> None:
    source_id = ids["velde.txt"]
    given = {"id": source_id, "prefix": source_id[:8], "filename": "velde.txt"}[ref]
    result = run("--home", str(filled_home), "show", given)
    assert result.exit_code == 0, result.output
    for value in ("Arrestations à Velde", "2020-06-01", "Veille Sud", "fr", "text/plain"):
        assert value in result.stdout
    assert source_id in "".join(result.stdout.split())  # folded on a narrow screen, never cut
    assert REPORTS["velde.txt"][0].splitlines()[1] in result.stdout


@pytest.mark.parametrize("ref", ["nosuchfile.txt", "abcdef012345"])
def test_show_unknown_source(filled_home: Path, ref: str) -> None:
    result = run("--home", str(filled_home), "show", ref)
    assert result.exit_code == 1
    assert one_line(result).startswith(f"source {ref}: no such source")


@pytest.mark.parametrize(
    ("args", "expected"),
    [([], {"kessa.txt", "orlan.txt", "velde.txt"}), (["--language", "fr"], {"velde.txt"}),
     (["--since", "2020-01-01", "--until", "2020-12-31"], {"velde.txt"})],
)  # fmt: skip
def test_sources_json(filled_home: Path, args: list[str], expected: set[str]) -> None:
    result = run("--home", str(filled_home), "sources", "--format", "json", *args)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["filename"] for row in rows} == expected
    for row in rows:
        entry = REPORTS[row["filename"]][1]
        assert (row["published"], row["language"], row["publisher"], row["title"]) == (
            entry["published"], entry["language"], entry["publisher"], entry["title"])  # fmt: skip
        assert "text" not in row and len(row["id"]) == 64


@pytest.mark.parametrize("command", [["sources"], ["search", "strike"], ["show", "x"], ["verify"]])
def test_commands_on_a_missing_store(tmp_path: Path, command: list[str]) -> None:
    home = tmp_path / "nothing-here"
    result = run("--home", str(home), *command)
    assert result.exit_code == 1
    assert "run `factfinder init` first" in one_line(result)
    assert not (home / "factfinder.db").exists()


def test_unreachable_database_is_one_line(tmp_path: Path) -> None:
    result = run("--db", "postgresql://nobody@127.0.0.1:9/none", "sources")
    assert result.exit_code == 1
    assert "cannot open or migrate the database" in one_line(result)


def test_verify_names_a_missing_original(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text(REPORTS["orlan.txt"][0], encoding="utf-8")
    home = tmp_path / "home"
    assert run("--home", str(home), "ingest", str(source)).exit_code == 0
    ok = run("--home", str(home), "verify")
    assert ok.exit_code == 0 and "all intact" in ok.stdout
    for blob in (home / "originals").glob("??/??/*"):
        blob.unlink()
    broken = run("--home", str(home), "verify")
    assert broken.exit_code == 1
    assert "r.txt" in broken.stderr and "original missing" in broken.stderr


# --- the real console script ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("case", "status"), [("partial-ingest", 1), ("bad-query", 2)], ids=["exit1", "exit2"]
)
def test_console_script(filled_home: Path, tmp_path: Path, case: str, status: int) -> None:
    good, empty = tmp_path / "good.txt", tmp_path / "empty.txt"
    good.write_text(REPORTS["orlan.txt"][0], encoding="utf-8")
    empty.write_bytes(b"")
    if case == "partial-ingest":
        args = ["--home", str(tmp_path / "home"), "ingest", str(good), str(empty)]
    else:
        args = ["--home", str(filled_home), "search", "camp (x"]
    env = {**os.environ, "COLUMNS": "200"}
    done = subprocess.run(
        [str(FACTFINDER), *args], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == status
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert (str(empty) if case == "partial-ingest" else "brackets") in lines[0]
