"""Docs are tested: the CLI reference is generated from the code and must be current."""

from __future__ import annotations

from pathlib import Path

import pytest

from factfinder import docgen

ROOT = Path(__file__).resolve().parents[1]


def test_cli_reference_is_current() -> None:
    current = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert current == docgen.render(), "docs/cli.md is stale: run `make docs`"


@pytest.mark.parametrize(
    ("name", "command"), docgen.commands(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_command_has_an_example(name: str, command: object) -> None:
    assert "Example:" in (getattr(command, "help", "") or ""), (
        f"factfinder {name} --help has no example"
    )


def test_readme_starts_with_what_and_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# factfinder\n")
    assert readme.index("make demo") < readme.index("make test") < 2500


@pytest.mark.parametrize(
    "page",
    [
        "user-guide.md",
        "data-model.md",
        "methodology.md",
        "architecture.md",
        "benchmarks.md",
        "cli.md",
    ],
)
def test_docs_pages_exist_and_are_linked(page: str) -> None:
    assert (ROOT / "docs" / page).is_file()
    assert f"docs/{page}" in (ROOT / "README.md").read_text(encoding="utf-8")
