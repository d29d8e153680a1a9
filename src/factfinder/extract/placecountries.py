"""The countries of the places a report names, settled once all are found: a town's country as
the text states it ("San José de Apartadó, Colombia"), towns that agree on a country another
country named once would hide, and listed sites that are namesakes in the document's country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from factfinder.extract.doc import PlaceRef
from factfinder.extract.gazetteer import City

_TOWN_VOTE = 100_000  # the people a town needs to vote for its country
# the rest of a town's name and the country the text gives it: "San José[ de Apartadó], Colombia"
_STATED_COUNTRY = re.compile(
    r"(?P<tail>(?:\s+(?:de|del|de la|do|da|dos|das|di)\s+[A-Z][\w'’-]+)?)"
    r"[ \t]*,[ \t]*(?:in[ \t]+)?(?:the[ \t]+)?"
)
_NAMESAKE_CONTEXT = 3  # the weight of mentions a document's own country needs


def agreeing_towns(
    cities: list[PlaceRef], context: Counter[str | None], best: Callable[[str], City | None]
) -> None:
    """Towns of one country, taken for namesakes because the document names another country
    once ("the order came from Kony himself, in Sudan"), are in their country when two or more
    agree (Gulu and Lira, Uganda: towns of ``_TOWN_VOTE`` people or more) and no country is named
    more than once."""
    votes = Counter(
        c.country
        for name in {p.name for p in cities if p.country is None}
        if (c := best(name)) is not None and c.population >= _TOWN_VOTE
    )
    top = votes.most_common(1)
    if not top or top[0][1] < 2 or sum(context.values()) > 2:
        return
    for p in cities:
        c = best(p.name) if p.country is None else None
        if c is not None and c.country == top[0][0]:
            p.country = c.country
            context[c.country] += 1


def namesakes(found: list[PlaceRef], context: Counter[str | None], dominant: str | None) -> None:
    """A listed site in a country the document names nowhere else, in a report about another
    country ("the Estadio Nacional" of Managua is not Santiago's): a namesake, placed in the
    document's country."""
    own = Counter(p.country for p in found if p.kind == "site")
    if dominant is None or context.get(dominant, 0) < _NAMESAKE_CONTEXT:
        return
    for p in found:
        foreign = p.kind == "site" and p.country not in (None, dominant)
        if foreign and context.get(p.country, 0) <= own[p.country]:
            p.country = dominant


def stated_countries(norm: str, cities: list[PlaceRef], countries: dict[int, str | None]) -> None:
    """ "San José de Apartadó, Colombia": the country the text gives a town wins over the
    country of a larger namesake in the gazetteer, and the town keeps the rest of its name."""
    for p in cities:
        stated = _STATED_COUNTRY.match(norm, p.end)
        if stated is None:
            continue
        country = countries.get(stated.end())
        if country is not None and country != p.country:
            p.end = stated.end("tail")
            p.name, p.country = norm[p.start : p.end], country


# what sets a town in a known place after it: "the village of Lovas in eastern Croatia",
# "Tinsorgo, in Burkina Faso's north", "in Panzós, in Alta Verapaz" (localities.py too)
APPOSED = re.compile(
    r",?\s+(?:in\s+)?(?:the\s+)?(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)[\w-]*\s+)?"
)


def set_in_countries(norm: str, towns: list[PlaceRef], countries: dict[int, str | None]) -> None:
    """A town the gazetteer does not know, found by its context, is in the country the text
    sets it in, and so is every other naming of it in the document (one name, one place)."""
    where: dict[str, str] = {}
    for p in towns:
        stated = APPOSED.match(norm, p.end)
        country = countries.get(stated.end()) if stated is not None else None
        if p.country is None and country is not None:
            where.setdefault(p.name, country)
    for p in towns:
        if p.country is None and p.name in where:
            p.country = where[p.name]
