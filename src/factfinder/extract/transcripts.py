"""Voices a document's layout gives: a transcript's or interview's speaker labels, and the
sources of a list of figures ("• Ministry of Health (official): 41 dead").

The voices component (voices.py) reads a paragraph's voice from here when no speech verb in
its sentences names one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from factfinder.extract.doc import Sentence
from factfinder.extract.letters import capitals
from factfinder.extract.speakers import CALENDAR

# A transcript's speaker label at a paragraph's start: "KESSLER (OHCHR): Good morning.",
# "BRANDVOLD: Thank you.", "Q (Jane Roe, Daily Post):" (a question: no voice of its own),
# "SPOKESMAN, GOVERNMENT OF KHYBER PAKHTUNKHWA:" (the organisation after a comma, and its
# short name in brackets, if any).
_LABEL = re.compile(
    capitals(
        r"(?P<name>[A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3}|Q|A)"
        r"(?:\s*\((?P<org>[^()\n]{2,80})\)"
        r"|,[ ](?P<corg>[A-Z][A-Z'’.&-]+(?:[ ][A-Z][A-Z'’.&-]+){0,11})"
        # ("SPOKESPERSON, OFFICE OF THE UN HIGH COMMISSIONER FOR HUMAN RIGHTS (OHCHR):")
        r"(?:[ ]\((?P<abbr>[A-Z][A-Z0-9&.-]{1,9})\))?)?\s*:\s"
    )
)
_NOT_LABELS = frozenset(
    ["UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "WARNING", "BREAKING",
     "WATCH", "READ MORE", "RELATED", "SOURCE", "SOURCES", "PHOTO", "VIDEO", "TAGS", "TOPICS"]
)  # fmt: skip


_SEAT_LABEL = re.compile(
    r"(?:The\s+)?(?:(?:(?:Permanent\s+)?[Rr]epresentative|[Dd]elegate|[Oo]bserver|Ambassador)"
    r"\s+of\s+(?:the\s+)?(?P<name>[A-Z][^:()\n]{1,60}?)"
    r"|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Baroness|Dame)\.?\s+"
    r"(?P<member>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"|(?P<chair>President|Chair(?:man|person|woman)?|(?:Deputy\s+)?Speaker|Secretary-General))"
    r"\s*(?:\([^()\n]{0,60}\)\s*){0,2}:\s"
)


# An interview's label in a name's own case ("Halina Wrzosek: On Saturday ..."), and the person
# an interview's lead introduces ("we spoke to Halina Wrzosek", "the historian Halina Wrzosek",
# "Hanna Lindqvist, a researcher"): the one who answers "A:" when no label names her
_NAME_LABEL = re.compile(capitals(r"(?P<name>[A-Z][a-z][\w'’-]*(?:[ ][A-Z][\w'’-]+){1,2})\s*:\s"))
_ROLES = (
    r"researcher|historian|scholar|expert|analyst|journalist|author|lawyer|professor|activist|"
    r"director|investigator"
)
_INTRODUCED_PERSON = re.compile(
    capitals(
        r"(?:(?i:spoke|talked|speaks|talks)\s+(?:to|with)\s+|(?i:interviewed|asked)\s+|"
        rf"(?:{_ROLES})\s+)?"
        r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
        rf"(?P<role>,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ROLES})\b)?"
    )
)


_NOT_NAME_WORDS = frozenset(
    ["photo", "photos", "credit", "credits", "related", "read", "more", "share", "source",
     "sources", "update", "updated", "editor's", "editor’s", "note", "notes", "tags", "topics",
     "follow", "subscribe", "posted", "published", "last", "key", "points", "advertisement",
     "image", "video", "caption", "copyright", "contact", "email", "date", "subject", "from",
     "to", "reply", "live", "breaking", "watch", "listen", "see", "also", "translator's",
     "translator’s", "summary", "background", "correction", "warning", "article", "articles",
     # a record's fields ("Killed: 3", "Place: Kaloma"): what is counted, not who counts
     "killed", "dead", "deaths", "wounded", "injured", "arrested", "detained", "missing",
     "abducted", "disappeared", "executed", "victims", "casualties", "toll", "place",
     "location", "perpetrators", "perpetrator", "event", "incident", "type"]
)  # fmt: skip


# the labels of those who speak for the programme or publication itself
_OWN_LABELS = frozenset(
    ["HOST", "CO-HOST", "PRESENTER", "ANCHOR", "INTERVIEWER", "NARRATOR", "MODERATOR"]
)


_SMALL = frozenset(["Of", "The", "And", "For", "On", "In"])


def _org(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The organisation a label names, in brackets or after a comma (title case for capitals)."""
    if m["org"]:
        return m["org"].strip(), m.start("org"), m.end("org")
    if m["abbr"]:  # (the short name the transcript's later labels use)
        return m["abbr"], m.start("abbr"), m.end("abbr")
    if m["corg"]:
        words = [w if i == 0 or w not in _SMALL else w.lower()
                 for i, w in enumerate(m["corg"].title().split())]  # fmt: skip
        return " ".join(words), m.start("corg"), m.end("corg")
    return None


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).upper()


