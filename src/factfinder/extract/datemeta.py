"""Dates that tell when something was said, written or found, not when an act was done:
"said on Tuesday", "the report of 12 May", "Last November, the prime minister read ...".

The dates component (dates.py) marks such a date ``meta``: it dates no act of its sentence.
"""

from __future__ import annotations

import re

from factfinder.extract.datetext import Found
from factfinder.extract.doc import Doc, Sentence, Trigger
from factfinder.extract.letters import capitals
from factfinder.extract.prefilter import lowered_variant
from factfinder.extract.recounts import NEW_EVENT
from factfinder.extract.speakers import VOICE_NOUNS
from factfinder.model import DatePrecision

# A date right after these words is when something was said or published, not an event.
META_BEFORE = re.compile(
    r"(?i)\b(said|says|stated|told|wrote|writes|reported|announced|published|released|issued|"
    r"claimed|confirmed|acknowledged|admitted|speaking|given(?=\s+by\b)|testified|"
    # "The figure most often cited today ... is 84 dead": the day of the citing
    # (not "a report cited by the IPN, 746 had been detained by August 8": the act's day)
    r"(?:cited|quoted)(?=\s+(?:on|in|since|today|now|yesterday|this|last)\b)|"
    # "described to the Los Angeles Times in 1998 how he was lined up": the day of the telling
    r"described|"
    # (not "declared martial law on Sunday, Dec. 13": an act of state, done that day)
    r"declared(?!\s+(?:martial\s+law|an?\s+(?:state\s+of\s+)?emergency|a\s+curfew|curfew|war))|"
    r"interviewed|reporting|"
    r"testimony|hearing|report|statement|interview|conference|article|letter|speech|document|"
    r"memorandum|memo|cable|dossier|dispatch|telegram|"
    # ("In Recommendation 4VG/2016, made public on 18 August 2016, the Commission found")
    r"made\s+public|recommendation|put\s+out|"
    r"briefing|session|posted|tweeted|updated|dated|concluded|exhumed|visited|"
    # "two fact-finding visits to Hroza, on 7 and 10 October": the teller's stay
    r"(?:fact-finding|field|monitoring|follow-up|investigative)\s+visits?|"
    r"(?<!an )(?<!the )estimated|"  # (not "killed an estimated 300 villagers": a figure's word)
    r"determined|established|documented|ruled|located|found|discovered|recovered|unearthed|"
    r"collected|compiled)\b"  # ("accounts collected in the 1980s suggest")
    r"[^.;:]{0,45}$"
)
_META_AFTER = re.compile(
    r"(?i)^\W{0,3}(?:(?:in\s+)?\w+\s+)?(?:said|stated|wrote|reported|told|revealed|announced|"
    r"published|released|report|statement|interview|conference|letter|concluded"
    r"|determined)\b"
)
# "Historians today generally put the toll ...", "Guides at the memorial today speak of": the
# time of the telling, between the speakers and their verb
_SPEAKERS_NOW = re.compile(rf"(?i)\b(?:{VOICE_NOUNS})(?:\s+(?:at|in|of)\s+[\w\s'’-]{{1,30}})?\s+$")
# "left the old city divided in ways that persist today", "scars that remain visible today":
# a state lasting to the telling, no day of an act
_LASTING_NOW = re.compile(
    r"(?i)\b(?:persist|remain|endure|linger|survive|stand|exist)s?\b(?:\s+[\w'’-]+){0,2}\s+$"
)
# "fighters were reported to be still in the village through Thursday, looting homes": the
# end of a state that goes on from the act told before, not the day of an act of its own
_STILL_THROUGH = re.compile(r"(?i)\bstill\b[^.;:()]{0,80}\b(?:through|until|till)\s+$")
_TELLS_AFTER = re.compile(
    r"(?i)\s+(?:[a-z]+ly\s+)?(?:say|says|put|puts|speak|speaks|estimate|estimates|believe|"
    r"believes|count|counts|argue|argues|agree|agrees|accept|accepts|give|gives|cite|cites)\b"
)
# Verbs of telling or finding: with an act word between them and the date, the date is the
# act's ("concluded that soldiers killed 500 people in December 1981").
_SAY_VERBS = frozenset({
    "said", "says", "stated", "told", "wrote", "writes", "reported", "concluded", "estimated",
    "determined", "established", "documented", "ruled", "visited", "located", "exhumed",
    "found", "discovered", "recovered", "unearthed",
    # "claimed responsibility for the attack in Beni on 3 May": the attack's day
    "claimed", "acknowledged", "admitted", "confirmed", "announced",
})  # fmt: skip
_META_BEFORE_LOW, _META_AFTER_LOW = lowered_variant(META_BEFORE), lowered_variant(_META_AFTER)
_DATELINE = re.compile(capitals(r"^[A-Z][A-Za-z .]{1,30},\s*$"))

