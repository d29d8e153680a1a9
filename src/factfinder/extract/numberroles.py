"""What the words around a number say it is, when it is no count of its own: a person's age
("Anselmo Ruiz, 81, a retired general"; "Kathleen, who was sixteen"), a part of a count told
just before it ("killed 24 civilians: five men taken from a car, and nineteen residents"), or
the accused of the act that follows ("four soldiers were charged with murder"); or a toll told
again in another voice ("the real figure is closer to 300").
"""

from __future__ import annotations

import re

from factfinder.extract.doc import Quantity
from factfinder.extract.gazetteer import gazetteer
from factfinder.extract.numbers import Number
from factfinder.model import Count

_AGE_MAX = 120
# "Anselmo Ruiz, 81, a retired general": a name, its age, then who the person is
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s*$")
# ("Adrian Ugarte, 32, and Nelson Chirinos, 29 - and eight police officers were wounded": ages
# in a list of the named, and one before a dash)
_APPOSITION_AFTER = re.compile(
    r"\s*(?:\)|,\s*(?:a|an|the|his|her|their|who|whose|from|of)\b)|,\s+and\s+[A-Z]|\s+[-–—]\s"
)
# "Kathleen, who was sixteen that afternoon", "a girl of nine": an age, not a count
_AGE_BEFORE = re.compile(
    r"(?i)\b(?:(?:who|he|she|I)\s+(?:was|is)\s+(?:only\s+|just\s+|then\s+)?"
    r"|(?:girl|boy|child|baby|son|daughter|man|woman|lad)\s+of\s+)$"
)
# after a count and a colon, the figures break the count down
_COUNT_COLON = re.compile(r"\d[\d,]*\s+(?:[\w-]+\s+){0,3}[^\W\d][\w-]*:$")
_BREAKDOWN_REACH = 300


def is_age(before: str, after: str, value: int | None) -> bool:
    """The number between ``before`` and ``after`` (the text around it) is a person's age."""
    if (value or 0) > _AGE_MAX:
        return False
    if _AGE_BEFORE.search(before):
        return True
    return bool(_NAME_COMMA_BEFORE.search(before) and _APPOSITION_AFTER.match(after))


def breakdown(norm: str, floor: int, start: int) -> bool:
    """The number at ``start`` follows a count and a colon in its sentence (from ``floor``),
    with no semicolon between: a part of that count."""
    colon = norm.rfind(":", max(floor, start - _BREAKDOWN_REACH), start)
    return (
        colon >= 0
        and norm[colon + 1 : colon + 2].isspace()  # (not "14:00")
        and ";" not in norm[colon:start]
        and _COUNT_COLON.search(norm, max(floor, colon - 60), colon + 1) is not None
    )


# the subject of a charge: the persons counted are the accused, not the victims
_ACCUSED_AFTER = re.compile(
    r"(?i)\s*(?:,\s*)?(?:are|were|was|is|had\s+been|have\s+been|has\s+been|being)\s+"
    r"(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:charged|accused|indicted|suspected|tried"
    r"|prosecuted|arraigned)\s+(?:with|of|for|over|in)\b"
)


# "identified nine soldiers suspected of holding 300 people": the suspects, in a reduced
# relative clause (not "arrested twelve men suspected of ...": the arrests are counted)
_SUSPECTED_AFTER = re.compile(r"(?i)\s*(?:,\s*)?(?:suspected|accused)\s+of\b")
_HELD_AFTER = re.compile(
    r"(?i)\b(?:had|have|has)\s+been\s+(?:arrested|detained|held|captured|jailed|charged|"
    r"convicted|sentenced)\b"
)
_HELD_BEFORE = re.compile(
    r"(?i)\b(?:arrest\w*|detain\w*|held|seized|captured|picked\s+up|rounded\s+up|convicted|"
    r"sentenced|jailed|tried|charged|acquitted|killed|shot)\b"
)