def _labels(
    text: str, paragraphs: list[tuple[int, int, bool]]
) -> list[tuple[int, str, int, int, re.Match[str] | None]]:
    """(paragraph, label, start, end, upper-case match) of each label; a label in a name's case
    counts when it opens two paragraphs or its initials are a label too ("HW:")."""
    upper: list[tuple[int, re.Match[str]]] = []
    named: list[tuple[int, re.Match[str]]] = []
    seats: list[tuple[int, str, int, int, re.Match[str] | None]] = []
    for start, index, heading in paragraphs:
        if heading:
            continue  # (not "UN: 9 executed", a title)
        if (r := _SEAT_LABEL.match(text, start)) is not None:
            # a meeting record's speaker: "The representative of France (spoke in French):",
            # "Mr. Enoch Powell (Wolverhampton, South-West):", "The President:"
            key = next(k for k in ("name", "member", "chair") if r[k])
            who = r[key].strip()
            seats.append((index, who, r.start(key), r.start(key) + len(who), None))
            continue
        m = _LABEL.match(text, start)
        if m is not None and m["name"] not in _NOT_LABELS:
            upper.append((index, m))
        elif (n := _NAME_LABEL.match(text, start)) is not None and not (
            _NOT_NAME_WORDS & set(n["name"].lower().split())
        ):
            named.append((index, n))  # (not "Photo Credit: AFP", "Related Articles: ...")
    initials = {m["name"] for _, m in upper}
    times = Counter(n["name"] for _, n in named)
    full = {_initials(n["name"]): n for _, n in named if _initials(n["name"]) in initials}
    out: list[tuple[int, str, int, int, re.Match[str] | None]] = [
        (i, n["name"], n.start("name"), n.end("name"), None) for i, n in named
           if times[n["name"]] > 1 or _initials(n["name"]) in initials]  # fmt: skip
    for index, m in upper:
        n = full.get(m["name"])
        if n is not None:  # "HW:" after "Halina Wrzosek:"
            out.append((index, n["name"], n.start("name"), n.end("name"), None))
        else:
            out.append((index, m["name"], m.start("name"), m.end("name"), m))
    if len(seats) > 1:
        out.extend(seats)
    return sorted(out, key=lambda x: x[0])


def _asking(text: str, labels: list[tuple[int, str, int, int, re.Match[str] | None]]) -> set[str]:
    """The labels of the one who asks: most of their turns end with a question mark."""
    turns: dict[str, list[bool]] = {}
    for _index, name, _start, end, _m in labels:
        stop = text.find("\n", end)
        turns.setdefault(name, []).append(text[end : stop if stop >= 0 else len(text)].rstrip()
                                          .endswith("?"))  # fmt: skip
    return {name for name, asked in turns.items() if name != "A" and 2 * sum(asked) > len(asked)}


