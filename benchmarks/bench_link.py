"""Linking time and quality on synthetic mentions (benchmarks/gen_mentions.py).

``python benchmarks/bench_link.py`` runs 10k, 100k and 1M mentions; ``--quick`` stops at 100k.
For each size: seconds, microseconds per mention (close to flat = linear growth), incidents
found vs true, pairwise precision / recall / F1 against the true incidents, peak memory.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_mentions import generate

from factfinder.link import link_mentions, pairwise_scores

HEADER = (
    f"{'mentions':>9} {'true inc':>9} {'found':>9} {'link s':>8} {'µs/mention':>10} "
    f"{'P':>6} {'R':>6} {'F1':>6} {'peak MB':>8}"
)


def run(size: int, seed: int) -> str:
    mentions, truth = [], {}
    gc.disable()  # millions of acyclic objects: collections would only cost time
    for mention, key in generate(size, seed=seed):
        mentions.append(mention)
        truth[str(mention.id)] = key
    gc.enable()
    gc.collect()
    gc.freeze()
    started = time.perf_counter()
    result = link_mentions(mentions)
    seconds = time.perf_counter() - started
    scores = pairwise_scores(result, truth)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return (
        f"{size:>9,} {len(set(truth.values())):>9,} {len(set(result.values())):>9,} "
        f"{seconds:>8.1f} {seconds / size * 1e6:>10.1f} {scores.precision:>6.3f} "
        f"{scores.recall:>6.3f} {scores.f1:>6.3f} {peak:>8.0f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="stop at 100k mentions")
    parser.add_argument("--sizes", type=int, nargs="*", help="sizes to run, e.g. --sizes 5000")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = args.sizes or ([10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    print(HEADER)
    for size in sizes:
        print(run(size, args.seed), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
