"""The counts component: numbers that count victims or events, with their category and trigger."""

from __future__ import annotations

import re

from factfinder.extract.countcontext import (
    AMONG_BEFORE,
    LISTED_HEADS,
    NAMES_AFTER,
    NAMES_CUE,
    NAMES_OF,
    NUMBER_OF_NOUN,
    OWN_CLAUSE,
    PUT_FIGURE,
    PUT_NOUN_AT,
    TOLL_BEFORE,
    TOLL_OF,
    TOLL_OF_BEFORE,
    among_the,
    asked_toll,
    elliptic,
    fields,
    last_counted,
    listed_category,
    table_figures,
    toll_before,
)
from factfinder.extract.countgaps import trigger_gap
from factfinder.extract.doc import Doc, Quantity
from factfinder.extract.lexicon import acts_data
from factfinder.extract.numberroles import (
    NATURAL_CAUSE,
    OF_WHOM_DIED,
    POPULATION_BEFORE,
    RETOLD,
    RETOLD_CUE,
    RETOLD_SAID_CUE,
    accused,
    breakdown,
    cases_of,
    group_of_one,
    is_age,
    kin_as_object,
    may_retell,
    named_lists,
    number_in_name,
    said_figure,
    survivors,
    tried,
    whole_elsewhere,
)
from factfinder.extract.numbers import Number, find_numbers
from factfinder.extract.prefilter import lowered_variant
from factfinder.extract.scan import PhraseMatcher
from factfinder.model import Count

_SUBSET_BEFORE = re.compile(r"(?i)\b(?:including|among them|among whom|of them)\s*$")
_SUBSET_AFTER = re.compile(
    r"(?i)^\s*(?:of whom|of them|among them|of the (?:dead|victims|killed|bodies|wounded|injured|"
    r"detainees|missing))\b"  # "Sixteen of the dead were Tamils": a part of a toll told
)
# ("of the 39 accused", "the four accused": a number may stand between; "27 accused were")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+(?:[\d,]+\s+)?$")
_ACCUSED_NOUN = re.compile(r"\s+(?:were|are|had|have|remain(?:ed)?)\b")
_OF_THEM = re.compile(r"(?i)\s*of\s+(?:them|the|these|those)\b")  # "four of the accused"
# "several of the dead were elderly men": a part of a toll told before, never the count
_PART_OF_TOLL = re.compile(
    r"(?i)\s*of\s+the\s+(?:dead|victims|killed|bodies|wounded|injured|detainees|missing|"
    r"hostages)\b"
)
_RATE_AFTER = re.compile(
    # (not "still missing a week after militants stormed the school": a time, no rate)
    r"(?i)^[^.;]{0,40}?\b(?:per|a|each)\s+(?:day|week|month|year)\b(?!\s+(?:after|before|later|"
    r"earlier|ago)\b)|^[^.;]{0,25}\bon average\b"
)
# "on average, there have been 9 protests", "an average of 9 a day": a rate, not a count
_RATE_BEFORE = re.compile(r"(?i)\b(?:on average\b[^.;]{0,30}|(?:an|the) average of\s*)$")
_NOT_COUNT_BEFORE = re.compile(
    r"(?i)(?:\bout of|\bno|\bnot|\$|€|£|No\.|number|article|resolution|item|age|aged|page|under the age of)\s*$"  # noqa: E501
)
_NOT_COUNT_LONGEST = len("under the age of")  # the longest word of _NOT_COUNT_BEFORE


def _not_count_floor(before: str) -> int:
    """Where a match of _NOT_COUNT_BEFORE can start at the earliest: it is one of its words
    and then only white space to the end ($), so it ends where ``before.rstrip()`` ends."""
    return max(0, len(before.rstrip()) - _NOT_COUNT_LONGEST)


