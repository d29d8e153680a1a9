"""The localities component: villages and sites no gazetteer lists, read from the document.

Reports name the hamlet, farm, bridge or square where an incident happened ("killed at
Ovčara", "the crowd in Babur Square", "shot in Kibeho"), and few of those are in GeoNames.
A capitalised name that the document puts after a locative preposition and names at least
twice, and
that is neither a known place, actor, person, month or weekday nor a word of the
``not_places`` list, is taken as a locality of the document's main country. One mention
is not enough: "in Congress" or "at Amnesty" happen once; a place of the story recurs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import accumulate, chain

from factfinder.extract.datetext import JALALI, MONTHS, WEEKDAYS
from factfinder.extract.doc import Doc, PlaceRef
from factfinder.extract.gazetteer import gazetteer
from factfinder.extract.letters import capitals, fold
from factfinder.extract.placecountries import APPOSED
from factfinder.extract.places import seats

# \b(?i:in|at|near|outside|inside|from|to|into|around) ("In Panzós, in Alta Verapaz"), each
# branch led by its first letter (re skips to the letters that can start one)
_LOCATIVE = re.compile(
    capitals(
        r"(?:[iI](?<!\w[iI])(?:n|nside|nto)|[aA](?<!\w[aA])(?:t|round)|[nN](?<!\w[nN])ear"
        r"|[oO](?<!\w[oO])utside|[fF](?<!\w[fF])rom|[tT](?<!\w[tT])o)\s+(?:the\s+)?"
        r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    )
)
# "the night attack on Yelwata", "armed men invaded Yelwata": the name an assault is aimed at
_ASSAILED = re.compile(
    capitals(
        r"\b(?:(?:attacks?|raids?|assaults?|incursions?|offensive)\s+on"
        r"|(?:attacked|invaded|raided|stormed|overran|shelled|besieged)(?!\s+by\b))\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+){0,2})"
    )
)
_MIN_TIMES = 2
# "into Phillips County": a name that ends in its kind of area is a province, not a town
_AREA = re.compile(r"\s(?:County|Province|District|Region|Department|Governorate|Oblast)$")
_SQUARE = re.compile(r"(?:Square|Bridge|Stadium|Market|Airstrip|Barracks|Hangar|Farm|Quarry)$")


def _is_word(ch: str) -> bool:
    """``re``'s ``\\w`` for one character of a str pattern (Unicode)."""
    return ch.isalnum() or ch == "_"


def _whole_words(text: str, name: str) -> int:
    """``len(re.findall(rf"\\b{re.escape(name)}\\b", text))`` without a regex per name:
    the occurrences with a word boundary (``\\b``) on both sides, each search resuming after
    a found one, as ``findall`` does."""
    size, found, pos = len(name), 0, 0
    first, last = _is_word(name[0]), _is_word(name[-1])
    while (i := text.find(name, pos)) >= 0:
        before = i > 0 and _is_word(text[i - 1])
        after = i + size < len(text) and _is_word(text[i + size])
        if before != first and after != last:
            found += 1
            pos = i + size
        else:
            pos = i + 1
    return found


