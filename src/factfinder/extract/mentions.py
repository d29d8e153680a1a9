"""Writing results: one :class:`Mention` per incident and voice, every value with its claim."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from factfinder.extract import anaphora
from factfinder.extract.actors import ActorTagger, named_force
from factfinder.extract.acts import ActTagger
from factfinder.extract.clusters import Cluster
from factfinder.extract.countcontext import summed, whole_tolls
from factfinder.extract.counts import CountTagger
from factfinder.extract.dates import DateTagger
from factfinder.extract.doc import ActorRef, Doc, PlaceRef, Trigger
from factfinder.extract.frames import Frame, wounding_acts
from factfinder.extract.gazetteer import gazetteer
from factfinder.extract.incidents import one_country
from factfinder.extract.localities import LocalityTagger
from factfinder.extract.persons import PersonTagger
from factfinder.extract.placecues import ATTACHED, is_destination, is_refuge, is_scene, main_place
from factfinder.extract.places import RANK, PlaceTagger
from factfinder.extract.processdays import JUDICIAL_ACTS
from factfinder.extract.retellings import SENTENCES, consolidate, day_precise, precision_rank
from factfinder.extract.verdicts import split_sentences, split_side_acts, teller
from factfinder.extract.voices import VoiceTagger
from factfinder.model import Claim, Count, DatePrecision, Mention

# Each claim names the component that found its value, at the component's version.
_VERSIONS = {
    c.name: c.version
    for c in (ActorTagger, ActTagger, CountTagger, DateTagger, LocalityTagger, PersonTagger,
              PlaceTagger, VoiceTagger)
}  # fmt: skip
_VERSIONS[anaphora.NAME] = anaphora.VERSION


def _by(component: str) -> str:
    return f"{component}@{_VERSIONS[component]}"


_VICTIM_CATEGORIES = ("killed", "executed", "abducted", "arrested", "victims", "injured")
_MAX_PERPETRATORS = 5
_NAMED_CATEGORIES = ("killed", "executed", "abducted", "sentenced", "arrested")
# Acts of the victims themselves: actors named around them answered them, they are not theirs.
_GATHERINGS = frozenset({"protest", "hunger_strike"})
_PASSIVE = re.compile(r"(?i)\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?(?:[\w-]+\s+)?$")


class MentionWriter:
    """Turns clustered frames into gold-format mentions with their claims."""

    name = "mentions"
    version = "0.13.0"
    reads: tuple[str, ...] = ("frames",)
    writes: tuple[str, ...] = ("mentions",)

    def __init__(self, pipeline: str) -> None:
        self.pipeline = pipeline

    def write(self, doc: Doc, clusters: list[Cluster]) -> list[Mention]:
        countries = _doc_countries(doc)
        main = main_place(doc)
        mentions: list[Mention] = []
        for n, cluster in enumerate(clusters, start=1):
            voices: dict[str | None, list[Frame]] = {}
            for f in cluster.frames:
                voices.setdefault(teller(f), []).append(f)
            for voice, frames in voices.items():
                parts = [p for side in split_side_acts(frames) for p in split_sentences(side)]
                for part in parts:
                    builder = _Builder(doc, cluster, part, voice, self.pipeline, main)
                    mention = builder.build(f"{doc.name}#{n}", countries)
                    if mention is not None:
                        mentions.append(mention)
        one_country(mentions)
        return consolidate(mentions)


_PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:now|also|already|reportedly)\s+)?(?:been\s+)?$"
)
_HABITUAL = re.compile(
    r"\b(?:over the (?:years|decades|past)|for (?:years|decades)|since|ever|repeatedly|"
    r"routinely|many times|in the past|throughout)\b"
)


def _speaks(f: Frame, a: ActorRef) -> bool:
    """The actor is the frame's speaker ("The government has put the toll at 272"): it tells
    the act, it is not the one who did it."""
    return not a.admits and f.voice_span[0] <= a.start < f.voice_span[1]


_DATELINE_END = re.compile(r"\s[-–—]\s|\n")


def _home_or_named(p: PlaceRef, home: str | None) -> bool:
    """A country the frame names, or a people's whose country is the document's: "members of
    the Rwandan army were killed" in a report on Kisangani tells of no act in Rwanda."""
    return home is None or p.country == home or not gazetteer().is_demonym(p.name)