def accused(norm: str, head_end: int, end: int, before: str = "") -> bool:
    """The persons counted before ``head_end`` are charged with, accused of or tried for the
    act that follows (within the sentence ending at ``end``); ``before``: the words before the
    figure, which may name what was done to the suspects."""
    if _ACCUSED_AFTER.match(norm, head_end, end) is not None:
        return True
    suspected = _SUSPECTED_AFTER.match(norm, head_end, end)
    if suspected is None or _HELD_BEFORE.search(before):
        return False
    # ("six people accused of giving the group support had been detained": the detained)
    return _HELD_AFTER.search(norm, suspected.end(), min(end, suspected.end() + 120)) is None


# the object of a trial: "the court tried twelve military police officers", "acquitted 14"
# (not "charged 270 miners", "convicted 67 people": those are arrests and sentences told)
_TRIED_BEFORE = re.compile(
    r"(?i)\b(?:tried|acquitted)\s+"
    r"(?:(?:all|the|some|only|another|a\s+further)\s+)?$"
)


def tried(before: str) -> bool:
    """The number after ``before`` counts the persons tried or acquitted."""
    return _TRIED_BEFORE.search(before) is not None


# people a count names as no victims ("survivors", "relatives of"), unless they are the object
# of an act verb ("killed sixteen relatives of the community")
_KIN = re.compile(r"(?i)\b(?:families|relatives|survivors|witnesses)\b")
_OBJECT_OF_ACT = re.compile(
    r"(?i)\b(?:killed|killing|shot(?:\s+dead)?|murdered|massacred|slaughtered|executed|hanged"
    r"|abducted|kidnapped|arrested|detained|tortured|burned|burnt)\s+(?:at\s+least\s+|some\s+)?$"
)


def kin_as_object(words: str, before: str) -> bool:
    """The kin or survivors counted (``words``) are the victims: the count is the object of
    the act verb that ends ``before``."""
    return bool(_KIN.search(words)) and _OBJECT_OF_ACT.search(before) is not None


# A toll told again by another voice, in a clause of its own: "...; the peasants' own count
# was over a hundred" counts what the figure before it counted.
RETOLD = re.compile(
    r"(?i)\b(?:(?:count|figure|toll|estimate|tally|number)\s+(?:was|is|stood\s+at|put\s+at|at|of|"
    r"(?:had|has)\s+risen\s+to|rose\s+to|reached)"
    # "estimates ranged from 10,000 to 25,000"
    r"|estimates\s+(?:ranged|range|ranging|varied|vary|varying)(?:\s+from)?"
    r"|put\s+it\s+at|puts\s+it\s+at|placed\s+it\s+at"
    r"|(?:speak|speaks|spoke|spoken)\s+of)\s+"
    r"(?:about\s+|around\s+|over\s+|more\s+than\s+|at\s+least\s+|some\s+|nearly\s+|"
    r"above\s+|below\s+|under\s+|close\s+to\s+|as\s+high\s+as\s+|well\s+over\s+|almost\s+|"
    r"closer\s+to\s+|nearer\s+(?:to\s+)?|as\s+many\s+as\s+|up\s+to\s+|in\s+the\s+)?[\"“]?$"
)
RETOLD_CUE = re.compile(
    r"['’]s?\s+(?:own\s+)?(?:count|figure|tally|estimate|toll)\s+(?:was|is)\b"
    r"|(?i:\b(?:true|real|actual|final)\s+(?:number|toll|figure|count)\s+(?:is|was)\b)"
    # "the UN gave a lower figure of 330", "gives the number as 52", "has since cited a figure of
    # over 150"
    r"|(?i:\b(?:gives?|gave|giving|accepted|accepts|cites?|cited|citing|quotes?|quoted)\s+"
    r"(?:the|a|an|its|their)\s+(?:(?:lower|"
    r"higher|different|revised|new|separate|smaller|larger|official|more\s+cautious)\s+)?"
    r"(?:figure|number|toll|count)\s+"
    r"(?:of|at|as)\s+[\"“]?(?:(?:about|around|some|at\s+least|more\s+than|over|nearly)\s+)?"
    r"\S*\d)"
    # "There was also a figure of 76 given by the authorities": a figure given, in the passive
    r"|(?i:\b(?:figure|toll|count|estimate|tally)\s+of\s+[\"“]?(?:(?:about|around|some|"
    r"at\s+least|more\s+than|over|nearly)\s+)?\S*\d[\d,]*\s+(?:was\s+|were\s+)?"
    r"(?:given|cited|quoted)\s+by\b)"
    # "Survivors' committees put it at about 1,800", after "the number of dead remains disputed"
    r"|(?i:\b(?:put|puts|placed)\s+it\s+at\s+(?:about\s+|around\s+|some\s+|more\s+than\s+)?\S*\d)"
    # "activists said the toll was at least 70": a toll told again, of the figure before
    r"|(?i:\bthe\s+(?:death\s+)?toll\s+(?:was|is|stood\s+at|had\s+risen\s+to|rose\s+to|"
    r"reached)\s)"
    r"|(?i:\bthe\s+number\s+(?:was|is)\s+(?:closer|nearer|higher|lower|more\s+like)\b)"
    # "The police say the number is 109", after "its figure of 500 dead"; "; according to
    # residents, the figure is 40"
    r"|(?i:\bthe\s+(?:number|figure)\s+(?:was|is)\s+(?:about\s+|around\s+|some\s+|only\s+|"
    r"just\s+)?\d)"
    # "Police Commissioner Mike Bush said the number had risen to 50", after a toll of 49
    r"|(?i:\bthe\s+number\s+(?:had\s+risen\s+to|has\s+risen\s+to|rose\s+to|reached)\s+\S*\d)"
    r"|(?i:\bestimates\s+(?:ranged|range|ranging|varied|vary|varying)\s+from\s+\S*\d)"
    # "while other accounts put the number at 83", after "the government said 32 died"
    r"|(?i:\bput\s+(?:the|their|its)\s+(?:figure|number|count)\s+at\s+\S*\d)"
    r"|(?i:\b(?:speak|speaks|spoke|spoken)\s+of\s+[\"“]?(?:about\s+|around\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+|some\s+|nearly\s+)?(?:\d|a\s+hundred|a\s+thousand|hundreds|thousands|dozens))"
)

