"""The persons component: named individuals given as victims (apposition to a victim noun, ages)."""

from __future__ import annotations

import re

from factfinder.extract.doc import Doc, PersonRef
from factfinder.extract.letters import LOWER, UPPER, capitals
from factfinder.extract.prefilter import may_match, required

_NAME = (
    rf"(?:[{UPPER}][{LOWER}'’-]+|al-[{UPPER}][{LOWER}]+)"
    rf"(?:\s+(?:[{UPPER}][{LOWER}'’-]+|al-[{UPPER}][{LOWER}]+)){{1,3}}"
)
_VICTIM_NOUN = (
    r"(?:prisoners?|detainees?|activists?|journalists?|students?|workers?|dissidents?|victims?|"
    r"protesters?|civilians?|men|women|children|juveniles?|residents?|members|inmates?|teenagers?)"
)
# "two political prisoners, Mehdi X and Mohammad Y," / "victims included Ali X, 22,"
_APPOSITION = re.compile(
    rf"\b{_VICTIM_NOUN}(?:,|:| named| identified as| including)\s+(?P<list>{_NAME}(?:\s*(?:,|and)\s*{_NAME}){{0,5}})"  # noqa: E501
)
# "Salar, 22," / "Fatemeh Mesbah, 13," / "Ali Reza (17)" / "the 22-year-old Salar"
_AGED = re.compile(
    capitals(
        rf"(?P<name>{_NAME}|[A-Z][a-z]+),\s*(?P<age>\d{{1,2}})\b(?=\s*[,.;)]|\s+and\b|\s+[-–—]\s)"
    )
)
_COMMA_AGE = re.compile(r",\s*\d")
_AGED_PAREN = re.compile(rf"(?P<name>{_NAME})\s*\((?P<age>\d{{1,2}})\)")
# "took the journalist Gustavo Gorriti from his home": a person named by a role, as the object
# of an act word (within ``_OBJECT_CHARS`` after it)
_ROLE = re.compile(
    r"\b(?:journalist|reporter|lawyer|activist|student|businessman|businesswoman|teacher|"
    r"doctor|priest|blogger|poet|writer|photographer|trade unionist|opposition leader|"
    rf"human rights defender|professor|farmer|nurse)\s+(?P<name>{_NAME})"
)
_ROLE_NEED = required(_ROLE)
# "María Antonia Berger was disappeared in 1979", "Alberto Camps was killed by security forces"
# (lives taken or lost to sight; an arrest names its person in many passing mentions)
_PASSIVE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})\s+(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:killed|shot|"
    r"murdered|disappeared|abducted|kidnapped|executed|hanged|taken away|stabbed)\b"
)
_PASSIVE_NEED = required(_PASSIVE)
_OBJECT_CHARS = 40
_SPLIT = re.compile(r"\s*(?:,|\band\b)\s*")
_NOT_NAME = re.compile(
    r"(?i)\b(?:camp|prison|council|organization|republic|court|ministry|state|united|nations|"
    r"international|human|rights|iran|iraq|syria|forces|army|party|revolutionary)\b"
)
_APPOSITION_NEED = required(_APPOSITION, 32)
_OPENER = re.compile(
    r"(?:In|On|At|From|By|For|After|Since|During|The|Of|Near|Outside|Inside|Across|Around)\s"
)
_AGED_NEED, _AGED_PAREN_NEED = required(_AGED), required(_AGED_PAREN)


class PersonTagger:
    """Writes a :class:`PersonRef` for each person named as a victim."""

    name = "persons"
    version = "0.7.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("persons",)

    def __call__(self, doc: Doc) -> Doc:
        with_acts = sorted({t.sentence for t in doc.triggers})
        starts: dict[int, list[int]] = {}
        sentenced: set[int] = set()
        for t in doc.triggers:
            starts.setdefault(t.sentence, []).append(t.start)
            if t.listed:  # ("Halina Wrzosek: he was sentenced to 12 years": a speaker's label)
                sentenced.add(t.sentence)
        for index in with_acts:
            s = doc.sentences[index]
            seen: set[str] = set()
            found = self._find(doc.norm, index, s.start, s.end)
            found += _objects(doc.norm, index, s.start, s.end, starts[index])
            if index in sentenced:
                found += _sentenced_item(doc, index, s.start, s.end)
            for ref in found:
                if ref.name not in seen and not _NOT_NAME.search(ref.name):
                    seen.add(ref.name)
                    doc.persons.append(ref)
        return doc

    def _find(self, norm: str, index: int, start: int, end: int) -> list[PersonRef]:
        out: list[PersonRef] = []
        appositions = may_match(_APPOSITION_NEED, norm[start:end])
        for m in _APPOSITION.finditer(norm, start, end) if appositions else ():
            offset = m.start("list")
            for part in re.finditer(_NAME, m.group("list")):
                out.append(
                    PersonRef(offset + part.start(), offset + part.end(), index, part.group())
                )
        if may_match(_PASSIVE_NEED, norm[start:end]):
            for m in _PASSIVE.finditer(norm, start, end):
                out.append(PersonRef(m.start("name"), m.end("name"), index, m.group("name")))
        for pattern, need in ((_AGED, _AGED_NEED), (_AGED_PAREN, _AGED_PAREN_NEED)):
            if not may_match(need, norm[start:end]):
                continue
            if pattern is _AGED and not _COMMA_AGE.search(norm, start, end):
                continue  # every match of _AGED holds ",\s*\d" ("Salar, 22")
            for m in pattern.finditer(norm, start, end):
                if _OPENER.match(m.group("name")):
                    continue  # "In Aleppo, 40, most of them civilians": a place, a count
                age = int(m.group("age"))
                out.append(PersonRef(m.start("name"), m.end("name"), index, m.group("name"), age))
        return out


# "Marcus Borges: 309 years ...", an item of a list of sentences passed: the person sentenced
_ITEM_NAME = re.compile(
    capitals(
        r"(?P<name>[A-Z][\w'’.-]+"
        r"(?:\s+(?:d[aeo]s?|de la|van|von|al|bin)?\s*[A-Z][\w'’.-]+){1,5}):\s"
    )
)


def _sentenced_item(doc: Doc, index: int, start: int, end: int) -> list[PersonRef]:
    m = _ITEM_NAME.match(doc.norm, start, end)
    if m is None:
        return []
    return [PersonRef(m.start("name"), m.end("name"), index, m.group("name"))]


def _objects(norm: str, index: int, start: int, end: int, acts: list[int]) -> list[PersonRef]:
    """Persons named by their role right after an act word: "arrested the lawyer X"."""
    if not may_match(_ROLE_NEED, norm[start:end]):
        return []
    return [
        PersonRef(m.start("name"), m.end("name"), index, m.group("name"))
        for m in _ROLE.finditer(norm, start, end)
        if any(0 <= m.start() - a <= _OBJECT_CHARS for a in acts)
    ]
