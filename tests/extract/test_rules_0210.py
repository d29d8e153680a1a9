"""Rules added in rules@0.21.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from tests.extract.gold_helpers import voiced

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 2)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _all_on(ms: list[Mention], day: str) -> None:
    """Some mentions, every one of them dated ``day`` (the failure lists acts and dates)."""
    assert ms and all(m.date == day for m in ms), [(m.acts, m.date) for m in ms]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 May 1999 riot police broke up the rally of dock workers in Tema with batons.",
        "On 4 May 1999 riot police broke up a peaceful rally of dock workers in Tema.",
        "On 4 May 1999 the march of dock workers in Tema was broken up by riot police.",
        "On 4 May 1999 police lathi-charged dock workers marching in Tema.",
        "On 4 May 1999 police baton-charged dock workers marching in Tema.",
    ],
)
def test_force_that_ends_a_gathering_is_a_crackdown(pipe: Pipeline, sentence: str) -> None:
    ms = _run(pipe, sentence)
    assert any("crackdown" in m.acts and m.date == "1999-05-04" for m in ms), [
        (m.acts, m.date) for m in ms
    ]


def test_a_crowd_that_breaks_up_of_itself_is_no_crackdown(pipe: Pipeline) -> None:
    ms = _run(pipe, "On 4 May 1999 dock workers marched in Tema; the crowd broke up at dusk.")
    assert not any("crackdown" in m.acts for m in ms), [(m.acts, m.date) for m in ms]


def test_that_evening_is_the_day_of_the_act_told_last_not_of_a_look_back(pipe: Pipeline) -> None:
    text = (
        "It is twenty years since the morning of 9 March 2001, when students marched to Unity "
        "Square in Tema to protest against the closure of their college. The day before, a "
        "council meeting that lasted ten minutes had voted to close it.\n\n"
        "That evening, riot police broke up the crowd with dogs and water cannon.\n\n"
        "Nobody knows how many people died. The health ministry admitted three deaths."
    )
    ms = _run(pipe, text)
    crackdown = [m for m in ms if "crackdown" in m.acts]
    assert crackdown and all(m.date == "2001-03-09" for m in crackdown), [
        (m.acts, m.date) for m in ms
    ]
    toll = [m for m in ms if m.attributed_to and "ministry" in m.attributed_to]
    assert toll and toll[0].date == "2001-03-09"


@pytest.mark.parametrize(
    "sentence",
    [
        "On 5 June 2020 fighters entered Dolo and fired artillery shells into the market.",
        "On 5 June 2020 fighters entered Dolo and used explosive weapons in the market.",
        "On 5 June 2020 fighters entered Dolo and used weapons with wide-area effects there.",
    ],
)
def test_shells_and_explosive_weapons_are_an_attack(pipe: Pipeline, sentence: str) -> None:
    (m,) = _run(pipe, sentence)
    assert "attack" in m.acts and m.date == "2020-06-05"


def test_an_acronym_the_report_defines_is_not_the_lexicons_body(pipe: Pipeline) -> None:
    # RSF is also the lexicon's acronym of Reporters Without Borders
    text = "Rapid Support Forces (RSF) fighters shelled Dolo on 5 June 2020, killing 40, RSF said."
    (m,) = _run(pipe, text)
    assert m.attributed_to is not None and "Reporters" not in m.attributed_to


def test_a_state_still_lasting_through_a_day_dates_no_act_of_its_own(pipe: Pipeline) -> None:
    text = (
        "We are appalled by what took place on Wednesday in Dolo, a farming village. Fighters "
        "entered the village on 5 June and shelled the houses.\n\nIt is not yet possible to give "
        "a toll. Phone links remain cut, and fighters were reported to be still in and around "
        "the village through Thursday, looting homes and shops."
    )
    ms = _run(pipe, text, published=date(2024, 6, 7))
    _all_on(ms, "2024-06-05")


def test_a_group_among_the_dead_is_counted_as_dead(pipe: Pipeline) -> None:
    text = "Gunmen attacked Dolo on 3 May 2020. At least 35 children were among the dead."
    (m,) = _run(pipe, text)
    assert m.counts["killed"].to_json() == {"min": 35}


@pytest.mark.parametrize(
    "sentence",
    [
        "On 30 January people began gathering in Dolo for a march.",
        "On 30 January hundreds of people joined a march called by the miners' union in Dolo.",
    ],
)
def test_a_gathering_for_a_march_is_a_protest(pipe: Pipeline, sentence: str) -> None:
    (m,) = _run(pipe, sentence)
    assert m.acts == ["protest"] and m.date == "2021-01-30"


def test_fire_on_the_crowd_is_the_gathering_just_told_not_a_later_arrest(pipe: Pipeline) -> None:
    text = (
        "The authorities must release Jon Tembo, who called the march, and open an inquiry into "
        "the killing of protesters in Dolo on 27 February, the Observatory said today.\n\n"
        "Mr Tembo was detained yesterday, Monday 1 March, in the capital.\n\n"
        '"They arrested the man who called a march, but not one officer who opened fire on it," '
        "said Ana Silva of the Observatory.\n\nIn the early hours of Saturday 27 February, people "
        "began gathering in Dolo for a march to the town hall.\n\nPolice opened fire on the crowd "
        "before it reached the town hall. Our monitors spoke to eleven residents."
    )
    ms = _run(pipe, text)
    (gathering,) = [m for m in ms if "protest" in m.acts]
    assert gathering.date == "2021-02-27" and "crackdown" in gathering.acts
    assert gathering.perpetrators == ["Police"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The state radio raised the official toll from 52 to 55.",
        "The state radio said the death toll had risen from 52 to 55.",
        "On the evening of Monday 1 March, the state radio, citing a hospital official, raised "
        "the official toll from 52 to 55.",
    ],
)
def test_a_toll_raised_from_one_figure_to_another_is_the_new_figure_on_the_acts_day(
    pipe: Pipeline, sentence: str
) -> None:
    text = "Police fired on the crowd in Dolo on Sunday 28 February, killing dozens.\n\n" + sentence
    radio = voiced(_run(pipe, text), "state radio")
    assert radio.counts["killed"].to_json() == {"value": 55}
    assert radio.date == "2021-02-28"


def test_a_range_of_estimates_is_still_a_range(pipe: Pipeline) -> None:
    text = "Police fired on the crowd in Dolo on 28 February, killing between 100 and 300 people."
    (m,) = _run(pipe, text)
    assert m.counts["killed"].to_json() == {"min": 100, "max": 300}


def test_a_day_inside_one_of_apposition_is_not_the_acts_day(pipe: Pipeline) -> None:
    text = (
        "At dawn on 5 June 2009 police moved in to clear the road at Dolo. Jon Tembo, one of the "
        "leaders acquitted on Thursday, was wounded by gunfire at the curve."
    )
    ms = _run(pipe, text, published=date(2016, 9, 23))
    _all_on(ms, "2009-06-05")


@pytest.mark.parametrize(
    "sentence",
    [
        "The country began three days of national mourning on Monday after gunmen on motorcycles "
        "killed around 100 villagers in Dolo on Saturday.",
        "The governor flew to Dolo on Monday after gunmen on motorcycles killed around 100 "
        "villagers there on Saturday.",
    ],
)
def test_the_act_after_after_takes_the_day_told_after_it(pipe: Pipeline, sentence: str) -> None:
    ms = _run(pipe, sentence, published=date(2021, 1, 4))
    killing = [m for m in ms if "killing" in m.acts]
    assert killing and killing[0].date == "2021-01-02", [(m.acts, m.date) for m in ms]
    assert killing[0].counts["killed"].to_json() == {"value": 100}


def test_the_day_before_when_is_the_acts_own(pipe: Pipeline) -> None:
    # ("when" opens the clause of the act done that day, unlike "after": with a date after the
    # act word, the storming keeps Tuesday)
    text = (
        "At dawn on Tuesday, when troops stormed the square in Dolo, where students had camped "
        "since 14 January, six were killed."
    )
    ms = _run(pipe, text, published=date(2021, 3, 4))
    assert [m.date for m in ms if "attack" in m.acts] == ["2021-03-02"], [
        (m.acts, m.date) for m in ms
    ]


def test_historians_who_place_the_number_speak(pipe: Pipeline) -> None:
    text = (
        "Soldiers killed Haitian farmers around Dolo in October 1937. Most historians place the "
        "number of dead between about 12,000 and 30,000."
    )
    m = voiced(_run(pipe, text), "historians")
    assert m.counts["killed"].to_json() == {"min": 12000, "max": 30000}


def test_a_year_before_a_speaker_and_a_relative_clause_dates_the_telling(pipe: Pipeline) -> None:
    text = (
        "Soldiers killed Haitian farmers around Dolo in October 1937. In 1975 Jon Tembo, who had "
        "been foreign minister at the time of the killings, put the figure at 17,000."
    )
    m = voiced(_run(pipe, text), "Tembo")
    assert m.date == "1937-10" and m.counts["killed"].to_json() == {"value": 17000}


@pytest.mark.parametrize(
    ("sentence", "voice", "count"),
    [
        (
            "Community associations have long put the toll at between 40,000 and 50,000.",
            "Community associations",
            {"min": 40000, "max": 50000},
        ),
        (
            "Jon Tembo later wrote that the number of young men killed was somewhere between "
            "50,000 and 100,000.",
            "Tembo",
            {"min": 50000, "max": 100000},
        ),
    ],
)
def test_a_toll_at_or_somewhere_between_two_figures(
    pipe: Pipeline, sentence: str, voice: str, count: dict[str, int]
) -> None:
    text = "Soldiers killed young men across Dolo in February 1942.\n\n" + sentence
    assert voiced(_run(pipe, text), voice).counts["killed"].to_json() == count


def test_a_day_of_an_earlier_telling_is_not_borrowed_by_a_later_voice(pipe: Pipeline) -> None:
    text = (
        "Between 18 February and 4 March 1942, soldiers killed thousands of young men in Dolo."
        "\n\nThe army acknowledged about 5,000: that was the figure reported by section "
        "commanders to the garrison commander on 23 February, according to his own diary. "
        "Community associations have long put the toll at between 40,000 and 50,000."
    )
    m = voiced(_run(pipe, text, published=date(2022, 2, 18)), "Community associations")
    assert m.date == "1942-02-18" and m.date_end == "1942-03-04"


ANNIVERSARY = (
    "Fifty years ago today, on 17 November 1973, soldiers stormed the college in Dolo and "
    "killed 24 students.\n\nToday's commemorations\n\nThousands marched through Dolo this "
    "afternoon. In the port, youths threw stones at police after the end of the march and "
    "officers responded with tear gas; police said nine people were detained. A wreath will be "
    "laid for each of the 24 who died."
)


def test_acts_under_a_todays_heading_are_of_the_day_of_publication(pipe: Pipeline) -> None:
    ms = _run(pipe, ANNIVERSARY, published=date(2023, 11, 17))
    arrests = [m for m in ms if "arrest" in m.acts]
    assert arrests and arrests[0].date == "2023-11-17", [(m.acts, m.date) for m in ms]
    # the dead remembered under it are the story's
    assert not any("killing" in m.acts and m.date == "2023-11-17" for m in ms)


def test_a_day_before_when_in_a_sentence_of_an_anniversary_dates_its_act(pipe: Pipeline) -> None:
    text = (
        "The anniversary has often been followed by clashes in Dolo, particularly since December "
        "2008, when a police officer shot dead a 15-year-old boy there."
    )
    (m,) = _run(pipe, text, published=date(2023, 11, 17))
    assert m.date == "2008-12" and "killing" in m.acts


def test_the_day_a_voice_condemned_the_attack_is_not_the_attacks(pipe: Pipeline) -> None:
    text = (
        "Army helicopters fired on a school in Dolo on Friday 16 September, killing at least 13 "
        "people.\n\nOn Tuesday, the Secretary-General condemned the attack in strong terms; the "
        "statement issued by his spokesperson gave a toll of at least 13 dead, 11 of them "
        "children."
    )
    ms = _run(pipe, text, published=date(2022, 9, 23))
    _all_on(ms, "2022-09-16")


def test_the_year_a_witness_described_an_act_is_not_its_year(pipe: Pipeline) -> None:
    text = (
        "In June 1988 soldiers shelled Dolo and killed hundreds of men.\n\nJon Tembo, a trader, "
        "described to a newspaper in 1998 how soldiers had arrested him with 800 other men."
    )
    ms = _run(pipe, text, published=date(2018, 5, 31))
    assert not any(m.date == "1998" for m in ms), [(m.acts, m.date) for m in ms]


def test_the_number_killed_put_at_a_figure(pipe: Pipeline) -> None:
    text = (
        "Police fired on protesters in Dolo on 22 May 2018.\n\nOfficials initially put the number "
        "killed on May 22 at ten."
    )
    m = voiced(_run(pipe, text, published=date(2022, 10, 19)), "Officials")
    assert m.counts["killed"].to_json() == {"value": 10} and m.date == "2018-05-22"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Two years ago, in May, a police raid in Dolo killed 28 people.", "2019-05"),
        ("Last year, in March, soldiers killed 12 villagers in Dolo.", "2020-03"),
        ("In 2015, on 3 March, soldiers killed 12 villagers in Dolo.", "2015-03-03"),
    ],
)
def test_a_month_right_after_a_year_is_of_that_year(
    pipe: Pipeline, sentence: str, day: str
) -> None:
    (m,) = _run(pipe, sentence)
    assert m.date == day


def test_a_month_with_its_own_year_after_a_year_keeps_it(pipe: Pipeline) -> None:
    (m,) = _run(pipe, "Two years ago, in May 2017, soldiers killed 12 villagers in Dolo.")
    assert m.date == "2017-05"


@pytest.mark.parametrize(
    ("later", "day"),
    [
        ("Five months later soldiers killed 14 marchers in Tamale.", "1972-01"),
        ("Two years later soldiers killed 14 marchers in Tamale.", "1973"),
        ("A year earlier soldiers had killed 14 marchers in Tamale.", "1970"),
    ],
)
def test_months_or_years_later_count_from_the_date_told(
    pipe: Pipeline, later: str, day: str
) -> None:
    text = "Soldiers shot dead ten people in Dolo in August 1971. " + later
    ms = _run(pipe, text)
    assert [m.date for m in ms] == ["1971-08", day], [(m.place, m.date) for m in ms]


@pytest.mark.parametrize(
    ("first", "later", "day"),
    [
        ("in 2019", "The following year they killed 20 in Tamale.", "2020"),
        ("in 2019", "The previous year they had killed 20 in Tamale.", "2018"),
        ("in March 2019", "The following month they killed 20 in Tamale.", "2019-04"),
        ("in 1971", "Two decades later they killed 20 in Tamale.", "1991"),
    ],
)
def test_the_following_year_or_month_counts_from_the_date_told(
    pipe: Pipeline, first: str, later: str, day: str
) -> None:
    text = f"Soldiers killed 12 villagers in Dolo {first}. {later}"
    assert [m.date for m in _run(pipe, text)][-1] == day


def test_a_bare_figure_that_was_hurt_counts_the_wounded(pipe: Pipeline) -> None:
    text = "On 3 May 2021 gunmen attacked Dolo. Twelve people were shot dead and 30 were hurt."
    (m,) = _run(pipe, text, published=date(2021, 5, 9))
    assert m.counts["injured"].to_json() == {"value": 30}


def test_among_the_dead_told_first(pipe: Pipeline) -> None:
    (m,) = _run(pipe, "On 3 May 2021 gunmen attacked Dolo. Among the dead were 5 children.")
    assert m.counts["killed"].to_json() == {"value": 5}
    text = (
        "On 3 May 2021 gunmen attacked Dolo, killing at least 112 people. Among the dead were 19 "
        "children, 44 women and 49 men."
    )
    (m,) = _run(pipe, text)
    assert m.counts["killed"].to_json() == {"min": 112}  # its parts are no toll


@pytest.mark.parametrize(
    ("told", "voice", "count"),
    [
        ("The survivors' association has long put the dead at close to 300.", "association",
         {"value": 300}),
        ("Survivors' organisations have long put the dead in the hundreds.", "organisations",
         {"min": 200, "max": None, "vague": True}),
    ],
)  # fmt: skip
def test_the_dead_put_at_close_to_a_figure_or_in_the_hundreds(
    pipe: Pipeline, told: str, voice: str, count: dict[str, object]
) -> None:
    text = "On 29 December 1890 soldiers killed many people at Dolo.\n\n" + told
    m = voiced(_run(pipe, text, published=date(2020, 12, 29)), voice)
    assert m.counts["killed"].to_json() == count


def test_a_note_that_cites_a_source_tells_no_act(pipe: Pipeline) -> None:
    text = (
        "On 3 March 2011 security forces shot dead 12 protesters in Dolo.[1]\n\n"
        "[1] Interviews with protesters and doctors, Dolo and Tamale, March-May 2011.\n\n"
        "[2] Rights Watch, Massacre in Dolo: The Killing of Protesters (New York, 2012).\n\n"
        "[3] The army report of May 2011 gives the same total of 12 dead."
    )
    ms = _run(pipe, text)
    assert not any(m.evidence.startswith(("[1]", "[2]")) for m in ms), [m.evidence for m in ms]
    assert any(m.counts.get("killed") for m in ms)


@pytest.mark.parametrize(
    "sentence",
    [
        "A demonstration organised by the unions is due to set off from the church on Thursday.",
        "A memorial service will be held in Dolo on 18 June to mark the anniversary of the attack.",
        "None of the twelve was executed, and by 1925 all had been released.",
    ],
)
def test_an_act_to_come_or_denied_of_all_is_no_act(pipe: Pipeline, sentence: str) -> None:
    assert _run(pipe, sentence, published=date(2016, 3, 1)) == []


def test_the_day_a_leader_called_the_kidnapping_a_disaster_is_not_the_kidnappings(
    pipe: Pipeline,
) -> None:
    text = (
        "Gunmen abducted 110 schoolgirls from a school in Dolo on Monday 19 February.\n\n"
        'On Friday the president called the kidnapping a "national disaster".'
    )
    ms = _run(pipe, text, published=date(2018, 2, 26))
    _all_on(ms, "2018-02-19")


@pytest.mark.parametrize(
    "sentence",
    [
        "Argentina's request for his extradition was rejected on 2 May 2019.",
        "On 2 May 2019 the Dolo Genocide Museum opened a new wing for school visits.",
    ],
)
def test_a_request_or_a_museum_tells_no_act(pipe: Pipeline, sentence: str) -> None:
    assert _run(pipe, sentence) == []


def test_killings_feared_are_no_killings(pipe: Pipeline) -> None:
    text = (
        "Soldiers killed 200 civilians in Dolo on 28 November 2020.\n\nThe rights commission "
        "found that at least 600 civilians were killed in Tamale on 9 November 2020.\n\nIf the "
        "troops do not leave, we fear more killings."
    )
    ms = _run(pipe, text, published=date(2021, 3, 28))
    assert not any("fear" in m.evidence for m in ms), [m.evidence for m in ms]


def test_arrest_warrants_are_no_arrests(pipe: Pipeline) -> None:
    text = (
        "Police arrested 12 students in Dolo on 2 May 2019.\n\nProsecutors also said they had "
        "obtained 83 arrest warrants, among them 20 for members of the military."
    )
    assert [m.counts["arrested"].to_json() for m in _run(pipe, text)] == [{"value": 12}]


def test_joining_a_long_march_is_a_protest_and_planning_one_is_not(pipe: Pipeline) -> None:
    text = "In April 1992 thousands of students joined a long march from Dolo towards Tamale."
    (m,) = _run(pipe, text)
    assert m.acts == ["protest"] and m.date == "1992-04"
    text = "On 18 September 2017 young people in Dolo had planned a silent march in the capital."
    assert _run(pipe, text) == []
