"""Speakers named without a lexicon entry: the noun phrase, name or title before a speech verb.

The voices component (voices.py) finds the speech verbs; here are the shapes of English subjects
it reads before them ("local officials said", "the spokesperson of the army, Omar Saranga,
said", "Boko Haram said", "the Commission (TJRC), in its final report, concluded") and the
small resolution of surnames it introduced (the others, "the team" read as the team named
before among them, are in speakerrefs.py).
"""

from __future__ import annotations

import re

from factfinder.extract.datetext import MONTHS, WEEKDAYS
from factfinder.extract.letters import capitals

# A generic speaker: a noun phrase ending in one of these nouns, right before a speech verb
# ("local officials said", "the health ministry has said", "M23 said").
VOICE_NOUNS = (
    r"officials?|ministry|ministers?|government|authorities|police|army|military|"
    r"spokes(?:man|woman|person|men|women|people|persons)|"
    r"commissions?|committees?|office|agency|agencies|groups?|rebels|residents?|witness(?:es)?|relatives?|"
    r"sources|"
    r"tribunals?|accounts|journalists?|elders|clergy|priests?|union|inmates?|detainees|prosecution|"
    r"activists?|investigators|experts?|doctors?|medics|figures|organi[sz]ations?|courts?|"
    r"prosecutors?|judges?|survivors?|villagers?|leaders|staff|monitors?|observers|council|scholars?|"
    r"historians?|charge sheet|indictment|correspondents?|reporters?|associations?|"
    r"mission|institute|governor|mayor|hospital|morgue|coroner|lawyers?|family|families|"
    r"monitoring group|rights group|human rights groups|ngos?|officers?|commander|movement|"
    r"parliament|member of parliament|lawmakers?|statistics|records|tally|count|panel|"
    r"rapporteur|researchers?|ombudsman|center|centre|network|observatory|unions?|register|"
    r"registry|database|junta|regime|administration|presidency|cabinet|members|workers|volunteers|"
    r"party|parties|press reports|newspapers?|papers|media|society|societies|associations?|"
    r"coalition|watch|television|radio|broadcaster|news agency|opposition|organi[sz]ers|"
    r"campaigners|protesters|demonstrators|locals|paramedics|rescuers|books?|lists|histories|"
    r"guides|dispatch(?:es)?|"
    r"materials?|documents|publications|pamphlets|diocese|archdiocese|parish|ambassadors?|"
    r"envoys?|consuls?|section|division|miners|farmers|students|refugees|source|councillors?|"
    r"councilors?|headm[ae]n|village heads?|outlets?|news sites?|websites?|broadcasters|"
    r"wire services?|civil defen[cs]e|(?:trial|appeals?|pre-trial) chambers?|representatives"
)
# Speakers named by a noun that is no institution's name ("the interior minister said", "the
# investigation team found"): only right before the verb, never before a name.
_SPEAKER_NOUNS = (
    rf"{VOICE_NOUNS}|teams?|ministers?|eyewitness(?:es)?|fighters|commanders|militants|forces|units|"
    r"files|charity|charities|compilations|tallies|"
    r"side|"  # ("The Japanese side acknowledged about 5,000")
    # ("The provincial police chief said"; not a chief alone: "whose chief ... was removed")
    r"(?:police|army|military|security|intelligence|district|provincial|regional|village|"
    r"local|party|militia) chiefs?|"
    r"command|diplomats?|deacon|priest|imam|pastor|bishop|nurses?|mother|father|widow|inquiry|"
    # ("A deputy delegate for the Saint-Marc district told a radio programme")
    r"delegates?|commissioners?|"
    r"bench|communiqu[eé]|statement|bulletins?|police report"
)
# Between a speaker and its verb: auxiliaries and adverbs ("have always said", "had first put").
_AUX = (
    # "Rifaat al-Assad is reported to have boasted": the subject is the speaker
    r"(?:(?:is|was|are|were)\s+(?:reported|said|believed|known)\s+to\s+have\s+)?"
    r"(?:(?:has|have|had|also|later|then|separately|always|long|first|since|still|now|never|"
    r"so far|thus far|initially|itself|themselves|himself|herself|at the time|at first|"
    r"that (?:evening|morning|night|afternoon|day)|"
    r"(?:the next|the following) (?:evening|morning|night|afternoon)|"
    # ("The first police bulletins that evening", "reports in the papers the next morning")
    r"abroad|overseas|in exile|locally|"  # ("Uyghur organisations abroad said")
    # ("Residents have for years put the number at 57")
    r"for (?:years|decades|months|weeks|a long time)|over the years|ever since|since then|"
    # ("Historians today generally put the toll"; a court "today" passes its sentence)
    r"(?<![Cc]ourt\s)(?<![Tt]ribunal\s)today|"
    r"(?!(?:family|ministry|assembly|rally)\b)[a-z]+ly)\s+){0,3}"
)
# "activists who collected names in the city put the number at": a relative clause between.
_RELATIVE = (
    r"(?:\s+(?:who|whom|whose|which|that)\s+[^,.;:\"]{1,120}?"
    # "government figures released in October 1982 put the toll at"
    r"|\s+(?:released|published|issued|compiled|collected|gathered|cited|quoted|chaired|led|"
    r"headed|appointed|established|created|given|provided|presented|submitted|produced|"
    r"prepared|kept|obtained|"
    # "former inmates interviewed for this article said"
    r"interviewed|questioned|contacted|consulted|surveyed|reached)\s+[^,.;:\"]{1,60}?"
    # "Officials overseeing the exhumation say", "doctors treating the wounded said"
    # (a short phrase; not the content or name of a thing: "lists containing several hundred
    # names of people said to have died", "An activist using the name Abu Kinan told")
    r"|\s+(?!(?:during|according|regarding|concerning|containing|including|using|calling|"
    r"naming|listing|showing|bearing)\b)[a-z]{2,}ing(?:\s+[\w'’-]+){1,4}?)?"
)
# Words that end a speaker's noun phrase before its noun ("two months after his organisation")
_NOT_IN_NP = (
    r"a|an|the|and|but|or|years?|weeks?|months?|days?|of|in|on|for|to|from|by|with|that|which|"
    r"who|after|before|since|when|while|where|\d+|"
    # "In December 2008 US prosecutors charged": a time is no part of the speaker
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r"|may"  # ("On 14 May church groups counted": the month, not the speaker's)
    + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
)
_GENERIC_BEFORE = re.compile(
    rf"(?i)(?<![\w-])(?P<np>(?:(?:the|a|an|its|their|local|state|federal|official)\s+)?"
    # ("Allende's then-mayor told reporters": the office once held)
    rf"(?:(?!(?:{_NOT_IN_NP})\s)\w[\w'-]*\s+){{0,3}}?(?:(?:then|ex)-)?(?:{_SPEAKER_NOUNS}))"
    r"(?:\s+(?:(?:linked|close|loyal|affiliated|allied|attached|belonging) to\s+(?:the\s+)?|"
    r"(?:in|from|at|of|for)\s+(?:the\s+)?|"
    r"(?:appointed|set up|established|created|formed|named|backed|commissioned|mandated)"
    r"\s+by\s+(?:the\s+)?)"
    # "the Government of the Democratic Republic of the Congo gave": a name of capitals, or up
    # to four words
    + capitals(r"(?:(?-i:[A-Z][\w'-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w'-]*){1,6})|")
    + r"(?:[\w'-]+\s+){0,3}?[\w'-]+))?"
    # "The Ombudsman's Office (Defensoría del Pueblo) has raised its count"
    r"(?P<paren>\s+\([^()]{1,60}\))?"
    rf"{_RELATIVE}(?:(?:,[^,;]{{1,120}}){{1,3}},)?\s+{_AUX}$"
)
# "the independent research institute Indepaz said": a generic noun and the body's name (the noun
# in lower case: "the Families Union" is one name).
_APPOSED_BEFORE = re.compile(
    capitals(
        # ("The legal-rights organisation Acceso a la Justicia, in its own chronology of the
        # case, has counted 26 dead": a name's particles in lower case)
        rf"(?<![\w-])(?:{VOICE_NOUNS}),?\s+(?P<np>[A-Z][\w'&-]+"
        rf"(?:\s+(?:(?:a|la|las|el|los|de|del|da|do|dos|das|di|du|des|van|von)\s+){{0,2}}"
        rf"[A-Z][\w'&-]+)"
        rf"{{0,3}})(?:,[^,]{{1,80}},)?\s+{_AUX}$"
    )
)
# "the spokesperson of the defence forces, Omar Saranga, said": a person named after a title.
_NAMED_AFTER_TITLE = re.compile(
    capitals(
        # ("the head of the state railway company, Oleksandr Kamyshin, wrote")
        rf"(?i:{VOICE_NOUNS}|head|chief|director|chair(?:man|woman)?|president|secretary|"
        # ("The Minister of Interior, Justice and Peace, Nestor Reverol, announced")
        r"minister|commissioner|administrator|prefect)\b(?:[^,;.]{0,40},)?[^,;.]{0,70},\s+"
        r"(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),"
        rf"\s+{_AUX}$"
    )
)
# "the Commission (TJRC), in its final report handed over in May, concluded": the acronym
# speaks across a parenthetical between commas.
_ACRONYM_BEFORE = re.compile(
    # ("UTHR(J) gives", "the CPN(M) said": a letter in brackets is part of the name)
    capitals(
        rf"(?<![\w-])\(?(?P<np>[A-Z][A-Z0-9-]{{1,7}}(?:\([A-Z]{{1,2}}\))?)\)?"
        rf"(?:,[^,;.]{{1,100}},)?\s+{_AUX}$"
    )
)
# "General Dostum has acknowledged", "President Ortega said": a title and a name; the name is
# the voice (the report may give the whole name elsewhere)
_TITLE_NAME_BEFORE = re.compile(
    capitals(
        r"(?<![\w-])(?:General|Gen\.|President|Colonel|Col\.|Commander|Captain|Major|Governor|"
        r"Minister|Senator|Ambassador|Mayor|Judge|Prosecutor|Sheikh|Ayatollah|King|Prince)\s+"
        rf"(?P<np>[A-Z][a-z][\w'’-]+)\s+{_AUX}$"
    )
)
# "The Muslim Brotherhood and its allies have claimed", "Boko Haram said": a name that opens
# its clause and is the verb's subject
_NAMED_SUBJECT = re.compile(
    capitals(
        # ("The National Commission on Human Rights found": a body named for its field)
        # ("the Joint Committee on the Conduct of the War", "Justice for the Forgotten", "the
        # Commission to Study the Riot of 1921": two small words between capitals, a year last)
        r"(?<![\w'’-])(?:[Tt]he\s+)?(?P<np>[A-Z][\w'’&.-]+(?:\s+(?:(?:of|for|on|to|the|de|al|and)\s+)"
        rf"{{0,2}}(?:[A-Z]|(?:al|el)-[A-Z])[\w'’&.-]+){{0,6}}(?:\s+of\s+1[89]\d\d|\s+of\s+20\d\d)?)"
        r"(?:\s+and\s+(?:its|their)\s+[\w-]+)?"
        # ("Sani himself, speaking to residents in Kuriga, said")
        r"(?:\s+(?:himself|herself|itself|themselves))?"
        # "Amnon Kapeliouk, who investigated in Beirut in the weeks after, estimated"
        rf"(?:(?:,[^,;\"“”]{{1,120}}){{1,3}},)?\s+{_AUX}$"
    )
)
# A body's record that opens the sentence and speaks for it ("A Ministry of Health statement
# carried by the state news agency gave a figure of 41 dead")
_NAMED_RECORD = re.compile(
    capitals(
        r"\W*(?i:an?|the)\s+(?P<np>[A-Z][\w'’.-]+(?:\s+(?:(?:of|for|the|and|on)\s+)?[A-Z][\w'’.-]+){0,5})"
        # ("The Interior Ministry's statements on the evening of 17 March spoke of")
        r"(?:['’]s)?\s+(?:statements?|reports?|communiqu[eé]s?|press releases?|bulletins?|count|"
        r"tally|figures?|lists?|records?)\b"
    )
)
_ACRONYM = re.compile(r"\([A-Z][A-Za-z]*[A-Z][A-Za-z0-9-]{0,8}\)")
_CLAUSE_START = re.compile(r"(?:[,;:]|[\"”]|\b[Aa]nd|\b[Bb]ut)\s*$")
# "The Israeli journalist Amnon Kapeliouk", "the historian Bayan al-Hout": a description
# before the name, at the start of the clause
_DESCRIBED = re.compile(
    capitals(
        r"(?:^|[,;:\"”]\s*|\band\s+|\bbut\s+)(?:(?:The|the|A|a|An|an)\s+)?(?:[A-Z][\w-]*\s+)?"
        r"(?:(?!(?:in|of|for|to|from|by|with|at|on|and|or|who|whose|which|that)\s)[a-z][\w-]*\s+){1,2}$"
    )
)
_NOT_SUBJECT = frozenset(
    ["yesterday", "today", "later", "earlier", "meanwhile", "however", "then", "now", "last",
     "this", "in", "on", "at", "but", "and", "it", "he", "she", "they", "we", "i", "there",
     "a", "an", "the", "no", "yes", "no.", "yes."]
)  # fmt: skip
# "Funes said": a surname the document introduced with a first name ("Mauricio Funes").
_SURNAME_BEFORE = re.compile(capitals(rf"(?<![\w-])(?P<np>[A-Z][a-z][\w'-]+)\s+{_AUX}$"))
# "the legal aid office, Tutela Legal, which has documented 767 victims": a named body whose
# relative clause makes the claim.
_RELATIVE_SPEAKER = re.compile(
    capitals(
        r"(?<![\w-])(?P<np>[A-Z][\w'&-]+(?:\s+(?:of\s+|for\s+|the\s+|de\s+)?[A-Z][\w'&-]+){0,4})"
        rf",\s+(?:which|who)\s+{_AUX}$"
    )
)
# "some put the number of dead at 60,000", "many say": a clause opened by its speakers
_SOME_SAY = re.compile(
    rf"(?<![\w-])(?P<np>(?i:some|many|others|several|most)(?:\s+(?i:others|people))?)\s+{_AUX}$"
)
# "The Documentation of Oct 6 project, which has spent years tracing victims, argues that": a
# named body, its relative clause between commas, then its verb
_RELATIVE_BETWEEN = re.compile(
    capitals(
        r"(?<![\w-])(?P<np>[A-Z][\w'&-]+(?:\s+(?:of\s+|for\s+|the\s+|de\s+)?(?:[A-Z][\w'&-]+|"
        r"(?:al|el)-[A-Z][\w'-]+|\d+))"
        rf"{{0,5}}(?:\s+(?:{_SPEAKER_NOUNS}|project|campaign|foundation))?)"
        # ("the historian Bayan Nuwayhed al-Hout, whose team interviewed survivors, documented")
        rf",\s+(?:which|who|whose)\s+[^,.;:\"()]{{1,100}},\s+{_AUX}$"
    )
)

