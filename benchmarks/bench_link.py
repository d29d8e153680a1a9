"""Linking time and quality on synthetic mentions (benchmarks/gen_mentions.py).

``python benchmarks/bench_link.py`` runs 10k, 100k and 1M mentions in both worlds (``--world
fixed|scaled|both``); ``--quick`` stops at 100k. Each size runs in its own process. For each:
seconds, microseconds per mention (close to flat = linear growth), incidents found vs true,
pairwise precision / recall / F1 against the true incidents, the resident memory of the
generated input (RSS before linking) and the linker's own peak (peak RSS during linking minus
RSS before it).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_mentions import WORLDS, generate, world_countries

from factfinder.link import link_mentions, pairwise_scores

HEADER = (
    f"{'world':>6} {'mentions':>9} {'countries':>9} {'true inc':>9} {'found':>9} {'link s':>8} "
    f"{'µs/mention':>10} {'P':>6} {'R':>6} {'F1':>6} {'input MB':>8} {'linker MB':>9}"
)


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run(size: int, seed: int, world: str) -> str:
    mentions, truth = [], {}
    gc.disable()  # millions of acyclic objects: collections would only cost time
    for mention, key in generate(size, seed=seed, world=world):
        mentions.append(mention)
        truth[str(mention.id)] = key
    gc.enable()
    gc.collect()
    gc.freeze()
    before = _rss_mb()
    started = time.perf_counter()
    result = link_mentions(mentions)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    scores = pairwise_scores(result, truth)
    return (
        f"{world:>6} {size:>9,} {world_countries(size, world):>9,} {len(set(truth.values())):>9,} "
        f"{len(set(result.values())):>9,} {seconds:>8.1f} {seconds / size * 1e6:>10.1f} "
        f"{scores.precision:>6.3f} {scores.recall:>6.3f} {scores.f1:>6.3f} "
        f"{before:>8.0f} {max(0.0, peak - before):>9.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at 100k mentions")
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes to run, e.g. --sizes 5000")
    parser.add_argument("--world", choices=[*WORLDS, "both"], default="both")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    worlds = list(WORLDS) if args.world == "both" else [args.world]
    if args.child:  # one size, one world, in this process: its memory is its own
        print(run(sizes[0], args.seed, worlds[0]), flush=True)
        return 0
    print(HEADER, flush=True)
    for world in worlds:
        for size in sizes:
            command = [sys.executable, __file__, "--child", "--world", world]
            command += ["--sizes", str(size), "--seed", str(args.seed)]
            subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
