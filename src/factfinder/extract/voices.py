"""The voices component: who makes each claim (quotations, reported speech, "according to").

A claim is in a voice other than the report's own when a recognised institution (voices
lexicon), an institution-like name, or a titled official says it. The report's own
organisation (named in its byline or tag lines, or given as ``publisher``) is its own voice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date

from factfinder.extract.aliases import AliasHit, AliasMatcher
from factfinder.extract.datetext import DateParser
from factfinder.extract.doc import Doc, Sentence
from factfinder.extract.letters import capitals
from factfinder.extract.lexicon import actors_data, voices_data
from factfinder.extract.prefilter import lowered_variant, may_match
from factfinder.extract.quotes import enclosing, quote_spans, quoted_on
from factfinder.extract.scan import PhraseMatcher
from factfinder.extract.speakerrefs import (
    antecedent,
    defined_acronyms,
    introduced_person,
    issuer,
    national_society,
    remember,
    remember_title,
)
from factfinder.extract.speakers import (
    CALENDAR,
    NAMED_SOURCE,
    NORM_WORD,
    VOICE_NOUNS,
    apposed_name,
    earlier_telling,
    generic_speaker,
    inverted_speaker,
    noun_phrase,
    surname_index,
)
from factfinder.extract.tables import row_sources
from factfinder.extract.transcripts import (
    SPEECH_VERBS,
    cited_sources,
    paragraph_starts,
    source_items,
    transcript_labels,
)
from factfinder.extract.voicepatterns import (
    BY_LEAD,
    COPYRIGHT,
    ESTIMATE_BY,
    ESTIMATE_BY_NEED,
    FIGURE_GIVEN,
    FIGURE_GIVEN_GATE,
    GROUP,
    ITS_COUNT,
    OFFICIAL_FIGURE,
    OFFICIAL_FIGURE_GATE,
    POSSESSIVE_FIGURE,
    POSSESSIVE_FIGURE_GATE,
    SOURCE_CUES,
    SOURCE_LEAD,
    TOPICS,
    WHEN_NAMED,
    body_teller,
    figures_maker,
    named_teller,
    participle_subject,
    person_teller,
    pronoun_teller,
)
from factfinder.model import DatePrecision

_GENERIC_AFTER = re.compile(rf"(?i)(?P<np>(?:[\w'-]+\s+){{0,3}}?(?:{VOICE_NOUNS}))(?![\w-])")
# The rest of a speaker's noun phrase after a lexicon name ("UN| panel of experts said").
_MODIFIED_VOICE = re.compile(
    rf"(?i)(?P<np>(?:\s+(?!(?:has|have|had|also|later|then|said|says)\b)[\w'-]+){{0,3}}?\s+"
    rf"(?:{VOICE_NOUNS})|\s+(?:[\w'-]+\s+){{0,2}}?(?:of|on|for)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{VOICE_NOUNS}))(?=\s+(?:(?:has|have|had|also|later|then)\s+){{0,2}}$)"
)
# the speaker a relative clause follows: "by community leaders, | who put the number at"
_BY = re.compile(r"(?i)(?:by|from|of|to|with)\s+")
# (not "a figure disputed by residents, who put it at 40": the residents)
_ANTECEDENT = re.compile(
    rf"(?i)(?<![\w-])(?P<np>(?:(?!(?:by|from|of|to|with)\s)[\w'’-]+\s+){{0,2}}?(?:{VOICE_NOUNS}))"
    r"\s*,\s*$"
)
_ARTICLE = re.compile(r"(?i)(?:the|a|an|its|their)\s+")  # used with match(pos): no ^
_SPEECH_RE = re.compile(rf"(?i)\b(?:{SPEECH_VERBS})\b")
_ACCORDING = re.compile(
    rf"(?i)\b(?:{SOURCE_LEAD})\s+(?:the\s+|a\s+)?(?P<who>[^,.;:\"]{{2,90}}?)"
    r"(?=\s*[,.;:\"]|\s+(?:and|who|which|that)\b|$)"
)
_ACCORDING_LOW, _SPEECH_LOW = lowered_variant(_ACCORDING), lowered_variant(_SPEECH_RE)
_ON_DAY = re.compile(r"\s+on\s+\d")
_PRONOUN = re.compile(
    r"(?i)^\W*(?:it|he|she|they|the (?:statement|report|letter|organi[sz]ation))\b"
)
_NAME = capitals(r"[A-Z][\w'.-]+(?:\s+(?:[A-Z][\w'.-]+|al-\w+|bin|de|van|von))*")
_TITLED = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,3}}(?P<title>[^,]{{0,110}}?)(?=,)"
)
_NAMED_AFTER_NOUN = re.compile(capitals(r"\s+[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3}"))
# ", now part of Human Rights Watch,": a name in an apposition after the speaker
_APPOSED_OBJECT = re.compile(r",\s+[^,]{0,25}\b(?:of|to|with|by|from)\s+(?:the\s+)?$")
_PREPOSITION = re.compile(r"(?i)\b(?:of|for|to|from|with|in|at|on|about|by|and)\s+(?:the\s+)?$")
_DETERMINED = re.compile(  # (a noun or an adjective after: "the alleged killers", "Our count")
    r"(?i)(?:\b(?:the|a|an|its|their|his|her|our|my|this|of|for|against|on|by|with)|\d|['’]s)"
    r"\s+$"
)
# "found three officers guilty": a verdict, not a finding reported
_VERDICT = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,10}?(?:guilty|not guilty|innocent|liable)\b"
    # "found the bodies of 72 migrants", "His father found him on the bank": a discovery
    r"|\s+(?:[\w'’-]+\s+){0,3}?(?:bod(?:y|ies)|remains|corpses?|graves?|skeletons?|skulls?)\b"
    r"|\s+(?:him|her|them)\s+(?:lying|dead|on|in|at|near|by|under|beside|hanging)\b"
)


class VoiceTagger:
    """Marks each sentence with the voice it speaks in and the reference date of a quotation."""

    name = "voices"
    version = "0.21.0"
    reads: tuple[str, ...] = ("sentences",)
    writes: tuple[str, ...] = ("sentences.voice", "sentences.ref_date", "self_voices")

    def __init__(self) -> None:
        data = voices_data()
        entries = [(a, v["name"], "voice") for v in data["voices"] for a in v["aliases"]]
        actors = [(a, x["name"], x["kind"]) for x in actors_data()["actors"] for a in x["aliases"]]
        self.voices = AliasMatcher(entries)
        self.actors = AliasMatcher(actors)
        self.titles = [t.lower() for t in data["titles"]]
        cues = [(w, w) for w in [*SPEECH_VERBS.split("|"), *SOURCE_CUES]]
        self.cues = PhraseMatcher(cues)
        self._all: list[AliasHit] = []
        self._starts: list[int] = []
        self.institution = re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in data["institution_words"]) + r")\b"
        )

    def __call__(self, doc: Doc) -> Doc:
        self._groups: list[AliasHit] | None = None
        self._surnames: dict[str, int] | None = None
        self._introductions: dict[int, tuple[str, int, int] | None] = {}
        doc.self_voices = self._self_voices(doc)
        acronyms = defined_acronyms(doc.norm) if "(" in doc.norm else {}
        self._all = [
            national_society(doc.norm, h)
            for h in self.voices.find(doc.norm, low=doc.low)
            if not self._redefined(h, acronyms)
        ]
        self._starts = [h.start for h in self._all]
        cues = {doc.sentence_of(h.start, h.end) for h in self.cues.find(doc.low)}
        quotes = quote_spans(doc.text)
        last_voice: str | None = None
        # a pattern whose pre-filter fails on the whole text matches in none of its sentences
        officials = OFFICIAL_FIGURE_GATE.passes(doc.norm, doc.low)
        possessives = POSSESSIVE_FIGURE_GATE.passes(doc.norm, doc.low)
        given = FIGURE_GIVEN_GATE.passes(doc.norm, doc.low)
        previous: tuple[str, int, int] | None = None  # the voice of the sentence before
        said_before: tuple[str, int, int] | None = None  # ... if it was said in a voice
        heads: dict[str, str] = {}  # word -> the last voice of several words it is in
        laid_out = ":" in doc.norm or "(" in doc.norm or "|" in doc.norm
        starts = paragraph_starts(doc.sentences) if laid_out else []
        labels = transcript_labels(doc.norm, starts) if ":" in doc.norm else {}
        sources = source_items(doc.norm, starts) if starts else {}
        if "|" in doc.norm and starts:
            sources.update(cited_sources(doc.norm, starts))  # "[S2] 2008-09-14 | FSUTCP, ..."
            # "| Solhan | 160 | — | Local sources |": a table row's source column
            sources.update(row_sources(doc.norm, doc.tables, lambda s, e: _paragraph(doc, s)))
        for index, sentence in enumerate(doc.sentences):
            speaker = self._reported(doc, sentence) if index in cues else None
            if doc.low.startswith(("who ", "which "), sentence.start) and index > 0:
                # "..., was never accepted by community leaders, | who put the real number
                # in the hundreds": the clause cut there speaks for its antecedent
                speaker = self._antecedent_voice(doc, sentence.start) or speaker
            if speaker is None and may_match(
                ESTIMATE_BY_NEED, doc.norm[sentence.start : sentence.end]
            ):
                speaker = self._estimate_by(doc, sentence)
            if speaker is None and given:
                figure = FIGURE_GIVEN.search(doc.norm, sentence.start, sentence.end)
                if figure is not None:
                    floor = max(sentence.start, figure.start() - 160)
                    speaker = self._subject(doc.norm, floor, figure, sentence.end)
            if speaker is None and officials:
                official = OFFICIAL_FIGURE.search(doc.norm, sentence.start, sentence.end)
                if official is not None:
                    speaker = ("authorities", official.start(), official.end())
            if (
                speaker is None
                and previous is not None
                and ITS_COUNT.match(doc.norm, sentence.start, sentence.end)
            ):
                speaker = previous  # "By its count, 124 people died": the body just named
            if speaker is None:
                speaker = pronoun_teller(doc.norm, sentence, previous, said_before)
            if speaker is None:  # "When X returned ..., he counted 28 bodies"
                speaker = named_teller(doc.norm, sentence.start, sentence.end)
            if speaker is None and index > 0:
                before = doc.sentences[index - 1]
                speaker = body_teller(doc.norm, sentence, before, previous) or person_teller(
                    doc.norm, sentence, before, self.institution
                )
            if speaker is None and doc.low.startswith(("when ", "after ", "once "), sentence.start):
                when = WHEN_NAMED.match(doc.norm, sentence.start, sentence.end)
                if when is not None:
                    speaker = (when["name"], when.start("name"), when.end("name"))
            if speaker is None and possessives:
                own = POSSESSIVE_FIGURE.match(doc.norm, sentence.start, sentence.end)
                if own is not None:  # "the peasants' own count was over a hundred"
                    start = own.start("np")
                    lead = BY_LEAD.match(doc.norm, start, own.end("np"))
                    start = lead.end() if lead is not None else start
                    speaker = noun_phrase(doc.norm, start, own.end("np"))
            quote = enclosing(quotes, sentence) if quotes else None
            if quote is not None:
                intro = self._intro_voice(doc, index, quote, last_voice)
                if intro is not None:
                    speaker = intro
                    sentence.ref_date = self._intro_date(doc, quote[0])
                elif speaker is None:
                    speaker = quoted_on(doc, index, quote)
            named = self._hits_in(sentence.start, sentence.end)  # the lexicon voices it names
            if named:
                last_voice = named[-1].canonical
            if speaker is not None and GROUP.fullmatch(speaker[0]):
                speaker = self._antecedent_group(doc, sentence.start) or speaker
            if speaker is None and sentence.paragraph in labels:
                speaker = labels[sentence.paragraph]  # "KESSLER (OHCHR): ..." in a transcript
            if speaker is None and sentence.paragraph in sources:
                speaker = sources[sentence.paragraph]  # "• Ministry of Health: 41 dead"
            if speaker is not None:
                speaker = issuer(doc.norm, speaker)
            if speaker is not None and speaker[0] in acronyms:
                # "the Bahrain Independent Commission of Inquiry (BICI)" ... "the BICI found":
                # the name the report gave it, with the acronym the reader sees
                speaker = (f"{acronyms[speaker[0]]} ({speaker[0]})", speaker[1], speaker[2])
            if speaker is not None and " " not in speaker[0] and heads:
                speaker = antecedent(doc.norm, speaker, heads)
            if speaker is not None and speaker[0] not in doc.self_voices:
                sentence.voice, sentence.voice_start, sentence.voice_end = speaker
                remember(heads, speaker[0])
                lexical = any(h.canonical == speaker[0] for h in named)
                if not lexical and not self.institution.search(speaker[0]):
                    remember_title(heads, doc.norm, sentence.start, speaker)
            if not sentence.heading:
                told = (named[-1].canonical, named[-1].start, named[-1].end) if named else None
                previous = speaker or told
                said_before = speaker
        return doc

    def _antecedent_voice(self, doc: Doc, start: int) -> tuple[str, int, int] | None:
        """The voice a relative clause cut from its sentence follows: the lexicon voice or
        speaker noun phrase right before the comma."""
        floor = max(0, start - 120)
        hits = [h for h in self._hits_in(floor, start) if not doc.norm[h.end : start].strip(" ,")]
        if hits:
            return hits[-1].canonical, hits[-1].start, hits[-1].end
        m = _ANTECEDENT.search(doc.norm, floor, start)
        if m is None:
            return None
        lead = _BY.match(doc.norm, m.start("np"), m.end("np"))  # "accepted by community leaders"
        return noun_phrase(doc.norm, lead.end() if lead else m.start("np"), m.end("np"))

    def _antecedent_group(self, doc: Doc, before: int) -> tuple[str, int, int] | None:
        """ "The group said": the armed group or organisation named last before it."""
        if self._groups is None:
            self._groups = [
                h
                for h in self.actors.find(doc.norm, low=doc.low)
                if h.kind in ("armed_group", "militia", "opposition")
            ]
        found = [h for h in self._groups if h.end <= before]
        if not found:
            return None
        hit = found[-1]
        return doc.text[hit.start : hit.end], hit.start, hit.end

    def _self_voices(self, doc: Doc) -> set[str]:
        names: set[str] = set()
        if doc.publisher:
            names.add(doc.publisher)
            names.update(h.canonical for h in self._hits(doc.publisher, 0, len(doc.publisher)))
        for m in COPYRIGHT.finditer(doc.norm):  # "(c) 2022 Sahel Civilian Monitor | Privacy"
            names.add(m["name"].split(". ")[0].strip().rstrip("."))  # "Reuters. All rights"
        for start, end in doc.boilerplate:
            if TOPICS.match(doc.norm, start, end):
                continue  # "Tags: Iraq, Islamic State": what the report is about, not by
            names.update(h.canonical for h in self._hits(doc.norm, start, end, doc.low))
        return names

    def _redefined(self, hit: AliasHit, acronyms: dict[str, str]) -> bool:
        """An acronym the report defines as another body's name than the lexicon's: "the Rapid
        Support Forces (RSF)" are no press-freedom group (Reporters Without Borders, RSF)."""
        name = acronyms.get(hit.surface) if hit.acronym else None
        return name is not None and all(
            h.canonical != hit.canonical for h in self.voices.find(name)
        )

    def _hits_in(self, start: int, end: int) -> list[AliasHit]:
        """The document's voice hits inside ``[start, end)``."""
        i = bisect_left(self._starts, start)
        out: list[AliasHit] = []
        while i < len(self._all) and self._all[i].start < end:
            if self._all[i].end <= end:
                out.append(self._all[i])
            i += 1
        return out

    def _hits(self, text: str, start: int, end: int, low: str | None = None) -> list[AliasHit]:
        """Voice and actor hits in ``text[start:end]``; ``low``: ``lowered(text)``, if known
        (else each matcher lowers the whole text again)."""
        return self.voices.find(text, start, end, low=low) + self.actors.find(
            text, start, end, low=low
        )

    def _reported(self, doc: Doc, sentence: Sentence) -> tuple[str, int, int] | None:
        text = doc.norm
        # on ASCII text, the lowered patterns on doc.low: the same spans, faster (prefilter.py)
        if text.isascii() and _ACCORDING_LOW is not None and _SPEECH_LOW is not None:
            according, speech, source = _ACCORDING_LOW, _SPEECH_LOW, doc.low
        else:
            according, speech, source = _ACCORDING, _SPEECH_RE, text
        m = according.search(source, sentence.start, sentence.end)
        if m is not None:
            made = figures_maker(text, m.start("who"), m.end("who"))
            if made is None:  # ("as given by the NCoS on 6 July": who, not when)
                cut = _ON_DAY.search(text, m.start("who"), m.end("who"))
                made = (m.start("who"), cut.start()) if cut is not None else None
            who = self._who(text, *made, loose=True) if made is not None else None
            if who is None:
                who = self._who(text, m.start("who"), m.end("who"), loose=True)
            if who is not None:
                return who
        for verb in speech.finditer(source, sentence.start, sentence.end):
            word = verb.group().lower()
            if word.endswith("ing that") and (
                who := participle_subject(text, sentence.start, verb.start())
            ):
                return who
            if text[verb.start()].isupper() and verb.start() > sentence.start:
                continue  # "two United States journalists": a name, no verb
            if word == "found" and _VERDICT.match(text, verb.end()):
                continue
            if word.startswith("estimate") and ESTIMATE_BY.match(text, verb.start()):
                continue  # "Unofficial estimates compiled by relief workers": a noun, by them
            if word in ("alleged", "count") and _DETERMINED.search(
                text, max(0, verb.start() - 12), verb.start()
            ):
                continue  # "529 alleged supporters", "the alleged killers", "Our count": no verb
            who = self._subject(text, max(sentence.start, verb.start() - 160), verb, sentence.end)
            inner = earlier_telling(text, verb.end(), sentence.end) if who is not None else None
            if inner is not None:
                who = self._subject(text, verb.end(), inner, sentence.end) or who
            if who is not None:
                return who
        return None

    def _estimate_by(self, doc: Doc, sentence: Sentence) -> tuple[str, int, int] | None:
        m = ESTIMATE_BY.search(doc.norm, sentence.start, sentence.end)
        if m is None:
            return None
        hits = self._hits_in(m.start("who"), m.end("who"))
        if hits:
            return hits[0].canonical, hits[0].start, hits[0].end
        return m.group("who"), m.start("who"), m.end("who")

    def _subject(
        self, text: str, floor: int, verb: re.Match[str], ceiling: int
    ) -> tuple[str, int, int] | None:
        """The voice that is the subject of a speech verb ('X said', 'said X')."""
        told = verb.group().lower().startswith("told")  # "told the AP": its addressee
        for hit in self._hits_in(verb.end(), min(verb.end() + 60, ceiling)):
            if hit.start - verb.end() <= 6 and not told:
                return hit.canonical, hit.start, hit.end
        hits = [h for h in self._hits_in(floor, verb.start()) if verb.start() - h.end <= 90]
        named = apposed_name(text, floor, verb.start()) if hits else None
        if named is not None and all(h.end <= named[1] for h in hits):
            return named
        for hit in reversed(hits):
            if not _PREPOSITION.search(text[max(0, hit.start - 12) : hit.start]):
                written = _MODIFIED_VOICE.match(text, hit.end, verb.start())
                if written is not None:  # "UN human rights investigators said": as written
                    return text[hit.start : written.end("np")], hit.start, written.end("np")
                return hit.canonical, hit.start, hit.end
        who = self._who(text, floor, verb.start(), loose=False, free=True)
        if who is not None:
            return who
        if self._surnames is None:
            self._surnames = surname_index(text)
        return generic_speaker(text, floor, verb.start(), self._surnames) or inverted_speaker(
            text, verb, ceiling, self._surnames
        )

    def _who(
        self, text: str, start: int, end: int, *, loose: bool, free: bool = False
    ) -> tuple[str, int, int] | None:
        """The voice named in ``text[start:end]``: lexicon voice, titled official, institution.
        ``free``: only a lexicon name that is no preposition's object ("Helsinki Watch, now
        part of Human Rights Watch, put": not Human Rights Watch)."""
        hits = self._hits_in(start, end)
        if free:
            hits = [
                h for h in hits if not _APPOSED_OBJECT.search(text, max(0, h.start - 30), h.start)
            ]
        if hits:
            return hits[0].canonical, hits[0].start, hits[0].end
        for m in _TITLED.finditer(text, start, end):
            if m["name"].lower() in CALENDAR:
                continue  # "On 28 March, the spokesperson of the army, X, said"
            apposition = text[m.end("name") : m.end()].lower()
            if any(t in apposition for t in self.titles):
                return m["name"], m.start("name"), m.end("name")
        if loose:
            phrase = text[start:end].strip()
            if re.match(_NAME, phrase) and self.institution.search(phrase):
                canonical = self.actors.find(phrase)
                name = canonical[0].canonical if canonical else phrase
                return name, start, end
            if (
                " " in phrase
                and NAMED_SOURCE.fullmatch(phrase)
                and not NORM_WORD.search(phrase)
                and phrase.split()[0].lower() not in CALENDAR  # ("according to June 2019")
            ):
                return phrase, start, start + len(phrase)  # "according to Omer Kanat"
            generic = _GENERIC_AFTER.match(text, start, end)
            if generic is not None:
                # "the monitoring group Deep South Watch": the noun and the body's name
                named = _NAMED_AFTER_NOUN.match(text, generic.end("np"), end)
                stop = named.end() if named is not None else generic.end("np")
                return noun_phrase(text, generic.start("np"), stop)
        return None

    def _intro_voice(
        self, doc: Doc, index: int, quote: tuple[int, int], last: str | None
    ) -> tuple[str, int, int] | None:
        text = doc.norm
        lead_end = _skip_space_back(text, quote[0])
        lead_start = max(0, lead_end - 300)
        lead = text[lead_start:lead_end]
        cut = max(lead.rfind("\n"), lead.rfind(". "))
        lead_start += cut + 1 if cut >= 0 else 0
        who = self._who(text, lead_start, lead_end, loose=True)
        if who is None:
            who = self._who(text, quote[1], min(len(text), quote[1] + 80), loose=False)
        if who is None and not text[text.rfind("\n", 0, quote[0]) + 1 : quote[0]].strip():
            # a quotation that opens its paragraph (read once a paragraph: a long quotation's
            # sentences each ask)
            paragraph = doc.sentences[index].paragraph
            if paragraph not in self._introductions:
                self._introductions[paragraph] = introduced_person(doc, index)
            who = self._introductions[paragraph]
        if who is None and _PRONOUN.match(text[lead_start : quote[0]]) and last is not None:
            return last, lead_start, lead_start
        return who

    def _intro_date(self, doc: Doc, quote_start: int) -> date | None:
        lead_end = _skip_space_back(doc.norm, quote_start)  # (over blank lines before it)
        line_start = doc.norm.rfind("\n", 0, lead_end) + 1
        found = DateParser(doc.published).parse(doc.low, line_start, quote_start, folded=True)
        days = [f for f in found if f.precision == DatePrecision.DAY and not f.relative]
        return date.fromisoformat(days[-1].value) if days else None


def _paragraph(doc: Doc, start: int) -> int | None:
    index = doc.sentence_of(start, start + 1)
    return doc.sentences[index].paragraph if index is not None else None


def _skip_space_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i
