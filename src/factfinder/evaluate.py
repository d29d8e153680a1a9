"""The reference scorer of incident mentions (``gold-format.md``).

Within each document a prediction matches a gold line when their acts share a code, their
dates are compatible (equal at the coarser precision or overlapping spans; two unknown dates
are compatible), exactly as the reference scorer of gold-format.md says (``aggregate`` takes no
part in matching).
Pairs are chosen greedily, best field agreement first, each gold line and each prediction
used once.

Field accuracy is computed on matched pairs: ``date`` (exact string), ``country``, ``place``
(case-insensitive, either contains the other) and ``perpetrators`` (a gold name inside a
predicted one or the reverse) when gold has a value; each count key present in gold (exact
``value``, or exact ``min``); ``attributed_to`` on every pair (null equals null; otherwise
either contains the other, case-insensitive). Linking is pairwise precision/recall/F1 of
"same incident key" over matched pairs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from factfinder.errors import ManifestError
from factfinder.model import Count, Mention

FIELDS = ("date", "country", "place", "attributed_to", "perpetrators")
_QUOTES = str.maketrans("’‘`´“”", "''''\"\"")


@dataclass(slots=True)
class FieldScore:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass(slots=True)
class EvalReport:
    """Figures of one scoring run; ``rows()`` gives them as a table."""

    gold: int = 0
    core: int = 0
    predicted: int = 0
    core_matched: int = 0
    predicted_matched: int = 0
    fields: dict[str, FieldScore] = field(default_factory=dict)
    link_tp: int = 0
    link_fp: int = 0
    link_fn: int = 0
    pairs: list[tuple[Mention, Mention]] = field(default_factory=list, repr=False)
    missed: list[Mention] = field(default_factory=list, repr=False)
    spurious: list[Mention] = field(default_factory=list, repr=False)

    @property
    def recall(self) -> float:
        return self.core_matched / self.core if self.core else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_matched / self.predicted if self.predicted else 1.0

    @property
    def link_precision(self) -> float:
        denom = self.link_tp + self.link_fp
        return self.link_tp / denom if denom else 1.0

    @property
    def link_recall(self) -> float:
        denom = self.link_tp + self.link_fn
        return self.link_tp / denom if denom else 1.0

    @property
    def link_f1(self) -> float:
        p, r = self.link_precision, self.link_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, name: str) -> float | None:
        score = self.fields.get(name)
        return score.accuracy if score else None

    def rows(self) -> list[tuple[str, str, str]]:
        """(measure, value, support) rows for printing."""
        out = [
            ("mention recall (core)", f"{self.recall:.3f}", f"{self.core_matched}/{self.core}"),
            ("mention precision", f"{self.precision:.3f}", f"{self.predicted_matched}/{self.predicted}"),  # noqa: E501
        ]  # fmt: skip
        for name in sorted(self.fields, key=_field_order):
            s = self.fields[name]
            acc = "-" if s.accuracy is None else f"{s.accuracy:.3f}"
            out.append((f"field {name}", acc, f"{s.correct}/{s.total}"))
        links = f"P {self.link_precision:.3f} R {self.link_recall:.3f}"
        out.append(("linking F1", f"{self.link_f1:.3f}", links))
        return out


def _field_order(name: str) -> tuple[int, str]:
    return (FIELDS.index(name) if name in FIELDS else len(FIELDS), name)


def load_jsonl(path: str | Path) -> list[Mention]:
    """Read a gold-format JSONL file; blank lines are skipped."""
    p = Path(path)
    out: list[Mention] = []
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ManifestError(str(p), "cannot read the file; check the path") from e
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(Mention.from_gold(json.loads(line)))
        except (ValueError, KeyError, TypeError) as e:
            raise ManifestError(
                f"{p}:{number}", f"not a gold-format line ({e}); fix the JSON"
            ) from e
    return out


def _norm(text: str | None) -> str:
    return " ".join((text or "").translate(_QUOTES).lower().split())


def _contains(a: str | None, b: str | None) -> bool:
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x in y or y in x)


def _bounds(value: str | None, end: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    try:
        lo = _edge(value, last=False)
        hi = _edge(end or value, last=True)
    except ValueError:
        return None
    return lo, hi


def _edge(value: str, *, last: bool) -> date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
    if len(parts) == 2:
        if not last:
            return date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return date(parts[0], parts[1], parts[2])


def dates_compatible(a: Mention, b: Mention) -> bool:
    """Equal at the coarser precision or overlapping spans; two unknown dates are compatible."""
    ia, ib = _bounds(a.date, a.date_end), _bounds(b.date, b.date_end)
    if ia is None or ib is None:
        return ia is None and ib is None
    return ia[0] <= ib[1] and ib[0] <= ia[1]


def matches(gold: Mention, pred: Mention) -> bool:
    """Shared act and compatible dates: exactly the reference scorer of gold-format.md.

    The ``aggregate`` flag takes no part in matching there, so it takes none here: scores must
    be comparable with anyone else's implementation of that scorer."""
    return bool(set(gold.acts) & set(pred.acts)) and dates_compatible(gold, pred)


