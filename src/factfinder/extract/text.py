"""Text preparation: one-to-one normalisation, script check, paragraphs, sentences, boilerplate."""

from __future__ import annotations

import re
from itertools import pairwise

from factfinder.extract.doc import Doc, Sentence
from factfinder.extract.letters import UPPER
from factfinder.extract.prefilter import may_match, required
from factfinder.extract.tables import find_tables

# One-to-one character replacements, so that offsets in ``norm`` are offsets in ``text``.
_FROM = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩’‘‛´“”„«»\u00a0\u2009\u202f\u2007–—‐‑−"
_TO = "01234567890123456789" + "'" * 4 + '"' * 5 + " " * 4 + "-" * 5
_TABLE = str.maketrans(_FROM, _TO)

MAX_SENTENCE = 1500  # longer "sentences" (no punctuation) are cut at whitespace
_SAMPLE = 200_000

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")
_LINE = re.compile(r"[^\n]+")
# [.!?]+[\"')\]]*(?:\[\d{1,3}\])*\s+(?=[\"'(\[]?[A-Z0-9])|;\s+(?=\") (a footnote mark after the
# stop: "had died.[5] A ministry"), its first character taken out of the
# alternation (the same matches; a leading class lets re skip to the punctuation)
_BOUNDARY = re.compile(
    rf"[.!?;](?:(?<=[a-z][.!?])\d{{1,3}}(?=\s+[{UPPER}])|(?<=[.!?])[.!?]*[\"')\]]*"
    rf"(?:\[\d{{1,3}}\])*)?(?:(?<=[.!?\d\"')\]])\s+(?=[\"'(\[]?[{UPPER}0-9])|(?<=;)\s+(?=\"))"
)
_ABBREV = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "maj",
        "prof",
        "rev",
        "hon",
        "no",
        "vs",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "dept",
        "govt",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "fr",
        "e.g",
        "i.e",
        "u.s",
        "u.n",
        "u.k",
        "approx",
        "est",
        # references: "Smith et al. 2009", "cf. Lee", "pp. 34-5", "vol. 2", "para. 12"
        "al",
        "cf",
        "pp",
        "vol",
        "para",
        "paras",
        "nos",
        "fig",
    ]
)
_BOILERPLATE = re.compile(
    r"(?i)^\W*(?:share this|copyright|©|all rights reserved|continue reading|read more|"
    r"posts tagged|categories?:|tags?:|skip to|exit mobile|subscribe|sign up|cookie|"
    r"follow us|related (?:posts|articles)|home\b.{0,40}\bnews\b|print this|email this|"
    r"social media|https?://|www\.|\d+\s*x\s*\d+\W*$|by published on|published on:|"
    r"posted (?:on|by)|staff writer|reporting by|photo:|image:|source:|"
    # a blog's comment header: '4 thoughts on "Title"', "12 comments", "3 responses to"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:thoughts?|comments?|"
    r"responses?|replies|reactions?)(?:\s+(?:on|to)\s+[\"“]|\W*$))"
)
# (a footnote's number after the full stop ends prose too: "... cases of rape.29")
_TERMINAL = re.compile(r"[.!?:;\"')\]]\s*$|(?<=[a-z])[.!?][\"'”’)]*(?:\d{1,3}|\[\d{1,3}\])\s*$")


def normalize(text: str) -> str:
    """Replace digits, quotes, dashes and spaces one-to-one; the length never changes."""
    return text.translate(_TABLE)


