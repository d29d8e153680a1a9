"""A figure counted by what is around it, not by its own words: the figure before it in a
coordination ("seven juveniles last year and two this year"), the toll told in the sentence
before ("The number of dead remains disputed. Survivors put it at about 1,800"), the question
it answers ("How many people died?"), a record's field ("Dead: 24") or a table's column
("| Killed (at least) |"). The counts component (counts.py) reads them.
"""

from __future__ import annotations

import re

from factfinder.extract.doc import Doc, Quantity
from factfinder.extract.numbers import find_numbers
from factfinder.extract.tables import COUNT_ROLES
from factfinder.extract.text import VICTIM_FIELD
from factfinder.model import Count

# "executed seven juveniles last year and two this year": the second figure of a coordination
# counts what the first one counts.
# A bare figure right before its own date ("..., and four last year") may stand further away.
_COORDINATION = re.compile(
    r"(?i)^[^.;:!?\"]{0,50}?\b(?:and|or|while|against|compared with)\s+$"
    # "34 people died; the peasants' own count was over a hundred": the same toll, told again
    r"|^[^.!?\"]{0,60}?[;,]\s+(?:but\s+|while\s+)?(?:the\s+)?[\w'’ -]{0,40}?\b(?:count|figure|"
    r"toll|estimate|tally)\s+(?:was|is|stood\s+at|put\s+at|of|at)\s+(?:about\s+|around\s+|"
    r"over\s+|more\s+than\s+|at\s+least\s+|some\s+|nearly\s+)?$"
)
_COORDINATION_DATED = re.compile(r"(?i)^[^.;:!?\"]{0,90}?\b(?:and|or|while)\s+$")


def elliptic(
    norm: str, q: Quantity, previous: Quantity | None, *, dated: bool = False
) -> Quantity | None:
    if previous is None or previous.category is None or previous.subset:
        return None
    start = previous.head_end if previous.head else previous.end
    gap = norm[start : q.start]
    if start > q.start or not (
        _COORDINATION.match(gap) or (dated and not q.head and _COORDINATION_DATED.match(gap))
    ):
        return None
    if q.head and previous.head and q.head.split()[-1].lower() != previous.head.split()[-1].lower():
        return None
    q.category, q.trigger = previous.category, previous.trigger
    return q


def toll_before(doc: Doc, index: int, by_sentence: dict[int, list[int]]) -> int | None:
    """The toll word ("the number of dead", "the death toll") of the sentence before, in the
    same paragraph, when it gives no figure of its own: what "put it at 1,800" counts."""
    if index == 0:
        return None
    before = doc.sentences[index - 1]
    if before.paragraph != doc.sentences[index].paragraph:
        return None
    for i in by_sentence.get(index - 1, []):
        t = doc.triggers[i]
        if _TOLL_WORDS.search(doc.low, t.start, t.end):
            return i
    return None


_FIELD_CATEGORY = {
    "dead": "killed", "killed": "killed", "deaths": "killed", "fatalities": "killed",
    "wounded": "injured", "injured": "injured", "arrested": "arrested", "detained": "arrested",
    "missing": "abducted", "abducted": "abducted", "disappeared": "abducted",
    "kidnapped": "abducted", "executed": "executed",
}  # fmt: skip


def table_figures(doc: Doc) -> dict[int, list[Quantity]]:
    """The figures of each table row's sentence, counted as their column's header says."""
    out: dict[int, list[Quantity]] = {}
    for table in doc.tables:
        for column, role in table.roles.items():
            if role not in COUNT_ROLES:
                continue
            for row in table.rows:
                if column >= len(row.cells):
                    continue
                cell = row.cells[column]
                index = doc.sentence_of(cell.start, cell.end)
                numbers = find_numbers(doc.norm, cell.start, cell.end, doc.low)
                if index is None or not numbers or doc.sentences[index].heading:
                    continue
                count = numbers[0].count
                if column in table.least and count.value is not None:
                    count = Count(min=count.value)  # "Killed (at least)"
                q = Quantity(numbers[0].start, numbers[0].end, index, count, category=role)
                out.setdefault(index, []).append(q)
    return out


def fields(doc: Doc) -> dict[int, str]:
    """The sentences that are a record's field of victims, with the category it counts."""
    out: dict[int, str] = {}
    if ":" not in doc.norm:
        return out  # (no field label anywhere)
    for index, sentence in enumerate(doc.sentences):
        if doc.low.find(":", sentence.start, min(sentence.end, sentence.start + 24)) < 0:
            continue  # (a label ends within its first words)
        m = VICTIM_FIELD.match(doc.low, sentence.start, sentence.end)
        if m is not None:
            out[index] = _FIELD_CATEGORY[m["label"]]
    return out


