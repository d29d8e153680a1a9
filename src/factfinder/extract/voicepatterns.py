"""The patterns by which a report names who gives a figure without a verb of saying: a
possessive ("the peasants' own count"), an official figure, an estimate "by" someone, a
figure "given" or a list "published", a pronoun that says after a named speaker, and the
lines (copyright, tags) that name the report's own organisation. voices.py reads them.
"""

from __future__ import annotations

import re

from factfinder.extract.doc import Sentence
from factfinder.extract.letters import capitals
from factfinder.extract.prefilter import TextGate, required

COPYRIGHT = re.compile(
    capitals(
        r"(?:(?:©|\bCopyright)\s*|\([cC]\)\s*(?=(?:19|20)\d\d))"
        r"(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
        r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’&.-]*(?:[ \t]+(?:of|for|the|and|[A-Z][\w'’&.-]*)){0,6})"
    )
)
TOPICS = re.compile(r"(?i)\W*(?:tags?|topics?|categor(?:y|ies)|filed under|related)\b")
BY_LEAD = re.compile(r"(?i)(?:by|in|on)\s+")  # "By Amnesty's count": Amnesty
POSSESSIVE_FIGURE = re.compile(
    # ("The Ministry of the Interior's count, which it has never revised, is 13 dead")
    r"\W*(?P<np>(?:[Tt]he\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,4}?)['’]s?\s+"
    # "the peasants' own count", "the government's official toll"
    r"(?:own\s+|official\s+|final\s+|first\s+|initial\s+|latest\s+)?"
    r"(?:count|figure|tally|estimate|toll|list|register|records|database|case|account|"
    r"version)\b"
)
GROUP = re.compile(r"(?i)(?:the\s+)?(?:group|militia|movement|organi[sz]ation|rebels)")
# "The official figure was 28 dead": the authorities' figure.
OFFICIAL_FIGURE = re.compile(
    r"(?i)\bthe\s+official\s+(?:death\s+)?(?:figure|toll|count|tally|number|estimate)\b"
)
# "an early estimate by UNAMIR referred to 2,000 dead": the author of a figure.
ESTIMATE_BY = re.compile(
    capitals(
        r"(?i)\b(?:estimates?|count|tally|figures?|census|survey|investigation|inquiry|report|list|"
        r"register|database|records?)\s+(?:of\s+(?:the\s+)?(?:dead|victims|names|missing)\s+)?"
        # "a list compiled by Timorese researchers names 271 dead", "the figure recognised by the
        # government", "a report by a Republika Srpska government commission"
        r"(?:(?:compiled|kept|maintained|drawn up|gathered|collected|published|released|"
        r"recogni[sz]ed|accepted|given|cited|confirmed|used)\s+)?"
        r"(?:by|of|from)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?P<who>(?-i:[A-Z][\w'&.-]*(?:\s+(?:of\s+|for\s+|the\s+)?"
        r"[A-Z][\w'&.-]*){0,5}(?:\s+(?:[a-z][\w-]*\s+)?(?:researchers|activists|journalists|monitors|"
        r"volunteers|survivors|relatives|families|residents|villagers|doctors|lawyers|investigators|"
        r"commission|committee|government|ministry|authorities|office))?"
        r"|(?:(?:local\s+|[A-Z]?[a-z]+\s+)?(?:survivors|relatives|families|residents|villagers|"
        r"activists|researchers|journalists|volunteers|monitors|doctors|lawyers|workers|"
        r"historians|scholars|missionaries|officials|organi[sz]ations|agencies)"
        r"|government|authorities|army|military|police|ministry)\b))"
    )
)
ESTIMATE_BY_NEED = required(ESTIMATE_BY)
# "The Ministry of Health has given a much lower figure of 61 dead": its subject speaks
FIGURE_GIVEN = re.compile(
    r"(?i)\b(?:(?:given|gave|gives|giving|offered|offers|released|releases|issued|issues)\s+"
    r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:figure|toll|estimate|count|tally)\s+of\b"
    # "The colonial administration later settled on a much lower tally of 11,342"; "The
    # administrative courts have worked with a figure of 27 victims"
    r"|(?:settled|settles|settling|agreed|agrees|worked|works|working)\s+(?:on|with)\s+"
    r"(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:figure|toll|estimate|count|tally)\s+of\b"
    # "The Ombudsman's Office has raised its count: 17 civilians have died"
    r"|(?:raised|raises|revised|revises|updated|updates|lowered|lowers)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:figure|toll|estimate|count|tally)\b"
    # "US prosecutors charged the guards over the deaths of 14 people": the charge is theirs
    r"|(?:charged|indicted)\s+(?:[\w'’-]+\s+){0,4}?(?:with|over|for|in\s+connection\s+with)\s+"
    r"(?:the\s+)?(?:deaths?|killings?|murders?)\s+of\b"
    # "The families of Tumeremo have given OSDH the names of 28 people who went to the mine"
    r"|(?:given|gave|gives|handed|sent)\s+(?:[\w'’-]+\s+){0,2}?(?:the|a|their)\s+"
    r"(?:names|list)\s+of\s+(?=\d|[a-z]+\s)"
    # "the National Security Archive published a list of 44 people whose deaths"
    r"|(?:published|publishes|released|releases|compiled|compiles|issued|issues|circulated|"
    r"circulates|presented|presents|submitted|submits)\s+(?:a|an|its|"
    r"their)\s+(?:[\w-]+\s+){0,2}?(?:list|register|roll)\s+of\b"
    # "In 2001, lawyers for the families described 35 people hacked to death"
    r"|(?:described|describes|describe)\s+(?:(?:at\s+least|about|some|more\s+than)\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)"
)
FIGURE_GIVEN_GATE = TextGate(required(FIGURE_GIVEN))
# "When the historian Jean Dalo published his book in 1991, he estimated that": the subject of
# the opening clause is the pronoun's speaker
WHEN_NAMED = re.compile(
    capitals(
        r"\W*(?:When|After|Once)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
        r"(?P<name>[A-Z][\w'’.-]+(?:\s+(?:(?:of|on|for|and|the)\s+)?[A-Z][\w'’.-]+){0,6})"
        r"(?:\s+\([A-Z][\w .-]{1,20}\))?\s+(?:had\s+|has\s+)?(?:[a-z]+ly\s+)?"
        r"(?:[a-z]+ed|wrote|published|released|testified|spoke|gave|began|made)\b[^,;]{0,150},\s+"
        r"(?:he|she|it|they)\s+(?:(?:also|later|then|had|has|have)\s+)*(?:estimated|said|wrote|"
        r"concluded|found|counted|put|argued|claimed|reported|documented|recorded|listed)\b"
    )
)
# "She told reporters that 34 had died", right after "Phiyega said ...": the same speaker
PRONOUN_SAYS = re.compile(
    r"\W*(?:He|She|It|[Tt]hey)\s+(?:(?:also|later|then|further|had|has|have|always)\s+)*"
    r"(?:said|says|told|"
    r"added|estimated|stated|wrote|reported|claimed|insisted|maintained|put|"
    # "The commission said ... It found that about 8,500 people had been detained"
    r"found|concluded|documented|recorded|counted|confirmed|established|determined|noted|"
    r"listed|registered|"
    # "He also announced that six people had been detained"
    r"announced|acknowledged|admitted|declared|testified)\b"
)
PRONOUN_SAID_AFTER = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added)\W*$")
PRONOUN_COUNTED = re.compile(
    r"\W*(?:They|It|He|She)\s+(?:(?:also|later|then|had|have|has)\s+)*(?:counted|recorded|"
    r"registered|documented|listed|identified)\b"
)
OFFICIAL_FIGURE_GATE = TextGate(required(OFFICIAL_FIGURE))
POSSESSIVE_FIGURE_GATE = TextGate(required(POSSESSIVE_FIGURE))
# "according to figures compiled by the diocese", "according to records of the parish": the
# maker of the figures speaks, not the figures
_FIGURES_BY = re.compile(
    r"(?i)(?:[\w'’-]+\s+){0,2}?(?:figures?|estimates?|count|tally|records?|data|statistics|"
    r"numbers|lists?|registers?|findings)\s+(?:(?:compiled|kept|maintained|gathered|collected|"
    r"published|released|issued|provided|supplied|given|cited|drawn up)\s+)?(?:by|of|from)\s+"
    r"(?:the\s+|a\s+|an\s+)?"
)
_WHERE_WHEN = re.compile(r"\s+(?:in|on|at|during|since|before|after)\s")


