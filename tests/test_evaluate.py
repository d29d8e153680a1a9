"""The reference scorer on hand-made gold and predictions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factfinder.errors import ManifestError
from factfinder.evaluate import dates_compatible, error_lines, load_jsonl, score
from factfinder.model import Count, DatePrecision, Mention


def m(
    doc: str = "a.txt",
    acts: tuple[str, ...] = ("killing",),
    date: str | None = "2014-05-12",
    end: str | None = None,
    **kw: object,
) -> Mention:
    return Mention(doc=doc, acts=list(acts), evidence="x", date=date, date_end=end, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "ok"),
    [
        (m(date="2014-05-12"), m(date="2014-05"), True),
        (m(date="2014-05-12"), m(date="2014"), True),
        (m(date="2014-05-12"), m(date="2014-05-13"), False),
        (m(date="2009", end="2016"), m(date="2013-09-01"), True),
        (m(date=None), m(date=None), True),
        (m(date=None), m(date="2014"), False),
    ],
)
def test_date_compatibility(a: Mention, b: Mention, ok: bool) -> None:
    assert dates_compatible(a, b) is ok


def test_recall_precision_and_fields() -> None:
    gold = [
        m(
            core=True,
            country="SY",
            place="Tal Hamra",
            counts={"killed": Count(value=23)},
            perpetrators=["pro-government militia"],
            incident="g1",
        ),
        m(
            core=True,
            attributed_to="UN investigators",
            counts={"killed": Count(min=25)},
            incident="g1",
        ),
        m(acts=("protest",), date="2014-06", core=False, incident="g2"),
    ]
    pred = [
        m(
            country="SY",
            place="tal hamra village",
            counts={"killed": Count(value=23)},
            perpetrators=["militia"],
            incident="p1",
        ),
        m(attributed_to="UN", counts={"killed": Count(min=25)}, incident="p1"),
        m(acts=("protest",), date="2014-06-03", incident="p2"),
        m(acts=("arrest",), date="2014-05-12", incident="p3"),
    ]
    report = score(gold, pred)
    assert (report.core, report.core_matched) == (2, 2)
    assert report.recall == 1.0
    assert (
        report.precision == 0.75
    )  # the protest matches a non-core gold line: not a false positive
    assert report.accuracy("place") == 1.0
    assert report.accuracy("count:killed") == 1.0
    assert report.accuracy("perpetrators") == 1.0
    assert report.accuracy("attributed_to") == 1.0
    assert report.link_f1 == 1.0
    assert [r[0] for r in report.rows()][:2] == ["mention recall (core)", "mention precision"]


def test_greedy_prefers_best_agreement() -> None:
    gold = [
        m(attributed_to=None, counts={"killed": Count(value=52)}, core=True),
        m(attributed_to="UNAMI", counts={"killed": Count(value=50)}, core=True),
    ]
    pred = [
        m(attributed_to="UNAMI", counts={"killed": Count(value=50)}),
        m(counts={"killed": Count(value=52)}),
    ]
    report = score(gold, pred)
    assert report.accuracy("attributed_to") == 1.0
    assert report.accuracy("count:killed") == 1.0


def test_wrong_values_and_unmatched() -> None:
    gold = [m(core=True, country="SY", date="2014-05-12", counts={"killed": Count(value=23)})]
    pred = [m(country="IQ", date="2014-05", counts={"killed": Count(min=23)}), m(doc="b.txt")]
    report = score(gold, pred)
    assert report.precision == 0.5
    assert report.accuracy("country") == 0.0
    assert report.accuracy("date") == 0.0
    assert report.accuracy("count:killed") == 0.0


def test_error_lines_name_each_miss_spurious_and_wrong_field() -> None:
    gold = [
        m(core=True, country="SY", counts={"killed": Count(value=23)}),
        m(acts=("arrest",), date="2014-06-01", core=False),
    ]
    pred = [m(country="IQ", counts={"killed": Count(min=23)}), m(doc="b.txt")]
    lines = error_lines(score(gold, pred))
    assert any("missed (not core)" in line and "arrest" in line for line in lines)
    assert any(line.startswith("b.txt\tspurious\tkilling") for line in lines)
    assert any("wrong country\t'SY' → 'IQ'" in line for line in lines)
    assert any("wrong count:killed\t'23' → '23–'" in line for line in lines)
    assert len(lines) == 4


def test_linking_counts_pairs() -> None:
    gold = [m(incident="g", core=True), m(doc="b.txt", incident="g", core=True)]
    pred = [m(incident="a#1"), m(doc="b.txt", incident="b#1")]
    assert score(gold, pred).link_recall == 0.0
    assert score(gold, pred, within_doc=True).link_f1 == 1.0


def test_load_jsonl_round_trip(tmp_path: Path) -> None:
    line = m(
        date="2013", counts={"killed": Count(min=9)}, date_precision=DatePrecision.YEAR
    ).to_gold()
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({**line, "core": True}) + "\n\n")
    loaded = load_jsonl(path)
    assert loaded[0].counts["killed"] == Count(min=9) and loaded[0].core is True


def test_load_jsonl_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("{not json}\n")
    with pytest.raises(ManifestError, match=r"g\.jsonl:1"):
        load_jsonl(path)


def test_a_gold_count_bounded_only_from_above_is_matched_on_its_bound() -> None:
    gold = [m(counts={"killed": Count(min=None, max=7000)}, core=True)]
    right = score(gold, [m(counts={"killed": Count(min=None, max=7000)})])
    wrong = score(gold, [m(counts={"killed": Count(min=7000)})])
    assert right.accuracy("count:killed") == 1.0
    assert wrong.accuracy("count:killed") == 0.0
