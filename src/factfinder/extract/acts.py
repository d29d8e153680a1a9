"""The acts component: trigger words from the taxonomy lexicon, minus negated or hypothetical ones."""  # noqa: E501

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from factfinder.extract.doc import Doc, Trigger
from factfinder.extract.lexicon import act_specs, acts_data
from factfinder.extract.numberroles import NATURAL_CAUSE
from factfinder.extract.prefilter import lowered_variant, may_match, required
from factfinder.extract.scan import PhraseMatcher

# [,;:()\"]|\b(?:but|while|whereas|although|and then)\b, each branch led by its first character
# (the same matches; re skips to the characters that can start one)
_CLAUSE_BREAK = re.compile(
    r",|;|:|\(|\)|\"|b(?<!\wb)ut\b|w(?<!\ww)(?:hile|hereas)\b|a(?<!\wa)(?:lthough|nd then)\b"
)
_LIST_BREAK = re.compile(r"[;:()\"]|\b(?:but|while|whereas|although|and then|that|which|who)\b")
_WINDOW = 60
# "as many as 40,000 may have died": a reported estimate is a claim, not a hypothetical.
_ESTIMATE = re.compile(
    r"(?i)(?:\d|\b(?:as many as|up to|dozens|hundreds|thousands|millions?|tens)\b)[^,;]{0,60}?"
    r"\b(?:may|might|could) (?:well )?have (?:been )?$"
)
_ESTIMATE_LOW = lowered_variant(_ESTIMATE)
# "executed" is `execution` (a death sentence carried out, or prisoners put to death by the
# authorities) only with judicial or custodial context in its paragraph; otherwise it is a
# killing outside any judicial process ("fighters ... had been executed"), taxonomy.md.
_JUDICIAL = re.compile(
    r"(?i)\b(?:sentenc\w*|courts?|judiciary|judicial|judges?|death row|death penalty|capital "
    r"punishment|gallows|hang(?:ed|ing|ings)|prison\w*|jail\w*|convict\w*|tribunals?|verdicts?|"
    r"trials?|juveniles?|authorities|government|state|regime|officials|custody|detainees|"
    r"inmates|execution chamber|firing squad|lethal injection|crimes?|charges?|offen[cs]es?)\b"
)
# "Bodies were afterwards burned in a lime kiln", "burned the bodies": the dead, no property
_BODIES_BEFORE = re.compile(
    r"(?i)\b(?:bod(?:y|ies)|corpses?)\s+(?:[\w-]+\s+){0,3}$"
    # "the army flew out the worst burned": people burned, no property destroyed
    r"|\b(?:the\s+)?(?:worst|badly|severely|seriously|critically)\s+$"
)
# "outside the burnt shell of a church", "the burned ruins of the palace": a ruin seen, an
# adjective (the act, if told, is told elsewhere); not "the houses burned"
_BURNT_SEEN = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|whose)\s+(?:partly\s+|half-?\s*)?$")
# "The bodies were loaded onto a truck ... and taken away": the dead moved, no one abducted
_BODIES_TAKEN = re.compile(r"(?i)\b(?:bod(?:y|ies)|corpses?)\s+(?:[\w-]+\s+){0,16}$")
_BODIES_AFTER = re.compile(r"(?i)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:bod(?:y|ies)|corpses?)\b")
_FIRING = re.compile(r"opened fire|fired|shot|gunfire|live ammunition")
# "Two armoured police vehicles blocked the road": a force's cordon, no protest blockade
_FORCE_BLOCKS = re.compile(
    r"(?i)\b(?:police|policemen|soldiers|troops|army|military|security\s+forces|officers|"
    r"vehicles|tanks|militia|militiamen|gunmen|authorities|checkpoints?)\b[^.;]{0,40}$"
)
_GATHERING = re.compile(
    r"\b(?:crowds?|protesters|demonstrators|marchers|procession|rally|mourners|sit-in|"
    r"protest|protests|demonstration|demonstrations|march|strikers|striking)\b"
)
_ARMED = re.compile(
    r"(?i)\b(?:militants?|militias?|militiamen|rebels?|insurgents?|jihadists?|gunmen|fighters|"
    r"armed (?:group|groups|men)|paramilitar\w*|soldiers|troops|death squads?|guerrill\w*|"
    r"islamic state|cartels?)\b"
)


