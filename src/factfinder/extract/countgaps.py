"""How far a counted phrase is from an act word, or that they cannot belong together: the
counts component (counts.py) joins each figure to the nearest act word it may belong to."""

from __future__ import annotations

import re

from factfinder.extract.doc import Trigger

_BEFORE_MAX = 45  # trigger ... number (verb, object)
_AFTER_MAX = 80  # number ... trigger (subject, passive verb)
_GAP_BREAK = re.compile(r"[.;:!?\"]")
_THAT_CLAUSE = re.compile(r"^\s+that\s+")
_DEATH_AFTER = re.compile(
    r"[^.;:]{0,60}?\b(?:had|have|has|were|was)\s+(?:been\s+)?(?:died|killed)\b"
)


# A toll and its figure joined by a copula ("estimates of the dead range from 10,000 to
# 40,000", "the death toll stood at 52", "the number of dead rose to 80").
_TOLL_LINK = re.compile(
    # "the number of dead was later revised to 52", "had since risen to", "numbered some 300"
    r"(?i)\s+(?:(?:has|had|have)\s+)?(?:(?:been|was|is|were|are)\s+)?(?:(?:later|now|since|"
    r"officially|eventually|finally|already)\s+)?(?:ranges?|ranged|ranging|stands?|stood|is|"
    r"are|was|were|reached|rose|risen|climbed|put|now|revised(?:\s+(?:up|down)(?:wards?)?)?|"
    r"raised|lowered|increased|estimated|numbered|totall?ed|given|set|"
    # ("revised the toll upwards to 45")
    r"(?:up|down)wards?|"
    # "was believed to be no lower than 65"
    r"(?:believed|thought|estimated|said|known|reported)\s+to\s+(?:be|have\s+been))\s+"
    # ("the number of young men killed was somewhere between 50,000 and 100,000")
    r"(?:somewhere\s+|anywhere\s+)?(?:(?:from|at|to|"
    r"between|of|as)\s+)?(?:(?:about|around|some|nearly|over|more than|at least|roughly|"
    r"almost|close to|closer to|well over|as many as|as high as|up to)\s+)?"
)
# "the death toll from Tuesday's attack in Beni rose to 42": what the toll is of, between (or
# an aside between commas: "the death toll, officials said, had risen to 36")
_TOLL_OF_LINK = re.compile(
    r"(?i)(?:\s+(?:from|of|in|at|on)\s+[^.;:!?\n]{1,70}?|\s*,[^,.;:]{1,60},)"
    + _TOLL_LINK.pattern.removeprefix("(?i)")
)
_TOLL_WORD = re.compile(r"(?i)\btoll\b|\bdead\b")
_REVISED_FROM = re.compile(
    r"(?i)\s+(?:(?:was|has|had|have)\s+)?(?:been\s+)?(?:(?:raised|revised|lowered|rose|risen|"
    r"climbed|fell|grew)\s+)?from\s+(?:about\s+|around\s+|some\s+)?[\d,]+\s+to\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|at\s+least\s+)?"
)
# "the number of people murdered in the compound was ...": the act word of a toll
_NUMBER_OF = re.compile(r"(?i)\bnumber\s+of\s+(?:(?:the\s+)?[\w-]+\s+)?$")
_AT_RANGE = re.compile(r"(?i)\s+(?:at\s+)?(?:somewhere\s+)?(?:between|from)\s+")
_AT_FIGURE = re.compile(
    # "have long put the dead at close to 300", "put the dead in the hundreds"
    r"(?i)\s+(?:at|in\s+the)\s+(?:(?:about|around|some|nearly|over|roughly|close\s+to|almost|"
    r"more\s+than|at\s+least|up\s+to|well\s+over|approximately)\s+)?"
)
_PUT_THE = re.compile(r"(?i)\b(?:put|puts|putting|placed?|places)\s+the\s+$")
# "as many as 40,000 may have died": only auxiliaries between a bare figure and its verb.
_AUXILIARIES = re.compile(
    r"(?i)\s*(?:(?:may|might|could|would|will|have|has|had|been|were|was|are|is|be|"
    r"reportedly|allegedly|probably|likely|also|all|later|since)\s+)*"
)