def figures_maker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of who made the figures ``text[start:end]`` names ("figures given by the
    Union government in Parliament in 2005": the Union government), if it names figures."""
    made = _FIGURES_BY.match(text, start, end)
    if made is None:
        return None
    cut = _WHERE_WHEN.search(text, made.end(), end)  # where and when, not who
    return made.end(), cut.start() if cut is not None else end


# "The head of an exile group went much further, claiming that 200 had died": a participle
# after a comma tells for the subject of its clause, named before the clause's verb
_CLAIMING = re.compile(r",\s+(?:claiming|insisting|arguing|adding|alleging)\s+that\b")
_MAIN_VERB = re.compile(
    r"\s(?:went|was|were|is|are|had|has|have|did|came|gave|took|made|spoke|put|(?!need)\w+ed)\b"
)
_LEAD_ARTICLE = re.compile(r"(?i)(?:the|a|an)\s+")


def participle_subject(text: str, start: int, verb: int) -> tuple[str, int, int] | None:
    """The subject of the clause a ", claiming that" participle at ``verb`` closes: the noun
    phrase from the sentence start (``start``) to the clause's verb, if it is one."""
    if _CLAIMING.match(text, verb - 2) is None and _CLAIMING.match(text, verb - 1) is None:
        return None
    main = _MAIN_VERB.search(text, start, verb)
    if main is None:
        return None
    lead = _LEAD_ARTICLE.match(text, start, main.start())
    first = lead.end() if lead is not None else start
    phrase = text[first : main.start()]
    if not phrase or "," in phrase or len(phrase.split()) > 9:
        return None
    return phrase, first, main.start()


# "By its count, 124 people died": the body just named counts
ITS_COUNT = re.compile(
    r"(?i)\W*(?:by|according\s+to|in)\s+(?:its|their|his|her)\s+(?:own\s+)?(?:count|tally|"
    r"figures?|estimates?|records?|data|reckoning)\b"
)


# "When the superintendent, William Hobbs, returned and was shown the site, he counted 28
# bodies": "he" or "she" telling, after a clause that names one person
_HE_TOLD = re.compile(
    r",\s+(?:he|she)\s+(?:later\s+|also\s+|then\s+)?(?:counted|said|estimated|wrote|reported|"
    r"recorded|told|put\s+the)\b"
)
_PERSON = re.compile(capitals(r"(?<![\w'’-])[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+)+"))


_NOT_FIRST_NAME = frozenset(["The", "A", "An", "In", "On", "At", "When", "After", "Before", "As"])


def named_teller(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The one person the sentence names before its "he" or "she" that tells a figure."""
    told = _HE_TOLD.search(text, start, end)
    if told is None:
        return None
    named = [
        m
        for m in _PERSON.finditer(text, start, told.start())
        if m.group().split()[0] not in _NOT_FIRST_NAME  # ("In The Hague, he said")
    ]
    if len(named) != 1 or named[0].start() == start:
        return None  # (a name opening the sentence is its subject, read as such)
    return named[0].group(), named[0].start(), named[0].end()


# "A Board of Enquiry appointed by the Commonwealth sat in January 1929": the body a sentence
# opens with ("It found that ..." in the next one tells for it)
BODY_SUBJECT = re.compile(
    capitals(
        r"\W*(?:The|A|An)\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,4}(?:Board|Commission|Committee|"
        r"Tribunal|Court|Inquiry|Enquiry|Panel|Mission)(?:\s+(?:of|on|into)\s+(?:the\s+)?"
        r"[A-Z][\w'’-]*(?:\s+(?:(?:of|on|the|into|and|in)\s+)*[A-Z][\w'’-]*){0,4})?)"
    )
)
# "The commission of inquiry delivered its report in March 1983": a body named in lower case
# ("Only in 1992 did a research group appointed by the Executive Yuan publish"; "The
# opposition-run health directorate in Idlib province gave a higher figure")
_BODY_NOUN = re.compile(
    r"\W*(?:(?:Only\s+)?(?:[Ii]n|[Oo]n|[Bb]y)\s+\d{4},?\s+(?:did\s+)?)?"
    r"(?:The|A|An|Its|Their|the|a|an)\s+"
    r"(?P<body>(?:[\w'’-]+\s+){0,3}?(?:board|commission|committee|"
    r"tribunal|court|inquiry|enquiry|panel|mission|report|study|survey|investigation|review|"
    r"group|directorate|ministry|agency|department|team|council|office|observatory|network)"
    # ("the commission of the Supreme Soviet of the Kazakh SSR")
    r"(?:\s+(?:of|on|into)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:(?:of|the|and)\s+)*[A-Z][\w'’-]*)"
    r"{0,5}|[\w'’-]+))?)\b"
)

# "The Executive Yuan set up a research group in 1990": a name that opens its sentence
_NAME_OPENS = re.compile(
    capitals(
        r"\W*(?:The\s+)?(?P<body>[A-Z][\w'’&.-]+(?:\s+(?:(?:of|for|on|the|and)\s+){0,2}"
        r"[A-Z][\w'’&.-]+){0,6})\s+(?:(?:has|had|have|also|then|later|first)\s+)?[a-z]"
    )
)
_NO_NAME = frozenset(
    ["In", "On", "At", "When", "After", "Before", "As", "By", "For", "From", "During", "Since",
     "Last", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "But", "And",
     "Then", "Its", "Their", "His", "Her", "A", "An", "Some", "Many", "Most", "All", "Both"]
)  # fmt: skip

Teller = tuple[str, int, int]


def pronoun_teller(
    text: str, sentence: Sentence, previous: Teller | None, said_before: Teller | None
) -> Teller | None:
    """The speaker a pronoun that counts or says stands for: "Observers reached Taldou. They
    counted 92 bodies" (the voice or the lexicon voice of the sentence before), "Phiyega said
    ... She told reporters that 34 had died" (the speaker of the sentence before)."""
    if previous is not None and PRONOUN_COUNTED.match(text, sentence.start, sentence.end):
        return previous
    if said_before is not None and (
        PRONOUN_SAYS.match(text, sentence.start, sentence.end)
        # "All four were killed, he said.": the speaker of the sentence before
        or PRONOUN_SAID_AFTER.search(text, sentence.start, sentence.end)
    ):
        return said_before
    return None


def body_teller(
    text: str, sentence: Sentence, before: Sentence, previous: Teller | None
) -> Teller | None:
    """The body an "It" that says or finds stands for: the body the sentence before opened
    with ("A Board of Enquiry appointed by the Commonwealth sat in January 1929. It found that
    31 Aboriginal people had been shot dead"; "The commission of inquiry delivered its report
    in March 1983. It found that"), else the voice that sentence named ("Human Rights Watch
    visited the town in May. It found that"), else the name it opened with ("The Executive
    Yuan set up a research group in 1990. It estimated that")."""
    if not text.startswith("It ", sentence.start) or not PRONOUN_SAYS.match(
        text, sentence.start, sentence.end
    ):
        return None
    body = BODY_SUBJECT.match(text, before.start) or _BODY_NOUN.match(
        text, before.start, before.end
    )
    if body is None and previous is None:
        body = _NAME_OPENS.match(text, before.start, before.end)
        if body is not None and (
            body["body"].split()[0] in _NO_NAME
            # ("Gunmen stormed the school ... It found that": one word is no body's name)
            or " " not in body["body"]
        ):
            body = None
    if body is None and previous is None:
        # ("The settlement failed, and the Commission adopted its report on 13 April 2000. It
        # concluded that ...": the body that is the subject of the last clause)
        body = _CLAUSE_BODY.search(text, before.start, before.end)
    if body is not None:
        return body["body"], body.start("body"), body.end("body")
    return previous


_CLAUSE_BODY = re.compile(
    capitals(
        r"(?:,\s+and|;)\s+the\s+(?P<body>(?:[A-Z][\w'’-]*\s+){0,3}(?:Board|Commission|"
        r"Committee|Tribunal|Court|Inquiry|Enquiry|Panel|Mission))\s+(?:then\s+|later\s+)?"
        r"[a-z]+ed\b"
    )
)


_HE_SAYS = re.compile(
    r"\W*(?:He|She)\s+(?:(?:also|later|then|had|has)\s+)*(?:found|counted|estimated|concluded|"
    r"documented|recorded|listed|identified|established|calculated|arrived\s+at)\b"
)


def person_teller(
    text: str, sentence: Sentence, before: Sentence, institution: re.Pattern[str]
) -> Teller | None:
    """The one person the sentence before names, for a "He" or "She" that finds or counts:
    "In the late 1990s Emadeddin Baghi, then a researcher at the Martyrs Foundation, was asked
    to study its files. He found records for 64 people who died" (names of institutions are no
    persons)."""
    if not _HE_SAYS.match(text, sentence.start, sentence.end):
        return None
    named = [
        m
        for m in _PERSON.finditer(text, before.start, before.end)
        if m.group().split()[0] not in _NOT_FIRST_NAME and not institution.search(m.group())
    ]
    if len({m.group() for m in named}) != 1:
        return None
    return named[0].group(), named[0].start(), named[0].end()


# What leads to a figure's source: "according to X", "as given by X", "as reported by X", "The
# figure most commonly cited, including by X, is", "There was also a figure of 76 given by X"
SOURCE_LEAD = (
    r"according to|as (?:given|reported|recorded) by|cited, (?:including|notably|above all) by|"
    # "The figure most often cited today, by survivors and in the press, is 84 dead"
    r"cited (?:today|now|since|ever since), by|"
    r"(?:figure|toll|tally|estimate|count) of \S{1,12} (?:was )?"
    r"(?:given|released|cited|provided|published|issued) by"
)
# the words one of them holds, for the sentence pre-filter
SOURCE_CUES = (
    "according to", "given by", "reported by", "recorded by", "released by", "cited, including by",
    "cited, notably by", "cited, above all by", "cited by", "provided by", "published by",
    "issued by",
)  # fmt: skip
