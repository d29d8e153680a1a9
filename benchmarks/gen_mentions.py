"""Synthetic incident mentions with known true incidents, for linking benchmarks.

A seeded world of countries, places and armed actors; incidents drawn in it (one act pattern, a
day, a place, perpetrators, true figures, sometimes named victims); each incident told by 1–8
mentions from different reports, with the noise real reports have: dates at day, month or year
precision (a few undated), places and actors spelled differently or left out, figures that
disagree a little or a lot, "at least" bounds and vague quantities, acts partly reported.

Two worlds: ``fixed`` (12 countries of 60 places over 20 years, whatever the size: a bigger corpus
packs ever more incidents into the same days and places) and ``scaled`` (the fixed world at
10,000 mentions, and one more country of 60 places per ~833 mentions beyond: places grow with the
corpus and incidents per country-month stay about constant, as in an archive that grows by
covering more ground).

Usage: ``python benchmarks/gen_mentions.py 1000 [fixed|scaled] > mentions.jsonl`` (gold-format
lines, the true incident in ``incident``).
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from factfinder.model import Count, DatePrecision, Mention

COUNTRIES = ["IQ", "IR", "SY", "YE", "AF", "SD", "MM", "NG", "ML", "CD", "SO", "LY"]
REFERENCE_SIZE = 10_000  # the scaled world equals the fixed one at this many mentions
WORLDS = ("fixed", "scaled")
FIRST_DAY = date(2000, 1, 1)
DAYS = 20 * 365
SYLLABLES = [
    "ar",
    "ak",
    "ba",
    "dar",
    "el",
    "far",
    "ga",
    "ha",
    "is",
    "jal",
    "ka",
    "lu",
    "ma",
    "nas",
    "or",
    "qa",
    "ra",
    "sa",
    "ta",
    "ur",
    "wa",
    "ya",
    "za",
    "bin",
    "kh",
]
PLACE_KINDS = ["", "", "", "Camp ", "", "Central Prison of "]
ACTOR_KINDS = ["forces", "militia", "security forces", "brigade", "police", "army"]
PATTERNS = [
    (["killing"], "killed"),
    (["killing", "abduction"], "killed"),
    (["attack", "killing"], "killed"),
    (["execution"], "executed"),
    (["arrest", "torture"], "arrested"),
    (["arrest"], "arrested"),
    (["abduction"], "abducted"),
    (["protest", "crackdown"], "injured"),
    (["protest"], "participants"),
    (["hunger_strike"], "participants"),
    (["siege"], "victims"),
]
MENTIONS_PER_INCIDENT = [1, 2, 3, 4, 5, 6, 7, 8]
MENTION_WEIGHTS = [30, 22, 15, 11, 8, 6, 4, 4]  # mean ≈ 3


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass(frozen=True, slots=True)
class World:
    countries: list[str]
    places: dict[str, list[str]]
    actors: dict[str, list[str]]


def country_codes(count: int) -> list[str]:
    """The 12 named countries, then made-up three-letter codes (``QAA``, ``QAB``, ...)."""
    extra = (
        "Q" + chr(65 + i // 26 % 26) + chr(65 + i % 26) + ("" if i < 676 else str(i // 676))
        for i in range(max(0, count - len(COUNTRIES)))
    )
    return [*COUNTRIES[:count], *extra]


def world_countries(mentions: int, world: str) -> int:
    """How many countries a world of ``mentions`` mentions has (12 for the fixed world)."""
    if world == "fixed":
        return len(COUNTRIES)
    return max(len(COUNTRIES), round(len(COUNTRIES) * mentions / REFERENCE_SIZE))


def make_world(
    rng: random.Random, places: int = 60, actors: int = 12, *, countries: int = len(COUNTRIES)
) -> World:
    codes = country_codes(countries)
    place_map = {
        c: [rng.choice(PLACE_KINDS) + _word(rng, rng.randint(2, 3)) for _ in range(places)]
        for c in codes
    }
    actor_map = {
        c: [f"{_word(rng, 2)} {rng.choice(ACTOR_KINDS)}" for _ in range(actors)] for c in codes
    }
    return World(codes, place_map, actor_map)


def _variant(rng: random.Random, name: str) -> str:
    """A spelling variant: case, a dropped or doubled letter, a prefix, or as is."""
    roll = rng.random()
    if roll < 0.6 or len(name) < 5:
        return name
    if roll < 0.7:
        return name.upper() if rng.random() < 0.3 else name.lower()
    if roll < 0.8:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i + 1 :]
    if roll < 0.9:
        i = rng.randrange(1, len(name) - 1)
        return name[:i] + name[i] + name[i:]
    return "the " + name


def _count(rng: random.Random, true: int) -> Count:
    roll = rng.random()
    if roll < 0.7:
        return Count(value=true)
    if roll < 0.85:
        return Count(value=max(1, true + rng.randint(-max(1, true // 20), max(1, true // 20))))
    if roll < 0.95:
        return Count(min=max(1, int(true * rng.uniform(0.6, 1.0))))
    return Count(min=max(1, true // 2), vague=True)


def _date(rng: random.Random, day: date) -> tuple[str | None, DatePrecision]:
    roll = rng.random()
    if roll < 0.78:
        shift = 1 if rng.random() < 0.05 else 0  # a report a day off
        return (day + timedelta(days=shift)).isoformat(), DatePrecision.DAY
    if roll < 0.9:
        return day.isoformat()[:7], DatePrecision.MONTH
    if roll < 0.97:
        return day.isoformat()[:4], DatePrecision.YEAR
    return None, DatePrecision.UNKNOWN


@dataclass(frozen=True, slots=True)
class _Incident:
    key: str
    country: str
    day: date
    acts: list[str]
    category: str
    true: int
    place: str | None
    actors: list[str]
    victims: list[str]
    aggregate: bool


def _incident(rng: random.Random, world: World, number: int) -> _Incident:
    country = rng.choice(world.countries)
    acts, category = rng.choice(PATTERNS)
    victims = [f"{_word(rng, 2)} {_word(rng, 3)}" for _ in range(rng.randint(1, 3))]
    return _Incident(
        key=f"t{number:07d}",
        country=country,
        day=FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
        acts=acts,
        category=category,
        true=max(1, int(rng.lognormvariate(1.8, 1.2))),
        place=rng.choice(world.places[country]) if rng.random() < 0.92 else None,
        actors=rng.sample(world.actors[country], rng.randint(1, 2)),
        victims=victims if rng.random() < 0.15 else [],
        aggregate=rng.random() < 0.01,
    )


def _mention(rng: random.Random, inc: _Incident, number: int) -> Mention:
    when, precision = _date(rng, inc.day)
    acts = inc.acts if len(inc.acts) == 1 or rng.random() < 0.7 else [rng.choice(inc.acts)]
    place = _variant(rng, inc.place) if inc.place and rng.random() < 0.88 else None
    actors = [_variant(rng, a) for a in inc.actors if rng.random() < 0.6]
    counts = {inc.category: _count(rng, inc.true)} if rng.random() < 0.8 else {}
    return Mention(
        doc=f"doc{number:07d}",
        source_id=f"doc{number:07d}",
        id=f"m{number:07d}",
        incident="k1",
        acts=acts,
        evidence=f"{' and '.join(acts)} of {inc.true} at {place or 'a place'}",
        date=when,
        date_precision=precision,
        place=place,
        country=inc.country,
        counts=counts,
        perpetrators=actors,
        named_victims=[v for v in inc.victims if rng.random() < 0.7],
        aggregate=inc.aggregate,
        attributed_to="UN" if rng.random() < 0.1 else None,
    )


def generate(
    mentions: int, *, seed: int = 7, world: str = "fixed"
) -> Iterator[tuple[Mention, str]]:
    """``mentions`` synthetic mentions with their true incident key, deterministic per seed,
    in the ``fixed`` or the ``scaled`` world (see the module docstring)."""
    if world not in WORLDS:
        raise ValueError(f"world must be one of {WORLDS}, not {world!r}")
    rng = random.Random(seed)
    made_world = make_world(rng, countries=world_countries(mentions, world))
    made = incidents = 0
    while made < mentions:
        incident = _incident(rng, made_world, incidents)
        incidents += 1
        told = rng.choices(MENTIONS_PER_INCIDENT, MENTION_WEIGHTS)[0]
        for _ in range(min(told, mentions - made)):
            yield _mention(rng, incident, made), incident.key
            made += 1


def main(argv: list[str]) -> int:
    size = int(argv[1]) if len(argv) > 1 else 1000
    world = argv[2] if len(argv) > 2 else "fixed"
    for mention, key in generate(size, world=world):
        mention.incident = key
        sys.stdout.write(json.dumps(mention.to_gold(), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