@dataclass(frozen=True, slots=True)
class TriggerMatcher:
    """Every trigger pattern of the lexicon in one trie-indexed matcher (longest match wins)."""

    matcher: PhraseMatcher[tuple[str, str]]

    @classmethod
    def build(cls) -> TriggerMatcher:
        entries = [(p, (s.act, s.count)) for s in act_specs() for p in s.patterns]
        entries += [(p, ("", "")) for p in acts_data().get("not_acts", [])]
        return cls(PhraseMatcher(entries))

    def find(self, low: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """(start, end, act, count category) of each trigger in lower-cased ``low``."""
        return [
            (h.start, h.end, h.payload[0], h.payload[1]) for h in self.matcher.find(low, start, end)
        ]

    def find_in_sentences(self, doc: Doc) -> list[tuple[int, int, str, str]]:
        """The triggers of the whole text, none across a sentence's end: a phrase that runs on
        into the next sentence ("was sentenced to life imprisonment. In December the court
        sentenced X to 21 years") is matched again within each sentence it covers."""
        out: list[tuple[int, int, str, str]] = []
        starts: list[int] | None = None
        for hit in self.find(doc.low, 0, len(doc.low)):
            start, end = hit[0], hit[1]
            if doc.sentence_of(start, end) is not None:
                out.append(hit)
                continue
            while start < end:
                index = doc.sentence_of(start, start + 1)
                if index is None:  # (boilerplate between: on to the next sentence's start)
                    starts = starts or [s.start for s in doc.sentences]
                    at = bisect_right(starts, start)
                    start = min(starts[at], end) if at < len(starts) else end
                    continue
                stop = min(doc.sentences[index].end, end)
                out.extend(self.find(doc.low, start, stop))
                start = stop
        return out


# a recommendation's item, its verb in the imperative at the head of the line ("- publish the
# names of all those who died", "(a) investigate the attacks of 21 and 28 November promptly")
_RECOMMENDED = re.compile(
    # (not the verbs that head a list's nouns as well: "- Release of the hostages", "- Return")
    r"\s*(?:[-*•]|\(?[a-z0-9]{1,2}[.)])\s+(?:to\s+)?(?:investigate|ensure|publish|guarantee|"
    r"refrain|bring|provide|allow|cease|establish|conduct|ratify|repeal|protect|compensate|"
    r"prosecute|grant|take|adopt|disclose|lift|halt|cooperate|facilitate|respect|uphold|"
    r"implement)\b"
)
_QUESTION = re.compile(r"\?[\"')\]]*\s*$")
_WOULD_LATER = re.compile(r"(?i)would\s+(?:(?:later|soon|himself|herself|itself|themselves|"
                          r"also|eventually|in\s+turn)\s+)?be\s+(?:\S+\s+)?$")  # fmt: skip
# "... in Bogotá on 9 April 1948", "in 1980", "in August 2012": a day, month or year told
_DATED_AFTER = re.compile(
    r"(?i)(?:\s+[\w'’-]+){0,5}?\s+(?:on|in)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:[a-z]+\s+)?\d{4}\b"
)


class Hypothetical:
    """Negation, modality, warnings and prevention around a trigger."""

    def __init__(self) -> None:
        spec = acts_data()["hypothetical"]
        self.near = re.compile(spec["near"], re.IGNORECASE)
        self.before = re.compile(spec["before"], re.IGNORECASE)
        self.after = re.compile(spec["after"], re.IGNORECASE)
        self.norm = re.compile(spec["norm"], re.IGNORECASE)
        # the same without case folding, for lower-cased ASCII text (prefilter.lowered_variant);
        # not `near`, which reads the text as written ("May" the month is no modal)
        before, after = (lowered_variant(re.compile(f"(?i){spec[k]}")) for k in ("before", "after"))
        self.lowered: tuple[re.Pattern[str], ...] | None = None
        if before and after and _ESTIMATE_LOW:
            self.lowered = (before, after, _ESTIMATE_LOW)

    def applies(
        self, text: str, sentence_start: int, start: int, end: int, low: str | None = None
    ) -> bool:
        """Whether the trigger at ``text[start:end]`` is negated or hypothetical; ``low``:
        ``text`` lower-cased, when ``text`` is ASCII (the same answer, faster)."""
        window = text[max(sentence_start, start - _WINDOW) : start]
        breaks = list(_CLAUSE_BREAK.finditer(window))
        cut = breaks[-1].end() if breaks else 0
        if low is not None and self.lowered is not None:
            before, after, estimate = self.lowered
            clause = low[max(sentence_start, start - _WINDOW) + cut : start]
            following = low[end : end + 60]
        else:
            before, after, estimate = self.before, self.after, _ESTIMATE
            clause = window[cut:]
            following = text[end : end + 60]
        if before.search(clause):
            return True
        if self.norm.search(window) and self._norm_governs(window):
            return True
        near = self.near.search(window[cut:])
        if near is not None and not estimate.search(clause):
            # "Gaitán himself would be shot dead in Bogotá on 9 April 1948": a history's future
            # in the past, told with its day, is done
            return not (
                _WOULD_LATER.match(near.group()) and _DATED_AFTER.match(text, end, end + 60)
            )
        return bool(after.search(following))

    def _norm_governs(self, window: str) -> bool:
        """A present-tense norm verb with only a list (commas, "and") between it and the trigger."""
        breaks = list(_LIST_BREAK.finditer(window))
        return bool(self.norm.search(window[breaks[-1].end() :] if breaks else window))


class ActTagger:
    """Writes a :class:`Trigger` for every act word that states an event."""

    name = "acts"
    version = "0.13.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("triggers",)

    def __init__(self) -> None:
        self.matcher = TriggerMatcher.build()
        self.hypothetical = Hypothetical()
        data = acts_data()
        self._symbols = re.compile(rf"(?i)\b(?:{'|'.join(data['symbols'])})\b")
        self._topic = re.compile(data["topic_before"], re.IGNORECASE)
        self._topic_need = required(self._topic, 48)
        self._premises = re.compile(rf"(?i)\b(?:{'|'.join(data['premises'])})\b")
        self._paragraphs: dict[int, bool] = {}

    def _execution_kind(self, doc: Doc, index: int) -> tuple[str, str]:
        """Paragraph with judicial context: execution; armed men in it or the paragraph
        before and no judicial context: killing; neither: execution (the lexicon's reading)."""
        paragraph = doc.sentences[index].paragraph
        kind = self._paragraphs.get(paragraph)
        if kind is None:
            first = last = index
            while first > 0 and doc.sentences[first - 1].paragraph == paragraph:
                first -= 1
            while last + 1 < len(doc.sentences) and doc.sentences[last + 1].paragraph == paragraph:
                last += 1
            start, end = doc.sentences[first].start, doc.sentences[last].end
            before = first
            while before > 0 and doc.sentences[before - 1].paragraph >= paragraph - 1:
                before -= 1
            kind = bool(
                _JUDICIAL.search(doc.norm, start, end)
                or not _ARMED.search(doc.norm, doc.sentences[before].start, end)
            )
            self._paragraphs[paragraph] = kind
        return ("execution", "executed") if kind else ("killing", "killed")

    def _symbolic(self, text: str, start: int, end: int) -> bool:
        """Posters and banners burned, and no building or place of life in the sentence."""
        return bool(self._symbols.search(text, start, end)) and not self._premises.search(
            text, start, end
        )

    def __call__(self, doc: Doc) -> Doc:
        skipped = 0
        self._paragraphs.clear()
        low = doc.low if doc.norm.isascii() else None
        for start, end, act, count in self.matcher.find_in_sentences(doc):
            index = doc.sentence_of(start, end)
            if not act or index is None or doc.sentences[index].heading:
                continue
            sentence = doc.sentences[index]
            if _QUESTION.search(doc.norm, sentence.start, sentence.end):
                continue  # "So how many people died?": asked, not told
            if _RECOMMENDED.match(
                doc.norm, sentence.start, sentence.end
            ) or self.hypothetical.applies(doc.norm, sentence.start, start, end, low):
                # (a recommendation's item, "- publish the names of all those who died", is an
                # act asked for, as hypothetical as "called for the release of")
                skipped += 1
                continue
            floor = max(sentence.start, start - 80)
            if may_match(self._topic_need, doc.norm[floor:start]) and self._topic.search(
                doc.norm, floor, start
            ):
                continue
            if act == "destruction" and (
                self._symbolic(doc.norm, sentence.start, sentence.end)
                or _BODIES_BEFORE.search(doc.norm, max(sentence.start, start - 40), start)
                or (
                    doc.low.startswith("burn", start)
                    and _BURNT_SEEN.search(doc.norm, max(sentence.start, start - 20), start)
                )
                or _BODIES_AFTER.match(doc.norm, end)
            ):
                continue  # (and "bodies were burned": no property destroyed)
            if act == "killing" and NATURAL_CAUSE.search(
                doc.norm, max(sentence.start, start - 45), start
            ):
                continue
            if (
                act == "protest"
                and doc.low.startswith("block", start)
                and _FORCE_BLOCKS.search(doc.norm, max(sentence.start, start - 60), start)
            ):
                continue
            if (
                act == "abduction"
                and doc.low.startswith(("taken", "took"), start)
                and _BODIES_TAKEN.search(doc.norm, max(sentence.start, start - 120), start)
            ):
                continue
            if (
                act == "attack"
                and _FIRING.match(doc.low, start, end)
                and _GATHERING.search(doc.low, sentence.start, sentence.end)
            ):
                act, count = "crackdown", "injured"  # "as the marchers ... opened fire"
            if act == "execution" and doc.low.startswith("execut", start):
                act, count = self._execution_kind(doc, index)
            doc.triggers.append(Trigger(act, start, end, index, count))
        if ":" in doc.norm and any(t.act in _SENTENCING for t in doc.triggers):
            doc.triggers.extend(_listed_sentences(doc))
            doc.triggers.sort(key=lambda t: t.start)
        self._paragraphs.clear()
        if skipped:
            doc.notes.append(f"ignored {skipped} negated or hypothetical act word(s)")
        return doc


_SENTENCING = frozenset(["imprisonment", "death_sentence"])
# an item of a list of the sentences passed: "1. Marcus Borges: 309 years at his first trial in
# April 1996", "- Nelson Cunha: life imprisonment"
_TERM = re.compile(
    r"(?i)\b(?:\d+|[a-z]+(?:-[a-z]+)?)\s+years?\b(?!\s+(?:old|ago|later|earlier|after|before))"
    r"|\blife(?:\s+imprisonment)?\b"
)
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[•*–-])?\s*[^:\n]{2,80}:\s")