def asked_toll(doc: Doc, index: int) -> bool:
    """The sentence before asks the toll ("Q: How many people died at No Gun Ri?"): a figure
    given in answer counts the dead."""
    if index == 0:
        return False
    before = doc.sentences[index - 1]
    return _HOW_MANY_DIED.search(doc.low, before.start, before.end) is not None


_HOW_MANY_DIED = re.compile(
    r"\bhow many\b[^.?!]{0,60}\b(?:died|dead|killed|deaths|victims|lost their lives)\b"
    r"[^.?!]{0,60}\?"
)


OWN_CLAUSE = re.compile(r"[;:]")
_TOLL_WORDS = re.compile(r"\b(?:toll|number of (?:the )?dead|numbers of (?:the )?dead)\b")


def last_counted(doc: Doc, index: int, counted: dict[int, Quantity]) -> Quantity | None:
    """The last figure with a category in the sentence before, in the same paragraph."""
    if index == 0 or doc.sentences[index - 1].paragraph != doc.sentences[index].paragraph:
        return None
    return counted.get(index - 1)


def whole_tolls(qs: list[Quantity], periods: set[int]) -> list[Quantity]:
    """The figures of one voice's incident that may be its toll: not a figure below a bound
    told before it ("shot dead more than 200 civilians ... All four were killed": a part of
    the toll), unless the bound is vague or counts a period (``periods``: the starts of
    figures told of a span or a statistic)."""
    bounds = [
        q for q in qs if q.count.min is not None and not q.count.vague and q.start not in periods
    ]
    if not bounds:
        return qs
    first = min(bounds, key=lambda q: q.start)
    floor = first.count.min or 0
    kept = [
        q for q in qs if q.count.value is None or q.start < first.start or q.count.value >= floor
    ]
    return kept or qs


# "at least 35 children were among the dead": the children are counted as what they are among
_AMONG_THE = re.compile(
    r"(?i)\s+(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the\s+)?(?P<noun>dead|"
    r"killed|wounded|injured|victims|casualties|bodies|hostages|abductees|detainees|missing)\b"
)


# "Among the dead were five children": the same, told first
AMONG_BEFORE = re.compile(
    # ("The dead included 45 children")
    r"(?i)\b(?:among\s+(?:the\s+)?|the\s+(?=\w+\s+include))(?P<noun>dead|killed|wounded|injured|"
    r"victims|casualties|hostages|detainees)\s+(?:were|was|are|is|included|include)\s+"
    r"(?:(?:at\s+least|some|about|around)\s+)?$"
)


def among_the(norm: str, head_end: int, end: int) -> str | None:
    """The casualty noun a counted group is said to be among ("were among the dead"), if any."""
    m = _AMONG_THE.match(norm, head_end, end)
    return m["noun"].lower() if m is not None else None


# "puts the number of wounded at more than 150": the wounded
NUMBER_OF_NOUN = re.compile(
    r"(?i)\b(?:number|toll|count|total|figure)\s+of\s+(?:the\s+)?(?P<noun>[a-z]+)\s+"
    r"(?:at|as|to)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+|"
    r"nearly\s+|almost\s+)?$"
)
PUT_NOUN_AT = re.compile(
    r"(?i)\b(?:put|puts|putting|placed?|places|estimated?|estimates)\s+(?:the\s+)?"
    r"(?P<noun>dead|wounded|injured|missing|arrested|detained)\s+(?:at|in\s+the)\s+(?:anywhere\s+from\s+|"
    r"between\s+|about\s+|around\s+|some\s+|more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|"
    r"almost\s+)?$"
)
# "had given a toll of 56 on 12 October": a toll that names no noun is of the dead (on lowered
# text: the toll before a figure, and the words right before a figure)
_TOLL_OF = (
    r"\btoll\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|"
    r"at\s+least\s+)?"
)
TOLL_OF = re.compile(_TOLL_OF + r"(?=\d)")
TOLL_OF_BEFORE = re.compile(_TOLL_OF + "$")
# "put the death toll of the day at", "the final toll was": the figure a voice gives as its toll
TOLL_BEFORE = re.compile(
    r"(?i)\b(?:death\s+)?toll\b[^.;,]{0,30}?\b(?:at|was|is|stood\s+at|reached|rose\s+to|to)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+|at\s+least\s+)?$"
)
PUT_FIGURE = re.compile(
    r"(?i)\b(?:put|puts|putting|place[sd]?|estimated?|estimates|give|gives|gave|given|giving)\s+"
    r"(?:the\s+)?(?:(?:total\s+)?(?:number|toll|death\s+toll|figure|count)\s+"
    # ("put the number killed on May 22 at ten")
    r"(?:of\b|(?=(?:killed|dead|wounded|injured|arrested|detained|executed)\b))[^.;]{0,140}?"
    # ("have long put the dead from shooting, hunger and disease ... in the hundreds"; not
    # "put the dead at 29 and the wounded at about 125")
    r"|dead\b(?:(?!\b(?:wounded|injured|hurt)\b)[^.;]){0,140}?)"
    # ("gave the number of people killed on the hill as about 130")
    r"(?:\bat|\bin|\bas\s+high\s+as|\bas|\babove|\bover|\baround|\bnear|\bbetween)\s+"
    r"(?:the\s+|about\s+|some\s+|more\s+than\s+|at\s+least\s+|between\s+|from\s+)?$"
)