# A bare figure a voice gives, after a toll told just before: "Survivors have always said
# about 400", "some older books say 147", "the federal police counted sixteen"
_SAID_LEAD = (
    r"(?i)\b(?:say|says|said|saying|give|gives|gave|giving|count|counts|counted|estimate|"
    r"estimates|estimated|list|lists|listed|record|records|recorded|registered|cite|cites|"
    r"cited|claim|claims|claimed|report|reports|reported|name|names|named|"
    # "The Japanese side acknowledged about 5,000"
    r"acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    # "Residents who organised the search say they found 25", after "more than 20 bodies"
    r"found|buried|recovered|"
    # "estimates compiled by relief workers ran to about 3,300"
    r"ran\s+to|runs?\s+to|"
    # "put the dead at close to 300", "put the dead of that day at 67"
    r"put(?:s|ting)?\s+the\s+(?:dead|deaths|death\s+toll|toll|number|figure)"
    # ('UTHR(J) gives "about 62"': the quotation mark may open before the modifier)
    r"(?:\s+of\s+[\w ]{1,30}?)?\s+(?:at|as))\s+[\"“]?(?:(?:only|just|even|between|as\s+many"
    r"\s+as|about|around|over|more\s+than|at\s+least|some|nearly|almost|roughly|up\s+to|"
    r"fewer\s+than|no\s+more\s+than|close\s+to|well\s+over)\s+)?[\"“]?"
)
RETOLD_SAID = re.compile(_SAID_LEAD + "$")  # (right before the figure)
_NUMBER_WORD = (
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|a\s+hundred|a\s+thousand|hundreds|thousands|dozens|a\s+dozen)\b)"
)
RETOLD_SAID_CUE = re.compile(_SAID_LEAD + _NUMBER_WORD)  # (and the figure's first word)
# the nouns a figure so given may count: the dead themselves, or their names
_TOLL_HEADS = frozenset(["names", "dead", "deaths", "bodies", "victims", "killed", "graves"])


