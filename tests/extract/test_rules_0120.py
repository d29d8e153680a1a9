"""Rules added in rules@0.12.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2016, 10, 6)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _dates(text: str, published: date = PUBLISHED) -> list[tuple[str, str]]:
    result = default_pipeline().run(text, doc="t.txt", published=published)
    assert result.doc is not None
    return [(d.value, result.doc.norm[d.start : d.end]) for d in result.doc.dates]


def test_mid_month_alone_in_a_sentence_is_a_month() -> None:
    assert _dates("In mid-September 1976 the former ruler came back to the capital.") == [
        ("1976-09", "mid-September 1976")
    ]


@pytest.mark.parametrize(
    "phrase", ["By the first days of October", "In the last week of October", "By October"]
)
def test_the_first_days_of_a_month_continue_the_story_told_years_before(phrase: str) -> None:
    text = (
        "In mid-September 1976 the former ruler came back to the capital.\n\n"
        f"{phrase}, police had arrested 40 students on the campus."
    )
    ms = _run(text)
    assert [m.date for m in ms] == ["1976-10"]


def test_a_day_after_a_month_of_the_story_told_years_later_is_of_the_story() -> None:
    text = (
        "In mid-September 1976 the former ruler came back to the capital.\n\n"
        "On 24 September, two poster-hangers were beaten to death in a provincial town."
    )
    assert [m.date for m in _run(text)] == ["1976-09-24"]


def test_a_month_after_last_years_story_is_this_years_as_news_tells_it() -> None:
    text = (
        "On 15 February last year, security officers arrested the lawyer at his home.\n\n"
        "Police arrested 12 protesters outside the court in March."
    )
    dates = [m.date for m in _run(text, date(2012, 6, 29))]
    assert dates == ["2011-02-15", "2012-03"]


def test_the_date_of_another_event_named_in_a_clause_does_not_set_the_story_year() -> None:
    text = (
        "In mid-September 1976 the former ruler, driven out by the uprising of October 1973, "
        "came back.\n\n"
        "On 24 September, two poster-hangers were beaten to death in a provincial town."
    )
    assert "1976-09-24" in [m.date for m in _run(text)]


@pytest.mark.parametrize(
    "text",
    [
        "3.1 The judgment lists every person killed on 22 July 2011, with age and home town.",
        "2.10 Chemical weapons killed villagers in the valley on 16 March 1988.",
    ],
)
def test_a_section_number_is_no_count(text: str) -> None:
    (m,) = _run(text)
    assert m.counts == {}


def test_a_decimal_with_a_scale_word_is_still_a_count() -> None:
    (m,) = _run("About 1.5 million people were displaced by the fighting in March 2016.")
    assert m.counts["victims"].value == 1_500_000


def test_a_day_in_a_relative_clause_sets_no_scene_for_the_paragraphs_after() -> None:
    text = (
        "The bombing and the shootings of 22 July 2011 killed 77 people.\n\n"
        "The central issue at the trial, which opened on 16 April, was his sanity.\n\n"
        "He admitted the bombing and the shootings but pleaded not guilty."
    )
    assert [m.date for m in _run(text, date(2012, 8, 24))] == ["2011-07-22"]


CHRONOLOGY = """TIMELINE: the siege of the hospital

DAY 1 — Monday, 6 March 2006

Day 1, 08:40 — Gunmen take 200 patients and staff hostage in the hospital.

DAY 2 — Tuesday, 7 March

Day 2, 14:00 — The gunmen shoot dead three hostages in the courtyard.

DAY 3 — Wednesday, 8 March

Day 3, 11:15 — Special forces storm the building; 12 hostages are killed.
"""


def test_a_chronologys_day_headings_date_the_entries_below_them() -> None:
    result = default_pipeline().run(CHRONOLOGY, doc="t.txt", published=date(2016, 3, 6))
    assert result.doc is not None
    stamps = [s.stamp.value for s in result.doc.sentences if s.stamp is not None]
    assert stamps == ["2006-03-06", "2006-03-07", "2006-03-08"]  # (not 2015-03-07)
    assert {m.date for m in result.mentions} == {"2006-03-07", "2006-03-08"}


SOURCES = """Gunmen stormed the hospital in the town on 8 March 2006.

