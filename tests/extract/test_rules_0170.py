"""Rules added in rules@0.17.0 (places), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2024, 5, 14)


def _run(pipe: Pipeline, text: str) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=PUBLISHED).mentions


def _places(pipe: Pipeline, text: str) -> list[str]:
    doc = pipe.run(text, doc="t.txt", published=PUBLISHED).doc
    assert doc is not None
    return [p.name for p in doc.places]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Gunmen stormed the Riverside Public School in Kandahar on 3 May 2015, killing 12 "
         "pupils.", "Riverside Public School"),
        ("On 9 September 1971, troopers killed 10 inmates at the Ridgeway Correctional Facility "
         "in New York.", "Ridgeway Correctional Facility"),
        ("On 6 October 1976, police shot dead 46 students at Kelvale Technical University.",
         "Kelvale Technical University"),
        ("Gunmen killed 67 shoppers at the Harbourview shopping mall in Nairobi on 21 September "
         "2013.", "Harbourview shopping mall"),
        ("On 22 September 2013, two bombers killed 85 worshippers at All Souls Church in "
         "Peshawar.", "All Souls Church"),
    ],
)  # fmt: skip
def test_a_site_is_named_with_its_kind_in_either_case(
    pipe: Pipeline, text: str, place: str
) -> None:
    (m,) = _run(pipe, text)
    assert m.place == place  # (not the town it is in: the most specific place named)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("On 20 December 1978, mobs attacked Alevi homes in the Turkish city of Malatya, "
         "killing 40 people.", "Malatya"),  # (not "Turkish")
        ("On 12 March 2001, soldiers killed 14 worshippers at the Methodist church in Jos.",
         "Jos"),  # (a church of a denomination, with no name of its own)
    ],
)  # fmt: skip
def test_a_people_or_a_faith_before_a_kind_is_no_name(
    pipe: Pipeline, text: str, place: str
) -> None:
    (m,) = _run(pipe, text)
    assert m.place == place


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("On 8 May 1945 a march in Setif, Algeria, ended in riots. Troops combed the mountain "
         "villages; a cruiser shelled the hills above the Kherrata gorges. Whole hamlets were "
         "burned. In Guelma, militias killed 500 men.", "Whole"),
        ("Police said 48 people died in Friday's violence in Odessa, Ukraine, on 2 May 2014. "
         "Police detained 100 people after Friday's clashes, and 12 more in Friday's "
         "aftermath.", "Friday's"),
        # (guards: hold before and after the rules)
        ("On 2 March 1937 bombers killed 250 people in Durango. The general's headquarters in "
         "Salamanca announced that no aircraft had flown.", "general's headquarters"),
        ("On 14 April 2014 gunmen abducted 276 girls in Chibok, Nigeria. Defence Headquarters "
         "said 100 of them had been freed.", "Defence Headquarters"),
    ],
)  # fmt: skip
def test_common_words_days_and_institutions_are_no_places(
    pipe: Pipeline, text: str, not_place: str
) -> None:
    assert not_place not in _places(pipe, text)


def test_where_a_case_is_heard_is_not_where_the_killing_was_done(pipe: Pipeline) -> None:
    (m,) = _run(
        pipe,
        "On 13 July 1995, soldiers killed 1,000 men at the Kravica farm; prosecutors in The "
        "Hague showed it.",
    )
    assert m.place != "The Hague"


def test_where_a_case_is_heard_is_the_place_of_its_sentence(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    (m,) = _run(
        pipe,
        "On 22 November 2017 the tribunal in The Hague sentenced the general to life imprisonment.",
    )
    assert m.place == "The Hague"


def test_the_foot_of_a_bridge_is_the_bridge_s_place(pipe: Pipeline) -> None:
    (m,) = _run(
        pipe,
        "On 22 January 1987, troops opened fire on farmers at the foot of the Mendiola bridge "
        "in Manila, near Malacañang Palace, killing 13.",
    )
    assert m.place == "Mendiola bridge"  # (not the palace the farmers were near)


def test_a_town_named_with_a_geographic_word_is_a_locality(pipe: Pipeline) -> None:
    # ("Bay" alone names no place, and was a reason to refuse any name that held it)
    ms = _run(
        pipe,
        "On 11 October 1865 the militia fired on marchers at Morvant Bay, Jamaica, killing "
        "seven. Soldiers later hanged 400 people at Morvant Bay.",
    )
    assert {m.place for m in ms} == {"Morvant Bay"}


@pytest.mark.parametrize(
    "text",
    [
        # the act verb coordinated with the first verb of the name that opens the sentence
        "On 3 March 1993, Stefan Varga and others drove nine villagers to a quarry, lined them "
        "up and opened fire, killing six.",
        # (a date opening the sentence with no comma after it)
        "On 3 March 1993 Stefan Varga drove nine villagers to a quarry, lined them up and opened "
        "fire, killing six.",
        "On 4 April 1993, Stefan Varga and his men shot dead 12 prisoners at the barracks.",
        "On 4 April 1993, Stefan Varga deliberately shot dead 12 prisoners at the barracks.",
    ],
)
def test_a_named_agent_leads_others_and_coordinated_verbs(pipe: Pipeline, text: str) -> None:
    (m,) = _run(pipe, text)
    assert m.perpetrators == ["Stefan Varga"]


def test_a_name_before_another_subject_s_act_is_not_its_agent(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    (m,) = _run(pipe, "On 5 May 2001, Tomas Arvel visited the camp, and 12 people were killed.")
    assert m.perpetrators == []


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("Guides at the memorial generally speak of 5,500.", "Guides", 5500),
        ("Documents of the prefecture put the toll at 4,100.", "Documents", 4100),
    ],
)
def test_guides_and_documents_are_voices(
    pipe: Pipeline, sentence: str, voice: str, killed: int
) -> None:
    text = "On 15 April 1994 militiamen killed 5,000 people at the Kalinda church. " + sentence
    ms = _run(pipe, text)
    own = [m for m in ms if m.attributed_to is None]
    assert [m.counts["killed"].value for m in own] == [5000]  # (the report's figure stays)
    (theirs,) = [m for m in ms if m.attributed_to == voice]
    assert theirs.counts["killed"].value == killed


def test_a_town_after_off_or_towards_is_a_place(pipe: Pipeline) -> None:
    # (with no article: "through the Green Zone", "along the Lander River" name no town)
    (m,) = _run(pipe, "On 15 May 1985 armed men killed 36 passengers on a ferry off Jaffna.")
    assert m.place == "Jaffna"


def test_a_day_without_its_year_after_years_ago_today_is_of_the_story(pipe: Pipeline) -> None:
    text = (
        "COLOMBO TIMES | Thursday, 14 May 2015\n\n"
        "Thirty years ago today, gunmen killed 146 people in Anuradhapura.\n\n"
        "The town mourns every year.\n\n"
        "On the following day, 15 May, armed men killed 36 passengers on a ferry off Jaffna."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2015, 5, 14)).mentions
    # (not 15 May 2014: the dateline's May is no story's)
    assert {(m.date, m.counts["killed"].value) for m in ms} == {
        ("1985-05-14", 146),
        ("1985-05-15", 36),
    }


def test_a_party_to_a_case_is_no_town(pipe: Pipeline) -> None:
    text = (
        "On 1 October 1919 a posse killed 25 sharecroppers near Elaine, Arkansas. In 1923, in "
        "Moore v. Dempsey, the Supreme Court set aside the sentences."
    )
    assert "Moore" not in _places(pipe, text)


def test_a_locality_named_with_its_kind_of_area_is_a_province(pipe: Pipeline) -> None:
    text = (
        "On 1 October 1919 a posse killed 25 sharecroppers in Tallow County, Arkansas. Troops "
        "were sent into Tallow County the next day."
    )
    doc = pipe.run(text, doc="t.txt", published=PUBLISHED).doc
    assert doc is not None
    assert {p.kind for p in doc.places if p.name == "Tallow County"} == {"province"}


def test_a_sentence_a_court_passes_is_told_in_the_report_s_voice(pipe: Pipeline) -> None:
    # (gold lines never give a sentence passed to the court's voice: the court does the act)
    ms = _run(
        pipe,
        "On 22 July 2011 a gunman killed 77 people on Utoya. Oslo District Court found Anders "
        "Breivik sane and sentenced him to 21 years in prison on 24 August 2012.",
    )
    (sentence,) = [m for m in ms if "imprisonment" in m.acts]
    assert sentence.attributed_to is None


def test_today_between_speakers_and_their_verb_is_the_time_of_the_telling(
    pipe: Pipeline,
) -> None:
    text = (
        "On 30 September 1919 a posse killed 25 sharecroppers near Elaine, Arkansas. Historians "
        "today generally put the toll at 200."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2019, 9, 29)).mentions
    historians = [m for m in ms if m.attributed_to == "Historians"]
    assert [(m.date, m.counts["killed"].value) for m in historians] == [("1919-09-30", 200)]
    assert all(m.date == "1919-09-30" for m in ms)  # (no killing of the day of publication)


def test_today_before_a_court_s_verb_dates_its_sentence(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    text = (
        "On 22 July 2011 a gunman killed 77 people on Utoya. Oslo District Court today found "
        "Anders Breivik sane and sentenced him to 21 years in prison."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2012, 8, 24)).mentions
    assert {(m.date, m.attributed_to) for m in ms} == {("2011-07-22", None), ("2012-08-24", None)}


@pytest.mark.parametrize("finding", ["held it proven that", "held that", "found that"])
def test_a_day_a_court_found_sets_the_scene_of_the_acts_told_next(
    pipe: Pipeline, finding: str
) -> None:
    # ("found that on 4 March 1997": the day opens what was found, not the day of the finding)
    text = (
        "Yesterday, Friday 9 July, a court in Coban sentenced nine soldiers to thirty years in "
        "prison.\n\n"
        f"The court {finding} on Tuesday 4 March 1997 a patrol entered the village of Santa "
        "Lucia without orders.\n\n"
        "When villagers asked the soldiers to leave, the patrol opened fire. Seven people were "
        "killed."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2004, 7, 10)).mentions
    killing = [m for m in ms if "killing" in m.acts]
    assert [(m.date, m.counts["killed"].value) for m in killing] == [("1997-03-04", 7)]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        ("a court sentenced three men to between 41 years and life in prison.",
         ["imprisonment"]),
        ("a court sentenced 12 protesters to death.", ["death_sentence"]),
    ],
)  # fmt: skip
def test_a_sentenced_figure_is_of_the_sentence_its_words_tell(
    pipe: Pipeline, sentence: str, acts: list[str]
) -> None:
    # (a prison term was also a death sentence: every sentenced figure added that act)
    (m,) = _run(pipe, "On 3 July 2019 " + sentence)
    assert sorted(m.acts) == acts


def test_death_sentences_and_prison_terms_of_one_verdict_are_two_mentions(
    pipe: Pipeline,
) -> None:
    ms = _run(
        pipe,
        "On 16 July 1946 the court sentenced 43 of the defendants to death by hanging and 22 to "
        "life imprisonment.",
    )
    assert sorted((m.counts["sentenced"].value, "death_sentence" in m.acts) for m in ms) == [
        (22, False),
        (43, True),
    ]


def test_a_unit_s_ordinal_opens_its_name(pipe: Pipeline) -> None:
    (m,) = _run(pipe, "On 5 June 1919 the 9th Lancers killed 40 villagers in Kaloma.")
    assert m.perpetrators == ["9th Lancers"]


def test_an_office_once_held_speaks(pipe: Pipeline) -> None:
    text = (
        "On 18 March 2011 gunmen abducted 40 people in Allende. In 2014 the town's then-mayor "
        "told reporters that some 300 people had been taken away."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2021, 3, 18)).mentions
    (mayor,) = [m for m in ms if m.attributed_to and "then-mayor" in m.attributed_to]
    assert (mayor.date, mayor.counts["abducted"].value) == ("2011-03-18", 300)


def test_a_list_circulated_is_its_circulators_figure(pipe: Pipeline) -> None:
    text = (
        "On 16 November 2019 security forces killed 38 people near Mahshahr. Local activists in "
        "the diaspora have circulated a list of 148 names of people they say were killed there."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2020, 5, 1)).mentions
    assert sorted((m.attributed_to, m.counts["killed"].value) for m in ms if m.attributed_to) == [
        ("Local activists", 148)
    ]


@pytest.mark.parametrize(
    "quoted",
    [
        '"We heard it as one long burst," Tomas Rek said. "Before nightfall we had counted '
        'more than 150 bodies at the hospital."',
        'Tomas Rek said: "We heard it as one long burst. Before nightfall we had counted more '
        'than 150 bodies at the hospital."',
    ],
)
def test_a_quotation_that_runs_on_is_its_speaker_s(pipe: Pipeline, quoted: str) -> None:
    text = "On 14 May 1985 gunmen killed 146 people in Anuradhapura.\n\n" + quoted
    ms = pipe.run(text, doc="t.txt", published=date(2015, 5, 14)).mentions
    (rek,) = [m for m in ms if m.attributed_to == "Tomas Rek"]
    assert rek.counts["killed"].min == 151


def test_witnesses_who_described_the_killing_of_a_number_give_their_figure(
    pipe: Pipeline,
) -> None:
    text = (
        "On 24 February 2003 militiamen attacked Kalonde and killed 60 people. Witnesses who "
        "testified at trial described the killing of around 200 people that morning."
    )
    ms = pipe.run(text, doc="t.txt", published=date(2020, 2, 24)).mentions
    (witnesses,) = [m for m in ms if m.attributed_to == "Witnesses"]
    assert (witnesses.date, witnesses.counts["killed"].value) == ("2003-02-24", 200)


def test_the_words_of_a_death_sentence_end_at_the_next_figure(pipe: Pipeline) -> None:
    # ("and thirteen" opens the next figure as "and twelve" does)
    ms = _run(
        pipe,
        "On 3 July 2019 the court sentenced 12 of the accused to life imprisonment and thirteen "
        "to death.",
    )
    assert sorted((m.counts["sentenced"].value, "death_sentence" in m.acts) for m in ms) == [
        (12, False),
        (13, True),
    ]
