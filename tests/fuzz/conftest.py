"""Fuzz counters: each fuzz test counts the inputs it tried; the totals are printed at the end of
the run and written to benchmarks/out/fuzz.json."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

TRIED: Counter[str] = Counter()
OUT = Path(__file__).resolve().parents[2] / "benchmarks" / "out" / "fuzz.json"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TRIED:
        return
    terminalreporter.write_sep("-", "fuzz inputs tried")
    for name, n in sorted(TRIED.items()):
        terminalreporter.write_line(f"{name}: {n}")
    terminalreporter.write_line(f"total: {sum(TRIED.values())}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"tried": dict(TRIED), "total": sum(TRIED.values())}, indent=1))
