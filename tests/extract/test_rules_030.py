"""Rules added in rules@0.3.0: scorer aggregate matching, spans, running days, counts."""

from __future__ import annotations

from datetime import date

from factfinder.evaluate import matches
from factfinder.extract import Pipeline
from factfinder.extract.datetext import DateParser
from factfinder.model import Mention

REF = date(2020, 6, 15)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(f.value, f.value_end) for f in DateParser(REF).parse(text, 0, len(text))]


def test_scorer_matches_as_gold_format_says() -> None:
    """A shared act and compatible dates match, whatever the aggregate flags (gold-format.md)."""
    gold = Mention(doc="d", acts=["protest"], evidence="x", date="2019-07", aggregate=True)
    assert matches(gold, Mention(doc="d", acts=["protest"], evidence="y", date="2019-07"))
    assert not matches(gold, Mention(doc="d", acts=["arrest"], evidence="z", date="2019-07"))
    assert not matches(gold, Mention(doc="d", acts=["protest"], evidence="w", date="2019-09"))


def test_month_and_year_spans() -> None:
    assert _dates("fighting between March and May 2011 in the north") == [("2011-03", "2011-05")]
    assert _dates("during the war of 1992-1995") == [("1992", "1995")]


def test_day_month_may_only_as_a_date() -> None:
    assert _dates("the shooting on 3 May in the square") == [("2020-05-03", None)]
    assert _dates("the toll of 3 may rise") == []


def test_running_day_counts_back() -> None:
    assert _dates("refused food for the fifth day running") == [("2020-06-11", None)]


def test_statistic_over_years_is_aggregate(pipe: Pipeline) -> None:
    text = "Between 2001 and 2009, at least 4,000 people were abducted in the region."
    mentions = pipe.run(text, doc="t", published=REF).mentions
    assert mentions and mentions[0].aggregate


def test_injured_verb_after_counted_noun(pipe: Pipeline) -> None:
    text = "Soldiers killed nine villagers on 2 March 2020 and dozens of others were wounded."
    m = pipe.run(text, doc="t", published=REF).mentions[0]
    assert m.counts["killed"].value == 9
    assert m.counts["injured"].min == 24


def test_named_subject_of_passive_counts_one(pipe: Pipeline) -> None:
    text = "On 4 April 2020, Ana Ruiz, 31, was shot dead outside her home in the town."
    m = pipe.run(text, doc="t", published=REF).mentions[0]
    assert m.counts["killed"].value == 1
