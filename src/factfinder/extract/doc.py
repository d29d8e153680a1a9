"""The document object the extraction components read and write, and the component protocol.

Every annotation is a character span of ``Doc.text`` (``norm`` has the same length: its
characters are one-to-one replacements such as Persian digits → ASCII digits), so an
annotation's quote is always ``doc.text[start:end]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from factfinder.extract.scan import SentenceIndex
from factfinder.extract.tables import Table
from factfinder.model import Count, DatePrecision


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    heading: bool = False  # a title or caption line: read for context, not for incidents
    quote_voice: str | None = None  # inside a quotation of this voice
    voice: str | None = None  # voice of the whole sentence (quotation or reported speech)
    voice_start: int = 0
    voice_end: int = 0
    ref_date: date | None = None  # reference for relative dates (statement date or publication)
    commemoration: bool = False
    stamp: DateRef | None = None  # the entry stamp above it in a live blog ("Mon 9 Jan, 23:10")


@dataclass(slots=True)
class Trigger:
    act: str
    start: int
    end: int
    sentence: int
    count_category: str
    listed: bool = False  # the term of an item of a list of sentences passed (acts.py)


@dataclass(slots=True)
class DateRef:
    """A resolved date expression. ``value``/``end`` are ISO strings at their precision."""

    start: int
    end: int
    sentence: int
    value: str
    precision: DatePrecision
    value_end: str | None = None
    meta: bool = False  # a date of the telling (statement, publication), not of an event
    relative: bool = False
    attached: bool = False  # modifies an event noun ("the 1988 massacre")


@dataclass(slots=True)
class Quantity:
    """A number in the text with the category it counts (once assigned)."""

    start: int
    end: int
    sentence: int
    count: Count
    category: str | None = None
    head: str | None = None  # the counted noun phrase ("MEK members")
    head_start: int = 0
    head_end: int = 0
    subset: bool = False  # "six of whom", "including six women"
    weak: bool = False  # "a young activist": one person, used when no figure is given
    total: bool = False  # "puts the number of people killed in the campaign at": a total
    toll: bool = False  # "put the death toll of the day at 85": the voice's toll, told as such
    trigger: int | None = None  # index into Doc.triggers


@dataclass(slots=True)
class PlaceRef:
    start: int
    end: int
    sentence: int
    name: str
    kind: str  # site, city, province, country
    country: str | None
    by: str = "places"  # the component that found it (claims name it with its version)


@dataclass(slots=True)
class ActorRef:
    start: int
    end: int
    sentence: int
    name: str  # as the source names it (acronyms expanded)
    kind: str
    role: str | None = None  # "perpetrator", "victim" or None
    admits: bool = False  # the voice tells its own act ("Police said they had detained 30")


@dataclass(slots=True)
class PersonRef:
    start: int
    end: int
    sentence: int
    name: str
    age: int | None = None


@dataclass(slots=True)
class Doc:
    """A report under extraction: text, sentences and the annotations components add."""

    text: str
    norm: str
    name: str
    published: date | None
    publisher: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    places: list[PlaceRef] = field(default_factory=list)
    actors: list[ActorRef] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)
    self_voices: set[str] = field(default_factory=set)
    tables: list[Table] = field(default_factory=list)  # tables of figures (tables.py)
    boilerplate: list[tuple[int, int]] = field(default_factory=list)
    dateline: PlaceRef | None = None  # the town the report is filed from ("LIMA, 7 April")
    notes: list[str] = field(default_factory=list)
    stop: bool = False  # set when the text cannot be processed further
    low: str = ""  # ``norm`` lower-cased, same length (for case-insensitive lexicons)
    index: SentenceIndex | None = None

    def sentence_of(self, start: int, end: int) -> int | None:
        """The sentence that contains ``[start, end)``, or None (boilerplate, across two)."""
        if self.index is None:
            self.index = SentenceIndex([(s.start, s.end) for s in self.sentences])
        return self.index.of(start, end)

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.norm[s.start : s.end]


class Component(Protocol):
    """A named, versioned pipeline step: reads some annotations, writes others."""

    name: str
    version: str
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Doc) -> Doc: ...
