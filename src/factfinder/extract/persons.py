"""The persons component: named individuals given as victims (apposition to a victim noun, ages)."""

from __future__ import annotations

import re

from factfinder.extract.doc import Doc, PersonRef
from factfinder.extract.prefilter import may_match, required

_NAME = r"(?:[A-Z][a-z'’-]+|al-[A-Z][a-z]+)(?:\s+(?:[A-Z][a-z'’-]+|al-[A-Z][a-z]+)){1,3}"
_VICTIM_NOUN = (
    r"(?:prisoners?|detainees?|activists?|journalists?|students?|workers?|dissidents?|victims?|"
    r"protesters?|civilians?|men|women|children|juveniles?|residents?|members|inmates?|teenagers?)"
)
# "two political prisoners, Mehdi X and Mohammad Y," / "victims included Ali X, 22,"
_APPOSITION = re.compile(
    rf"\b{_VICTIM_NOUN}(?:,|:| named| identified as| including)\s+(?P<list>{_NAME}(?:\s*(?:,|and)\s*{_NAME}){{0,5}})"  # noqa: E501
)
# "Salar, 22," / "Fatemeh Mesbah, 13," / "Ali Reza (17)" / "the 22-year-old Salar"
_AGED = re.compile(rf"(?P<name>{_NAME}|[A-Z][a-z]+),\s*(?P<age>\d{{1,2}})\b(?=\s*[,.;)]|\s+and\b)")
_AGED_PAREN = re.compile(rf"(?P<name>{_NAME})\s*\((?P<age>\d{{1,2}})\)")
_SPLIT = re.compile(r"\s*(?:,|\band\b)\s*")
_NOT_NAME = re.compile(
    r"(?i)\b(?:camp|prison|council|organization|republic|court|ministry|state|united|nations|"
    r"international|human|rights|iran|iraq|syria|forces|army|party|revolutionary)\b"
)
_APPOSITION_NEED = required(_APPOSITION, 32)
_AGED_NEED, _AGED_PAREN_NEED = required(_AGED), required(_AGED_PAREN)


class PersonTagger:
    """Writes a :class:`PersonRef` for each person named as a victim."""

    name = "persons"
    version = "0.1.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("persons",)

    def __call__(self, doc: Doc) -> Doc:
        with_acts = sorted({t.sentence for t in doc.triggers})
        for index in with_acts:
            s = doc.sentences[index]
            seen: set[str] = set()
            for ref in self._find(doc.norm, index, s.start, s.end):
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
        for pattern, need in ((_AGED, _AGED_NEED), (_AGED_PAREN, _AGED_PAREN_NEED)):
            if not may_match(need, norm[start:end]):
                continue
            for m in pattern.finditer(norm, start, end):
                age = int(m.group("age"))
                out.append(PersonRef(m.start("name"), m.end("name"), index, m.group("name"), age))
        return out
