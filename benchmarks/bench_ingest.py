"""Ingestion throughput and memory on synthetic HTML reports (benchmarks/corpus.py).

``python benchmarks/bench_ingest.py`` ingests 10,000 generated reports into a fresh SQLite store;
``--quick`` 1,000. In the same run, trafilatura's own extraction (``bare_extraction`` with
metadata) reads the same files: factfinder's throughput is shown as a ratio to it, since ingestion
is trafilatura plus decoding, language detection, SimHash, the original written and fsync'd, a
row, its full-text index entry and an audit event. Each measurement runs in its own subprocess, so
its peak memory (ru_maxrss) is its own; ingestion is measured at two corpus sizes (a fifth, and
all) to show that memory does not grow with the number of reports.
Writes benchmarks/out/bench_ingest.json.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus

OUT = Path(__file__).resolve().parent / "out"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def child_factfinder(paths: list[Path], home: Path) -> dict[str, Any]:
    from factfinder.ingest import parse_document, read_path
    from factfinder.ingest.batch import ingest
    from factfinder.settings import Settings
    from factfinder.store import Store

    parse_document(read_path(paths[0]))  # warm up: trafilatura, the language model
    with Store.open(Settings(home=home, user="bench")) as store:
        before = rss_mb()
        started = time.perf_counter()
        summary = ingest(store, [str(p) for p in paths])
        seconds = time.perf_counter() - started
    counts = summary.counts
    return {
        "seconds": seconds, "stored": counts["stored"], "near_duplicates": counts["near-duplicate"],
        "failed": counts["failed"], "rss_before_mb": before,
    }  # fmt: skip


def child_trafilatura(paths: list[Path]) -> dict[str, Any]:
    import trafilatura

    trafilatura.bare_extraction(paths[0].read_bytes(), with_metadata=True)  # warm up
    before = rss_mb()
    started = time.perf_counter()
    extracted = 0
    for path in paths:
        doc = trafilatura.bare_extraction(path.read_bytes(), with_metadata=True)
        extracted += bool(doc is not None and doc.text)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "stored": extracted, "failed": 0, "rss_before_mb": before}


def run_child(kind: str, folder: Path, limit: int) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; return its JSON result."""
    command = [sys.executable, __file__, "--child", kind, "--folder", str(folder)]
    done = subprocess.run(
        [*command, "--limit", str(limit)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} measurement failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result.update(kind=kind, reports=limit, per_second=limit / result["seconds"])
    return result


def child_main(kind: str, folder: Path, limit: int) -> None:
    paths = sorted(folder.glob("*.html"))[:limit]
    with tempfile.TemporaryDirectory(prefix="ff-bench-store-") as home:
        if kind == "factfinder":
            result = child_factfinder(paths, Path(home))
        else:
            result = child_trafilatura(paths)
    result["peak_mb"] = peak_mb()
    print(json.dumps(result))


def table(rows: list[dict[str, Any]], baseline: dict[str, Any]) -> str:
    lines = [
        f"{'what':<12} {'reports':>8} {'seconds':>8} {'reports/s':>10} {'vs trafilatura':>15} "
        f"{'RSS before MB':>14} {'peak RSS MB':>12} {'stored':>7} {'failed':>7}"
    ]
    for row in [*rows, baseline]:
        ratio = row["per_second"] / baseline["per_second"]
        lines.append(
            f"{row['kind']:<12} {row['reports']:>8,} {row['seconds']:>8.1f} "
            f"{row['per_second']:>10.1f} {ratio:>14.2f}x {row['rss_before_mb']:>14.0f} "
            f"{row['peak_mb']:>12.0f} {row['stored']:>7,} {row['failed']:>7,}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1,000 reports instead of 10,000")
    parser.add_argument("--reports", type=int, help="corpus size (overrides --quick)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--child", choices=["factfinder", "trafilatura"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.folder, args.limit)
        return 0
    size = args.reports or (1_000 if args.quick else 10_000)
    with tempfile.TemporaryDirectory(prefix="ff-bench-corpus-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        write_corpus(folder, size, seed=args.seed)
        generated = time.perf_counter() - started
        megabytes = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"corpus: {size:,} HTML reports, {megabytes:.0f} MB, generated in {generated:.1f} s")
        rows = [run_child("factfinder", folder, n) for n in (max(1, size // 5), size)]
        baseline = run_child("trafilatura", folder, size)
    print(table(rows, baseline))
    OUT.mkdir(exist_ok=True)
    result = {"reports": size, "corpus_mb": megabytes, "factfinder": rows, "trafilatura": baseline}
    (OUT / "bench_ingest.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