# overlapping; [A-Z](?<!\w[A-Z]) is \b[A-Z] with a leading class (re skips to capitals)
_INTRODUCED = re.compile(capitals(r"[A-Z](?<!\w[A-Z])[\w'.-]+\s+(?=([A-Z][a-z][\w'-]+)\b)"))
_CAPITAL_BEFORE = re.compile(capitals(r"[A-Z][\w'-]*\s+$"))  # "Camp Ashraf wrote": no bare surname
# (and the adverbs that open a sentence: "Yesterday, a spokesman for the council, X, said")
CALENDAR = frozenset(m.lower() for m in [*MONTHS, *WEEKDAYS]) | frozenset(
    ["yesterday", "today", "tonight", "tomorrow", "meanwhile", "separately", "however",
     "earlier", "later", "overnight", "now", "then", "last week", "this week",
     # ("Fourth, The Economist, in a 2011 article, gave 1,600 deaths": a list's order)
     "first", "second", "third", "fourth", "fifth", "sixth", "firstly", "secondly", "thirdly",
     "finally", "lastly", "moreover", "similarly", "likewise"]
)  # fmt: skip


_ARTICLE = re.compile(r"(?i)(?:the|a|an|its|their)\s+")  # used with match(pos): no ^


def noun_phrase(text: str, start: int, end: int) -> tuple[str, int, int]:
    lead = _ARTICLE.match(text, start, end)
    if lead is not None:
        start = lead.end()
    # "the school's own register": the register is the voice; "own" is emphasis
    return _OWN.sub("\\1", text[start:end]), start, end


