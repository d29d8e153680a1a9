"""Reconciliation: what the sources of one incident say, side by side, and a grade.

For each count category the claims are kept as stated (value, source, voice, quote); the range
``low``–``high`` and a ``best`` value follow a named rule from :data:`RULES`; ``contested`` is set
when credible independent voices state figures that cannot both be true. Dates, places, country,
perpetrators and acts are reconciled with the sources behind each value. Nothing is averaged.
Every rule is spelled out in docs/methodology.md so that a reader can recompute it by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from factfinder.errors import FactfinderError
from factfinder.link.features import date_window
from factfinder.link.names import actors_match, fold_actor, fold_place, places_match
from factfinder.model import (
    Count,
    DatePrecision,
    Figure,
    FigureClaim,
    Grade,
    Incident,
    Mention,
    Source,
)


class ReconcileError(FactfinderError):
    """An incident cannot be reconciled as asked (unknown rule, no mentions)."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """What reconciliation needs to know about a source: who publishes it, what it copies."""

    id: str
    publisher: str | None = None
    near_duplicate_of: str | None = None
    published: date | None = None
    title: str | None = None

    @classmethod
    def from_source(cls, source: Source) -> SourceInfo:
        return cls(
            id=source.id,
            publisher=source.publisher,
            near_duplicate_of=source.near_duplicate_of,
            published=source.published,
            title=source.title,
        )


@dataclass(frozen=True, slots=True)
class Voice:
    """Who makes a claim: ``key`` decides independence, ``name`` is shown."""

    key: str
    name: str


@dataclass(slots=True)
class ValueClaims:
    """One reconciled value of a non-count field, with everyone who states it."""

    value: str
    voices: list[str] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)
    mention_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Reconciliation:
    """The incident, plus the values behind each of its reconciled fields."""

    incident: Incident
    dates: list[ValueClaims]
    date_contested: bool
    places: list[ValueClaims]
    countries: list[ValueClaims]
    perpetrators: list[ValueClaims]
    acts: list[ValueClaims]
    voices: list[str]


# ---------------------------------------------------------------------------------------- voices


def source_of(mention: Mention) -> str:
    return mention.source_id or mention.doc


def root_source(source_id: str, sources: Mapping[str, SourceInfo]) -> str:
    """Follow ``near_duplicate_of`` to the original a syndicated copy reproduces."""
    seen = {source_id}
    current = source_id
    while (info := sources.get(current)) is not None and info.near_duplicate_of:
        if info.near_duplicate_of in seen:
            break
        current = info.near_duplicate_of
        seen.add(current)
    return current


def voice_of(mention: Mention, sources: Mapping[str, SourceInfo]) -> Voice:
    """The attributed originator, else the publisher of the (original) source, else its id."""
    if mention.attributed_to and mention.attributed_to.strip():
        return Voice(fold_actor(mention.attributed_to), mention.attributed_to.strip())
    root = root_source(source_of(mention), sources)
    info = sources.get(root)
    if info is not None and info.publisher and info.publisher.strip():
        return Voice(fold_actor(info.publisher), info.publisher.strip())
    label = (info.title if info is not None and info.title else None) or root[:12]
    return Voice(f"source:{root}", label)


# --------------------------------------------------------------------------------------- figures


@dataclass(frozen=True, slots=True)
class _Stated:
    claim: FigureClaim
    key: str  # independence key of its voice

    @property
    def count(self) -> Count:
        return self.claim.value

    @property
    def credible(self) -> bool:
        return not self.count.vague and self.count.low is not None

    def interval(self) -> tuple[int, float]:
        low = self.count.low or 0
        high = self.count.high
        return low, float("inf") if high is None else float(high)


def _credible(stated: Sequence[_Stated]) -> list[_Stated]:
    return [s for s in stated if s.credible]


def conservative(stated: Sequence[_Stated]) -> int | None:
    """Lowest exact figure of a credible claim; else the lowest credible lower bound."""
    credible = _credible(stated)
    exact = [s.count.value for s in credible if s.count.value is not None]
    if exact:
        return min(exact)
    bounds = [s.count.low for s in credible if s.count.low is not None]
    return min(bounds) if bounds else None


def range_only(stated: Sequence[_Stated]) -> int | None:
    """The IBC way: no single best value, the range low–high is the answer."""
    return None


def corroborated(stated: Sequence[_Stated]) -> int | None:
    """Highest exact figure stated by two or more independent voices; else conservative."""
    voices: dict[int, set[str]] = {}
    for s in _credible(stated):
        if s.count.value is not None:
            voices.setdefault(s.count.value, set()).add(s.key)
    agreed = [value for value, keys in voices.items() if len(keys) >= 2]
    return max(agreed) if agreed else conservative(stated)


RULES: dict[str, Callable[[Sequence[_Stated]], int | None]] = {
    "conservative": conservative,
    "range": range_only,
    "corroborated": corroborated,
}


def _low_high(stated: Sequence[_Stated]) -> tuple[int | None, int | None]:
    """low = smallest figure stated; high = largest figure stated (an open "at least N"
    states N). Vague claims take part only when no credible claim exists."""
    pool = _credible(stated) or [s for s in stated if s.count.low is not None]
    lows = [s.count.low for s in pool if s.count.low is not None]
    highs = [s.count.high if s.count.high is not None else s.count.low for s in pool]
    finite = [h for h in highs if h is not None]
    return (min(lows) if lows else None), (max(finite) if finite else None)


def is_contested(stated: Sequence[_Stated]) -> bool:
    """Two credible claims of different voices whose allowed values cannot both be true."""
    credible = _credible(stated)
    for i, a in enumerate(credible):
        a_lo, a_hi = a.interval()
        for b in credible[i + 1 :]:
            if a.key == b.key:
                continue
            b_lo, b_hi = b.interval()
            if a_hi < b_lo or b_hi < a_lo:
                return True
    return False


def reconcile_figure(category: str, stated: Sequence[_Stated], rule: str) -> Figure:
    """One count category: all claims, low/high, best by ``rule``, contested, voices."""
    low, high = _low_high(stated)
    ordered = sorted(stated, key=lambda s: (s.count.low or 0, s.claim.source_id, s.claim.voice))
    return Figure(
        category=category,
        claims=[s.claim for s in ordered],
        low=low,
        high=high,
        best=RULES[rule](stated),
        rule=rule,
        contested=is_contested(stated),
        voices=len({s.key for s in stated}),
    )


def _figure_claim(mention: Mention, category: str, count: Count, voice: Voice) -> FigureClaim:
    quote, claim_id = mention.evidence, None
    for claim in mention.claims:
        if claim.field == f"count:{category}":
            quote, claim_id = claim.quote, claim.id
            break
    return FigureClaim(
        value=count,
        source_id=source_of(mention),
        voice=voice.name,
        quote=quote,
        mention_id=mention.id,
        claim_id=claim_id,
    )


def reconcile_figures(
    mentions: Sequence[Mention], voices: Sequence[Voice], rule: str
) -> dict[str, Figure]:
    by_category: dict[str, list[_Stated]] = {}
    for mention, voice in zip(mentions, voices, strict=True):
        for category, count in mention.counts.items():
            claim = _figure_claim(mention, category, count, voice)
            by_category.setdefault(category, []).append(_Stated(claim, voice.key))
    return {c: reconcile_figure(c, s, rule) for c, s in sorted(by_category.items())}


# ---------------------------------------------------------------------------- non-count fields


@dataclass(slots=True)
class _Group:
    """Mentions stating one value (spellings folded together), with their voice keys."""

    folded: str
    claims: ValueClaims
    keys: set[str] = field(default_factory=set)
    spellings: dict[str, set[str]] = field(default_factory=dict)

    def add(self, spelling: str, mention: Mention, voice: Voice) -> None:
        if voice.key not in self.keys:
            self.claims.voices.append(voice.name)
        self.keys.add(voice.key)
        self.spellings.setdefault(spelling, set()).add(voice.key)
        if source_of(mention) not in self.claims.source_ids:
            self.claims.source_ids.append(source_of(mention))
        if mention.id is not None:
            self.claims.mention_ids.append(mention.id)

    def display(self) -> str:
        """Spelling stated by most voices; ties: the longer (more specific), then a–z."""
        return min(self.spellings, key=lambda s: (-len(self.spellings[s]), -len(s), s))


def _group_values(
    entries: Iterable[tuple[str, Mention, Voice]],
    fold: Callable[[str], str],
    match: Callable[[str, str], bool],
) -> list[_Group]:
    groups: list[_Group] = []
    for spelling, mention, voice in entries:
        folded = fold(spelling)
        group = next((g for g in groups if g.folded == folded or match(g.folded, folded)), None)
        if group is None:
            group = _Group(folded, ValueClaims(spelling))
            groups.append(group)
        group.add(spelling, mention, voice)
    for group in groups:
        group.claims.value = group.display()
    groups.sort(key=lambda g: (-len(g.keys), g.claims.value))
    return groups


def _exact(a: str, b: str) -> bool:
    return a == b


def _date_value(mention: Mention) -> str | None:
    if not mention.date:
        return None
    return f"{mention.date}/{mention.date_end}" if mention.date_end else mention.date


def _value_window(value: str) -> tuple[int, int] | None:
    start, _, end = value.partition("/")
    return date_window(start, end or None)


def _disagree(a: _Group, b: _Group) -> bool:
    return any(ka != kb for ka in a.keys for kb in b.keys)


@dataclass(frozen=True, slots=True)
class _DateResult:
    groups: list[_Group]
    chosen: _Group | None
    contested: bool


def reconcile_dates(mentions: Sequence[Mention], voices: Sequence[Voice]) -> _DateResult:
    """Chosen date: the most precise value (shortest window) whose window overlaps those of a
    majority of the voices; ties go to the larger support, then the earliest. Without any
    majority, the most precise value overall. Contested: two voices state dates whose windows
    do not overlap."""
    entries = [
        (value, m, v) for m, v in zip(mentions, voices, strict=True) if (value := _date_value(m))
    ]
    groups = _group_values(entries, lambda s: s, _exact)
    windows = {id(g): _value_window(g.folded) for g in groups}
    dated = [g for g in groups if windows[id(g)] is not None]

    def overlaps(a: _Group, b: _Group) -> bool:
        wa, wb = windows[id(a)], windows[id(b)]
        return wa is not None and wb is not None and wa[0] <= wb[1] and wb[0] <= wa[1]

    all_voices = set().union(*(g.keys for g in dated)) if dated else set()

    def support(g: _Group) -> int:
        return len(set().union(*(o.keys for o in dated if overlaps(g, o))))

    def rank(g: _Group) -> tuple[bool, int, int, str]:
        # The most precise date a majority of voices is compatible with; a coarser date that
        # merely contains it ("2013" around "2013-09-01") does not win by containing more.
        window = windows[id(g)] or (0, 0)
        majority = 2 * support(g) > len(all_voices)
        return (not majority, window[1] - window[0], -support(g), g.folded)

    chosen = min(dated, key=rank) if dated else None
    contested = any(
        not overlaps(a, b) and _disagree(a, b) for i, a in enumerate(dated) for b in dated[i + 1 :]
    )
    return _DateResult(groups, chosen, contested)


def _precision_of(mentions: Sequence[Mention], value: str) -> DatePrecision:
    for mention in mentions:
        if _date_value(mention) == value:
            return mention.date_precision
    return DatePrecision.UNKNOWN


def _entries(
    mentions: Sequence[Mention], voices: Sequence[Voice], values: Callable[[Mention], list[str]]
) -> list[tuple[str, Mention, Voice]]:
    return [(x, m, v) for m, v in zip(mentions, voices, strict=True) for x in values(m) if x]


# ------------------------------------------------------------------------------------- incident


def grade_of(figures: Mapping[str, Figure], date_contested: bool, voices: int) -> Grade:
    """contested > corroborated (two or more independent voices) > single source."""
    if date_contested or any(f.contested for f in figures.values()):
        return Grade.CONTESTED
    return Grade.CORROBORATED if voices >= 2 else Grade.SINGLE_SOURCE


def _title(acts: Sequence[str], place: str | None, when: str | None) -> str:
    text = ", ".join(a.replace("_", " ") for a in acts) or "incident"
    if place:
        text += f" at {place}"
    return f"{text}, {when}" if when else text


def reconcile_details(
    incident_id: str,
    mentions: Sequence[Mention],
    sources: Mapping[str, SourceInfo],
    *,
    rule: str = "conservative",
) -> Reconciliation:
    """Reconcile every field of one incident; the result keeps the values behind each field."""
    if rule not in RULES:
        raise ReconcileError(rule, f"unknown rule; use one of {', '.join(sorted(RULES))}")
    if not mentions:
        raise ReconcileError(incident_id, "an incident needs at least one mention")
    ordered = sorted(mentions, key=lambda m: (source_of(m), m.id or "", m.evidence))
    voices = [voice_of(m, sources) for m in ordered]
    figures = reconcile_figures(ordered, voices, rule)
    dates = reconcile_dates(ordered, voices)
    places = _group_values(
        _entries(ordered, voices, lambda m: [m.place or ""]), fold_place, places_match
    )
    countries = _group_values(
        _entries(ordered, voices, lambda m: [(m.country or "").upper()]), str, _exact
    )
    actors = _group_values(
        _entries(ordered, voices, lambda m: m.perpetrators), fold_actor, actors_match
    )
    acts = _group_values(_entries(ordered, voices, lambda m: m.acts), str, _exact)
    distinct = {v.key: v.name for v in voices}
    chosen = dates.chosen.folded if dates.chosen else None
    start, _, end = (chosen or "").partition("/")
    place = places[0].claims.value if places else None
    act_codes = [g.claims.value for g in acts]
    incident = Incident(
        id=incident_id,
        mention_ids=sorted(m.id for m in ordered if m.id),
        acts=act_codes,
        date=start or None,
        date_end=end or None,
        date_precision=_precision_of(ordered, chosen) if chosen else DatePrecision.UNKNOWN,
        place=place,
        country=countries[0].claims.value if countries else None,
        perpetrators=[g.claims.value for g in actors],
        figures=figures,
        grade=grade_of(figures, dates.contested, len(distinct)),
        title=_title(act_codes, place, (chosen or "").replace("/", "–") or None),
        aggregate=any(m.aggregate for m in ordered),
    )
    return Reconciliation(
        incident=incident,
        dates=[g.claims for g in dates.groups],
        date_contested=dates.contested,
        places=[g.claims for g in places],
        countries=[g.claims for g in countries],
        perpetrators=[g.claims for g in actors],
        acts=[g.claims for g in acts],
        voices=sorted(distinct.values()),
    )


def reconcile_incident(
    incident_id: str,
    mentions: Sequence[Mention],
    sources: Mapping[str, SourceInfo],
    *,
    rule: str = "conservative",
) -> Incident:
    """Reconcile one incident's mentions into an :class:`Incident` (figures, fields, grade).

    ``Incident.analyst_grade`` is left unset: the analyst's grade lives beside the computed one.
    """
    return reconcile_details(incident_id, mentions, sources, rule=rule).incident