def transcript_labels(
    text: str, paragraphs: list[tuple[int, int, bool]]
) -> dict[int, tuple[str, int, int]]:
    """The voice of each paragraph of a transcript or an interview, by the label that opens it
    or the label before it ("KESSLER (OHCHR):" ... "KESSLER:" speaks for OHCHR too; "HW:" is
    "Halina Wrzosek:"); ``paragraphs``: the start, index and heading flag of each paragraph's
    first sentence. A document is read so only when it has two labels or a label naming its
    speaker's organisation. Questions ("Q:", a label whose turns are questions) have no voice;
    "A:" is the one who spoke last, or the person the interview's lead introduced."""
    found = _labels(text, paragraphs)
    if len(found) < 2 and not any(m is not None and _org(m) for *_, m in found):
        return {}
    asking = _asking(text, found)
    orgs: dict[str, tuple[str, int, int]] = {}
    by_paragraph = {index: (name, start, end, m) for index, name, start, end, m in found}
    voices: dict[int, tuple[str, int, int]] = {}
    current: tuple[str, int, int] | None = None
    answering: tuple[str, int, int] | None = None
    for _start, index, heading in paragraphs:
        label = by_paragraph.get(index)
        if label is not None:
            name, start, end, m = label
            if name == "Q" or name in asking or name.upper() in _OWN_LABELS:
                current = None  # a journalist's question; the programme's own host
            elif name == "A":  # the answer of the one who spoke last, or of the one introduced
                current = answering or _interviewee(text, found[0][2])
            elif m is not None and (org := _org(m)) is not None:
                current = org
                orgs[name] = current
            else:
                current = orgs.get(name, (name.title() if m else name, start, end))
            answering = current or answering
        elif heading:
            current = None  # "QUESTIONS AND ANSWERS": a new part of the record
        if current is not None:
            voices[index] = current
    return voices


def _interviewee(text: str, before: int) -> tuple[str, int, int] | None:
    """The person introduced last before the interview's first label."""
    found = [
        m
        for m in _INTRODUCED_PERSON.finditer(text, max(0, before - 3000), before)
        if m["role"] or m.start() < m.start("name")  # "Ana Ruiz, a researcher", "spoke to X"
    ]
    if not found:
        return None
    m = found[-1]
    return m["name"], m.start("name"), m.end("name")


# Quotations: a sentence inside one speaks in the voice its introduction names (voices.py)


# An item of a list of figures by source: "• Prosecutor General's Office (official): 334
# hostages killed", "- Ministry of Health: 41 dead" (a bullet, a source in a name's case, an
# optional note in brackets, a colon; the figures after it are that source's)
_SOURCE_ITEM = re.compile(
    capitals(
        r"[•·▪◦*–-][ \t]*(?P<name>(?:the[ ]|The[ ])?[A-Z][\w'’.&-]*(?:[ ](?:[A-Z][\w'’.&-]*|of|for|"
        r"and|the|de|du|des|on))*)(?:[ ]\([^()\n]{1,60}\))?[ \t]*:[ \t]"
    )
)


# a line of a box of key figures: "132   killed in Solhan (Government)"
# (not a line led by a year: "1988 massacre remembered (photo)")
_FIGURE_LINE = re.compile(
    r"[ \t]*[~≈]?(?!(?:1[89]|20)\d\d\b)\d[\d,.]*\+?(?:[ \t]*(?:M|K|million|thousand)\b)?"
    r"[ \t]+[^()\n]{3,80}?"
    r"\((?P<name>[^\W\d_][^()\n]{1,50})\)[ \t]*(?:\n|$)"
)


