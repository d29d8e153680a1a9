"""Rules added in rules@0.16.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2024, 5, 14)
_KILLING = "On 4 June 1991, soldiers shot dead 31 men at Kaloma, Chad. "


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _voiced(ms: list[Mention], voice: str) -> Mention:
    found = [m for m in ms if m.attributed_to and voice in m.attributed_to]
    assert found, [(m.attributed_to, m.date, m.counts) for m in ms]
    return found[0]


# ("said that" holds before the rule too: a year before "said" was already the telling's)
@pytest.mark.parametrize("verb", ["held that", "said that", "found that"])
def test_a_year_right_before_its_speaker_is_the_year_of_the_telling(
    pipe: Pipeline, verb: str
) -> None:
    text = _KILLING + f"In 2009 the Supreme Court {verb} 33 men had been killed."
    court = _voiced(_run(pipe, text), "Supreme Court")
    assert court.date == "1991-06-04"  # (not 2009, the year of the court's words)
    assert court.counts["killed"].value == 33


def test_a_year_before_the_doers_of_the_act_is_still_the_act_s(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    ms = _run(pipe, _KILLING + "In 1995 police killed 12 people at Kaloma.")
    assert {m.date for m in ms} == {"1991-06-04", "1995"}


_TOLL = "On 18 February 1983, mobs killed 1,800 villagers in Kaleva, Chad. "


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("Estimates compiled by relief workers and journalists ran to about 3,300.",
         "relief workers", 3300),
        ("Amnesty International said estimates ranged from 2,000 to 4,000.",
         "Amnesty International", 2000),
    ],
)  # fmt: skip
def test_a_toll_told_again_in_other_words_is_its_voice_s_figure(
    pipe: Pipeline, sentence: str, voice: str, killed: int
) -> None:
    m = _voiced(_run(pipe, _TOLL + sentence), voice)
    assert m.date == "1983-02-18"
    count = m.counts["killed"]
    assert (count.value or count.min) == killed


def test_estimates_compiled_by_someone_are_theirs_not_an_adjective_s(pipe: Pipeline) -> None:
    ms = _run(pipe, _TOLL + "Unofficial estimates compiled by aid workers ran to about 3,300.")
    assert _voiced(ms, "aid workers").counts["killed"].value == 3300
    assert all(m.attributed_to != "Unofficial" for m in ms)


def test_a_definite_act_no_sentence_before_told_takes_the_scene_s_day(pipe: Pipeline) -> None:
    text = (
        "Shortly before 10:30 on the morning of Friday 8 April 2022, a rocket burst over the "
        "bus station in Kaleva, Chad.\n\nThe attack killed at least 58 people."
    )
    m = _run(pipe, text)[0]
    assert m.date == "2022-04-08"
    assert m.counts["killed"].min == 58


def test_a_definite_act_told_before_is_still_that_act_not_the_scene(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    text = (
        "On 3 March 2020, gunmen attacked a market in Kaleva, Chad, killing 12 people.\n\n"
        "On 9 May 2021, a delegation visited the town.\n\nThe attack had killed 12 people."
    )
    assert {m.date for m in _run(pipe, text)} == {"2020-03-03"}


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("In the first hour, the head of the state railway company, Oleksandr Kamyshin, "
         "wrote that more than 30 people had been killed.", "Oleksandr Kamyshin", 31),
        ("In later statements, Kaleva city authorities put the final toll at 61 dead.",
         "Kaleva city authorities", 61),
    ],
)  # fmt: skip
def test_a_voice_named_after_its_office_or_putting_the_final_toll(
    pipe: Pipeline, sentence: str, voice: str, killed: int
) -> None:
    m = _voiced(_run(pipe, _TOLL + sentence), voice)
    assert (m.counts["killed"].value or m.counts["killed"].min) == killed


def test_sunday_best_is_no_day_and_leaves_the_scene_to_the_day_told(pipe: Pipeline) -> None:
    text = (
        "On the morning of Monday 16 August 1819 they came in from the mill towns. Many wore "
        "their Sunday best.\n\nThe yeomanry charged the crowd. Eighteen people died of their "
        "injuries in Manchester."
    )
    m = _run(pipe, text, published=date(2019, 8, 16))[0]
    assert m.date == "1819-08-16"  # (not the Sunday before the telling)


def test_a_christmas_post_is_a_place_not_a_day(pipe: Pipeline) -> None:
    text = (
        "On the night of 7 December 2014, at a Christmas post near Kaleva, Chad, soldiers beat a "
        "boy. The next morning, 8 December, soldiers shot dead four students in Kaleva."
    )
    dates = {m.date for m in _run(pipe, text, published=date(2022, 12, 9))}
    assert "2014-12-25" not in dates
    assert "2014-12-08" in dates


def test_an_undated_harm_after_an_assault_joins_the_incident_told_last(pipe: Pipeline) -> None:
    text = (
        "Yesterday a court acquitted the only officer charged over the events of 8 December "
        "2014 in Kaleva, Chad. Prosecutors had asked for a ten-year prison term.\n\n"
        "On the night of 7 December 2014, soldiers beat a boy near the village of Ipak.\n\n"
        "The next morning, 8 December, hundreds of people marched in protest to Kaleva. "
        "Shortly afterwards the security forces opened fire.\n\n"
        "Four students were killed on the field."
    )
    ms = _run(pipe, text, published=date(2022, 12, 9))
    killed = next(m for m in ms if "killed" in m.counts)
    assert killed.date == "2014-12-08"  # (not the beating of 7 December, made later)
    assert killed.counts["killed"].value == 4


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("At the time, union officers believed the true toll was 1,900.", "union officers", 1900),
        ("Police records show that 1,794 bodies were recovered.", "Police records", 1794),
    ],
)  # fmt: skip
def test_a_toll_believed_or_shown_is_its_voice_s(
    pipe: Pipeline, sentence: str, voice: str, killed: int
) -> None:
    m = _voiced(_run(pipe, _TOLL + sentence), voice)
    assert m.counts["killed"].value == killed


def test_a_figure_named_as_known_retells_the_incident_of_that_figure(pipe: Pipeline) -> None:
    text = (
        "On 16 November 2004, soldiers opened fire on striking workers at Kaleva, Chad. Seven "
        "strikers were killed.\n\nThe dead were Ana Ruiz, Tomas Bel, Jon Ura, Pia Mora, Leo "
        "Sal, Eva Rin and Ian Tor.\n\nTheir families still ask for justice.\n\nThey met the "
        "governor.\n\nThe seven are the dead we can name. Union officers believed the true "
        "toll was thirteen.\n\nIn the years that followed, people who stood with the strikers "
        "were murdered.\n\nIda Pol was shot dead on 8 December 2004."
    )
    union = _voiced(_run(pipe, text, published=date(2016, 11, 16)), "Union officers")
    assert union.date == "2004-11-16"  # (not the day of the later killing told next)
    assert union.counts["killed"].value == 13


def test_killings_witnesses_had_seen_borrow_no_day_from_the_trial(pipe: Pipeline) -> None:
    text = (
        "On 28 February 2002, a mob killed 97 people in Kaleva, Chad.\n\n"
        "The trial began in August 2009. The prosecution examined 327 witnesses, among them "
        "173 relatives of victims who said they had seen the killings.\n\n"
        "In the neighbouring village of Aba, 11 people were killed by a mob."
    )
    assert {m.date for m in _run(pipe, text)} == {"2002-02-28"}  # (no killing of 2009)


def test_a_figure_below_a_bound_told_before_is_a_part_of_the_toll(pipe: Pipeline) -> None:
    text = (
        "On 22 August 1982, soldiers shot dead more than 200 civilians at Kaleva, Chad. Ana "
        "Ruiz watched soldiers line up her mother and her three sisters. All four were killed."
    )
    m = _run(pipe, text)[0]
    assert m.counts["killed"].min == 201  # (not the four of one family)
    # the four stay a claim of the mention, traceable to their sentence
    four = [c for c in m.claims if c.field == "count:killed" and c.value == {"value": 4}]
    assert four and four[0].quote == "four"


def test_a_bound_over_a_period_leaves_the_figure_of_one_day(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    text = (
        "More than 1,100 people were killed across Chad between December 2007 and February "
        "2008. On 1 January 2008, a mob set fire to a church at Kaleva, killing 35 people."
    )
    day = next(m for m in _run(pipe, text) if m.date == "2008-01-01")
    assert day.counts["killed"].value == 35


def test_a_figure_told_then_he_said_is_the_speaker_before(pipe: Pipeline) -> None:
    text = _KILLING + (
        '"We want justice," said Rosendo Ayala, 51, who saw soldiers line up his mother and his '
        "three sisters. All four were killed, he said."
    )
    assert _voiced(_run(pipe, text), "Rosendo Ayala").counts["killed"].value == 4


def test_a_definite_act_after_a_place_is_named_is_the_act_at_that_place(pipe: Pipeline) -> None:
    text = (
        "On 19 May 2004, rebels killed more than 60 people at Lukodi, Uganda. A mother lost "
        "two children in the attack.\n\n"
        "The judges also convicted him over attacks on the Pajule camp on 10 October 2003. He "
        "faced life imprisonment. His lawyer said his client was himself abducted as a boy. The "
        "attackers burned huts.\n\n"
        "The toll at Lukodi has never been fixed. Some bodies were found months after the attack."
        " The Ugandan army said at the time that about 40 people had died."
    )
    army = _voiced(_run(pipe, text, published=date(2021, 2, 4)), "Ugandan army")
    assert army.date == "2004-05-19"  # (not the attack on Pajule, told more often)


@pytest.mark.parametrize(
    "sentence",
    [
        "Seventeen merchants who vanished on 6 October 1987 near Kaleva, Chad, were never found.",
        "On 6 October 1987 soldiers took him at a checkpoint near Kaleva, Chad. We never saw him "
        "again.",
    ],
)
def test_the_words_of_a_disappearance_are_an_abduction(pipe: Pipeline, sentence: str) -> None:
    ms = _run(pipe, sentence)
    assert any("abduction" in m.acts and m.date == "1987-10-06" for m in ms)


def test_exactly_n_years_after_an_act_counts_back_from_the_day_told(pipe: Pipeline) -> None:
    text = (
        "Yesterday, exactly eight years after soldiers and police opened fire on a crowd in "
        "Kaleva, Chad, a court acquitted the only man ever charged."
    )
    ms = _run(pipe, text, published=date(2022, 12, 9))
    assert any(m.date == "2014-12-08" and "crackdown" in m.acts for m in ms)


def test_exactly_n_years_after_the_named_event_leaves_the_day_to_its_clause(
    pipe: Pipeline,
) -> None:
    # (a guard: holds before and after the rule)
    text = (
        "On 29 September 1941 soldiers shot 33,771 people at Kaleva, Chad. On the night of "
        "29 September 1943, exactly two years after the first massacre, soldiers shot 300 "
        "prisoners at Kaleva."
    )
    dates = {m.date for m in _run(pipe, text)}
    assert "1943-09-29" in dates


def test_a_name_its_apposition_calls_a_village_is_a_place_named_once(pipe: Pipeline) -> None:
    text = (
        "On 6 June 2012, in Mazraat al-Qubeir, another village in Hama province, Syria, "
        "gunmen killed 78 people."
    )
    assert _run(pipe, text)[0].place == "Mazraat al-Qubeir"  # (not the province)


def test_the_place_a_voice_speaks_from_is_not_the_act_s(pipe: Pipeline) -> None:
    text = (
        "On 4 June 2021, gunmen killed 138 civilians in Solhan, Burkina Faso. UNHCR, speaking "
        "in Geneva, said 40 people were injured in the attack on Solhan."
    )
    unhcr = _voiced(_run(pipe, text), "UNHCR")
    assert unhcr.place != "Geneva"


def test_a_quotation_opening_its_paragraph_is_the_person_introduced_before(
    pipe: Pipeline,
) -> None:
    text = _KILLING + (
        "\n\nSivasubramaniam Thillainathan was nineteen when the soldiers came. He now lives in "
        'Harrow.\n\n"They took the men first. When they left, I counted at least thirty '
        'bodies."'
    )
    m = _voiced(_run(pipe, text), "Sivasubramaniam Thillainathan")
    assert m.date == "1991-06-04"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("On 22 August 1982, troops of the army's Atlacatl rapid-reaction battalion shot dead "
         "more than 200 civilians in Kaleva, Chad.", "Atlacatl rapid-reaction battalion"),
        ("On 19 May 2004, fighters of the Sinia brigade killed more than 60 people in Kaleva, "
         "Chad.", "Sinia brigade"),
    ],
)  # fmt: skip
def test_a_named_unit_with_its_kind_in_lower_case_is_the_perpetrator_s(
    pipe: Pipeline, sentence: str, unit: str
) -> None:
    m = _run(pipe, sentence)[0]
    assert any(unit in p for p in m.perpetrators), m.perpetrators
