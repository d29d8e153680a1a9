"""Throughput and memory of the extraction pipeline on a synthetic corpus (seeded RNG).

Reports/s of ``default_pipeline()`` against spaCy's blank English tokenizer over the same
texts in the same run (ratio), peak traced memory at two corpus sizes, and the time per KB of
one report four times longer than another (about 1.0 when extraction is linear in length).

    python benchmarks/bench_extract.py --quick
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from datetime import date

from factfinder.extract import default_pipeline

PLACES = ["Aleppo", "Idlib", "Mosul", "Camp Ashraf", "Evin Prison", "Maungdaw", "Cauca", "Borno"]
ACTORS = ["Government forces", "Militia fighters", "Gunmen", "Security forces", "Soldiers"]
VERBS = ["killed", "abducted", "detained", "wounded", "executed"]
NOUNS = ["civilians", "villagers", "students", "prisoners", "protesters"]
MONTHS = ["January", "March", "June", "September", "November"]
FILLER = [
    "The statement called for an independent investigation.",
    "Relatives said they had received no information from the authorities.",
    "Share this story",
    "Residents described hours of gunfire before the area fell silent.",
    "The ministry did not respond to a request for comment.",
]


def make_report(rng: random.Random) -> str:
    lines = []
    for _ in range(rng.randint(3, 8)):
        n = rng.randint(2, 120)
        sentence = (
            f"On {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2023)}, "
            f"{rng.choice(ACTORS).lower()} {rng.choice(VERBS)} {n} {rng.choice(NOUNS)} "
            f"in {rng.choice(PLACES)}."
        )
        lines.append(sentence + " " + " ".join(rng.sample(FILLER, 2)))
    return "\n\n".join(lines)


def corpus(size: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [make_report(rng) for _ in range(size)]


def rate(func: object, texts: list[str]) -> float:
    started = time.perf_counter()
    for t in texts:
        func(t)  # type: ignore[operator]
    return len(texts) / (time.perf_counter() - started)


def peak_memory(texts: list[str]) -> float:
    pipe = default_pipeline()
    tracemalloc.start()
    for t in texts:
        pipe.run(t, doc="b.txt", published=date(2024, 1, 1))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def one_long_report(rng: random.Random, paragraphs: int) -> str:
    """One long report (an archive page, a UN annex): many paragraphs in one document, with
    speakers, definite places and retold tolls, the rules that look back through the text."""
    parts = []
    for _ in range(paragraphs):
        place = rng.choice(PLACES)
        parts.append(
            f"Guards at {place} said on {rng.randint(1, 28)} {rng.choice(MONTHS)} "
            f"{rng.randint(1990, 2023)} that {rng.choice(ACTORS).lower()} killed "
            f"{rng.randint(2, 90)} {rng.choice(NOUNS)} there. Officials said the camp was "
            f"attacked. The official figure was {rng.randint(2, 40)} dead; the villagers' own "
            f"count was {rng.randint(41, 200)}. Arvel said the army detained the lawyer Tomas "
            "Rek in the camp."
        )
    return "\n\n".join(parts)


def seconds_per_kb(pipe: object, text: str) -> float:
    started = time.perf_counter()
    pipe.run(text, doc="long.txt", published=date(2024, 1, 1))  # type: ignore[attr-defined]
    return (time.perf_counter() - started) / (len(text) / 1000)


# phrases a hostile or broken page repeats thousands of times: every place, people and act
# rule sees thousands of matches in one document
HOSTILE = (
    "the Turkish city of Malatya ",
    "Iraqi forces killed 3 in Basra, Iraq. ",
    "at the Kelvale mosque ",
    "On 3 May 2015 gunmen killed 12 people. ",
)


def hostile_growth(pipe: object, repeats: int, rounds: int = 3) -> tuple[float, str]:
    """The worst growth of time per KB over the hostile phrases, repeated 4x more; each size
    timed ``rounds`` times and the fastest kept (one run on a shared machine swings by half)."""
    worst = (0.0, "")
    for unit in HOSTILE:
        small = min(seconds_per_kb(pipe, unit * repeats) for _ in range(rounds))
        big = min(seconds_per_kb(pipe, unit * (4 * repeats)) for _ in range(rounds))
        worst = max(worst, (big / small, unit.strip()))
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpus (a few seconds)")
    args = parser.parse_args()
    size = 100 if args.quick else 1000
    texts = corpus(size)
    pipe = default_pipeline()
    ours = rate(lambda t: pipe.run(t, doc="b.txt", published=date(2024, 1, 1)), texts)
    rows = [("pipeline reports/s", f"{ours:.1f}")]
    try:
        import spacy

        nlp = spacy.blank("en")
        theirs = rate(nlp.tokenizer, texts)
        rows += [
            ("spacy blank tokenizer reports/s", f"{theirs:.1f}"),
            ("ratio", f"{ours / theirs:.3f}"),
        ]
    except ImportError:
        rows.append(("spacy", "not installed: no ratio"))
    rng = random.Random(11)
    short_doc, long_doc = one_long_report(rng, 250), one_long_report(rng, 1000)
    growth = seconds_per_kb(pipe, long_doc) / seconds_per_kb(pipe, short_doc)
    rows.append(("time per KB, 4x longer report (1.0 = linear)", f"{growth:.2f}"))
    worst, unit = hostile_growth(pipe, 500 if args.quick else 2000)
    rows.append((f"time per KB, 4x more of a repeated phrase, worst ({unit!r})", f"{worst:.2f}"))
    small, large = size // 4, size
    rows.append((f"peak MB, {small} reports", f"{peak_memory(corpus(small)):.1f}"))
    rows.append((f"peak MB, {large} reports", f"{peak_memory(corpus(large)):.1f}"))
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
