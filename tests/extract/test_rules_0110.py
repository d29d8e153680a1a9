"""Rules added in rules@0.11.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.extract.dateadjust import year_told_before
from factfinder.extract.datetext import DateParser
from factfinder.extract.letters import UPPER, capitals
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 12)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _run_all(text: str, published: date = PUBLISHED) -> list[Mention]:
    """The incidents and the undated claims (kept out of the incidents since rules@0.12.0)."""
    result = default_pipeline().run(text, doc="t.txt", published=published)
    return result.mentions + result.undated


def test_every_latin_capital_is_a_capital() -> None:
    for letter in "ÉÖŠŁŻĐİÑÅÇŐŰ":
        assert letter in UPPER
    assert "ß" not in UPPER and "é" not in UPPER
    assert capitals("[A-Z][a-z]+") == f"[{UPPER}][a-z]+"
    assert capitals("[A-Z0-9]") == "[A-Z0-9]"  # only the capital class itself


def test_a_sentence_opening_with_an_accented_capital_is_a_sentence_of_its_own() -> None:
    text = (
        "Soldiers shot dead 14 men in the village of Vrelo on 3 May 1992. "
        "Émile Durand, the mayor, said 20 men had been killed."
    )
    pipe = default_pipeline()
    result = pipe.run(text, doc="t.txt", published=PUBLISHED)
    assert result.doc is not None and len(result.doc.sentences) == 2
    by_voice = {m.attributed_to: m.counts["killed"].value for m in result.mentions}
    assert by_voice == {None: 14, "Émile Durand": 20}


@pytest.mark.parametrize(
    ("town", "country"),
    [("Łódź", "PL"), ("Ürümqi", "CN"), ("Ñuñoa", "CL"), ("Šiauliai", "LT"), ("Đà Nẵng", "VN")],
)
def test_a_town_opening_with_an_accented_capital_is_found(town: str, country: str) -> None:
    ms = _run(f"Police arrested 30 students in {town} on 2 March 2021.")
    assert [(m.place, m.country) for m in ms] == [(town, country)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops killed 12 people in the city on 5 July 2009, said Omer Kanat.",
        "Troops killed 12 people in the city on 5 July 2009, said Omer Kanat of the congress.",
        "Troops killed 12 people in the city on 5 July 2009, according to Omer Kanat.",
        "According to Omer Kanat, troops killed 12 people in the city on 5 July 2009.",
        "Troops killed 12 people in the city on 5 July 2009, says Ömer Kanat.",
    ],
)
def test_a_person_named_after_the_speech_verb_or_according_to_is_the_voice(
    sentence: str,
) -> None:
    ms = _run(sentence)
    assert [m.attributed_to for m in ms] in (["Omer Kanat"], ["Ömer Kanat"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said Omer Kanat was detained on 5 July 2009.",
        "Troops killed 12 people in the city on 5 July 2009, officials said Tuesday.",
    ],
)
def test_a_name_that_is_no_speaker_stays_out_of_the_voice(sentence: str) -> None:
    voices = [m.attributed_to for m in _run(sentence)]
    assert voices and all(v in ("ministry", "officials") for v in voices), voices


def test_a_norm_after_according_to_is_no_voice() -> None:
    ms = _run("Police detained 40 people on 5 July 2009, according to Article 9 Of The Decree.")
    assert [m.attributed_to for m in ms] == [None]


def test_a_lone_surname_after_the_verb_must_have_been_introduced() -> None:
    text = (
        "Soldiers killed 9 villagers in the hamlet on 4 June 2020. "
        '"We ran," said Ana Ruiz, who lost two sons. '
        "Eleven people were killed that night, says Ruiz."
    )
    assert "Ruiz" in [m.attributed_to for m in _run(text)]
    alone = _run("Eleven people were killed in the hamlet on 4 June 2020, says Ruiz.")
    assert [m.attributed_to for m in alone] == [None]


@pytest.mark.parametrize("noun", ["activist", "historian", "survivor", "researcher"])
def test_a_single_speaker_noun_is_a_voice(noun: str) -> None:
    ms = _run(f"Soldiers killed 30 people in the town on 2 May 2019, a {noun} said.")
    assert [m.attributed_to for m in ms] == [noun]


def test_families_of_the_missing_name_a_group_not_a_disappearance() -> None:
    text = (
        '"We found his card in the mud," said Umm Salim, 63, a member of the committee of '
        "families of the missing in the camp."
    )
    assert _run(text, date(2022, 9, 16)) == []


def test_people_who_remain_unaccounted_for_were_disappeared() -> None:
    ms = _run(
        "Relatives say that hundreds of people arrested by the army since November 2001 "
        "remain unaccounted for."
    )
    assert ms and "abduction" in ms[0].acts


_INTERVIEW = """Fifty years after the strikes we spoke to the historian Maria Kowal, who has studied
the militia files for twenty years.