_OWN = re.compile(r"(['’]s?)\s+own\b")
# "Wesley Martin, a former base commander in the camp, wrote": an indefinite noun phrase after a
# name and a comma describes that person; it is no speaker of its own
_APPOSITION = re.compile(capitals(r"[A-Z][\w'’-]+,\s+(?i:an?)\s+[^,]*$"))
_SUBORDINATE = re.compile(
    r"(?i)\b(?:after|before|since|until|because|although|though|whereas)\s+(?:[\w'-]+\s+){0,1}$"
)
_FIRST_PERSON = re.compile(r"(?i)(?:our|my)\s")


def generic_speaker(
    text: str, floor: int, end: int, surnames: dict[str, int] | None = None
) -> tuple[str, int, int] | None:
    """A generic speaker ending right before a speech verb ('local officials said')."""
    if text.startswith(("saying", "reporting", "citing", "giving", "telling"), end):
        # "Local officials have been saying up to 70", "newspapers were reporting at least 42"
        been = _BEEN.search(text, max(floor, end - 20), end)
        end = been.start() + 1 if been is not None else end
    found = _generic_speaker(text, floor, end, surnames)
    if found is not None and found[0].endswith(("'s", "’s")):
        return found[0][:-2], found[1], found[2] - 2  # "the Interior Ministry's statement"
    owned = _OWNED_PAPER.match(found[0]) if found is not None else None
    if found is not None and owned is not None:  # "The government's communique said": its owner
        return owned["owner"], found[1], found[1] + owned.end("owner")
    return found


