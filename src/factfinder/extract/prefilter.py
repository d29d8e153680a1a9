"""Literal pre-filters for regexes: text a pattern cannot match without.

``required(pattern)`` reads the parsed pattern and returns a few strings, one of which every
match contains (or None when it finds no useful set). Testing ``s in text`` for those
strings is much cheaper than a regex scan, so a caller can skip a scan that cannot succeed:
the result of the scan is unchanged. The analysis is derived from the pattern itself, so it
stays right when a pattern is edited; anything it does not understand (case-insensitive
groups, back-references, new opcodes) yields no filter, never a wrong one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from re import _parser  # type: ignore[attr-defined,unused-ignore]
from typing import Any

_MAX_SET = 48  # cross products above this are given up
_MAX_FILTER = 16  # more strings than this make the test itself too slow to be useful
_MAX_CLASS = 10  # character classes of at most this many literal characters are expanded

Strings = frozenset[str]


class _Info:
    """``exact``: every string the node can match (None: too many or unknown);
    ``need``: a set one of which every match contains (None: nothing known)."""

    __slots__ = ("conj", "exact", "need")

    def __init__(
        self, exact: Strings | None, need: Strings | None, conj: tuple[Strings, ...] = ()
    ) -> None:
        self.exact = exact
        self.need = need
        self.conj = conj  # of a sequence: every useful requirement, all of which hold


_EMPTY = _Info(frozenset({""}), None)
_UNKNOWN = _Info(None, None)


class _Analysis:
    """Walks a parsed pattern; ``icase``: literals fold to lower case; ``limit``: the most
    strings a requirement may have."""

    def __init__(self, icase: bool, limit: int) -> None:
        self.icase = icase
        self.limit = limit
        self.cap = max(_MAX_SET, limit)

    def _better(self, a: Strings | None, b: Strings | None) -> Strings | None:
        """The more selective of two requirements (longest shortest string, then fewest)."""
        if a is None or not self._useful(a):
            return b if b is not None and self._useful(b) else None
        if b is None or not self._useful(b):
            return a
        ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
        return a if ka >= kb else b

    def _useful(self, s: Strings) -> bool:
        return bool(s) and "" not in s and len(s) <= self.limit

    def _char(self, code: int) -> str | None:
        """The character a literal stands for; folded: lower-case, and only ASCII (no special
        case equivalences such as 'ſ' for 's' on the text side)."""
        c = chr(code)
        if not self.icase:
            return c
        return c.lower() if c.isascii() else None

    def _class(self, items: list[tuple[Any, Any]]) -> _Info:
        chars: set[str] = set()
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                codes = [av]
            elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
                codes = list(range(av[0], av[1] + 1))
            else:
                return _UNKNOWN
            for code in codes:
                c = self._char(code)
                if c is None:
                    return _UNKNOWN
                chars.add(c)
            if len(chars) > _MAX_CLASS:
                return _UNKNOWN
        return _Info(frozenset(chars), None)

    def _cross(self, a: Strings, b: Strings) -> Strings | None:
        if len(a) * len(b) > self.cap:
            return None
        return frozenset(x + y for x in a for y in b)

    def _seq(self, items: Iterable[tuple[Any, Any]]) -> _Info:
        run: Strings = frozenset({""})
        need: Strings | None = None
        whole = True
        conj: list[Strings] = []
        for item in items:
            info = self._node(item)
            if info.exact is not None:
                joined = self._cross(run, info.exact)
                if joined is not None:
                    run = joined
                    continue
                whole = False
                need = self._better(need, run)
                conj.append(run)
                run = info.exact
                continue
            whole = False
            need = self._better(need, run)
            need = self._better(need, info.need)
            conj += [run, *(info.conj or [info.need] if info.need else info.conj)]
            run = frozenset({""})
        need = self._better(need, run)
        conj.append(run)
        kept = tuple(c for c in conj if c is not None and self._useful(c))
        return _Info(run if whole else None, need, kept)

    def _node(self, item: tuple[Any, Any]) -> _Info:
        op, av = item
        name = str(op)
        if name == "LITERAL":
            c = self._char(av)
            return _UNKNOWN if c is None else _Info(frozenset({c}), None)
        if name == "IN":
            return self._class(av)
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            return _EMPTY  # zero-width: adds nothing to the matched text
        if name == "SUBPATTERN":
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return _UNKNOWN
            return self._seq(sub)
        if name == "BRANCH":
            infos = [self._seq(alt) for alt in av[1]]
            exact: Strings | None = frozenset()
            for info in infos:
                exact = None if exact is None or info.exact is None else exact | info.exact
            if exact is not None and len(exact) > self.cap:
                exact = None
            need: Strings | None = frozenset()
            for info in infos:
                best = self._better(info.need, info.exact)
                need = None if need is None or best is None else need | best
            return _Info(exact, need if need is not None and len(need) <= self.cap else None)
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, sub = av
            info = self._seq(sub)
            if low == 0:
                if high == 1 and info.exact is not None:
                    return _Info(info.exact | {""}, None)
                return _UNKNOWN
            if low == high == 1:
                return info
            return _Info(None, self._better(info.need, info.exact))
        return _UNKNOWN


class Need:
    """Strings one of which every match contains; ``folded``: of a case-insensitive pattern,
    so lower-case, and tested on the lower-cased text when that text is ASCII (else the
    test is skipped: non-ASCII letters such as 'ſ' or 'K' match ASCII ones).

    ``alternatives``: finer, when known: every match is of one alternative, and contains
    one string of each set of it."""

    __slots__ = ("alternatives", "folded", "single", "strings")

    def __init__(
        self,
        strings: tuple[str, ...],
        folded: bool,
        alternatives: tuple[tuple[tuple[str, ...], ...], ...] = (),
    ) -> None:
        self.strings = strings
        self.folded = folded
        self.alternatives = alternatives
        # alternatives of one set each: any string of any set is the same test, in one loop
        self.single = (
            tuple(dict.fromkeys(s for alternative in alternatives for s in alternative[0]))
            if alternatives and all(len(alternative) == 1 for alternative in alternatives)
            else None
        )

    def __repr__(self) -> str:
        return f"Need({self.strings!r}, folded={self.folded})"


@lru_cache(maxsize=1024)
def required(pattern: re.Pattern[str], limit: int = _MAX_FILTER) -> Need | None:
    """Strings one of which is in every match of ``pattern`` (None: no useful set);
    ``limit``: at most this many strings."""
    icase = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        analysis = _Analysis(icase, limit)
        items = list(parsed)
        info = analysis._seq(items)
        alternatives = [info.conj]
        branches = [i for i, item in enumerate(items) if str(item[0]) == "BRANCH"]
        if len(branches) == 1:  # x(?:a|b)y: the sets of xay, and of xby
            i = branches[0]
            alternatives = [
                analysis._seq([*items[:i], *alt, *items[i + 1 :]]).conj for alt in items[i][1][1]
            ]
    except Exception:  # an unknown construct: no filter, never a wrong one
        return None
    need = analysis._better(info.need, info.exact)
    if need is None:
        return None
    if not all(alternatives):
        alternatives = [(need,)]
    return Need(
        _minimal(need),
        icase,
        tuple(tuple(_minimal(s) for s in sorted(set(a), key=sorted)) for a in alternatives),
    )


def _minimal(need: Strings) -> tuple[str, ...]:
    """The strings in test order; one that contains another adds nothing to the test."""
    kept = [s for s in need if not any(t != s and t in s for t in need)]
    return tuple(sorted(kept, key=lambda s: (len(s), s)))


def may_match(need: Need | None, text: str) -> bool:
    """False only when ``text`` contains none of ``need`` (so the pattern cannot match it)."""
    if need is None:
        return True
    if need.folded:
        if not text.isascii():
            return True
        text = text.lower()
    single = need.single
    if single is not None:
        for s in single:  # noqa: SIM110 - faster than any() on a generator
            if s in text:
                return True
        return False
    for alternative in need.alternatives:
        for strings in alternative:
            for s in strings:
                if s in text:
                    break
            else:
                break  # this set is absent: not this alternative
        else:
            return True  # every set of this alternative is present
    return False


class TextGate:
    """``may_match(need, text)`` for a whole document, as one regex scan for the strings of
    ``need`` (cheaper than a ``str.find`` per string on a long text; the same answer as a
    test of ``need.strings``, which every match holds)."""

    __slots__ = ("folded", "scan")

    def __init__(self, need: Need | None) -> None:
        self.folded = need is not None and need.folded
        self.scan = (
            None if need is None else re.compile("|".join(re.escape(s) for s in need.strings))
        )

    def passes(self, text: str, low: str) -> bool:
        """False only when the pattern cannot match ``text`` (``low``: it lower-cased)."""
        if self.scan is None:
            return True
        if self.folded:  # as may_match: folded strings are looked for in ASCII text only
            return not text.isascii() or self.scan.search(low) is not None
        return self.scan.search(text) is not None


def _case_free(items: Iterable[tuple[Any, Any]]) -> bool:
    """No literal of the parsed pattern is an upper-case or a non-ASCII letter, and no group
    sets its own case flags: run without IGNORECASE on lower-cased ASCII text, it matches
    exactly where the case-insensitive pattern matches the original text."""
    for op, av in items:
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL"):
            codes = [av]
        elif name == "RANGE":
            codes = [av[0], av[1]]
            if av[1] > 0x7F or (av[0] <= ord("Z") and av[1] >= ord("A")):
                return False
        elif name == "SUBPATTERN":
            if (av[1] | av[2]) & re.IGNORECASE or not _case_free(av[3]):
                return False
            continue
        elif name == "BRANCH":
            if not all(_case_free(alt) for alt in av[1]):
                return False
            continue
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if not _case_free(av[2]):
                return False
            continue
        elif name in ("ASSERT", "ASSERT_NOT"):
            if not _case_free(av[1]):
                return False
            continue
        elif name == "IN":
            if not _case_free(av):
                return False
            continue
        elif name in ("AT", "CATEGORY", "ANY", "NEGATE"):
            continue
        else:
            return False  # back-references, conditionals, ...: not analysed
        for code in codes:
            c = chr(code)
            if c.isupper() or (not c.isascii() and c.lower() != c.upper()):
                return False
    return True


def lowered_variant(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (case-insensitive, ``(?i)`` first) without IGNORECASE, to run on the
    lower-cased text of an ASCII document: the same matches, found without case folding
    (several times faster). None when that cannot be guaranteed from the pattern."""
    source = pattern.pattern
    if not source.startswith("(?i)") or pattern.flags & re.ASCII:
        return None
    variant = re.compile(source.removeprefix("(?i)"))
    if variant.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(variant.pattern, variant.flags)
    except Exception:
        return None
    return variant if _case_free(list(parsed)) else None


_LEAD = re.compile(r"\(\?<!(\[(?:\\.|[^\]\\])+\])\)(\(*)(\[(?:\\.|[^\]\\])+\]|[A-Za-z])")


def char_first(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``(?<![x])[C]...`` rewritten ``[C](?<![x][\\s\\S])...``: the same matches, but a
    pattern that starts with a character class lets ``re`` skip to the positions where that
    class matches, instead of trying the whole pattern at every position. Groups opened
    between the two are kept in place. Other patterns are returned unchanged."""
    m = _LEAD.match(pattern.pattern)
    if m is None:
        return pattern
    behind, groups, first = m.groups()
    if "(?" in groups:
        return pattern
    rest = pattern.pattern[m.end() :]
    return re.compile(f"{groups}{first}(?<!{behind}[\\s\\S]){rest}", pattern.flags)
