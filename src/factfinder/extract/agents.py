"""Agents the actor lexicon cannot know: a named person or an organisation's initials as the
subject of an act verb ("Udham Singh shot dead Sir Michael O'Dwyer", "the NKVD deported the
families"), and a speaker who tells its own act ("Police said they had detained 100 people").

Read by the actors component after the roles of lexicon actors are set; each agent found here
is an :class:`ActorRef` with the role "perpetrator".
"""

from __future__ import annotations

import re
from functools import cache

from factfinder.extract.doc import ActorRef, Doc, Trigger
from factfinder.extract.gazetteer import gazetteer
from factfinder.extract.letters import LOWER, UPPER
from factfinder.extract.lexicon import load_csv

# The acts a subject does to others; a subject of "protested", "went on hunger strike" or
# "was sentenced" is no perpetrator, and a court is read by the actors component itself.
_AGENT_ACTS = frozenset(["killing", "execution", "abduction", "arrest", "torture", "attack",
                         "siege", "displacement", "destruction", "crackdown"])  # fmt: skip
# An active verb form opens the act word ("shot dead", "deported", "opened fire"); words that
# tell what befell the subject do not ("died", "disappeared", "fled").
_ACTIVE = re.compile(
    r"(?i)(?!(?:died|disappeared|perished|fled|displaced|starved|drowned|vanished|injured"
    r"|wounded|arrested|detained|imprisoned|jailed|killed\s+in)\b)"
    r"(?:\w+ed|shot|beat|beaten|took|taken|put|hanged|hung|held|set|burnt|slew|slit|threw|tore"
    r"|drove)\b"
)
# Between the subject and its verb: an auxiliary or an adverb, nothing else.
_GAP = re.compile(
    r"\s+(?:(?:had|has|have|also|then|later|himself|herself|themselves|"
    r"(?!(?:family|assembly|rally)\b)[a-z]+ly)\s+){0,2}"
)
_GAP_END = re.compile(_GAP.pattern + "$")
# "Milan Lukić and others beat ...": the named one leads the others
_AND_OTHERS = re.compile(r"\s+and\s+(?:others|(?:his|her|their)\s+men)$")
# "X took seven men to the river, lined them up and opened fire": the act verb coordinated
# with the verb of a sentence whose subject is a name (an opening phrase before it)
_COORDINATED = re.compile(r"(?:,\s*|\s+)and\s+(?:then\s+)?$|,\s+$")
# an opening phrase before the subject: one closed by a comma, or a date ("On 16 August 1819")
_OPENING = re.compile(
    r"(?:[^,.;:]{0,60},\s+|(?:On|In|Early on|Late on)\s+[^,.;:]{0,30}?\b\d{4}\s+)?(?:the\s+)?"
)
_SUBJECT_REACH = 80
_VERB = re.compile(rf"(?i)(?<![\w'’-]){_ACTIVE.pattern.removeprefix('(?i)')}")
# A verb with no object after it is a headline's passive ("Ali Rezaei killed in raid") or
# tells what befell its subject.
_NO_OBJECT = re.compile(
    r"(?i)\s*(?:[.,;:!?)\]\"”]|$|(?:by|in|on|at|during|after|while|as|when|near|for|with|and"
    r"|to|from|outside|inside|before|under|over|since|until|amid)\b)"
)
_WORD = rf"[{UPPER}][{LOWER}'’-]+"
_PARTICLE = r"(?:al|el|bin|ibn|de|del|da|dos|van|von|der|la|le)"
# One to four capitalised words (particles between them), or initials ("NKVD", "SADF").
_NAME = re.compile(
    # ("the 15th Hussars": a unit's ordinal opens its name)
    rf"(?:(?<![\w'’-])(?:\d{{1,3}}(?:st|nd|rd|th)\s+)?{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}}"
    rf"|(?<![\w'’-])[{UPPER}]{{2,6}}(?:-[{UPPER}]{{1,4}})?)$"
)
# Capitalised words that open a sentence or a clause, or name a time: not part of a name.
_NOT_NAME = frozenset([
    "the", "a", "an", "on", "in", "at", "by", "after", "when", "then", "later", "soon", "last",
    "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "some",
    "many", "most", "all", "several", "both", "few", "other", "another", "while", "during",
    "before", "since", "until", "as", "if", "once", "yet", "so", "but", "and", "or", "nor",
    "for", "of", "to", "from", "with", "without", "according", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "police", "army", "government", "authorities", "troops", "soldiers", "forces", "security",
    "military", "state", "court",
])  # fmt: skip
# A name right after one of these is the object of a preposition, not a subject.
_BEFORE = re.compile(
    r"(?i)\b(?:of|by|for|to|with|from|against|on|in|at|about|over|under|into|near|behind"
    r"|along|across|through|toward|towards|past|via|onto|upon|beside|between|among|around"
    r"|outside|inside|killing|killed|shot|murdered|executed|arrested|detained|abducted"
    r"|kidnapped)\s+$"
)
# A name ending in one of these is a place the places component did not know.
_PLACE_END = re.compile(
    r"(?:Avenue|Street|Road|Square|Bridge|Boulevard|Park|Hill|Hills|River|Valley|Village"
    r"|Camp|Prison|District|Province|Region|Highway|Gate|Market|Stadium|Church|Mosque"
    r"|School|University|Hospital|Station|Airport|Port|Island|Mountains?|Forest|Desert)$"
)
# Initials that name places or bodies that do not act: "the US bombed" is told by the
# country rule of the actors component, "the UN said" is a voice.
_NOT_INITIALS = frozenset(["UN", "US", "USA", "UK", "EU", "AU", "ICC", "ICRC", "OHCHR", "NGO",
                           "HRW", "AI", "BBC", "AP", "AFP", "TV", "OK", "AM", "PM", "GMT",
                           "UTC", "ID", "DNA", "PDF", "CEO", "MP", "MPS", "II", "III", "IV",
                           "VI", "VII", "VIII", "IX", "XI", "XII"])  # fmt: skip