_DEATHS_OF = re.compile(
    r"(?i)\b(?:deaths?|bodies|remains|lives)\s+of\s+(?:the\s+|some\s+|about\s+)?$"
)
# The verb right after the counted noun ("dozens of others were wounded") or right before
# the number ("wounding a dozen") names the category when it is a casualty word.
_VERB_AFTER = re.compile(
    # ("at least 11 members of one extended family were dead": past the group they are of)
    r"(?i)(?:\s+of\s+(?:one|a|an|the|their|his|her|its|that|this)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    r"\s+(?:who\s+)?(?:were|was|had been|have been|has been|are|is)\s+(?:\w+ly\s+)?"
    r"(?P<verb>[\w-]+)"
)
# a list's or a headline's participle: "334 hostages killed, 186 of them children"
_BARE_PARTICIPLE = re.compile(
    r"(?i)\s+(?:also\s+)?(?P<verb>killed|wounded|injured|hurt|dead)(?=\s*[,;.:)]|\s*$|\s+(?:in|on|at|"
    r"during|and|by|when|while)\b)"
)
# "38 people were treated for injuries", "12 were hospitalised": counted as injured
_TREATED = r"treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds)|hospitali[sz]ed"
_TREATED_AFTER = re.compile(
    r"(?i)\s+(?:who\s+)?(?:(?:were|was|had been|have been|has been|are|is)\s+(?:later\s+)?"
    rf"(?:{_TREATED})"
    # "about 20 others suffered grievous injuries"
    r"|(?:suffered|sustained)\s+(?:[\w-]+\s+){0,2}?(?:injuries|wounds|burns))\b"
)
_TREATED_CUE = re.compile(rf"{_TREATED}|\bburied\b")  # on doc.low: the sentences to count in
_VERB_BEFORE = re.compile(r"(?i)\b(?P<verb>[\w-]+)\s+$")
_VERB_CATEGORY = {
    "wounded": "injured", "injured": "injured", "hurt": "injured", "wounding": "injured",
    "injuring": "injured", "killed": "killed", "killing": "killed", "dead": "killed",
    "murdered": "killed", "massacred": "killed", "slaughtered": "killed", "shot": "killed",
    # "18 detainees were tortured": what befell them, not what their noun says they were
    "tortured": "victims", "raped": "victims",
    # "they have already buried more than one hundred people": the dead
    "buried": "killed",
}  # fmt: skip
_PART_LISTED = re.compile(r"\s*,\s+(?:about\s+|some\s+)?\d")
_SHOT_HURT = re.compile(r"(?i)\s+(?:and|but)\s+(?:wounded|injured|survived)|\s+in\s+the\s+\w+")
# "392 villages were destroyed": a count of places destroyed is a count of events (an attack
# on "a village and three surrounding hamlets" is one incident).
_SETTLEMENTS = re.compile(r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:villages|towns|hamlets|settlements)\b")
# One person named by a singular noun phrase next to an act word ("shot dead a young activist").
_SINGULAR = (
    "man|woman|boy|girl|child|teenager|student|activist|journalist|reporter|prisoner|detainee|"
    "protester|demonstrator|worker|farmer|villager|civilian|resident|lawyer|teacher|doctor|"
    "nurse|soldier|officer|policeman|cleric|monk|priest|refugee|migrant|leader|dissident|"
    "photographer|photojournalist|blogger|poet|writer|singer|artist|juvenile|minor|youth"
)
_ONE = re.compile(rf"(?i)\b(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SINGULAR})(?![\w-])")
_ONE_LOW = lowered_variant(_ONE)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SAID_LOW = lowered_variant(RETOLD_SAID_CUE)