North Letter: What happened on the first day?

Maria Kowal: On Monday, 14 December 1970, workers left the yard and marched to the party building.

NL: And the next day?

MK: That was Tuesday the 15th. The militia shot dead 6 marchers near the station.

NL: How many people died in total?

MK: By my count 41 people were killed on the coast that week.
"""


def test_an_interviews_answers_are_the_voice_of_the_one_interviewed() -> None:
    ms = _run(_INTERVIEW, date(2020, 12, 16))
    told = {(m.date, m.counts["killed"].value if "killed" in m.counts else None): m.attributed_to
            for m in ms}  # fmt: skip
    assert told[("1970-12-15", 6)] == "Maria Kowal"
    assert all(v == "Maria Kowal" for v in told.values()), told


def test_a_question_tells_no_incident() -> None:
    ms = _run(_INTERVIEW, date(2020, 12, 16))
    assert not any("How many" in m.evidence for m in ms)
    assert _run("How many people were killed in the village on 3 May 2019?") == []


def test_q_and_a_answers_are_the_voice_of_the_person_the_lead_introduced() -> None:
    text = (
        "Ten years on, Ana Ruiz, a researcher who interviewed hundreds of refugees, looks "
        "back.\n\nQ: What happened on the square?\n\nA: On 13 May 2005 troops opened fire "
        "and killed at least 300 people.\n\nQ: And after?\n\nA: Hundreds were detained."
    )
    ms = _run(text, date(2015, 5, 13))
    assert [m.attributed_to for m in ms if "killed" in m.counts] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("Early on Thursday, 17 December, soldiers killed 18 workers", "1970-12-17"),
        ("On the Monday, the 14th, soldiers killed 18 workers", "1970-12-14"),
        ("By Wednesday morning soldiers had killed 18 workers", "1970-12-16"),
    ],
)
def test_a_day_told_without_its_year_in_a_story_told_decades_later(phrase: str, day: str) -> None:
    text = f"On Saturday, 12 December 1970, prices rose. That was Tuesday the 15th. {phrase}."
    ms = [m for m in _run(text, date(2020, 12, 16)) if "killed" in m.counts]
    assert [m.date for m in ms] == [day]


def test_a_holiday_after_a_date_with_its_year_is_of_that_year() -> None:
    text = "on 12 december 1970, two weeks before christmas, prices rose."
    found = DateParser(date(2020, 12, 16)).parse(text, 0, len(text))
    assert [f.value for f in found] == ["1970-12-12", "2019-12-25"]  # each alone
    assert [f.value for f in year_told_before(text, found)] == ["1970-12-12", "1970-12-25"]


def test_a_weekday_of_the_telling_stays_the_tellings() -> None:
    text = (
        "Soldiers killed 52 residents of the camp on 1 September 2013. "
        "Tuesday marks the seventh anniversary of the massacre. "
        "On Monday, police arrested 12 protesters outside the embassy."
    )
    ms = _run(text, date(2020, 9, 2))
    assert [m.date for m in ms if "arrested" in m.counts] == ["2020-08-31"]


_LIVE = """LIVE  Protests in the south: clashes near the airport

