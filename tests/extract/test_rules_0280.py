"""Rules added in rules@0.28.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2023, 5, 14)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


_JAIL = (
    "Karim was three years into a sentence for fraud when militia fighters reached the gates "
    "of Tal Sabir jail on 4 August 2017, the day the militia swept into Qaryat.\n\n"
    "The prisoners were split by sect, and the others were robbed of their "
    "shoes, marched to the edge of a dry riverbed and shot.\n\n"
    "Investigators who later visited the site concluded that about 300 inmates were killed. "
    "The UN put the number of inmates killed at 340 and called the massacre a war crime.\n\n"
    "Officials overseeing the exhumation say the fighters forced 318 inmates onto lorries "
    "before driving them to the riverbed."
)


def test_an_army_sweeping_into_a_town_dates_the_killings_told_after(pipe: Pipeline) -> None:
    mentions = _run(pipe, _JAIL)
    killed = [m for m in mentions if "killing" in m.acts]
    assert killed and {m.date for m in killed} == {"2017-08-04"}
    assert not [m for m in mentions if {"imprisonment", "protest"} & set(m.acts)]


def test_a_war_crime_is_no_span_of_war(pipe: Pipeline) -> None:
    mentions = _run(pipe, _JAIL)
    killed = {m.attributed_to: m for m in mentions if "killed" in m.counts}
    assert killed["United Nations"].counts["killed"].value == 340
    # (the incident stays one of a day: the toll told after it joins it)
    assert len({m.incident for m in mentions}) == 1
    assert any("abducted" in m.counts for m in mentions)


def test_captives_forced_onto_lorries_are_taken_and_a_participle_speaker_speaks(
    pipe: Pipeline,
) -> None:
    taken = [m for m in _run(pipe, _JAIL) if "abducted" in m.counts]
    assert [(m.attributed_to, m.counts["abducted"].value, m.date) for m in taken] == [
        ("Officials", 318, "2017-08-04")
    ]


def test_a_participle_of_content_or_name_makes_no_speaker(pipe: Pipeline) -> None:
    text = (
        "On 24 August 2012 troops killed 120 people in Darayya. An activist using the name Abu "
        "Kinan told journalists that snipers shot dead two girls as they tried to leave the "
        "town.\n\n"
        "The Monitor has so far received lists containing 300 names said to have died in "
        "Darayya."
    )
    mentions = _run(pipe, text, date(2012, 9, 1))
    # (the mentions exist: only who speaks for them is at stake)
    assert mentions and all(m.date == "2012-08-24" for m in mentions)
    voices = {m.attributed_to for m in mentions}
    assert "activist" not in voices
    assert not any(v and "lists" in v for v in voices)


def test_a_voice_dated_by_its_own_telling_takes_no_earlier_date(pipe: Pipeline) -> None:
    text = (
        "On 9 April 2015 gunmen executed prisoners at Wadi Sarra camp.\n\n"
        "Army units retook the district in June 2019. On 21 June 2019 the interior ministry "
        "announced that it had found a grave near the camp holding the remains of about 150 "
        "men executed by the gunmen."
    )
    told = [m for m in _run(pipe, text, date(2020, 1, 5)) if m.attributed_to]
    assert [(m.attributed_to, m.date) for m in told] == [("interior ministry", "2015-04-09")]


def test_a_count_grown_by_a_time_keeps_the_time_before(pipe: Pipeline) -> None:
    text = (
        "In the last week of July 2021 fishermen began pulling bodies from the river near "
        "Wad Saleh. By the first week of August, refugees said that around 50 bodies had been "
        "recovered."
    )
    told = [m for m in _run(pipe, text, date(2021, 9, 1)) if m.attributed_to == "refugees"]
    assert [m.date for m in told] == ["2021-07"]


def test_the_start_of_a_state_in_a_relative_clause_dates_nothing_after_it(
    pipe: Pipeline,
) -> None:
    text = (
        "Gunmen attacked the village of Um Sayala on Tuesday 4 June, killing dozens.\n\n"
        "Photographs released by the Sennar Youth Committee, a local group that has documented "
        "abuses across the state since the militia seized the state capital in December, show "
        "dozens of bodies laid out in the square. The next day the committee said 61 people "
        "had been killed.\n\n"
        "The governor of the region said more than 80 people had been killed."
    )
    killed = [m for m in _run(pipe, text, date(2024, 6, 7)) if "killed" in m.counts]
    assert killed and {m.date for m in killed} == {"2024-06-04"}


_BRIEFING = (
    "Regular press briefing, Friday, 11 October 2024\n\n"
    "CHAIR: Good morning. We start with the flooding crisis. Over to you.\n\n"
    "SPOKESPERSON, OFFICE OF THE UN HIGH COMMISSIONER FOR HUMAN RIGHTS (OHCHR): Thank you. Last "
    "Friday we said we were appalled by the gang attack on the village of Bois-Neuf, in the "
    "Centre department, in the early hours of the previous day, Thursday 3 October.\n\n"
    "Gang members opened fire on residents, killing at least 40 people. On Wednesday a deputy "
    "delegate for the Hinche district told a radio station that 62 people had been killed.\n\n"
    "CHAIR: Thank you. Questions?"
)


def test_a_day_apposed_to_a_time_of_day_dates_the_act_before_it(pipe: Pipeline) -> None:
    mentions = _run(pipe, _BRIEFING, date(2024, 10, 11))
    assert mentions and {m.date for m in mentions if "killing" in m.acts} == {"2024-10-03"}


def test_a_transcript_label_with_an_organisation_and_its_short_name_speaks(
    pipe: Pipeline,
) -> None:
    killed = [m for m in _run(pipe, _BRIEFING, date(2024, 10, 11)) if "killed" in m.counts]
    told = {m.attributed_to: m.counts["killed"] for m in killed}
    office = [v for v in told if v and v.endswith("(OHCHR)")]
    assert len(office) == 1 and told[office[0]].min == 40
    # (and a deputy delegate who told a radio station is a voice of its own)
    assert told["deputy delegate"].value == 62


def test_yearless_days_of_a_piece_on_last_years_story_are_of_that_year(pipe: Pipeline) -> None:
    text = (
        "A year ago today, thousands gathered at the memorial of Karvali to mark the bicentenary "
        "of the battle of January 1, 1819. By afternoon, stone-throwing mobs had set buses on "
        "fire.\n\n"
        "The next day, January 2, protesters blocked roads in the capital and police detained "
        "about 80 people.\n\n"
        "Police arrested the organiser on March 14. In April police raided activists' homes, "
        "and on June 6 they arrested five people."
    )
    mentions = _run(pipe, text, date(2020, 1, 1))
    arrests = sorted(m.date or "" for m in mentions if "arrest" in m.acts)
    assert arrests == ["2019-01-02", "2019-03-14", "2019-06-06"]


def test_it_after_a_body_of_the_last_clause_is_that_body_and_had_taken_part_is_earlier(
    pipe: Pipeline,
) -> None:
    text = (
        "On 16 December 1991 gunmen killed 20 villagers at Las Brisas.\n\n"
        "Talks between the parties failed, and the Commission adopted its report on 13 April "
        "2000. It concluded that state agents had taken part in the extrajudicial execution "
        "of the twenty victims."
    )
    told = [m for m in _run(pipe, text, date(2021, 12, 15)) if m.attributed_to]
    assert [(m.attributed_to, m.date) for m in told] == [("Commission", "1991-12-16")]


def test_a_month_before_an_actor_is_no_part_of_its_name(pipe: Pipeline) -> None:
    text = "On the night of 8 December soldiers entered the house and shot a farmer dead."
    mentions = _run(pipe, text, date(2000, 1, 10))
    assert [m.perpetrators for m in mentions] == [["soldiers"]]


def test_a_town_named_as_the_first_name_of_a_person_addressed_is_no_place(
    pipe: Pipeline,
) -> None:
    text = (
        "In an open letter to Vladimir Putin, the group said soldiers killed 17 civilians in "
        "the village on 1 December 1999."
    )
    assert [m.place for m in _run(pipe, text, date(2000, 1, 10))] == [None]


def test_a_man_found_with_his_head_cut_off_was_killed_on_the_day_told(pipe: Pipeline) -> None:
    text = (
        "Ten years ago yesterday, a shepherd named Ruslan Bekov walked down to the river to look "
        "for his family's missing cow. His father found him on the bank with his head cut off."
    )
    mentions = _run(pipe, text, date(2009, 12, 19))
    assert [(m.acts, m.date, m.attributed_to) for m in mentions] == [
        (["killing"], "1999-12-18", None)
    ]


def test_residents_ordered_to_leave_for_a_country_are_displaced(pipe: Pipeline) -> None:
    text = (
        "On 12 May 1999 police units moved through the villages of the valley and ordered "
        "thousands of residents to leave immediately for Macedonia."
    )
    assert [m.acts for m in _run(pipe, text, date(2024, 5, 12))] == [["displacement"]]


def test_a_person_sentenced_by_name_to_a_term_of_years_is_counted(pipe: Pipeline) -> None:
    text = "The appeals chamber sentenced Dragan Petrovic to 18 years in prison in 2014."
    mentions = _run(pipe, text, date(2024, 4, 27))
    assert [(m.acts, m.date, m.counts["sentenced"].value) for m in mentions] == [
        (["imprisonment"], "2014", 1)
    ]


def test_a_province_named_weighs_like_its_country(pipe: Pipeline) -> None:
    text = (
        "Paramilitaries entered the village of Las Brisas on 21 August 1999 and killed 12 "
        "people, according to the prosecutor in Norte de Santander.\n\n"
        "Survivors fled across the river to Venezuela. Families say some of the dead were buried "
        "in Venezuela, but the killings in Colombia were never tried."
    )
    assert [m.country for m in _run(pipe, text, date(2023, 5, 19))] == ["CO"]


def test_a_day_that_retells_a_figure_with_no_act_word_is_the_incident_of_that_figure(
    pipe: Pipeline,
) -> None:
    text = (
        "At dawn on Friday 4 March 2016 gunmen ambushed miners near El Cuchillo. On 14 March "
        "the prosecutor said 17 miners had been killed.\n\n"
        "On 16 March the prosecution handed 14 of the 17 bodies over to their families.\n\n"
        "The rights group Voces del Sur, in its own chronology of the case, has counted 26 dead."
    )
    killed = [m for m in _run(pipe, text, date(2017, 3, 3)) if "killed" in m.counts]
    assert {(m.attributed_to, m.date) for m in killed} >= {("Voces del Sur", "2016-03-04")}
    assert len({m.incident for m in killed}) == 1


def test_a_date_before_a_speech_tag_between_commas_is_of_the_clause_it_interrupts(
    pipe: Pipeline,
) -> None:
    text = (
        "In the early hours of 18 March 1968, he said, a truck came for the recruits. Soldiers "
        "lined them up by the airstrip and shot eleven of them dead."
    )
    mentions = _run(pipe, text, date(2023, 3, 17))
    assert [(m.date, m.counts["killed"].value) for m in mentions if "killed" in m.counts] == [
        ("1968-03-18", 11)
    ]


def test_a_death_sentence_reinstated_is_passed_again_on_the_day_told(pipe: Pipeline) -> None:
    text = (
        "In April 2023 the Revolutionary Court sentenced Reza Karimi to death. The Supreme Court "
        "upheld the sentence in December 2023, then in March 2024 sent the case back for review; "
        "in December 2024 the Revolutionary Court reinstated the death sentence."
    )
    mentions = _run(pipe, text, date(2025, 6, 12))
    assert sorted(m.date or "" for m in mentions if "death_sentence" in m.acts) == [
        "2023-04",
        "2024-12",
    ]


def test_courts_that_worked_with_a_figure_of_victims_give_a_toll(pipe: Pipeline) -> None:
    text = (
        "On 17 January 2001 paramilitaries killed 24 men in Chengue. The administrative courts "
        "have worked with a figure of 27 victims."
    )
    told = [m for m in _run(pipe, text, date(2022, 1, 26)) if m.attributed_to]
    assert [(m.attributed_to, m.counts["killed"].value, m.date) for m in told] == [
        ("administrative courts", 27, "2001-01-17")
    ]


def test_families_who_gave_the_names_of_the_dead_give_a_toll(pipe: Pipeline) -> None:
    text = (
        "At dawn on 4 March 2016 gunmen killed miners near El Callao. The families of El Callao "
        "have given the observatory the names of 28 people killed in the ambush."
    )
    told = [m for m in _run(pipe, text, date(2017, 3, 3)) if m.attributed_to]
    assert [(m.attributed_to, m.counts["killed"].value) for m in told] == [("families", 28)]


def test_strikers_gathered_are_a_protest_and_hunger_strikers_stay_hunger_strikers(
    pipe: Pipeline,
) -> None:
    gathered = "On 10 December 1907 between 10,000 and 12,000 strikers gathered in the port."
    assert [m.acts for m in _run(pipe, gathered, date(2007, 12, 21))] == [["protest"]]
    refused = "On 3 May 2013, 100 hunger strikers refused food in the prison."
    assert [m.acts for m in _run(pipe, refused, date(2014, 1, 1))] == [["hunger_strike"]]


def test_a_death_in_a_road_accident_is_no_killing(pipe: Pipeline) -> None:
    text = (
        "On 18 March 1968 soldiers shot eleven recruits dead on the airstrip.\n\n"
        "The one survivor, Jose Arula, died in a road accident in Trece Martires, Cavite, in "
        "2010, aged 69."
    )
    mentions = _run(pipe, text, date(2023, 3, 17))
    assert [(m.date, m.counts["killed"].value) for m in mentions] == [("1968-03-18", 11)]
