"""Rules added in rules@0.26.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.extract.datetext import DateParser
from factfinder.model import DatePrecision, Mention

PUBLISHED = date(2023, 5, 30)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def test_shots_into_the_air_kill_no_one(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized 40 pupils from a school in Tudun Wada on 12 May 2023. "
        "A guard said the next day that the raiders shot into the air as teachers ran."
    )
    mentions = _run(pipe, text)
    assert [m.acts for m in mentions] == [["abduction"]]
    assert "killed" not in mentions[0].counts


def test_pupils_marched_into_the_forest_are_no_protest(pipe: Pipeline) -> None:
    text = (
        "On 12 May 2023 gunmen on motorbikes marched pupils and two teachers into the forest "
        "outside Tudun Wada. Parents said 40 children were abducted."
    )
    mentions = _run(pipe, text)
    assert all("protest" not in m.acts for m in mentions)
    assert {m.counts["abducted"].value for m in mentions if "abducted" in m.counts} == {40}


def test_a_name_with_himself_before_an_aside_is_the_speaker(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized pupils from a school in Tudun Wada on 12 May 2023.\n\n"
        "Governor Bello has spoken of it since. Bello himself, visiting the town the next "
        "morning, said 40 pupils had been abducted."
    )
    voiced = [m for m in _run(pipe, text) if "abducted" in m.counts]
    assert [(m.attributed_to, m.counts["abducted"].value) for m in voiced] == [("Bello", 40)]


def test_a_figure_after_said_takes_the_act_word_of_its_own_clause(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized pupils from a school in Tudun Wada on 12 May 2023.\n\n"
        "The headmaster, speaking on the day of the attack, said 40 pupils and teachers were "
        "unaccounted for."
    )
    counted = [m.counts for m in _run(pipe, text) if m.counts]
    assert [(c["abducted"].value, "victims" in c) for c in counted] == [(40, False)]


def test_villagers_held_captive_in_a_basement_are_abducted(pipe: Pipeline) -> None:
    text = (
        "On 4 March 2022 soldiers began holding the people of Lukashivka captive in the "
        "church cellar. The court found they had deprived 210 civilians, 40 of them "
        "children, of their liberty."
    )
    mentions = _run(pipe, text)
    assert all("abduction" in m.acts for m in mentions)
    assert {m.counts["abducted"].value for m in mentions if "abducted" in m.counts} == {210}


def test_soldiers_suspected_of_an_act_are_no_victims_of_it(pipe: Pipeline) -> None:
    text = (
        "Soldiers occupied Lukashivka on 4 March 2022.\n\n"
        "In May 2022 prosecutors said they had identified six soldiers suspected of "
        "holding more than 200 people in the basement of the school in Lukashivka."
    )
    (m,) = [m for m in _run(pipe, text) if m.counts]
    assert (m.counts["abducted"].value, m.counts["abducted"].min) == (None, 201)


def test_arrested_suspects_are_still_counted_as_arrested(pipe: Pipeline) -> None:
    text = "On 3 May 2022 police arrested six soldiers suspected of looting in Lukashivka."
    (m,) = _run(pipe, text)
    assert m.counts["arrested"].value == 6


def test_the_day_a_recommendation_was_made_public_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Police killed 42 people at a ranch in Tanhuato on 22 May 2015.\n\n"
        "In Recommendation 4/2016, made public on 18 August 2016, the commission found "
        "that police had executed 22 of the people killed at the ranch."
    )
    assert {m.date for m in _run(pipe, text)} == {"2015-05-22"}


def test_a_sentence_confirmed_on_appeal_is_dated_by_the_confirmation(pipe: Pipeline) -> None:
    text = "In October 2023 the appeals chamber confirmed a 15-year sentence for Goran Ilic."
    (m,) = _run(pipe, text)
    assert (m.acts, m.date) == (["imprisonment"], "2023-10")


def test_a_sentence_for_a_crime_names_no_sentence_passed(pipe: Pipeline) -> None:
    text = "On 3 May 2023 the minister called for tougher sentences for crimes against children."
    assert _run(pipe, text) == []


def test_a_spokesman_who_confirmed_that_prisoners_were_jailed_is_a_telling(
    pipe: Pipeline,
) -> None:
    text = (
        "Six activists were sentenced to two years in prison in Izmir in March 2023. "
        "On 3 May 2023 a spokesman confirmed that the six had been jailed for two years."
    )
    assert {m.date for m in _run(pipe, text)} == {"2023-03"}


def test_an_act_phrase_that_runs_into_the_next_sentence_is_read_in_each(pipe: Pipeline) -> None:
    text = (
        "In September 2022, Davlatov was sentenced to life imprisonment. In December 2022, "
        "the Supreme Court sentenced Nazarova to 21 years in prison."
    )
    mentions = _run(pipe, text)
    assert sorted((m.date, m.acts) for m in mentions) == [
        ("2022-09", ["imprisonment"]),
        ("2022-12", ["imprisonment"]),
    ]


def test_more_ways_a_voice_gives_a_figure(pipe: Pipeline) -> None:
    text = (
        "Gunmen killed 56 displaced people at Plaine Savo on 1 February 2022.\n\n"
        "Local officials in Djugu have been telling reporters that at least 60 people died.\n\n"
        "The inquiry committee, which closed its hearings earlier, uses the figure of 70 "
        "deaths in its report.\n\n"
        "Some newspapers refer to 19 civilians murdered."
    )
    voiced = {m.attributed_to: m.counts["killed"] for m in _run(pipe, text, date(2022, 2, 5))}
    assert voiced["Local officials"].min == 60
    assert voiced["inquiry committee"].value == 70
    assert voiced["Some newspapers"].value == 19


def test_the_day_a_count_was_put_out_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked the camp at Plaine Savo on 1 February 2022 and killed 58 people. "
        "Local officials in Djugu put out their own count yesterday: 60 people killed."
    )
    assert {m.date for m in _run(pipe, text, date(2022, 2, 5))} == {"2022-02-01"}


def test_a_titled_surname_with_an_accent_is_a_person_not_a_town(pipe: Pipeline) -> None:
    text = (
        "Guards killed 124 inmates of Lurigancho prison on 19 June 1986, "
        "while President Alan García hosted a congress.\n\n"
        "On 27 June, after visiting the prison, García himself acknowledged that more than 100 "
        "inmates had been killed after surrendering."
    )
    mentions = _run(pipe, text, date(2021, 6, 19))
    assert {m.country for m in mentions} == {None}  # (not García, Nuevo León, MX)


def test_a_verdict_is_dated_by_its_day_not_by_the_crime_it_names(pipe: Pipeline) -> None:
    text = (
        "A court in Quetzaltenango on Wednesday acquitted a colonel over the shooting of "
        "protesters on the highway in 2012, and convicted six other soldiers of lesser "
        "offences."
    )
    sentenced = [m for m in _run(pipe, text, date(2024, 2, 29)) if "imprisonment" in m.acts]
    assert [(m.date, m.counts["sentenced"].value) for m in sentenced] == [("2024-02-28", 6)]


def test_a_conviction_told_before_its_crimes_date_keeps_that_date(pipe: Pipeline) -> None:
    text = (
        "Militiamen killed 21 villagers at Bathani in July 1996.\n\n"
        "On 16 April 2012 the high court acquitted all 23 men whom the district court had "
        "convicted for the massacre of 1996."
    )
    assert "2012-04-16" not in {m.date for m in _run(pipe, text)}


def test_a_local_name_with_an_arabic_article_is_one_place(pipe: Pipeline) -> None:
    text = (
        "Pro-government forces killed 20 people in Ras al-Nabaa, a district of Baniyas in "
        "Syria, on 3 May 2013."
    )
    (m,) = _run(pipe, text, date(2014, 1, 1))
    assert (m.place, m.country) == ("Ras al-Nabaa", "SY")  # (not Ras, Iran)


def test_a_voice_that_counts_the_dead_gives_its_figure(pipe: Pipeline) -> None:
    text = (
        "Soldiers fired on protesters at Cumbre de Alaska on 4 October 2012, killing six.\n\n"
        "Local leaders count nine dead. Our count includes two men who died later."
    )
    voiced = [(m.attributed_to, m.counts["killed"].value) for m in _run(pipe, text)]
    assert voiced == [(None, 6), ("Local leaders", 9)]


def test_a_number_that_begins_a_bodys_name_counts_no_one(pipe: Pipeline) -> None:
    text = (
        "Soldiers fired on protesters at Cumbre de Alaska on 4 October 2012.\n\n"
        "The toll has never been settled. The 48 Cantones count seven men killed."
    )
    assert [m.counts["killed"].value for m in _run(pipe, text)] == [7]


def test_a_sentence_imposed_in_a_year_is_a_prison_term_of_that_year(pipe: Pipeline) -> None:
    text = "He is serving a ten-year sentence imposed in 2005 for raising the flag in Jayapura."
    (m,) = _run(pipe, text)
    assert (m.acts, m.date) == (["imprisonment"], "2005")


def test_a_highway_blocked_by_residents_is_a_protest(pipe: Pipeline) -> None:
    text = (
        "On 17 May 2022 residents of Vomar blocked the Pamir highway with cars to stop "
        "military convoys."
    )
    (m,) = _run(pipe, text)
    assert (m.acts, m.date) == (["protest"], "2022-05-17")


def test_a_coming_sunday_that_will_mark_a_year_dates_the_act_a_year_before(
    pipe: Pipeline,
) -> None:
    text = (
        "On Sunday, families in Kasese District will mark one year since the night gunmen "
        "attacked Lhubiriha school and killed dozens of students as they slept."
    )
    (m,) = _run(pipe, text, date(2024, 6, 14))  # a Friday: Sunday is 16 June
    assert m.date == "2023-06-16"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("On Sunday, families in Kasese will mark the day.", "2024-06-16"),
        ("On Sunday, police said they will investigate.", "2024-06-09"),  # (said: past)
        ("On Sunday, the army shelled the town.", "2024-06-09"),
    ],
)
def test_a_weekday_whose_clause_will_come_is_the_coming_one(text: str, day: str) -> None:
    (found,) = DateParser(date(2024, 6, 14)).parse(text, 0, len(text))
    assert found.value == day


def test_a_day_since_which_time_runs_to_the_telling_is_of_the_past_year(pipe: Pipeline) -> None:
    text = (
        "In May 1974 gunmen killed 25 people in Ma'alot.\n\n"
        "Since the attack of 7 October, in which 1,200 people were killed in southern Israel, "
        "the survivors of Ma'alot are asked to give talks more often."
    )
    dates = sorted(m.date or "" for m in _run(pipe, text, date(2024, 5, 15)))
    assert dates == ["1974-05", "2023-10-07"]


def test_the_year_of_a_laws_name_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Yesterday morning the tribunal found Kang Kek, alias Duch, the former chairman of the "
        "security centre S-21, guilty of grave breaches of the Geneva Conventions of 1949. The "
        "tribunal sentenced him to 35 years in prison."
    )
    (m,) = _run(pipe, text, date(2010, 7, 27))
    assert (m.acts, m.date) == (["imprisonment"], "2010-07-26")


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "On 20 April 1995 the rebels picked out some of the boys and girls to take with them.",
            ["abduction"],
        ),
        ("On 20 April 1995 the rebels took twelve girls with them into the bush.", ["abduction"]),
        ("On 14 December 1942 some 7,000 workers downed tools at Catavi.", ["protest"]),
    ],
)
def test_captives_taken_along_and_tools_downed(pipe: Pipeline, text: str, acts: list[str]) -> None:
    (m,) = _run(pipe, text)
    assert m.acts == acts


def test_belongings_taken_along_are_no_abduction(pipe: Pipeline) -> None:
    text = "On 20 April 1995 the villagers fled and took their belongings with them."
    assert all("abduction" not in m.acts for m in _run(pipe, text))


def test_houses_and_cattle_counted_with_a_killing_are_no_victims(pipe: Pipeline) -> None:
    text = (
        "On 25 October 1997 paramilitaries killed 15 villagers in El Aro. They burned 42 of "
        "the roughly 60 houses in the hamlet and rounded up about 1,200 head of cattle."
    )
    (m,) = _run(pipe, text)
    assert {k: c.value for k, c in m.counts.items()} == {"killed": 15}


@pytest.mark.parametrize(
    "text",
    [
        "On 24 May 2010 soldiers fired 37 mortar rounds into Tivoli Gardens.",
        "On 16 January 2017 a jet dropped two bombs on the camp at Rann.",
        "The village had between 6,000 and 10,000 residents before the assault of 4 May 2015.",
    ],
)
def test_munitions_and_a_population_count_no_victims(pipe: Pipeline, text: str) -> None:
    assert all(not m.counts for m in _run(pipe, text))


def test_prisoners_sent_to_the_gallows_over_a_span_are_executed_in_it(pipe: Pipeline) -> None:
    text = (
        "Between late July and September 1988, death commissions in prisons across Iran sent "
        "political prisoners to the gallows. Our movement puts the number of victims at over "
        "30,000.\n\nAmnesty International has estimated that at least 5,000 prisoners were "
        "executed, and has called the killings crimes against humanity."
    )
    (m,) = _run(pipe, text, date(2021, 7, 29))
    assert (m.date, m.attributed_to, m.counts["executed"].min) == (
        "1988-07",
        "Amnesty International",
        5000,
    )


def test_a_road_the_police_blocked_is_no_protest(pipe: Pipeline) -> None:
    text = "On 21 March 1960 two armoured police vehicles blocked the road into Langa."
    assert all("protest" not in m.acts for m in _run(pipe, text))


@pytest.mark.parametrize(
    "text",
    [
        "In 2021 the pandemic that has already killed more than 360,000 people in Brazil closed "
        "the camp.",
        "In 2021 three other accused died during the trial in Meerut.",
        "On 17 April 2021 the pilgrims passed nineteen burnt Brazil-nut trees at Curva do S.",
    ],
)
def test_a_pandemics_dead_the_accused_who_died_and_trees_are_no_acts(
    pipe: Pipeline, text: str
) -> None:
    assert all("killing" not in m.acts and not m.counts for m in _run(pipe, text))


def test_a_29_february_since_which_time_runs_in_a_common_year_stays_valid() -> None:
    from factfinder.extract.datefound import Found, since_recent

    text = "Since the attack of 29 February, survivors say 12 people were killed in Bula."
    found = [Found(20, 31, "2020-02-29", DatePrecision.DAY, kind="dm")]
    since_recent(text, found, date(2023, 5, 1))
    assert found[0].value == "2020-02-29"  # (2023 has no 29 February: the day stays)
    since_recent(text, found, date(2024, 5, 1))
    assert found[0].value == "2024-02-29"


def test_a_figure_whose_act_word_is_quoted_is_counted(pipe: Pipeline) -> None:
    text = (
        "Soldiers killed 20 people in Doramba on 17 August 2003.\n\n"
        'The Maoist party said that 19 of its members had been "murdered after surrender".'
    )
    voiced = {m.attributed_to: m.counts["killed"].value for m in _run(pipe, text)}
    assert voiced == {None: 20, "Maoist party": 19}


@pytest.mark.parametrize(
    "text",
    [
        "Paramilitaries killed 43 people in Segovia on 11 November 1988.\n\nSegovia, a town of "
        "about 40,000 people some 300 km from Bogota, has seen many massacres, residents say.",
        "Soldiers shelled Darayya on 25 August 2012; the Monitor interviewed 23 people who fled.",
        "On 6 January 1993 the fire destroyed 234 shops and 37 homes in Sopore.",
    ],
)
def test_a_towns_people_those_interviewed_and_shops_are_no_victims(
    pipe: Pipeline, text: str
) -> None:
    counts = [c for m in _run(pipe, text) for c in m.counts.values()]
    assert all(c.value not in (40000, 23, 234) for c in counts)


def test_a_term_faced_is_no_sentence_passed(pipe: Pipeline) -> None:
    assert _run(pipe, "In June 2007 the defendants faced up to 20 years in prison.") == []
