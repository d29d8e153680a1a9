"""The command line: thin commands over the library (docs/cli.md is generated from this code)."""

from __future__ import annotations

from factfinder.cli import extraction, incidents, persons, sources, web  # noqa: F401  (registers commands)
from factfinder.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
