"""Rules added in rules@0.10.0, on invented sentences."""

from __future__ import annotations

import json
import textwrap
from datetime import date
from pathlib import Path

import pytest
from tests.extract.gold_helpers import voiced as _voiced

from factfinder.extract import default_pipeline
from factfinder.extract.datetext import DateParser
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 12)  # a Friday


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on Wednesday last week", "2021-03-03"),
        ("on Monday of last week", "2021-03-01"),
        ("on Friday last week", "2021-03-05"),
        ("on Tuesday next week", "2021-03-16"),
        ("on Monday this week", "2021-03-08"),
    ],
)
def test_a_weekday_of_last_week_is_that_day_not_the_week(phrase: str, day: str) -> None:
    text = f"he was arrested {phrase}."
    found = DateParser(PUBLISHED).parse(text, 0, len(text))
    assert [(f.value, f.precision.value) for f in found] == [(day, "day")]


def test_an_event_in_an_opening_following_phrase_with_its_own_day_is_told() -> None:
    text = (
        "We remain alarmed by the situation following the violent dispersal, on Monday last "
        "week, 1 March, of the sit-in outside the parliament in Doreth. According to medical "
        "sources, more than 40 people were killed in the dispersal."
    )
    ms = _run(text)
    killed = [m for m in ms if "killed" in m.counts]
    assert killed and all(m.date == "2021-03-01" for m in killed), [(m.date) for m in ms]


def test_the_date_of_a_relative_clause_about_the_victims_is_not_the_acts() -> None:
    text = (
        "On 2 March 2021 soldiers opened fire on protesters who had camped outside the "
        "ministry since 6 January, killing nine. Armed men opened fire on protesters who had "
        "camped outside the ministry since 6 January, burned tents and beat people."
    )
    assert all(m.date != "2021-01-06" for m in _run(text)), [m.date for m in _run(text)]


def test_an_act_told_inside_the_relative_clause_keeps_its_date() -> None:
    text = (
        "Two of the prisoners who have been on hunger strike in Varenko prison since "
        "2 February were taken to hospital, a relative said."
    )
    assert [m.date for m in _run(text)] == ["2021-02-02"]


TRANSCRIPT = """PRESS BRIEFING

MARLOW (Rights Office): Good morning. Police fired on a march in Doreth on 3 March 2021,
killing 14 people. The Health Ministry has given a much lower figure of 6 dead.

Q (A. Reporter, Daily Post): Were people arrested?

MARLOW: At least 80 people were arrested in Doreth on 4 March 2021.
"""


def test_a_transcripts_speaker_label_is_the_voice_of_its_turns() -> None:
    ms = _run(TRANSCRIPT)
    assert _voiced(ms, "Rights Office").counts["killed"].value == 14
    # the speaker's later turn, under the bare surname, speaks for the same office
    assert _voiced(ms, "Rights Office").attributed_to == "Rights Office"
    arrests = [m for m in ms if "arrest" in m.acts]
    assert arrests and arrests[0].attributed_to == "Rights Office"


def test_a_figure_given_by_a_subject_is_its_voice() -> None:
    ms = _run(TRANSCRIPT)
    assert _voiced(ms, "Ministry").counts["killed"].value == 6


def test_titles_with_a_colon_are_no_transcript() -> None:
    text = (
        "UN: Nine Executed in Varenko\n\nUN: Nine Executed in Varenko\n\n"
        "Nine prisoners were executed in Varenko prison on 2 March 2021."
    )
    assert [m.attributed_to for m in _run(text)] == [None]


def test_a_sentence_adverb_is_no_speaker() -> None:
    text = (
        "Soldiers killed 12 people in Doreth on 2 March 2021. Yesterday, a spokesman for the "
        "Military Council, Omar Dalo, said that 30 people had been arrested in Doreth on "
        "2 March 2021."
    )
    assert all(m.attributed_to != "Yesterday" for m in _run(text))


