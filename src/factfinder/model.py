"""Domain objects of factfinder: plain typed dataclasses, no I/O.

Every module speaks in these types: ingestion makes :class:`Source`, extraction makes
:class:`Mention` with its :class:`Claim` list, linking groups mentions into :class:`Incident`,
the persons registry holds :class:`Person`, :class:`VictimList` and :class:`ListRecord`.
The store maps them to tables; the JSONL exchange format (``gold-format.md``) is produced by
:meth:`Mention.to_gold` and read by :meth:`Mention.from_gold`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Act(StrEnum):
    """Act codes of ``taxonomy.md``: what was done."""

    KILLING = "killing"
    EXECUTION = "execution"
    DEATH_SENTENCE = "death_sentence"
    IMPRISONMENT = "imprisonment"
    ABDUCTION = "abduction"
    ARREST = "arrest"
    TORTURE = "torture"
    ATTACK = "attack"
    SIEGE = "siege"
    DISPLACEMENT = "displacement"
    DESTRUCTION = "destruction"
    PROTEST = "protest"
    CRACKDOWN = "crackdown"
    HUNGER_STRIKE = "hunger_strike"


class CountCategory(StrEnum):
    """Count categories of ``taxonomy.md``: what a number counts."""

    KILLED = "killed"
    INJURED = "injured"
    ABDUCTED = "abducted"
    ARRESTED = "arrested"
    EXECUTED = "executed"
    SENTENCED = "sentenced"
    VICTIMS = "victims"
    PARTICIPANTS = "participants"
    EVENTS = "events"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"
    UNKNOWN = "unknown"


class PublishedBasis(StrEnum):
    """How a source's publication date is known."""

    STATED = "stated"  # the document says it (byline, meta tag)
    INFERRED = "inferred"  # deduced (e.g. from "eight years ago on this day")
    GIVEN = "given"  # supplied by the user (command line or manifest)
    CAPTURED = "captured"  # only the capture time of a web archive is known
    UNKNOWN = "unknown"


class ReviewState(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    CORRECTED = "corrected"


class Grade(StrEnum):
    """Computed corroboration grade of an incident (docs/methodology.md)."""

    SINGLE_SOURCE = "single source"
    CORROBORATED = "corroborated"
    CONTESTED = "contested"


class AnalystGrade(StrEnum):
    """The analyst's own grade, kept beside the computed one (Airwars-like)."""

    CONFIRMED = "confirmed"
    FAIR = "fair"
    WEAK = "weak"
    CONTESTED = "contested"
    DISCOUNTED = "discounted"


class PersonRole(StrEnum):
    VICTIM = "victim"
    PERPETRATOR = "perpetrator"
    WITNESS = "witness"
    OTHER = "other"


def stable_id(*parts: object, prefix: str = "", length: int = 16) -> str:
    """A deterministic id from its parts (``hashlib``, never ``hash()``)."""
    payload = json.dumps([str(p) for p in parts], ensure_ascii=False)
    digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]
    return f"{prefix}{digest}"


@dataclass(frozen=True, slots=True)
class Count:
    """A figure as stated: exact (``value``), bounded (``min``/``max``) or vague.

    "52" → value 52; "at least nine" → min 9; "more than 140" → min 141;
    "dozens" → min 24, max None, vague; "between 40 and 50" → min 40, max 50.
    """

    value: int | None = None
    min: int | None = None
    max: int | None = None
    vague: bool = False

    @property
    def low(self) -> int | None:
        return self.value if self.value is not None else self.min

    @property
    def high(self) -> int | None:
        return self.value if self.value is not None else self.max

    def to_json(self) -> dict[str, Any]:
        if self.value is not None:
            return {"value": self.value}
        out: dict[str, Any] = {"min": self.min}
        if self.max is not None or self.vague:
            out["max"] = self.max
        if self.vague:
            out["vague"] = True
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Count:
        return cls(
            value=data.get("value"),
            min=data.get("min"),
            max=data.get("max"),
            vague=bool(data.get("vague", False)),
        )


@dataclass(slots=True)
class Source:
    """One report as ingested. ``id`` is the SHA-256 of the original bytes."""

    id: str
    text: str
    media_type: str
    size: int
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    author: str | None = None
    published: date | None = None
    published_basis: PublishedBasis = PublishedBasis.UNKNOWN
    captured_at: datetime | None = None
    language: str | None = None
    filename: str | None = None
    origin: str | None = None  # path or URL it was ingested from
    near_duplicate_of: str | None = None  # id of the source this one copies
    reliability: str | None = None  # analyst-set
    added_at: datetime | None = None
    added_by: str | None = None
    simhash: int | None = None
    parent_id: str | None = None  # the WARC file a record came from
    notes: list[str] = field(default_factory=list)
    extracted_with: str | None = None  # pipeline version of the last extraction

    @property
    def sha256(self) -> str:
        return self.id.split(":", 1)[0]

    @property
    def doc(self) -> str:
        """The name used in gold-format lines: file name, else source id."""
        return self.filename or self.id


