"""Rules added in rules@0.19.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2001, 3, 1)
# the incident a report tells first, then the voices that counted its dead later
INCIDENT = (
    "PRETORIA - Armed men raided the settlement of Kwa Ntombi on the night of 9 May 1994, "
    "killing dozens of people in their homes.\n\n"
)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _told_by(ms: list[Mention], voice: str) -> Mention:
    found = [m for m in ms if m.attributed_to and voice in m.attributed_to]
    assert found, [(m.attributed_to, m.date, m.counts) for m in ms]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        ("On 14 May the provincial press agency put the death toll at 45.", "press agency", 45),
        ("By mid-October, church groups had registered 57 dead.", "church groups", 57),
        ("On 14 May church groups counted 12 villagers killed.", "church groups", 12),
        ("When the news reached the capital in June, officials spoke of 38 dead.", "officials", 38),
        ("In 1999 a parliamentary committee said 61 people had been killed.", "committee", 61),
    ],
)
def test_a_voices_toll_dated_by_its_telling_counts_the_incident_told(
    pipe: Pipeline, sentence: str, voice: str, figure: int
) -> None:
    told = _told_by(_run(pipe, INCIDENT + sentence), voice)
    assert told.date == "1994-05-09"  # the raid's night, not the day the figure was given
    assert told.counts["killed"].to_json() == {"value": figure}
    assert told.incident == _run(pipe, INCIDENT)[0].incident


@pytest.mark.parametrize(
    "sentence",
    [
        # a doer and its act: maybe another killing
        "On 14 May church groups counted 12 villagers whom soldiers killed.",
        # a new event, not a count of the raid
        "On 14 May the press agency put the toll of fresh clashes in Lindela at 12.",
    ],
)
def test_an_act_told_with_its_doer_or_a_new_event_is_no_recount(
    pipe: Pipeline, sentence: str
) -> None:
    later = [m for m in _run(pipe, INCIDENT + sentence) if m.start >= len(INCIDENT)]
    assert [m.date for m in later] == ["1994-05-14"]


def test_a_figure_given_on_the_day_of_the_incident_stays_with_it(pipe: Pipeline) -> None:
    text = (
        "Soldiers fired on marchers in Oruro on 12 March 2000, killing ten people.\n\n"
        "Police fired on a crowd in Potosi on 15 March 2000 and three men died.\n\n"
        "On the evening of 15 March, the ombudsman's office reported two dead."
    )
    told = _told_by(_run(pipe, text), "ombudsman")
    assert told.date == "2000-03-15"  # (the incident of that day, not the one told most)


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "The National Commission on Human Rights found that 30 people had been killed.",
            "National Commission on Human Rights",
        ),
        (
            "The Commission on Missing Persons said 30 people had been killed.",
            "Commission on Missing Persons",
        ),
    ],
)
def test_a_body_named_for_its_field_speaks(pipe: Pipeline, sentence: str, voice: str) -> None:
    ms = _run(pipe, INCIDENT + sentence)
    assert _told_by(ms, voice).counts["killed"].to_json() == {"value": 30}


def test_an_event_on_a_place_is_no_speaker(pipe: Pipeline) -> None:  # (guard)
    ms = _run(pipe, "The attack on Kabul on 3 May 2000 killed 30 people, the police said.")
    assert [m.attributed_to for m in ms] == ["police"]


@pytest.mark.parametrize(
    ("before", "voice"),
    [
        # a body named in lower case, the subject of the sentence before
        ("The commission of inquiry delivered its report in March 1995.", "commission of inquiry"),
        (
            "A commission of the Supreme Soviet was set up in 1990.",
            "commission of the Supreme Soviet",
        ),
        # a voice the sentence before named
        ("Human Rights Watch visited the settlement in June 1994.", "Human Rights Watch"),
        # the name the sentence before opened with
        ("The Executive Council set up a research group in 1995.", "Executive Council"),
    ],
)
def test_it_that_finds_is_the_body_named_before(pipe: Pipeline, before: str, voice: str) -> None:
    text = INCIDENT + before + " It found that 52 people had been killed in the raid."
    assert _told_by(_run(pipe, text), voice).counts["killed"].to_json() == {"value": 52}


def test_it_that_acts_is_no_speaker(pipe: Pipeline) -> None:  # (guard)
    text = INCIDENT + "The Executive Council met in June 1994. It banned 52 newspapers."
    assert all(m.attributed_to is None for m in _run(pipe, text))


@pytest.mark.parametrize(
    ("sentence", "voice", "count"),
    [
        ("More than 200 people were treated for injuries, health officials said.",
         "health officials", {"min": 201}),
        ("Hospital staff said at least 38 people were treated for gunshot wounds.",
         "Hospital staff", {"min": 38}),
        ("Doctors at the main hospital said they had admitted 55 wounded.", "Doctors",
         {"value": 55}),
    ],
)  # fmt: skip
def test_a_voices_count_of_the_wounded_tells_the_incident_it_follows(
    pipe: Pipeline, sentence: str, voice: str, count: dict[str, int]
) -> None:
    text = "Police fired on marchers in Oruro on 12 March 2000, killing ten people.\n\n" + sentence
    told = _told_by(_run(pipe, text), voice)
    assert told.counts["injured"].to_json() == count
    assert set(told.acts) == {"crackdown", "killing"}  # the acts of the shooting it counts
    assert told.date == "2000-03-12"
    act = next(c for c in told.claims if c.field == "act")
    assert act.quote in sentence  # (the figure: the act is inferred, never quoted from elsewhere)


def test_a_count_of_the_wounded_with_no_incident_is_none(pipe: Pipeline) -> None:  # (guard)
    text = "More than 200 people were treated for injuries, health officials said."
    assert _run(pipe, text) == []


def test_a_voice_does_not_borrow_the_day_of_the_telling(pipe: Pipeline) -> None:
    text = (
        "Forty years ago tonight, on 12 June 1979, a fire swept through a dance hall in "
        "Port Sela, killing dozens of people.\n\n"
        "Nobody agrees on how many died. The figure most often cited today is 140. Local "
        "newspapers at the time spoke of more than 200 dead."
    )
    ms = _run(pipe, text, date(2019, 6, 12))
    assert _told_by(ms, "Local newspapers").date == "1979-06-12"  # (not the day of the piece)


def test_every_friday_is_a_habit_not_a_day(pipe: Pipeline) -> None:
    text = (
        "At 4 pm on Friday 12 December 1969 a bomb exploded in the hall of a farmers' bank in "
        "Milan. The bank had stayed open late, as it did every Friday. Seventeen people were "
        "killed and 88 were injured."
    )
    ms = _run(pipe, text, date(2019, 12, 12))
    assert {m.date for m in ms} == {"1969-12-12"}  # (not the Friday before the piece)


def test_friday_prayers_and_a_persons_past_date_no_act(pipe: Pipeline) -> None:
    text = (
        "On March 15, 2019, during Friday prayers, a gunman opened fire at a mosque in "
        "Hamilton. In all, 51 people were killed and 40 were wounded.\n\n"
        "The oldest was Ali Nabi, 71, who had come to the country as a refugee in the "
        "late 1970s. Imam Rashid, who tried to stop the gunman, was killed along with his son."
    )
    ms = _run(pipe, text, date(2020, 8, 27))
    assert {m.date for m in ms} == {"2019-03-15"}


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("BAMA, Feb 26 (XNA) - The state government said 110 students were still missing a "
         "week after gunmen stormed a boarding school in the town of Dapchi.", "2018-02-19"),
        # (counted from the Sunday it was said, not from the day of the report)
        ("BAMA, Feb 26 (XNA) - Officials said on Sunday that the toll had risen, two days after "
         "gunmen attacked a market in the town of Dapchi and killed 30 people.", "2018-02-23"),
    ],
)  # fmt: skip
def test_an_act_told_so_long_before_the_telling_in_a_lead(
    pipe: Pipeline, lead: str, day: str
) -> None:
    ms = _run(pipe, lead, date(2018, 2, 26))
    assert [m.date for m in ms] == [day]
    assert next(iter(ms[0].counts.values())).value in (110, 30)  # ("a week after": no rate)


def test_days_after_an_event_named_count_from_it_not_back(pipe: Pipeline) -> None:  # (guard)
    text = "Two days after the attack on the school, police said they had arrested 12 men."
    ms = _run(pipe, text, date(2018, 2, 26))
    assert all(m.date != "2018-02-24" for m in ms)


TARULE = "Gunmen attacked the village of Tarule on the night of 6 June 2014, killing 40 people.\n\n"


@pytest.mark.parametrize(
    ("sentence", "voice", "category", "count"),
    [
        ("The death toll was revised several times. The prime minister gave a toll of 39 on "
         "the night of the attack. Two days later, "
         "Police Commissioner John Bush "
         "said the number had risen to 41.", "John Bush", "killed", {"value": 41}),
        ("The first police bulletins that evening reported 13 dead.", "police bulletins",
         "killed", {"value": 13}),
        ("The victims' association puts the number of wounded at more than 150.",
         "victims' association", "injured", {"min": 151}),
        ("Accounts collected in the 1980s and 1990s suggest that as many as 47 residents may "
         "have been killed.", "Accounts", "killed", {"min": None, "max": 47}),
    ],
)  # fmt: skip
def test_voices_that_give_a_toll_of_the_incident_told(
    pipe: Pipeline, sentence: str, voice: str, category: str, count: dict[str, int | None]
) -> None:
    told = _told_by(_run(pipe, TARULE + sentence), voice)
    assert told.counts[category].to_json() == count
    assert told.date == "2014-06-06"  # (not the 1980s the accounts were collected in)


def test_he_that_finds_is_the_one_person_named_before(pipe: Pipeline) -> None:
    text = (
        "Soldiers fired on a crowd in Jaleh Square in Tehran on 8 September 1978, killing "
        "dozens of people.\n\nIn the late 1990s Reza Amini, then a researcher at the Martyrs "
        "Foundation, was asked to study its files. He found records for 64 people who died in "
        "the square."
    )
    ms = _run(pipe, text, date(2018, 9, 8))
    assert _told_by(ms, "Reza Amini").counts["killed"].to_json() == {"value": 64}


@pytest.mark.parametrize("name", ["Black Friday", "Bloody Sunday", "Palm Sunday"])
def test_a_day_named_for_an_event_is_no_weekday(pipe: Pipeline, name: str) -> None:
    text = (
        f"Forty years on, no one can agree how many died on Tehran's '{name}'\n\n"
        "Forty years ago today, on 8 September 1978, troops opened fire on a crowd in Jaleh "
        "Square in Tehran, killing dozens of people."
    )
    ms = _run(pipe, text, date(2018, 9, 8))
    assert {m.date for m in ms} == {"1978-09-08"}


def test_people_seized_are_abducted_a_town_seized_is_not(pipe: Pipeline) -> None:
    text = (
        "The militants seized three men from a village near Geidam on 19 February 2018.\n\n"
        "Rebels seized the town of Goma on 20 November 2012."
    )
    ms = _run(pipe, text, date(2018, 2, 26))
    assert [(m.acts, m.counts["abducted"].value) for m in ms] == [(["abduction"], 3)]


def test_a_wire_dateline_with_its_agency_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "BAMA, Feb 26 (XNA) - Gunmen stormed a girls' school in Dapchi on 19 February 2018 "
        "and took away 110 students."
    )
    (m,) = _run(pipe, text, date(2018, 2, 26))
    assert m.date == "2018-02-19" and set(m.acts) == {"attack", "abduction"}


def test_the_date_of_an_event_recalled_is_not_the_acts_told_before(pipe: Pipeline) -> None:
    text = (
        "BAMA, Feb 26 (XNA) - Gunmen stormed a girls' school in Dapchi on 19 February 2018.\n\n"
        "The abduction of more than 100 schoolgirls has revived memories of the April 2014 "
        "raid on Chibok, where militants seized 276 girls."
    )
    ms = _run(pipe, text, date(2018, 2, 26))
    chibok = next(m for m in ms if m.counts.get("abducted") and m.counts["abducted"].value == 276)
    assert chibok.date == "2014-04"
    recalled = [m.counts.get("abducted") for m in ms if m.date == "2014-04"]
    assert all(c is None or c.min != 101 for c in recalled)  # (the Dapchi girls are not Chibok's)


def test_a_toll_recognised_today_counts_the_incident_of_the_anniversary(pipe: Pipeline) -> None:
    text = (
        "Forty years ago, on 18 May 1980, paratroopers opened fire on students in the city of "
        "Kwangsan, killing dozens of people.\n\n"
        "The figure recognised by the government today is 165 dead, 76 missing and more than "
        "3,000 wounded."
    )
    ms = _run(pipe, text, date(2020, 5, 18))
    told = _told_by(ms, "government")
    assert told.date == "1980-05-18" and told.counts["killed"].value == 165


@pytest.mark.parametrize(
    "sentence",
    [
        "The officers who gave the order have all died in their beds.",
        "In 1981 the colonel fled abroad and died there the following year.",
        "In 2002 two of the accused died while the case was pending.",
        "She never spoke about that morning until the year she died.",
    ],
)
def test_a_life_ended_in_passing_is_no_killing(pipe: Pipeline, sentence: str) -> None:
    ms = _run(pipe, f"On 3 May 1980 soldiers shot dead 12 miners in Oruro.\n\n{sentence}")
    assert [(m.date, m.perpetrators) for m in ms] == [("1980-05-03", ["soldiers"])]


def test_a_body_named_with_its_article_owns_its_count(pipe: Pipeline) -> None:
    text = (
        "Police fired on a protest camp at Lemsid on 8 November 2010, killing dozens.\n\n"
        "The Ministry of the Interior's count, which it has never revised, is 13 dead."
    )
    ms = _run(pipe, text, date(2020, 11, 8))
    assert _told_by(ms, "Ministry of the Interior").counts["killed"].value == 13


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("In 2001, the Oklahoma Commission to Study the Riot of 1921 concluded that between 100 "
         "and 300 people were killed.", "Oklahoma Commission to Study the Riot of 1921"),
        ("Justice for the Forgotten, the group representing most of the families, told the "
         "committee that 34 people were killed.", "Justice for the Forgotten"),
        ("The Joint Committee on the Conduct of the War reported to Congress that 150 people "
         "had been killed.", "Joint Committee on the Conduct of the War"),
    ],
)  # fmt: skip
def test_a_body_named_with_two_small_words_speaks(
    pipe: Pipeline, sentence: str, voice: str
) -> None:
    ms = _run(pipe, TARULE + sentence)
    assert any(m.attributed_to == voice for m in ms), [m.attributed_to for m in ms]


def test_days_after_in_a_lead_count_from_the_act_told_before_them(pipe: Pipeline) -> None:
    text = (  # (guard: the killings were two days before the arrests, not before the report)
        "BAMA, Feb 26 (XNA) - Police said they arrested 12 men in Dapchi on Friday, two days "
        "after gunmen killed five villagers."
    )
    ms = _run(pipe, text, date(2018, 2, 26))
    assert all(m.date != "2018-02-24" for m in ms)


@pytest.mark.parametrize("lead", ["In 1865", "In May 2008", "On Tuesday"])
def test_a_named_body_after_an_opening_time_speaks(pipe: Pipeline, lead: str) -> None:
    text = (
        TARULE
        + f"{lead} the Joint Committee on the Conduct of the War reported that 52 people had "
        + "been killed."
    )
    ms = _run(pipe, text)
    assert any(m.attributed_to == "Joint Committee on the Conduct of the War" for m in ms)
