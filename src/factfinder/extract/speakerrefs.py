"""References to speakers: "the team" and "the minister" read as the voice named before, a
communique read as the body that issued it, acronyms the text defines, national Red Cross
societies, and the person a paragraph opened with, who speaks the quotation opening the next. The
voices component (voices.py) applies them to the speakers it finds.
"""

from __future__ import annotations

import re

from factfinder.extract.aliases import AliasHit
from factfinder.extract.doc import Doc
from factfinder.extract.letters import capitals
from factfinder.extract.speakers import PERSON_NAME


def antecedent(
    text: str, speaker: tuple[str, int, int], named: dict[str, str]
) -> tuple[str, int, int]:
    """ "the team concluded", after "the NHRC team found": a definite bare noun is the last
    voice named with that noun (``named``: each word of the voices of several words found so
    far, to the last such voice; see :func:`remember`)."""
    name, start, end = speaker
    if not _DEFINITE.search(text, max(0, start - 4), start):
        return speaker
    before = named.get(name.lower())
    return (before, start, end) if before is not None else speaker


def remember(named: dict[str, str], voice: str) -> None:
    """Index a voice of several words by each of its words, for :func:`antecedent`."""
    words = voice.lower().split()
    if len(words) > 1:
        for word in words:
            named[word] = voice


_DEFINITE = re.compile(r"(?i)\bthe\s+$")
# the title a person is named with ("The Minister of Interior, ..., Nestor Reverol"): "the
# minister" is that person later
_TITLE = re.compile(
    r"(?i)\b(minister|governor|spokes(?:man|woman|person)|president|mayor|commander|prosecutor|"
    r"commissioner|ombudsman|rapporteur)\b"
)


def remember_title(
    named: dict[str, str], text: str, floor: int, voice: tuple[str, int, int]
) -> None:
    """Index a person named after a title by the title (the last one within 100 characters
    before the name, in its sentence from ``floor``), for :func:`antecedent`."""
    name, start, _ = voice
    if len(name.split()) < 2:
        return
    titles = list(_TITLE.finditer(text, max(floor, start - 100), start))
    if titles:
        named[titles[-1].group(1).lower()] = name


# "A communique issued by the Interior Ministry ... spoke of": the paper's issuer speaks
_ISSUED_BY = re.compile(
    capitals(
        r"\s+(?:issued|released|published|put\s+out|sent|signed)\s+by\s+(?:the\s+)?"
        r"(?P<np>[A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,4})"
    )
)
_PAPERS = frozenset(
    ["communique", "communiqué", "statement", "bulletin", "press release", "report"]
)


def issuer(text: str, speaker: tuple[str, int, int]) -> tuple[str, int, int]:
    """The body that issued the paper a speaker is ("A communique issued by the Interior
    Ministry"), else the speaker."""
    if speaker[0].lower() not in _PAPERS:
        return speaker
    m = _ISSUED_BY.match(text, speaker[2])
    return (m["np"], m.start("np"), m.end("np")) if m is not None else speaker


# "the Bahrain Independent Commission of Inquiry (BICI)": a name and the acronym it defines
_DEFINED = re.compile(
    capitals(
        r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:(?:of|for|on|and|the|de|des|du|la|el)\s+)*[A-Z][\w'’-]+){1,9})"
        r"\s+\((?P<acronym>[A-Z][A-Z0-9-]{1,9})\)"
    )
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines after a name whose capitals spell them (BICI, UNAMIR)."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        name, acronym = m["name"], m["acronym"]
        words = name.split()
        for i in range(len(words)):  # the longest tail of the name that spells the acronym
            tail = " ".join(words[i:])
            capitals = "".join(w[0] for w in words[i:] if w[0].isupper())
            if capitals == acronym or (
                capitals[:1] == acronym[:1] and _spells(acronym, tail) and len(capitals) >= 3
            ):
                out.setdefault(acronym, tail)
                break
    return out


def _spells(acronym: str, name: str) -> bool:
    """Every letter of the acronym in the name's capitals and letters, in order."""
    rest = iter(name.upper())
    return all(ch in rest for ch in acronym)


# "the Kenya Red Cross said", "the Chinese Red Cross": a national society, not the ICRC
_SOCIETY = re.compile(capitals(r"(?:[A-Z][\w'’-]+\s+){1,2}$"))
_WORD = re.compile(r"\S+")
_NOT_NATIONAL = frozenset(
    ["The", "A", "An", "Its", "Their", "Yesterday", "Today", "But", "And", "International"]
)  # ("the International Red Cross" is the ICRC)


def national_society(text: str, hit: AliasHit) -> AliasHit:
    """A "Red Cross" hit after a country's name, as the society of that country."""
    if hit.surface.lower() not in ("red cross", "red crescent"):
        return hit
    m = _SOCIETY.search(text, max(0, hit.start - 40), hit.start)
    if m is None:
        return hit
    words = [w for w in _WORD.finditer(text, m.start(), m.end())]
    while words and words[0].group() in _NOT_NATIONAL:
        words.pop(0)
    if not words:
        return hit
    start = words[0].start()
    name = " ".join(text[start : hit.end].split())
    return AliasHit(start, hit.end, name, name, hit.kind, False)


# "Sivasubramaniam Thillainathan was nineteen and travelling with his mother ...": a person
# the paragraph opens with, as its subject
_INTRODUCED_PERSON = re.compile(
    rf"\W*(?P<np>{PERSON_NAME})(?=,|\s+(?:was|is|had|has|who|lost|survived|remembers|recalls)\b)"
)


def introduced_person(doc: Doc, index: int) -> tuple[str, int, int] | None:
    """ "[Sivasubramaniam Thillainathan was nineteen ... He now lives in Harrow.] [new
    paragraph] 'They took the men first ...'": a quotation that opens its paragraph, with no
    speaker named around it, is the person the paragraph before opened with."""
    paragraph = doc.sentences[index].paragraph
    first = index
    while first > 0 and doc.sentences[first - 1].paragraph == paragraph:
        first -= 1
    if first == 0:
        return None
    before = doc.sentences[first - 1].paragraph
    opening = first - 1
    while opening > 0 and doc.sentences[opening - 1].paragraph == before:
        opening -= 1
    sentence = doc.sentences[opening]
    m = _INTRODUCED_PERSON.match(doc.norm, sentence.start, sentence.end)
    if m is None or " " not in m["np"]:
        return None  # (a person is named with two words at least)
    return m["np"], m.start("np"), m.end("np")