# between the groups of one act's count: "45 men and 27 women", "12 men, 5 women and 3
# children", "45 men, who were held at the gymnasium, and 27 women"
_JOINED = re.compile(r",\s*(?:(?:who|which)\s+[^,;:.]{1,60},\s*)?(?:and\s+)?|\s+and\s+")


def summed(qs: list[Quantity], norm: str) -> list[Quantity]:
    """The figures of one category with groups joined into their sum: "detained 45 men and 27
    women" counts 72, "killed 12 men, 5 women and 3 children" 20 (a count is of all the
    persons the act befell). Only groups of one sentence and act word, each with its own noun,
    none a part of another figure ("including ...") nor vague."""
    out: list[Quantity] = []
    run: list[Quantity] = []
    for q in sorted(qs, key=lambda q: q.start):
        if run and not _joins(run[-1], q, norm):
            out.append(_sum(run))
            run = []
        run.append(q)
    if run:
        out.append(_sum(run))
    return out


def _sum(run: list[Quantity]) -> Quantity:
    if len(run) == 1:
        return run[0]
    low = sum(q.count.low or 0 for q in run)
    exact = all(q.count.value is not None for q in run)
    first, last = run[0], run[-1]
    return Quantity(
        first.start, last.end, first.sentence, Count(value=low) if exact else Count(min=low),
        category=first.category, head=first.head, head_start=first.head_start,
        head_end=last.head_end, trigger=first.trigger, toll=first.toll,
    )  # fmt: skip


_WHOLE_NOUNS = frozenset(
    ["people", "persons", "individuals", "victims", "dead", "bodies", "casualties", "others"]
)


def _noun(q: Quantity) -> str:
    return (q.head or "").lower().rsplit(maxsplit=1)[-1]


def _joins(a: Quantity, b: Quantity, norm: str) -> bool:
    """``b`` is another group of ``a``'s act, joined to it by a comma or "and"."""
    return (
        a.sentence == b.sentence
        and a.trigger is not None
        and a.trigger == b.trigger
        and bool(a.head and b.head)
        and (a.head or "").lower() != (b.head or "").lower()
        # ("killed 20 people, 12 men and 8 women": the men and women are the 20)
        and not {_noun(a), _noun(b)} & _WHOLE_NOUNS
        and not (a.subset or b.subset or a.total or b.total)
        and not (a.count.vague or b.count.vague)
        and a.count.low is not None
        and b.count.low is not None
        and 0 <= b.start - a.head_end <= 80
        and _JOINED.fullmatch(norm, a.head_end, b.start) is not None
    )


# A list of victims' names counts the report's victims ("compiled the names of 240 victims").
NAMES_CUE = re.compile(r"\bnames\b")
NAMES_AFTER = re.compile(r"\s+names\b")  # (on lowered text)
NAMES_OF = re.compile(r"\bnames\s+of\s+(?:the\s+|some\s+|about\s+|nearly\s+|almost\s+)?$")
# the people a list of victims' names is of ("names of 240 victims", "of 1,200 men")
LISTED_HEADS = frozenset(
    ["victims", "people", "persons", "individuals", "men", "women", "children", "boys", "girls",
     "students", "civilians", "prisoners", "detainees", "dead", "villagers", "residents",
     "protesters", "demonstrators", "workers", "others"]
)  # fmt: skip
_LISTED = {"killing": "killed", "execution": "executed", "abduction": "abducted",
           "arrest": "arrested"}  # fmt: skip


def listed_category(doc: Doc) -> str | None:
    """The victims a report's lists of names count: those its act words count most."""
    told: dict[str, int] = {}
    for t in doc.triggers:
        category = _LISTED.get(t.act)
        if category is not None:
            told[category] = told.get(category, 0) + 1
    return max(told, key=lambda c: (told[c], c == "killed")) if told else None