THE TOLL
• Ministry of Health (official): 34 hostages killed, 12 of them children.
• Regional Court (2009): more than 40 people died and more than 90 were injured.
• Note: figures are provisional.
"""


def test_each_item_of_a_list_of_figures_by_source_speaks_for_its_source() -> None:
    ms = _run(SOURCES, date(2016, 3, 6))
    by_voice = {m.attributed_to: (m.date, m.counts["killed"]) for m in ms if "killed" in m.counts}
    assert set(by_voice) == {"Ministry of Health", "Regional Court"}
    assert by_voice["Ministry of Health"][1].value == 34  # "hostages killed": the dead
    assert by_voice["Regional Court"] == ("2006-03-08", by_voice["Regional Court"][1])
    assert by_voice["Regional Court"][1].min == 41  # (2009) is when the court spoke


PODCAST = (
    "HOST (DANA WHITE): Fifty years ago today, troopers retook the prison yard. When it "
    "stopped, 39 men had been killed.\n\n"
    "DURAND: On 13 September 1971 the troopers fired into the smoke. Twenty-nine prisoners "
    "and ten hostages were killed.\n\n"
    "HOST: And the first account?\n"
)


def test_a_programmes_host_speaks_in_its_own_voice() -> None:
    ms = _run(PODCAST, date(2021, 9, 13))
    assert {m.attributed_to for m in ms} == {None, "Durand"}


BRIEFING = """MODERATOR: The spokesman will make a short statement.

SPOKESMAN, GOVERNMENT OF THE PROVINCE: Yesterday gunmen attacked the school.

As of this morning the figure is 148 killed.

MODERATOR: Last question.
"""


def test_an_organisation_after_a_comma_in_a_label_is_the_voice() -> None:
    ms = _run(BRIEFING, date(2014, 12, 17))
    assert [m.attributed_to for m in ms if "killed" in m.counts] == ["Government of the Province"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The prosecution's case had been that about 50 men were taken away.", "prosecution"),
        ("The court held as proven that soldiers killed 42 people in the church.", "court"),
        ("The union lists 43 names of the dead.", "union"),
        ("The Memory Centre registers 81 people killed in the church.", "Memory Centre"),
    ],
)
def test_more_verbs_give_a_figure_in_a_voice(sentence: str, voice: str) -> None:
    text = "Soldiers killed 40 villagers in the church on 2 May 2002. " + sentence
    ms = _run(text, date(2021, 5, 13))
    assert [m.attributed_to for m in ms] == [None, voice]


def test_a_verb_of_ruling_alone_gives_no_voice() -> None:
    text = (
        "The chambers sentenced the former president to life imprisonment on 30 May 2016 for "
        "crimes committed while he ruled the country."
    )
    assert [m.attributed_to for m in _run(text)] == [None]


SITREP = """SITUATION REPORT No. 2

HIGHLIGHTS
• Armed men attacked the village of Tindou on the night of 4 June 2021.

KEY FIGURES
  132   killed in the village (Government)
  160   killed in the village (local sources)

OVERVIEW
The attack on Tindou on 4 June 2021 was the deadliest attack in the country since 2015.