class CountTagger:
    """Writes a :class:`Quantity` for every number that counts people harmed or events."""

    name = "counts"
    version = "0.16.0"
    reads: tuple[str, ...] = ("sentences", "triggers", "dates")
    writes: tuple[str, ...] = ("quantities",)

    def __init__(self) -> None:
        data = acts_data()
        self.casualty: dict[str, str] = {
            w.lower(): cat for cat, words in data["casualty_nouns"].items() for w in words
        }
        nouns = [*data["person_nouns"], *self.casualty]
        heads = _alternation(nouns)
        # lower-case words (the same under (?i)) so the lowered variant exists ("MEPs")
        blocked = _alternation([w.lower() if w.isascii() else w for w in data["not_victims"]])
        self.head = re.compile(
            # ('"at least 3,200" dead': a figure quoted as its source gave it)
            rf"(?i)^[\"”]?\s*(?:(?:more|other|further|additional)\s+)?(?:of\s+(?:the\s+|these\s+)?)?"
            # "a list of 8,372 names of people killed": the people named are counted
            rf"(?:names\s+of\s+(?:the\s+|those\s+)?)?"
            # (no preposition among the modifiers: "200 interviews with victims" counts no victims;
            # nor a verb: "26 died in the protests" counts the dead, not protests)
            # (nor another count: "one soldier and two armed men" are two heads)
            rf"(?P<mods>(?:(?!(?:with|to|for|by|from|against|among|about|at|on|died|perished|"
            rf"and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\w*)\s)"
            rf"[\w'.-]+\s+){{0,4}}?)"
            rf"(?P<head>{heads})(?![\w-])"
        )
        self.cues = PhraseMatcher([(re.escape(w), w) for w in self.casualty])
        self.blocked = re.compile(
            rf"(?i)^(?!\s*names\s+of\s)\s*(?:[\w'.-]+\s+){{0,2}}?(?:{blocked})(?![\w-])"
            # ("burned 42 of the roughly 60 houses": a part of the houses)
            rf"|^\s*of\s+(?:the|its|their)\s+(?:[\w'.,-]+\s+){{0,3}}?(?:{blocked})(?![\w-])"
            r"|^-?\s*(?:year|day|hour|month|week)"
            r"|^\s*and\s+a\s+half\b"  # "two and a half years": a term, not two people
        )
        self.blocked_low = lowered_variant(self.blocked)

    def __call__(self, doc: Doc) -> Doc:
        dates: dict[int, list[tuple[int, int]]] = {}
        for d in doc.dates:
            dates.setdefault(d.sentence, []).append((d.start, d.end))
        by_sentence: dict[int, list[int]] = {}
        for i, t in enumerate(doc.triggers):
            by_sentence.setdefault(t.sentence, []).append(i)
        cued = set(by_sentence)
        retold = RETOLD_CUE.finditer(doc.norm) if may_retell(doc.norm, doc.low) else ()
        given = (
            _SAID_LOW.finditer(doc.low)  # (the same spans on the lowered text, faster)
            if _SAID_LOW is not None and doc.norm.isascii()
            else RETOLD_SAID_CUE.finditer(doc.norm)
        )
        for m in [*retold, *given]:  # "their own count was 100", "survivors said about 400"
            index = doc.sentence_of(m.start(), m.end())
            if index is not None:
                cued.add(index)
        self._listed = listed_category(doc) if "names" in doc.low else None
        if self._listed is not None:  # "collected the names of more than 1,200"
            for m in NAMES_CUE.finditer(doc.low):
                index = doc.sentence_of(m.start(), m.end())
                if index is not None:
                    cued.add(index)
        if "treated for" in doc.low or "hospitali" in doc.low or "buri" in doc.low:
            # "38 were treated for injuries", "we buried more than two hundred of our people"
            for m in _TREATED_CUE.finditer(doc.low):
                index = doc.sentence_of(m.start(), m.end())
                if index is not None:
                    cued.add(index)
        if "toll of" in doc.low:  # "had given a toll of 56 on 12 October"
            for m in TOLL_OF.finditer(doc.low):
                index = doc.sentence_of(m.start(), m.end())
                if index is not None:
                    cued.add(index)
        labelled = fields(doc)  # "Dead: 24 civilians": a record's field counts
        cued.update(labelled)
        rows = table_figures(doc)  # "| Bongende (village) | 17 Dec 2018 | 345 |"
        cued.difference_update(rows)
        for hit in self.cues.find(doc.low):
            index = doc.sentence_of(hit.start, hit.end)
            if index is not None:
                cued.add(index)
        counted: dict[int, Quantity] = {}  # the last figure with a category, per sentence
        for index in sorted(cued):
            sentence = doc.sentences[index]
            if sentence.heading:
                continue
            triggers = by_sentence.get(index, [])
            numbers = find_numbers(doc.norm, sentence.start, sentence.end, doc.low)
            if triggers:
                numbers += self._singulars(doc, sentence.start, sentence.end, numbers)
                numbers += named_lists(doc.norm, sentence.start, sentence.end, numbers)
            previous: Quantity | None = None
            for number in sorted(numbers, key=lambda n: n.start):
                if any(number.start < e and s < number.end for s, e in dates.get(index, [])):
                    continue
                quantity = self._quantity(doc, index, number, triggers)
                if (
                    quantity is not None
                    and quantity.subset
                    and previous is None
                    and _OF_THEM.match(doc.norm, number.end)
                    and whole_elsewhere(last_counted(doc, index, counted), quantity)
                    and not _PART_OF_TOLL.match(doc.norm, number.end)
                ):
                    # "a crowd gathered ... by nightfall, seven of them had been shot dead":
                    # no figure before for "them" to be part of, or one of another act
                    # ("arrested 12 miners ... four of them were given prison terms"): the
                    # seven, the four, are the count
                    quantity.subset = False
                if quantity is not None and previous is None and index in labelled:
                    quantity.category, quantity.subset = labelled[index], False
                # (and "victims" no act word tells: "have worked with a figure of 27 victims",
                # after a toll of the dead)
                vague = quantity is not None and quantity.category == "victims" and not triggers
                if quantity is not None and (quantity.category is None or vague):
                    dated = any(0 <= s - number.end <= 3 for s, _ in dates.get(index, []))
                    told = last_counted(doc, index, counted) if previous is None else None
                    toll = (
                        None
                        if told is not None or previous is not None
                        else toll_before(doc, index, by_sentence)
                    )
                    said = said_figure(
                        doc.norm, sentence.start, number.start, number.end, quantity.head
                    ) and not any(doc.triggers[i].start >= number.end for i in triggers)
                    # (not "say at least 30 of their colleagues have been abducted": its act)
                    again = said or RETOLD.search(doc.norm, sentence.start, number.start)
                    if told is not None and again:
                        quantity.category, quantity.trigger = told.category, told.trigger
                    elif (
                        said
                        and previous is not None
                        and previous.category
                        and OWN_CLAUSE.search(doc.norm, previous.end, number.start)
                    ):  # "Some older books say 147; some accounts give 26"
                        quantity.category, quantity.trigger = previous.category, previous.trigger
                    elif said and previous is None and asked_toll(doc, index):
                        quantity.category = "killed"  # the answer to "How many died?"
                    elif toll is not None and again:
                        # "The number of dead remains disputed. Survivors' committees put it
                        # at about 1,800": the toll named in the sentence before
                        quantity.category = doc.triggers[toll].count_category
                        quantity.trigger = toll
                    else:
                        quantity = elliptic(doc.norm, quantity, previous, dated=dated)
                if (
                    quantity is not None
                    and previous is not None
                    and OF_WHOM_DIED.match(doc.norm, quantity.end, sentence.end)
                ):
                    survivors(previous)
                if quantity is not None:
                    quantity.weak = number.text[:1] in "aA" and number.count.value == 1
                    doc.quantities.append(quantity)
                    previous = quantity
                    if quantity.category:
                        counted[index] = quantity
        if rows:
            for figures in rows.values():
                doc.quantities.extend(figures)
            doc.quantities.sort(key=lambda q: q.start)
        return doc

    def _quantity(
        self, doc: Doc, index: int, number: Number, triggers: list[int]
    ) -> Quantity | None:
        norm = doc.norm
        sentence = doc.sentences[index]
        after_end, before_start = (
            min(sentence.end, number.end + 70),
            max(sentence.start, number.start - 40),
        )
        after = norm[number.end : after_end]
        before = norm[before_start : number.start]
        blocked, blocked_after = self.blocked, after
        if _LOWERED is not None and norm.isascii():  # the same spans on doc.low, faster
            settlements, rate_after, rate_before, subset_before, subset_after, of_whom = _LOWERED
            low_after, low_before = (
                doc.low[number.end : after_end],
                doc.low[before_start : number.start],
            )
            if self.blocked_low is not None:
                blocked, blocked_after = self.blocked_low, low_after
        else:
            settlements, rate_after, rate_before, subset_before, subset_after, of_whom = _CASED
            low_after, low_before = after, before
        if self._listed is not None and (
            NAMES_AFTER.match(low_after) or NAMES_OF.search(low_before)
        ):
            head = self.head.match(after)
            if head is None or head["head"].lower() in LISTED_HEADS:
                # "compiled the names of 240 victims", "carves 504 names into its wall": a
                # list of the report's victims counts them (the category its acts give most)
                return Quantity(
                    number.start, number.end, index, number.count, category=self._listed,
                    head=head["head"] if head else None,
                )  # fmt: skip
        if settlements.match(low_after) and any(
            doc.triggers[i].act == "destruction" for i in triggers
        ):
            return Quantity(number.start, number.end, index, number.count, category="events")
        # (not "killed sixteen relatives of the community"; the term after persons sentenced by
        # name, "sentenced Vlastimir Djordjevic to 18 years", is no noun of theirs)
        kin = None if number.named else blocked.match(blocked_after)
        if (
            (kin is not None and not kin_as_object(kin.group(), before))
            or _NOT_COUNT_BEFORE.search(before, _not_count_floor(before))
            or rate_after.match(low_after)
            or rate_before.search(low_before)
            or (number.count.value == 1 and group_of_one(before))
            or POPULATION_BEFORE.search(norm, max(sentence.start, number.start - 90), number.start)
        ):
            return None
        if number_in_name(norm, sentence.start, number.start, number.end):
            return None  # "The 48 Cantones count seven men killed": a name, no count
        q = Quantity(number.start, number.end, index, number.count)
        cases = cases_of(low_after)  # "documented 117 cases of arbitrary execution"
        if cases is not None:
            q.category, q.head = cases[0], "cases"
            q.trigger = self._attach(doc, q, number.end + cases[1], triggers, bare=False)
            return q
        q.subset = bool(subset_before.search(low_before) or subset_after.match(low_after))
        q.subset = q.subset or breakdown(norm, sentence.start, number.start)
        if of_whom.match(low_after):  # "3,600 patients, 355 of whom died": 355 killed
            q.subset, q.category = False, "killed"
            q.trigger = self._attach(doc, q, number.end + len(after), triggers, bare=False)
            return q
        if is_age(before, after, number.count.value):
            return None  # "Kathleen, who was sixteen", "Anselmo Ruiz, 81, a retired general"
        if tried(before):
            return None  # "the court tried twelve police officers": the accused, no victims
        head = self.head.match(after)
        if (
            head is not None
            and head["head"].lower() == "accused"
            and not _THE_BEFORE.search(after, 0, head.start("head"))
            and not (head.start("head") == head.start() and _THE_BEFORE.search(before))
            and not _ACCUSED_NOUN.match(after, head.end("head"))
        ):
            head = None  # "a leader accused the army": a verb, not "the accused"
        put = PUT_NOUN_AT.search(low_before)
        if put is not None:  # "put the dead at 29 and the wounded at about 125": the dead
            head, q.category = None, self.casualty.get(put["noun"])
        if head is not None:
            q.head = (head["mods"] + head["head"]).strip()
            q.head_start = number.end + head.start("mods")
            q.head_end = number.end + head.end("head")
            q.category = self.casualty.get(head["head"].lower())
            if accused(norm, q.head_end, sentence.end, before):
                return None  # "four soldiers were accused of killing villagers": no victims
            among = among_the(norm, q.head_end, sentence.end) if q.category is None else None
            first = AMONG_BEFORE.search(before) if among is None and q.category is None else None
            among = among or (first["noun"].lower() if first is not None else None)
            q.category = self.casualty.get(among) if among else q.category
            # ("Among the dead were 19 children, 44 women and 49 men": a toll's parts)
            q.subset = q.subset or bool(first and _PART_LISTED.match(norm, q.head_end))
        if q.category in (None, "arrested", "abducted") and _DEATHS_OF.search(
            before
        ):  # "the deaths of 11,000 detainees": killed, whoever
            q.category = "killed"
        verb = _VERB_BEFORE.search(before)
        verb_at = before_start + verb.start() if verb is not None else 0
        if verb is not None and NATURAL_CAUSE.search(
            norm, max(sentence.start, verb_at - 45), verb_at
        ):
            return None  # "the pandemic that has already killed more than 360,000 people"
        if verb is not None and verb["verb"].lower() in _VERB_CATEGORY:
            q.category = _VERB_CATEGORY[verb["verb"].lower()]
        elif head is not None and q.category not in ("killed", "injured"):
            verb = _VERB_AFTER.match(norm, q.head_end, sentence.end) or _BARE_PARTICIPLE.match(
                norm, q.head_end, sentence.end
            )
            if verb is not None and verb["verb"].lower() in _VERB_CATEGORY:
                q.category = _VERB_CATEGORY[verb["verb"].lower()]
                if verb["verb"].lower() == "shot" and _SHOT_HURT.match(norm, verb.end()):
                    q.category = "injured"  # "shot and wounded", "shot in the leg": a wound
            elif _TREATED_AFTER.match(norm, q.head_end, sentence.end):
                q.category = "injured"
        if head is None and q.category is None:  # "... and 30 were hurt": the wounded
            hurt = _VERB_AFTER.match(norm, number.end, sentence.end)
            if hurt is not None and _VERB_CATEGORY.get(hurt["verb"].lower()) == "injured":
                q.category = "injured"
        if q.category is None:  # "puts the number of wounded at more than 150": the wounded
            named = NUMBER_OF_NOUN.search(low_before)
            if named is not None:
                q.category = self.casualty.get(named["noun"])
            elif head is None and TOLL_OF_BEFORE.search(low_before):
                q.category = "killed"  # "a toll of 56": a toll names no other loss
        if head is None and q.category is None and triggers:
            # "put the number of people killed in the campaign ... in the tens of thousands"
            put = PUT_FIGURE.search(norm, sentence.start, number.start)
            inside = [
                i
                for i in triggers
                if put is not None and put.start() <= doc.triggers[i].start < number.start
            ]
            if inside:
                q.trigger = inside[-1]
                q.category = doc.triggers[q.trigger].count_category
                q.total = q.toll = True
                return q
        if q.category == "events" and _DEFINITE_BEFORE.search(before):
            return None  # "to clear the two sit-ins": events named again, not counted
        end = q.head_end if head is not None else number.end
        q.trigger = self._attach(doc, q, end, triggers, bare=head is None)
        q.toll = head is None and TOLL_BEFORE.search(before) is not None
        if q.trigger is not None and q.category in (None, "participants"):
            t = doc.triggers[q.trigger]  # ("tear gas against 500 protesters": none was hurt)
            if q.category is None or t.act != "crackdown":
                q.category = t.count_category
        return q

    @staticmethod
    def _singulars(doc: Doc, start: int, end: int, numbers: list[Number]) -> list[Number]:
        out: list[Number] = []
        norm = doc.norm
        if _ONE_LOW is not None and norm.isascii():  # the same spans on doc.low, faster
            found = _ONE_LOW.finditer(doc.low, start, end)
        else:
            found = _ONE.finditer(norm, start, end)
        for m in found:
            s = m.start()
            if not any(n.start < m.end() and s < n.end for n in numbers):
                out.append(Number(s, s + 1 + (norm[s + 1 : s + 2] == "n"),
                                  Count(value=1), norm[s : s + 2].strip()))  # fmt: skip
        return out

    def _attach(
        self, doc: Doc, q: Quantity, end: int, triggers: list[int], *, bare: bool
    ) -> int | None:
        best: tuple[float, int] | None = None
        for i in triggers:
            t = doc.triggers[i]
            gap = trigger_gap(doc.norm, t, q.start, end, bare=bare)
            if gap is not None and (best is None or gap < best[0]):
                best = (gap, i)
        return best[1] if best else None


_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|these|those|both)\s+$")


# The boolean tests of CountTagger._quantity, and their lowered variants for ASCII text.
_CASED = (_SETTLEMENTS, _RATE_AFTER, _RATE_BEFORE, _SUBSET_BEFORE, _SUBSET_AFTER, OF_WHOM_DIED)
_VARIANTS = tuple(lowered_variant(p) for p in _CASED)
_LOWERED = (
    tuple(p for p in _VARIANTS if p is not None) if all(p is not None for p in _VARIANTS) else None
)
