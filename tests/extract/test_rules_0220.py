"""Rules added in rules@0.22.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 2)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _perpetrators(ms: list[Mention]) -> list[str]:
    return [p for m in ms for p in m.perpetrators]


def _killed_by(ms: list[Mention]) -> dict[str | None, int | None]:
    """Each voice's figure of the dead."""
    return {m.attributed_to: m.counts["killed"].value for m in ms if "killed" in m.counts}


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        (
            "On 4 May 1999 police in the Ghanaian port of Tema shot dead six dock workers.",
            "police",
        ),
        (
            "On 4 May 1999 police in the Ashanti region shot dead six dock workers in Kumasi.",
            "police",
        ),
        (
            "On 4 May 1999 soldiers of the Ghanaian army shot dead six dock workers in Tema.",
            "soldiers of the Ghanaian army",
        ),
        (
            "On 4 May 1999 armed members of the Tema Youth League's fighting vanguard shot "
            "dead six dock workers.",
            "armed members of the Tema Youth League's fighting vanguard",
        ),
    ],
)
def test_a_name_that_only_qualifies_a_noun_is_not_the_end_of_the_actor(
    pipe: Pipeline, sentence: str, perpetrator: str
) -> None:
    assert perpetrator in _perpetrators(_run(pipe, sentence))


def test_a_yearless_day_after_a_paragraph_of_history_is_of_that_history(pipe: Pipeline) -> None:
    text = (
        "12 June 2021 | Heritage desk\n\n"
        "Sixty years have passed since troops opened fire on the miners of Oruro.\n\n"
        "In 1961 the Oruro mines belonged to the state company. When the union asked for "
        "higher wages, the company refused.\n\n"
        "The government sent troops. On 3 June the troops shot dead two miners at the "
        "prefecture in Oruro."
    )
    ms = _run(pipe, text, date(2021, 6, 12))
    assert any(m.date == "1961-06-03" and "killing" in m.acts for m in ms), [
        (m.acts, m.date) for m in ms
    ]


def test_a_yearless_day_of_the_month_the_story_is_in_keeps_the_story_year(
    pipe: Pipeline,
) -> None:
    text = (
        "TUNIS, April 14 (AWS) - A military court on Saturday cut the sentences of six police "
        "commanders.\n\n"
        "In Regueb, police fired on marchers on the evening of Saturday, Jan. 8, 2011.\n\n"
        "In Sidi Ali the shooting began the same evening.\n\n"
        "The toll was disputed. Five more people were shot dead in Regueb on Monday, "
        "Jan. 10.\n\n"
        "An inquiry found that police had killed at least nine people in Regueb between "
        "Jan. 8 and 11."
    )
    ms = _run(pipe, text, date(2014, 4, 14))
    nine = [m for m in ms if m.counts.get("killed") and m.counts["killed"].min == 9]
    assert nine and all(m.date == "2011-01-08" for m in nine), [(m.acts, m.date) for m in ms]


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday the ministry said 29 more bodies had been found, bringing the provisional "
        "toll to 79.",
        "On Tuesday the ministry said 29 more bodies had been found, taking the toll to 79.",
        "On Tuesday the ministry's latest toll stood at 79.",
    ],
)
def test_a_toll_named_by_its_standing_counts_the_dead(pipe: Pipeline, sentence: str) -> None:
    text = "Gunmen attacked the market town of Kessa on 11 February.\n\n" + sentence
    ms = _run(pipe, text, date(2021, 2, 17))
    killed = [m.counts["killed"].value for m in ms if "killed" in m.counts]
    assert killed == [79], [(m.acts, m.counts) for m in ms]


def test_the_day_a_toll_was_released_is_not_the_day_of_the_deaths(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked the market town of Kessa on 11 February, killing dozens.\n\n"
        "Yesterday, as the governor visited Kessa, a new official toll of 86 dead was released."
    )
    ms = _run(pipe, text, date(2021, 2, 17))
    assert [m.date for m in ms] == ["2021-02-11"], [(m.date, m.counts) for m in ms]


def test_a_number_of_bodies_and_a_number_that_is_a_figure_are_tolls(pipe: Pipeline) -> None:
    text = (
        "Gunmen killed scores of villagers in Kessa on Sunday. The state government has stood "
        "by its figure of 300 dead. The police say the number is 82.\n\n"
        "On Monday, elders who toured the village with reporters put the number of bodies they "
        "had counted at 214."
    )
    ms = _run(pipe, text, date(2021, 2, 17))
    told = _killed_by(ms)
    assert told.get("police") == 82 and told.get("elders") == 214, told


def test_an_opening_ordinal_is_no_voice_and_does_not_hide_the_one_after_it(
    pipe: Pipeline,
) -> None:
    text = (
        "Troops stormed the village of Kessa on 29 July 1975.\n\n"
        "Fourth, The Sentinel, in a 2011 article on the army's record, gave 900 deaths."
    )
    ms = _run(pipe, text, date(2015, 8, 5))
    assert [m.attributed_to for m in ms if "killed" in m.counts] == ["Sentinel"], [
        (m.attributed_to, m.counts) for m in ms
    ]


def test_a_people_before_village_of_is_not_a_place(pipe: Pipeline) -> None:
    ms = _run(pipe, "Troops attacked the Hui village of Kessa on 29 July 1975, killing 900.")
    assert [m.place for m in ms] == ["Kessa"], [m.place for m in ms]


