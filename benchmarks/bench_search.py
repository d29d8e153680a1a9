"""Full-text search latency over many sources in SQLite (FTS5), through ``Store.search``.

``python benchmarks/bench_search.py`` fills a fresh store with 100,000 synthetic reports
(benchmarks/corpus.py); ``--quick`` 20,000. Rows go in directly with the real schema (migrations)
and the real FTS5 triggers, in bulk transactions, not through the parsers: this measures search,
not ingestion. Then each query of a mix (common word, rare word, phrase, prefix, OR, exclusion,
date, language and publisher filters) runs ``--repeat`` times; the table shows median and p95
latency per query and over the whole mix. Writes benchmarks/out/bench_search.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate
from sqlalchemy import text as sql

from factfinder.settings import Settings
from factfinder.store import SearchFilters, Store
from factfinder.store.schema import sources

OUT = Path(__file__).resolve().parent / "out"
BATCH = 5_000
QUERIES: list[tuple[str, str, SearchFilters]] = [
    ("common word", "detained", SearchFilters()),
    ("rare word (a place)", "{place}", SearchFilters()),
    ("frequent word", "transfusions", SearchFilters()),
    ("two words", "journalists arrested", SearchFilters()),
    ("phrase", '"hunger strike"', SearchFilters()),
    ("prefix", "tortur*", SearchFilters()),
    ("OR", "abducted OR executed", SearchFilters()),
    ("exclusion", "prisoners -executed", SearchFilters()),
    ("word + dates", "killed", SearchFilters(since=date(2015, 1, 1), until=date(2015, 12, 31))),
    ("phrase + publisher", '"riot police"', SearchFilters(publisher="Herald")),
    ("word + language", "displaced", SearchFilters(language="en")),
    ("no match", "xylophone", SearchFilters()),
]


def fill(store: Store, count: int, seed: int) -> tuple[float, str]:
    """Insert ``count`` synthetic sources in bulk, then build the FTS5 index once; seconds taken.

    The insert trigger is dropped for the load and the index rebuilt from the table, which gives
    the same index as row-by-row triggers; the dialect then puts the trigger back.
    """
    now = datetime.now(UTC)
    started = time.perf_counter()
    with store.write() as conn:
        conn.execute(sql("DROP TRIGGER sources_fts_ai"))
    rows: list[dict[str, Any]] = []
    place = ""
    for report in generate(count, seed=seed):
        if report.number == count // 2:  # a place name: a word found in a few reports only
            place = report.title.split(" in ", 1)[1].split(",", 1)[0]
        text = report.text
        data = text.encode("utf-8")
        rows.append({
            "id": hashlib.sha256(data).hexdigest(), "title": report.title,
            "publisher": report.publisher, "published": report.published,
            "published_basis": "stated", "language": report.language, "media_type": "text/plain",
            "filename": f"report-{report.number:06d}.txt", "size": len(data), "added_at": now,
            "added_by": "bench", "notes": [], "text": text,
        })  # fmt: skip
        if len(rows) == BATCH:
            _insert(store, rows)
    if rows:
        _insert(store, rows)
    with store.write() as conn:
        conn.execute(sql("INSERT INTO sources_fts(sources_fts) VALUES ('rebuild')"))
        store.dialect.create_search_index(conn)
    return time.perf_counter() - started, place


def _insert(store: Store, rows: list[dict[str, Any]]) -> None:
    with store.write() as conn:
        conn.execute(sources.insert(), rows)
    rows.clear()


def measure(store: Store, repeat: int, place: str) -> list[dict[str, Any]]:
    results = []
    for name, template, filters in QUERIES:
        query = template.format(place=place)
        hits = len(store.search(query, filters))  # warm the page cache once
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            store.search(query, filters, limit=20)
            times.append((time.perf_counter() - started) * 1000)
        results.append({"query": name, "text": query, "hits": hits, "ms": times})
    return results


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def table(results: list[dict[str, Any]]) -> str:
    lines = [f"{'query':<20} {'text':<24} {'hits':>5} {'median ms':>10} {'p95 ms':>8}"]
    for r in results:
        lines.append(
            f"{r['query']:<20} {r['text']:<24} {r['hits']:>5} "
            f"{statistics.median(r['ms']):>10.2f} {p95(r['ms']):>8.2f}"
        )
    every = [t for r in results for t in r["ms"]]
    lines.append(f"{'all queries':<20} {'':<24} {'':>5} {statistics.median(every):>10.2f} "
                 f"{p95(every):>8.2f}")  # fmt: skip
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 sources instead of 100,000")
    parser.add_argument("--sources", type=int, help="number of sources (overrides --quick)")
    parser.add_argument("--repeat", type=int, default=30, help="runs of each query")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    count = args.sources or (20_000 if args.quick else 100_000)
    with tempfile.TemporaryDirectory(prefix="ff-bench-search-") as home:
        store = Store.open(Settings(home=Path(home), user="bench"))
        try:
            seconds, place = fill(store, count, args.seed)
            db_mb = (Path(home) / "factfinder.db").stat().st_size / 1e6
            print(f"{count:,} sources inserted in {seconds:.1f} s ({count / seconds:,.0f}/s); "
                  f"database {db_mb:,.0f} MB")  # fmt: skip
            results = measure(store, args.repeat, place)
        finally:
            store.close()
    print(table(results))
    OUT.mkdir(exist_ok=True)
    summary = {"sources": count, "insert_seconds": seconds, "db_mb": db_mb, "queries": results}
    (OUT / "bench_search.json").write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
