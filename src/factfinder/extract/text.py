"""Text preparation: one-to-one normalisation, script check, paragraphs, sentences, boilerplate."""

from __future__ import annotations

import re
from itertools import pairwise

from factfinder.extract.doc import Doc, Sentence
from factfinder.extract.prefilter import may_match, required

# One-to-one character replacements, so that offsets in ``norm`` are offsets in ``text``.
_FROM = "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩’‘‛´“”„«»\u00a0\u2009\u202f\u2007–—‐‑−"
_TO = "01234567890123456789" + "'" * 4 + '"' * 5 + " " * 4 + "-" * 5
_TABLE = str.maketrans(_FROM, _TO)

MAX_SENTENCE = 1500  # longer "sentences" (no punctuation) are cut at whitespace
_SAMPLE = 200_000

_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_LETTER = re.compile(r"[^\W\d_]")
_LINE = re.compile(r"[^\n]+")
# [.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|;\s+(?=\"), its first character taken out of the
# alternation (the same matches; a leading class lets re skip to the punctuation)
_BOUNDARY = re.compile(
    r"[.!?;](?:(?<=[.!?])[.!?]*[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|(?<=;)\s+(?=\"))"
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
_TERMINAL = re.compile(r"[.!?:\"')\]]\s*$")


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


def is_boilerplate(line: str) -> bool:
    """Navigation, share buttons, tag lists, bylines, URLs."""
    stripped = line.strip()
    if not stripped or not _LETTER.search(stripped):
        return True
    if _BOILERPLATE.search(stripped):
        return True
    return _is_tag_list(stripped)


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
    r"(?i)\s*[\w'’ -]{2,60}?\b(?:said|say|says|have documented|has documented|documented|"
    r"reported|estimated|put the|speak of|spoke of|counted|recorded|claimed|insisted|denied|"
    r"denies|rejected|disputed)\b"
    r"|\s*(?:the\s+)?[\w’' -]{1,40}?['’]s?\s+(?:own\s+)?(?:count|figure|tally|estimate|toll)\b"
)


def _voice_clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts: list[int] = []
    semicolon = norm.find(";", start, end)
    while semicolon >= 0:
        if semicolon - start >= 20 and _NEW_VOICE.match(norm, semicolon + 1, end):
            cuts.append(semicolon + 1)
        semicolon = norm.find(";", semicolon + 1, end)
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
    version = "0.2.0"
    reads: tuple[str, ...] = ("text",)
    writes: tuple[str, ...] = ("sentences", "notes")

    def __call__(self, doc: Doc) -> Doc:
        note = script_note(doc.norm)
        if note:
            doc.notes.append(note)
            doc.stop = True
            return doc
        dropped = 0
        for paragraph, m in enumerate(_LINE.finditer(doc.norm)):
            line = m.group()
            if is_boilerplate(line):
                dropped += bool(line.strip())
                doc.boilerplate.append((m.start(), m.end()))
                continue
            heading = is_heading(line)
            for s, e in split_sentences(doc.norm, m.start(), m.end()):
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
