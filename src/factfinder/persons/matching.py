"""Probabilistic record linkage of person records with splink (DuckDB backend).

Records (list rows and persons named in sources) are compared on the forms of
:mod:`factfinder.persons.names` — folded full name, the order-free first+last key, consonant
skeletons, shared tokens — and on birth year (given, or date year minus age), date of the harm,
place and sex. A Fellegi–Sunter model is trained (u by random sampling, m by EM over two
blocking rules), saved as versioned JSON, and scores candidate pairs; :func:`cluster` then groups
records, honouring the analyst's "same"/"different" decisions.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from factfinder.persons.names import NAMES_VERSION, name_forms, normalise_latin

if TYPE_CHECKING:
    import pandas as pd

    from factfinder.persons.registry import PersonRecord

MODEL_FORMAT = "persons-splink@1"
_NULL = "{c}_l IS NULL OR {c}_r IS NULL"


@dataclass(slots=True)
class Pair:
    left: str
    right: str
    probability: float


def records_frame(records: Iterable[PersonRecord]) -> pd.DataFrame:
    """One row per record with the columns the model compares (normalised and raw)."""
    import pandas as pd

    rows = []
    for r in records:
        f = name_forms(r.name)
        raw = r.name.strip().casefold().split()
        birth = r.birth_year
        if birth is None and r.age is not None and r.date:
            birth = int(r.date[:4]) - int(r.age)
        rows.append(
            {
                "unique_id": r.id,
                "source_dataset": r.dataset,
                "folded": f.folded or None,
                "key": f.key or None,
                "skel_key": f.skeleton_key or None,
                "tokens": list(f.tokens),
                "given": f.given or None,
                "family": f.family or None,
                "name_raw": r.name.strip().casefold() or None,
                "first_raw": raw[0] if raw else None,
                "last_raw": raw[-1] if len(raw) > 1 else None,
                "birth_year": birth,
                "date": r.date or None,
                "place": normalise_latin(r.place) if r.place else None,
                "sex": r.sex or None,
            }
        )
    frame = pd.DataFrame(
        rows,
        columns=[
            "unique_id",
            "source_dataset",
            "folded",
            "key",
            "skel_key",
            "tokens",
            "given",
            "family",
            "name_raw",
            "first_raw",
            "last_raw",
            "birth_year",
            "date",
            "place",
            "sex",
        ],
    )
    frame["birth_year"] = frame["birth_year"].astype("Int64")
    return frame


def _level(sql: str, label: str, *, null: bool = False) -> dict[str, Any]:
    level: dict[str, Any] = {"sql_condition": sql, "label_for_charts": label}
    if null:
        level["is_null_level"] = True
    return level


def _custom(name: str, levels: list[dict[str, Any]]) -> Any:
    import splink.comparison_library as cl

    return cl.CustomComparison(comparison_levels=list[Any](levels), output_column_name=name)


def _name_comparisons() -> list[Any]:
    jw = "jaro_winkler_similarity"
    name = _custom(
        "name",
        [
            _level(_NULL.format(c="key"), "null", null=True),
            _level("folded_l = folded_r", "same folded name"),
            _level("key_l = key_r", "same first and last (any order)"),
            _level("skel_key_l = skel_key_r", "same skeletons"),
            _level(f"{jw}(folded_l, folded_r) >= 0.92", "folded JW >= 0.92"),
            _level("len(list_intersect(tokens_l, tokens_r)) >= 2", "two tokens shared"),
            _level(f"{jw}(skel_key_l, skel_key_r) >= 0.85", "skeleton JW >= 0.85"),
            _level("ELSE", "else"),
        ],
    )
    family = _custom(
        "family",
        [
            _level(_NULL.format(c="family"), "null", null=True),
            _level("family_l = family_r", "same family name"),
            _level("family_l = given_r AND given_l = family_r", "given and family swapped"),
            _level(f"{jw}(family_l, family_r) >= 0.9", "family JW >= 0.9"),
            _level("ELSE", "else"),
        ],
    )
    return [name, family]


def _raw_comparisons() -> list[Any]:
    import splink.comparison_library as cl

    return [cl.NameComparison("name_raw"), cl.ForenameSurnameComparison("first_raw", "last_raw")]


def _other_comparisons() -> list[Any]:
    import splink.comparison_library as cl

    date = _custom(
        "date",
        [
            _level(_NULL.format(c="date"), "null", null=True),
            _level("date_l = date_r", "same date"),
            _level("substr(date_l, 1, 7) = substr(date_r, 1, 7)", "same month"),
            _level("substr(date_l, 1, 4) = substr(date_r, 1, 4)", "same year"),
            _level("ELSE", "else"),
        ],
    )
    born = _custom(
        "birth_year",
        [
            _level(_NULL.format(c="birth_year"), "null", null=True),
            _level("birth_year_l = birth_year_r", "same birth year"),
            _level("abs(birth_year_l - birth_year_r) <= 1", "within 1 year"),
            _level("abs(birth_year_l - birth_year_r) <= 3", "within 3 years"),
            _level("ELSE", "else"),
        ],
    )
    return [born, date, cl.ExactMatch("place"), cl.ExactMatch("sex")]


def settings(*, raw: bool = False) -> Any:
    """The splink settings: normalised name comparisons, or splink's defaults on raw names."""
    from splink import SettingsCreator, block_on

    if raw:
        names, rules = (
            _raw_comparisons(),
            [
                block_on("first_raw", "last_raw"),
                block_on("last_raw", "birth_year"),
                block_on("first_raw", "birth_year"),
            ],
        )
    else:
        names, rules = (
            _name_comparisons(),
            [
                block_on("key"),
                block_on("skel_key"),
                block_on("given", "birth_year"),
                block_on("family", "birth_year"),
            ],
        )
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        comparisons=[*names, *_other_comparisons()],
        blocking_rules_to_generate_predictions=list[Any](rules),
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )


def _db_api(threads: int, memory: str) -> Any:
    import duckdb
    from splink.backends.duckdb import DuckDBAPI

    con = duckdb.connect(":memory:")
    con.execute(f"SET threads = {int(threads)}")
    con.execute(f"SET memory_limit = '{memory}'")
    con.execute("SET preserve_insertion_order = false")
    return DuckDBAPI(con)


def _linker(frame: pd.DataFrame, model: dict[str, Any] | Any, threads: int, memory: str) -> Any:
    from splink import Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    api = _db_api(threads, memory)
    return Linker(api.register(frame), model, log_level=None)


def train(
    frame: pd.DataFrame, *, raw: bool = False, seed: int = 7, threads: int = 2, memory: str = "2GB"
) -> dict[str, Any]:
    """Train a model on ``frame``; return it as a JSON-able dict (with a version)."""
    from splink import block_on

    linker = _linker(frame, settings(raw=raw), threads, memory)
    first, last = ("first_raw", "last_raw") if raw else ("given", "family")
    linker.training.estimate_probability_two_random_records_match(
        [block_on(first, last, "birth_year")] if raw else [block_on("key", "birth_year")],
        recall=0.7,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=seed)
    for rule in (block_on(first, "birth_year"), block_on(last, "date")):
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(rule)
        except Exception as e:  # splink raises plain exceptions when a rule gives too few pairs
            logging.getLogger(__name__).info("EM on %s skipped: %s", rule, e)
    model: dict[str, Any] = linker.misc.save_model_to_json()
    return versioned(model, raw=raw)


def versioned(model: dict[str, Any], *, raw: bool = False) -> dict[str, Any]:
    model = {k: v for k, v in model.items() if k not in ("linker_uid", "factfinder")}
    body = json.dumps(model, sort_keys=True, default=str)
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()[:12]
    model["factfinder"] = {
        "format": MODEL_FORMAT,
        "names": NAMES_VERSION,
        "raw": raw,
        "version": f"persons-{digest}",
    }
    return model


def model_version(model: dict[str, Any]) -> str:
    return str(model.get("factfinder", {}).get("version", "unversioned"))


def predict(
    frame: pd.DataFrame,
    model: dict[str, Any],
    *,
    threshold: float = 0.5,
    threads: int = 2,
    memory: str = "2GB",
) -> list[Pair]:
    """Score the candidate pairs of ``frame``; keep those with probability >= ``threshold``."""
    splink_model = {k: v for k, v in model.items() if k != "factfinder"}
    linker = _linker(frame, splink_model, threads, memory)
    result = linker.inference.predict(threshold_match_probability=threshold)
    table = (
        result.as_duckdbpyrelation()
        .select("unique_id_l, unique_id_r, match_probability")
        .fetchall()
    )
    return [Pair(str(a), str(b), float(p)) for a, b, p in table]


def cluster(
    ids: Sequence[str],
    pairs: Iterable[Pair],
    *,
    threshold: float,
    same: Iterable[tuple[str, str]] = (),
    different: Iterable[tuple[str, str]] = (),
) -> list[list[str]]:
    """Group records: analyst's "same" pairs first, then pairs by falling probability, never
    joining two groups that hold a "different" pair (constrained greedy clustering)."""
    parent = {i: i for i in ids}
    apart: dict[str, set[str]] = {i: set() for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra == rb or rb in {find(x) for x in apart[ra]}:
            return
        if len(apart[ra]) < len(apart[rb]):
            ra, rb = rb, ra
        parent[rb] = ra
        apart[ra] |= apart[rb]

    for a, b in different:
        if a in parent and b in parent:
            apart[find(a)].add(b)
            apart[find(b)].add(a)
    for a, b in same:
        if a in parent and b in parent:
            join(a, b)
    for p in sorted(pairs, key=lambda p: (-p.probability, p.left, p.right)):
        if p.probability >= threshold and p.left in parent and p.right in parent:
            join(p.left, p.right)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(find(i), []).append(i)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def pairwise_scores(clusters: Sequence[Sequence[str]], truth: dict[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of ``clusters`` against true entity ids."""

    def pairs_of(groups: Iterable[Sequence[str]]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for g in groups:
            s = sorted(g)
            out.update((s[i], s[j]) for i in range(len(s)) for j in range(i + 1, len(s)))
        return out

    by_truth: dict[str, list[str]] = {}
    for rid, ent in truth.items():
        by_truth.setdefault(ent, []).append(rid)
    found, true = pairs_of(clusters), pairs_of(by_truth.values())
    tp = len(found & true)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(true) if true else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "true_pairs": len(true),
        "found_pairs": len(found),
    }