def said_figure(norm: str, floor: int, start: int, end: int, head: str | None) -> bool:
    """The number from ``start`` to ``end`` is a figure a voice gives ("said about 400",
    "estimated 1,000"), bare or of the dead ("give 643 names"): the toll told before it, told
    again (``floor``: its sentence's start)."""
    if head is not None and head.split()[-1].lower() not in _TOLL_HEADS:
        return False
    return any(  # (the verb may be read as part of the number: "estimated 1,000")
        m.end() > start for m in RETOLD_SAID_CUE.finditer(norm, max(floor, start - 60), end)
    )


# Every match of RETOLD_CUE holds an apostrophe (its first branch) or one of these words
# (its case-insensitive branches; on ASCII text, so in its lower-cased form).
_RETOLD_WORDS = (
    "true", "real", "actual", "final", "speak", "spoke", "giv", "gave", "put ", "toll",
    "number was", "number is", "figure was", "figure is", "accept", "it at", "estimates ", "cite",
    "citing", "quot",
)  # fmt: skip


def may_retell(norm: str, low: str) -> bool:
    """False only when RETOLD_CUE cannot match the text (a pre-filter, as in prefilter.py)."""
    if not norm.isascii() or "'" in norm:
        return True
    return any(w in low for w in _RETOLD_WORDS)


# "11 members of one family": the group the counted are of, no count of its own
_ONE_GROUP = re.compile(
    r"(?i)\b(?:members|relatives|people|residents|children|sons|daughters|brothers|sisters|"
    r"generations)\s+of\s+$"
)


def group_of_one(before: str) -> bool:
    """A "one" right after "members of" (``before``: the text before it) names the group the
    members counted belong to ("11 members of one extended family were dead")."""
    return _ONE_GROUP.search(before) is not None


# "a Milan court sentenced Delfo Zorzi, Carlo Maria Maggi and Giancarlo Rognoni to life": the
# persons named between the verb and its sentence are the ones sentenced
_NAME = (  # (not a day or a month: "were sentenced Monday to ten years")
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|In|On|At|By)\b)"
    r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|da|di|van|von|al-\w+)){0,3}"
)
_NAMED_LIST = re.compile(
    rf"\bsentenced\s+(?P<names>{_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_NAME}){{0,20}})"
    r"(?:,\s+[^,;:]{1,100},)?\s+(?:each\s+|both\s+|all\s+)?to\s"
)
# "Chema Bala was sentenced in 2008 to 40 years", "Corporal K and Lieutenant Z were sentenced to
# life": the persons named as the subject of the sentence
_NAMED_SUBJECTS = re.compile(
    rf"(?<![\w,-])(?!(?:The|A|An|His|Her|Its|Their|This|That)\b)"
    rf"(?P<names>{_NAME}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_NAME}){{0,20}})"
    r"\s+(?:was|were)\s+(?:later\s+|also\s+|each\s+|both\s+)?sentenced\b"
)
_LIST_JOIN = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def named_lists(norm: str, start: int, end: int, numbers: list[Number]) -> list[Number]:
    """The persons a court sentenced by name, counted ("sentenced A, B and C to life": 3)."""
    if "sentenced" not in norm[start:end]:
        return []
    out = []
    for m in [*_NAMED_LIST.finditer(norm, start, end), *_NAMED_SUBJECTS.finditer(norm, start, end)]:
        s, e = m.span("names")
        if not any(n.start < e and s < n.end for n in numbers):
            count = len(_LIST_JOIN.split(m["names"]))
            out.append(Number(s, e, Count(value=count), m["names"], named=True))
    return out


# "The 48 Cantones count seven men killed": a number that is part of a body's name, after
# "the" and before capitalised words that end the noun phrase (not "the 12 Palestinians", a
# people, nor "the 21 Dalit villagers", a head noun after)
_THE_NUMBER = re.compile(r"(?<![\w-])[Tt]he\s+$")
_NAME_AFTER = re.compile(
    r"\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?P<next>\s+\w+)?"
)


