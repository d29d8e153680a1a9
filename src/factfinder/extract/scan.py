"""Fast whole-text matching: trie regexes over literal phrases, anchored regex fragments.

Python's ``re`` tries every branch of an alternation at every position, so a lexicon of a few
hundred words compiled as ``a|b|c`` costs microseconds per character. Here a lexicon is
compiled as a character trie (one branch per first letter) behind a ``[^\\w-]`` word-start
class, which ``re`` scans for in C; a hit is then checked in Python (word end, fragments).
Matching is linear in the text: no nested quantifiers, fragments are tried only at hits.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

_META = set("\\.^$*+?{}[]|()")
_WORD_CHAR = re.compile(r"\w")


def lowered(text: str) -> str:
    """Lower-case ``text`` keeping its length (offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (longest first), built as a character trie."""
    root: dict[str, dict] = {}  # type: ignore[type-arg,unused-ignore]
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_regex(root) or "(?!)"


def _node_regex(node: dict) -> str:  # type: ignore[type-arg,unused-ignore]
    ends = "" in node
    branches: list[str] = []
    singles: list[str] = []
    for ch in sorted(k for k in node if k):
        sub = _node_regex(node[ch])
        if sub:
            branches.append(re.escape(ch) + sub)
        else:
            singles.append(ch)
    if len(singles) == 1:
        branches.append(re.escape(singles[0]))
    elif singles:
        branches.append("[" + "".join(_class_escape(c) for c in singles) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        single = len(branches) == 1 and (len(body) == 1 or body.startswith("[") or _atom(body))
        return f"{body}?" if single else f"(?:{body})?"
    return body


def _atom(body: str) -> bool:
    return body.startswith("(?:") and body.endswith(")") and _balanced_once(body)


def _balanced_once(body: str) -> bool:
    depth = 0
    for i, ch in enumerate(body):
        if ch == "\\":
            continue
        if ch == "(" and (i == 0 or body[i - 1] != "\\"):
            depth += 1
        elif ch == ")" and body[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(body) - 1:
                return False
    return True


def _class_escape(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch


def literal_lead(fragment: str) -> str:
    """The literal text a regex fragment must start with ('kill(?:ed|s)?' → 'kill')."""
    out: list[str] = []
    i = 0
    while i < len(fragment):
        ch = fragment[i]
        if ch == "\\" and i + 1 < len(fragment) and not fragment[i + 1].isalnum():
            out.append(fragment[i + 1])
            i += 2
            continue
        if ch in _META:
            if ch in "?*{" and out:
                out.pop()
            break
        out.append(ch)
        i += 1
    return "".join(out)


def is_literal(fragment: str) -> bool:
    return literal_lead(fragment) == fragment.replace("\\", "")


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    start: int
    end: int
    payload: T


_PREFIX = 3  # a matcher filters shared word starts by their first three characters
SHARED_MIN = 200  # a shorter text is scanned by each matcher alone


class _Shared:
    """The phrases of every :class:`PhraseMatcher` of a group in one trie, to find once per
    text the word starts where any of them begins (most matchers scan the same two texts)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()
        self.version = 0
        self._compiled: tuple[int, re.Pattern[str], re.Pattern[str]] | None = None

    def add(self, keys: Iterable[str]) -> None:
        new = set(keys) - self.keys
        if new:
            self.keys |= new
            self.version += 1

    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The scan for the current phrases, and the same for ASCII text."""
        compiled = self._compiled
        if compiled is None or compiled[0] != self.version:
            body = trie_regex(self.keys)
            # the characters phrases start with, tested first: one class test rejects most
            # word starts of a text when the phrases are acronyms (capitals)
            first = "".join(sorted({_class_escape(k[0]) for k in self.keys if k}))
            lead = f"(?=[{first}])" if first else ""
            compiled = (
                self.version,
                re.compile(rf"[^\w-]{lead}(?=(?:{body}))"),
                re.compile(rf"(?a)[^\w-]{lead}(?=(?:{body}))"),
            )
            self._compiled = compiled
        return compiled[1], compiled[2]


# Two groups: the case-sensitive matchers (acronyms, run on the original text) and the others
# (lower-case phrases, run on the lowered text); each indexes the texts it is run on.
_SHARED = _Shared()
_SHARED_CASED = _Shared()
_GROUPS = (_SHARED, _SHARED_CASED)


def prepare() -> None:
    """Compile the shared scans for the matchers built so far (else the first document
    pays for it); :class:`~factfinder.extract.pipeline.Pipeline` calls this."""
    for shared in _GROUPS:
        shared.patterns()


@lru_cache(maxsize=4)  # a document's norm and low: no text is kept past the next document
def _word_starts(text: str, group: int, version: int) -> dict[str, list[int]]:
    """The positions right after a ``[^\\w-]`` character where a phrase of some matcher of
    ``group`` begins, by the three characters there; ``version``: of its phrases."""
    unicode, ascii_ = _GROUPS[group].patterns()
    index: dict[str, list[int]] = {}
    for m in (ascii_ if text.isascii() else unicode).finditer(text):
        s = m.end()
        index.setdefault(text[s : s + _PREFIX], []).append(s)
    return index


class PhraseMatcher(Generic[T]):
    """Literal phrases and regex fragments (each starting with a literal), one pass per text.

    Text and phrases are compared as given: pass lowered text and lower-case phrases for a
    case-insensitive lexicon. The longest phrase that ends at a word end wins at a position.
    ``cased``: phrases matched on the original text (acronyms), indexed apart from the others.
    """

    def __init__(self, entries: Sequence[tuple[str, T]], *, cased: bool = False) -> None:
        self.literals: dict[str, T] = {}
        self.fragments: dict[str, list[tuple[re.Pattern[str], T]]] = {}
        for fragment, payload in entries:
            if is_literal(fragment):
                self.literals.setdefault(fragment.replace("\\", ""), payload)
                continue
            lead = literal_lead(fragment)
            if len(lead) < 2:
                raise ValueError(f"pattern {fragment!r} must start with a literal word")
            compiled = re.compile(rf"(?:{fragment})(?!\w)")
            self.fragments.setdefault(lead, []).append((compiled, payload))
        keys = [*self.literals, *self.fragments]
        body = trie_regex(keys)
        self.scan = re.compile(rf"[^\w-]({body})")
        # the same on ASCII text, where ASCII \w is Unicode \w and its test is cheaper
        self.scan_ascii = re.compile(rf"(?a)[^\w-]({body})")
        self.head = re.compile(rf"({body})")
        self.longest = max((len(k) for k in keys), default=0)
        lengths = sorted({len(k) for k in keys}, reverse=True)
        # key lengths up to n, longest first (a trie match is one key: n is a key length)
        self.lengths = {n: tuple(x for x in lengths if x <= n) for n in lengths}
        self.prefixes = frozenset(k[:_PREFIX] for k in keys if len(k) >= _PREFIX)
        self.short = tuple(k for k in keys if len(k) < _PREFIX)
        self.group = int(cased)
        _GROUPS[self.group].add(keys)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Hit[T]]:
        stop = len(text) if end is None else end
        hits: list[Hit[T]] = []
        if start == 0 or not (_WORD_CHAR.match(text[start - 1]) or text[start - 1] == "-"):
            m = self.head.match(text, start, stop)
            if m is not None:
                hit = self._resolve(text, start, m.end(1), stop)
                if hit is not None:
                    hits.append(hit)
        if start == 0 and stop == len(text) >= SHARED_MIN:
            return self._find_shared(text, hits)
        scan = self.scan_ascii if text.isascii() else self.scan
        pos = start
        while (m := scan.search(text, pos, stop)) is not None:
            s, e = m.start(1), m.end(1)
            # a key that ends in a space ("prison " of "prison terms") leaves that space to
            # the next match: "prison in protest at" still finds "in protest at"
            pos = e - 1 if text[e - 1].isspace() else e
            if hits and s < hits[-1].end:
                continue
            hit = self._resolve(text, s, e, stop)
            if hit is not None:
                hits.append(hit)
        return hits

    def _find_shared(self, text: str, hits: list[Hit[T]]) -> list[Hit[T]]:
        """The scan over all of ``text``, tried only at the word starts where a phrase of
        some matcher begins (:func:`_word_starts`): the same hits. The scan tries the trie
        after every ``[^\\w-]`` character and resumes after each trie match."""
        index = _word_starts(text, self.group, _GROUPS[self.group].version)
        keys = self.prefixes.intersection(index)  # iterates over the (few) keys of index
        if self.short:
            keys = keys.union(k for k in index if k.startswith(self.short))
        if not keys:
            return hits
        if len(keys) == 1:
            (only,) = keys
            starts = index[only]  # built in text order
        else:
            starts = sorted(s for k in keys for s in index[k])
        floor = 0  # where the scan resumes: its [^\w-] character is at floor or after
        for s in starts:
            if s <= floor:
                continue
            m = self.head.match(text, s)
            if m is None:
                continue
            end = m.end()
            # a key that ends in a space ("prison " of "prison terms") leaves that space to
            # the next word: "prison in protest at" still finds "in protest at"
            floor = end - 1 if text[end - 1].isspace() else end
            if hits and s < hits[-1].end:
                continue
            hit = self._resolve(text, s, end, len(text))
            if hit is not None:
                hits.append(hit)
        return hits

    def _resolve(self, text: str, start: int, end: int, stop: int) -> Hit[T] | None:
        if not self.fragments:  # literals only: the whole trie match, if it ends a word, wins
            key = text[start:end]
            if key in self.literals and (end >= stop or not _WORD_CHAR.match(text[end])):
                return Hit(start, end, self.literals[key])
        best: Hit[T] | None = None
        lengths = self.lengths.get(end - start) or range(end - start, 0, -1)
        for length in lengths:  # only the lengths keys have: the others cannot be keys
            key = text[start : start + length]
            if key in self.fragments:
                for pattern, payload in self.fragments[key]:
                    m = pattern.match(text, start, stop)
                    if m is not None and (best is None or m.end() > best.end):
                        best = Hit(start, m.end(), payload)
            if key in self.literals and (best is None or start + length > best.end):
                e = start + length
                if e >= stop or not _WORD_CHAR.match(text[e]):
                    best = Hit(start, e, self.literals[key])
        return best


class SentenceIndex:
    """Maps a text offset to the sentence that contains it (sentences sorted, disjoint)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def of(self, start: int, end: int) -> int | None:
        i = bisect_right(self.starts, start) - 1
        if i < 0 or end > self.ends[i]:
            return None
        return i