def source_items(
    text: str, paragraphs: list[tuple[int, int, bool]]
) -> dict[int, tuple[str, int, int]]:
    """The voice of each bulleted item of a list that gives figures by source, or of each line
    of a box of key figures that names its source in brackets; ``paragraphs`` as for
    :func:`transcript_labels`. An item names a source only when its name is no label
    word ("• Note:", "• Update:") and the words after the colon hold a digit."""
    out: dict[int, tuple[str, int, int]] = {}
    for start, index, heading in paragraphs:
        if heading:
            continue
        line = _FIGURE_LINE.match(text, start)
        if line is not None and _source_name(line["name"]):  # "160 killed (local sources)"
            out[index] = (line["name"], line.start("name"), line.end("name"))
            continue
        m = _SOURCE_ITEM.match(text, start)
        if m is None or not _source_name(m["name"]):
            continue
        stop = text.find("\n", m.end())
        if any(c.isdigit() for c in text[m.end() : stop if stop >= 0 else len(text)]):
            out[index] = (m["name"], m.start("name"), m.end("name"))
    return out


# "[S2] 2008-09-14 | FSUTCP, statement read on Radio Erbol | type: victims' organisation": a
# record's linked source, its key (also read by the dates component: dateadjust.py), its day,
# then its name (up to a comma, a bracket or a bar)
CITED_KEY = re.compile(r"[ \t]*(?:\[[A-Za-z]{0,3}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])?[ \t]*")
_CITED = re.compile(
    CITED_KEY.pattern + r"[\w ,.-]{6,30}?[ \t]*\|[ \t]*(?P<name>[A-Z][^,(|\n]{1,80}?)[ \t]*[,(|\n]"
)


_YEAR_IN = re.compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


def cited_sources(
    text: str, paragraphs: list[tuple[int, int, bool]]
) -> dict[int, tuple[str, int, int]]:
    """The voice of each excerpt under a dated source's heading in a record ("[S2] 2008-09-14 |
    FSUTCP, statement ..."): the source named after the day, for the excerpt's paragraphs up
    to the next heading; ``paragraphs`` as for :func:`transcript_labels`. Read so only when
    three headings are alike."""
    heads: dict[int, tuple[str, int, int]] = {}
    for start, index, heading in paragraphs:
        m = _CITED.match(text, start) if heading else None
        # (a day with its year before the source: not an audio guide's "STOP 7 | TITLE | 03:10")
        if m is not None and _YEAR_IN.search(text, start, m.start("name")):
            heads[index] = (m["name"].strip(), m.start("name"), m.end("name"))
    if len(heads) < 3:
        return {}
    out: dict[int, tuple[str, int, int]] = {}
    current: tuple[str, int, int] | None = None
    for _start, index, heading in paragraphs:
        if heading:
            current = heads.get(index)
        elif current is not None:
            out[index] = current
    return out


def _source_name(name: str) -> bool:
    """Not opened by a label word ("Note", "Photo credit", "see below") or a time ("• Monday:
    3 killed"); "local sources" names a source."""
    words = name.lower().split()
    return bool(words) and words[0] not in _NOT_NAME_WORDS and words[0] not in CALENDAR


def paragraph_starts(sentences: Sequence[Sentence]) -> list[tuple[int, int, bool]]:
    """The start, index and heading flag of each paragraph's first sentence."""
    out: list[tuple[int, int, bool]] = []
    for s in sentences:
        if not out or out[-1][1] != s.paragraph:
            out.append((s.start, s.paragraph, s.heading))
    return out


