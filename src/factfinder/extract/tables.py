"""Tables of incidents in a report's text: "| Location | Date(s) of attack | Killed (at least) |",
then a row per place. The header names what each column holds; a row's figures count what
their column names (counts.py), its place cell is a place (places.py), its source cell the
voice of the row (voices.py). A table whose header names no victims is left to the prose
readers, and a row of totals is no incident.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

# the roles a header's cell may name, the first that matches winning ("Site of execution" is
# a place; "Killed (at least)" counts the dead, at least so many)
_ROLES = (
    ("place", r"location|place|locality|village|town|city|site|district|province|area|"
     r"municipality|commune|region|camp|prison|neighbou?rhood"),
    ("date", r"dates?|day|when"),
    ("source", r"sources?|reported\s+by|according\s+to|figures?\s+(?:from|by)"),
    ("killed", r"killed|dead|deaths?|fatalities|died"),
    ("injured", r"injured|wounded|hurt"),
    ("arrested", r"arrested|detained|arrests|detentions"),
    ("abducted", r"missing|disappeared|abducted|kidnapped"),
    ("executed", r"executed|executions"),
    ("victims", r"victims"),
)  # fmt: skip
_ROLE = [(role, re.compile(rf"(?i)\b(?:{words})\b")) for role, words in _ROLES]
COUNT_ROLES = frozenset(["killed", "injured", "arrested", "abducted", "executed", "victims"])
_AT_LEAST = re.compile(r"(?i)\bat\s+least\b|\bminimum\b|\bmin\.")
_SEPARATOR = re.compile(r"[\s|:=+-]*")  # "|---|:---:|", "+----+"
_TOTAL = re.compile(r"(?i)\s*(?:total|totals|sum|overall|all|in\s+all)\b")
_EMPTY = re.compile(r"(?i)\s*(?:n/?a|—|–|-|none|unknown|not\s+\w+|\?)?\s*")
_SERIES = re.compile(r"(?i)years?|months?|period|quarter|week")
_MIN_ROWS = 2  # a header and at least one row of figures


@dataclass(slots=True)
class Cell:
    start: int
    end: int


@dataclass(slots=True)
class TableRow:
    start: int
    end: int
    cells: list[Cell]


@dataclass(slots=True)
class Table:
    roles: dict[int, str]  # column -> what its cells hold (see _ROLES)
    least: set[int] = field(default_factory=set)  # count columns of lower bounds
    rows: list[TableRow] = field(default_factory=list)  # its rows of figures

    def cells(self, role: str) -> list[tuple[TableRow, Cell]]:
        """Each row's cell of the first column holding ``role`` (empty ones too: see
        :func:`empty`)."""
        column = next((c for c, r in sorted(self.roles.items()) if r == role), None)
        return [
            (row, row.cells[column])
            for row in self.rows
            if column is not None and column < len(row.cells)
        ]


def _cells(norm: str, start: int, end: int) -> list[Cell]:
    """The cells of a row, each trimmed of white space (the bars at its ends open no cell)."""
    out: list[Cell] = []
    bounds = [start - 1, *[i for i in range(start, end) if norm[i] == "|"], end]
    for left, right in pairwise(bounds):
        s, e = left + 1, right
        while s < e and norm[s].isspace():
            s += 1
        while e > s and norm[e - 1].isspace():
            e -= 1
        out.append(Cell(s, e))
    if out and out[0].start == out[0].end and norm[start:end].lstrip().startswith("|"):
        out.pop(0)
    if out and out[-1].start == out[-1].end and norm[start:end].rstrip().endswith("|"):
        out.pop()
    return out


def _role(header: str) -> str | None:
    return next((role for role, pattern in _ROLE if pattern.search(header)), None)


def find_tables(norm: str) -> list[Table]:
    """The tables of figures in the text: runs of consecutive lines with two bars or more,
    whose first line (the header) names a count of victims."""
    tables: list[Table] = []
    block: list[tuple[int, int]] = []
    position = 0
    for line in [*norm.split("\n"), None]:
        if line is not None and line.count("|") >= 2:
            block.append((position, position + len(line)))
        else:
            if len(block) > _MIN_ROWS - 1:
                table = _table(norm, block)
                if table is not None:
                    tables.append(table)
            block = []
        if line is not None:
            position += len(line) + 1
    return tables


def _table(norm: str, block: list[tuple[int, int]]) -> Table | None:
    header = _cells(norm, *block[0])
    roles: dict[int, str] = {}
    least: set[int] = set()
    for column, cell in enumerate(header):
        text = norm[cell.start : cell.end]
        role = _role(text)
        if role is not None and not any(c.isdigit() for c in text):
            roles[column] = role
            if role in COUNT_ROLES and _AT_LEAST.search(text):
                least.add(column)
    counts = [r for r in roles.values() if r in COUNT_ROLES]
    if not counts or any(_SERIES.fullmatch(norm, c.start, c.end) for c in header):
        return None  # (a series by year, "| Year | Killed |": totals of many incidents)
    if len(counts) > len(set(counts)):
        return None  # ("| Killed (UN) | Killed (local NGOs) |": a voice per column, not per row)
    table = Table(roles, least)
    for start, end in block[1:]:
        if _SEPARATOR.fullmatch(norm, start, end):
            continue
        cells = _cells(norm, start, end)
        if cells and _TOTAL.match(norm, cells[0].start, cells[0].end):
            continue  # a row of totals: the sum of the incidents above, none of its own
        table.rows.append(TableRow(start, end, cells))
    return table if table.rows else None


def empty(norm: str, cell: Cell) -> bool:
    """A cell that says nothing ("n/a", "—", "not verified")."""
    return _EMPTY.fullmatch(norm, cell.start, cell.end) is not None


_NAME_PART = re.compile(r"[^,;(\n]+")


def cell_name(norm: str, cell: Cell) -> tuple[str, int, int] | None:
    """The name a cell gives, up to a comma, a semicolon or a bracket ("UNHCR, 8 June" →
    UNHCR; "Bongende (village)" → Bongende), with its span; None for a cell that says
    nothing."""
    if empty(norm, cell):
        return None
    m = _NAME_PART.match(norm, cell.start, cell.end)
    if m is None:
        return None
    name = m.group().strip()
    return (name, m.start(), m.start() + len(name)) if name else None


def row_sources(
    norm: str, tables: list[Table], paragraph_of: Callable[[int, int], int | None]
) -> dict[int, tuple[str, int, int]]:
    """The voice of each table row that names its source, by the row's paragraph."""
    out: dict[int, tuple[str, int, int]] = {}
    for table in tables:
        for row, cell in table.cells("source"):
            name = cell_name(norm, cell)
            paragraph = paragraph_of(row.start, row.end)
            if name is not None and paragraph is not None:
                out[paragraph] = name
    return out