def _doc_countries(doc: Doc) -> list[PlaceRef]:
    counts = Counter(p.country for p in doc.places if p.country)
    firsts: dict[str, PlaceRef] = {}
    for p in doc.places:
        if p.country and p.country not in firsts:
            firsts[p.country] = p
    return [firsts[c] for c, _ in counts.most_common() if c in firsts]


class _Builder:
    def __init__(
        self,
        doc: Doc,
        cluster: Cluster,
        frames: list[Frame],
        voice: str | None,
        pipeline: str,
        main_place: list[PlaceRef],
    ) -> None:
        self.doc, self.cluster, self.frames, self.voice = doc, cluster, frames, voice
        self.pipeline = pipeline
        self.main_place = main_place  # the place the report is about (main_place), if any
        self.claims: list[Claim] = []
        self._acts_by_sentence: dict[int, list[Trigger]] | None = None
        self._filed: tuple[int, int] | None = None  # the dateline, when it names no scene

    def claim(self, field: str, value: Any, start: int, end: int, method: str, conf: float) -> None:
        self.claims.append(
            Claim(
                field=field, value=value, start=start, end=end, quote=self.doc.text[start:end],
                method=method, confidence=conf, attributed_to=self.voice,
            )
        )  # fmt: skip

    def build(self, key: str, countries: list[PlaceRef]) -> Mention | None:
        acts = self._acts()
        if not acts:
            return None
        best = max(self.frames, key=lambda f: (len(f.quantities), f.date is not None, -f.start))
        m = Mention(
            doc=self.doc.name, acts=acts, evidence=self.doc.text[best.start : best.end],
            start=best.start, end=best.end, attributed_to=self.voice, incident=key,
            aggregate=self.cluster.aggregate, pipeline=self.pipeline,
        )  # fmt: skip
        self._date(m, best)
        self._place(m, countries)
        self._counts(m)
        self._people(m)
        if self.voice is not None:
            start, end = self.frames[0].voice_span
            self.claim("attributed_to", self.voice, start, end, _by("voices"), 0.8)
        m.claims = self.claims
        return m

    def _acts(self) -> list[str]:
        counter: Counter[str] = Counter()
        claimed = {c.value for c in self.claims if c.field == "act"}  # kept up to date below
        for f in self.frames:
            counter.update(f.acts)
            for t in f.triggers:
                if t.act not in claimed:
                    self.claim("act", t.act, t.start, t.end, _by("acts"), 0.8)
                    claimed.add(t.act)
        if not counter and self.frames[0].wounded:  # the harms of the incident it joined
            q = next(q for q in self.frames[0].quantities if q.category == "injured")
            for act in wounding_acts(self.cluster.acts):
                counter[act] += 1
                self.claim("act", act, q.start, q.end, _by("counts"), 0.5)
        return [a for a, _ in sorted(counter.items(), key=lambda kv: -kv[1])]

    def _date(self, m: Mention, best: Frame) -> None:
        own = [f.date for f in self.frames if f.date and not (f.inherited or f.borrowed)]
        conf = 0.9 if own else 0.6
        if best.date is not None and best.borrowed and not best.inherited:
            own, conf = [best.date], 0.75  # the figure's sentence, dated by its paragraph
        # a single day beats a span of days ("12 to 13 May" ... "on 13 May"): the finer telling
        chosen = min(own, key=_fineness) if own else self.cluster.date
        if chosen is None:
            self._perfect_news(m)
            return
        m.date, m.date_end, m.date_precision = chosen.value, chosen.value_end, chosen.precision
        if chosen.value_end and chosen.precision == DatePrecision.DAY:
            m.date_precision = DatePrecision.RANGE
        self.claim("date", chosen.value, chosen.start, chosen.end, _by("dates"), conf)

    def _perfect_news(self, m: Mention) -> None:
        """ "Police have arrested 14 students after the march", in a dated report that gives
        the act no time: news of the days before publication, dated by its month."""
        published = self.doc.published
        if published is None:
            return
        for f in self.frames:
            if _HABITUAL.search(self.doc.low, f.start, f.end):
                continue  # "the regime has hanged many over the years": no news
            for t in f.triggers:
                aux = _PERFECT_BEFORE.search(self.doc.low, max(f.start, t.start - 30), t.start)
                if aux is None:
                    continue
                m.date, m.date_precision = published.strftime("%Y-%m"), DatePrecision.MONTH
                # (the evidence is the verb's tense: the claim quotes it, with low confidence)
                self.claim("date", m.date, aux.start(), t.end, _by("dates"), 0.4)
                return

    def _place(self, m: Mention, countries: list[PlaceRef]) -> None:
        sentenced = bool(set(m.acts) & JUDICIAL_ACTS)
        # "SAN JOSE, Costa Rica, Sept 18 - The court ordered ... for the 1988 killings": where
        # the report is filed from is the scene of the day's news only
        filed = self.doc.dateline
        self._filed = None
        if filed is not None and not self._news_of_the_day(m):
            dash = _DATELINE_END.search(self.doc.norm, filed.end, filed.end + 60)
            self._filed = (filed.start, dash.start() if dash else filed.end)
        places = [p for f in self.frames for p in f.places if self._scene(p, sentenced)]
        specific = [p for p in places if p.kind != "country"]
        if not specific and self._standing(m):  # told in another sentence of the incident
            home = countries[0].country if countries else None
            specific = [
                p
                for p in self._context_places(home)
                if p.kind != "country" and self._scene(p, sentenced)
            ]
            places = places or [
                p for f in self.cluster.frames for p in f.places if self._scene(p, sentenced)
            ]
        if not specific and self._standing(m):
            # (not in another country the incident is told in: "demonstrations across Sudan",
            # in a briefing whose main place is a village of Burkina Faso)
            told = {
                p.country
                for p in places
                if p.kind == "country" and p.country and not gazetteer().is_demonym(p.name)
            }
            specific = [p for p in self.main_place if not told or p.country in told]
        if not specific and self.doc.dateline is not None and self._news_of_the_day(m):
            specific = [self.doc.dateline]  # the day's news happened where it is filed from
        # "marched towards the city of Cochabamba ... at the bridge in Sacaba": a destination
        # is where the victims were going, not where the act was done
        reached = [p for p in specific if not is_destination(self.doc.norm, p.start)]
        specific = reached or specific
        if specific:
            freq = Counter(p.name for p in specific)
            best = max(
                specific,
                key=lambda p: (self._attached(p), RANK[p.kind], freq[p.name], -p.start),
            )
            m.place = best.name
            conf = 0.8 if best in places else 0.6
            self.claim("place", best.name, best.start, best.end, _by(best.by), conf)
            if best.country:
                m.country = best.country
                self.claim("country", best.country, best.start, best.end, _by(best.by), conf)
                return
        home = countries[0].country if countries else None
        named = (
            [p for p in places if p.kind == "country" and p.country and _home_or_named(p, home)]
            or self._nearby_countries()
            or countries[:1]
        )
        if named:
            freq = Counter(p.country or "" for p in named)
            top = max(
                named,
                key=lambda p: (
                    freq[p.country or ""],
                    not gazetteer().is_demonym(p.name),
                    -p.start,
                ),
            )
            m.country = top.country
            conf = 0.8 if top in places else 0.5
            self.claim("country", top.country, top.start, top.end, _by(top.by), conf)

    def _scene(self, p: PlaceRef, sentenced: bool) -> bool:
        filed = self._filed is not None and self._filed[0] <= p.start < self._filed[1]
        refuge = p.kind == "country" and is_refuge(self.doc.norm, p.start)  # "fled into Chad"
        return not filed and not refuge and is_scene(self.doc.norm, p.start, sentenced)

    def _nearby_countries(self) -> list[PlaceRef]:
        """Countries named in the mention's paragraph and the one before ("inside the
        country", after a paragraph on Tehran): the local story beats the document's."""
        first = min(f.paragraph for f in self.frames)
        last = max(f.paragraph for f in self.frames)
        return [
            p
            for p in self.doc.places
            if p.country
            and first - 1 <= self.doc.sentences[p.sentence].paragraph <= last
            and not is_refuge(self.doc.norm, p.start)  # ("some 250 had fled into Venezuela")
        ]

    def _news_of_the_day(self, m: Mention) -> bool:
        """Dated within the week before publication ("today", "on Tuesday")."""
        published = self.doc.published
        if published is None or not day_precise(m):
            return False
        return 0 <= (published - date.fromisoformat(m.date or "")).days <= 7

    def _standing(self, m: Mention) -> bool:
        """A mention that stands without a place (a figure, a name or a day): only such a
        mention borrows one, so a borrowed place never keeps an empty mention alive."""
        counted = any(q.category for f in self.frames for q in f.quantities)
        named = any(f.persons for f in self.frames)
        return counted or named or day_precise(m)

    def _paragraph_sentences(self) -> list[int]:
        """Sentences of the mention's paragraphs: those before its first frame, nearest first,
        then those after it."""
        paragraphs = {f.paragraph for f in self.frames}
        first = min(f.sentence for f in self.frames)
        mine = {f.sentence for f in self.frames}
        inside = [
            i
            for i, s in enumerate(self.doc.sentences)
            if s.paragraph in paragraphs and i not in mine
        ]
        return [i for i in reversed(inside) if i < first] + [i for i in inside if i > first]

    def _context_places(self, home: str | None) -> list[PlaceRef]:
        """Places of the incident's other frames, else the nearest place of the mention's
        paragraph in the document's main country (a place named abroad is another story)."""
        own = {f.sentence for f in self.frames}
        found = [p for f in self.cluster.frames if f.sentence not in own for p in f.places]
        if any(p.kind != "country" for p in found):
            return found
        order = {i: n for n, i in enumerate(self._paragraph_sentences())}
        near = [
            p
            for p in self.doc.places
            if p.sentence in order and (home is None or p.country in (home, None))
        ]
        near.sort(key=lambda p: order[p.sentence])
        if near:
            return near[:1]
        return self._where_sentence()

    def _where_sentence(self) -> list[PlaceRef]:
        """A sentence right after the mention's paragraph that only says where, with no act
        of its own ("The two men are held in X Central Prison"): the site it names."""
        after = {f.paragraph + 1 for f in self.frames}
        acted = {t.sentence for t in self.doc.triggers}
        for p in self.doc.places:
            paragraph = self.doc.sentences[p.sentence].paragraph
            if paragraph in after and p.kind == "site" and p.sentence not in acted:
                return [p]
        return []

    def _attached(self, p: PlaceRef) -> bool:
        """The place is the act's: a locative preposition joins it to an act word of its
        sentence ("killed ... in X", "the attack on X", "abducted from X")."""
        if self._acts_by_sentence is None:
            self._acts_by_sentence = {}
            for f in self.frames:
                self._acts_by_sentence.setdefault(f.sentence, []).extend(f.triggers)
        for t in self._acts_by_sentence.get(p.sentence, []):
            if 0 <= p.start - t.end <= 80 and ATTACHED.match(self.doc.norm, t.end, p.start):
                return True
        return False

    def _counts(self, m: Mention) -> None:
        by_category: dict[str, list[Any]] = {}
        periods: set[int] = set()  # the figures told of a period ("between December and March")
        for f in self.frames:
            for q in f.quantities:
                if q.category is None or (q.category == "events" and not m.aggregate):
                    continue
                by_category.setdefault(q.category, []).append(q)
                if f.statistic or (f.date is not None and f.date.value_end):
                    periods.add(q.start)
        for category, qs in by_category.items():
            if not all(q.weak for q in qs):
                qs = [q for q in qs if not q.weak]
            qs = summed(qs, self.doc.norm)  # ("45 men and 27 women": 72)
            tolls = whole_tolls(qs, periods)  # (a part of the toll is claimed, not chosen)
            freq = Counter(_key(q.count) for q in tolls)
            best = max(
                tolls,
                key=lambda q: (q.toll, freq[_key(q.count)], q.count.value is not None, -q.start),
            )
            m.counts[category] = best.count
            for q in qs:
                self.claim(f"count:{category}", q.count.to_json(), q.start, q.end, _by("counts"),
                           0.85 if q is best else 0.6)  # fmt: skip
        self._named_counts(m)

    def _named_counts(self, m: Mention) -> None:
        """'Mohsen Shekari, 23, was hanged' → executed 1; 'sentenced A, 39, ... and B, 40' → 2:
        the persons named as the subject of a passive act word, or as the object of a sentence."""
        for f in self.frames:
            if not f.persons or m.aggregate:
                continue
            for t in f.triggers:
                category = t.count_category
                if category not in _NAMED_CATEGORIES or category in m.counts:
                    continue
                before = self.doc.norm[max(f.start, t.start - 24) : t.start]
                if _PASSIVE.search(before):
                    named = [p for p in f.persons if p.end <= t.start]
                elif category == "sentenced":
                    named = [p for p in f.persons if p.start >= t.start]
                else:  # the object: "took the journalist X from his home"
                    named = [p for p in f.persons if t.start <= p.start <= t.end + 40]
                    if not named:
                        continue
                if named:
                    m.counts[category] = Count(value=len(named))
                    first, last = named[0], named[-1]
                    self.claim(f"count:{category}", {"value": len(named)}, first.start,
                               last.end, _by("persons"), 0.6)  # fmt: skip

    def _context_perpetrators(self) -> list[ActorRef]:
        """Perpetrators of the incident's other frames, else the nearest sentence of the
        mention's paragraph that names one ("Residents blamed a pro-government militia")."""
        own = {f.sentence for f in self.frames}
        found = [
            a
            for f in self.cluster.frames
            if f.sentence not in own
            for a in f.actors
            if a.role == "perpetrator"
            and a.kind != "opposition"
            and not _speaks(f, a)
            and not a.admits  # "Police said they had detained 100": that act only
        ]
        if found:
            return found
        by_sentence: dict[int, list[ActorRef]] = {}
        for a in self.doc.actors:
            if (
                a.role == "perpetrator"
                and a.kind not in ("opposition", "judicial")
                and not a.admits
            ):
                by_sentence.setdefault(a.sentence, []).append(a)
        for i in self._paragraph_sentences():
            if i in by_sentence:
                return by_sentence[i]
        return []

    def _people(self, m: Mention) -> None:
        perps: Counter[str] = Counter()
        firsts: dict[str, Any] = {}
        # a court passes sentences; it kills, tortures or detains no one ("the Delhi High
        # Court convicted 16 men for the killing of 42")
        barred = ("opposition",) if set(m.acts) & SENTENCES else ("opposition", "judicial")
        for f in self.frames:
            for a in f.actors:
                if a.role == "perpetrator" and a.kind not in barred and not _speaks(f, a):
                    key = a.name.lower()
                    perps[key] += 1
                    firsts.setdefault(key, a)
        if not perps and not set(m.acts) & _GATHERINGS:  # named in another sentence
            for a in self._context_perpetrators():
                if a.kind in barred:
                    continue
                key = a.name.lower()
                perps[key] += 1
                firsts.setdefault(key, a)
        if perps and all(firsts[k].kind == "group" for k in perps):  # "gunmen" of a named group
            named = named_force([a for f in self.cluster.frames for a in f.actors])
            if named is not None:
                perps[named.name.lower()] += 1
                firsts.setdefault(named.name.lower(), named)
        for key, _ in perps.most_common(_MAX_PERPETRATORS):
            a = firsts[key]
            m.perpetrators.append(a.name)
            self.claim("perpetrator", a.name, a.start, a.end, _by("actors"), 0.7)
        victims = [
            q
            for f in self.frames
            for q in f.quantities
            if q.head and q.category in _VICTIM_CATEGORIES
        ]
        if victims:
            q = victims[0]
            m.victims = q.head
            self.claim("victims", q.head, q.head_start, q.head_end, _by("counts"), 0.6)
        seen: set[str] = set()
        for f in self.frames:
            for p in f.persons:
                if p.name not in seen:
                    seen.add(p.name)
                    m.named_victims.append(p.name)
                    self.claim("named_victim", p.name, p.start, p.end, _by("persons"), 0.6)


def _fineness(d: Any) -> tuple[int, int]:
    precision = DatePrecision.RANGE if d.value_end else d.precision
    return precision_rank(precision), d.start


def _key(count: Count) -> tuple[Any, ...]:
    return (count.value, count.min, count.max, count.vague)
