"""The actors component: named actors (alias dictionary) and perpetrator noun phrases, with role.

Role is read from the sentence: the agent of an act word (subject before an active verb,
"by X" after a passive one, "blamed X", "accused X of") is a perpetrator; the object of an
act word ("killed three soldiers") is a victim group. A subject before a passive verb
("soldiers were killed") or a speaker before a speech verb ("the army said ... killed") is
not an agent. Courts and judges are perpetrators of sentences only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from factfinder.extract.agents import named_agents, speakers_own_acts, striking_states
from factfinder.extract.aliases import AliasMatcher
from factfinder.extract.datepatterns import CALENDAR_NAMES
from factfinder.extract.doc import ActorRef, Doc, Trigger
from factfinder.extract.letters import capitals
from factfinder.extract.lexicon import actors_data
from factfinder.extract.prefilter import TextGate, required
from factfinder.extract.scan import Hit, PhraseMatcher

_BY = re.compile(
    r"(?i)\b(?:by|of|from|blamed(?:\s+on)?|blaming|accused|accusing|against|implicated|implicating"
    r"|during\s+(?:an?|the)"  # "killed during an army operation"
    r"|attributed\s+to|responsible\s+was|perpetrated\s+by|carried\s+out\s+by|committed\s+by"
    r"|at\s+the\s+hands\s+of|on\s+the\s+orders?\s+of)"
    r"\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+|members\s+of\s+(?:the\s+|a\s+)?)?"
    r"(?:suspected\s+|alleged\s+|presumed\s+)?$"  # "killed by suspected jihadists"
)
_BLAME = re.compile(
    r"(?i)\b(?:blamed|blames|blame|accused|accuses|accuse|attributed\s+(?:it|the\s+\w+)\s+to"
    r"|held|holds|identified)\s+(?:the\s+|a\s+|an\s+)?$"
)
_CULPRITS = re.compile(
    r"(?i)\bthe\s+(?:killers|attackers|perpetrators|assailants|culprits|gunmen|shooters)\s+"
    r"(?:were|was|had\s+been)\s+(?:(?:all|mostly|members\s+of)\s+)?(?:the\s+)?"
)
_CULPRIT_GATE = TextGate(required(_CULPRITS))
_AGENT_GAP = re.compile(r"^[^.;:\"]{0,200}$")
_OBJECT_GAP = 30
_OFFICIAL_GAP = 60
_NOT_OBJECT = re.compile(
    r"(?i)\b(?:after|when|as|while|before|because|since|until|during|in|at|on|amid|and|but"
    r"|who|which|that|where|with)\b"
)
_PASSIVE = re.compile(
    r"(?i)\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+|not\s+|also\s+|then\s+)?$"
)
_SPEECH = re.compile(
    r"(?i)\b(?:said|say|says|saying|told|tells|reported|reports|stated|states|announced"
    r"|found|find|finds|documented|documents|estimated|estimates|confirmed|confirms|claimed"
    r"|claims|denied|denies|alleged|alleges|acknowledged|admitted|recorded|counted|put\s+the"
    r"|warned|warns|condemned|condemns|urged|urges|urging|called|calls|calling|investigat\w+"
    r"|according|wrote|written|writes|demand\w*|inquiry|inquiries|article|op-ed|statement)\b"
)
# "death commissions were set up overseeing the executions", "the unit responsible for the
# killings": the actor before the act word is its agent, whatever punctuation lies between.
_RESPONSIBLE = re.compile(
    r"(?i)^[^.;]{0,80}?\b(?:responsible\s+for|responsibility\s+for|in\s+charge\s+of|overseeing|oversaw|tasked\s+with"
    r"|to\s+carry\s+out|carried\s+out|behind)\s+(?:the\s+|these\s+|those\s+)?[^.;]{0,20}$"
)
_PARTICLE = r"(?:(?:al|el|bin|ibn|de|del|van|von)[- ])?"
_PERSON_NAME = capitals(rf"{_PARTICLE}[A-Z][\w'’-]+(?:\s+{_PARTICLE}[A-Z][\w'’-]+){{0,2}}")


def _official_pattern(titles: list[str]) -> re.Pattern[str]:
    """'Iraqi Prime Minister al-Maliki', 'General Min Aung Hlaing': an official named with a
    title of the lexicon (``official_titles`` in actors.yaml)."""
    alternation = "|".join(
        r"\s+".join(re.escape(w) for w in t.split()) for t in sorted(titles, key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{alternation})\s+(?P<name>{_PERSON_NAME})")


_COORDINATED = re.compile(
    r"(?i)\s*(?:,\s*)?(?:and|or|as\s+well\s+as|along\s+with|together\s+with)\s+"
    r"(?:its|their|the|his|her)?\s*$"
)
_SENTENCE_ACTS = frozenset(["death_sentence", "imprisonment", "execution"])
# the heads that name a court (read by verdicts.py too)
JUDICIAL = frozenset(["court", "courts", "tribunal", "tribunals", "judge", "judges", "judiciary",
                       "jury", "juries", "chamber", "chambers"])  # fmt: skip
# Heads that name a perpetrator only with a telling modifier ("armed men", "an elite army unit").
_WEAK = frozenset(["men", "man", "group", "groups", "unit", "units", "individuals", "people",
                   "persons", "elements", "aircraft", "drones", "jets", "warplanes", "members",
                   "youths", "squad", "squads", "patrols", "patrol"])  # fmt: skip
_WEAK_MODS = frozenset(["armed", "masked", "unknown", "unidentified", "hooded", "uniformed",
                        "plainclothes", "plain-clothes", "paramilitary", "criminal", "militant",
                        "rebel", "jihadist", "extremist", "terrorist", "elite", "military", "army",
                        "police", "special", "death", "civil", "security", "government", "state",
                        "pro-government", "insurgent", "islamist", "separatist", "vigilante",
                        "self-defence", "self-defense", "gunmen", "air", "naval", "navy",
                        "commando", "assault", "militia", "intelligence", "regime", "enemy",
                        "coalition", "israeli", "russian", "syrian", "unmanned"])  # fmt: skip
# After a head: "loyal to the government", "of the 33rd Division", "in Yangon", "from Xococ".
_TAIL = re.compile(
    capitals(
        r"(?:\s+(?:loyal|linked|allied|affiliated|close|belonging)\s+to\s+(?:the\s+|a\s+)?"
        r"(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}|government|regime|army|military|state|junta)"
        # ("troops of the army's Atlacatl rapid-reaction battalion", "fighters of the Sinia
        # brigade": a named unit, its kind in lower case)
        r"|\s+(?:of|in|from)\s+(?:the\s+)?(?:(?:army|navy|police|military)['’]s\s+)?"
        r"(?:\d+\w*\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|al|de|del)){0,3}"
        r"(?:(?:\s+[a-z][\w-]*){0,2}?\s+(?:brigade|battalion|regiment|division|legion|unit|"
        r"company|squadron|corps|cavalry|commando|task\s+force)\b)?)"
    )
)
_TAIL_HEADS = frozenset(["militia", "militias", "court", "tribunal", "brigade", "battalion",
                         "division", "regiment", "unit", "patrollers", "members", "group",
                         "fighters", "forces", "troops", "soldiers", "police", "army"])  # fmt: skip


# A head followed by one of these names a place or a thing, not an actor.
_PLACE_AFTER = re.compile(
    r"\s+(?:quarter|station|stations|headquarters|base|bases|barracks|building|buildings"
    r"|custody|van|vans|truck|trucks|car|cars|vehicles?|positions?|posts?|checkpoints?|camps?"
    r"|compound|hospital|academy|cells?|jail|prison|offices?|spokesm[ae]n|spokeswoman"
    r"|spokesperson|sources|records|files|archives|report|reports|statement|figures|data)\b"
)
_UNIT_END = re.compile(r"(?:Battalion|Brigade|Regiment|Division|Company|Corps|Unit|Squadron)$")
# A name in the tail that is only the adjective of a lower-case noun after it: a force
# ("soldiers of the Dominican army") takes the noun in; a territory ("police in the Indian
# state of Tamil Nadu", "in the Kadıköy district") leaves the head alone.
_TAIL_FORCE = re.compile(
    r"(?:['’]s)?(?:\s+(?:rebel|peacekeeping|fighting|security|armed|special))?"
    r"\s+(?:army|navy|air\s+force|police|military|forces?|militias?|rebels|vanguard|guard)\b"
)
_TAIL_LAND = re.compile(
    r"\s+(?:state|district|province|region|city|town|port|village|county|capital|border|side)\b"
)


def _heads(heads: list[str]) -> PhraseMatcher[str]:
    return PhraseMatcher([(re.escape(h.lower()), h) for h in heads])


def _last_tokens(text: str, floor: int, end: int, tokens: int) -> int:
    """Where the last ``tokens`` white-space separated tokens of ``text[floor:end]`` begin
    (at the white space before them), or ``floor``: no match of a pattern of at most that
    many tokens ending at ``end`` starts before (the search is the same from there)."""
    parts = text[floor:end].rsplit(None, tokens)
    return floor + len(parts[0]) if len(parts) > tokens else floor


_CALENDAR_WORD = "(?:" + "|".join(sorted(n.title() for n in CALENDAR_NAMES)) + ")"


def _lead_pattern(modifiers: list[str]) -> re.Pattern[str]:
    """Up to four modifiers or capitalised words right before a head, read backwards."""
    mod = "|".join(re.escape(m) for m in sorted(set(modifiers), key=len, reverse=True))
    word = capitals(
        # (not a date's month or day: "On the night of 8 December soldiers entered")
        rf"(?:(?!{_CALENDAR_WORD}\b)[A-Z][\w'-]*|\d+(?:st|nd|rd|th)|"
        rf"[\w]+-(?:backed|aligned|led|affiliated|government"
        rf"|held|controlled|allied)|(?i:{mod}))"
    )
    return re.compile(rf"(?<![\w-])(?:{word}\s+){{1,4}}$")


_CLAUSE_BREAK = re.compile(r"[,;.]")
_SPEAKER_BREAK = re.compile(r"[,;:\"]")


class ActorTagger:
    """Writes an :class:`ActorRef` for each actor named, with its role when the sentence shows it."""  # noqa: E501

    name = "actors"
    version = "0.14.0"
    reads: tuple[str, ...] = ("sentences", "triggers")
    writes: tuple[str, ...] = ("actors",)

    def __init__(self) -> None:
        data = actors_data()
        entries = [(a, x["name"], x["kind"]) for x in data["actors"] for a in x["aliases"]]
        self.aliases = AliasMatcher(entries)
        heads = [*data["perpetrator_heads"], *_WEAK, *JUDICIAL]
        self.heads = _heads(heads)
        modifiers = [*data["perpetrator_modifiers"], *_WEAK_MODS]
        self.lead = _lead_pattern(modifiers)
        # a lead is at most four words, a word at most this many white-space separated tokens
        self.reach = 4 * max(1, *(len(m.split()) for m in modifiers))
        self.officials = _official_pattern(data["official_titles"])
        self._titles = TextGate(required(self.officials, 48))  # a title is in every match

    def __call__(self, doc: Doc) -> Doc:
        by_sentence: dict[int, list[Trigger]] = {}
        for t in doc.triggers:
            by_sentence.setdefault(t.sentence, []).append(t)
        refs: dict[int, list[ActorRef]] = {}
        for hit in self.aliases.find(doc.norm, low=doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is not None and index in by_sentence:
                name = doc.text[hit.start : hit.end]  # as the source names it (gold-format)
                refs.setdefault(index, []).append(
                    ActorRef(hit.start, hit.end, index, name, hit.kind)
                )
        titled = self._titles.passes(doc.norm, doc.low)
        officials = self.officials.finditer(doc.norm) if titled else ()
        for m in officials:
            index = doc.sentence_of(m.start(), m.end())
            if index is not None and index in by_sentence:
                start, end = m.span("name")
                if not any(start < r.end and r.start < end for r in refs.get(index, [])):
                    refs.setdefault(index, []).append(
                        ActorRef(start, end, index, doc.text[start:end], "official")
                    )
        heads = self.heads.find(doc.low)
        for n, head in enumerate(heads):
            index = doc.sentence_of(head.start, head.end)
            if index is None or index not in by_sentence:
                continue
            nxt = heads[n + 1] if n + 1 < len(heads) else None
            if nxt is not None and 0 <= nxt.start - head.end <= 1:
                weak = nxt.payload.lower()
                if weak not in _WEAK or self._phrase(doc, index, nxt.start, nxt.end, weak):
                    continue  # "paramilitary forces", "army officers": the next head takes it
            elif _PLACE_AFTER.match(doc.low, head.end):
                continue  # "the government quarter", "a police station": a place, no actor
            ref = self._phrase(doc, index, head.start, head.end, head.payload.lower())
            if ref is None:
                continue
            if not any(ref.start < r.end and r.start < ref.end for r in refs.get(index, [])):
                refs.setdefault(index, []).append(ref)
        culprits = (
            self._culprits(doc, heads, refs) if _CULPRIT_GATE.passes(doc.norm, doc.low) else []
        )
        they = self._they(doc, by_sentence, refs, heads)
        they += _states(doc, by_sentence, refs)
        for index, found in sorted(refs.items()):
            found.sort(key=lambda r: r.start)
            for ref in found:
                ref.role = _role(doc.norm, doc.sentences[index].start, ref, by_sentence[index])
            for before, ref in pairwise(found):
                # "by agents of the regime and its proxy forces": one role for both
                if ref.role is None and before.role == "perpetrator":  # noqa: SIM102
                    if _COORDINATED.match(doc.norm, before.end, ref.start):
                        ref.role = "perpetrator"
            doc.actors.extend(found)
        agents = named_agents(doc, by_sentence, refs) + speakers_own_acts(doc, by_sentence, refs)
        agents += striking_states(doc, by_sentence, refs)
        if they or culprits or agents:
            doc.actors.extend(they)
            doc.actors.extend(culprits)
            doc.actors.extend(agents)
            doc.actors.sort(key=lambda a: (a.sentence, a.start))
        return doc

    def _culprits(
        self, doc: Doc, heads: list[Hit[str]], refs: dict[int, list[ActorRef]]
    ) -> list[ActorRef]:
        """ "Survivors say the killers were shabiha": the actor named right after "the killers
        were" is the perpetrator of the incident its paragraph tells, in a sentence with no act
        word of its own."""
        out: list[ActorRef] = []
        starts = {h.start: h for h in heads}
        for m in _CULPRITS.finditer(doc.norm):
            index = doc.sentence_of(m.start(), m.end())
            if index is None or any(r.start >= m.end() for r in refs.get(index, [])):
                continue  # a sentence with act words names its actors, with their roles, itself
            hits = [h for h in self.aliases.find(doc.norm, m.end(), m.end() + 60, low=doc.low)
                    if h.start == m.end()]  # fmt: skip
            if hits:
                h = hits[0]
                out.append(ActorRef(h.start, h.end, index, doc.text[h.start : h.end], h.kind,
                                    "perpetrator"))  # fmt: skip
                continue
            head = next((starts[i] for i in range(m.end(), m.end() + 40) if i in starts), None)
            if head is not None:
                ref = self._phrase(doc, index, head.start, head.end, head.payload.lower())
                if ref is not None and ref.start >= m.end():
                    ref.role = "perpetrator"
                    out.append(ref)
        return out

    def _they(
        self,
        doc: Doc,
        by_sentence: dict[int, list[Trigger]],
        refs: dict[int, list[ActorRef]],
        heads: list[Hit[str]],
    ) -> list[ActorRef]:
        """ "The soldiers came to our street. [...] They shot them": "they" right before an
        act verb, in a sentence that names no actor, is the armed group named last before it
        (within a few paragraphs); the claim quotes that naming."""
        starts = [h.start for h in heads]
        out: list[ActorRef] = []
        for index, triggers in by_sentence.items():
            if refs.get(index):
                continue
            s = doc.sentences[index]
            for t in triggers:
                they = _THEY.search(doc.norm, max(s.start, t.start - 30), t.start)
                if they is None:
                    continue
                i = bisect_left(starts, they.start())
                while i > 0:
                    i -= 1
                    head = heads[i]
                    if they.start() - head.end > _THEY_REACH:
                        break
                    if head.payload.lower() in _WEAK or head.payload.lower() in JUDICIAL:
                        continue
                    named = doc.sentence_of(head.start, head.end)
                    ref = self._phrase(
                        doc, index if named is None else named, head.start, head.end,
                        head.payload.lower(),
                    )  # fmt: skip
                    if ref is not None:
                        ref.sentence, ref.role = index, "perpetrator"
                        out.append(ref)
                    break
                break
        return out

    def _phrase(self, doc: Doc, index: int, start: int, end: int, head: str) -> ActorRef | None:
        floor = _last_tokens(
            doc.norm, max(doc.sentences[index].start, start - 80), start, self.reach
        )
        m = self.lead.search(doc.norm, floor, start)
        s0 = m.start() if m is not None else start
        if head in _WEAK:
            lead = doc.low[s0:start].replace("-", " ").split()
            if not any(w in _WEAK_MODS for w in [*lead, *doc.low[s0:start].split()]):
                return None
        if doc.low.startswith("the ", s0):
            s0 += 4
        e0 = end
        if head in _TAIL_HEADS:
            stop = doc.sentences[index].end
            t = _TAIL.match(doc.norm, end, stop)
            if t is not None:
                e0 = t.end()
                # "of the 1st Battalion of the Parachute Regiment": a unit of a unit
                unit = _UNIT_END.search(doc.norm, max(0, e0 - 12), e0)
                more = _TAIL.match(doc.norm, e0, stop) if unit else None
                e0 = more.end() if more is not None else e0
                force = _TAIL_FORCE.match(doc.norm, e0, stop)
                if force is not None:
                    e0 = force.end()
                elif _TAIL_LAND.match(doc.norm, e0, stop):
                    e0 = end
        kind = "judicial" if head in JUDICIAL else "group"
        return ActorRef(s0, e0, index, doc.text[s0:e0], kind)


# a country as the subject of the act verb right after it: "Saudi Arabia put 81 men to death",
# "Velnia executed seven juveniles" (a state acts through its organs)
_STATE_GAP = re.compile(r"\s+(?:(?:has|have|had|also|then|reportedly)\s+){0,2}$")
_STATE_VERB = re.compile(r"(?i)^(?:\w+ed|put|shot|hanged|hung|sentenced|held|took|beat)\b")


def _states(
    doc: Doc, by_sentence: dict[int, list[Trigger]], refs: dict[int, list[ActorRef]]
) -> list[ActorRef]:
    """Countries that are the subject of an act verb in a sentence that names no actor."""
    out: list[ActorRef] = []
    for p in doc.places:
        if p.kind != "country" or p.sentence not in by_sentence or refs.get(p.sentence):
            continue
        for t in by_sentence[p.sentence]:
            if (
                0 < t.start - p.end <= 30
                and _STATE_GAP.fullmatch(doc.norm, p.end, t.start)
                and _STATE_VERB.match(doc.norm[t.start : t.end])
            ):
                name = doc.text[p.start : p.end]
                out.append(ActorRef(p.start, p.end, p.sentence, name, "state", "perpetrator"))
                break
    return out


# "they" as the subject of the act word that follows it ("they shot", "they had burned")
_THEY = re.compile(r"(?:^|(?<=[\s,;:]))[Tt]hey\s+(?:had\s+|have\s+|then\s+|also\s+)?$")
_THEY_REACH = 700


def _role(norm: str, floor: int, ref: ActorRef, triggers: list[Trigger]) -> str | None:
    if ref.kind == "opposition":
        return "victim"
    if ref.kind == "judicial":
        triggers = [t for t in triggers if t.act in _SENTENCE_ACTS]
    for t in triggers:
        if t.start < ref.start and ref.end <= t.end and ref.start - t.start > 3:
            return "victim"  # inside the act phrase: "sentenced 29 officers to life"
    before = norm[max(floor, ref.start - 40) : ref.start]
    if _BLAME.search(before):
        return "perpetrator"
    for t in triggers:
        gap = norm[t.end : ref.start]
        if 0 <= ref.start - t.end <= _OBJECT_GAP and not _CLAUSE_BREAK.search(gap):
            if _BY.search(gap) or norm[t.start : t.end].lower().endswith(" by"):
                return "perpetrator"
            if not _NOT_OBJECT.search(gap):
                return "victim"
    after = sorted((t for t in triggers if t.start >= ref.end), key=lambda t: t.start)
    if after and _PASSIVE.search(norm[ref.end : after[0].start][-40:]):
        return "victim"  # the subject of a passive act: "soldiers were killed"
    for t in after:
        gap = norm[ref.end : t.start]
        if ref.kind == "official" and (len(gap) > _OFFICIAL_GAP or _SPEAKER_BREAK.search(gap)):
            continue  # "Minister X has written an op-ed urging ... for the massacre": a speaker
        if _AGENT_GAP.match(gap) and not _SPEECH.search(gap):
            return "perpetrator"
        if _RESPONSIBLE.match(gap):
            return "perpetrator"
    by = norm[max(floor, ref.start - 40) : ref.start]
    if _BY.search(by) and any(t.end <= ref.start for t in triggers):
        return "perpetrator"
    return None


_NAMED_FORCES = frozenset({"armed_group", "militia"})


def named_force(actors: list[ActorRef]) -> ActorRef | None:
    """The first named armed group or militia an incident's sentences give as its perpetrator,
    for a mention whose own sentences only say "gunmen" or "the attackers"."""
    named = (a for a in actors if a.role == "perpetrator" and a.kind in _NAMED_FORCES)
    return next((a for a in named if not a.admits), None)