@pytest.mark.parametrize(
    ("second", "figure"),
    [
        ("and state radio reported that five local officials had been arrested", "arrested"),
        ("and state radio counted 40 dead", "killed"),
    ],
)
def test_and_a_second_teller_starts_a_claim_of_its_own(
    pipe: Pipeline, second: str, figure: str
) -> None:
    text = (
        "Gunmen killed 60 people in Kessa on 23 December.\n\n"
        "The regional authorities announced on Thursday that soldiers had killed 14 of the "
        f"gunmen, {second}."
    )
    ms = _run(pipe, text, date(2020, 12, 29))
    told = {m.attributed_to: sorted(m.counts) for m in ms if m.counts}
    assert told.get("state radio") == [figure], told
    assert told.get("regional authorities") == ["killed"], told


def test_an_attack_one_is_suspected_of_facilitating_is_not_told_again(pipe: Pipeline) -> None:
    text = (
        "Gunmen killed 60 people in Kessa on 23 December.\n\n"
        "On 26 December police arrested five officials on suspicion of facilitating the attack."
    )
    ms = _run(pipe, text, date(2020, 12, 29))
    arrest = [m for m in ms if "arrest" in m.acts]
    assert arrest and all("attack" not in m.acts for m in arrest), [m.acts for m in ms]


@pytest.mark.parametrize("people", ["miners", "farmers", "students", "refugees"])
def test_the_people_of_the_story_can_give_their_own_toll(pipe: Pipeline, people: str) -> None:
    text = (
        f"Troops fired on striking {people} at Kessa on 21 December 1942. The government "
        "admitted 19 deaths.\n\n"
        f"The {people} themselves put the number of dead at 400, a figure repeated for decades."
    )
    ms = _run(pipe, text, date(2022, 12, 21))
    told = _killed_by(ms)
    assert told.get(people) == 400, told


def test_the_year_a_teller_was_set_up_is_not_the_year_of_the_deaths(pipe: Pipeline) -> None:
    text = (
        "Soldiers killed hundreds of men in the town of Kessa on 11 July 1995.\n\n"
        "A commission of inquiry set up by the government in 1999 estimated that 4,000 people "
        "died."
    )
    ms = _run(pipe, text, date(2018, 7, 11))
    told = [m for m in ms if m.attributed_to == "commission of inquiry"]
    assert told and all(m.date == "1995-07-11" for m in told), [
        (m.attributed_to, m.date) for m in ms
    ]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("A hospital source told reporters that 45 bodies had been brought in.", "source"),
        ("A local councillor told the radio that 45 bodies had been recovered.", "councillor"),
        ("The village head said that 45 people died.", "village head"),
        ("Community leaders gave a toll of 45.", "Community leaders"),
        # (in the present tense)
        ("Police announce that 45 people were killed.", "Police"),
        ("The army admits that 45 civilians died.", "army"),
        ("The ministry acknowledges 45 deaths.", "ministry"),
    ],
)
def test_more_tellers_of_a_toll(pipe: Pipeline, sentence: str, voice: str) -> None:
    text = "On 3 May 2021 gunmen attacked the village of Dolo and killed many people.\n\n"
    ms = _run(pipe, text + sentence, date(2021, 5, 6))
    told = _killed_by(ms)
    assert any(voice in (k or "") and v == 45 for k, v in told.items()), told


def test_the_day_a_toll_was_given_dates_the_telling(pipe: Pipeline) -> None:
    text = (
        "On 29 November 2022 armed men killed villagers in Kessa.\n\n"
        "On Monday, the government gave a toll of 131 civilians killed."
    )
    ms = _run(pipe, text, date(2022, 12, 7))
    assert ms and all(m.date == "2022-11-29" for m in ms), [(m.date, m.counts) for m in ms]


def test_a_quarter_named_with_its_kind_is_not_a_namesake_city(pipe: Pipeline) -> None:
    # (no country told before it: nothing says Anna, Russia is out of place)
    text = "On 23 May 2018 police fired again in Anna Nagar, and a man was shot dead."
    ms = _run(pipe, text, date(2018, 5, 30))
    second = [m for m in ms if m.date == "2018-05-23"]
    assert second and all(m.place == "Anna Nagar" for m in second), [
        (m.place, m.country) for m in ms
    ]


def test_a_voice_s_figure_right_after_a_toll_is_of_the_incident_told_last(pipe: Pipeline) -> None:
    text = (
        "Fighters killed villagers in Kessa on 28 March 2011.\n\n"
        "On 30 March, looters burned shops in the Carrefour quarter of Kessa and killed two men."
        "\n\nThe UN gave a lower figure this morning: at least 330 people killed in Kessa on 28 "
        "and 29 March.\n\n"
        "The charity Caritas put the number of dead or missing at about 1,000."
    )
    ms = _run(pipe, text, date(2011, 4, 2))
    caritas = [m for m in ms if m.attributed_to == "Caritas"]
    assert [m.date for m in caritas] == ["2011-03-28"], [(m.attributed_to, m.date) for m in ms]


def test_according_to_after_a_semicolon_is_another_teller(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked the market in Kessa on 3 March 2021.\n\n"
        "Police said 12 people died; according to residents, the figure is 40."
    )
    assert _killed_by(_run(pipe, text, date(2021, 3, 5))) == {"Police": 12, "residents": 40}


@pytest.mark.parametrize(
    "sentence",
    ["The dead included 45 children.", "A further 45 succumbed to their injuries in hospital."],
)
def test_more_ways_to_tell_the_dead(pipe: Pipeline, sentence: str) -> None:
    text = "On 3 May 2021 gunmen attacked the village of Dolo.\n\n" + sentence
    ms = _run(pipe, text, date(2021, 5, 6))
    assert [m.counts["killed"].value for m in ms if "killed" in m.counts] == [45], [
        m.counts for m in ms
    ]


def test_tear_gassed_is_a_crackdown(pipe: Pipeline) -> None:
    ms = _run(pipe, "On 3 May 2021 police tear-gassed 12,000 marchers in Dolo.")
    assert any("crackdown" in m.acts for m in ms), [m.acts for m in ms]