def script_note(text: str) -> str | None:
    """A note when the text has no letters or is mostly in a script the rules do not read."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        has_letter = _LATIN.search(sample) is not None
        return None if has_letter else "no letters in the text: nothing to extract"
    letters = len(_LETTER.findall(sample))
    if letters == 0:
        return "no letters in the text: nothing to extract"
    latin = len(_LATIN.findall(sample))
    if latin / letters < 0.5:
        return "text is mostly in a script other than Latin: only English is handled, nothing extracted"  # noqa: E501
    return None


def _marked_boilerplate(line: str) -> bool:
    """A blank line, or one that starts like a share button, byline or URL."""
    stripped = line.strip()
    return not stripped or bool(_BOILERPLATE.search(stripped))


def _is_tag_list(line: str) -> bool:
    parts = line.split(",")
    if len(parts) < 4 or _TERMINAL.search(line):
        return False
    words = sum(len(p.split()) for p in parts)
    return words / len(parts) <= 5


_CAPTION = re.compile(
    r"(?i)(?:\((?:file|archive|archival|stock|illustrative)?\s*(?:photo|picture|image|video)"
    r"(?:graph)?\)|\b(?:photo|picture|image) (?:credit|courtesy)\b[^.]*)\s*$"
)


_CAPTION_NEED = required(_CAPTION)


def is_heading(line: str) -> bool:
    """A title, caption or list item: no terminal punctuation and short; or a photo caption
    ("... (file photo)")."""
    stripped = line.strip()
    words = len(stripped.split())
    if words < 40 and may_match(_CAPTION_NEED, stripped) and _CAPTION.search(stripped):
        return True
    return not _TERMINAL.search(stripped) and words < 25


# a headline in capitals that tells the act whole, its figure in words or digits ("MORTAR
# ROUNDS FELL AMONG CIVILIANS QUEUING FOR AID, KILLING EIGHT AND WOUNDING 18"): read as a lead
_CAPS_LEAD = re.compile(
    r"\s*(?=[^a-z]*\b(?:KILL|KILLED|KILLING|KILLS|DEAD|DIED|WOUNDING|WOUNDED|ARRESTED|DETAINED|"
    r"ABDUCTED|EXECUTED)\b)(?:[A-Z0-9][A-Z0-9'’,.:-]*\s+){7,}[A-Z0-9][A-Z0-9'’,.:-]*\s*"
)
MIN_PROSE_WIDTH = 40  # characters; below this, lines are not wrapped prose
# a list item, a table's row, a record's source key ("[S4] 2008-12-03 | ...")
_ITEM = re.compile(r"[ \t]*(?:[-*•|>]|\([a-z0-9]{1,3}\)|\[[A-Za-z]{0,3}\d{1,3}\])[ \t]")
# a record's field ("Dead: 24 civilians", "Place of incident: Kaloma"): a line of its own
_FIELD = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ /][a-z]+){0,2}:[ \t]+\S")
# a record's field of victims ("Dead: 24", "- Wounded: 27 (hospital)"; counts.py counts it)
VICTIM_FIELD = re.compile(
    r"(?i)[ \t]*(?:[-*•][ \t]+)?(?P<label>dead|killed|deaths|fatalities|wounded|injured|"
    r"arrested|detained|missing|abducted|disappeared|kidnapped|executed)[ \t]*:[ \t]*(?=\S)"
)
_RULE = re.compile(r"[ \t]*[-=_*~#]{8,}[ \t]*")  # a line drawn across the page
# "2. The second point", after a line that ended a sentence ("more than\n200. Some" is one)
_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]")
_MAX_WRAP = 120  # wider lines are paragraphs of their own, not a fixed-width wrap
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")  # (curly quotes: PDF text is raw)


def paragraphs(
    norm: str, lines: list[tuple[int, int]], *, across_sentences: bool = True
) -> list[tuple[int, int]]:
    """The paragraphs of the text, from the spans of its (non-blank, non-boilerplate) lines.
    A text hard-wrapped at a fixed width (plain-text reports, e-mails, converted PDFs) has its
    paragraphs over several lines: a line that runs to the text's usual width and does not end
    a sentence continues on the next line; short lines (titles, a paragraph's last line),
    list items, table rows, blank lines and lines left out between them keep their breaks.
    ``across_sentences``: when most lines sit near that width, a line that ends a sentence
    continues too (a PDF page, whose paragraphs need not be set apart, passes False)."""
    widths = sorted(e - s for s, e in lines)
    if len(widths) < 3 or widths[int(len(widths) * 0.75)] < MIN_PROSE_WIDTH:
        return lines
    full = widths[int(len(widths) * 0.75)]  # a typical full line
    # wrapped at a fixed width: most lines near it; a sentence may end at a line's end then
    wrapped = (
        across_sentences
        and full <= _MAX_WRAP
        and sum(w >= 0.85 * full for w in widths) * 2 >= len(widths)
    )
    out: list[tuple[int, int]] = []
    joined = False
    for (start, end), following in zip(lines, [*lines[1:], None], strict=True):
        ends = _SENTENCE_END.search(norm, start, end) is not None
        if joined:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
        joined = (
            following is not None
            and norm.count("\n", end, following[0]) == 1  # the very next line
            and not _ITEM.match(norm, following[0])
            and not _FIELD.match(norm, following[0])
            and norm.count("|", start, end) < 2  # (a table's row)
            and end - start >= 0.6 * full
            and (wrapped or not ends)
            and not (ends and _NUMBERED.match(norm, following[0]))
            and not _caps_over_prose(norm, (start, end), following)
            and not _RULE.fullmatch(norm, start, end)
            and not _RULE.fullmatch(norm, following[0], following[1])
            and not (_ITEM.match(norm, start) and "|" in norm[start:end])  # an item's header
        )
    return out


def _caps_over_prose(norm: str, line: tuple[int, int], following: tuple[int, int]) -> bool:
    """A line in capitals over one in ordinary case is a heading over its text ("(1) POLICE
    REPORT KILLINGS" over "Radio Kessa, in English 0500 gmt"); a cable all in capitals
    wraps its prose over lines all in capitals."""
    here = [c for c in norm[line[0] : line[1]] if c.isalpha()]
    there = [c for c in norm[following[0] : following[1]] if c.isalpha()]
    return len(here) >= 3 and all(c.isupper() for c in here) and any(c.islower() for c in there)


def split_sentences(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``norm[start:end]`` (one line), abbreviations respected."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(norm, start, end):
        if _is_abbreviation(norm, m.start(), cursor):
            continue
        spans.extend(_cut_long(norm, cursor, m.end()))
        cursor = m.end()
    if cursor < end:
        spans.extend(_cut_long(norm, cursor, end))
    spans = [part for s, e in spans for part in _voice_clauses(norm, s, e)]
    return [(s, e) for s, e in (_trim(norm, s, e) for s, e in spans) if e > s]


# "The military first said 19 had died; local groups have documented at least 250": after a
# semicolon, a new speaker with a verb of telling starts a claim of its own.
_NEW_VOICE = re.compile(
    r"(?i)\s*[\w'’ ,-]{2,60}?\b(?:said|say|says|have documented|has documented|documented|"
    r"reported|estimated|estimate|estimates|put the|puts the|speak of|spoke of|counted|counts|"
    r"recorded|claimed|insisted|denied|denies|rejected|disputed|believe|believes|"
    # "while police later gave a toll of 49"
    r"(?:gave|gives|give|issued|released)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:figure|toll|count|estimate|tally))\b"
    r"|\s*(?:the\s+)?[\w’' -]{1,40}?['’]s?\s+(?:own\s+)?(?:count|figure|tally|estimate|toll)\b"
    # "Police said 12 died; according to residents, the figure is 40"
    r"|\s*according\s+to\b"
)


# "the government said 32 died, while other accounts put the number at 83"
_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+")
# "The authorities announced that troops had killed 42 men, and state media reported that
# seven officials had been arrested": two tellings, each with its own teller
# ("The police counted 12 dead, and the Red Cross counted 40"; "According to the police, 12
# died, and according to residents, 40")
# ("..., and police said 131 had died"; "..., and by October 5 police had raised their count")
_AND_VOICE = re.compile(
    r",\s+and\s+(?:(?:by|on|in|on\s+the)\s+(?:[\w.]+\s+){1,3}?)?"
    # (a subject of its own: not "..., and has put the number at", the same teller's)
    r"(?:(?:the\s+|a\s+|an\s+)?(?!(?:had|has|have|was|were|is|are|also|later|then)\s)"
    r"(?:[\w'’-]+\s+){1,4}?(?:(?:had|has|have|later)\s+)?"
    r"(?:(?:said|reported|announced|stated)\s+(?:that|(?:\w+\s+){0,2}?\d+)|counted|recorded|"
    r"documented|estimated|put\s+the|(?:raised|revised|lowered)\s+(?:the|its|their))\b"
    r"|according\s+to\b)"
)
_TOLD = re.compile(
    r"\b(?:said|says|reported|announced|stated|told\s+\w+|counted|recorded|documented|"
    r"estimated|insisted|maintained|claimed|put\s+the|according\s+to)\b"
)
# "176 dead, was never accepted by community leaders, who put the real number in the hundreds":
# a relative clause whose verb gives a figure is its antecedent's claim (voices.py)
_RELATIVE_VOICE = re.compile(
    r",\s+(?:who|which)\s+(?:also\s+|later\s+|have\s+|has\s+|had\s+)?(?:put|puts|estimated|"
    r"estimates|counted|counts|documented|recorded|gave|gives|spoke\s+of|speak\s+of|"
    r"speaks\s+of)\b"
)


_DIGIT_OR_VAGUE = re.compile(r"\d|(?i:\b(?:hundreds|thousands|dozens|scores)\b)")


def _voice_clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts: list[int] = []
    semicolon = norm.find(";", start, end)
    while semicolon >= 0:
        if semicolon - start >= 20 and _NEW_VOICE.match(norm, semicolon + 1, end):
            cuts.append(semicolon + 1)
        semicolon = norm.find(";", semicolon + 1, end)
    if norm.find(", ", start, end) >= 0:
        for m in _CONTRAST.finditer(norm, start, end):
            if m.start() - start >= 20 and _NEW_VOICE.match(norm, m.end() - 1, end):
                cuts.append(m.start() + 1)
        for m in _AND_VOICE.finditer(norm, start, end):
            if _TOLD.search(norm, start, m.start()):
                cuts.append(m.start() + 1)
        for m in _RELATIVE_VOICE.finditer(norm, start, end):
            if m.start() - start >= 20 and _DIGIT_OR_VAGUE.search(norm, m.end(), end):
                cuts.append(m.start() + 1)
        cuts.sort()
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    return list(pairwise(bounds))


def _is_abbreviation(norm: str, dot: int, floor: int) -> bool:
    if norm[dot] != ".":
        return False
    j = dot
    while j > floor and (norm[j - 1].isalpha() or norm[j - 1] == "."):
        j -= 1
    if j > floor and norm[j - 1].isdigit():
        return False  # "in the late 1970s.": a decade, no initial
    word = norm[j:dot].lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _cut_long(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_SENTENCE:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    cursor = start
    while end - cursor > MAX_SENTENCE:
        cut = norm.rfind(" ", cursor + MAX_SENTENCE // 2, cursor + MAX_SENTENCE)
        cut = cut + 1 if cut > cursor else cursor + MAX_SENTENCE
        out.append((cursor, cut))
        cursor = cut
    out.append((cursor, end))
    return out


def _trim(norm: str, start: int, end: int) -> tuple[int, int]:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    return start, end


class Segmenter:
    """Splits the text into paragraphs (lines) and sentences; drops boilerplate lines."""

    name = "segmenter"
    version = "0.10.0"
    reads: tuple[str, ...] = ("text",)
    writes: tuple[str, ...] = ("sentences", "notes")

    def __call__(self, doc: Doc) -> Doc:
        note = script_note(doc.norm)
        if note:
            doc.notes.append(note)
            doc.stop = True
            return doc
        dropped = 0
        lines: list[tuple[int, int]] = []
        marked: list[tuple[int, int]] = []
        for m in _LINE.finditer(doc.norm):
            if m.group().isspace():
                continue  # a blank line ("\r" of a Windows line end, a tab): no paragraph
            (marked if _marked_boilerplate(m.group()) else lines).append(m.span())
        spans = paragraphs(doc.norm, lines)
        if len(spans) < len(lines):
            _unwrap(doc, spans)
        # numbered as lines are, a paragraph wrapped over several lines counting one; a tag
        # list or a paragraph with no letter is a paragraph's test (a wrapped line of prose
        # may look like a tag list, "2021." may end a wrapped sentence)
        if "|" in doc.norm:
            doc.tables = find_tables(doc.norm)
        rows = {row.start for table in doc.tables for row in table.rows}  # (no headings)
        units = sorted([(s, e, False) for s, e in spans] + [(s, e, True) for s, e in marked])
        numbers = record_paragraphs(doc.norm, units)
        for (start, end, is_marked), paragraph in zip(units, numbers, strict=True):
            piece = doc.norm[start:end]
            if is_marked or not _LETTER.search(piece) or _is_tag_list(piece.strip()):
                dropped += bool(piece.strip())
                doc.boilerplate.append((start, end))
                continue
            heading = start not in rows and is_heading(piece) and not _CAPS_LEAD.fullmatch(piece)
            for s, e in split_sentences(doc.norm, start, end):
                doc.sentences.append(Sentence(s, e, paragraph, heading=heading))
        if dropped:
            doc.notes.append(f"skipped {dropped} boilerplate line(s)")
        if not doc.sentences:
            doc.notes.append("no sentences (empty or only boilerplate): nothing extracted")
            doc.stop = True
        elif all(s.heading for s in doc.sentences):
            for sentence in doc.sentences:
                sentence.heading = False
        return doc


_RECORD_FIELDS = 3


def record_paragraphs(norm: str, units: list[tuple[int, int, bool]]) -> list[int]:
    """The paragraph number of each line: a record's fields on consecutive lines ("Date: 3
    March 2019" / "Place: Kaloma" / "Dead: 24 civilians"), three or more, are one paragraph
    (so the record's date dates its figures), each field still a sentence of its own."""
    numbers = list(range(len(units)))
    run: list[int] = []
    for i, (start, _end, marked) in enumerate([*units, (len(norm), len(norm), True)]):
        field = not marked and _FIELD.match(norm, start) is not None
        follows = bool(run) and norm.count("\n", units[run[-1]][1], start) == 1
        if field and (not run or follows):
            run.append(i)
            continue
        # (a catalogue's fields, "Date of interview:", "Subjects: air raids", tell no incident)
        if len(run) >= _RECORD_FIELDS and any(VICTIM_FIELD.match(norm, units[j][0]) for j in run):
            for j in run:
                numbers[j] = run[0]
        run = [i] if field else []
    return numbers


def _unwrap(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """A line break inside a paragraph reads as a space (``norm`` and ``low``; ``text`` keeps
    it, offsets unchanged), so that phrases wrapped over two lines still match."""
    norm, low = list(doc.norm), list(doc.low)
    for start, end in spans:
        i = doc.norm.find("\n", start, end)
        while i >= 0:
            norm[i] = low[i] = " "
            i = doc.norm.find("\n", i + 1, end)
    doc.norm, doc.low = "".join(norm), "".join(low)


# a note's reference to a source, by its marker and the words of a citation: "[3] Interviews
# with protesters, Sanaa and Taizz, March-May 2011.", "[2] Human Rights Watch, Genocide in Iraq
# (New York, 1993).", "(3) Report of the Independent Commission of Inquiry, December 2003,
# chapters on ..."; a publication's place and year, or its address, mark a title ("The Killing
# of Protesters (New York, 2012)"), whose act words tell no act
_NOTE_MARK = re.compile(r"\s*(?:\[\d{1,3}\]|\(\d{1,3}\)|\^\d{1,3})\s")
_CITATION = re.compile(r"(?i)\b(?:interviews?\s+with|pp?\.\s*\d|chapters?\s+\d|chapters\s+on)\b")
_PUBLISHED = re.compile(r"\([A-Z][\w .]+,\s+\d{4}\)|\b(?:accessed|available\s+at)\b|https?://")


def cites_source(norm: str, start: int, sentence: Sentence) -> str | None:
    """How the sentence, in a note whose paragraph opens at ``start``, cites a source:
    "title" (a publication: nothing in it is told), "source" (interviews, pages: only its
    verbs tell acts) or None."""
    if not _NOTE_MARK.match(norm, start):
        return None
    if _PUBLISHED.search(norm, sentence.start, sentence.end):
        return "title"
    return "source" if _CITATION.search(norm, sentence.start, sentence.end) else None