_PARTICIPLE = re.compile(r"(?i)\b(?:incidents?|cases?|events?|killings?|attacks?|abuses?)\s+$")
_STAY_BEFORE = re.compile(
    r"(?i)\b(?:visited|visiting|toured|touring|stayed|spent|investigated|interviewed|"
    r"mission)\b[^.;:,]{0,25}$"
)
# "figures released on the protests from 21 June to 21 July": a span the figures cover is
# the period of the events, never the moment of the telling.
_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:from|between|during|over|covering|throughout)\s+(?:the\s+)?$"
)


# "Recommendation 38/2006": a year in a document's number
_NUMBERED_BEFORE = re.compile(r"\d/$")
_NUMBERED_AFTER = re.compile(r"/\d")
_LAW_OF = re.compile(
    r"\b(?:Conventions?|Protocols?|Act|Law|Treaty|Charter|Constitution|Code|Accords?|Statute|"
    r"Covenant|Declaration)\s+of\s+$"
)
# "had given a toll of 56 on 12 October": the day a toll was given
_TOLL_GIVEN_ON = re.compile(
    r"\b(?:gave|given|give|gives|giving|put|puts|placed)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:toll|figure|count|estimate)\s+(?:of\s+|at\s+)?(?:about\s+)?[\d,]+"
    r"\s+(?:on|in)\s+(?:the\s+)?$"
)
# "Yesterday, ..., a new official toll of 86 dead was released": the day a toll came out
_TOLL_RELEASED = re.compile(
    r"\b(?:toll|figure|count)\b[^.;]{0,40}?\b(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:released|announced|published|issued|made\s+public)\b"
)