Live reporting by our correspondents

Tue 10 Jan, 08:15
The prime minister announced a curfew from 8 p.m. tonight.

Tue 10 Jan, 07:50
The Interior Ministry says police shot dead two protesters late on Monday.

Mon 9 Jan, 23:10
The Ombudsman's Office (Defensoria) has raised its count: 17 civilians have died in Juliapa today.

Mon 9 Jan, 18:40
Video shared online shows police firing rifles at protesters; three men were shot dead.
"""


def test_a_live_blogs_entries_are_read_against_their_own_stamps() -> None:
    ms = _run(_LIVE, date(2023, 1, 9))
    by_count = {m.counts["killed"].value: (m.date, m.attributed_to) for m in ms
                if "killed" in m.counts}  # fmt: skip
    assert by_count[17] == ("2023-01-09", "Ombudsman's Office")
    assert by_count[3] == ("2023-01-09", None)  # no day of its own: its entry's
    assert by_count[2] == ("2023-01-09", "Interior Ministry")  # "late on Monday", told Tue


def test_one_time_stamp_is_a_publication_time_not_a_live_blog() -> None:
    text = (
        "Saturday, January 16, 1999 - 18:42 GMT\n\nMonitors counted 45 dead in the village "
        "on Friday."
    )
    ms = _run(text, date(1999, 1, 16))
    assert [m.date for m in ms if m.counts["killed"].value == 45] == ["1999-01-15"]


def test_a_footnote_mark_after_the_stop_ends_the_sentence() -> None:
    text = (
        "Doctors at the field hospital said 52 people had died.[5] A Ministry of Health "
        "statement carried by the state agency the next day gave a figure of 41 dead.[6]"
    )
    ms = _run_all(text, date(2011, 3, 19))
    assert {m.attributed_to: m.counts["killed"].value for m in ms} == {
        "Doctors": 52,
        "Ministry of Health": 41,
    }


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("A Russian newspaper correspondent who reached the town shortly afterwards wrote "
         "that at least 64 people had been shot dead on 16 December 2011.", "correspondent"),
        ("Doctors at the city hospital tell local radio that at least nine people died on "
         "9 January 2023.", "Doctors"),
        ("Survivors' associations have long put the dead at around 5,000 in the massacre of "
         "10 February 1984.", "associations"),
        ("The Tribunal for the Former Republic (TFR) found that 800 men were executed on "
         "11 July 1995.", "Tribunal for the Former Republic (TFR)"),
    ],
)  # fmt: skip
def test_more_speakers(sentence: str, voice: str) -> None:
    voices = [m.attributed_to or "" for m in _run(sentence)]
    assert voices and all(voice in v for v in voices), voices


@pytest.mark.parametrize(
    ("second", "act", "day"),
    [
        ("He was hanged eight days later.", "execution", "2010-01-25"),
        ("The next day, soldiers arrested 40 men in the town.", "arrest", "2010-01-18"),
        ("Two weeks later, soldiers arrested 40 men in the town.", "arrest", "2010-01-31"),
        ("Soldiers arrested 40 men in the town nine days after the verdict.", "arrest",
         "2010-01-26"),
    ],
)  # fmt: skip
def test_a_day_counted_from_the_day_told_before(second: str, act: str, day: str) -> None:
    text = f"On 17 January 2010 the court sentenced Omar Halil to death in the verdict. {second}"
    ms = _run(text, date(2015, 3, 1))
    assert [m.date for m in ms if act in m.acts] == [day]


def test_a_day_counted_from_the_day_told_not_from_one_counted() -> None:
    text = (
        "Masked men seized the lawyer in the capital on 7 September 2020. The next day she "
        "was expelled to the border. Her colleague was detained two days later."
    )
    ms = _run(text, date(2021, 9, 6))
    assert [m.date for m in ms if "arrest" in m.acts] == ["2020-09-09"]


def test_a_year_less_day_of_the_month_told_before_is_of_that_story() -> None:
    text = (
        "Our lawyer was arrested on the night of 15 February 2011, and dozens were injured "
        "when police broke up the crowd at the gate.\n\n"
        'Two days later, on 17 February, the "Day of Rage", security forces shot dead 84 '
        "people across the east."
    )
    ms = _run(text, date(2013, 6, 29))
    assert [m.date for m in ms if "killed" in m.counts] == ["2011-02-17"]


def test_a_date_in_the_speakers_own_clause_is_the_speakers() -> None:
    text = (
        "Troops fired on the crowd in the square on 13 May 2005. The rights office, which "
        "interviewed refugees in June 2005, concluded that 300 to 500 people had been killed."
    )
    ms = _run(text, date(2015, 5, 13))
    assert [(m.attributed_to, m.date) for m in ms if "killed" in m.counts] == [
        ("rights office", "2005-05-13")
    ]


def test_a_day_counted_from_the_sentences_own_day() -> None:
    text = (
        "On 17 January 2010 the court sentenced Omar Halil to death, and he was hanged eight "
        "days later."
    )
    ms = _run(text, date(2015, 3, 1))
    assert sorted((m.acts[0], m.date) for m in ms) == [
        ("death_sentence", "2010-01-17"),
        ("execution", "2010-01-25"),
    ]


def test_an_act_with_its_own_day_after_a_counted_one_keeps_its_own() -> None:
    text = (
        "The unrest reached the capital on 21 December 1989; the president fled the next day "
        "and was executed, with his wife, on 25 December."
    )
    ms = _run(text, date(2019, 12, 16))
    assert [m.date for m in ms if "execution" in m.acts] == ["1989-12-25"]


def test_the_day_of_the_crimes_a_court_sentences_for_is_not_the_sentences() -> None:
    text = (
        "In October 2009 the court sentenced six men to death for robbery committed on 5 July 2009."
    )
    ms = _run(text, date(2010, 7, 5))
    assert [m.date for m in ms if "death_sentence" in m.acts] == ["2009-10"]


@pytest.mark.parametrize(
    ("second", "phrase", "day"),
    [
        ("The village itself was set on fire on the same day.", "on the same day", "2016-11-27"),
        ("Royal guards had attacked police posts the previous day and killed 14 officers.",
         "the previous day", "2016-11-26"),
        ("Three days earlier, guards had abducted 40 traders from the market.",
         "Three days earlier", "2016-11-24"),
    ],
)  # fmt: skip
def test_a_day_counted_back_or_the_same_day(second: str, phrase: str, day: str) -> None:
    text = f"Soldiers stormed the palace on 27 November 2016 and killed 87 people. {second}"
    result = default_pipeline().run(text, doc="t.txt", published=date(2017, 11, 26))
    assert result.doc is not None
    told = {text[d.start : d.end]: d.value for d in result.doc.dates}
    assert told[phrase] == day


@pytest.mark.parametrize(
    "second",
    [
        "They protested against the curfew that the prefect had imposed twelve days earlier.",
        "Monitors called for an inquiry into the deaths of the previous day.",
    ],
)
def test_a_day_counted_for_another_event_is_not_the_sentences(second: str) -> None:
    text = f"On 17 October 1961 police killed dozens of marchers in the capital. {second}"
    ms = _run(text, date(2021, 10, 17))
    assert all(m.date in ("1961-10-17", None) for m in ms), [m.date for m in ms]


@pytest.mark.parametrize(
    ("sentence", "act"),
    [
        ('Around 11,000 people were held in "rehabilitation" centres in May 2009.', "arrest"),
        ("In May 2009 some 280,000 people were held in closed camps.", "arrest"),
        ("Forty men were held without charge in May 2009.", "arrest"),
        ("In May 2011 thousands of oil workers walked out over pay.", "protest"),
        ("Soldiers took three young men from the yard on 22 July 1990.", "abduction"),
    ],
)
def test_more_act_words(sentence: str, act: str) -> None:
    assert [act in m.acts for m in _run(sentence)] == [True]


def test_a_meeting_held_in_a_square_is_no_detention() -> None:
    assert all("arrest" not in m.acts for m in _run("A rally was held in the square on 3 May."))


@pytest.mark.parametrize(
    ("sentence", "voice", "least"),
    [
        ("Historians now generally speak of between 15,000 and 20,000 dead in the massacres "
         "of May 1945.", "Historians", 15000),
        ('Human Rights Watch spoke of "hundreds" killed on 13 May 2005.', "Human Rights Watch",
         200),
    ],
)  # fmt: skip
def test_a_voice_that_speaks_of_a_figure(sentence: str, voice: str, least: int) -> None:
    ms = _run(sentence, date(2020, 1, 1))
    assert [(m.attributed_to, m.counts["killed"].min) for m in ms] == [(voice, least)]


def test_a_relative_clause_that_gives_a_figure_is_its_antecedents_voice() -> None:
    text = (
        "The official toll for the days of unrest that followed, 176 dead, was never accepted "
        "by community leaders, who put the real number in the hundreds; some historians "
        "estimate that about 700 people were killed in June 1976."
    )
    ms = _run(text, date(2016, 6, 16))
    told = {m.attributed_to: m.counts["killed"] for m in ms}
    assert told["community leaders"].min == 200 and told["community leaders"].vague
    assert told["some historians"].value == 700


def test_a_relative_clause_of_the_same_voice_stays_in_its_mention() -> None:
    text = (
        "Police killed 12 protesters on 3 May 2019, according to Amnesty International, which "
        "documented 15 deaths."
    )
    assert [m.attributed_to for m in _run(text)] == ["Amnesty International"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The Kenya Red Cross said 10 people were killed in the attack on 3 May 2019.",
         "Kenya Red Cross"),
        ("The Chinese Red Cross said 2,600 people had died on 4 June 1989.", "Chinese Red Cross"),
        ("The Red Cross said 10 people were killed in the attack on 3 May 2019.",
         "International Committee of the Red Cross"),
        ("The International Red Cross said 10 people were killed in the attack on 3 May 2019.",
         "International Committee of the Red Cross"),
    ],
)  # fmt: skip
def test_a_national_red_cross_society_is_not_the_icrc(sentence: str, voice: str) -> None:
    assert [m.attributed_to for m in _run(sentence, date(2020, 1, 1))] == [voice]


def test_those_who_charge_a_killing_are_its_voice() -> None:
    text = (
        "In December 2008 US prosecutors charged the guards over the deaths of 14 people in "
        "the square on 16 September 2007."
    )
    ms = _run(text, date(2014, 1, 1))
    assert [(m.attributed_to, m.counts["killed"].value) for m in ms] == [("US prosecutors", 14)]


def test_police_who_charge_a_crowd_are_no_voice() -> None:
    ms = _run("Police charged the crowd and killed 14 people on 16 September 2007.")
    assert [m.attributed_to for m in ms] == [None]


def test_a_caption_credit_line_is_no_speaker_label() -> None:
    text = (
        "Photo Credit: Lena Ross took this picture at the march.\n\nSoldiers killed 12 villagers "
        "in the hamlet on 3 May 2019.\n\nPhoto Credit: Lena Ross took this one too.\n\nPolice "
        "arrested 40 people in the town on 4 May 2019."
    )
    assert all(m.attributed_to is None for m in _run(text, date(2019, 5, 6)))