REPORT = (
    "Killings in Doreth\n\n"
    "On 3 March 2021, soldiers, police and militiamen, acting together, surrounded the market "
    "in Doreth, a town in the north, and opened fire on the traders and their customers, "
    "killing at least 14 people and wounding 30, according to the Doreth Rights Centre.\n\n"
    "The Health Ministry said six people had died. Relatives, neighbours, teachers, clerks "
    "and farmers said they had buried more than twenty.\n\n"
    "- Police said 40 people were arrested in Doreth on 4 March 2021.\n"
    "- The army denied any part in the shooting.\n"
)


def _summary(ms: list[Mention]) -> list[str]:
    return sorted(
        repr((m.date, m.attributed_to, sorted(m.acts),
              sorted((k, c.value, c.min) for k, c in m.counts.items())))
        for m in ms
    )  # fmt: skip


def _wrap(text: str, width: int = 60) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) or "" for line in text.split("\n"))


def test_a_hard_wrapped_report_reads_as_the_same_report() -> None:
    wrapped = _wrap(REPORT)
    assert wrapped.count("\n") > REPORT.count("\n") + 5
    # (the line "On 3 March 2021, soldiers, police and militiamen, acting" looks like a tag list)
    assert _summary(_run(wrapped)) == _summary(_run(REPORT))
    doc = default_pipeline().run(wrapped, doc="t.txt", published=PUBLISHED).doc
    assert doc.text == wrapped and len(doc.norm) == len(wrapped)  # offsets unchanged
    assert any("\n" in doc.text[s.start : s.end] for s in doc.sentences)


def test_list_items_and_table_rows_are_not_joined() -> None:
    text = (
        "Findings of the Doreth Rights Centre on the killings in the market of the town\n"
        "- Police said 40 people were arrested in Doreth on 4 March 2021 after the shooting\n"
        "- The army said 12 people were killed in Doreth on 3 March 2021 by gunmen it named\n"
        "| Name of the victim | Age | Date of death | Place of the killing in Doreth |\n"
        "| Amos Dalo | 31 | 3 March 2021 | the market square in Doreth |\n"
    )
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert len({s.paragraph for s in doc.sentences}) == 5


def test_the_seed_reports_read_the_same_when_hard_wrapped(seeds: Path) -> None:
    manifest = json.loads((seeds / "manifest.json").read_text())
    for entry in manifest:
        text = (seeds / entry["file"]).read_text()
        published = date.fromisoformat(entry["published"])
        plain = _summary(_run(text, published))
        wrapped = _summary(_run(_wrap(text, 72), published))
        kept = len(set(plain) & set(wrapped))
        assert kept >= 0.8 * len(plain), (entry["file"], set(plain) ^ set(wrapped))


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "Several of the former inmates interviewed for this article said they believe "
            "more than 40 people were killed.",
            "former inmates",
        ),
        (
            "The prosecution, supported by the families, established that at least 40 people "
            "had been killed in the attack.",
            "prosecution",
        ),
    ],
)
def test_more_speakers(sentence: str, voice: str) -> None:
    base = "Soldiers opened fire on the market in Varenko on 4 March 2021, killing 12 people. "
    ms = _run(base + sentence)
    voiced = _voiced(ms, voice)
    assert voiced.counts["killed"].value == 40 or voiced.counts["killed"].min is not None


@pytest.mark.parametrize("newline", ["\r\n", "\n \t\n"])
def test_windows_line_ends_and_blank_lines_with_spaces_change_nothing(newline: str) -> None:
    other = REPORT.replace("\n\n", "\n" + newline) if newline != "\r\n" else REPORT
    other = other.replace("\n", "\r\n") if newline == "\r\n" else other
    assert other != REPORT
    assert _summary(_run(other)) == _summary(_run(REPORT))
    paragraphs = [s.paragraph for s in default_pipeline().run(other, doc="t").doc.sentences]
    plain = [s.paragraph for s in default_pipeline().run(REPORT, doc="t").doc.sentences]
    assert paragraphs == plain


