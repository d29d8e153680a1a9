"""Rules added in rules@0.7.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _run_all(text: str, published: date = PUBLISHED) -> list[Mention]:
    """The incidents and the undated claims (kept out of the incidents since rules@0.12.0)."""
    result = default_pipeline().run(text, doc="t.txt", published=published)
    return result.mentions + result.undated


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ("On 4 May 2019 fighters beheaded six farmers near Orvo.", "killing"),
        ("On 4 May 2019 two teachers were slain in Orvo.", "killing"),
        ("On 4 May 2019 eleven miners perished when soldiers sealed the shaft in Orvo.", "killing"),
        ("On 4 May 2019 rebels mutilated nine villagers in Orvo.", "torture"),
        ("On 4 May 2019 the militia was accused of raping women in Orvo.", "torture"),
        ("On 4 May 2019 the artillery bombardment of Orvo began at dawn.", "attack"),
        ("On 4 May 2019 a drone strike hit a wedding in Orvo.", "attack"),
        ("On 4 May 2019 armed men went from house to house in Orvo, setting fire to homes.",
         "destruction"),
        ("On 4 May 2019 the striking dock workers of Orvo marched to the port.", "protest"),
        ("On 4 May 2019 twelve aid workers were taken captive in Orvo.", "abduction"),
        ("On 4 May 2019 soldiers dragged the two brothers from their beds in Orvo.", "abduction"),
        ("On 4 May 2019 officers removed 40 patients from the hospital in Orvo.", "abduction"),
    ],
)  # fmt: skip
def test_act_words_in_their_other_forms(sentence: str, act: str) -> None:
    ms = _run(sentence)
    assert any(act in m.acts for m in ms), [m.acts for m in ms]


def test_a_norm_governs_the_whole_list_after_it() -> None:
    ms = _run(
        "We recall that the law of Velnia prohibits arbitrary killing, torture and enforced "
        "disappearance, and that attacks on clinics and water plants are prohibited."
    )
    assert ms == []


def test_a_call_to_stop_is_not_an_event() -> None:
    assert _run("We urge the armed groups to stop attacks on civilians in Orvo.") == []
    assert _run("The council called for an end to executions in Velnia.") == []


def test_a_sentence_passed_in_court_takes_the_day_of_the_lede() -> None:
    ms = _run(
        "After a trial of nine months, the Orvo High Court today delivered its verdict in "
        "the case against the former governor, who ruled the province from 2001 to 2009.\n\n"
        "The court found him guilty of ordering the killings and sentenced Arvo Dask to 20 "
        "years in prison."
    )
    prison = [m for m in ms if "imprisonment" in m.acts]
    assert prison and prison[0].date == PUBLISHED.isoformat()


def test_a_running_tally_of_sentences_does_not_take_the_day_of_the_lede() -> None:
    ms = _run(
        "Yesterday the Orvo court held its hearings behind closed doors.\n\n"
        "At least a dozen other protesters have been sentenced to death in trials that "
        "lasted days."
    )
    tally = [m for m in ms if "death_sentence" in m.acts]
    assert tally and all(m.date != "2021-03-09" for m in tally)


def test_an_acronym_speaks_across_a_parenthetical() -> None:
    ms = _run(
        "The Orvo Inquiry Board (OIB), in its final report handed to the governor in May "
        "last year, concluded that close to 400 people were killed at Orvo airstrip in 1984."
    )
    assert [m.attributed_to for m in ms] == ["Orvo Inquiry Board (OIB)"]  # named (rules@0.8.0)
    assert ms[0].counts["killed"].value == 400


def test_the_month_of_may_is_not_a_modal() -> None:
    result = default_pipeline().run(
        "On 4 May 2019 fighters killed six farmers near Orvo.", doc="t.txt", published=PUBLISHED
    )
    assert not any("negated" in note for note in result.notes)
    assert [t.act for t in result.doc.triggers] == ["killing"]
    assert default_pipeline().run("Fighters may kill the hostages.", doc="t.txt").mentions == []


def test_the_days_news_happened_where_the_report_is_filed_from() -> None:
    ms = _run(
        "KHARTOUM, 10 March 2021\n\n"
        "The High Court today sentenced the poet Arvo Dask to five years in prison."
    )
    assert [(m.place, m.country) for m in ms] == [("KHARTOUM", "SD")]


def test_an_agency_credit_makes_a_dateline_but_a_sentence_opening_does_not() -> None:
    ms = _run("Geneva (Wire) - Police detained four students outside the university yesterday.")
    assert [m.place for m in ms] == ["Geneva"]
    ms = _run("Geneva, like Vienna, hosts many bodies. Police detained four students yesterday.")
    assert [m.place for m in ms] == [None]


def test_a_sentence_opening_locative_names_a_locality_with_the_country_of_its_region() -> None:
    ms = _run(
        "In Velmora, in Alta Verapaz, on 29 May 1978, soldiers fired on a crowd of "
        "peasants. The square of Velmora was washed the next day.",
    )
    assert ms and all((m.place, m.country) == ("Velmora", "GT") for m in ms)


def test_a_denial_after_a_semicolon_is_a_voice_of_its_own() -> None:
    ms = _run(
        "On 23 February 1991 soldiers were accused of raping dozens of women in Orvo; "
        "the army has always denied it."
    )
    assert [m.attributed_to for m in ms] == [None]


def test_today_in_the_present_is_not_the_date_of_the_killings_named_next() -> None:
    ms = _run(
        "Twenty years ago today, soldiers shot dead seven men outside the Orvo police "
        "station.\n\nToday is also the last day on which anyone can be prosecuted. Under the "
        "law, the limitation period for the killings expires at midnight."
    )
    assert {m.date for m in ms} == {"2001-03-10"}


def test_a_scene_set_on_a_day_dates_the_acts_of_the_next_paragraph() -> None:
    ms = _run(
        "On Sunday, 17 August 2003, a unit of the army arrived in Orvo village.\n\n"
        "The soldiers arrested nineteen people and shot them dead on a hill."
    )
    assert ms and all(m.date == "2003-08-17" for m in ms)


def test_the_date_of_another_event_or_a_new_time_sets_no_scene() -> None:
    ms = _run_all(
        "The unit was sent a few weeks after the coup of 11 September 1973.\n\n"
        "The soldiers shot 26 prisoners in the desert outside Calama, Chile."
    )
    assert ms and all(m.date != "1973-09-11" for m in ms)
    ms = _run_all(
        "On 17 August 2003 the army arrived in Orvo.\n\n"
        "In the winter they had bombed Velkara, killing 12."
    )
    assert ms and all(m.date != "2003-08-17" for m in ms)


def test_a_visit_over_days_is_the_telling_not_the_event() -> None:
    ms = _run_all(
        "The inquiry team, which visited the area from 28 to 31 August 2003, found that "
        "soldiers killed nineteen people in Orvo."
    )
    assert ms and all(m.date_end is None for m in ms)


def test_a_headline_joins_the_dated_story_with_the_same_figure() -> None:
    ms = _run(
        "Orvo: investigators confirm that nineteen people were shot dead.\n\n"
        "On 17 August 2003 soldiers shot nineteen people dead in Orvo."
    )
    assert [m.date for m in ms] == ["2003-08-17"]


def test_a_day_and_month_with_a_relative_year_is_one_date() -> None:
    ms = _run("On 15 February last year, police arrested the lawyer Arvo Dask in Orvo.")
    assert [m.date for m in ms] == ["2020-02-15"]


def test_put_and_sentenced_with_an_object_before_to_death() -> None:
    ms = _run("On 12 March 2022 the state put 81 men to death in Orvo.")
    assert [(m.acts, m.counts["executed"].value) for m in ms] == [(["execution"], 81)]
    ms = _run("On 3 May 2019 a court in Orvo sentenced five men to death.")
    assert any("death_sentence" in m.acts for m in ms)


def test_captives_marched_into_the_bush_are_not_a_protest() -> None:
    ms = _run(
        "On 10 October 1996 rebels took 139 students from their dormitories in Orvo. "
        "The girls were marched into the bush."
    )
    assert all("protest" not in m.acts for m in ms)
    assert ms[0].counts["abducted"].value == 139


def test_the_anniversary_of_something_else_dates_nothing() -> None:
    ms = _run(
        "Ten years ago today, on the twentieth anniversary of Velnia's independence, police "
        "opened fire on striking oil workers in Orvo, killing 14."
    )
    assert [m.date for m in ms] == ["2011-03-10"]


def test_a_person_named_after_a_title_speaks_and_a_month_does_not() -> None:
    ms = _run(
        "On 24 March 2021 armed groups attacked Orvo and killed 12 people. On 28 March 2021, "
        "the spokesperson of the Velnian defence forces, Omar Dask, said that dozens of "
        "people had been killed in Orvo."
    )
    assert {m.attributed_to for m in ms} == {None, "Omar Dask"}


def test_the_junta_speaks() -> None:
    ms = _run(
        "On 28 September 2009 soldiers killed at least 150 people in the Orvo stadium. "
        "The junta said at the time that 57 people had died."
    )
    assert {(m.attributed_to or "").lower() for m in ms} == {"", "junta"}


def test_killings_told_after_an_attack_are_its_harms() -> None:
    ms = _run(
        "On 24 March 2021 armed groups attacked the town of Orvo.\n\n"
        "We have received consistent accounts of civilians being killed in their homes."
    )
    assert len({m.incident for m in ms}) == 1
    assert any("killing" in m.acts for m in ms)


def test_they_is_the_armed_group_named_before() -> None:
    ms = _run(
        "Ten years ago today the soldiers came to our street in Orvo.\n\n"
        "Where people could not pay, they shot them. By evening 24 neighbours were dead."
    )
    assert ms and ms[0].perpetrators == ["soldiers"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The Velnian Council for Human Rights concluded in March that 632 people had died "
         "at Orvo on 14 August 2013.", "Velnian Council for Human Rights"),
        ("On 14 August 2013 police killed hundreds at Orvo. The Government of Velnia has put "
         "the total number of dead at some 600.", "Government of Velnia"),
        ("On 6 January 1999 rebels killed thousands in Orvo. Some relief workers who "
         "collected the bodies from the streets believe that as many as 7,000 died.",
         "relief workers"),
    ],
)  # fmt: skip
def test_more_speaker_forms(sentence: str, voice: str) -> None:
    ms = _run(sentence)
    said = [m.attributed_to for m in ms if m.attributed_to]
    assert any(a in voice or voice in a for a in said), said  # the scorer's rule


def test_an_incident_reported_to_someone_keeps_its_own_date() -> None:
    ms = _run(
        "In one incident reported to the Section, on or about 22 January 1999, rebels "
        "opened fire on civilians in Orvo, killing at least 60."
    )
    assert [m.date for m in ms] == ["1999-01-22"]


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        ("The Velnian party said that 19 of its members had been murdered.", "party", 19),
        ("Early press reports at the time spoke of about 150 girls taken from the school.",
         "press reports", 150),
        ("Some residents who lost relatives have always said the real toll was above 400.",
         "residents", 401),
    ],
)  # fmt: skip
def test_voices_that_retell_the_toll(sentence: str, voice: str, figure: int) -> None:
    ms = _run("On 10 October 1996 rebels abducted and killed 139 people in Orvo. " + sentence)
    told = [m for m in ms if m.attributed_to and voice in m.attributed_to]
    assert told, [m.attributed_to for m in ms]
    values = [c.value or c.min for c in told[0].counts.values()]
    assert figure in values


def test_the_figure_given_by_a_register_counts_what_was_counted_before() -> None:
    ms = _run(
        "On 10 October 1996 rebels abducted 150 girls from a school in Orvo, the first "
        "reports said. The school's own register gives the figure of 139."
    )
    assert any(
        m.attributed_to and "register" in m.attributed_to and m.counts["abducted"].value == 139
        for m in ms
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("On 24 March 2021 armed groups attacked the town of Velmora, in the north of Cabo "
         "Delgado province.", "Velmora"),
        ("On 21 February 2004 rebels attacked the Barvono camp for displaced people in Lira "
         "district, killing 121.", "Barvono camp"),
        ("On 28 April 2004 soldiers stormed the ancient Krue Velo mosque in Pattani, killing "
         "32.", "Krue Velo mosque"),
    ],
)  # fmt: skip
def test_a_place_whose_kind_is_said_is_named_once(sentence: str, place: str) -> None:
    ms = _run(sentence)
    assert [m.place for m in ms] == [place]


def test_clearing_a_sit_in_is_a_crackdown_on_the_day_of_the_sentence() -> None:
    ms = _run(
        "On the morning of 14 August last year, police moved to clear the two sit-ins that "
        "supporters of the president had held in Orvo since early July. By evening 600 "
        "people had been killed."
    )
    assert any("crackdown" in m.acts and m.date == "2020-08-14" for m in ms)
    assert all(not m.aggregate for m in ms)


def test_a_day_told_with_last_year_gives_its_year_to_the_days_after_it() -> None:
    ms = _run(
        "On 15 February last year, police arrested the lawyer Arvo Dask in Orvo. Two days "
        "later, on 17 February, security forces opened fire on demonstrators in Orvo."
    )
    assert sorted(m.date for m in ms if m.date) == ["2020-02-15", "2020-02-17"]


def test_a_crowd_gathered_to_demand_is_a_protest() -> None:
    ms = _run(
        "On 15 February 2011 several hundred relatives gathered outside the police "
        "headquarters in Orvo to demand his release."
    )
    assert any("protest" in m.acts for m in ms)


def test_a_jalali_month_of_a_year_is_a_span_and_never_a_town() -> None:
    ms = _run("Keyvani was arrested in Dey 1398 in Tehran and is serving five years.")
    arrests = [m for m in ms if "arrest" in m.acts]
    assert [(m.date, m.date_end, m.country) for m in arrests] == [
        ("2019-12-22", "2020-01-20", "IR")
    ]


def test_in_protest_at_is_a_reason_not_a_protest() -> None:
    ms = _run(
        "On 10 June 2021 the prisoner Arvo Dask went on hunger strike in Evin Prison in "
        "protest at being denied medical care."
    )
    assert ms and all("protest" not in m.acts for m in ms)


def test_crushing_an_uprising_is_a_crackdown_and_killings_count_the_killed() -> None:
    ms = _run("On 2 February 1982 the army moved to crush an armed uprising in Orvo.")
    assert any("crackdown" in m.acts for m in ms)
    ms = _run(
        "On 6 January 1999 rebels attacked Orvo. A human rights organisation has documented "
        "more than 180 such killings."
    )
    assert any(m.counts.get("killed") and m.counts["killed"].min == 181 for m in ms)


def test_last_june_said_in_june_is_a_year_back_and_the_11th_is_a_day_of_that_month() -> None:
    ms = _run(
        "Editor's note: over four days last March, whole neighbourhoods of Orvo were attacked "
        "and burned.\n\nOn the 11th, soldiers came to our street. Eight people from our street "
        "were killed that day.",
        published=date(2021, 3, 10),
    )
    assert {m.date for m in ms} >= {"2020-03-11"}
    assert all(not (m.date or "").startswith("2021") for m in ms)


def test_the_number_of_dead_of_one_incident_is_no_statistic() -> None:
    ms = _run(
        "Over four days last June, whole neighbourhoods of Orvo were attacked and burned. "
        "The inquiry commission put the number of dead at about 470."
    )
    told = [m for m in ms if m.counts.get("killed")]
    assert told and not told[0].aggregate and told[0].date == "2020-06"
    ms = _run(
        "A conservative estimate places the number of people killed during the operations "
        "in Orvo in 2017 at 10,000."
    )
    assert ms and ms[0].aggregate


def test_of_them_with_no_figure_before_is_the_count() -> None:
    ms = _run(
        "On 25 October 2004 a crowd gathered outside the police station in Orvo. By "
        "nightfall, seven of them had been shot dead."
    )
    assert any(m.counts.get("killed") and m.counts["killed"].value == 7 for m in ms)
    ms = _run("On 25 October 2004 police detained 40 students in Orvo. Six of them were shot dead.")
    # a figure before, of another act: the six are the count of the shooting (rules@0.18.0; a
    # breakdown of the same act still counts the total: "40 killed, six of them children")
    assert [{k: c.value for k, c in m.counts.items()} for m in ms] == [
        {"arrested": 40, "killed": 6}
    ]


def test_a_country_that_is_the_subject_of_an_act_verb_is_the_perpetrator() -> None:
    ms = _run("On 12 March 2022 Saudi Arabia put 81 men to death, the interior ministry said.")
    assert ms and ms[0].perpetrators == ["Saudi Arabia"]
    ms = _run("On 12 March 2022 soldiers from Saudi Arabia killed 12 herders in Yemen.")
    assert ms and all("Saudi Arabia" not in m.perpetrators for m in ms)


def test_air_force_navy_and_hostage_takers_are_perpetrators() -> None:
    ms = _run("On 28 December 2011 the Velnian air force bombed a group of villagers near Orvo.")
    assert ms and any("air force" in p for p in ms[0].perpetrators)


def test_a_memorial_that_is_a_place_is_no_commemoration() -> None:
    ms = _run(
        "The sit-ins began on 3 July 2013. Security forces opened fire on supporters of the "
        "president: on 8 July, outside "
        "the guard headquarters in Orvo, at least 51 protesters were killed, and on 27 July, "
        "on the road near the Velka memorial, at least 95 people were killed."
    )
    assert {"2013-07-08", "2013-07-27"} <= {m.date for m in ms}
