"""Web latency at scale: N synthetic incidents bulk-inserted into a SQLite store, then the median
and p95 latency of a filtered list, a full-text search and an incident page — for one user
(in-process client) and under load (concurrent httpx clients against uvicorn on 127.0.0.1).

    python benchmarks/bench_web.py            # 100,000 incidents
    python benchmarks/bench_web.py --full     # 1,000,000 incidents
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
from sqlalchemy import Connection, select

from factfinder.auth import Role, add_user, create_token
from factfinder.model import stable_id
from factfinder.settings import Settings
from factfinder.store import Store
from factfinder.store.schema import claims, incident_acts, incidents, mentions, sources

COUNTRIES = [
    "IQ",
    "IR",
    "SY",
    "YE",
    "AF",
    "SD",
    "MM",
    "UA",
    "NG",
    "ML",
    "SO",
    "LY",
    "CD",
    "ET",
    "PK",
    "LB",
    "PS",
    "TR",
    "EG",
    "BY",
]
PLACES = [
    "Camp Ashraf",
    "Evin Prison",
    "Aleppo",
    "Sanaa",
    "Kabul",
    "El Fasher",
    "Sittwe",
    "Mariupol",
    "Maiduguri",
    "Gao",
    "Mogadishu",
    "Tripoli",
    "Goma",
    "Mekelle",
    "Quetta",
    "Beirut",
    "Gaza",
    "Diyarbakir",
    "Cairo",
    "Minsk",
]
ACTS = ["killing", "execution", "arrest", "torture", "attack", "abduction", "protest", "crackdown"]
WORDS = [
    "security",
    "forces",
    "raided",
    "village",
    "residents",
    "killed",
    "wounded",
    "arrested",
    "detained",
    "witnesses",
    "said",
    "according",
    "report",
    "soldiers",
    "militia",
    "police",
    "prison",
    "camp",
    "protest",
    "shelling",
    "airstrike",
    "families",
    "bodies",
    "hospital",
    "statement",
    "ministry",
    "denied",
    "investigation",
]
CHUNK = 50_000  # rows per executemany; one transaction per chunk
ERRORS: dict[str, int] = {}  # failed requests under load, per kind


def _text(rng: random.Random, place: str) -> str:
    words = [rng.choice(WORDS) for _ in range(60)]
    words.insert(rng.randrange(60), place)
    return " ".join(words) + "."


@contextmanager
def _bulk(store: Store) -> Iterator[Connection]:
    """A write transaction without fsync (a benchmark store can be rebuilt if the machine dies)."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=OFF")  # outside the transaction, as SQLite requires
        try:
            with conn.execution_options(ff_immediate=True).begin():
                yield conn
        finally:
            raw.execute("PRAGMA synchronous=NORMAL")