class LocalityTagger:
    """Adds a :class:`PlaceRef` (kind ``city``, or ``site`` for squares, bridges, barracks)
    for each recurring locative name the gazetteer does not know."""

    name = "localities"
    version = "0.10.0"
    reads: tuple[str, ...] = ("sentences", "places", "actors", "persons")
    writes: tuple[str, ...] = ("places",)

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self.stop = self.gaz.not_places | self.gaz.determiners | self.gaz.peoples
        self.calendar = {m.lower() for m in MONTHS} | set(WEEKDAYS) | {m.lower() for m in JALALI}

    def __call__(self, doc: Doc) -> Doc:
        taken = sorted(
            [(p.start, p.end) for p in doc.places]
            + [(a.start, a.end) for a in doc.actors]
            + [(n.start, n.end) for n in doc.persons]
        )
        starts = [s for s, _ in taken]
        reach = list(accumulate((e for _, e in taken), max))  # furthest end so far
        hits: list[tuple[int, int, str]] = []
        placed: set[str] = set()  # names put after a locative other than "to"
        based = seats(doc.norm)  # "a group based in London": where it sits
        for m in chain(_LOCATIVE.finditer(doc.norm), _ASSAILED.finditer(doc.norm)):
            start, end = m.span("name")
            i = bisect_left(starts, end)  # spans starting before this name ends
            name = m.group("name")
            if start in based or self._excluded(name):
                continue
            if m.group()[:1] not in "tT":
                placed.add(name)  # "patrollers from Xococ" places Xococ, as no scene
            if not (i and reach[i - 1] > start):
                hits.append((start, end, name))
        # "answered directly to Habré": "to" alone names a person as often as a place
        hits = sorted(h for h in hits if h[2] in placed)
        described = [h for h in self._described(doc) if not _overlaps(starts, reach, h[0], h[1])]
        times = Counter(name for *_, name in hits)
        for name in list(times):  # "the Dahyan attack" counts too, once it is "in Dahyan"
            times[name] = max(times[name], _whole_words(doc.norm, name))
        countries: Counter[str] = Counter()
        for p in doc.places:  # (a people's name counts half: "Indian police" in South Dakota)
            if p.country:
                people = p.kind == "country" and self.gaz.is_demonym(p.name)
                countries[p.country] += 1 if people else 2
        home = countries.most_common(1)[0][0] if countries else None
        added = []
        located: dict[int, list[PlaceRef]] = {}
        for p in doc.places:  # (not a people's name: "Indian police ... at Standing Rock")
            if p.country and not (p.kind == "country" and self.gaz.is_demonym(p.name)):
                located.setdefault(p.sentence, []).append(p)
        for start, end, name in hits:
            if times[name] < _MIN_TIMES and not _SQUARE.search(name):
                continue  # "in Babur Square" names its kind: once is enough
            index = doc.sentence_of(start, end)
            if index is None or doc.sentences[index].heading:
                continue
            kind = "site" if _SQUARE.search(name) else "province" if _AREA.search(name) else "city"
            country = _apposed_country(doc, start, end, located.get(index, [])) or home
            added.append(PlaceRef(start, end, index, name, kind, country, by=self.name))
        seen = {(p.start, p.end) for p in added}
        for start, end, name, kind in described:  # "the town of Palma", "the Barlonyo camp"
            index = doc.sentence_of(start, end)
            if (start, end) in seen or index is None or doc.sentences[index].heading:
                continue
            seen.add((start, end))
            country = _apposed_country(doc, start, end, located.get(index, [])) or home
            added.append(PlaceRef(start, end, index, name, kind, country, by=self.name))
        _one_country(doc, added, located)
        if added:
            doc.places = sorted([*doc.places, *added], key=lambda p: p.start)
        return doc

    def _described(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """Places whose kind the text says, named once: "the town of Palma" and "Tremseh, a
        village in Hama province" (a town), "the Barlonyo camp", "the Krue Se mosque" (a site:
        the name with its kind word)."""
        out: list[tuple[int, int, str, str]] = []
        for m in _TOWN_OF.finditer(doc.norm):
            name = m.group("name")
            if not self._excluded(name):
                out.append((m.start("name"), m.end("name"), name, "city"))
        for m in _NAME_A_VILLAGE.finditer(doc.norm):  # "Tremseh, a village in Hama province"
            name = m.group("name")
            lead = _LEAD.match(name)
            start = m.start("name") + (lead.end() if lead is not None else 0)
            name = doc.norm[start : m.end("name")]
            if name and not self._excluded(name):
                out.append((start, m.end("name"), name, "city"))
        for m in _NAMED_SITE.finditer(doc.norm):
            start, name = m.start("name"), m.group("name")
            lead = _ARTICLE.match(name)
            if lead is not None:
                start, name = start + lead.end(), name[lead.end() :]
            whole = doc.norm[start : m.end()]
            if name and not self._site_excluded(name) and not _SEAT.search(whole):
                out.append((start, m.end(), whole, "site"))
        return out

    def _site_excluded(self, name: str) -> bool:
        """A site's name with its kind is a proper name: "Chonnam National University" is
        one, though "National" alone is not a place; a name all of common words, a people or
        a day is not ("the Central Prison", "the Turkish school", "Friday's market")."""
        words = [fold(w) for w in name.replace("-", " ").split()]
        return self._no_name(name, words) or all(w in self.stop for w in words)

    def _excluded(self, name: str) -> bool:
        words = name.replace("-", " ").split()
        if fold(name) in self.stop or self._no_name(name, [w.lower() for w in words]):
            return True
        if len(words) > 1 and self.gaz.is_demonym(words[-1]):
            return True  # ("attacked Meskhetian Turkish families": a people, no town)
        # a word no place is named by ("at Amnesty International", "in Human Rights Watch"),
        # but "Morant Bay", "Port Harcourt" and "San Vicente" are named with a geographic word
        folded = [fold(w.removesuffix("'s").removesuffix("’s")) for w in words]
        return any(w in self.stop and w not in _GEOGRAPHIC for w in folded)

    def _no_name(self, name: str, words: list[str]) -> bool:
        """Capitals, a people ("to Serb forces", "Saudi") or a day, with its possessive ("in
        Friday's violence"): no place's name. ``words``: the name's words, lower-cased."""
        if name.isupper() or self.gaz.is_demonym(name):
            return True
        return any(w.removesuffix("'s").removesuffix("’s") in self.calendar for w in words)


# words of the not-places list that name a place with a proper name ("Morant Bay")
_GEOGRAPHIC = frozenset(
    ["bay", "lake", "river", "valley", "cape", "port", "fort", "mount", "jebel", "san", "santa",
     "saint", "st", "new", "old", "north", "south", "east", "west", "upper", "lower", "great",
     "little", "inn"]
)  # fmt: skip
_TOWN_OF = re.compile(
    capitals(
        r"\b(?:the|a)\s+(?:small\s+|remote\s+|nearby\s+|coastal\s+|border\s+|mountain\s+)?"
        r"(?:town|village|city|hamlet|settlement|township|municipality)\s+of\s+"
        r"(?P<name>[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|da|de|del|do|el|al)){0,3})"
    )
)
# "Tremseh, a village in Hama province", "Lukodi, a farming village north of Gulu": a name its
# apposition calls a village or town
_NAME_A_VILLAGE = re.compile(
    capitals(
        r"(?P<name>[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|al|el|de|da|del|do)){0,3}),\s+"
        r"(?:(?:a|an|another|the)\s+(?:[a-z]+\s+){0,2}?(?:village|town|hamlet|settlement|"
        r"township)\b"
        # ("Maragha, one of the largest Armenian villages in the Martakert district")
        r"|one\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:villages|towns|hamlets|settlements)\b)"
    )
)
# the kinds of site a name is given with, in lower or upper case ("the Krue Se mosque", "the
# Army Public School", "Attica Correctional Facility", "Kramatorsk railway station")
_SITE_KINDS = (
    "camp|mosque|church|cathedral|chapel|temple|synagogue|monastery|pagoda|school|college|"
    "university|prison|jail|correctional facility|hospital|police station|railway station|"
    "train station|bus station|station|barracks|stadium|market|bridge|airstrip|airport|air base|"
    "plant|hotel|cemetery|shopping mall|mall|compound|plantation|palace|courthouse"
)


def _either_case(kinds: str) -> str:
    """ "police station" → "[pP]olice [sS]tation": each word in lower or upper case."""
    return re.sub(r"\b([a-z])", lambda m: f"[{m.group(1)}{m.group(1).upper()}]", kinds)


_NAMED_SITE = re.compile(
    capitals(
        r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})(?<!\.)\s+"
        # ("Defence Headquarters" is an institution, "the Pilkhana headquarters" a site)
        rf"(?:{_either_case(_SITE_KINDS)}|headquarters)(?![\w-])"
    )
)
# "Franco's headquarters", "the party's compound": somebody's seat, named by its owner
_SEAT = re.compile(r"['’]s\s+(?:[hH]eadquarters|[cC]ompound|[pP]alace)$")
_DETERMINERS = "The|A|An|This|That|Its|Their|His|Her|Our"
_ARTICLE = re.compile(rf"(?:(?:{_DETERMINERS})\s+)+")
# ... and the preposition that opens a sentence ("In Mazraat al-Qubeir, another village")
_LEAD = re.compile(rf"(?:(?:{_DETERMINERS}|In|At|On|From|Near|Outside|Inside)\s+)+")


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, end)  # spans starting before this one ends
    return bool(i and reach[i - 1] > start)