def test_a_number_of_the_speakers_is_no_count_of_the_victims() -> None:
    text = (
        "Soldiers opened fire on the market in Varenko on 4 March 2021, killing 12 people. "
        "Several of the former inmates said they believe more than 250 men died."
    )
    voiced = _voiced(_run(text), "former inmates")
    assert voiced.counts["killed"].min == 251


DISPUTED = (
    "From 11 July 2019, soldiers killed more than 8,000 men and boys around Varenko.\n\n"
    "On 12 and 13 July 2019, the soldiers shelled the column of men fleeing through the "
    "forests. At the Dorm warehouse alone, prosecutors showed that more than 1,000 prisoners "
    "were killed on 13 July 2019.\n\n"
    "The Tribunal found in several judgements that between 7,000 and 8,000 men and boys had "
    "been executed.\n"
)


def test_an_undated_voices_toll_disputes_the_incident_of_its_size() -> None:
    tribunal = _voiced(_run(DISPUTED), "Tribunal")
    assert tribunal.date == "2019-07-11"
    assert tribunal.counts["executed"].min == 7000


def test_a_toll_stays_with_its_episode() -> None:
    text = (
        "On 28 September 2022 a court in Doreth began the trial of eleven officers over the "
        "killing of 60 people.\n\n"
        "On 28 September 2009, soldiers opened fire on a rally in the Doreth stadium.\n\n"
        "The junta said at the time that 57 people had died.\n"
    )
    junta = _voiced(_run(text), "junta")
    assert junta.date == "2009-09-28", junta.date  # not the trial's, of the same size


def test_a_court_that_ruled_that_is_a_voice() -> None:
    text = (
        "Soldiers killed 300 men in Varenko on 13 July 2019. The Supreme Court ruled last "
        "year that the state bore partial liability for the deaths of about 350 men."
    )
    assert _voiced(_run(text), "Supreme Court").counts["killed"].value == 350


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "We publish this testimony seventy-five years to the day after the elder of the "
            "tribes was hanged in the square of Varenko with six other men.",
            date(2012, 11, 15),
            "1937-11-15",
        ),
        (
            "The former ruler went on trial in Doreth on Wednesday, thirteen years to the day "
            "after soldiers opened fire on a rally in the stadium, killing scores of people.",
            date(2022, 9, 30),  # a Friday: Wednesday is 28 September
            "2009-09-28",
        ),
    ],
)
def test_years_to_the_day_after_count_back_from_the_day_told(
    text: str, published: date, day: str
) -> None:
    assert day in [m.date for m in _run(text, published)]


def test_a_month_nearly_a_year_back_belongs_to_the_story_year() -> None:
    text = (
        "Thirty years ago today, on 4 June 1989, soldiers killed hundreds of people in "
        "Beijing.\n\nThe student leader Wang Dan was arrested in Beijing in early July."
    )
    arrests = [m for m in _run(text, date(2019, 6, 4)) if "arrest" in m.acts]
    assert [m.date for m in arrests] == ["1989-07"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        (
            "At the time, Dalo said the officers had fired in self-defence. She told reporters "
            "the day after that 40 people had died.",
            "Dalo",
        ),
        (
            "Omar Dalo, the deputy interior minister who chairs the presidential commission of "
            "truth for the Varenko case, told a news conference that 40 people had been killed.",
            "Omar Dalo",
        ),
        (
            "Scholars and survivors' groups have argued for decades that the real toll was "
            "far higher, at least 40 dead.",
            "survivors' groups",
        ),
    ],
)
def test_speakers_told_by_pronoun_long_apposition_or_argument(sentence: str, voice: str) -> None:
    base = "Soldiers opened fire on the market in Varenko on 4 March 2021, killing 12 people. "
    voiced = _voiced(_run(base + sentence), voice)
    assert 40 in (voiced.counts["killed"].value, voiced.counts["killed"].min)