def trigger_gap(norm: str, t: Trigger, start: int, end: int, *, bare: bool) -> float | None:
    """Distance from a trigger to a counted phrase, or None when they cannot belong together."""
    if t.start <= start and end <= t.end:
        return 0.0
    if t.end <= start:
        between = norm[t.end : start]
        limit = 4 if bare else _BEFORE_MAX
        if len(between) <= limit and not _GAP_BREAK.search(between):
            # ("said within days of the attack that at least 100 people had died": a clause of
            # its own opens after "that", its figure is not the noun's before it)
            if _THAT_CLAUSE.search(between) and _DEATH_AFTER.match(norm, end):
                return None
            # ("speaking on the day of the attack, said 312 pupils were unaccounted for": the
            # figure opens the reported clause; an act word after it in that clause is its own)
            if not bare and _SAID_BEFORE.search(between):
                return float(len(between)) + 40.0
            return float(len(between))
        if bare and _ALL_OF.fullmatch(between):  # "killed all five"
            return float(len(between))
        if bare and _TOLL_LINK.fullmatch(between):  # "the death toll stood at 40"
            return float(len(between))
        if (
            bare
            and _TOLL_WORD.search(norm, t.start, t.end)
            and (_REVISED_FROM.fullmatch(between) or _AT_RANGE.fullmatch(between))
        ):
            # "raised the official toll from 52 to 55": the 55; "have long put the toll at
            # between 40,000 and 50,000"
            return float(len(between))
        if (
            bare
            and (
                _TOLL_WORD.search(norm, t.start, t.end)
                or _NUMBER_OF.search(norm, max(0, t.start - 30), t.start)
            )
            and _TOLL_OF_LINK.fullmatch(between)
        ):
            return 1.0  # (before "the attack" inside it: the toll's figure is of the dead)
        if (
            bare
            and _AT_FIGURE.fullmatch(between)
            and _PUT_THE.search(norm, max(0, t.start - 20), t.start)
        ):
            return float(len(between))  # "have long put the dead at around 5,000"
        return None
    if t.start > end and norm[end] == '"' and start > 0 and norm[start - 1] == '"':
        end += 1  # '"at least 3,200" dead': a figure quoted as its source gave it
    if t.start >= end and not bare:
        # ('19 of its members had been "murdered after surrender"': the act word quoted)
        between = norm[end : t.start].rstrip('"“')
        if (
            not _PASSIVE.search(between)
            and _AGENTS.search(norm, start, end)
            and not _VERB_BEFORE.search(norm, max(0, start - 30), start)
            and _ACTIVE.search(norm, t.start, t.end)
            and _OBJECT_NEXT.match(norm, t.end)
        ):
            return None  # "three men ... killed all five": the number counts who did it
        if len(between) <= _AFTER_MAX and not _GAP_BREAK.search(between):
            # ("beat and kicked about twenty villagers and took three men away": the next
            # verb of a coordination has its own object; the verb before counts the twenty)
            return 1.5 * len(between) + (12.0 if _AND_NEXT.fullmatch(between) else 0.0)
    if t.start >= end and bare and _AUXILIARIES.fullmatch(norm, end, t.start):
        return 0.5 + 0.1 * (t.start - end)
    if t.start >= end and bare and _PARTITIVE_SUBJECT.fullmatch(norm, end, t.start):
        return 0.5 + 0.1 * (t.start - end)  # "four of them were given prison terms"
    return None


_ALL_OF = re.compile(r"(?i)\s+(?:all|both)\s+")
# a subject counted before an active verb with its own object: the agents, not the victims
_AGENTS = re.compile(r"(?i)\b(?:men|gunmen|soldiers|attackers|assailants)$")
_ACTIVE = re.compile(r"(?i)(?:ed|ot)$")  # ("killed", "shot")
_PASSIVE = re.compile(r"(?i)\b(?:were|was|been|be|being|are|is)\b")
# ("the guards took nine men out at night and shot them": the object of a verb before)
_VERB_BEFORE = re.compile(
    r"(?i)\b(?:[a-z]+ed|took|saw|shot|had|found|held|left|led|brought|caught|hit)\s+"
    r"(?:the\s+|some\s+|about\s+|at\s+least\s+|another\s+)?$"
)
_OBJECT_NEXT = re.compile(
    r"(?i)\s+(?:all|both|the|a|an|his|her|their|its|them|him|at\s+least|\d|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|several|dozens|many|some)\b"
)
_SAID_BEFORE = re.compile(r"(?i)\b(?:said|says|added|stated|announced)\s+(?:that\s+)?$")
_AND_NEXT = re.compile(r"\s*,?\s*and\s+")
# a part of a group as the subject of the passive act word after it ("four of them were given
# prison terms", "14 of the men were convicted"; not "one of them fired": an agent)
_PARTITIVE_SUBJECT = re.compile(
    r"(?i)\s+of\s+(?:them|these|those|the\s+[\w-]+)\s+(?:(?:had|have|also|later|all|each|then)\s+)*"
    r"(?:were|was|been)\s+(?:(?:also|later|all|each|then)\s+)*(?:(?:given|handed|served\s+with)\s+)?"
)