def _one_country(doc: Doc, added: list[PlaceRef], located: dict[int, list[PlaceRef]]) -> None:
    """One name, one place: where the document once sets the locality in a known place ("the
    village of Tinsorgo, in Burkina Faso"), every naming of it is in that place's country."""
    where: dict[str, str] = {}
    # (the towns the places component found by their context count: "the village of Dabilaye
    # in eastern Croatia" ... "soldiers attacked Dabilaye")
    towns = [p for p in doc.places if p.kind == "city" and p.by == "places"]
    for p in [*towns, *added]:
        m = APPOSED.match(doc.norm, p.end)
        after = m.end() if m else p.end
        for known in located.get(p.sentence, []):
            if known.start == after and known.country:
                where.setdefault(p.name, known.country)
    for p in added:
        p.country = where.get(p.name, p.country)


def _apposed_country(doc: Doc, start: int, end: int, same: list[PlaceRef]) -> str | None:
    """ "in Panzós, in Alta Verapaz": the country of the known place the name is set in;
    else of the first known place named before it in the same sentence (``same``): one
    named after it is another place ("the mosque in Bentiu, where traders from Darfur had
    taken shelter")."""
    m = APPOSED.match(doc.norm, end)
    after = m.end() if m else end
    for p in same:
        if p.start == after:
            return p.country
    before = [p for p in same if p.end <= start]
    return before[0].country if before else None