def named_agents(
    doc: Doc, by_sentence: dict[int, list[Trigger]], refs: dict[int, list[ActorRef]]
) -> list[ActorRef]:
    """Named persons and initials right before an active act verb, with nothing but an
    auxiliary between, where no lexicon actor or place is named."""
    out: list[ActorRef] = []
    places: dict[int, list[tuple[int, int]]] = {}
    for p in doc.places:
        places.setdefault(p.sentence, []).append((p.start, p.end))
    for index, triggers in by_sentence.items():
        floor = doc.sentences[index].start
        for t in triggers:
            if t.act not in _AGENT_ACTS or not _ACTIVE.match(doc.norm, t.start, t.end):
                continue
            m = _subject(doc.norm, floor, t)
            if m is None:
                continue
            start = _skip_openers(doc.norm, m.start(), m.end())
            if start is None or _BEFORE.search(doc.norm, max(floor, start - 20), start):
                continue
            named = places.get(index, [])
            if any(start < e and s < m.end() for s, e in named) or _PLACE_END.search(m.group()):
                continue
            if any(start < r.end and r.start < m.end() for r in refs.get(index, [])):
                continue
            name = doc.text[start : m.end()]
            out.append(ActorRef(start, m.end(), index, name, "named", "perpetrator"))
            break
    return out


def _subject(text: str, floor: int, t: Trigger) -> re.Match[str] | None:
    """The name right before the act verb ("Udham Singh shot dead"), or before "and others"
    there, or the name that opens the sentence when the act verb is coordinated with the
    first verb of that name ("Milan Lukić took seven men ..., and opened fire")."""
    tail = _GAP_END.search(text, max(floor, t.start - 60), t.start)
    if tail is not None and not _NO_OBJECT.match(text, t.end):
        end = tail.start()
        others = _AND_OTHERS.search(text, max(floor, end - 20), end)
        end = others.start() if others is not None else end
        m = _NAME.search(text, max(floor, end - 60), end)
        if m is not None:
            return m
    if not _COORDINATED.search(text, max(floor, t.start - 12), t.start):
        return None
    opening = _OPENING.match(text, floor, t.start)
    start = opening.end() if opening is not None else floor
    # (the subject's verb follows its name closely: the search is bounded, so a sentence
    # of many coordinated acts stays linear)
    for verb in _VERB.finditer(text, start, min(t.start, start + _SUBJECT_REACH)):
        head = text[start : verb.start()]
        gap = _GAP_END.search(head)
        if gap is None:
            continue
        end = start + gap.start()
        others = _AND_OTHERS.search(text, max(start, end - 20), end)
        end = others.start() if others is not None else end
        m = _NAME.match(text, start, end)
        return m if m is not None and m.end() == end else None
    return None