def test_a_pronoun_with_no_speaker_before_is_the_reports_voice() -> None:
    text = (
        "Soldiers opened fire on the market in Varenko on 4 March 2021, killing 12 people. "
        "He said later that 40 people had died."
    )
    assert all(m.attributed_to is None for m in _run(text))


@pytest.mark.parametrize(
    ("sentence", "voice", "figure"),
    [
        ("Amnesty International compiled the names of 240 victims.", "Amnesty", 240),
        (
            "The families' committee says it has now collected the names of more than 1,200 men.",
            "families' committee",
            1201,
        ),
    ],
)
def test_a_list_of_names_counts_the_reports_victims(sentence: str, voice: str, figure: int) -> None:
    base = "Soldiers killed hundreds of civilians in Varenko on 28 November 2020. "
    killed = _voiced(_run(base + sentence), voice).counts["killed"]
    assert figure in (killed.value, killed.min)


def test_names_of_others_than_victims_are_no_count() -> None:
    text = (
        "Soldiers killed 30 civilians in Varenko on 28 November 2020. The police released "
        "the names of 12 officers."
    )
    assert all(m.counts["killed"].value == 30 for m in _run(text))


def test_one_demonym_does_not_move_a_town_abroad() -> None:
    text = (
        "Police killed 300 residents near the airfield in Jeju City in August 1950, while an "
        "American military governor looked on."
    )
    assert [m.country for m in _run(text, date(2004, 4, 3))] == ["KR"]


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("The High Court held that 40 persons had been killed.", "High Court"),
        ("The court held it proven that 40 people were killed.", "court"),
        ("That night the prefecture of police put out a communiqué giving 40 dead.", "police"),
        ("The national police put out a communique giving 40 dead.", "police"),
        ("The charge sheet in the trial listed 40 people killed.", "charge sheet"),
        ("The Bees Association counts 40 people killed.", "Bees Association"),
    ],
)
def test_courts_holdings_communiques_and_lists_are_voices(sentence: str, voice: str) -> None:
    base = "Soldiers opened fire on the market in Varenko on 4 March 2021, killing 12 people. "
    assert _voiced(_run(base + sentence), voice).counts["killed"].value == 40


def test_a_semicolon_before_a_voice_that_estimates_starts_its_claim() -> None:
    text = (
        "Police opened fire on the march in Varenko on 16 June 1976. The government's official "
        "toll, 176 dead, was never accepted by the families; some historians estimate that "
        "about 700 people were killed."
    )
    ms = _run(text, date(2016, 6, 16))
    assert _voiced(ms, "historians").counts["killed"].value == 700
    assert _voiced(ms, "government").counts["killed"].value == 176


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("on Christmas Eve 2006", "2006-12-24"),
        ("on Christmas Day, 1989", "1989-12-25"),
        ("on New Year's Day 2008", "2008-01-01"),
        ("on Boxing Day 2004", "2004-12-26"),
    ],
)
def test_holidays_of_a_fixed_day_are_dates(phrase: str, day: str) -> None:
    text = f"A guard shot dead three prisoners in Varenko prison {phrase}."
    assert [m.date for m in _run(text, date(2020, 12, 23))] == [day]


def test_a_day_without_its_year_after_a_month_with_one_is_of_that_year() -> None:
    text = (
        "At the trial in Varenko in January 1946, fifteen officers were tried; twelve of them "
        "were hanged in public on the central square on 29 January."
    )
    assert [m.date for m in _run(text, date(2021, 9, 29))] == ["1946-01-29"]


def test_an_ordinal_before_a_units_name_is_no_day() -> None:
    text = (
        "In March 1984 the survivor went back to the ruins of the village.\n\n"
        "Seventy-five years ago today, men of the 2nd SS Panzer Division surrounded the "
        "village of Varenko and killed 642 of its inhabitants."
    )
    assert {m.date for m in _run(text, date(2019, 6, 10))} == {"1944-06-10"}


