"""Rules added in rules@0.23.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.gold_helpers import killed_by

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2019, 8, 14)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _acting(ms: list[Mention], act: str) -> list[Mention]:
    """The mentions that tell ``act``."""
    return [m for m in ms if act in m.acts]


_RAID = (
    "MAKENI, Sierra Leone, 14 August 2019 — Armed men raided the market town of Kamabai on "
    "Sunday and killed dozens of traders, witnesses said.\n\n"
)


def test_the_number_buried_is_a_toll_of_the_dead(pipe: Pipeline) -> None:
    text = _RAID + "A district councillor, Fatmata Kamara, put the number buried at 212."
    assert killed_by(_run(pipe, text)).get("Fatmata Kamara") == 212


def test_a_new_teller_after_a_semicolon_may_be_named_in_apposition(pipe: Pipeline) -> None:
    text = _RAID + (
        "The hospital director, Dr Sorie Kargbo, said that more than 150 people had died; a "
        "local councillor, Alhaji Conteh, put the number of dead at 212."
    )
    killed = killed_by(_run(pipe, text))
    assert killed.get("Alhaji Conteh") == 212
    assert killed.get("Dr Sorie Kargbo") == 151  # "more than 150": at least 151


def test_a_day_in_the_speakers_own_relative_clause_does_not_date_the_deaths(
    pipe: Pipeline,
) -> None:
    text = _RAID + (
        "The Red Cross volunteer who reached Kamabai on 16 August, Isatu Bangura, told "
        "reporters that 212 people had been killed."
    )
    told = [m for m in _run(pipe, text) if killed_by([m]).get(m.attributed_to) == 212]
    assert told and all(m.date == "2019-08-11" for m in told)  # Sunday, not 16 August


def test_a_recap_of_what_happened_on_a_day_sets_the_scene_for_the_answer(
    pipe: Pipeline,
) -> None:
    text = (
        "HOST: Let us remind listeners what happened last Saturday night, the 10th of August.\n\n"
        "REPORTER: According to the police, men on motorcycles attacked the clinic in Kamabai."
    )
    attacks = _acting(_run(pipe, text), "attack")
    assert [(m.date, m.attributed_to) for m in attacks] == [("2019-08-10", "police")]


def test_a_place_apposition_does_not_cut_an_act_noun_from_its_later_day(pipe: Pipeline) -> None:
    text = (
        "Four officers charged over the attack on the clinic in Kamabai, Bombali district, on "
        "11 August 2019 were acquitted by the High Court in Freetown on 2 March 2021."
    )
    attacks = _acting(_run(pipe, text, date(2021, 3, 9)), "attack")
    assert attacks and {m.date for m in attacks} == {"2019-08-11"}


def test_boys_taken_from_their_hostels_were_abducted(pipe: Pipeline) -> None:
    text = "Gunmen took 120 boys from their hostels in Kamabai on Sunday night."
    taken = _acting(_run(pipe, text), "abduction")
    assert [m.counts["abducted"].value for m in taken] == [120]


def test_a_day_after_counts_back_from_the_day_told_just_before_it(pipe: Pipeline) -> None:
    text = (
        "KAMABAI, Sierra Leone, Aug 12 - Hundreds of mourners carried the coffins of the dead "
        "through the market on Monday, a day after armed men burned the clinic and killed at "
        "least nine people."
    )
    killings = _acting(_run(pipe, text), "killing")
    assert killings and {m.date for m in killings} == {"2019-08-11"}


def test_a_day_before_its_speaker_who_puts_the_number_killed_is_the_tellings(
    pipe: Pipeline,
) -> None:
    text = (
        "Armed men killed dozens of traders in Kamabai on 11 August 2019.\n\n"
        "On 13 August 2019 district officials put the number killed at 64."
    )
    told = [m for m in _run(pipe, text) if killed_by([m]).get(m.attributed_to) == 64]
    assert [m.date for m in told] == ["2019-08-11"]


def test_the_chemical_weapons_watchdog_is_a_body_not_an_attack(pipe: Pipeline) -> None:
    text = (
        "A helicopter dropped a chlorine cylinder on Kamabai on 11 August 2019, killing 43 "
        "people.\n\n"
        '"Today the chemical weapons watchdog has said who dropped it," the director said.\n\n'
        "Rescuers said that 50 people had died."
    )
    ms = _run(pipe, text, date(2023, 1, 27))
    assert {m.date for m in ms} == {"2019-08-11"}
    assert killed_by(ms).get("Rescuers") == 50


def test_the_death_of_a_number_of_people_is_a_killing_counted(pipe: Pipeline) -> None:
    text = (
        "A helicopter dropped a chlorine cylinder on Kamabai on 11 August 2019, killing 43 "
        "people.\n\n"
        "The provincial health office reported the death of at least 49 people. Since the "
        "death of the old chief, the village has had no leader."
    )
    ms = _run(pipe, text, date(2023, 1, 27))
    assert killed_by(ms).get("provincial health office") == 49
    assert len(ms) == 2


def test_an_outlet_or_news_site_tells_its_own_figure(pipe: Pipeline) -> None:
    text = _RAID + (
        "Early radio reports on Monday spoke of at least 50 traders killed; another outlet "
        "reported more than 60 killed."
    )
    assert killed_by(_run(pipe, text)).get("another outlet") == 61


def test_within_days_of_the_attack_dates_the_arrests_by_the_last_day(pipe: Pipeline) -> None:
    text = (
        "Armed men attacked the market town of Kamabai on 11 August 2019.\n\n"
        "Within four days of the attack, police announced the arrest of 20 people suspected "
        "of helping the raiders."
    )
    arrests = _acting(_run(pipe, text, date(2019, 9, 1)), "arrest")
    assert [(m.acts, m.date) for m in arrests] == [(["arrest"], "2019-08-15")]


def test_a_that_clause_keeps_its_figure_from_the_act_noun_before_it(pipe: Pipeline) -> None:
    text = (
        "Militiamen attacked the church compound in Kamabai on 11 August 2019.\n\n"
        "The UN said within days of the attack that at least 100 people had died there."
    )
    assert killed_by(_run(pipe, text, date(2021, 3, 9))).get("United Nations") == 100


def test_a_bare_figure_found_after_a_count_of_bodies_is_of_the_dead(pipe: Pipeline) -> None:
    text = _RAID + (
        "A former councillor said he had counted more than 20 bodies. Residents who searched "
        "the bush on Monday say they found 31."
    )
    assert killed_by(_run(pipe, text)).get("Residents") == 31


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The mayor himself would be shot dead in Makeni on 9 April 1948.", "1948-04-09"),
        ("The mayor would later be assassinated in Makeni in 1951.", "1951"),
        ("If troops came, the mayor would be shot dead in Makeni.", None),
    ],
)
def test_a_historys_future_in_the_past_told_with_its_day_is_done(
    pipe: Pipeline, sentence: str, dated: str | None
) -> None:
    text = "Troops fired on striking miners in Kamabai on 6 December 1946, killing dozens.\n\n"
    later = [m for m in _run(pipe, text + sentence) if m.start >= len(text)]
    assert [m.date for m in later] == ([dated] if dated else [])


def test_towns_that_agree_on_their_country_outweigh_a_country_named_once(pipe: Pipeline) -> None:
    text = (
        "GULU COMMUNITY RADIO - transcript\n\n"
        "REPORTER: Rebels came to the villages near Lira on 23 July 2002 and killed 56 "
        "people. The order is said to have come from their commander, in Sudan. Survivors "
        "later walked to the hospital in Gulu."
    )
    killings = _acting(_run(pipe, text, date(2012, 7, 24)), "killing")
    assert killings and {m.country for m in killings} == {"UG"}


def test_put_the_dead_from_a_long_phrase_in_the_hundreds_is_a_toll(pipe: Pipeline) -> None:
    text = (
        "Police besieged the island of Kamabai from 26 January 1979.\n\n"
        "Survivors' groups have long put the dead from shooting, hunger and disease between "
        "January and May 1979 in the hundreds. Officials put the dead at 29 and the wounded "
        "at about 125."
    )
    killed = killed_by(_run(pipe, text, date(2019, 5, 14)))
    assert killed.get("Survivors' groups") == 200  # "in the hundreds": at least 200
    assert killed.get("Officials") == 29


def test_the_sites_of_the_sentence_a_day_is_taken_from_are_the_incidents(pipe: Pipeline) -> None:
    text = (
        "Between 30 December and 2 January, rebel troops entered Makobola, a village on the "
        "lake shore. Villagers who ran from their homes were shot dead.\n\n"
        "It was not the first time. In August, in the village of Kasika, soldiers killed "
        "hundreds of villagers.\n\n"
        "A church inquiry later found that 37 people died at Makobola."
    )
    ms = _run(pipe, text, date(1999, 1, 19))
    told = [m for m in ms if killed_by([m]).get(m.attributed_to) == 37]
    assert [m.date for m in told] == ["1998-12-30"]  # Makobola's days, not Kasika's August


def test_a_toll_given_at_a_trial_is_of_the_killing_not_the_trial(pipe: Pipeline) -> None:
    text = (
        "Soldiers and patrollers killed villagers of Kamabai on the hill above the river on "
        "13 March 1982.\n\n"
        "A court condemned three patrol leaders to death in 1998; the verdict was annulled on "
        "appeal, and a retrial in October 1999 imposed the death penalty again. Press reports "
        "at the time of the 1998 trial gave the number of people killed on the hill as about "
        "130."
    )
    told = [m for m in _run(pipe, text, date(2008, 5, 30)) if "killed" in m.counts]
    assert [(m.date, m.counts["killed"].value) for m in told if m.attributed_to] == [
        ("1982-03-13", 130)
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "dated"),
    [
        ("Gunmen killed 12 villagers in Kamabai last weekend.", date(2021, 5, 10), "2021-05-08"),
        ("Gunmen killed 12 villagers in Kamabai last weekend.", date(2021, 5, 9), "2021-05-01"),
        ("Gunmen killed 12 villagers in Kamabai on the 8th.", date(2021, 5, 10), "2021-05-08"),
        ("Gunmen killed 12 villagers in Kamabai on the 8th.", date(2021, 5, 5), "2021-04-08"),
    ],
)
def test_last_weekend_and_a_bare_ordinal_day_in_news(
    pipe: Pipeline, sentence: str, published: date, dated: str
) -> None:
    assert [m.date for m in _run(pipe, sentence, published)] == [dated]


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        ("District officials have been saying that 70 people died.", "District officials", 70),
        ("And on Tuesday Foday Sankoh, in a recording, says his men killed 78.", "Sankoh", 78),
        ("But Foday Sankoh says his men killed 78.", "Foday Sankoh", 78),
        ("The papers admitted eight dead.", "papers", 8),
        (
            "The ambassador, Sir Alan Donald, relayed to his government an estimate from a "
            "contact that at least 10,000 civilians had been killed.",
            "Sir Alan Donald",
            10000,
        ),
        ("The Health Ministry later revised the toll upwards to 45.", "Health Ministry", 45),
        ("Rescue workers pulled 45 bodies from the rubble, the civil defence said.", "defence", 45),
        ("The provincial police chief said 45 people had been killed.", "police chief", 45),
    ],
)
def test_a_teller_in_the_forms_this_version_reads(
    pipe: Pipeline, sentence: str, voice: str, figure: int
) -> None:
    text = "On 3 May 2021 gunmen attacked the village of Kamabai and killed many people.\n\n"
    told = killed_by(_run(pipe, text + sentence, date(2021, 5, 10)))
    assert any(v and voice in v and n == figure for v, n in told.items()), told


def test_a_name_apposed_as_one_of_the_villages_is_a_village(pipe: Pipeline) -> None:
    text = (
        "On 10 April 1992 troops overran Kobani Dere, one of the largest villages in the "
        "Lachin district, and killed dozens of villagers.\n\n"
        "Survivors who returned to Kobani Dere later buried the dead."
    )
    killings = _acting(_run(pipe, text, date(2022, 4, 10)), "killing")
    assert killings and {m.place for m in killings} == {"Kobani Dere"}


def test_a_yearless_day_four_paragraphs_on_keeps_the_storys_month(pipe: Pipeline) -> None:
    text = (
        "The train left the capital at about 6pm on Monday, 28 March 2022.\n\n"
        "Near Katari, attackers blew up the track and opened fire on the carriages.\n\n"
        "Passengers hid under the seats.\n\n"
        "The attack came two days after gunmen had attacked the airport at Kamabai, on 26 "
        "March."
    )
    airport = [
        m for m in _run(pipe, text, date(2023, 4, 27)) if m.start >= text.index("The attack")
    ]
    assert [m.date for m in airport] == ["2022-03-26"]


def test_the_day_a_photograph_was_taken_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked Kamabai on 5 June 2021, killing dozens of people.\n\n"
        "[Caption: The burnt shell of the chief's palace in Kamabai, photographed on July 20.]"
    )
    assert {m.date for m in _run(pipe, text, date(2021, 7, 25))} == {"2021-06-05"}


def test_the_start_of_a_comparison_since_a_seizure_of_power_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Jets bombed a gathering in Kamabai on 11 April 2023, killing 168 people.\n\n"
        "It was the deadliest single air strike recorded by the panel since the military "
        "seized power on 1 February 2021."
    )
    assert {m.date for m in _run(pipe, text, date(2023, 6, 1))} == {"2023-04-11"}


def test_an_order_calling_for_destruction_tells_no_destruction(pipe: Pipeline) -> None:
    text = "The written order of 12 October 1953 called for the destruction of houses in Kamabai."
    assert _run(pipe, text, date(2003, 10, 14)) == []


def test_no_evidence_of_a_massacre_tells_no_massacre(pipe: Pipeline) -> None:
    text = (
        "Soldiers took the village of Kamabai on 22 May 1948.\n\n"
        "The historian Benny Morris, after reviewing the archives and interviewing veterans, "
        "wrote in December 2000 that he found no documentary evidence of a large-scale or "
        "systematic massacre."
    )
    assert _run(pipe, text, date(2022, 1, 10)) == []