@dataclass(slots=True)
class Claim:
    """One field value with its evidence in one source."""

    field: str  # "acts", "date", "place", "country", "count:killed", "perpetrator", ...
    value: Any  # JSON-able, normalised
    start: int
    end: int
    quote: str
    method: str  # "component@version", or "manual:<user>"
    confidence: float = 1.0
    attributed_to: str | None = None
    review: ReviewState = ReviewState.PENDING
    reviewer: str | None = None
    id: str | None = None
    mention_id: str | None = None
    source_id: str | None = None
    supersedes: str | None = None  # id of the claim a correction replaces

    @property
    def is_manual(self) -> bool:
        return self.method.startswith("manual:")


@dataclass(slots=True)
class Mention:
    """One incident as one source (in one voice) tells it: a gold-format line."""

    doc: str
    acts: list[str]
    evidence: str
    date: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    place: str | None = None
    country: str | None = None
    counts: dict[str, Count] = field(default_factory=dict)
    perpetrators: list[str] = field(default_factory=list)
    victims: str | None = None
    named_victims: list[str] = field(default_factory=list)
    attributed_to: str | None = None
    aggregate: bool = False
    start: int = 0
    end: int = 0
    claims: list[Claim] = field(default_factory=list)
    source_id: str | None = None
    incident: str | None = None
    id: str | None = None
    pipeline: str | None = None  # pipeline name@version that produced it
    core: bool | None = None  # gold only

    def to_gold(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "incident": self.incident,
            "acts": list(self.acts),
            "date": self.date,
            "date_end": self.date_end,
            "date_precision": str(self.date_precision),
            "place": self.place,
            "country": self.country,
            "counts": {k: c.to_json() for k, c in self.counts.items()},
            "perpetrators": list(self.perpetrators),
            "victims": self.victims,
            "named_victims": list(self.named_victims),
            "attributed_to": self.attributed_to,
            "evidence": self.evidence,
            "aggregate": self.aggregate,
        }

    @classmethod
    def from_gold(cls, data: dict[str, Any]) -> Mention:
        return cls(
            doc=str(data["doc"]),
            incident=data.get("incident"),
            acts=list(data.get("acts") or []),
            date=data.get("date"),
            date_end=data.get("date_end"),
            date_precision=DatePrecision(data.get("date_precision") or "unknown"),
            place=data.get("place"),
            country=data.get("country"),
            counts={k: Count.from_json(v) for k, v in (data.get("counts") or {}).items()},
            perpetrators=list(data.get("perpetrators") or []),
            victims=data.get("victims"),
            named_victims=list(data.get("named_victims") or []),
            attributed_to=data.get("attributed_to"),
            evidence=str(data.get("evidence") or ""),
            aggregate=bool(data.get("aggregate", False)),
            core=data.get("core"),
        )


@dataclass(slots=True)
class FigureClaim:
    """One value of one figure of an incident, with who states it."""

    value: Count
    source_id: str
    voice: str  # attributed_to, or the source's publisher/id when it speaks itself
    quote: str
    mention_id: str | None = None
    claim_id: str | None = None


@dataclass(slots=True)
class Figure:
    """A reconciled figure (one count category) of an incident."""

    category: str
    claims: list[FigureClaim]
    low: int | None
    high: int | None
    best: int | None
    rule: str
    contested: bool
    voices: int  # independent voices behind the claims


@dataclass(slots=True)
class Incident:
    """A cluster of mentions of one real-world incident, with reconciled figures."""

    id: str
    mention_ids: list[str]
    acts: list[str]
    date: str | None = None
    date_end: str | None = None
    date_precision: DatePrecision = DatePrecision.UNKNOWN
    place: str | None = None
    country: str | None = None
    perpetrators: list[str] = field(default_factory=list)
    figures: dict[str, Figure] = field(default_factory=dict)
    grade: Grade = Grade.SINGLE_SOURCE
    analyst_grade: AnalystGrade | None = None
    title: str | None = None
    aggregate: bool = False


@dataclass(slots=True)
class Actor:
    """An organisation, unit or authority, with its aliases."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str | None = None  # state force, militia, party, NGO, UN body, ...
    country: str | None = None


@dataclass(slots=True)
class Place:
    """A gazetteer entry: GeoNames id where one exists, or the project's own site entry."""

    id: str
    name: str
    kind: str  # country, province, city, camp, prison, site
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    parent_id: str | None = None
    geonames_id: int | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Person:
    """A named individual, with name variants in any script."""

    id: str
    name: str
    variants: list[str] = field(default_factory=list)
    role: PersonRole = PersonRole.VICTIM
    sex: str | None = None
    age: int | None = None
    birth_year: int | None = None
    affiliation: str | None = None
    place: str | None = None
    harm: str | None = None
    harm_date: str | None = None
    confidential: bool = False


@dataclass(slots=True)
class VictimList:
    """An imported list of victims from one organisation."""

    id: str
    name: str
    filename: str | None = None
    sha256: str | None = None
    imported_at: datetime | None = None
    mapping: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ListRecord:
    """One row of a victim list."""

    list_id: str
    record: str  # the record's id in its list
    name: str
    fields: dict[str, Any] = field(default_factory=dict)
    person_id: str | None = None
    row: int | None = None
