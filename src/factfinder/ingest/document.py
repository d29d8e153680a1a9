"""Value types of ingestion: what is read (:class:`RawInput`) and what is parsed from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from factfinder.model import PublishedBasis

InputKind = Literal["path", "url"]


@dataclass(frozen=True, slots=True)
class InputItem:
    """One thing to ingest: a file path or an http(s) URL, as the user named it."""

    kind: InputKind
    value: str

    @property
    def is_url(self) -> bool:
        return self.kind == "url"


@dataclass(frozen=True, slots=True)
class RawInput:
    """The bytes of one input, untouched, with what was declared about them.

    ``media_type`` and ``charset`` are hints (file extension, HTTP ``Content-Type``); the parser
    sniffs the bytes and trusts them over the hints. ``url`` is the final URL after redirects.
    """

    data: bytes
    origin: str
    fetched_at: datetime
    media_type: str | None = None
    charset: str | None = None
    filename: str | None = None
    url: str | None = None


@dataclass(slots=True)
class ParsedDocument:
    """One document found in an input, ready to become a :class:`factfinder.model.Source`.

    ``original`` is the exact byte string that is this document's original: the whole file, or for
    a WARC record the HTTP response payload (transfer- and content-decoding undone). ``text`` is the
    clean text every span refers to. ``page_offsets[i]`` is the character offset in ``text`` where
    PDF page ``i`` starts. ``notes`` tell a user what was done or doubted (one line each).
    """

    original: bytes
    text: str
    media_type: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    published_basis: PublishedBasis = PublishedBasis.UNKNOWN
    language: str | None = None
    url: str | None = None
    captured_at: datetime | None = None
    filename: str | None = None
    pages: int | None = None
    page_offsets: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    parent: str | None = None


class ParseResult(list[ParsedDocument]):
    """The documents parsed from one input: a list, plus what went wrong with the container.

    ``partial`` is true when the input was damaged part-way (a truncated WARC): the documents read
    before the damage are in the list and ``problem`` says where it broke; the caller should keep
    the documents *and* report the input as a failure. ``notes`` hold container-level remarks
    (records skipped and why), which belong to no single document.
    """

    def __init__(
        self,
        documents: list[ParsedDocument] | None = None,
        *,
        partial: bool = False,
        problem: str | None = None,
        notes: list[str] | None = None,
    ) -> None:
        super().__init__(documents or [])
        self.partial = partial
        self.problem = problem
        self.notes: list[str] = list(notes or [])


def brief_error(error: BaseException) -> str:
    """A library exception as a short single line, for the end of a user-facing reason."""
    message = " ".join(str(error).split()) or type(error).__name__
    return message[:160]