def is_meta(doc: Doc, sentence: Sentence, f: Found, triggers: list[Trigger]) -> bool:
    norm = doc.norm
    if (
        triggers
        and f.end <= min(t.start for t in triggers)
        and _TOLL_RELEASED.search(doc.low, f.end, sentence.end)
    ):
        return True
    if _TOLL_GIVEN_ON.search(doc.low, max(sentence.start, f.start - 80), f.start):
        return True  # "had given a toll of 56 on 12 October": the day of the telling
    if f.precision == DatePrecision.YEAR and (
        _NUMBERED_BEFORE.search(norm, max(0, f.start - 6), f.start)
        or _NUMBERED_AFTER.match(norm, f.end)
        or _LAW_OF.search(norm, max(0, f.start - 16), f.start)
    ):
        # "Recommendation 38/2006", "resolution 2005/12": a document's number; "the Geneva
        # Conventions of 1949": a law's name
        return True
    if _NAME_DATES.search(norm, max(0, f.start - 40), f.start) and norm.startswith(")", f.end):
        return True  # "Operation Storm (4-7 August 1995)": the dates of a named event
    if _AHEAD.match(doc.low, f.start, f.end):
        return True  # "next Thursday", "tomorrow": no act done yet
    if (
        doc.low.startswith("today", f.start)
        and _SPEAKERS_NOW.search(norm, max(sentence.start, f.start - 40), f.start)
        and _TELLS_AFTER.match(norm, f.end)
    ):
        return True  # "Historians today generally put the toll in the hundreds"
    if doc.low.startswith("today", f.start) and _LASTING_NOW.search(
        norm, max(sentence.start, f.start - 40), f.start
    ):
        return True  # "divided in ways that persist today"
    if _STILL_THROUGH.search(norm, max(sentence.start, f.start - 100), f.start):
        return True  # "still in and around the village through Thursday"
    opened = _APPOSED.search(norm, max(sentence.start, f.start - 100), f.start)
    if (
        opened is not None
        and _APPOSITION_CLOSED.match(norm, f.end)
        and not any(opened.start() <= t.start < f.start for t in triggers)
    ):
        return True  # "Hans Woellke, an Olympic shot-put champion of 1936, was killed": his
    if doc.low.endswith("ago", f.start, f.end) and _ANNIVERSARY_DAY.match(doc.low, f.end):
        return True  # "eighty years ago next Thursday": the anniversary, after the day told
    if (
        sentence.voice is not None
        and sentence.start <= sentence.voice_end <= f.start
        and (clause := _SPEAKER_CLAUSE.match(norm, sentence.voice_end, f.start))
        and (
            not any(sentence.voice_end < t.start < f.start for t in triggers)
            or clause["court"] is not None  # (its verdict verb is the clause's, not the act's)
        )
    ):
        return True  # "The OSCE's office, which interviewed refugees in June 2005, concluded"
    if (
        sentence.voice is not None
        and f.end <= sentence.voice_start
        and _WHO_LED.match(norm, sentence.start, f.start)
        and _APPOSED_TAIL.fullmatch(norm, f.end, sentence.voice_start)
        and not any(sentence.start <= t.start < sentence.voice_start for t in triggers)
    ):  # "The Red Cross official who led the first team into Yelwa on 6 May, Umar Mairiga,
        return True  # told reporters": the day of the teller's clause, before the name
    if (
        sentence.voice is not None
        and f.end <= sentence.voice_start
        and _FRONT_ADVERBIAL.fullmatch(norm, sentence.start, f.start)
        and (
            _SPEAKER_NEXT.fullmatch(norm, f.end, sentence.voice_start)
            # "In 2018 the Delhi High Court held that 42 persons had been killed": a year
            # right before its speaker, with no comma
            or (
                (
                    f.precision == DatePrecision.YEAR
                    or _DOCUMENT_END.search(norm, max(sentence.start, f.start - 60), f.start)
                )
                and _SPEAKER_NEXT_YEAR.fullmatch(norm, f.end, sentence.voice_start)
            )
            # "On 7 May 2014 officials put the number killed at 200": a toll put that day (not
            # "put the toll of fresh clashes in Lindela at 12": a new event's)
            or (
                _SPEAKER_NEXT_YEAR.fullmatch(norm, f.end, sentence.voice_start)
                and _toll_put(doc, sentence.voice_end, triggers)
                and not NEW_EVENT.search(norm, sentence.voice_end, sentence.end)
            )
        )
        and triggers
        and all(t.start >= sentence.voice_end for t in triggers)
        and (
            _TELLING.search(norm, sentence.voice_end, min(t.start for t in triggers))
            # "On the evening of 3 October, the state broadcaster raised the official toll"
            # ("In 1975 Joaquín Balaguer, who had been minister at the time of the killings,
            # put the figure at 17,000")
            or _toll_put(doc, sentence.voice_end, triggers)
        )
    ):  # (not "Last year, Reprieve counted 67 executions": a count of that year's)
        return True  # "Last November, Prime Minister Erdoğan read from a document that put ..."
    if (
        sentence.voice is not None
        and doc.low.startswith("today", f.start)
        and _SPEAKER_NEXT_YEAR.fullmatch(norm, f.end, sentence.voice_start)
        and triggers
        and all(t.start >= sentence.voice_end for t in triggers)
        and _TELLING.search(norm, sentence.voice_end, min(t.start for t in triggers))
    ):
        return True  # "In its observations today the bench said the mutineers had killed 57"
    if (
        sentence.voice is not None
        # (not "on 17 March", "in 2010": the act's day or year, as often; but "Press reports
        # in 1998 gave the number of people killed as about 130": the year the toll was given)
        and (f.relative or _GIVES_TOLL_NEXT.match(norm, f.end) is not None)
        and 0 <= f.start - sentence.voice_end <= _SUBJECT_GAP
        and _SUBJECT_REST.fullmatch(norm, sentence.voice_end, f.start)
        and (_TELLS_NEXT.match(norm, f.end) or _GIVES_TOLL_NEXT.match(norm, f.end))
        and not any(sentence.voice_end <= t.start < f.end for t in triggers)
    ):
        return True  # "The first reports in the newspapers the next morning spoke of 100 dead"
    if _DOCUMENT_SENT.search(norm, max(sentence.start, f.start - 160), f.start):
        return True  # "The joint report, sent to the Security Council in October 2004, counted"
    if f.precision == DatePrecision.YEAR and _DOCUMENT_YEAR.match(norm, f.end):
        return True  # "A 1996 Radio Liberty retrospective put the dead at": its year
    if _PHOTOGRAPHED.search(norm, max(sentence.start, f.start - 30), f.start):
        return True  # "The burnt shell of the palace, photographed on July 20": the picture's
    if _SUPERLATIVE_SINCE.search(
        norm, max(sentence.start, f.start - 90), f.start
    ) and not _WHEN_AFTER.match(norm, f.end):
        # "the deadliest attack in the country since 2015": a comparison's time (but "since
        # September 2013, when gunmen stormed the mall": the day of the act told after it)
        return True
    if (
        sentence.voice is not None
        and _NOTE_OPEN.fullmatch(norm, sentence.voice_end, f.start)
        and _NOTE_CLOSE.match(norm, f.end)
    ):
        return True  # "• European Court of Human Rights (2017): more than 330 died"
    if f.value_end and _PERIOD_BEFORE.search(norm, max(sentence.start, f.start - 20), f.start):
        # "the team, which visited the area from 28 to 31 August": the stay of the teller
        return bool(_STAY_BEFORE.search(norm, max(sentence.start, f.start - 40), f.start))
    offset = max(sentence.start, f.start - 60)
    after = norm[f.end : min(sentence.end, f.end + 40)]
    if norm.isascii() and _META_BEFORE_LOW is not None and _META_AFTER_LOW is not None:
        # the same spans on the lowered text, found without case folding (prefilter.py)
        meta_after = _META_AFTER_LOW
        window, before = doc.low[offset : f.start], _META_BEFORE_LOW
        after_text = doc.low[f.end : min(sentence.end, f.end + 40)]
    else:
        meta_after, window, before = _META_AFTER, norm[offset : f.start], META_BEFORE
        after_text = after
    said = before.search(window)
    while said is not None and said.group(1).lower() in _SAY_VERBS:
        # "claimed the kidnapping in a video released on 5 May": the nearest verb tells
        nearer = before.search(window, said.end(1))
        if nearer is None:
            break
        said = nearer
    # "said he had been arrested at a checkpoint in 2012": the act word between the verb of
    # saying and the date takes the date
    if said is not None and _PARTICIPLE.search(
        norm, max(0, offset + said.start(1) - 20), offset + said.start(1)
    ):
        said = None  # "an incident reported to the Section, on 22 January": a participle
    if said is not None and _CONTENT_OPENS.fullmatch(norm, offset + said.end(1), f.start):
        said = None  # "The court found that on 4 March 1997 a patrol entered": what was found
    if said is not None and any(
        offset + said.end(1) <= t.start and _ACT_OF_DAY.fullmatch(norm, t.end, f.start)
        for t in triggers
    ):
        said = None  # "a report on the missile strike of 5 October": the strike's day
    if said is not None and (
        said.group(1).lower() not in _SAY_VERBS
        or not any(offset + said.end(1) <= t.start < f.start for t in triggers)
    ):
        return True
    if (
        meta_after.match(after_text)
        and not _INTERJECTED.match(after_text)
        and not (
            (sentence.voice is None or sentence.voice_start >= f.end)
            and any(
                sentence.start <= t.start < f.start and not _CLAUSE_END.search(norm, t.end, f.start)
                for t in triggers
            )
        )
    ):  # (not "Troops killed 12 people on 5 July 2009, officials said": the killing's day; but
        # "ACF, which helps people displaced by the tsunami of 2004, said": the speaker's clause)
        return True
    dateline = norm[sentence.start : f.start]
    # ("KINSHASA, Sept 17 (XYZ) - ": the agency's name between the day and the dash)
    return bool(_DATELINE.match(dateline)) and _DASH_AFTER.match(after) is not None


