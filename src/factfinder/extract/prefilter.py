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

    __slots__ = ("exact", "need")

    def __init__(self, exact: Strings | None, need: Strings | None) -> None:
        self.exact = exact
        self.need = need


_EMPTY = _Info(frozenset({""}), None)
_UNKNOWN = _Info(None, None)


def _better(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two requirements (longest shortest string, then fewest)."""
    if a is None or not _useful(a):
        return b if b is not None and _useful(b) else None
    if b is None or not _useful(b):
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _useful(s: Strings) -> bool:
    return bool(s) and "" not in s and len(s) <= _MAX_FILTER


def _class(items: list[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return _UNKNOWN
        if len(chars) > _MAX_CLASS:
            return _UNKNOWN
    return _Info(frozenset(chars), None)


def _cross(a: Strings, b: Strings) -> Strings | None:
    if len(a) * len(b) > _MAX_SET:
        return None
    return frozenset(x + y for x in a for y in b)


def _seq(items: Iterable[tuple[Any, Any]]) -> _Info:
    run: Strings = frozenset({""})
    need: Strings | None = None
    whole = True
    for item in items:
        info = _node(item)
        if info.exact is not None:
            joined = _cross(run, info.exact)
            if joined is not None:
                run = joined
                continue
            whole = False
            need = _better(need, run)
            run = info.exact
            continue
        whole = False
        need = _better(need, run)
        need = _better(need, info.need)
        run = info.exact if info.exact is not None else frozenset({""})
    need = _better(need, run)
    return _Info(run if whole else None, need)


def _node(item: tuple[Any, Any]) -> _Info:
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return _Info(frozenset({chr(av)}), None)
    if name == "IN":
        return _class(av)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _EMPTY  # zero-width: adds nothing to the matched text
    if name == "SUBPATTERN":
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return _UNKNOWN
        return _seq(sub)
    if name == "BRANCH":
        infos = [_seq(alt) for alt in av[1]]
        exact: Strings | None = frozenset()
        for info in infos:
            exact = None if exact is None or info.exact is None else exact | info.exact
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        need: Strings | None = frozenset()
        for info in infos:
            best = _better(info.need, info.exact)
            need = None if need is None or best is None else need | best
        return _Info(exact, need if need is not None and len(need) <= _MAX_SET else None)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        info = _seq(sub)
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | {""}, None)
            return _UNKNOWN
        if low == high == 1:
            return info
        return _Info(None, _better(info.need, info.exact))
    return _UNKNOWN


@lru_cache(maxsize=1024)
def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which is in every match of ``pattern`` (None: no useful set)."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        info = _seq(list(parsed))
    except Exception:  # an unknown construct: no filter, never a wrong one
        return None
    need = _better(info.need, info.exact)
    if need is None:
        return None
    # a string that contains another of the set adds nothing to the test
    kept = [s for s in need if not any(t != s and t in s for t in need)]
    return tuple(sorted(kept, key=lambda s: (len(s), s)))


def may_match(need: tuple[str, ...] | None, text: str) -> bool:
    """False only when ``text`` contains none of ``need`` (so the pattern cannot match it)."""
    return need is None or any(s in text for s in need)
