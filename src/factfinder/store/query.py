"""The user's full-text query language, parsed once and compiled per backend.

Syntax: words (all must match), ``"a phrase"``, ``word*`` (prefix), ``OR`` between two items,
``-word`` or ``NOT word`` to exclude. Anything else (an unbalanced quote, a stray ``*``, brackets)
raises :class:`QueryError` with a message that says how to write it instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factfinder.errors import QueryError

_TOKEN = re.compile(r'\s*(?:(-?)"([^"]*)"|(\S+))')
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_CHARS = 1000  # a pasted paragraph is not a query, and 3,000 ANDed terms would be slow


@dataclass(frozen=True, slots=True)
class Atom:
    """A word, a prefix or a phrase (several words in a row)."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(slots=True)
class ParsedQuery:
    """All groups must match (each group: any of its atoms); ``excluded`` atoms must not."""

    groups: list[list[Atom]] = field(default_factory=list)
    excluded: list[Atom] = field(default_factory=list)


def parse_query(text: str) -> ParsedQuery:
    """Parse a user query; raise QueryError naming the problem."""
    if len(text) > MAX_QUERY_CHARS:
        subject = f"search query {text[:40]!r}…"
        reason = f"too long ({len(text):,} characters): keep it under {MAX_QUERY_CHARS:,}"
        raise QueryError(subject, reason)
    subject = f"search query {text!r}"
    if text.count('"') % 2:
        raise QueryError(subject, 'unbalanced quote: close the phrase with a second "')
    if any(ch in text for ch in "()[]{}"):
        raise QueryError(subject, "brackets are not supported: use OR between two words instead")
    items = _tokens(text, subject)
    query = ParsedQuery()
    pending_or = False
    negate_next = False
    for kind, atom in items:
        if kind == "OR":
            if not query.groups or pending_or or negate_next:
                raise QueryError(subject, "OR must stand between two words or phrases")
            pending_or = True
        elif kind == "NOT":
            if negate_next:
                raise QueryError(subject, "NOT must be followed by a word or phrase")
            negate_next = True
        elif kind == "-" or negate_next:
            if pending_or:
                raise QueryError(subject, "an excluded word cannot be part of OR")
            assert atom is not None
            query.excluded.append(atom)
            negate_next = False
        else:
            assert atom is not None
            if pending_or:
                query.groups[-1].append(atom)
                pending_or = False
            else:
                query.groups.append([atom])
    if pending_or or negate_next:
        raise QueryError(subject, "the query ends with OR or NOT: add a word after it")
    if not query.groups:
        raise QueryError(subject, "give at least one word to search for (not only excluded ones)")
    return query


def _tokens(text: str, subject: str) -> list[tuple[str, Atom | None]]:
    out: list[tuple[str, Atom | None]] = []
    for m in _TOKEN.finditer(text):
        neg, phrase, bare = m.group(1), m.group(2), m.group(3)
        if phrase is not None:
            words = tuple(w.lower() for w in _WORD.findall(phrase))
            if words:
                out.append(("-" if neg else "atom", Atom(words)))
            continue
        if bare in ("OR", "|"):
            out.append(("OR", None))
        elif bare in ("NOT", "AND"):
            if bare == "NOT":
                out.append(("NOT", None))
        else:
            out.extend(_bare(bare, subject))
    return out


def _bare(token: str, subject: str) -> list[tuple[str, Atom | None]]:
    negated = token.startswith("-") and len(token) > 1
    body = token[1:] if negated else token
    prefix = body.endswith("*")
    core = body[:-1] if prefix else body
    if "*" in core or (prefix and not _WORD.search(core)):
        raise QueryError(
            subject, "a * must end a word (camp*); it cannot stand alone or inside a word"
        )
    words = tuple(w.lower() for w in _WORD.findall(core))
    if not words:
        return []
    kind = "-" if negated else "atom"
    if len(words) > 1 and prefix:
        return [(kind, Atom(words[:-1])), (kind, Atom(words[-1:], prefix=True))]
    return [(kind, Atom(words, prefix=prefix))]


def to_fts5(query: ParsedQuery) -> str:
    """Compile to SQLite FTS5 MATCH syntax (every word quoted, so no user text is syntax)."""

    def atom(a: Atom) -> str:
        body = '"' + " ".join(a.words) + '"'
        return body + ("*" if a.prefix else "")

    parts = []
    for group in query.groups:
        alts = [atom(a) for a in group]
        parts.append(alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")")
    out = " AND ".join(parts)
    if query.excluded:
        out = f"({out}) NOT (" + " OR ".join(atom(a) for a in query.excluded) + ")"
    return out


def to_tsquery(query: ParsedQuery) -> str:
    """Compile to PostgreSQL ``to_tsquery`` syntax (lexemes quoted)."""

    def lexeme(word: str, prefix: bool = False) -> str:
        return "'" + word.replace("'", "''") + "'" + (":*" if prefix else "")

    def atom(a: Atom) -> str:
        lex = [lexeme(w) for w in a.words[:-1]] + [lexeme(a.words[-1], a.prefix)]
        return lex[0] if len(lex) == 1 else "(" + " <-> ".join(lex) + ")"

    parts = ["(" + " | ".join(atom(a) for a in group) + ")" for group in query.groups]
    parts += ["!" + atom(a) for a in query.excluded]
    return " & ".join(parts)