# "In the early hours of 18 March 1968, he said, a truck came": a speech tag set between
# commas; the date is of the clause it interrupts
_INTERJECTED = re.compile(r"(?i)^\W{0,3}(?:he|she|they|we|i)\s+(?:said|says|recalled|added),")
_DASH_AFTER = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]")


_CLAUSE_END = re.compile(r"[;:]|\.\s")
_ACT_OF_DAY = re.compile(r"(?i)\s+(?:of|on)\s+(?:the\s+)?")
# the "that" of a finding and the date that opens what was found
_CONTENT_OPENS = re.compile(
    r"(?i)\s+(?:it\s+(?:proven|proved|established)\s+)?that,?\s+(?:(?:early\s+|late\s+)?on\s+|"
    r"in\s+|by\s+)?(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?(?:the\s+)?"
)
# "Operation Storm (4-7 August 1995)", "the Tet Offensive (1968)": a named event's own dates
_NAME_DATES = re.compile(
    capitals(
        r"\b(?:Operation\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|[A-Z][\w'’-]+\s+(?:War|Offensive|"
        r"Campaign|Accords?|Agreement|Uprising|Revolution))\s*\($"
    )
)
_AHEAD = re.compile(r"next\b|tomorrow\b|(?:this\s+)?coming\b")
# a person's apposition between commas: what it dates is the person's, not the act's
# ("Santiago Manuin, one of the leaders acquitted on Thursday, was wounded at the curve")
_APPOSED = re.compile(
    r"[A-Z][\w'’-]+,\s+(?:a|an|the|then|later|himself|herself|one\s+of)\s[^,;:.()]*$"
)
_APPOSITION_CLOSED = re.compile(r"[^,;:.()]{0,30},")
_ANNIVERSARY_DAY = re.compile(
    r"\s+(?:(?:next|this|on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|week|month)|tomorrow|today|tonight|this\s+(?:morning|evening))\b"
)
# a document's participle clause: the day it was sent or made public, not of what it tells
_PHOTOGRAPHED = re.compile(
    r"(?i)\b(?:photographed|pictured|filmed|photo\s+taken|picture\s+taken)\s+(?:on|in)\s+"
    r"(?:the\s+)?$"
    # ("sentenced them to prison, court documents seen on Thursday show": when they were read)
    r"|\b(?:documents?|papers|records|files|letters?|filings?)\s+(?:seen|obtained|reviewed)\s+"
    r"(?:by\s+[\w ]{1,30}?\s+)?(?:on|in)\s+(?:the\s+)?$"
)
_DOCUMENT_SENT = re.compile(
    r"(?i)\b(?:report|letter|statement|submission|communication|findings|memorandum|dossier"
    r"|cable|study|review)\b[^.;:]{0,100}?,\s+(?:sent|submitted|delivered|presented|transmitted"
    r"|handed|tabled|published|released|issued|made\s+public)\b[^.;:,]{0,50}$"
)
_SPEAKER_CLAUSE = re.compile(
    r"\s*,\s+(?:which|who)\s+[^,;.]*$"
    # "The Nigerian Red Cross official who led the first team into Yelwa on 6 May, Umar
    # Mairiga, told reporters": the speaker's own relative clause, without a comma
    r"|(?:\s+[\w'’-]+){0,2}\s+who\s+[^,;.]*$"
    # "The criminal court that sentenced one of the perpetrators in 2009 referred to"
    r"|\s+(?P<court>that\s+(?:sentenced|convicted|tried|acquitted|heard))\s+[^,;.]*$"
    # "A commission of inquiry set up by the government in 1992 estimated": when the teller
    # was made, not when the deaths were
    r"|\s*,?\s+(?:set\s+up|established|created|formed|appointed|convened|commissioned|founded)"
    r"\s+[^,;.]*$"
    # "the Attorney General's Office, in a 2017 indictment, spoke of 29 dead": its document's
    r"|\s*,\s+in\s+(?:a|an|its|their|his|her|the)\s+$"
)
_WHO_LED = re.compile(r"(?i)[^,;.]{0,60}?\s+who\s+[^,;.]*$")  # used with match(pos, endpos)
_APPOSED_TAIL = re.compile(r"[^,;.]{0,40},\s*")
_WHEN_AFTER = re.compile(r"\s*,?\s+when\b")
_SUPERLATIVE_SINCE = re.compile(
    r"(?i)\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|most\s+\w+)\b[^.;:]{0,70}?"
    r"\bsince\s+$"  # (not "since the 1998 bombing, in which 200 died": that event's year)
    # "the deadliest single air strike since the military seized power on 1 February 2021"
    r"|\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest)\b[^.;:]{0,70}?\bsince\s+"
    r"(?:the\s+)?[\w'’ -]{2,40}?\s+(?:seized|took|came\s+to|began|started|ended|broke\s+out)"
    r"[\w ]{0,20}?\s+(?:on|in)\s+$"
)
# a year that names a telling ("a 1996 Radio Liberty retrospective", "its 1992 report")
_DOCUMENT_YEAR = re.compile(
    r"\s+(?:[A-Z][\w'’&-]*\s+){0,4}(?:report|retrospective|study|survey|documentary|book|"
    r"article|census|film|review|paper|memoir|publication|analysis|estimate|tally|decision|"
    r"ruling|judgm?ent|verdict|findings|inquiry|investigation|indictment)s?\b"
)


