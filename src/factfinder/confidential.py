"""Confidentiality: what must never leave through public views, viewer answers or public exports.

Analysts mark a whole person, source or claim, or one field of it (a witness's name, a victim's
family contact), with :func:`mark`; every mark and unmark is an audit event. A :class:`Redactor`,
built from the marks at the moment data leaves, is the one place where confidential data is
taken out: the public exports, the public fact sheet and the web app (anonymous visitors and
viewers) all pass what they send through it.

What it does, in order, to any JSON-like value (dicts, lists, strings):

* a person marked whole (or ``persons.confidential``) is dropped from lists;
* an object marked whole (a source, a claim) keeps its numbers but its words are withheld:
  title, publisher, URL, quote, evidence, text, ...;
* a marked field is replaced by ``[withheld]`` (or null when it is not text);
* in every remaining string, each confidential name (with its variants and every form sources
  write it in) and each marked text value is replaced by ``[withheld]``.

Source texts are redacted with their spans remapped (:meth:`Redactor.source_text`), so highlighted
claims still point at the right words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, select, update

from factfinder.errors import FactfinderError, NotFoundError
from factfinder.store import Store
from factfinder.store.schema import (
    claims,
    confidential_marks,
    list_records,
    person_mentions,
    persons,
    sources,
)

WITHHELD = "[withheld]"
WHOLE = "*"
MIN_SCRUB = 3  # marked values shorter than this (e.g. sex "m") are blanked, not searched for
TABLES = {"person": persons, "source": sources, "claim": claims}
FIELDS: dict[str, tuple[str, ...]] = {
    "person": (
        "name",
        "variants",
        "sex",
        "age",
        "birth_year",
        "affiliation",
        "place",
        "harm",
        "harm_date",
    ),
    "source": ("title", "publisher", "url", "author", "filename"),
    "claim": ("quote", "value", "attributed_to"),
}
SCRUB_WHOLE = {"source": ("title", "url", "author", "filename"), "claim": ("quote", "value")}
# Words of an object marked whole: withheld wherever a dict stands for it.
WORDS = (
    "title",
    "publisher",
    "url",
    "author",
    "filename",
    "origin",
    "text",
    "quote",
    "evidence",
    "snippet",
    "name",
    "variants",
    "attributed_to",
    "value",
    "voice",
    "place",
    "affiliation",
)
_MARKERS = "\ue000\ue001"  # search-snippet highlight markers may sit inside a name


class ConfidentialError(FactfinderError):
    """A confidentiality mark cannot be made as asked."""


@dataclass(frozen=True, slots=True)
class Mark:
    kind: str
    object_id: str
    field: str
    marked_by: str
    marked_at: datetime


# ----------------------------------------------------------------------------------- marking


def _check(kind: str, fld: str | None) -> str:
    if kind not in TABLES:
        raise ConfidentialError(f"kind {kind!r}", f"unknown kind: use one of {', '.join(TABLES)}")
    fld = fld or WHOLE
    if fld != WHOLE and fld not in FIELDS[kind]:
        raise ConfidentialError(
            f"{kind} field {fld!r}", f"unknown field: use one of {', '.join(FIELDS[kind])}"
        )
    return fld


def _resolve(conn: Connection, kind: str, ref: str) -> str:
    table = TABLES[kind]
    rows = conn.execute(select(table.c.id).where(table.c.id == ref)).scalars().all()
    if not rows and len(ref) >= 6:
        rows = (
            conn.execute(select(table.c.id).where(table.c.id.like(f"{ref}%")).limit(2))
            .scalars()
            .all()
        )
    if len(rows) != 1:
        what = "no such" if not rows else "more than one"
        raise NotFoundError(f"{kind} {ref}", f"{what} {kind}: give the full id")
    return str(rows[0])


def mark(store: Store, kind: str, ref: str, fld: str | None = None, *, on: bool = True) -> str:
    """Mark (or with ``on=False`` unmark) a person, source or claim, or one of its fields.

    Returns the full id of the object. Marking a whole person also sets ``persons.confidential``.
    Each call is one audit event (``confidential_mark`` / ``confidential_unmark``).
    """
    fld = _check(kind, fld)
    with store.write() as conn:
        object_id = _resolve(conn, kind, ref)
        where = (
            (confidential_marks.c.kind == kind)
            & (confidential_marks.c.object_id == object_id)
            & (confidential_marks.c.field == fld)
        )
        exists = conn.execute(select(confidential_marks.c.id).where(where)).first() is not None
        if on and not exists:
            store.insert_row(
                conn,
                confidential_marks,
                kind=kind,
                object_id=object_id,
                field=fld,
                marked_by=store.settings.user,
                marked_at=store.now(),
            )
        elif not on:
            conn.execute(delete(confidential_marks).where(where))
        if kind == "person" and fld == WHOLE:
            conn.execute(update(persons).where(persons.c.id == object_id).values(confidential=on))
        event = "confidential_mark" if on else "confidential_unmark"
        store.record(conn, event, f"{kind}:{object_id}", field=fld, changed=on != exists)
    return object_id


def list_marks(store: Store) -> list[Mark]:
    """Every mark, plus persons flagged confidential without a mark (registry imports)."""
    with store.read() as conn:
        rows = conn.execute(
            select(confidential_marks).order_by(
                confidential_marks.c.kind,
                confidential_marks.c.object_id,
                confidential_marks.c.field,
            )
        ).all()
        flagged = conn.execute(
            select(persons.c.id, persons.c.updated_at).where(persons.c.confidential.is_(True))
        ).all()
    found = [Mark(r.kind, r.object_id, r.field, r.marked_by, r.marked_at) for r in rows]
    have = {(m.kind, m.object_id, m.field) for m in found}
    found += [
        Mark("person", r.id, WHOLE, "(registry)", r.updated_at)
        for r in flagged
        if ("person", r.id, WHOLE) not in have
    ]
    return found


# ---------------------------------------------------------------------------------- redacting


def _name_pattern(text: str) -> str:
    """A name as a regex: any run of spaces matches any whitespace; highlight markers allowed."""
    parts = [f"[{_MARKERS}]*".join(re.escape(ch) for ch in word) for word in text.split()]
    return f"[{_MARKERS}]*" + f"[\\s{_MARKERS}]+".join(parts) + f"[{_MARKERS}]*"


@dataclass(slots=True)
class Redactor:
    """What is confidential in one store at one moment, and how to take it out of data."""

    hidden_persons: set[str] = field(default_factory=set)
    whole: set[str] = field(default_factory=set)  # ids of sources and claims marked whole
    fields: dict[str, set[str]] = field(default_factory=dict)  # object id → marked fields
    strings: set[str] = field(default_factory=set)  # names and marked values to withhold
    claim_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _pattern: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        self.compile()

    def compile(self) -> None:
        kept = sorted(
            {s.strip() for s in self.strings if len(s.strip()) >= MIN_SCRUB}, key=len, reverse=True
        )
        self._pattern = (
            re.compile("|".join(_name_pattern(s) for s in kept), re.IGNORECASE) if kept else None
        )

    @property
    def empty(self) -> bool:
        return not (self.hidden_persons or self.whole or self.fields or self._pattern)

    # -- strings and source texts

    def text(self, value: str) -> str:
        return self._pattern.sub(WITHHELD, value) if self._pattern else value

    def source_text(self, source_id: str, text: str) -> tuple[str, Callable[[int], int]]:
        """The source's text with confidential words withheld, and a function that maps an
        offset in the original text to the offset of the same place in the redacted one."""
        if source_id in self.whole:
            return WITHHELD, lambda _pos: 0
        cuts = list(self.claim_spans.get(source_id, []))
        if self._pattern:
            cuts += [(m.start(), m.end()) for m in self._pattern.finditer(text)]
        merged = _merge(cuts, len(text))
        pieces: list[str] = []
        last = 0
        for start, end in merged:
            pieces += [text[last:start], WITHHELD]
            last = end
        pieces.append(text[last:])
        return "".join(pieces), _remapper(merged)

    # -- structured data

    def value(self, obj: Any) -> Any:
        """A copy of ``obj`` (dicts, lists, tuples, strings) with everything confidential out."""
        if isinstance(obj, str):
            return self.text(obj)
        if isinstance(obj, list | tuple):
            kept = [self.value(x) for x in obj if not self.dropped(x)]
            return kept if isinstance(obj, list) else tuple(kept)
        if isinstance(obj, dict):
            return self._dict(obj)
        return obj

    def dropped(self, obj: Any) -> bool:
        """A person marked whole, wherever a list holds it."""
        return isinstance(obj, dict) and (
            obj.get("person_id") in self.hidden_persons
            or ("name" in obj and obj.get("id") in self.hidden_persons)
        )

    def _ids(self, obj: dict[str, Any]) -> list[str]:
        keys = ("id", "source_id", "claim_id", "person_id")
        return [v for k in keys if isinstance(v := obj.get(k), str)]

    def _dict(self, obj: dict[str, Any]) -> dict[str, Any]:
        ids = self._ids(obj)
        marked: set[str] = set()
        for oid in ids:
            marked |= self.fields.get(oid, set())
            if oid in self.whole or oid in self.hidden_persons:
                marked |= set(WORDS)
        out: dict[str, Any] = {}
        for key, val in obj.items():
            if key in marked and val is not None and not isinstance(val, dict | bool):
                out[key] = WITHHELD if isinstance(val, str | list) else None
            else:
                out[key] = self.value(val)
        return out

    def allows_query(self, query: str) -> bool:
        """False when a search query names something confidential (the hits would tell)."""
        words = {w.casefold() for s in self.strings for w in s.split() if len(w) >= MIN_SCRUB}
        return not any(w.casefold().strip('"*-') in words for w in query.split())


def _merge(cuts: Iterable[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((max(0, s), min(size, e)) for s, e in cuts if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _remapper(merged: list[tuple[int, int]]) -> Callable[[int], int]:
    def remap(pos: int) -> int:
        shift = 0
        for start, end in merged:
            if pos <= start:
                break
            if pos < end:
                return start + shift  # inside a withheld stretch: its start
            shift += len(WITHHELD) - (end - start)
        return pos + shift

    return remap


# --------------------------------------------------------------------------------- building


def redactor(store: Store) -> Redactor:
    """The redactor for the store as it is now (one read transaction)."""
    with store.read() as conn:
        return build_redactor(conn)


def build_redactor(conn: Connection) -> Redactor:
    red = Redactor()
    marks = conn.execute(select(confidential_marks)).all()
    red.hidden_persons = set(
        conn.execute(select(persons.c.id).where(persons.c.confidential.is_(True))).scalars()
    )
    for m in marks:
        if m.field == WHOLE and m.kind == "person":
            red.hidden_persons.add(m.object_id)
        elif m.field == WHOLE:
            red.whole.add(m.object_id)
        else:
            red.fields.setdefault(m.object_id, set()).add(m.field)
    name_marked = {
        m.object_id for m in marks if m.kind == "person" and m.field in ("name", "variants")
    }
    _person_strings(conn, red, red.hidden_persons | name_marked)
    _marked_values(conn, red, marks)
    red.compile()
    return red


def _person_strings(conn: Connection, red: Redactor, ids: set[str]) -> None:
    if not ids:
        return
    for name, variants in conn.execute(
        select(persons.c.name, persons.c.variants).where(persons.c.id.in_(ids))
    ):
        red.strings.add(name)
        red.strings.update(str(v) for v in variants or [])
    for table in (person_mentions, list_records):
        red.strings.update(
            conn.execute(select(table.c.name).where(table.c.person_id.in_(ids))).scalars()
        )


def _marked_values(conn: Connection, red: Redactor, marks: Sequence[Any]) -> None:
    """Text values of marked fields are withheld everywhere they appear; so are the words that
    identify a source or claim marked whole (not its publisher or speaker, which may be a public
    organisation with other, public statements)."""
    for m in marks:
        if m.field == WHOLE:
            wanted = list(SCRUB_WHOLE.get(m.kind, ()))
        elif m.kind == "person" and m.field in ("name", "variants"):
            wanted = []  # names come with all their forms in _person_strings
        else:
            wanted = [m.field]
        table = TABLES[m.kind]
        cols = [table.c[f] for f in wanted]
        if m.kind == "claim":
            cols += [table.c.source_id, table.c.start, table.c.end]
        row = conn.execute(select(*cols).where(table.c.id == m.object_id)).first() if cols else None
        if row is None:
            continue
        values = row._mapping
        for f in wanted:
            _add_value(red, values[f])
        if m.kind == "claim" and m.field in (WHOLE, "quote"):
            red.claim_spans.setdefault(values["source_id"], []).append(
                (values["start"], values["end"])
            )


def _add_value(red: Redactor, value: Any) -> None:
    if isinstance(value, str):
        red.strings.add(value)
    elif isinstance(value, list):
        red.strings.update(str(v) for v in value)
    elif isinstance(value, dict):
        red.strings.update(str(v) for v in value.values() if isinstance(v, str))


# ------------------------------------------------------------------------------- source texts


def redact_source(red: Redactor, data: dict[str, Any]) -> dict[str, Any]:
    """A source as the web app shows it ({id, text, claims, mentions}): the text redacted and
    every span remapped onto it; then the usual redaction of everything else."""
    text, remap = red.source_text(str(data["id"]), str(data.get("text") or ""))
    out = dict(data, text=text)
    for key in ("claims", "mentions"):
        out[key] = [
            dict(item, start=remap(item["start"]), end=remap(item["end"]))
            for item in data.get(key, [])
        ]
    return dict(red.value(out), text=text)


def withholds_original(red: Redactor, source_id: str, text: str) -> bool:
    """Whether the original bytes of a source would show something confidential."""
    return (
        source_id in red.whole
        or bool(red.fields.get(source_id))
        or bool(red.claim_spans.get(source_id))
        or red.text(text) != text
    )
