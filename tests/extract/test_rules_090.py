"""Rules added in rules@0.9.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.gold_helpers import voiced as _voiced

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _voices(text: str) -> list[str | None]:
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    return [s.voice for s in doc.sentences]


BASE = "Soldiers opened fire on the market in Varenko on 4 May 2019, killing 12 people. "


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("Officials in Varenko said 20 people had been killed.", "Officials"),
        ("Police in Doreth said 20 people had been killed.", "Police"),
        ("Eyewitnesses said 20 people had been killed.", "Eyewitnesses"),
        ("The interior minister said 20 people had been killed.", "interior minister"),
        ("The investigation team found that 20 people had been killed.", "investigation team"),
        ("Taliban fighters said 20 people had been killed.", "Taliban fighters"),
        ("The Patriotic Front said 20 people had been killed.", "Patriotic Front"),
        (
            "The Unity League and its allies have claimed that 20 people were killed.",
            "Unity League",
        ),
        (
            "The Lowland Rights Panel, which visited the area from 8 to 11 May and interviewed "
            "more than forty witnesses in three villages, found that 20 people had been killed.",
            "Lowland Rights Panel",
        ),
    ],
)
def test_a_speaker_named_in_common_ways_gets_its_own_mention(sentence: str, voice: str) -> None:
    ms = _run(BASE + sentence)
    assert _voiced(ms, voice).counts["killed"].value == 20
    own = [m for m in ms if m.attributed_to is None]
    assert own and own[0].counts["killed"].value == 12


def test_the_definite_noun_is_the_body_named_before() -> None:
    text = (
        BASE + "The Varenko inquiry team found that the soldiers had detained 15 men first. "
        "At the river, the team concluded, the soldiers shot all fifteen dead."
    )
    assert _voices(text)[1:] == ["Varenko inquiry team", "Varenko inquiry team"]


@pytest.mark.parametrize(
    "sentence",
    [
        # a verdict is no finding reported
        "A court in Doreth found four soldiers accused over the Varenko shooting guilty.",
        # a discovery is no finding reported
        "Marines found the bodies of twelve people near the market.",
        # an adjective, not a verb
        "A court in Doreth sentenced 30 alleged militia members to prison.",
        # the report's own team
        "Our medical team, which reached the hospital the next day, reported 12 bodies.",
    ],
)
def test_these_are_no_speakers(sentence: str) -> None:
    assert _voices(BASE + sentence)[-1] is None


def test_an_indefinite_description_after_a_name_is_no_speaker_of_its_own() -> None:
    text = BASE + "Tomas Rek, a former commander in Camp Lira wrote that 12 were killed."
    assert _voices(text)[-1] is None


def test_a_semicolon_ends_the_speakers_clause() -> None:
    text = (
        "Alongside the massacres blamed on armed groups, hundreds of people were taken away by "
        "the police in 1996; the Families Union, an association of relatives, has registered "
        "700 cases."
    )
    assert _voices(text)[-1] == "Families Union"


def test_the_publisher_named_in_its_copyright_line_is_the_reports_own_voice() -> None:
    text = (
        BASE + "Soldiers killed 40 men in Varenko over three days, the Valley Rights Monitor "
        "said today.\n\n(c) 2019 Valley Rights Monitor | Privacy | Terms"
    )
    assert all(m.attributed_to is None for m in _run(text))


def test_a_list_item_letter_is_no_copyright() -> None:
    text = BASE + "(c) Helsinki Watch, now part of Human Rights Watch, put the toll at 20."
    assert _voices(text)[-1] == "Helsinki Watch"


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "The local journalist Ana Velo, who reached the market in the weeks after the "
            "shooting, estimated that 20 people had been killed.",
            "Ana Velo",
        ),
        (
            "Civic Watch Varenko, a network of volunteer lawyers, recorded 20 people killed.",
            "Civic Watch Varenko",
        ),
    ],
)
def test_a_named_speaker_with_a_description_or_a_relative_clause(sentence: str, voice: str) -> None:
    assert _voiced(_run(BASE + sentence), voice).counts["killed"].value == 20


@pytest.mark.parametrize(
    "sentence",
    [
        "A man who found his brother, Omar, 28, said he had been shot at the market.",
        "Several people in Apac and Kole told our staff that 20 people had been killed.",
    ],
)
def test_a_name_in_an_apposition_or_a_place_is_no_speaker(sentence: str) -> None:
    assert _voices(BASE + sentence)[-1] is None


def test_a_weekday_and_an_ordinal_day_are_that_day_of_the_storys_month() -> None:
    ms = _run(
        "Ten years ago today, on Thursday 16 September 2010, militiamen entered the camp. "
        "On Saturday the 18th they killed 30 men at the well.",
        published=date(2020, 9, 16),
    )
    assert [m.date for m in ms if "killing" in m.acts] == ["2010-09-18"]


def test_until_an_ordinal_day_spans_from_the_day_told_before() -> None:
    ms = _run(
        "Ten years ago today, on the evening of Thursday 16 September 2010, militiamen entered "
        "the camp. Until the morning of Saturday the 18th they went from house to house, "
        "killing 30 men.",
        published=date(2020, 9, 16),
    )
    killing = [m for m in ms if "killing" in m.acts]
    assert [(m.date, m.date_end) for m in killing] == [("2010-09-16", "2010-09-18")]


def test_a_commemoration_in_a_relative_clause_leaves_the_sentences_date_alone() -> None:
    ms = _run(
        "On the evening of 26 September 2014, students took buses in Varenko for the march "
        "that commemorates the 1968 massacre. Police fired on the buses in the town until the "
        "early hours of September 27. Six people were killed that night.",
        published=date(2022, 8, 26),
    )
    killing = [m for m in ms if "killing" in m.acts and m.counts.get("killed")]
    assert [(m.date, m.date_end) for m in killing] == [("2014-09-26", "2014-09-27")]


def test_a_commemorations_day_sets_the_scene_of_the_acts_told_next() -> None:
    ms = _run(
        "On the morning of 12 November 1991, after a memorial Mass, a procession walked to the "
        "Lira cemetery.\n\nShortly after it arrived, troops opened fire on the crowd. The "
        "shooting continued for minutes and 50 people were killed.",
        published=date(2011, 11, 10),
    )
    assert {m.date for m in ms if "killing" in m.acts} == {"1991-11-12"}


def test_a_day_without_a_year_takes_the_year_of_that_month_told_in_full() -> None:
    text = (
        "Troops fired on the crowd at Lira cemetery on 12 November 1991, killing 50.\n\n"
        "A commission found in 2005 that those responsible had enjoyed impunity.\n\n"
        "04 | Anselmo Rek | 24 | clerk | died of wounds at the military hospital, 13 Nov."
    )
    doc = default_pipeline().run(text, doc="t.txt", published=date(2011, 11, 10)).doc
    assert [d.value for d in doc.dates if d.sentence == 2] == ["1991-11-13"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("A commission concluded that from 50 to 200 people had been killed.", (50, 200)),
        ("Journalists estimated that 3,000 to 3,500 people had been killed.", (3000, 3500)),
        ("A commission said between 700 and 800 people had been killed.", (700, 800)),
    ],
)
def test_a_range_of_figures_is_one_count(sentence: str, count: tuple[int, int]) -> None:
    ms = _run(BASE + sentence)
    ranged = [m.counts["killed"] for m in ms if m.attributed_to and "killed" in m.counts]
    assert [(c.min, c.max) for c in ranged] == [count]


def test_two_figures_joined_by_and_without_between_stay_two() -> None:
    ms = _run("In Varenko on 4 May 2019 soldiers killed 12 and 30 were wounded.")
    assert [(m.counts["killed"].value, m.counts["injured"].value) for m in ms] == [(12, 30)]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The Varenko armed forces initially stated that 20 people had died.", "armed forces"),
        ("A list compiled by Varenko researchers names 20 dead.", "Varenko researchers"),
    ],
)
def test_forces_and_compiled_lists_speak(sentence: str, voice: str) -> None:
    assert _voiced(_run(BASE + sentence), voice).counts["killed"].value == 20


def test_a_capitalised_word_is_no_speech_verb() -> None:
    text = BASE + "Two United States journalists were beaten by soldiers near the market."
    assert _voices(text)[-1] is None


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The figure recognised by the government is 20 dead.", "government"),
        ("A 2004 report by a Lowland government commission listed 20 people killed.", "Lowland"),
        ("The memorial centre's own list carries 20 names of people killed.", "memorial centre"),
        ("The martial law command announced that 20 people had been killed.", "command"),
        ("Western diplomats, cabling their capitals, spoke of 20 dead.", "Western diplomats"),
    ],
)
def test_more_speakers_of_figures(sentence: str, voice: str) -> None:
    assert _voiced(_run(BASE + sentence), voice).counts["killed"].value == 20


def test_the_body_told_is_no_speaker() -> None:
    text = BASE + "A farmer at the market told Human Rights Watch that 20 people had been killed."
    assert _voices(text)[-1] != "Human Rights Watch"


def test_findings_published_on_a_day_speak_of_the_incident_not_of_that_day() -> None:
    ms = _run(
        BASE + "And on Wednesday the Lowland Rights Commission, a state body, published its "
        "preliminary findings, which state that soldiers killed 20 people in Varenko.",
        published=date(2019, 6, 14),
    )
    voiced = _voiced(ms, "Lowland Rights Commission")
    assert (voiced.counts["killed"].value, voiced.date) == (20, "2019-05-04")


def test_a_name_opening_the_next_sentence_is_no_speaker_of_this_one() -> None:
    text = BASE + "Our interviews are consistent with what others have found. Amnesty said so."
    assert _voices(text)[1] is None


def test_a_speaker_in_a_subordinate_clause_does_not_voice_the_main_clause() -> None:
    text = (
        "Police detained a rights defender in Varenko on 4 May 2019, two months after his "
        "organisation published a report saying that 12 people had been killed."
    )
    assert _voices(text)[0] is None


def test_a_town_at_the_end_of_a_sentence_is_found() -> None:
    ms = _run("On 4 May 2019 soldiers killed 12 people in Aleppo. The army denied it.")
    assert [(m.place, m.country) for m in ms] == [("Aleppo", "SY")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Syrian Rights Committee, an opposition group based in London, put the toll at 40.",
        "The London-based Syrian Rights Committee said 40 people had been killed.",
    ],
)
def test_where_a_body_is_based_is_no_place_of_the_incident(sentence: str) -> None:
    text = "On 4 May 2019 soldiers killed 12 people in Aleppo, Syria. " + sentence
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert "London" not in {p.name for p in doc.places}


@pytest.mark.parametrize(
    ("text", "name", "act"),
    [
        ("María Antonia Berger was disappeared in 1979.", "María Antonia Berger", "abduction"),
        ("Alberto Camps was killed by security forces in 1977.", "Alberto Camps", "killing"),
    ],
)
def test_a_named_person_whose_life_was_taken_is_a_named_victim(
    text: str, name: str, act: str
) -> None:
    ms = _run(text, published=date(2022, 8, 22))
    assert [(m.acts, m.named_victims) for m in ms] == [([act], [name])]


def test_the_city_a_statement_was_made_in_is_no_place_of_the_incident() -> None:
    text = (
        "Police killed 15 people in Racak, Kosovo, on 15 January 1999.\n\nIn Belgrade, the "
        "Interior Ministry said on Friday that the dead were fighters."
    )
    doc = default_pipeline().run(text, doc="t.txt", published=date(1999, 1, 16)).doc
    assert "Belgrade" not in {p.name for p in doc.places}


def test_the_city_residents_speak_in_stays_a_place() -> None:
    text = "On 3 May 2016 a car bomb killed 12 people. In Mosul, officials said the toll rose."
    doc = default_pipeline().run(text, doc="t.txt", published=date(2016, 5, 4)).doc
    assert "Mosul" in {p.name for p in doc.places}


def test_bodies_found_a_day_after_an_operation_date_the_killing_the_day_before() -> None:
    ms = _run(
        "Monitors on Saturday found the bodies of 40 villagers shot in the head in Racak, a day "
        "after police swept through it.",
        published=date(1999, 1, 17),
    )
    assert [m.date for m in ms if "killing" in m.acts] == ["1999-01-15"]


def test_and_opens_no_speakers_name() -> None:
    text = BASE + "Ambassadors will meet on Sunday, and alliance officials said 20 people died."
    assert _voices(text)[-1] == "alliance officials"


def test_the_scene_day_is_the_last_day_told_not_a_month_told_after_it() -> None:
    ms = _run(
        "Before dawn on 22 April 1994, soldiers surrounded the quarter of Varenko, a stronghold "
        "of the president overthrown in the coup of September 1991.\n\nThe soldiers broke "
        "down doors and shot 26 people in the lanes.",
        published=date(2024, 4, 22),
    )
    assert [m.date for m in ms if "killing" in m.acts] == ["1994-04-22"]


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("The committee put the toll at 30,000.", "committee", 30000),
        ("Rifaat al-Assad is reported to have put the toll at 38,000.", "Rifaat al-Assad", 38000),
        (
            "Lowland government figures released in October put the toll at about 2,000.",
            "government figures",
            2000,
        ),
    ],
)
def test_a_toll_put_by_a_voice_is_its_claim(sentence: str, voice: str, killed: int) -> None:
    ms = _run(BASE + sentence)
    assert _voiced(ms, voice).counts["killed"].value == killed


def test_the_speaker_is_no_perpetrator_of_the_toll_it_gives() -> None:
    ms = _run(BASE + "The government has put the toll at 20 dead.")
    assert "government" not in _voiced(ms, "government").perpetrators


def test_a_figure_retold_in_another_paragraph_stays_with_its_own_paragraphs_incident() -> None:
    ms = _run(
        "- On 23 March 2019, militiamen killed about 160 villagers in Ogossagou.\n"
        "- On 5 June 2021, gunmen killed 132 people in Solhan, according to the government; "
        "local sources said 160 died.",
        published=date(2022, 4, 5),
    )
    sources = _voiced(ms, "local sources")
    assert (sources.counts["killed"].value, sources.date) == (160, "2021-06-05")


def test_a_body_chaired_by_someone_puts_the_number_of_dead_between_two_figures() -> None:
    ms = _run(
        BASE + "The Lowland Commission of Inquiry chaired by Judge Ana Velo, relying on army "
        "figures, put the number of dead at between 20 and 30."
    )
    counts = [m.counts["killed"] for m in ms if m.attributed_to]
    assert [(c.min, c.max) for c in counts] == [(20, 30)]


def test_a_bullet_is_no_part_of_the_speakers_name() -> None:
    text = BASE + "\n- Lowland government figures released in May put the toll at 20."
    assert _voices(text)[-1] == "Lowland government figures"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A hundred years ago today, troops fired on the crowd in the garden.", "1919-04-13"),
        ("One hundred and fifty years ago today, troops fired on the crowd.", "1869-04-13"),
    ],
)
def test_a_hundred_years_ago_today(text: str, day: str) -> None:
    doc = default_pipeline().run(text, doc="t.txt", published=date(2019, 4, 13)).doc
    assert [d.value for d in doc.dates] == [day]


def test_a_day_next_to_the_anniversary_is_of_the_year_the_piece_remembers() -> None:
    text = (
        "Thirty years ago tonight, the army came into the capital from the west.\n\n"
        "I was not there. I was eleven, far away in the south.\n\n"
        "The protests had begun in the spring and grown for weeks.\n\n"
        "On the evening of June 3 troops opened fire on the crowds near Muxidi, killing dozens."
    )
    doc = default_pipeline().run(text, doc="t.txt", published=date(2019, 6, 4)).doc
    assert "1989-06-03" in [d.value for d in doc.dates]


def test_a_sentence_to_preventive_detention_is_imprisonment() -> None:
    ms = _run(
        "On 24 August 2012 the district court sentenced him to preventive detention for 21 years."
    )
    assert [m.acts for m in ms] == [["imprisonment"]]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("Some Lowland associations put the number of dead at 20.", "Lowland associations"),
        (
            "That inquiry, led by Judge Ana Velo, concluded that the soldiers killed 20 people.",
            "inquiry",
        ),
        ("Researchers at the Lowland Archive published a list of 20 people killed.", "Researchers"),
    ],
)
def test_associations_an_inquiry_and_a_published_list_speak(sentence: str, voice: str) -> None:
    assert _voiced(_run(BASE + sentence), voice).counts["killed"].value == 20


def test_a_copyright_line_ends_the_publishers_name_at_its_full_stop() -> None:
    text = (
        "Soldiers killed 40 men in Varenko on 4 May 2019, the Valley Rights Monitor said.\n\n"
        "© 2019 Valley Rights Monitor. All rights reserved."
    )
    assert all(m.attributed_to is None for m in _run(text))


def test_a_name_with_letters_of_latin_extended_a_is_a_named_victim() -> None:
    ms = _run("Tšepo Motaung was killed by police in Sharpeville on 21 March 1960.")
    assert [m.named_victims for m in ms] == [["Tšepo Motaung"]]
