"""Rules added in rules@0.14.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.extract.text import split_sentences
from factfinder.model import DatePrecision, Mention

PUBLISHED = date(2024, 5, 14)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _only(text: str) -> Mention:
    ms = _run(text)
    assert len(ms) == 1, [m.evidence for m in ms]
    return ms[0]


def test_years_ago_this_month_is_that_month_so_many_years_back() -> None:
    m = _only("Forty years ago this month, soldiers killed 30 villagers in Kaloma, Chad.")
    assert (m.date, m.date_precision) == ("1984-05", DatePrecision.MONTH)
    claim = next(c for c in m.claims if c.field == "date")
    assert claim.quote == "Forty years ago this month"


def test_years_ago_this_week_is_the_week_around_the_day_so_many_years_back() -> None:
    m = _only("Ten years ago this week, soldiers killed 30 villagers in Kaloma, Chad.")
    assert m.date_precision == DatePrecision.RANGE
    assert (m.date, m.date_end) == ("2014-05-11", "2014-05-17")


@pytest.mark.parametrize(
    "cite",
    ["(Tan and Özdemir, 2015)", "(Smith et al. 2009: 45)", "(see Ruiz, 2001; Lee, 2003)",
     "(Okafor 2011, pp. 12-14)"],
)  # fmt: skip
def test_the_year_of_a_work_cited_is_not_the_day_of_the_incident(cite: str) -> None:
    text = (
        "Troops killed 40 villagers in Kaloma, Chad, on 3 March 1978. "
        f"Local associations have put the number of dead at more than 500 {cite}."
    )
    ms = _run(text)
    voiced = next(m for m in ms if m.attributed_to == "Local associations")
    assert voiced.date == "1978-03-03"
    assert voiced.counts["killed"].min == 501


@pytest.mark.parametrize(
    "text",
    ["Soldiers killed 12 villagers in Kaloma (June 1978).",
     "Soldiers killed 12 villagers in Kaloma (summer, 1978)."],
)  # fmt: skip
def test_a_month_or_season_in_brackets_is_still_a_date(text: str) -> None:
    assert _only(text).date.startswith("1978")


def test_et_al_and_page_references_do_not_end_a_sentence() -> None:
    text = "The dead numbered 500 (Smith et al. 2009, pp. 4-5). Nobody was tried."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "The dead numbered 500 (Smith et al. 2009, pp. 4-5).",
        "Nobody was tried.",
    ]
