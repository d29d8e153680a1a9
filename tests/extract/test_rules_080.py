"""Rules added in rules@0.8.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.gold_helpers import voiced as _voiced

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def test_a_government_named_with_its_head_speaks() -> None:
    ms = _run(
        "Police fired on the crowd in Velmar on 3 June 2012. At the time, the government of "
        "Prime Minister Arun Delacroix said five protesters had died."
    )
    assert _voiced(ms, "government").counts["killed"].value == 5


def test_a_body_appointed_by_the_government_is_its_own_voice() -> None:
    ms = _run(
        "Police fired on the crowd in Velmar on 3 June 2012. The government said five had "
        "died. A commission appointed by the government found in 2013 that 31 had died."
    )
    assert _voiced(ms, "commission").counts["killed"].value == 31
    assert _voiced(ms, "government").counts["killed"].value == 5


def test_a_single_witness_named_after_the_noun_speaks() -> None:
    ms = _run(
        "Rebels attacked Velmar on 3 June 2012. A resident, Tomas Arvane, said that dozens "
        "of people had been killed."
    )
    assert _voiced(ms, "Tomas Arvane").counts["killed"].min == 24


def test_the_toll_a_voice_gives_beats_a_figure_in_its_relative_clause() -> None:
    ms = _run(
        "Police fired on the crowd in Velmar on 3 June 2012. Rights groups, which count the "
        "four shot dead with those who died in custody, put the death toll of the day at 41."
    )
    assert _voiced(ms, "Rights groups").counts["killed"].value == 41


def test_a_ruling_dates_the_ruling_not_the_deaths() -> None:
    ms = _run(
        "On 3 June 2012 police fired on the crowd in Velmar, killing nine. In 2016 a court in "
        "Orsa ruled in an inquest that the men had died in custody."
    )
    assert ms and all(m.date == "2012-06-03" for m in ms if "killing" in m.acts), [
        (m.acts, m.date) for m in ms
    ]


def test_several_hundred_is_a_vague_range_of_hundreds() -> None:
    ms = _run(
        "On 3 June 2012 several hundred relatives marched to the governor's office in Velmar."
    )
    count = ms[0].counts["participants"]
    assert (count.min, count.vague) == (200, True)


def test_people_treated_for_injuries_are_injured() -> None:
    ms = _run(
        "On 3 June 2012 police fired tear gas at the marchers in Velmar and at least 38 people "
        "were treated for injuries."
    )
    assert ms[0].counts["injured"].min == 38


def test_a_date_after_since_is_no_date_for_the_next_sentences() -> None:
    ms = _run(
        "On the morning of 14 August 2013 police moved to clear the sit-in that students had "
        "held in Velmar since early July. By nightfall, 40 protesters lay dead in the square."
    )
    dead = [m for m in ms if "killed" in m.counts]
    assert dead and dead[0].date == "2013-08-14", [(m.acts, m.date) for m in ms]


def test_hundreds_of_protesters_are_people_not_many_events() -> None:
    ms = _run("On 14 August 2013 hundreds of protesters were shot dead in Velmar square.")
    assert ms and not ms[0].aggregate and ms[0].counts["killed"].min == 200


def test_supporters_who_maintained_a_sit_in_are_no_speakers() -> None:
    ms = _run(
        "On 14 August 2013 police cleared the sit-in that supporters of the deposed president "
        "Arun Delacroix had maintained in Velmar, killing 40 people."
    )
    assert ms and all(m.attributed_to is None for m in ms), [m.attributed_to for m in ms]


def test_a_running_toll_across_the_country_is_a_statistic() -> None:
    ms = _run(
        "Since the crisis began in late April 2015, at least 439 people have been killed across "
        "the country. On 26 April 2015 police shot dead dozens of protesters in Velmar."
    )
    toll = [m for m in ms if m.counts.get("killed") and m.counts["killed"].min == 439]
    day = [m for m in ms if m.date == "2015-04-26"]
    assert toll and toll[0].aggregate
    assert day and day[0].counts["killed"].min == 24


def test_a_jury_that_sentences_is_the_perpetrator() -> None:
    ms = _run("On 4 May 2013 a jury in Velmar sentenced 23 police officers to 156 years in prison.")
    assert ms and "jury" in ms[0].perpetrators[0]


def test_a_weekday_is_no_speaker_and_a_continent_no_place() -> None:
    ms = _run(
        "Monitors of the Organization for Security and Cooperation in Europe on Saturday found "
        "the bodies of 45 villagers in Velmar. The Organization for Security and Cooperation in "
        "Europe condemned the killings."
    )
    assert ms and all(m.attributed_to != "Saturday" for m in ms)
    assert all(m.place != "Europe" for m in ms)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Dahomey", "BJ"), ("Upper Volta", "BF"), ("Persia", "IR"), ("Siam", "TH"),
     ("Zaïre", "CD"), ("Northern Rhodesia", "ZM"), ("Tanganyika", "TZ")],
)  # fmt: skip
def test_former_country_names_resolve_to_todays_code(name: str, code: str) -> None:
    ms = _run(f"On 4 May 1960 soldiers killed 12 villagers in {name}.", date(1961, 1, 1))
    assert ms and ms[0].country == code


def test_a_day_without_year_long_before_publication_is_a_day_of_the_story() -> None:
    ms = _run(
        "The brigade was sent into the district at the end of January 1983.\n\n"
        "They came on the morning of the second of February and shot seven men behind the "
        "school.",
        date(2019, 12, 22),
    )
    assert any(m.date == "1983-02-02" for m in ms), [(m.acts, m.date) for m in ms]


def test_a_recent_day_without_year_stays_in_the_year_of_the_telling() -> None:
    ms = _run(
        "The massacre of 1983 is still unpunished.\n\n"
        "On 2 November police detained eleven relatives who had gathered at the memorial.",
        date(2019, 12, 22),
    )
    assert any(m.date == "2019-11-02" for m in ms), [(m.acts, m.date) for m in ms]


def test_on_the_morning_of_a_day_sets_the_scene_for_the_next_paragraph() -> None:
    ms = _run(
        "On the morning of Friday 15 June 2012, police went into the Velmar estate to clear a "
        "camp of landless farmers.\n\n"
        "Within a few minutes, seventeen people were dead.",
        date(2016, 7, 12),
    )
    dead = [m for m in ms if m.counts.get("killed")]
    assert dead and dead[0].date == "2012-06-15", [(m.acts, m.date) for m in ms]


def test_a_blog_comment_header_is_boilerplate() -> None:
    ms = _run(
        'On 15 June 2012 police shot dead seventeen people in Velmar.\n\n4 thoughts on "Velmar: '
        'eleven convicted"\n\nOsvaldo says: the court was right.',
        date(2016, 7, 12),
    )
    assert all("imprisonment" not in m.acts for m in ms), [m.acts for m in ms]


def test_harms_told_after_a_crackdown_join_it_not_an_older_killing() -> None:
    ms = _run(
        "On 14 February 2011 two young men were killed by police gunfire in Velmar.\n\n"
        "On 17 February 2011 riot police cleared the square in Velmar with tear gas.\n\n"
        "Accounts of the toll differ. The opposition society Al-Noor announced that five "
        "people had died."
    )
    five = [m for m in ms if m.counts.get("killed") and m.counts["killed"].value == 5]
    assert five and five[0].date == "2011-02-17", [(m.date, m.counts) for m in ms]


def test_a_listed_site_in_a_report_about_another_country_is_a_namesake() -> None:
    ms = _run(
        "Nicaragua: on 30 May 2018 police in Managua, Nicaragua, fired on a march near the "
        "Estadio Nacional, killing 15 people. Nicaragua's government denied it. The crowd had "
        "gathered in Managua."
    )
    assert ms and all(m.country == "NI" for m in ms), [(m.place, m.country) for m in ms]


def test_a_name_only_ever_after_to_is_no_locality() -> None:
    ms = _run(
        "On 30 May 2016 the court sentenced Hissène Kerrabé to life. The police that answered "
        "directly to Kerrabé had arrested and tortured 200 opponents in 1985. Kerrabé's lawyers "
        "said they would appeal; Kerrabé said nothing."
    )
    assert ms and all(m.place != "Kerrabé" for m in ms), [m.place for m in ms]


def test_voices_that_attribute_announce_or_treat() -> None:
    ms = _run(
        "On 17 February 2011 riot police cleared the roundabout in Velmar with tear gas. A "
        "commission of inquiry later attributed four deaths that morning to the security forces. "
        "The opposition society Al-Noor announced on the day that five people had died. Doctors "
        "at Orsa General Hospital told reporters that they had treated hundreds of injured "
        "people after the dispersal."
    )
    assert _voiced(ms, "commission of inquiry").counts["killed"].value == 4
    assert _voiced(ms, "Al-Noor").counts["killed"].value == 5
    assert _voiced(ms, "Doctors").counts["injured"].min == 200
    assert all(m.date == "2011-02-17" for m in ms), [(m.attributed_to, m.date) for m in ms]


def test_tear_gas_is_no_plural_of_many_events() -> None:
    ms = _run(
        "In the early hours of 17 February 2011 riot police moved in from several directions "
        "using tear gas and batons in Velmar."
    )
    assert ms and not ms[0].aggregate


def test_a_locality_takes_no_country_named_after_it_in_its_sentence() -> None:
    ms = _run(
        "South Sudan: on 15 April 2014 fighters retook Kerrabu in South Sudan. At the mosque in "
        "Kerrabu, where traders from Darfur and other parts of Sudan had taken shelter, gunmen "
        "killed 200 civilians. Juba denied it; the UN Mission in South Sudan said more."
    )
    assert ms and all(m.country == "SS" for m in ms), [(m.place, m.country) for m in ms]


def test_a_title_and_a_name_speak_and_a_documentation_body_is_known() -> None:
    ms = _run(
        "On 28 November 2001 guards fired into the containers at Sheberghan, killing prisoners. "
        "General Dostum has acknowledged that some 200 prisoners died during the transfers. "
        "Physicians for Human Rights, which first identified the grave in January 2002, has "
        "said that up to 2,000 prisoners may have died."
    )
    assert _voiced(ms, "Dostum").counts["killed"].value == 200
    assert _voiced(ms, "Physicians for Human Rights").counts["killed"].max == 2000


def test_a_day_long_before_publication_takes_the_last_year_stated_anywhere_before() -> None:
    ms = _run(
        "Kerrabu fell at the end of November 2001.\n\nOn 25 November prisoners rose against "
        "their guards.\n\nThe transfers\n\nFrom about 28 November, militia forces moved the "
        "men in sealed containers.\n\nHundreds of prisoners died during the transfers.",
        date(2009, 7, 27),
    )
    dead = [m for m in ms if m.counts.get("killed")]
    assert dead and dead[0].date == "2001-11-28", [(m.acts, m.date) for m in ms]


def test_a_month_without_a_day_stays_in_the_year_of_the_news() -> None:
    ms = _run(
        "The 2002 ceasefire is over.\n\nIn January, five students were shot dead on the "
        "seafront in Kerrabu.",
        date(2006, 8, 10),
    )
    assert any(m.date == "2006-01" for m in ms), [(m.acts, m.date) for m in ms]


def test_northern_ireland_is_the_united_kingdom() -> None:
    ms = _run("On 30 January 1972 soldiers shot dead thirteen marchers in Derry, Northern Ireland.")
    assert ms and ms[0].country == "GB"


def test_a_month_of_that_year_is_of_the_story_year() -> None:
    ms = _run(
        "Fifty years ago today, soldiers shot dead thirteen marchers in Kerrabu. A fourteenth "
        "man died of his injuries in June of that year.\n\nThe march of 1972 is remembered.",
        date(2022, 1, 30),
    )
    assert any(m.date == "1972-06" for m in ms), [(m.acts, m.date) for m in ms]


def test_an_age_after_who_was_is_no_count() -> None:
    text = (
        'On 30 January 1972 soldiers shot dead thirteen marchers in Kerrabu.\n\n"We ran," '
        "said Kathleen, who was sixteen that afternoon and still lives near the flats where "
        "paratroopers shot her neighbour dead."
    )
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert doc is not None
    assert all(q.count.value != 16 for q in doc.quantities)


def test_took_away_is_an_abduction() -> None:
    ms = _run("On 3 February 1983 soldiers took away four boys from the homesteads of Kerrabu.")
    assert ms and "abduction" in ms[0].acts and ms[0].counts["abducted"].value == 4


def test_a_city_name_that_opens_a_persons_name_is_no_place() -> None:
    ms = _run(
        "On 30 January 1972 soldiers shot dead thirteen marchers in Derry, Northern Ireland. "
        "In 2010 the prime minister, David Cameron, said the killings were unjustified."
    )
    assert ms and all(m.place != "David" and m.country == "GB" for m in ms), [
        (m.place, m.country) for m in ms
    ]


def test_a_later_year_named_before_never_moves_a_day_forward() -> None:
    ms = _run(
        "The crisis that began in 2015 is not over; the 2016 talks failed.\n\nFrom 26 April to "
        "the end of May police used tear gas and live ammunition against daily demonstrations "
        "in Kerrabu, and dozens of protesters were killed.",
        date(2016, 3, 1),
    )
    assert any(m.date == "2015-04-26" for m in ms), [(m.acts, m.date) for m in ms]


def test_a_voice_listed_after_a_heading_line_joins_the_attack_told_just_before() -> None:
    ms = _run(
        "In 1991 a helicopter was shot down near Kerrabu, killing three.\n\n"
        "Late on 25 February 1992, the town of Kerrabu was shelled by armoured vehicles.\n\n"
        "The toll is disputed:\n\n"
        "(a) The Government states that 613 civilians were killed.",
        date(2022, 2, 25),
    )
    voiced = _voiced(ms, "Government")
    assert voiced.date == "1992-02-25" and voiced.counts["killed"].value == 613


def test_a_speaker_is_not_the_body_named_in_its_apposition() -> None:
    ms = _run(
        "On 25 February 1992 armed formations overran Kerrabu, killing hundreds. Helsinki Watch, "
        "now part of Human Rights Watch, put the number of civilians killed at no fewer than 161."
    )
    assert _voiced(ms, "Helsinki Watch").counts["killed"].min == 161


def test_an_acronym_speaks_with_the_name_the_report_gave_it() -> None:
    ms = _run(
        "On 17 February 2011 riot police cleared the roundabout in Kerrabu. The Kerrabu "
        "Independent Commission of Inquiry (KICI) was set up in June 2011.\n\nThe KICI later "
        "found that four people had died that morning."
    )
    voiced = _voiced(ms, "KICI")
    assert voiced.attributed_to == "Kerrabu Independent Commission of Inquiry (KICI)"


def test_according_to_a_group_keeps_the_groups_name() -> None:
    ms = _run(
        "Since January 2004 the conflict has killed more than 7,000 people in Kerrabu, "
        "according to the monitoring group Deep Valley Watch."
    )
    assert _voiced(ms, "Deep Valley Watch").counts["killed"].min == 7001


def test_a_unit_of_a_unit_is_named_whole() -> None:
    ms = _run(
        "On 30 January 1972 soldiers of the 1st Battalion of the Parachute Regiment opened fire "
        "on a march in Kerrabu, killing thirteen people."
    )
    assert ms and any("Parachute Regiment" in p for p in ms[0].perpetrators), ms[0].perpetrators


def test_a_mid_sized_foreign_city_in_a_report_about_one_country_is_a_local_namesake() -> None:
    ms = _run(
        "Venezuela: a student died on 26 April 2017 in Altamira, in eastern Caracas, after a "
        "tear-gas canister fired by the National Guard struck him. Venezuela's protests went on."
    )
    assert ms and all(m.country == "VE" for m in ms), [(m.place, m.country) for m in ms]


def test_by_its_count_is_the_body_named_just_before() -> None:
    ms = _run(
        "Protests began in Kerrabu on 1 April 2017. On Tuesday, the United Nations human rights "
        "office published the findings of its team. By its count, 124 people died in connection "
        "with the demonstrations."
    )
    assert _voiced(ms, "United Nations").counts["killed"].value == 124


def test_a_speaker_across_two_parentheticals_and_the_end_of_a_month() -> None:
    ms = _run(
        "Protests began in Kerrabu on 1 April 2017. The Public Ministry, whose chief, Luisa "
        "Orvane, was removed by the new assembly on Saturday, had counted 121 deaths by the end "
        "of July.",
        date(2017, 8, 11),
    )
    voiced = _voiced(ms, "Public Ministry")
    assert voiced.counts["killed"].value == 121 and voiced.date == "2017-07"


def test_four_of_the_accused_are_the_count_but_several_of_the_dead_are_a_part() -> None:
    ms = _run(
        "Two years ago, four of the accused went on hunger strike in Kerrabu prison.",
        date(2016, 7, 12),
    )
    assert ms and ms[0].counts["participants"].value == 4
    text = (
        "Reporters saw the gully in Kerrabu on 16 January 1999; several of the dead were old men."
    )
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert doc is not None and all(q.subset for q in doc.quantities if q.count.min == 3)


def test_over_that_day_is_the_scene_day_told_just_before() -> None:
    ms = _run(
        "- On 15 April, rebel forces retook Kerrabu from government troops.\n\n"
        "- Over that day and the next, hundreds of civilians were killed in the town.",
        date(2014, 4, 22),
    )
    dead = [m for m in ms if m.counts.get("killed")]
    assert dead and dead[0].date == "2014-04-15", [(m.acts, m.date) for m in ms]