def field_checks(gold: Mention, pred: Mention) -> dict[str, bool]:
    """Which fields of a matched pair agree (only fields the gold line can be scored on)."""
    out: dict[str, bool] = {}
    if gold.date is not None:
        out["date"] = gold.date == pred.date
    if gold.country is not None:
        out["country"] = _norm(gold.country) == _norm(pred.country)
    if gold.place is not None:
        out["place"] = _contains(gold.place, pred.place)
    for key, count in gold.counts.items():
        out[f"count:{key}"] = _count_ok(count, pred.counts.get(key))
    out["attributed_to"] = (
        pred.attributed_to is None
        if gold.attributed_to is None
        else _contains(gold.attributed_to, pred.attributed_to)
    )
    if gold.perpetrators:
        out["perpetrators"] = any(
            _contains(g, p) for g in gold.perpetrators for p in pred.perpetrators
        )
    return out


def _count_ok(gold: Count, pred: Count | None) -> bool:
    if pred is None:
        return False
    if gold.value is not None:
        return pred.value == gold.value
    if gold.min is None and gold.max is not None:
        # "as many as 7,000": gold-format names value and min only; a bound from above is
        # matched on that bound (otherwise it could never be right)
        return pred.value is None and pred.min is None and pred.max == gold.max
    return gold.min is not None and (pred.min == gold.min or pred.value == gold.min)


def _agreement(gold: Mention, pred: Mention) -> tuple[int, int]:
    checks = field_checks(gold, pred)
    shared = len(set(gold.acts) & set(pred.acts))
    return sum(checks.values()), shared


def _match_doc(gold: list[Mention], pred: list[Mention]) -> list[tuple[int, int]]:
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if matches(g, p):
                agree, shared = _agreement(g, p)
                candidates.append((-agree, -shared, -int(bool(g.core)), gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def score(
    gold: Sequence[Mention], predicted: Sequence[Mention], *, within_doc: bool = False
) -> EvalReport:
    """Score predicted mentions against gold (module docstring); ``within_doc`` limits linking
    pairs to pairs inside one document (for extractors without a cross-document linker)."""
    report = EvalReport(gold=len(gold), predicted=len(predicted))
    report.core = sum(1 for g in gold if g.core is not False)
    docs = sorted({m.doc for m in gold} | {m.doc for m in predicted})
    for doc in docs:
        g_doc = [g for g in gold if g.doc == doc]
        p_doc = [p for p in predicted if p.doc == doc]
        matched = _match_doc(g_doc, p_doc)
        hit_g = {gi for gi, _ in matched}
        hit_p = {pi for _, pi in matched}
        report.missed += [g for gi, g in enumerate(g_doc) if gi not in hit_g]
        report.spurious += [p for pi, p in enumerate(p_doc) if pi not in hit_p]
        for gi, pi in matched:
            g, p = g_doc[gi], p_doc[pi]
            report.pairs.append((g, p))
            report.predicted_matched += 1
            report.core_matched += int(g.core is not False)
            for name, ok in field_checks(g, p).items():
                s = report.fields.setdefault(name, FieldScore())
                s.total += 1
                s.correct += int(ok)
    _linking(report, within_doc=within_doc)
    return report


def error_lines(report: EvalReport) -> list[str]:
    """One line per error, for reading a run: missed gold mentions, spurious predictions and
    fields a matched pair disagrees on (gold value → predicted value)."""
    lines = []
    for g in report.missed:
        kind = "missed" if g.core is not False else "missed (not core)"
        lines.append(f"{g.doc}\t{kind}\t{_brief(g)}")
    for p in report.spurious:
        lines.append(f"{p.doc}\tspurious\t{_brief(p)}")
    for g, p in report.pairs:
        for name, ok in field_checks(g, p).items():
            if not ok:
                lines.append(
                    f"{g.doc}\twrong {name}\t{_value(g, name)!r} → {_value(p, name)!r}"
                    f" ({'/'.join(g.acts)} {g.date or '?'})"
                )
    return lines


def _brief(m: Mention) -> str:
    counts = " ".join(f"{k}={_count_text(c)}" for k, c in sorted(m.counts.items()))
    quote = " ".join((m.evidence or "").split())[:90]
    parts = ["/".join(m.acts), str(m.date or "?"), m.country or "?", counts]
    if m.attributed_to:
        parts.append(f"per {m.attributed_to}")
    if quote:
        parts.append(f"«{quote}»")
    return " ".join(p for p in parts if p)


def _count_text(c: Count) -> str:
    if c.value is not None:
        return str(c.value)
    return f"{c.min if c.min is not None else ''}–{c.max if c.max is not None else ''}"


def _value(m: Mention, name: str) -> object:
    if name.startswith("count:"):
        c = m.counts.get(name[6:])
        return None if c is None else _count_text(c)
    return getattr(m, name, None)


def _linking(report: EvalReport, *, within_doc: bool) -> None:
    for (g1, p1), (g2, p2) in combinations(report.pairs, 2):
        if within_doc and g1.doc != g2.doc:
            continue
        same_gold = g1.incident is not None and g1.incident == g2.incident
        same_pred = p1.incident is not None and p1.incident == p2.incident
        if same_gold and same_pred:
            report.link_tp += 1
        elif same_pred:
            report.link_fp += 1
        elif same_gold:
            report.link_fn += 1
