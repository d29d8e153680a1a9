"""Reconciliation: figures by rule, contested flags, independence of voices, dates, grades."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factfinder.model import Count, Grade, Mention, Source
from factfinder.reconcile import (
    RULES,
    ReconcileError,
    SourceInfo,
    reconcile_details,
    reconcile_incident,
    voice_of,
)

GOLD = Path("/work/shared/corpus/seeds/gold.jsonl")


def mention(
    mention_id: str, source: str, killed: Count | int | None = None, **fields: Any
) -> Mention:
    counts = (
        {}
        if killed is None
        else {"killed": killed if isinstance(killed, Count) else Count(value=killed)}
    )
    base: dict[str, Any] = {
        "acts": ["killing"],
        "evidence": f"quote {mention_id}",
        "date": "2013-09-01",
        "date_precision": "day",
        "place": "Camp Ashraf",
        "country": "IQ",
    }
    base.update(fields)
    return Mention(doc=source, source_id=source, id=mention_id, counts=counts, **base)


def killed(
    mentions: list[Mention],
    rule: str = "conservative",
    sources: dict[str, SourceInfo] | None = None,
) -> Any:
    return reconcile_incident("inc", mentions, sources or {}, rule=rule).figures["killed"]


# ------------------------------------------------------------------------------ the rules


@pytest.mark.parametrize(
    ("claims", "rule", "best", "low", "high", "contested"),
    [
        ([52, 52, 50], "conservative", 50, 50, 52, True),
        ([52, 52, 50], "corroborated", 52, 50, 52, True),
        ([52, 52, 50], "range", None, 50, 52, True),
        ([52, 50], "corroborated", 50, 50, 52, True),  # nothing said twice: conservative
        ([11, Count(min=9)], "conservative", 11, 9, 11, False),  # compatible, not contested
        ([Count(min=9)], "conservative", 9, 9, 9, False),
        ([Count(min=24, vague=True)], "conservative", None, 24, 24, False),  # "dozens"
        ([30, Count(min=24, vague=True)], "conservative", 30, 30, 30, False),
        ([7, Count(min=24, vague=True)], "conservative", 7, 7, 7, False),  # vague never contests
        ([Count(min=40, max=50), 45], "conservative", 45, 40, 50, False),
        ([Count(min=40, max=50), 60], "conservative", 60, 40, 60, True),
        ([Count(min=60), 52], "conservative", 52, 52, 60, True),
    ],
)
def test_rules(
    claims: list[Any], rule: str, best: int | None, low: int, high: int, contested: bool
) -> None:
    mentions = [mention(f"m{i}", f"s{i}", c) for i, c in enumerate(claims)]
    figure = killed(mentions, rule)
    assert (figure.best, figure.low, figure.high, figure.contested) == (best, low, high, contested)
    assert figure.rule == rule and len(figure.claims) == len(claims)


def test_rules_registry_names() -> None:
    assert set(RULES) == {"conservative", "range", "corroborated"}


def test_unknown_rule_and_empty_incident_raise() -> None:
    with pytest.raises(ReconcileError, match="unknown rule"):
        reconcile_incident("inc", [mention("m", "s", 1)], {}, rule="average")
    with pytest.raises(ReconcileError):
        reconcile_incident("inc", [], {})


def test_claims_keep_source_voice_and_quote() -> None:
    figure = killed([mention("m1", "s1", 52), mention("m2", "s2", 50, attributed_to="UNAMI")])
    by_voice = {c.voice: c for c in figure.claims}
    assert by_voice["UNAMI"].value == Count(value=50) and by_voice["UNAMI"].source_id == "s2"
    assert by_voice["s1"].quote == "quote m1" and by_voice["s1"].mention_id == "m1"


# -------------------------------------------------------------------------- independence


@pytest.mark.parametrize(
    "names",
    [["US State Department", "the State Department", "U.S. Department of State"]],
)
def test_one_originator_quoted_thrice_is_one_voice(names: list[str]) -> None:
    mentions = [mention(f"m{i}", f"s{i}", 50, attributed_to=n) for i, n in enumerate(names)]
    figure = killed([*mentions, mention("own", "s9", 52)], "corroborated")
    assert figure.voices == 2 and figure.best == 50  # 50 has one voice; falls back
    assert figure.contested


def test_same_voice_disagreeing_with_itself_is_not_contested() -> None:
    a = mention("m1", "s1", 52, attributed_to="Amnesty")
    b = mention("m2", "s2", 50, attributed_to="Amnesty International")
    assert not killed([a, b]).contested


def test_syndicated_copy_is_not_a_second_voice() -> None:
    sources = {"copy": SourceInfo("copy", near_duplicate_of="orig"), "orig": SourceInfo("orig")}
    figure = killed([mention("m1", "orig", 52), mention("m2", "copy", 52)], "corroborated", sources)
    assert figure.voices == 1
    incident = reconcile_incident(
        "inc", [mention("m1", "orig", 52), mention("m2", "copy", 52)], sources
    )
    assert incident.grade is Grade.SINGLE_SOURCE


def test_publisher_is_the_voice_of_a_source() -> None:
    sources = {"a": SourceInfo("a", publisher="NCRI"), "b": SourceInfo("b", publisher="ncri")}
    assert voice_of(mention("m1", "a"), sources).key == voice_of(mention("m2", "b"), sources).key
    assert voice_of(mention("m3", "c"), sources).name == "c"


def test_near_duplicate_cycle_terminates() -> None:
    sources = {
        "a": SourceInfo("a", near_duplicate_of="b"),
        "b": SourceInfo("b", near_duplicate_of="a"),
    }
    assert voice_of(mention("m1", "a"), sources).key.startswith("source:")


def test_source_info_from_source() -> None:
    source = Source(
        id="abc", text="t", media_type="text/plain", size=1, publisher="P", near_duplicate_of="x"
    )
    assert SourceInfo.from_source(source) == SourceInfo("abc", publisher="P", near_duplicate_of="x")


# ------------------------------------------------------------------------- other fields


@pytest.mark.parametrize(
    ("dates", "chosen", "contested"),
    [
        (["2013-09-01", "2013-09", "2013"], "2013-09-01", False),
        (["2013-09-01", "2013-09-01", "2013-09-02"], "2013-09-01", True),
        (["2013", "2013"], "2013", False),
        (["2013-08", "2013-09-01"], "2013-09-01", True),  # tie: the more precise
    ],
)
def test_dates(dates: list[str], chosen: str, contested: bool) -> None:
    mentions = [mention(f"m{i}", f"s{i}", date=d) for i, d in enumerate(dates)]
    details = reconcile_details("inc", mentions, {})
    assert details.incident.date == chosen and details.date_contested is contested
    assert (details.incident.grade is Grade.CONTESTED) is contested


def test_place_perpetrators_and_acts_carry_their_sources() -> None:
    mentions = [
        mention("m1", "s1", perpetrators=["Iraqi forces"], acts=["killing", "abduction"]),
        mention("m2", "s2", place="Ashraf", perpetrators=["Iraqi security forces"]),
        mention("m3", "s3", perpetrators=["Quds Force"], attributed_to="US State Department"),
    ]
    details = reconcile_details("inc", mentions, {})
    assert details.incident.place == "Camp Ashraf"
    assert details.places[0].source_ids == ["s1", "s2", "s3"]
    assert details.incident.perpetrators[0] in {"Iraqi forces", "Iraqi security forces"}
    assert details.perpetrators[0].voices == ["s1", "s2"]
    assert details.incident.acts == ["killing", "abduction"]
    assert details.acts[1].mention_ids == ["m1"]
    assert details.incident.grade is Grade.CORROBORATED
    assert details.incident.analyst_grade is None


# ----------------------------------------------------------------------------- the gold


def _gold(key: str) -> list[Mention]:
    if not GOLD.exists():
        pytest.skip("seed gold corpus not present")
    mentions = []
    for number, line in enumerate(GOLD.read_text(encoding="utf-8").splitlines()):
        data = json.loads(line)
        if data["incident"] == key:
            m = Mention.from_gold(data)
            m.id, m.source_id = f"g{number:02d}", m.doc
            mentions.append(m)
    return mentions


def test_gold_ashraf_2013() -> None:
    incident = reconcile_incident("inc", _gold("ashraf-2013-09-01"), {})
    killed_, abducted = incident.figures["killed"], incident.figures["abducted"]
    assert (killed_.low, killed_.high, killed_.contested) == (50, 52, True)
    assert sorted({c.value.value for c in killed_.claims if c.voice == "US State Department"}) == [
        50
    ]
    assert (abducted.best, abducted.contested) == (7, False)
    assert incident.grade is Grade.CONTESTED
    assert incident.date == "2013-09-01" and incident.place == "Camp Ashraf"


def test_gold_ashraf_2009() -> None:
    incident = reconcile_incident("inc", _gold("ashraf-2009-07-28"), {})
    figure = incident.figures["killed"]
    assert (figure.best, figure.low, figure.high, figure.contested) == (11, 9, 11, False)
    assert figure.voices == 2 and incident.grade is Grade.CORROBORATED
    assert incident.date_end == "2009-07-29"
