"""Rules added in rules@0.6.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def test_a_rule_of_law_is_not_an_event() -> None:
    ms = _run("Under the 1994 charter, signed by Velnia, life imprisonment of minors is banned.")
    assert ms == []
    assert _run("The new code bans the execution of anyone under eighteen.") == []


def test_span_of_published_figures_is_the_period_of_the_events() -> None:
    ms = _run(
        "Figures released by the monitors on the protests from 3 May to 2 June show a rise. "
        "During that period there were at least 88 protests in 31 towns."
    )
    assert len(ms) == 1
    assert (ms[0].date, ms[0].date_end) == ("2020-05-03", "2020-06-02")
    assert ms[0].counts["events"].min == 88
    assert ms[0].aggregate


def test_between_the_years_is_one_span() -> None:
    ms = _run("Her brother was imprisoned between the years 1983 and 1990 in Velnia's Orvo prison.")
    assert [(m.date, m.date_end) for m in ms] == [("1983", "1990")]


def test_numerous_attacks_do_not_borrow_the_date_of_another_event() -> None:
    ms = _run(
        "The commander planned the deadly raid of June 2011 on the camp. "
        "His militia also carried out numerous mortar attacks on Camp Liberty, killing dozens."
    )
    pattern = [m for m in ms if m.place == "Camp Liberty"]
    assert pattern and pattern[0].date is None and pattern[0].aggregate


def test_undated_perfect_with_a_vague_figure_is_a_pattern_not_an_incident() -> None:
    ms = _run(
        "In 2019 the Orvo tribunal jailed two poets. "
        "The government has tortured and executed thousands of dissidents."
    )
    assert all("torture" not in m.acts for m in ms)
    assert all(m.date == "2019" for m in ms)


def test_a_modal_perfect_is_an_estimate_not_a_pattern() -> None:
    ms = _run(
        "Thousands of villagers were killed in Orvo province between March and May 2009. "
        "A UN panel said as many as 20,000 may have died."
    )
    assert any(m.counts.get("killed") and m.counts["killed"].max == 20000 for m in ms)


def test_recent_news_in_the_perfect_is_kept() -> None:
    ms = _run("Police have arrested 14 students in Minsk after the march.")
    assert [m.counts["arrested"].value for m in ms] == [14]
