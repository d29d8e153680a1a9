"""Rules added in rules@0.20.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.gold_helpers import voiced

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2019, 4, 8)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


@pytest.mark.parametrize(
    "sentence",
    [
        "In 1994 gunmen opened fire on the market of Dolo, an attack that killed 18 traders "
        "and left the town divided in ways that persist today.",
        "In 1994 gunmen opened fire on the market of Dolo, an attack that killed 18 traders "
        "and left scars that remain visible today.",
        "In 1994 gunmen opened fire on the market of Dolo, an attack that killed 18 traders "
        "and left a fear that lingers even today.",
    ],
)
def test_today_of_a_lasting_state_is_no_day_of_the_act(pipe: Pipeline, sentence: str) -> None:
    (m,) = _run(pipe, sentence)
    assert m.date == "1994"  # not the day of publication
    assert m.counts["killed"].to_json() == {"value": 18}


def test_today_still_dates_an_act_done_today(pipe: Pipeline) -> None:
    (m,) = _run(pipe, "Gunmen killed 18 traders in the market of Dolo today.")
    assert m.date == "2019-04-08"


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        (
            "On 17 May 2004 a military court sentenced Colonel Abel Tumba, known to his men as "
            '"the Hammer", to death for the massacre at Kilo.',
            "death_sentence",
        ),
        (
            'On 17 May 2004 a military court sentenced Abel Tumba, the "Hammer" of Kilo, to life '
            "for the massacre.",
            "imprisonment",
        ),
    ],
)
def test_a_sentence_reaches_over_a_quoted_nickname(pipe: Pipeline, sentence: str, act: str) -> None:
    ms = _run(pipe, sentence)
    assert any(act in m.acts and m.date == "2004-05-17" for m in ms), [(m.acts, m.date) for m in ms]


def test_the_act_opening_its_sentence_takes_the_day_inside_this_week(pipe: Pipeline) -> None:
    text = (
        "KAMPALA, April 12 (EAW) - The number of people reported killed when a bomb struck a "
        "crowded bus station in the town of Oraba this week has risen to 23, a district "
        "official said.\n\n"
        "The air strike hit the station, some 40 km (25 miles) north of the district capital, at "
        "around 9 a.m. on Tuesday, a market day, when the platforms were full.\n"
    )
    ms = _run(pipe, text, published=date(2019, 4, 12))
    assert {m.date for m in ms} == {"2019-04-09"}  # the Tuesday of the week of the telling


RAID = (
    "On 3 August 1990 gunmen raided two mosques in the town of Koralai, killing 103 worshippers. "
)


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        ("Some historians give a lower figure of 47 dead.", "historians", 47),
        (
            "Press reports gave the number of people killed in the town as about 130.",
            "Press",
            130,
        ),
    ],
)
def test_a_voice_gives_a_figure(pipe: Pipeline, sentence: str, voice: str, figure: int) -> None:
    ms = _run(pipe, RAID + sentence, published=date(2020, 8, 3))
    told = voiced(ms, voice)
    assert told.date == "1990-08-03"
    assert told.counts["killed"].to_json() == {"value": figure}


def test_a_code_with_a_year_in_it_dates_nothing(pipe: Pipeline) -> None:
    text = (
        "On 6 January 1993 troops stopped the bus KLM-1901 near the bridge of Tarsal and shot "
        "dead 16 passengers."
    )
    (m,) = _run(pipe, text)
    assert m.date == "1993-01-06"
    assert m.counts["killed"].to_json() == {"value": 16}


def test_that_year_is_the_year_of_the_story_not_of_the_telling(pipe: Pipeline) -> None:
    text = (
        "THE VALLEY HERALD\nTarsal | Friday, April 5, 2019\n\n"
        "By A. Reporter | Updated: April 5, 2019, 08:10 | 5 min read\n\n"
        "Thirty years ago today, soldiers opened fire on the market of Tarsal, killing 40 "
        "traders.\n\n"
        "A rights group, which documented the killings later that year, counted at least 43 dead."
    )
    told = voiced(_run(pipe, text, published=date(2019, 4, 5)), "group")
    assert told.date.startswith("1989"), told.date


def test_a_state_of_siege_is_a_legal_measure_not_a_siege(pipe: Pipeline) -> None:
    text = (
        "On 11 September 2008 gunmen killed 13 farmers near the town of Tarsal. "
        "The government declared a state of siege in the province the same day."
    )
    ms = _run(pipe, text)
    assert not any("siege" in m.acts for m in ms), [(m.acts, m.date) for m in ms]


def test_a_day_followed_by_that_year_keeps_the_year_told_in_its_sentence(pipe: Pipeline) -> None:
    text = (
        "Villagers of Tarsal were killed by a mob in 2006.\n\n"
        "The district court convicted eight men on September 15, 2008, and on September 24 that "
        "year sentenced six of them to death."
    )
    ms = _run(pipe, text, published=date(2010, 7, 14))
    death = [m for m in ms if "death_sentence" in m.acts]
    assert death and death[0].date == "2008-09-24", [(m.acts, m.date) for m in ms]


def test_a_voice_the_next_morning_gives_the_toll_of_the_day_before(pipe: Pipeline) -> None:
    text = RAID + (
        "The first reports in the Colombo newspapers the next morning spoke of around one "
        "hundred dead."
    )
    ms = _run(pipe, text, published=date(2020, 8, 3))
    told = voiced(ms, "newspapers")
    assert told.date == "1990-08-03"  # the raid's day, not the morning of the reports
    assert told.counts["killed"].to_json() == {"value": 100}


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        (
            "Dispatches from Hazleton the following morning put the dead at anywhere from 15 to 30 "
            "and the wounded at 40 or more.",
            "Dispatches",
            {"min": 15, "max": 30},
        ),
        ("Army figures put the dead at 29 and the wounded at about 125.", "Army", {"value": 29}),
    ],
)
def test_put_the_dead_at_counts_the_dead_not_the_wounded_named_after(
    pipe: Pipeline, sentence: str, voice: str, killed: dict[str, int]
) -> None:
    ms = _run(pipe, RAID + sentence, published=date(2020, 8, 3))
    told = voiced(ms, voice)
    assert told.counts["killed"].to_json() == killed


def test_a_figure_cited_after_a_toll_counts_what_the_toll_counted(pipe: Pipeline) -> None:
    text = RAID + (
        "The first reports the next day spoke of around one hundred dead. "
        "The Ministry of Defence has since cited a figure of over 150."
    )
    ms = _run(pipe, text, published=date(2020, 8, 3))
    told = voiced(ms, "Ministry")
    assert told.counts["killed"].to_json() == {"min": 151}


def test_the_gunmen_of_a_named_group_keep_its_name(pipe: Pipeline) -> None:
    text = (
        "On 15 June 2014 al-Shabaab fighters stormed the town of Kisima and killed 48 people.\n\n"
        "Gunmen shot dead 12 men at the police station of Kisima the same night, residents said.\n"
    )
    told = voiced(_run(pipe, text, published=date(2014, 6, 20)), "residents")
    assert "al-Shabaab" in told.perpetrators, told.perpetrators
