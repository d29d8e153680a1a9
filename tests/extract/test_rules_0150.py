"""Rules added in rules@0.15.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.extract.retellings import consolidate
from factfinder.extract.tables import find_tables
from factfinder.model import Count, DatePrecision, Mention

PUBLISHED = date(2024, 5, 14)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _voiced(ms: list[Mention], voice: str) -> Mention:
    return next(m for m in ms if m.attributed_to == voice)


@pytest.mark.parametrize("noun", ["decision,", "ruling", "judgment", "verdict"])
def test_the_year_that_names_a_court_s_decision_dates_no_killing(noun: str) -> None:
    text = (
        "Soldiers killed 14 farmers in Kaloma, Chad, on 3 March 1987. "
        f"In its 1993 {noun} the Supreme Court referred to twelve farmers killed."
    )
    court = _voiced(_run(text), "Supreme Court")
    assert court.date == "1987-03-03"
    assert court.counts["killed"].value == 12


_TRIAL = (
    "Soldiers shot dead sixteen prisoners at the Belo naval base, Chad, on 22 August 1972.\n\n"
    "Alberto Kan was killed by police in 1977.\n\n"
)


def test_a_day_opening_a_finding_is_the_finding_s_even_after_a_capital_on() -> None:
    text = _TRIAL + (
        "On 15 October 2012, the Federal Tribunal of Rawson found that the sixteen prisoners "
        "had been murdered."
    )
    tribunal = _voiced(_run(text), "Federal Tribunal")
    assert tribunal.date == "1972-08-22"  # (not the day of the finding, 2012-10-15)
    assert tribunal.counts["killed"].value == 16


def test_an_undated_toll_with_the_figure_of_an_incident_told_before_retells_it() -> None:
    text = _TRIAL + "The tribunal later found that the sixteen prisoners had been murdered."
    tribunal = _voiced(_run(text), "tribunal")
    assert tribunal.date == "1972-08-22"  # (not the killing of 1977 told just before)


def test_a_day_a_body_was_found_stays_the_day_of_the_finding_of_the_dead() -> None:
    m = _run("On 3 May, police found 12 bodies in a ditch near Kaloma, Chad.")[0]
    assert m.date == "2024-05-03"


@pytest.mark.parametrize("verb", ["tried", "acquitted"])
def test_the_persons_a_court_tried_are_no_victims_of_the_act(verb: str) -> None:
    text = (
        "Police attacked the squatters' camp at the Santa Elina farm in Corumbiara, Brazil, on "
        "9 August 1995.\n\n"
        f"Five years after the massacre, a jury court in Porto Velho {verb} twelve police officers."
    )
    (m,) = _run(text)
    assert m.date == "1995-08-09"
    assert "killed" not in m.counts


def test_a_retelling_with_a_finer_date_brings_its_own_figure() -> None:
    def mention(date_: str, end: str | None, precision: DatePrecision, killed: int) -> Mention:
        return Mention(
            doc="t.txt", acts=["killing"], evidence="…", date=date_, date_end=end,
            date_precision=precision, place="Sacaba", attributed_to="GIEI",
            counts={"killed": Count(value=killed)},
        )  # fmt: skip

    span = mention("2019-09-01", "2019-12-31", DatePrecision.RANGE, 37)
    day = mention("2019-11-15", None, DatePrecision.DAY, 10)
    (merged,) = consolidate([span, day])
    assert (merged.date, merged.date_end) == ("2019-11-15", None)
    assert merged.counts["killed"].value == 10  # (37 deaths over four months: no day's toll)


def test_a_sentence_passed_after_a_finding_is_dated_by_the_day_of_the_finding() -> None:
    text = _TRIAL + (
        "On 15 October 2012, the Federal Tribunal of Rawson found that the sixteen prisoners "
        "had been murdered. The court sentenced three former officers to life imprisonment."
    )
    ms = _run(text)
    sentence = next(m for m in ms if "imprisonment" in m.acts)
    assert sentence.date == "2012-10-15"
    assert "imprisonment" not in next(m for m in ms if m.date == "1972-08-22").acts


def test_the_town_marchers_were_heading_for_is_not_where_they_were_shot() -> None:
    text = (
        "On Friday, 15 November 2019, thousands of coca growers marched towards the city of "
        "Cochabamba, Bolivia. At the bridge, in the municipality of Sacaba, police blocked their "
        "way.\n\nAt 4 p.m. police opened fire on the demonstrators. Ten people died and more "
        "than one hundred were injured.\n\nThe commission established that ten people died in "
        "Sacaba. On the night of the events, the Ombudsman's Office reported nine dead."
    )
    assert _voiced(_run(text), "Ombudsman's Office").place == "Sacaba"


_TOLD = "Soldiers killed villagers in Kaloma, Chad, on 3 March 1978. The army said 34 people died. "


@pytest.mark.parametrize(
    ("told", "voice", "figure"),
    [("Survivors have always said about 400.", "Survivors", 400),
     ("Amnesty International estimated 1,000.", "Amnesty International", 1000),
     ("Some older books say 147.", "Some older books", 147),
     ("Church records give 212.", "Church records", 212)],
)  # fmt: skip
def test_a_bare_figure_a_voice_gives_after_a_toll_is_its_toll(
    told: str, voice: str, figure: int
) -> None:
    m = _voiced(_run(_TOLD + told), voice)
    assert (m.date, m.counts["killed"].value) == ("1978-03-03", figure)


@pytest.mark.parametrize(
    "told",
    ["Survivors said 400 houses were burned.", "Survivors said it took 400 soldiers.",
     "Survivors said they walked 40 kilometres."],
)  # fmt: skip
def test_a_figure_of_something_else_a_voice_gives_is_no_toll(told: str) -> None:
    assert not [m for m in _run(_TOLD + told) if m.attributed_to == "Survivors"]


def test_the_answer_to_how_many_died_is_a_toll() -> None:
    text = (
        "Soldiers killed villagers in Kaloma, Chad, on 3 March 1978.\n\n"
        "Q: How many people died at Kaloma?\n\n"
        "A: The survivors have always said about 400."
    )
    m = _voiced(_run(text), "survivors")
    assert (m.date, m.counts["killed"].value) == ("1978-03-03", 400)


_NAMES = (
    "We remember their names:\n\n1. Carlos Astudillo\n2. Rubén Bonet\n3. Eduardo Capello\n\n"
    "HOW IT HAPPENED\n\n"
)


def test_a_yearless_day_of_the_story_s_month_in_a_long_ago_anniversary_is_the_story_s() -> None:
    text = (
        "Fifty years ago today, on 22 August 1972, navy officers shot sixteen prisoners at the "
        f"Belo naval base, Chad.\n\n{_NAMES}"
        "A week before the massacre, on 15 August, prisoners escaped from the Rawson jail. "
        "During the escape a guard, Juan Valenzuela, was shot dead."
    )
    ms = _run(text, published=date(2022, 8, 22))
    assert {m.date for m in ms} == {"1972-08-22", "1972-08-15"}


def test_a_yearless_day_a_year_after_the_story_may_be_this_year_s() -> None:
    text = (
        "One year ago today, on 30 May 2018, police fired on the Mothers' Day march in "
        f"Managua, Nicaragua, killing 19 people.\n\n{_NAMES}"
        "On 16 May, guards at La Modelo prison shot dead a prisoner, Eddy Montes."
    )
    ms = _run(text, published=date(2019, 5, 30))
    assert "2019-05-16" in {m.date for m in ms}


def test_a_record_s_fields_are_one_incident_dated_by_its_date_field() -> None:
    text = (
        "FACT SHEET: the Maiduguri raid\n\n"
        "Date: 3 March 2019\n"
        "Place: Maiduguri, Nigeria\n"
        "Dead: 24 civilians (investigators' figure); 1 soldier\n"
        "Wounded: 27 by the count of the local hospital\n"
        "Arrested: 40\n"
    )
    (m,) = _run(text)
    assert (m.date, m.place) == ("2019-03-03", "Maiduguri")
    assert (m.counts["killed"].value, m.counts["arrested"].value) == (24, 40)


def test_a_field_label_of_victims_is_no_voice() -> None:
    text = (
        "Soldiers raided Kaloma, Chad, on 3 March 2019.\n\n"
        "- Killed: 3 (Ali, 18; Musa, 18; Idris, 17)\n"
        "- Wounded: 27\n"
    )
    (m,) = _run(text)
    assert m.attributed_to is None
    assert m.counts["killed"].value == 3


def test_a_catalogue_s_fields_with_no_victims_are_no_record_of_an_incident() -> None:
    text = (
        "Title: Interview with a survivor of the bombing of Kaloma market\n"
        "Date of interview: 22 June 2013\n"
        "Place of interview: Kaloma, Chad\n"
        "Subjects: civil war; air raids; markets\n"
    )
    assert not [m for m in _run(text) if m.date == "2013-06-22"]


_TABLE = (
    "A UN team documented the attacks in Yumbi territory, DR Congo, in December 2018.\n\n"
    "| Location            | Date(s) of attack  | Killed (at least) |\n"
    "|---------------------|--------------------|-------------------|\n"
    "| Yumbi (town)        | 16–17 Dec 2018     | 82                |\n"
    "| Bongende (village)  | 17 Dec 2018        | 345               |\n"
    "| Total               |                    | 427               |\n"
)


def test_each_row_of_a_table_of_incidents_is_an_incident_with_its_column_s_count() -> None:
    rows = {m.place: m for m in _run(_TABLE, published=date(2019, 3, 12)) if m.evidence[:1] == "|"}
    assert set(rows) == {"Yumbi", "Bongende"}  # (no row of totals)
    assert rows["Bongende"].date == "2018-12-17"
    assert rows["Bongende"].counts["killed"].min == 345  # "Killed (at least)"
    assert rows["Yumbi"].counts["killed"].min == 82


def test_a_table_row_s_source_column_is_its_voice_and_the_source_s_day_no_act_s() -> None:
    text = (
        "Gunmen attacked Solhan, Burkina Faso, in the night of 4 to 5 June 2021.\n\n"
        "| Locality | Killed | Injured | Source |\n"
        "|---|---|---|---|\n"
        "| Solhan | 132 | ~40 | Government; UNHCR (injured) |\n"
        "| Solhan | 160 | — | Local sources, 6 June |\n"
    )
    ms = _run(text, published=date(2021, 6, 9))
    local = _voiced(ms, "Local sources")
    assert (local.date, local.counts["killed"].value) == ("2021-06-04", 160)
    assert _voiced(ms, "Government").counts["killed"].value == 132


@pytest.mark.parametrize(
    "header",
    ["| Year | Killed | Notes |", "| Place | Killed (UN) | Killed (local NGOs) |"],
)  # fmt: skip
def test_a_series_by_year_or_a_voice_per_column_is_no_table_of_incidents(header: str) -> None:
    text = f"{header}\n|---|---|---|\n| 1996 | 54 | 19 |\n| 1997 | 30 | 12 |\n"
    assert find_tables(text) == []


def test_a_yearless_day_in_a_history_of_long_ago_is_of_the_story_s_time() -> None:
    text = (
        "GERNIKA 1937: THE IMAGE AND THE RECORD\n28 April - 3 September 2017\n\n"
        "On the afternoon of Monday 26 April 1937, aircraft of the Condor Legion bombed the "
        "Basque town of Gernika, Spain.\n\n"
        "Within days the Basque Government announced that 1,654 people had been killed.\n\n"
        "It was not the first such raid: a month earlier, on 31 March, Italian aircraft had "
        "bombed Durango, Spain, killing more than 250 people."
    )
    ms = _run(text, published=date(2017, 4, 24))
    assert "1937-03-31" in {m.date for m in ms}
    assert not [m for m in ms if m.date and m.date.startswith("2017")]


def test_a_yearless_day_in_news_that_recalls_an_old_story_is_of_the_news() -> None:
    text = (
        "Prisoners recalled the executions of 1988, when 30,000 were killed, and the "
        "massacre of 1988 that followed.\n\n"
        "Last year, on 3 May 2018, guards beat a prisoner to death in Karaj, Iran.\n\n"
        "On 21 June, guards beat two hunger strikers in Karaj, Iran."
    )
    ms = _run(text, published=date(2019, 7, 1))
    assert "2019-06-21" in {m.date for m in ms}


def test_a_meeting_record_s_speakers_are_the_voices_of_their_turns() -> None:
    text = (
        "The President: I give the floor to the representative of France.\n\n"
        "The representative of France (spoke in French): France is shocked that more than 500 "
        "civilians were killed at Makobola, DR Congo, on 30 December 1998.\n\n"
        "Mr. Enoch Powell (Wolverhampton, South-West): Eleven men were beaten to death at Hola, "
        "Kenya, on 3 March 1959."
    )
    voices = {m.attributed_to for m in _run(text, published=date(1999, 1, 19))}
    assert voices == {"France", "Enoch Powell"}


def test_a_span_of_days_across_a_new_year_starts_in_the_year_before() -> None:
    text = (
        "Between 30 December and 2 January, troops killed more than 500 villagers in Makobola, "
        "DR Congo."
    )
    (m,) = _run(text, published=date(1999, 1, 19))
    assert (m.date, m.date_end) == ("1998-12-30", "1999-01-02")


def test_homes_set_alight_are_destroyed() -> None:
    (m,) = _run("On 30 December 1998 troops locked families in their homes in Makobola, DR Congo, "
                "and the homes were set alight.", published=date(1999, 1, 19))  # fmt: skip
    assert "destruction" in m.acts


@pytest.mark.parametrize(
    ("told", "voice", "low", "high"),
    [("The survivors' association put the dead at close to 300.", "survivors' association",
      300, None),
     ("A presidential commission later put the dead of that day at 67.",
      "presidential commission", 67, None),
     ("Local accounts put the dead at between 60 and 110.", "Local accounts", 60, 110),
     ("The lists kept by the village name more than 150.", "lists", 151, None)],
)  # fmt: skip
def test_the_dead_a_voice_puts_at_or_names_are_its_toll(
    told: str, voice: str, low: int, high: int | None
) -> None:
    m = _voiced(_run(_TOLD + told), voice)
    count = m.counts["killed"]
    assert (count.value or count.min, count.max) == (low, high)


def test_a_day_told_in_full_in_two_years_lends_neither_year() -> None:
    text = (
        "1.1 On Saturday 6 July 2013, fifteen years to the day after 6 July 1998, a citizens' "
        "tribunal sat in Sydney.\n\n"
        "4.1 From 2 July 1998 the Morning Star flag flew over the water tower in Biak, "
        "Indonesia.\n\n"
        "4.2 Before dawn on 6 July, soldiers opened fire on the crowd and killed dozens."
    )
    ms = _run(text, published=date(2013, 12, 16))
    assert "1998-07-06" in {m.date for m in ms}
    assert "2013-07-06" not in {m.date for m in ms}


def test_years_ago_this_sunday_is_that_sunday_so_many_years_back() -> None:
    text = (
        "Seventy-five years ago this Sunday, 335 men were put to death in the Ardeatine caves "
        "in Rome, Italy."
    )
    (m,) = _run(text, published=date(2019, 3, 22))  # (a Friday)
    assert (m.date, m.date_precision) == ("1944-03-24", DatePrecision.DAY)


@pytest.mark.parametrize(
    "text",
    ["On 16 June 1976 some 10,000 pupils set out on a march to Orlando Stadium in Soweto, "
     "South Africa.",
     "The strike began on 10 August 2012, when some 3,000 rock drill operators walked off the "
     "job at Marikana, South Africa."],
)  # fmt: skip
def test_a_march_set_out_on_and_a_strike_begun_are_protests(text: str) -> None:
    (m,) = _run(text)
    assert "protest" in m.acts


def test_the_people_a_voice_buried_are_its_toll_of_the_dead() -> None:
    text = (
        "Soldiers fired on the camp at Wounded Knee, South Dakota, on 29 December 1890. Local "
        "council officials said they have already buried more than one hundred people."
    )
    officials = _voiced(_run(text, published=date(1891, 1, 20)), "Local council officials")
    assert (officials.date, officials.counts["killed"].min) == ("1890-12-29", 101)


def test_a_voice_telling_an_earlier_act_borrows_no_day_from_the_process_that_told_it() -> None:
    text = (
        "In August 1928 a police party shot Warlpiri people at Coniston, Australia.\n\n"
        "The jury acquitted both accused in November 1928. At the trial Constable Murray said "
        "that he had shot 17 people on his first patrol."
    )
    murray = _voiced(_run(text), "Constable Murray")
    assert (murray.date, murray.counts["killed"].value) == ("1928-08", 17)


def test_it_found_after_a_body_that_sat_is_that_body_s_finding() -> None:
    text = (
        "In August 1928 a police party shot Warlpiri people at Coniston, Australia.\n\n"
        "A Board of Enquiry appointed by the Commonwealth sat in January 1929. It found that 31 "
        "Aboriginal people had been shot dead by the police parties."
    )
    board = _voiced(_run(text), "Board of Enquiry")
    assert (board.date, board.counts["killed"].value) == ("1928-08", 31)