# Verbs and phrases of telling: a speaker right before one speaks for the sentence (voices.py).
SPEECH_VERBS = (
    r"said|says|wrote|writes|stated|states|told|tell|tells|added|spoke of|speak of|speaks of|"
    r"described the killing|described the killings|describe the killing|"
    r"spoken of|talked of|talk of|talks of|reported|reports|noted|revealed|"
    r"announced|confirmed|documented|recorded|estimated|found|concluded|read|reads|saying|"
    r"writing|stating|reporting|counted|cited|citing|claimed|alleged|registered|"
    r"put the toll|put the death toll|puts the toll|puts the death toll|put the number|"
    r"puts the number|put the dead|puts the dead|put the total|puts the total|put the overall|"
    r"put the final toll|puts the final toll|put the latest toll|puts the latest toll|"
    r"put the final death toll|puts the final death toll|put the revised toll|"
    r"puts the overall|"
    # "Most historians place the number of dead between about 12,000 and 30,000"
    r"place the number|places the number|placed the number|place the toll|places the toll|"
    r"placed the toll|place the figure|places the figure|placed the figure|"
    r"put the official|puts the official|told reporters|acknowledged|admitted|say|estimate|"
    r"estimates|claim|claims|admit|admits|acknowledge|acknowledges|announce|announces|"
    r"boasted|insisted|insists|maintained that|maintains that|state that|denied|denies|believe|"
    r"rejected those figures|rejected the figures|rejected that figure|rejected the toll|"
    r"believes|believed|"
    # "the ambassador relayed to his government an estimate from a contact that"
    r"relayed|relays|passed on|conveyed|"
    # "Igwe John Akor, testified last June that the deaths stood at 11"
    r"testified|testifies|explained to|"
    r"speak of|speaks of|spoke of|spoken of|referred to|refers to|put the figure|puts the figure|"
    # "Some media reports refer to 19 civilians", "uses the figure of 428 deaths in its report",
    # "Local officials have been telling reporters that at least 60 people died"
    r"refer to|use the figure|uses the figure|used the figure|uses a figure|used a figure|"
    r"telling reporters|telling journalists|telling the press|telling the media|"
    # "The Caritas office put out its own count yesterday: 56 displaced people dead"
    r"put out its own count|put out their own count|put out its count|put out a count|"
    r"put out a toll|put out its own toll|put out its own figures|put out figures|"
    r"gave the figure|gives the figure|gave a figure|put the toll|put the number|attributed|"
    r"attributes|published its findings|published its report|published their findings|"
    r"published their report|published a report|published its preliminary findings|"
    r"published its final report|published a list|compiled a list|published the names|"
    r"compiled the names|collected the names|established that|ruled that|ruled last year that|"
    r"ruled this year that|argued|argue|argues|held that|held it proven that|held it proved that|"
    r"put out a communiqué|issued a communiqué|put out a communique|issued a communique|"
    r"put out a statement|issued a statement|"
    r"listed|counts|count|registers|lists|held as proven that|held as established that|"
    # "The committee of survivors keeps a list of 39 names"
    r"keeps a list of|kept a list of|keep a list of|"
    r"names about|names some|names more than|names at least|finding that|confirms|"
    r"name about|name some|name more than|name at least|"
    r"named about|named some|named more than|named at least|show that|shows that|showed that|"
    r"accepted a figure|accepted the figure|accepts the figure|accepted a toll|"
    r"gave a lower figure|gave a higher figure|gave a more cautious figure|gave a different figure|"
    r"gives a lower figure|gives a higher figure|gave a toll|gives a toll|gave a death toll|"
    r"give a lower figure|give a higher figure|give a figure|gives a figure|cited a figure|"
    r"cites a figure|cite a figure|cited the figure|cites a figure|gave the number|"
    r"gives the number|give the number|"
    r"put it at|puts it at|placed it at|"
    # "some accounts give 26", "older lists gave about 140": a figure given bare
    r"give(?=\s+\d)|gives(?=\s+\d)|gave(?=\s+\d)|give about|gives about|gave about|"
    r"give(?=\s+[\"“]\d)|gives(?=\s+[\"“]\d)|gave(?=\s+[\"“]\d)|"  # 'gives "62"'
    r"give \"about|gives \"about|gave \"about|give “about|gives “about|gave “about|"
    r"give only|gives only|gave only|"
    # "went much further, claiming that 200 had died": the subject of the clause speaks
    r"claiming that|insisting that|arguing that|adding that|alleging that|"
    # "Accounts collected in the 1980s suggest that as many as 27 may have been killed"
    r"suggest that|suggests that|suggested that"
)