def _skip_openers(text: str, start: int, end: int) -> int | None:
    """Where the name begins once the capitalised openers ("The", "On", "Police") are left
    out, or None when what is left is no name: a single word that is not initials."""
    words = list(re.finditer(r"\S+", text[start:end]))
    i = 0
    while i < len(words) and words[i].group(0).lower() in _NOT_NAME:
        i += 1
    rest = words[i:]
    if not rest:
        return None
    if len(rest) == 1:
        word = rest[0].group(0)
        if word.isupper():
            if word.split("-")[0] in _NOT_INITIALS:
                return None
        elif not (word.endswith("s") and word[:-1] in _demonyms()):
            return None  # "the Germans had shot"; not "Monday", "Witnesses"
    return start + rest[0].start()


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(r["demonym"] for r in load_csv("demonyms.csv"))


# "Police said they had detained more than 100 people": the speaker tells its own act.
_SAID_THEY = re.compile(
    r"(?i)\b(?:said|say|says|announced|confirmed|admitted|acknowledged|reported|stated)\s+"
    r"(?:that\s+)?(?:they|it)\s+(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+|since\s+)?$"
)
_SPEAKER_GAP = 40


def speakers_own_acts(
    doc: Doc, by_sentence: dict[int, list[Trigger]], refs: dict[int, list[ActorRef]]
) -> list[ActorRef]:
    """The actor that says "they had detained", "it had arrested": the perpetrator of the
    act it tells, though it is also the voice (``ActorRef.admits``)."""
    out: list[ActorRef] = []
    for index, triggers in by_sentence.items():
        found = refs.get(index)
        if not found:
            continue
        floor = doc.sentences[index].start
        for t in triggers:
            if t.act not in _AGENT_ACTS:
                continue
            said = _SAID_THEY.search(doc.norm, max(floor, t.start - 60), t.start)
            if said is None:
                continue
            before = [r for r in found if 0 <= said.start() - r.end <= _SPEAKER_GAP]
            if not before:
                continue
            r = before[-1]
            if "." in doc.norm[r.end : said.start()] or r.kind == "judicial":
                continue
            out.append(ActorRef(r.start, r.end, index, r.name, r.kind, "perpetrator", True))
            break
    return out


# "a Russian airstrike", "a US drone strike": the state whose arms struck, named by its people
# or its initials right before the strike
_STRIKE = re.compile(
    rf"(?<![\w'’.-])(?P<who>U\.S\.|US|UK|[{UPPER}][{LOWER}]+)\s+(?:(?:air|drone|missile|rocket|"
    r"artillery|naval)\s+)?(?:strikes?|airstrikes?|air\s+raids?|bombing|bombardment|shelling)\b"
)
_INITIALS = frozenset(["U.S.", "US", "UK"])


def striking_states(
    doc: Doc, by_sentence: dict[int, list[Trigger]], refs: dict[int, list[ActorRef]]
) -> list[ActorRef]:
    """The state a strike is told of by its people's name ("killed in a Russian airstrike"), in
    a sentence with an act word that names no perpetrator."""
    if not any(w in doc.low for w in ("strike", "raid", "bomb", "shelling")):
        return []
    out: list[ActorRef] = []
    for m in _STRIKE.finditer(doc.norm):
        index = doc.sentence_of(m.start(), m.end())
        if index is None or index not in by_sentence:
            continue
        if any(r.role == "perpetrator" for r in refs.get(index, [])):
            continue
        who = m.group("who")
        if who in _INITIALS or gazetteer().is_demonym(who):
            out.append(ActorRef(m.start("who"), m.end("who"), index, who, "state", "perpetrator"))
    return out