def generate(store: Store, n: int, seed: int = 7) -> None:
    """Bulk-insert ``n`` incidents (with their incident_acts rows), one mention and one claim
    each, over n/10 sources."""
    rng, now = random.Random(seed), datetime.now(UTC)
    n_sources = max(1000, n // 10)
    with _bulk(store) as conn:
        for start in range(0, n_sources, CHUNK):
            rows = []
            for i in range(start, min(start + CHUNK, n_sources)):
                place = PLACES[i % len(PLACES)]
                text = _text(rng, place)
                rows.append(
                    {
                        "id": stable_id("src", i, length=64),
                        "title": f"Report {i} on {place}",
                        "publisher": f"Publisher {i % 97}",
                        "published": date(2000, 1, 1) + timedelta(i % 9000),
                        "published_basis": "given",
                        "language": "en",
                        "media_type": "text/plain",
                        "size": len(text),
                        "added_at": now,
                        "notes": [],
                        "text": text,
                    }
                )
            conn.execute(sources.insert(), rows)
    for start in range(0, n, CHUNK):
        inc_rows, act_rows, men_rows, claim_rows = [], [], [], []
        for i in range(start, min(start + CHUNK, n)):
            k = i % len(PLACES)
            day = date(2000, 1, 1) + timedelta(rng.randrange(9000))
            low = rng.randrange(0, 60)
            high = low + (rng.randrange(0, 5) if rng.random() < 0.2 else 0)
            iid, mid = stable_id("inc", i, prefix="inc_"), stable_id("m", i, prefix="m")
            sid = stable_id("src", rng.randrange(n_sources), length=64)
            acts = rng.sample(ACTS, 2)
            act_rows.extend(
                {
                    "incident_id": iid,
                    "act": a,
                    "country": COUNTRIES[k],
                    "aggregate": False,
                    "date_sort": day,
                }
                for a in sorted(acts)
            )
            figures = {
                "rules": {
                    "conservative": {
                        "killed": {
                            "low": low,
                            "high": high,
                            "best": low,
                            "contested": high != low,
                            "voices": 1,
                        }
                    }
                },
                "claims": {
                    "killed": [
                        {
                            "value": {"value": low},
                            "source_id": sid,
                            "voice": "x",
                            "quote": f"killed {low}",
                            "mention_id": mid,
                            "claim_id": "c" + mid,
                        }
                    ]
                },
            }
            inc_rows.append(
                {
                    "id": iid,
                    "title": f"{acts[0]} at {PLACES[k]}, {day}",
                    "acts": acts,
                    "date": day.isoformat(),
                    "date_precision": "day",
                    "date_sort": day,
                    "place": PLACES[k],
                    "country": COUNTRIES[k],
                    "lat": 10 + k * 2.0,
                    "lon": 20 + k * 2.5,
                    "perpetrators": ["police" if i % 3 else "army"],
                    "grade": "contested" if high != low else "single source",
                    "aggregate": False,
                    "killed_low": low,
                    "killed_high": high,
                    "n_mentions": 1,
                    "n_sources": 1,
                    "figures": figures,
                    "updated_at": now,
                }
            )
            men_rows.append(
                {
                    "id": mid,
                    "source_id": sid,
                    "doc": "bench",
                    "incident_id": iid,
                    "acts": acts,
                    "date": day.isoformat(),
                    "date_precision": "day",
                    "place": PLACES[k],
                    "country": COUNTRIES[k],
                    "counts": {"killed": {"value": low}},
                    "perpetrators": [],
                    "named_victims": [],
                    "evidence": f"killed {low}",
                    "start": 0,
                    "end": 9,
                    "aggregate": False,
                    "created_at": now,
                }
            )
            claim_rows.append(
                {
                    "id": "c" + mid,
                    "mention_id": mid,
                    "source_id": sid,
                    "field": "count:killed",
                    "value": {"value": low},
                    "start": 0,
                    "end": 9,
                    "quote": f"killed {low}",
                    "method": "bench@1",
                    "confidence": rng.random(),
                    "review": "pending",
                    "created_at": now,
                }
            )
        with _bulk(store) as conn:
            conn.execute(incidents.insert(), inc_rows)
            conn.execute(incident_acts.insert(), act_rows)
            conn.execute(mentions.insert(), men_rows)
            conn.execute(claims.insert(), claim_rows)
    with store.engine.connect() as conn:  # fold the write-ahead log in, as a quiet store would
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _requests(ids: list[str], rng: random.Random) -> dict[str, list[str]]:
    return {
        "list (country+act filter)": [
            f"/incidents?country={rng.choice(COUNTRIES)}&act={rng.choice(ACTS)}"
            f"&page={rng.randrange(1, 5)}"
            for _ in range(200)
        ],
        "full-text search": [
            f"/search?q={rng.choice(WORDS)}+{rng.choice(PLACES).split()[0]}" for _ in range(200)
        ],
        "incident page": [f"/incidents/{rng.choice(ids)}" for _ in range(200)],
    }


def _stats(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[max(0, int(len(ms) * 0.95) - 1)]


def single_user(
    store: Store, reqs: dict[str, list[str]], token: str, rounds: int
) -> dict[str, list[float]]:
    from fastapi.testclient import TestClient

    from factfinder.web import create_app

    out: dict[str, list[float]] = {}
    headers = {"Authorization": f"Bearer {token}"}
    with TestClient(create_app(store=store)) as client:
        for kind, paths in reqs.items():
            client.get(paths[0], headers=headers)  # warm up
            times = []
            for path in paths[:rounds]:
                t = time.perf_counter()
                resp = client.get(path, headers=headers)
                times.append((time.perf_counter() - t) * 1000)
                if resp.status_code != 200:
                    raise SystemExit(f"{path}: {resp.status_code} {resp.text[:200]}")
            out[kind] = times
    return out


async def _load(
    base: str, reqs: dict[str, list[str]], token: str, clients: int, seconds: float
) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {k: [] for k in reqs}
    errors: dict[str, int] = ERRORS
    kinds = list(reqs)
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients)

    async with httpx.AsyncClient(
        base_url=base, headers={"Authorization": f"Bearer {token}"}, limits=limits, timeout=60
    ) as http:

        async def worker(w: int) -> None:
            i = w
            while time.monotonic() < stop:
                kind = kinds[i % len(kinds)]
                path = reqs[kind][i % len(reqs[kind])]
                t = time.perf_counter()
                try:
                    resp = await http.get(path)
                    ok = resp.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok:
                    out[kind].append((time.perf_counter() - t) * 1000)
                else:
                    errors[kind] = errors.get(kind, 0) + 1
                i += 1

        await asyncio.gather(*(worker(w) for w in range(clients)))
    return out


def _serve(home: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """``factfinder serve --workers N`` on 127.0.0.1, as an operator would run it."""
    command = [str(Path(sys.executable).with_name("factfinder")), "--home", str(home), "serve"]
    command += ["--port", str(port), "--workers", str(workers)]
    return subprocess.Popen(
        command, env={**os.environ, "FACTFINDER_SECRET": "bench"}, stdout=subprocess.DEVNULL
    )


def _wait(base: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit("server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--full", action="store_true", help="1,000,000 incidents")
    parser.add_argument(
        "--quick", action="store_true", help="10,000 incidents, 15 s of load (make bench)"
    )
    parser.add_argument("-n", type=int, default=None, help="number of incidents (default 100,000)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--rounds", type=int, default=50, help="single-user requests per kind")
    parser.add_argument(
        "--home", type=Path, default=None, help="store folder (default: a temp dir)"
    )
    args = parser.parse_args()
    n = args.n or (1_000_000 if args.full else 10_000 if args.quick else 100_000)
    if args.quick:
        args.seconds = min(args.seconds, 15)
    home = args.home or Path(tempfile.mkdtemp(prefix="ff-bench-web-")) / "store"
    store = Store.open(Settings(home=home, user="bench"))
    t = time.perf_counter()
    generate(store, n)
    gen = time.perf_counter() - t
    add_user(store, "bench", Role.VIEWER, "bench-password")
    token = create_token(store, "bench", "bench")
    with store.read() as conn:
        ids = list(conn.execute(select(incidents.c.id).limit(5000)).scalars())
    reqs = _requests(ids, random.Random(1))
    single = single_user(store, reqs, token, args.rounds)
    store.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = _serve(home, port, args.workers)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(base)
        loaded = asyncio.run(_load(base, reqs, token, args.clients, args.seconds))
    finally:
        proc.terminate()
        proc.wait(10)
    print(f"\n{n:,} incidents generated in {gen:.1f} s into {home}")
    print(
        f"{'request':28} {'1 user median':>14} {'p95':>8}   "
        f"{f'{args.clients} clients median':>18} {'p95':>8} {'req/s':>7}"
    )
    for kind in reqs:
        m1, p1 = _stats(single[kind])
        m2, p2 = _stats(loaded[kind]) if loaded[kind] else (float("nan"), float("nan"))
        rate = len(loaded[kind]) / args.seconds
        print(
            f"{kind:28} {m1:11.1f} ms {p1:5.1f} ms   {m2:15.1f} ms {p2:5.0f} ms {rate:7.1f}"
            + (f"  ({ERRORS[kind]} failed)" if ERRORS.get(kind) else "")
        )


if __name__ == "__main__":
    main()
