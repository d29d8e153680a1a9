"""Seeded synthetic person records with known truth, for tests, benchmarks and the default model.

People are drawn from the shipped name tables; each record of a person writes the name in one
of several ways: another romanisation from the table, a rule-made spelling the tables do not
hold (e↔i, ou→u, gh→q, doubled letters), Persian script (with Arabic yeh/kaf, ZWNJ or space in
compounds, diacritics), family name first, the middle name dropped, an honorific added, or one
typo. Birth years, dates, places and sex are present or missing, sometimes off by one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from factfinder.persons.names import _read_table
from factfinder.persons.registry import PersonRecord

PLACES = (
    "Tehran",
    "Evin Prison",
    "Mashhad",
    "Tabriz",
    "Shiraz",
    "Isfahan",
    "Ahvaz",
    "Zahedan",
    "Karaj",
    "Qom",
    "Kermanshah",
    "Rasht",
    "Urmia",
    "Sanandaj",
    "Arak",
    "Hamedan",
    "Yazd",
    "Ardabil",
    "Bandar Abbas",
    "Qezel Hesar",
    "Gohardasht",
    "Camp Ashraf",
    "Baghdad",
    "Basra",
)
KINDS = ("romanisation", "rule", "script", "order", "middle", "honorific", "typo")
_RULES = (
    ("e", "i"),
    ("i", "e"),
    ("ou", "u"),
    ("gh", "q"),
    ("s", "ss"),
    ("a", "aa"),
    ("eh", "e"),
    ("o", "u"),
    ("kh", "h"),
)


@dataclass(frozen=True, slots=True)
class NameEntry:
    canonical: str
    variants: tuple[str, ...]
    script: str
    sex: str | None


@dataclass(frozen=True, slots=True)
class Identity:
    id: str
    given: NameEntry
    middle: NameEntry | None
    family: NameEntry
    birth_year: int
    date: str
    place: str


def _entries(table: str) -> list[NameEntry]:
    return [
        NameEntry(
            r["canonical"],
            tuple(v for v in r["variants"].split("|") if v),
            r["script"],
            r.get("sex"),
        )
        for r in _read_table(table)
    ]


def make_identities(n: int, rng: random.Random) -> list[Identity]:
    given, family = _entries("given.csv"), _entries("family.csv")
    out = []
    for i in range(n):
        g = rng.choice(given)
        middle = rng.choice([e for e in given if e.sex == g.sex]) if rng.random() < 0.3 else None
        year = rng.randint(1981, 2023)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(
            Identity(
                f"e{i}",
                g,
                middle,
                rng.choice(family),
                rng.randint(1940, year - 12),
                date,
                rng.choice(PLACES),
            )
        )
    return out


def _latin(entry: NameEntry, rng: random.Random, kind: str) -> str:
    if kind == "romanisation" and entry.variants:
        return rng.choice(entry.variants)
    if kind == "rule":
        word = entry.canonical
        for a, b in rng.sample(_RULES, len(_RULES)):
            if a in word:
                return word.replace(a, b, 1)
    return entry.canonical


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "sub"))
    if op == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if op == "drop":
        return word[:i] + word[i + 1 :]
    return word[:i] + rng.choice("aeiourstnm") + word[i + 1 :]


def _script(entries: list[NameEntry], rng: random.Random) -> str:
    words = []
    for e in entries:
        w = e.script
        if rng.random() < 0.5:
            w = w.replace("ی", "ي").replace("ک", "ك")  # Arabic yeh and kaf
        if "\u200c" in w and rng.random() < 0.5:
            w = w.replace("\u200c", rng.choice(("", " ")))
        if rng.random() < 0.2:
            w = w[:1] + "\u064e" + w[1:]  # a fatha
        words.append(w)
    return " ".join(words)


def write_name(person: Identity, kind: str, rng: random.Random) -> str:
    """One way of writing ``person``'s name (``kind`` one of :data:`KINDS`)."""
    parts = [person.given, *([person.middle] if person.middle else []), person.family]
    if kind == "middle" and person.middle:
        parts = [person.given, person.family]
    if kind == "script":
        return _script(parts, rng)
    words = [_latin(e, rng, kind).title() for e in parts]
    if kind == "typo":
        j = rng.randrange(len(words))
        words[j] = _typo(words[j].lower(), rng).title()
    if kind == "honorific":
        words.insert(0, rng.choice(("Seyed", "Haj", "Sayyid")))
    if kind == "order":
        return (
            f"{words[-1]}, {' '.join(words[:-1])}"
            if rng.random() < 0.5
            else " ".join(words[-1:] + words[:-1])
        )
    return " ".join(words)


def make_record(
    person: Identity, rid: str, dataset: str, kind: str, rng: random.Random
) -> PersonRecord:
    born = person.birth_year + (rng.choice((-1, 1)) if rng.random() < 0.1 else 0)
    return PersonRecord(
        rid,
        dataset,
        write_name(person, kind, rng),
        sex=(person.given.sex if rng.random() < 0.6 else None),
        birth_year=born if rng.random() < 0.7 else None,
        date=person.date if rng.random() < 0.8 else None,
        place=person.place if rng.random() < 0.7 else None,
    )


def variant_test_set(
    n_people: int = 1500, *, seed: int = 20240601
) -> tuple[list[PersonRecord], dict[str, str]]:
    """Records of ``n_people`` people, 2–3 each, written differently; truth: record → person."""
    rng = random.Random(seed)
    records: list[PersonRecord] = []
    truth: dict[str, str] = {}
    for person in make_identities(n_people, rng):
        kinds = ["romanisation", *rng.sample(KINDS, rng.choice((1, 2)))]
        for k, kind in enumerate(kinds):
            rid = f"{person.id}-{k}"
            records.append(make_record(person, rid, f"list{k}", kind, rng))
            truth[rid] = person.id
    rng.shuffle(records)
    return records, truth


def list_records(
    n_records: int, *, seed: int = 7, lists: int = 3
) -> tuple[list[PersonRecord], dict[str, str]]:
    """About ``n_records`` records of overlapping lists (each person on 1–``lists`` lists)."""
    rng = random.Random(seed)
    people = make_identities(max(1, int(n_records / 1.6)), rng)
    records: list[PersonRecord] = []
    truth: dict[str, str] = {}
    for person in people:
        for k in range(lists):
            if rng.random() < 0.53 and len(records) < n_records:
                rid = f"{person.id}-{k}"
                kind = "romanisation" if rng.random() < 0.6 else rng.choice(KINDS)
                records.append(make_record(person, rid, f"list{k}", kind, rng))
                truth[rid] = person.id
    return records, truth
