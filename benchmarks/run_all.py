"""Run every benchmarks/bench_*.py with ``--quick`` and print their tables (``make bench``).

Each benchmark runs in its own subprocess, one after the other; a failing one is reported and the
rest still run. Exit status 1 if any failed. ``--full`` drops ``--quick``; names given as
arguments (``run_all.py ingest search``) run only those benchmarks.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def benchmarks(only: list[str]) -> list[Path]:
    found = sorted(HERE.glob("bench_*.py"))
    if only:
        found = [p for p in found if p.stem.removeprefix("bench_") in only or p.stem in only]
    return found


def run(path: Path, quick: bool) -> tuple[int, float]:
    print(f"\n=== {path.stem} {'--quick' if quick else ''}".rstrip(), flush=True)
    command = [sys.executable, str(path), *(["--quick"] if quick else [])]
    started = time.perf_counter()
    code = subprocess.run(command, cwd=HERE.parent, check=False).returncode
    return code, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("names", nargs="*", help="run only these (e.g. ingest search)")
    parser.add_argument("--full", action="store_true", help="full sizes instead of --quick")
    args = parser.parse_args()
    paths = benchmarks(args.names)
    if not paths:
        print("no benchmarks/bench_*.py found", file=sys.stderr)
        return 1
    results = [(path.stem, *run(path, not args.full)) for path in paths]
    print("\n=== summary")
    for name, code, seconds in results:
        status = "ok" if code == 0 else f"FAILED (exit {code})"
        print(f"{name:<20} {seconds:>8.1f} s  {status}")
    return 1 if any(code != 0 for _, code, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())