@pytest.mark.parametrize(
    ("phrase", "month"),
    [("six years ago this October", "2014-10"), ("two years ago last May", "2018-05")],
)
def test_years_ago_this_month_is_that_month_so_many_years_back(phrase: str, month: str) -> None:
    text = f"{phrase}, soldiers arrested 40 students in Varenko."
    assert [m.date for m in _run(text, date(2020, 12, 23))] == [month]


EVENT_DAYS = (
    "The shooting on Aug. 16, 2012, at the Varenko mine was the deadliest in decades.\n\n"
    "The police chief told reporters the day after the shooting that 34 people had died.\n\n"
    "On the Sunday before the shooting, two security guards were hacked to death. Two days "
    "after the shooting, police arrested 259 miners."
)


def test_a_day_counted_from_an_event_named_before() -> None:
    ms = _run(EVENT_DAYS, date(2015, 6, 25))
    dates = {m.date for m in ms if "killed" in m.counts and m.counts["killed"].value == 2}
    assert dates == {"2012-08-12"}  # 16 August 2012 was a Thursday
    assert {m.date for m in ms if "arrest" in m.acts} == {"2012-08-14"}
    # the day after the shooting is when the chief spoke: the 34 died on the 16th
    assert {m.date for m in ms if m.counts.get("killed") and m.counts["killed"].value == 34} == {
        "2012-08-16"
    }


def test_a_day_counted_from_an_event_is_no_act_of_its_own() -> None:
    text = (
        "Gunmen massacred 58 people in Varenko on 23 November 2009. The governor's son "
        "surrendered to the authorities three days after the massacre."
    )
    assert [m.date for m in _run(text, date(2019, 12, 20))] == ["2009-11-23"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bodies were afterwards burned in a lime kiln so that nothing could be counted.",
        "The soldiers burned the bodies in a pit behind the school.",
    ],
)
def test_burning_the_dead_destroys_no_property(sentence: str) -> None:
    text = f"Soldiers killed 40 villagers in Varenko on 8 May 1945. {sentence}"
    assert all("destruction" not in m.acts for m in _run(text, date(2020, 5, 8)))


def test_burning_houses_is_still_destruction() -> None:
    text = "Soldiers killed 40 villagers in Varenko on 8 May 1945 and burned their houses."
    assert any("destruction" in m.acts for m in _run(text, date(2020, 5, 8)))


def test_the_named_subject_of_an_opening_when_clause_speaks_for_its_pronoun() -> None:
    text = (
        "Police attacked the march in Varenko on 17 October 1961, killing dozens. When the "
        "historian Jean Dalo published his book in 1991, he estimated that around 200 people "
        "had been killed."
    )
    assert _voiced(_run(text, date(2021, 10, 17)), "Jean Dalo").counts["killed"].value == 200


def test_a_contrasting_clause_with_its_own_voice_gives_that_voices_figure() -> None:
    text = (
        "In June 1979, gunmen killed cadets at the artillery school in Varenko: the government "
        "said 32 died, while other accounts put the number at 83."
    )
    ms = _run(text, date(2022, 2, 2))
    assert _voiced(ms, "government").counts["killed"].value == 32
    assert _voiced(ms, "other accounts").counts["killed"].value == 83


def test_a_retold_figure_given_with_the_figure_is_read_without_an_apostrophe() -> None:
    text = (
        "Soldiers killed 12 people in Varenko on 4 March 2021. The ministry gave the figure of 40."
    )
    assert _voiced(_run(text), "ministry").counts["killed"].value == 40


def test_a_wrapped_line_that_opens_with_a_number_goes_on_its_sentence() -> None:
    text = (
        "Local journalists who counted the coffins in the following days spoke of more than\n"
        "200. Families in Varenko said the real number of people killed by the soldiers on\n"
        "4 March 2021 was higher still, and that many were buried in secret at night.\n"
    )
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert len({s.paragraph for s in doc.sentences}) == 1