def number_in_name(norm: str, floor: int, start: int, end: int) -> bool:
    """The number at ``[start, end)`` begins a proper name ("The 48 Cantones", "the 23
    Mothers' Committee"): no count."""
    if not _THE_NUMBER.search(norm, max(floor, start - 5), start):
        return False
    m = _NAME_AFTER.match(norm, end)
    if m is None or gazetteer().is_demonym(m["name"].split()[0]):
        return False
    following = (m["next"] or "").strip()
    return following in _NAME_VERBS


# the verbs a body's name is the subject of ("The 48 Cantones count", "... said")
_NAME_VERBS = frozenset(
    {"count", "counts", "counted", "say", "says", "said", "put", "puts", "reported", "reports"}
    | {"gave", "gives", "give", "has", "have", "had", "is", "are", "was", "were", "estimate"}
    | {"estimates", "estimated"}
)


# "the pandemic that has already killed more than 360,000 people": a disease's or a disaster's
# dead, no act of anyone (acts.py drops the act word, counts.py the figure)
NATURAL_CAUSE = re.compile(
    r"(?i)\b(?:pandemic|epidemic|disease|virus|covid(?:-19)?|cholera|ebola|earthquake|floods?|"
    r"hurricane|cyclone|typhoon|tsunami|landslide)\b[^.;,]{0,30}$"
)


# "a village whose population before the invasion was about 300": inhabitants, no victims
POPULATION_BEFORE = re.compile(
    r"(?i)(?:\bpopulation(?:\s+of|\b[^.;,]{0,60}?\b(?:was|is|numbered|stood\s+at|had\s+been))"
    # ("The village had between 6,000 and 10,000 residents before the assault")
    r"|\b(?:village|town|city|hamlet|camp|settlement|district)\s+(?:had|has|numbered|of)"
    # ("a town of roughly 120 people"; "we interviewed 23 people": the people met, no victims)
    r"|\b(?:interviewed|interviewing|interviews\s+with|spoke\s+(?:to|with)|met\s+with))\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|over\s+|more\s+than\s+|between\s+)?$"
)


def whole_elsewhere(whole: Quantity | None, part: Quantity) -> bool:
    """No figure told before is the whole a part belongs to, or it counts another act."""
    return whole is None or (part.category is not None and whole.category != part.category)


OF_WHOM_DIED = re.compile(
    r"(?i)\s*of\s+(?:whom|them)\s+(?:later\s+|subsequently\s+)?(?:died|have died|had died|"
    r"were killed|have been killed|had been killed|perished|succumbed)\b"
)
_HURT_HEADS = ("patients", "wounded", "injured", "casualties")


def survivors(q: Quantity) -> None:
    """The figure that "355 of whom died" is a part of counts the people harmed, not the dead."""
    if q.category == "killed":
        head = (q.head or "").split()[-1:] or [""]
        q.category = "injured" if head[0].lower() in _HURT_HEADS else "victims"


# "The team documented 117 cases of arbitrary execution", "82 cases of abduction": a count of the
# victims of the act the cases are of
_CASES_OF = re.compile(
    r"\s*(?:documented\s+|reported\s+|confirmed\s+|verified\s+)?cases\s+of\s+"
    r"(?:(?:arbitrary|summary|extrajudicial|enforced|forced|sexual|arbitrary\s+and\s+summary)\s+)?"
    r"(?P<act>executions?|killings?|murders?|rapes?|torture|ill-treatment|abductions?|kidnappings?|"
    r"disappearances?|arrests?|detentions?)\b"
)
_CASE_CATEGORY = {
    "execution": "killed", "killing": "killed", "murder": "killed", "rape": "victims",
    "torture": "victims", "ill-treatment": "victims", "abduction": "abducted",
    "kidnapping": "abducted", "disappearance": "abducted", "arrest": "arrested",
    "detention": "arrested",
}  # fmt: skip


def cases_of(after: str) -> tuple[str, int] | None:
    """The category of "N cases of <act>" (``after``: the text after the number, lower-cased
    or not), with the end of the act's word in ``after``."""
    m = _CASES_OF.match(after)
    if m is None:
        return None
    act = m["act"].lower()
    return _CASE_CATEGORY[act.removesuffix("s") if act != "ill-treatment" else act], m.end()