UNHCR, speaking in Geneva yesterday, referred to at least 138 civilians killed in Tindou.
"""


def test_a_box_of_key_figures_names_each_figures_source() -> None:
    ms = _run(SITREP, date(2021, 6, 9))
    voices = {m.attributed_to: (m.date, m.counts["killed"]) for m in ms if "killed" in m.counts}
    assert set(voices) == {"Government", "local sources", "UNHCR"}
    assert {d for d, _ in voices.values()} == {"2021-06-04"}  # not 2015, not "yesterday"
    assert voices["Government"][1].value == 132 and voices["UNHCR"][1].min == 138


def test_they_counted_speaks_for_the_body_named_before_and_dates_the_deaths() -> None:
    text = (
        "Gunmen killed 108 villagers in Taldou on 25 May 2012.\n\n"
        "UN observers reached the village on Saturday. They counted 92 bodies in the houses."
    )
    ms = _run(text, date(2012, 5, 29))
    assert [(m.attributed_to, m.date) for m in ms] == [
        (None, "2012-05-25"),
        ("United Nations", "2012-05-25"),
    ]


def test_a_day_a_stranger_found_the_bodies_still_dates_them() -> None:
    text = (
        "In January 2014, a shepherd came across a mass grave at Tootak. The provincial "
        "authorities said 13 bodies were recovered."
    )
    ms = _run(text, date(2014, 6, 1))
    assert [(m.attributed_to, m.date) for m in ms] == [("provincial authorities", "2014-01")]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "The Memory Project, which has spent years tracing victims, argues that the record "
            "supports 45 deaths.",
            "Memory Project",
        ),
        (
            "Historians who have worked in the military archives at Vincennes and the colonial "
            "archives now generally speak of between 15,000 and 20,000 dead.",
            "Historians",
        ),
    ],
)
def test_a_speaker_is_found_across_a_relative_clause(sentence: str, voice: str) -> None:
    text = "Troops killed 1,165 people in the town on 8 May 1945. " + sentence
    ms = _run(text, date(2020, 5, 8))
    assert [m.attributed_to for m in ms] == [None, voice]


def test_some_opening_a_clause_after_a_semicolon_is_its_speaker() -> None:
    text = (
        "Troops killed 30,000 people on Jeju in April 1948; some put the number of dead at 60,000."
    )
    ms = _run(text, date(2008, 4, 3))
    assert [(m.attributed_to, m.counts["killed"].value) for m in ms] == [
        (None, 30_000),
        ("some", 60_000),
    ]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("A list of the dead compiled by survivors contains more than 1,100 names.", "survivors"),
        ("According to a former inmate, 1,270 prisoners had been killed.", "former inmate"),
        ("State television said 354 people had been killed.", "State television"),
    ],
)
def test_more_voices_of_a_figure(sentence: str, voice: str) -> None:
    text = "Soldiers killed 400 villagers in Tula Toli on 30 August 2017. " + sentence
    ms = _run(text, date(2018, 8, 30))
    assert [m.attributed_to for m in ms] == [None, voice]


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        (
            "Survivors' associations have long put the dead at around 5,000.",
            "Survivors' associations",
            5000,
        ),
        ("Israeli figures put the dead at 290.", "Israeli figures", 290),
    ],
)
def test_put_the_dead_at_is_a_toll(sentence: str, voice: str, figure: int) -> None:
    text = "Soldiers killed 400 men at the airstrip in Wagalla on 10 February 1984. " + sentence
    ms = _run(text, date(2024, 2, 10))
    assert [(m.attributed_to, m.counts["killed"].value) for m in ms] == [
        (None, 400),
        (voice, figure),
    ]


def test_the_day_a_voice_told_a_figure_dates_no_act() -> None:
    text = (
        "Troops killed 13,160 civilians in Dersim on 15 November 1937.\n\n"
        "Last November, the prime minister read to his deputies from a document of 1939 that "
        "put the dead at 13,806."
    )
    ms = _run(text, date(2012, 3, 1))
    assert {m.date for m in ms} == {"1937-11-15"}


def test_a_count_of_last_years_executions_is_dated_last_year() -> None:
    text = "Last year, Reprieve counted 67 executions in the kingdom."
    assert [m.date for m in _run(text, date(2022, 3, 15))] == ["2021"]


def test_same_figure_lookup_keeps_the_first_incident_that_told_it() -> None:
    # Senkata's incident is made first but tells 10 only after Sacaba's has: the delegation's
    # 10 bodies retell the first incident made, as when every incident was read in order
    text = (
        "On 15 November 2019 soldiers killed 9 people in Senkata.\n\n"
        "On 1 September 2019 police killed 10 people in Sacaba.\n\n"
        "On 15 November 2019, 10 more people were killed in Senkata.\n\n"
        "On 2 December 2019 a delegation visited the town. It saw 10 bodies."
    )
    ms = _run(text, date(2020, 1, 10))
    assert {m.place: m.counts["killed"].value for m in ms} == {"Senkata": 10, "Sacaba": 10}


def test_an_undated_claim_is_noted_and_kept_apart_from_the_incidents() -> None:
    text = "Amina Yusuf, 13, and Layla Omar, 14, are among the girls the regime hanged."
    result = default_pipeline().run(text, doc="t.txt", published=date(2019, 7, 5))
    assert result.mentions == []
    assert [m.named_victims for m in result.undated] == [["Amina Yusuf", "Layla Omar"]]
    assert any(n.startswith("undated claim, not written as an incident") for n in result.notes)


def test_news_in_the_perfect_is_dated_by_the_month_of_publication() -> None:
    result = default_pipeline().run(
        "Police have arrested 14 students in Minsk after the march.",
        doc="t.txt",
        published=date(2020, 8, 11),
    )
    (m,) = result.mentions
    assert (m.date, str(m.date_precision)) == ("2020-08", "month")
    claim = next(c for c in m.claims if c.field == "date")
    assert claim.quote == "have arrested" and claim.confidence < 0.5


def test_a_day_told_before_officials_said_is_the_acts() -> None:
    ms = _run("Troops killed 12 people in the city on 5 July 2009, officials said.")
    assert [(m.date, m.attributed_to) for m in ms] == [("2009-07-05", "officials")]


def test_a_habit_in_the_perfect_is_no_news_of_the_month() -> None:
    result = default_pipeline().run(
        "The regime has hanged 40 girls over the years.", doc="t.txt", published=date(2019, 7, 5)
    )
    assert result.mentions == [] and [m.date for m in result.undated] == [None]


def test_a_court_is_no_perpetrator_of_a_killing() -> None:
    text = (
        "On 31 October 2018 the Delhi High Court convicted 16 former policemen for the killing "
        "of 42 men in Hashimpura on 22 May 1987."
    )
    ms = _run(text, date(2018, 11, 1))
    killing = [m for m in ms if "killing" in m.acts and "imprisonment" not in m.acts]
    assert killing and all("Delhi High Court" not in m.perpetrators for m in killing)


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        ("Survivors say the killers were shabiha, the militia of the area.", "shabiha"),
        (
            "Witnesses said the gunmen were soldiers of the 4th Division.",
            "soldiers of the 4th Division",
        ),
    ],
)
def test_the_killers_were_names_the_perpetrator(sentence: str, perpetrator: str) -> None:
    ms = _run("On 25 May 2012, 108 people were killed in Taldou. " + sentence, date(2012, 5, 29))
    assert [m.perpetrators for m in ms] == [[perpetrator]]


def test_each_item_of_a_list_of_sentences_passed_is_a_sentencing() -> None:
    text = (
        "Three policemen were convicted of the killings:\n\n"
        "1. Marcus Borges: 309 years, in April 1996.\n"
        "2. Marcos Alcantara: 204 years, in August 1998.\n\n"
        "Nobody serves three centuries."
    )
    ms = _run(text, date(2023, 7, 23))
    alcantara = [m for m in ms if m.date == "1998-08"]
    assert alcantara and alcantara[0].acts == ["imprisonment"]
    assert alcantara[0].named_victims == ["Marcos Alcantara"]
    assert any(m.date == "1996-04" and "Marcus Borges" in m.named_victims for m in ms)


def test_a_list_after_a_sentence_of_no_sentencing_is_no_sentencing() -> None:
    text = (
        "Police arrested three men in March 2020:\n\n"
        "1. Marcus Borges: 30 years old.\n"
        "2. Marcos Alcantara: 41 years old.\n"
    )
    assert all("imprisonment" not in m.acts for m in _run(text, date(2020, 4, 1)))


@pytest.mark.parametrize(
    ("text", "acts", "day"),
    [
        ("He was sentenced in May 1960 to three years' imprisonment for incitement.",
         ["imprisonment"], "1960-05"),
        ("The opposition leader was sentenced to death by a military court in September 1980.",
         ["death_sentence"], "1980-09"),
    ],
)  # fmt: skip
def test_a_sentence_passed_in_a_month_is_an_incident(text: str, acts: list[str], day: str) -> None:
    assert [(m.acts, m.date) for m in _run(text, date(2020, 5, 18))] == [(acts, day)]


def test_a_verdict_alone_in_a_month_is_no_incident() -> None:
    text = "He was convicted in May 1960 of incitement."
    assert _run(text, date(2020, 5, 18)) == []


def test_a_government_named_by_its_country_gives_a_toll_on_the_day_it_spoke() -> None:
    text = (
        "Rebels killed 102 civilians in Kishishe on 29 November 2022. On Monday, the Government "
        "of the Democratic Republic of the Congo gave a toll of 272 civilians."
    )
    ms = _run(text, date(2022, 12, 7))
    assert [(m.attributed_to, m.date) for m in ms] == [
        (None, "2022-11-29"),
        ("Government", "2022-11-29"),
    ]


def test_a_speakers_label_before_a_sentencing_names_no_one_sentenced() -> None:
    text = (
        "Interview with a survivor.\n\n"
        "Halina Wrzosek: My brother was sentenced to 12 years in prison in March 1971.\n\n"
        "Jan Kowal: Was he released?\n"
    )
    ms = _run(text, date(2020, 12, 1))
    assert [(m.date, m.named_victims) for m in ms] == [("1971-03", [])]


@pytest.mark.parametrize(
    "item",
    ["• Monday: 12 more bodies were found in Tindou.", "40 killed in Tindou (see below)"],
)
def test_a_day_or_a_label_word_is_no_source_of_a_figure(item: str) -> None:
    text = "Gunmen killed 30 people in Tindou on 4 June 2021.\n\n" + item + "\n"
    assert {m.attributed_to for m in _run(text, date(2021, 6, 9))} == {None}