_BEEN = re.compile(r"\s+(?:(?:has|have|had)\s+been|were|was)\s+$")
# the words before a named subject that are not its name ("And on Tuesday Abubakar Shekau says")
_LEAD_WORDS = CALENDAR | {"on", "in", "by", "and", "but"}
_FRONT_TIME = re.compile(
    r"(?i)\W*(?:(?:and|but)\s+)?(?:in|on|by|during|since|later|last|early|late|that|this)\b"
    r"[^,;:.]{0,30}?,?\s*"
)
_WORDS = re.compile(r"[A-Za-z]+")


def _time_lead(lead: str) -> bool:
    """The words before a named subject are a time that opens the sentence ("In 1865", "On
    Tuesday,", "In May 2008"), not a clause the name belongs to."""
    return _FRONT_TIME.fullmatch(lead) is not None and (
        any(ch.isdigit() for ch in lead) or any(w.lower() in CALENDAR for w in _WORDS.findall(lead))
    )


_OWNED_PAPER = re.compile(
    r"(?P<owner>.+?)['’]s\s+(?:communiqu[eé]|statement|bulletin|press release)$", re.IGNORECASE
)


def _generic_speaker(
    text: str, floor: int, end: int, surnames: dict[str, int] | None = None
) -> tuple[str, int, int] | None:
    patterns = (
        _APPOSED_BEFORE, _NAMED_AFTER_TITLE, _GENERIC_BEFORE, _ACRONYM_BEFORE, _RELATIVE_SPEAKER,
        _RELATIVE_BETWEEN,
    )  # fmt: skip
    for pattern in patterns:
        m = pattern.search(text, max(floor, end - 160), end)
        if m is None or _APPOSITION.search(text, max(0, m.start("np") - 40), m.end("np")):
            continue
        if _SUBORDINATE.search(text, max(0, m.start("np") - 30), m.start("np")):
            continue  # "detained him two months after his organisation published a report"
        if _FIRST_PERSON.match(text, m.start("np")):
            return None  # "our medical team reported": the report's own voice
        paren = m.groupdict().get("paren")
        if paren and _ACRONYM.fullmatch(paren.strip()):  # "the Tribunal for ... (ICTY) found"
            name, start, _end = noun_phrase(text, m.start("np"), m.start("paren"))
            return f"{name} {paren.strip()}", start, m.end("paren")
        return noun_phrase(text, m.start("np"), m.end("np"))
    m = _NAMED_SUBJECT.search(text, max(floor, end - 160), end)
    for _ in range(3):  # "On Tuesday the Joint Committee ... reported": past the time's words
        if m is None or m.group("np").split()[0].lower() not in _LEAD_WORDS:
            break
        m = _NAMED_SUBJECT.search(text, m.start("np") + len(m.group("np").split()[0]) + 1, end)
    if m is not None and m.group("np").split()[0].lower() not in _NOT_SUBJECT:
        lead = text[floor : m.start()]
        # "his brother, Omar, 28, said": a name between commas is an apposition, no subject
        # (not "Fourth, The Economist, in a 2011 article, gave": an opening word, no name)
        apposed = (
            lead.rstrip().endswith(",")
            and "," in text[m.end("np") : m.end()]
            and not all(w.lower() in CALENDAR for w in _WORDS.findall(lead))
        )
        if not apposed and (
            not lead
            or _CLAUSE_START.search(lead)
            or _DESCRIBED.search(lead)
            or _time_lead(lead)  # "In 1865 the Joint Committee on the Conduct of the War"
        ):
            return m.group("np"), m.start("np"), m.end("np")  # "Boko Haram said"
    m = _SOME_SAY.search(text, max(floor, end - 40), end)
    if m is not None and not any(c.isalpha() for c in text[floor : m.start()]):
        return m.group("np"), m.start("np"), m.end("np")  # "; some put the number at 60,000"
    m = _NAMED_RECORD.match(text, floor, end)
    if m is not None:  # "A Ministry of Health statement carried by the agency gave a figure"
        return m.group("np"), m.start("np"), m.end("np")
    m = _TITLE_NAME_BEFORE.search(text, max(floor, end - 60), end)
    if m is not None and m.group("np").lower() not in CALENDAR:
        return m.group("np"), m.start("np"), m.end("np")  # "General Dostum has acknowledged"
    m = _SURNAME_BEFORE.search(text, max(floor, end - 40), end)
    if (
        m is not None
        and m.group("np").lower() not in CALENDAR  # "monitors on Saturday found"
        and not _CAPITAL_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        first = surnames.get(m.group("np")) if surnames is not None else None
        if first is not None and first <= m.start():
            return m.group("np"), m.start("np"), m.end("np")
    return None


# "..., said Omer Kanat of the World Uyghur Congress", "..., says Halima.": a person named right
# after the speech verb, the name closing its clause (not "said Omer Kanat was detained")
# A person's name: up to four capitalised words, with the particles names carry ("Omer Kanat",
# "Ana de la Cruz"); shared with "according to Omer Kanat" (voices.py)
PERSON_NAME = capitals(
    r"[A-Z][\w'’.-]+(?:\s+(?:(?:de|da|del|van|von|bin|ibn|al|el)\s+)?[A-Z][\w'’.-]+){0,3}"
)
_INVERTED = re.compile(
    rf"\s+(?P<np>{PERSON_NAME})(?=\s*(?:[,;:.!?]|$)|\s+(?:of|from|at|who|whose)\b)"
)
_INVERTING_VERB = frozenset(["said", "says", "added", "wrote", "writes", "stated", "insisted"])


def inverted_speaker(
    text: str, verb: re.Match[str], ceiling: int, surnames: dict[str, int]
) -> tuple[str, int, int] | None:
    """The person named after an inverted speech verb ("said Omer Kanat"): two to four
    capitalised words, or one the document introduced as a surname ("says Halima" is not)."""
    if verb.group().lower() not in _INVERTING_VERB:
        return None
    m = _INVERTED.match(text, verb.end(), ceiling)
    if m is None:
        return None
    name = m["np"].rstrip(".")  # ("says Ruiz.": the stop ends the sentence)
    words = name.split()
    if words[0].lower() in CALENDAR or words[0].lower() in _NOT_SUBJECT:
        return None  # "said Tuesday", "said The"
    if len(words) == 1 and surnames.get(words[0], ceiling) > m.start("np"):
        return None
    return name, m.start("np"), m.start("np") + len(name)


def surname_index(text: str) -> dict[str, int]:
    """Where each capitalised word is first seen after another one ends ("Mauricio Funes"):
    a surname the document introduced with a first name, looked up instead of searched."""
    out: dict[str, int] = {}
    for m in _INTRODUCED.finditer(text):
        out.setdefault(m.group(1), m.end(1))
    return out


# "Ms. Lindqvist said that on 6 October the local authorities had reported 52 people killed":
# an earlier telling retold by another voice; the figure is the earlier teller's
_EARLIER_TELLING = re.compile(
    r"(?i),?\s+that,?\s+[^.;:\"“”]{1,120}?\b(?:had|has|have)\s+(?:\w+ly\s+|also\s+|first\s+)?"
    r"(?P<verb>reported|said|given|put|announced|estimated|counted|recorded|registered)\b"
)
_WORD = re.compile(r"\w+")


def earlier_telling(text: str, start: int, end: int) -> re.Match[str] | None:
    """The verb of an earlier telling that a speech verb ending at ``start`` retells."""
    m = _EARLIER_TELLING.match(text, start, end)
    return _WORD.match(text, m.start("verb")) if m is not None else None


# "the village head, Ezeugo Ani, said": the name between commas right before the verb is its
# subject, not a body the sentence named before it ("before the commission of inquiry that ...")
_APPOSED_NAME = re.compile(capitals(r",\s+(?P<np>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}),\s*$"))


def apposed_name(text: str, floor: int, end: int) -> tuple[str, int, int] | None:
    """A name of two to four words between commas that ends right before ``end``."""
    m = _APPOSED_NAME.search(text, max(floor, end - 60), end)
    return (m["np"], m.start("np"), m.end("np")) if m is not None else None


# "according to Omer Kanat", "according to Iraq Body Count": a name of two to four words
# (and a body named with a number: "Stichting Oktober 44", "Charter 77")
NAMED_SOURCE = re.compile(rf"{PERSON_NAME}(?:\s+\d{{1,4}})?")
# "according to Article 9", "according to Sharia Law": a norm, not a source
NORM_WORD = re.compile(
    r"\b(?:Article|Law|Convention|Code|Act|Constitution|Protocol|Rules|Statute|Charter"
    r"|Resolution|Principles|Decree|Tradition|Scripture|Bible|Quran|Koran)\b"
)
