"""Words around a place that say whether an act was done there (mentions.py chooses by them).

A place joined to an act word by a locative ("killed ... in X", "the attack on X") is the
act's; the place a voice speaks from ("told reporters in Damascus"), where a case is heard
("prosecutors in The Hague", except for the sentence itself) and where victims were going
("marched towards the city of X") are not.
"""

from __future__ import annotations

import re
from collections import Counter

from factfinder.extract.doc import Doc, PlaceRef

ATTACHED = re.compile(
    r"(?i)[^.;:]{0,60}\b(?:in|at|on|near|from|outside|inside|into|across|around)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}of\s+|(?:foot|edge|outskirts|cent(?:re|er)|heart|gates?|"
    r"entrance|grounds|banks?|site|courtyard|steps|walls)\s+of\s+the\s+)?$"  # "the foot of the X"
    # the act's object: "stormed the ancient X mosque", "attacked the town of X"
    r"|\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:(?:town|village|city|hamlet)\s+of\s+)?$"
    # ... or named right after it: "troops overran Maragha", "shelled Aleppo"
    r"|\s+$"
)
_TOLD_FROM = re.compile(
    r"(?i)\b(?:told|said|says|spoke|speaking|briefed|briefing|announced|wrote|"
    r"(?:statement|communiqu[ée]|report|letter)\s+(?:read|issued|released|published|delivered))\s+"
    # (no verb of what was told, and no figure, between: "said gunmen killed 12 people in X"
    # tells of X)
    r"(?:(?!\w+ed\b|shot\b|hit\b|set\b|beat\b|took\b|threw\b|blew\b|\d)[\w-]+\s+){0,4}?"
    r"(?:in|at|from)\s+(?:the\s+)?\Z"
)
_RECOVERED_FROM = re.compile(
    r"(?i)\b(?:recovered|retrieved|pulled|fished|dragged)\s+(?:out\s+)?(?:from|of)\s+"
    r"(?:the\s+)?\Z"
)
# "prosecutors in The Hague showed that": where a case is heard, the place of a sentence only
_HEARD_IN = re.compile(
    r"(?i)\b(?:prosecutors?|judges?|court|tribunal|investigators?)\s+(?:in|at)\s+(?:the\s+)?\Z"
)
_DESTINATION = re.compile(
    r"(?i)\b(?:towards?|heading\s+for|bound\s+for|on\s+(?:their|its|the)\s+way\s+to)\s+"
    r"(?:the\s+(?:city|town|village|capital)\s+of\s+)?\Z"
)


def is_scene(text: str, start: int, sentenced: bool) -> bool:
    """Not the place a voice speaks from ("told reporters in Damascus that 37 ..."), nor,
    unless the act is a sentence, where a case is heard ("prosecutors in The Hague")."""
    if _TOLD_FROM.search(text, max(0, start - 45), start):
        return False
    if _RECOVERED_FROM.search(text, max(0, start - 30), start):
        return False  # "40 bodies recovered from the Nile": where the dead were found
    return sentenced or not _HEARD_IN.search(text, max(0, start - 30), start)


def is_destination(text: str, start: int) -> bool:
    """ "marched towards the city of Cochabamba": where the victims were going."""
    return _DESTINATION.search(text, max(0, start - 45), start) is not None


# "some 250 had fled into Venezuela", "thousands more flee to Turkey": where people fled to
_REFUGE = re.compile(
    r"(?i)\b(?:fled|flee|flees|fleeing|escaped|crossed|crossing|sought\s+refuge|took\s+refuge)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to|into|in)\s+(?:neighbou?ring\s+)?\Z"
)


def is_refuge(text: str, start: int) -> bool:
    """ "had fled into Venezuela": where people found refuge, not where the act was done."""
    return _REFUGE.search(text, max(0, start - 60), start) is not None


# A town's name needs one of these words before it to be read as a place (places.py), or
# a verb of a force assailing it ("troops shelled Aleppo").
LOCATIVE = re.compile(
    r"(?i)\b(?:in|at|near|from|outside|of|to|into|across|around|including)\s+(?:the\s+)?$|,\s*$"
    # "a ferry off Jaffna", "fled towards Makurdi" (with no article: "through the Green Zone",
    # "along the Lander River" name no town)
    r"|(?i:\b(?:off|through|along|beyond|via|towards?|inside|within|throughout)\s+$)"
    # a record's field: "Place: Maiduguri", "Location of incident: Gwoza"
    r"|(?:^|\n)[ \t]*(?:place|location|site|scene|town|village)(?:[ \t]+of[ \t]+\w+)?[ \t]*:"
    r"[ \t]*$"
)
ASSAILED = re.compile(
    r"(?i)\b(?:shelled|bombed|bombarded|attacked|stormed|raided|overran|besieged|encircled|"
    r"invaded|captured|seized|struck|torched|razed|looted|ransacked|sacked|hit|targeted)\s+$"
)


# "Justice William Burton ... Burton sentenced them": a surname a title introduced is a person's
_TITLED = re.compile(
    r"\b(?:Justice|Judge|Mr|Mrs|Ms|Dr|Sir|Lord|Lady|General|Gen|Colonel|Col|Captain|Capt|Major|"
    r"Lieutenant|Lt|Sergeant|Sgt|President|Minister|Governor|Senator|Father|Bishop|Sheikh|Imam)"
    # (a surname with letters beyond ASCII: "President Alan García")
    r"\.?\s+(?:[A-Z][\w'’-]+\s+){0,2}(?P<surname>[A-Z](?:[^\W\d_]|-|['’](?=[^\W\d_]{2}))+)(?![\w-])"
)
FIRM_LOCATIVE = re.compile(r"(?i)\b(?:in|at|near|outside|inside|into|from)\s+(?:the\s+)?$")


def titled_surnames(text: str) -> frozenset[str]:
    """The surnames of persons the text names with a title ("Justice William Burton")."""
    return frozenset(m["surname"] for m in _TITLED.finditer(text))


def main_place(doc: Doc) -> list[PlaceRef]:
    """The place a report is about: a site or town named at least twice and more than every
    other together; its first naming is the claim's quote (confidence 0.6)."""
    named = [p for p in doc.places if p.kind in ("site", "city")]
    freq = Counter(p.name for p in named)
    if not freq:
        return []
    name, times = freq.most_common(1)[0]
    if times < 2 or times * 2 <= len(named):
        return []
    return [next(p for p in named if p.name == name)]
