"""Generate docs/cli.md (every command, its help and options) and the settings table from code.

Run ``python -m factfinder.docgen docs/cli.md``; a test checks the file is current.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer.main

from factfinder.cli import app
from factfinder.settings import Settings


def _command_doc(name: str, cmd: Any) -> list[str]:
    lines = [f"## `factfinder {name}`", ""]
    lines += [(cmd.help or "").strip(), ""]
    params = [p for p in cmd.params if p.name != "help"]
    if params:
        lines += ["| argument / option | help |", "|---|---|"]
        for p in params:
            is_option = getattr(p, "param_type_name", "") == "option"
            label = "`" + " / ".join(p.opts) + "`" if is_option else f"`{p.name.upper()}`"
            text = (getattr(p, "help", None) or "").replace("|", "\\|")
            lines.append(f"| {label} | {text} |")
        lines.append("")
    return lines


def _collect(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Every leaf command (typer vendors its own click: duck-typed, no isinstance)."""
    out: list[tuple[str, Any]] = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        full = f"{prefix}{name}"
        if hasattr(cmd, "commands"):
            if getattr(cmd, "invoke_without_command", False):
                out.append((full, cmd))  # a group that also does something by itself
            out.extend(_collect(cmd, full + " "))
        else:
            out.append((full, cmd))
    return out


def commands() -> list[tuple[str, Any]]:
    return _collect(typer.main.get_command(app))


def settings_doc() -> list[str]:
    lines = [
        "## Settings",
        "",
        "Each can be set in the environment as `FACTFINDER_<NAME>`.",
        "",
        "| variable | default | meaning |",
        "|---|---|---|",
    ]
    for name, field in Settings.model_fields.items():
        default = "(user name)" if name == "user" else field.default
        lines.append(f"| `FACTFINDER_{name.upper()}` | `{default}` | {field.description or ''} |")
    return [*lines, ""]


def render() -> str:
    lines = [
        "# Command-line reference",
        "",
        "Generated from the code by `make docs` (`python -m factfinder.docgen docs/cli.md`); "
        "a test keeps it current. Global options: `--home DIR` (store folder), `--db URL`.",
        "",
    ]
    for name, cmd in commands():
        lines += _command_doc(name, cmd)
    lines += settings_doc()
    return "\n".join(lines).rstrip() + "\n"


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/cli.md")
    target.write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()
