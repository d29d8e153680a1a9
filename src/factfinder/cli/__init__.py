"""The command line: thin commands over the library (docs/cli.md is generated from this code)."""

from __future__ import annotations

from factfinder.cli import (  # noqa: F401  (registers commands)
    evidence,
    extraction,
    incidents,
    integrity,
    persons,
    sources,
    web,
)
from factfinder.cli.app import app

__all__ = ["app", "main"]


def main() -> None:
    app()