def _toll_put(doc: Doc, voice_end: int, triggers: list[Trigger]) -> bool:
    """The speaker puts or gives a toll: "put the toll at", "put the number killed at"."""
    first = min((t.start for t in triggers), default=voice_end)
    return any(_TOLL_TOLD.match(doc.low, t.start) for t in triggers) or (
        _TOLL_TOLD_NEXT.match(doc.low, voice_end, first) is not None
    )


_TOLL_TOLD = re.compile(
    r"(?:put|puts|placed|raised|revised|lowered) (?:the|its|their)\b|(?:gave|gives|give) a\b"
)
_TOLL_TOLD_NEXT = re.compile(rf"\s*(?:(?:had|has|have)\s+)?(?:{_TOLL_TOLD.pattern})")
_TELLING = re.compile(
    r"\b(?:said|says|told|tells|read|reads|announced|claimed|stated|wrote|found|finds|held|"
    r"concluded|ruled|established|determined|estimated|reported)\b"
)
# the rest of a speaker's noun phrase before a time that ends it, and the verb of telling
# right after the time ("Dispatches from Hazleton the following morning put the dead at")
_SUBJECT_GAP = 60
_SUBJECT_REST = re.compile(r"[^,;:.()\n]*")
_TELLS_NEXT = re.compile(
    r"(?i)\s+(?:later\s+|also\s+|first\s+)?"
    r"(?:gave|give|gives|put|puts|spoke|speak|speaks|said|say|says|reported|report|cited|cite|"
    r"cites|counted|count|counts|estimated|listed|named|described|describe|describes|told)\b"
)
_GIVES_TOLL_NEXT = re.compile(
    r"(?i)(?:\s+[a-z'-]+){0,2}?\s+(?:later\s+|also\s+|first\s+)?(?:gave|give|gives|put|puts|"
    r"placed|cited|cites)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:number|toll|figure|count|"
    r"dead|estimate)\b"
)
# "In its judgment of 23 April 2009 the trial chamber found that 50 civilians were killed":
# the day of the document its speaker tells in
_DOCUMENT_OF = (
    r"(?:its|their|his|her|the)\s+(?:judgm?ent|ruling|verdict|decision|report|findings)\s+of\s+"
)
# "In its communique this month the Council of State said": the document's time
_DOCUMENT_WHEN = (
    r"(?:its|their|his|her|a|an)\s+(?:communiqu[eé]|statement|report|judgm?ent|ruling|"
    r"indictment|submission|letter|decision)\s+"
)
_FRONT_ADVERBIAL = re.compile(
    r"(?i)\W*(?:(?:and|but)\s+)?(?:(?:on|in|at|by)\s+)?"
    r"(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
    rf"(?:{_DOCUMENT_OF}|{_DOCUMENT_WHEN})?"
)
_DOCUMENT_END = re.compile(rf"(?i)(?:{_DOCUMENT_OF}|{_DOCUMENT_WHEN})$")
_SPEAKER_NEXT = re.compile(r"\s*,\s*(?:the\s+|a\s+|an\s+)?")
_SPEAKER_NEXT_YEAR = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?")
_NOTE_OPEN = re.compile(r"\s*\([^()\n]{0,40}")
_NOTE_CLOSE = re.compile(r"[^()\n]{0,40}\)\s*:")