def _listed_sentences(doc: Doc) -> list[Trigger]:
    """Each item of a list that a sentence of sentencing introduces ("The other three were
    convicted of the killings:") is a sentence passed: its term ("309 years", "life") is the
    act word, and the item's own date, if any, its day."""
    by_sentence: dict[int, list[Trigger]] = {}
    for t in doc.triggers:
        by_sentence.setdefault(t.sentence, []).append(t)
    out: list[Trigger] = []
    for index, sentence in enumerate(doc.sentences):
        told = by_sentence.get(index, [])
        if not any(t.act in _SENTENCING for t in told):
            continue
        if not doc.norm[sentence.start : sentence.end].rstrip().endswith(":"):
            continue
        for item in range(index + 1, min(len(doc.sentences), index + 1 + _MAX_ITEMS)):
            s = doc.sentences[item]
            if s.paragraph - sentence.paragraph > 12 or s.heading:
                break
            if item in by_sentence:
                continue  # an item with an act word of its own is read as such
            line_start = doc.norm.rfind("\n", 0, s.start) + 1
            if not _ITEM.match(doc.norm, line_start, s.end):
                if s.paragraph > sentence.paragraph + 1 and not _NUMBER_ONLY.fullmatch(
                    doc.norm, s.start, s.end
                ):
                    break  # the list ended
                continue
            term = _TERM.search(doc.norm, s.start, s.end)
            if term is not None:
                out.append(
                    Trigger(
                        "imprisonment", term.start(), term.end(), item, "sentenced", listed=True
                    )
                )
    return out


_MAX_ITEMS = 80  # sentences read after a list's introduction (linear time on hostile text)
_NUMBER_ONLY = re.compile(r"\s*\d{1,2}[.)]\s*")