_AFTER_WORD = re.compile(r"\b(?:after|because)\s")
_WHEN_NEXT = re.compile(r",?\s+when\s")


_ANNIVERSARY_BASE = re.compile(
    r"(?i)\s*,?\s*(?:(?:[\w'’-]+\s+){1,5}?will\s+)?marks?\s+(?:the\s+\S+\s+anniversary|"
    r"[\w-]+(?:\s+[\w-]+)?\s+years?\s+since)"
)


def in_teller_clause(norm: str, sentence: Sentence, start: int) -> bool:
    """The position is in the relative clause of the sentence's speaker ("A correspondent who
    reached Chengue eleven days after the attack was told"): a time of the teller's."""
    return (
        sentence.voice is not None
        and sentence.start <= sentence.voice_end <= start
        and _SPEAKER_CLAUSE.match(norm, sentence.voice_end, start) is not None
    )


def anniversary_base(norm: str, end: int) -> bool:
    """The date that ends at ``end`` is the day an anniversary is counted to ("Today, 16
    March 2018, marks the thirtieth anniversary"): the telling's."""
    return bool(_ANNIVERSARY_BASE.match(norm[end : end + 80]))


_NOT_TOLD = re.compile(
    r"\b(?:that|which)\s+(?:[a-z]+\s+)?$|\b(?:after|before|following)\s+(?:an?\s+|the\s+)?$"
)


def commemorates(low: str, start: int, marked: int) -> bool:
    """The sentence tells a commemoration (its word at ``marked``), not in a relative clause
    ("students took buses to the march that commemorates the 1968 massacre") nor as a time
    of the act ("a few hours after a memorial ceremony, armed men attacked")."""
    return _NOT_TOLD.search(low, max(start, marked - 30), marked) is None


def act_after_commemoration(
    doc: Doc, sentence: Sentence, f: Found, triggers: list[Trigger], marker: re.Pattern[str]
) -> bool:
    """ "Niger began three days of national mourning on Monday after gunmen killed 100
    civilians on Saturday": the act told after the commemoration takes the day after it."""
    floor = max(sentence.start, f.start - 200)  # (a clause's reach: linear on run-on text)
    mark = marker.search(doc.low, floor, f.start)
    if mark is None:
        return False
    when = _WHEN_NEXT.match(doc.low, f.end)
    if when is not None and any(when.end() <= t.start < when.end() + 80 for t in triggers):
        return True  # "followed by clashes since December 2008, when a police officer shot"
    cause = _AFTER_WORD.search(doc.low, mark.end(), f.start)
    return cause is not None and any(cause.end() <= t.start and t.end <= f.start for t in triggers)
