"""Rules added in rules@0.13.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2024, 1, 1)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _only(text: str) -> Mention:
    ms = _run(text)
    assert len(ms) == 1, [m.evidence for m in ms]
    return ms[0]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("In March 1951, Karel Vondra shot dead the district commissioner in Olomouc.",
         "Karel Vondra"),
        ("On 5 May 1999 the FRD abducted 14 teachers in Kalemie.", "FRD"),
        ("On 2 June 1943 the Italians burned 40 houses in Lipa.", "Italians"),
        ("On 9 May 1961 Ilse Brandauer had personally beaten three prisoners in Linz.",
         "Ilse Brandauer"),
    ],
)  # fmt: skip
def test_a_name_or_initials_before_an_active_act_verb_is_its_agent(text: str, agent: str) -> None:
    m = _only(text)
    assert m.perpetrators == [agent]
    claim = next(c for c in m.claims if c.field == "perpetrator")
    assert claim.quote == agent and claim.method.startswith("actors")


@pytest.mark.parametrize(
    "text",
    [
        "Omar Haddad killed in raid on 3 May 2014 in Mosul.",  # a headline's passive
        "Columns moving along Nanjing Road opened fire on the crowd in Shanghai on 30 May 1925.",
        "On Monday Witnesses shot videos of the crowd; 12 people were killed in Kessa on 3 May 2014.",  # noqa: E501
        "Tomas Arvel died in custody in Linz on 9 May 1961.",  # what befell him
        "The UN killed no one; 14 people were killed in Kalemie on 5 May 1999, the UN said.",
    ],
)
def test_places_passives_and_intransitive_verbs_name_no_agent(text: str) -> None:
    for m in _run(text):
        assert m.perpetrators == [], m.evidence


def test_a_speaker_that_tells_its_own_arrests_is_their_perpetrator_and_their_voice() -> None:
    m = _only("Police said they had arrested 212 people in Dhaka on 3 May 2013.")
    assert m.perpetrators == ["Police"]
    assert m.attributed_to == "Police"


def test_the_speakers_own_act_names_no_perpetrator_of_the_other_incidents_told() -> None:
    text = (
        "Four people were shot dead in the clashes in Dhaka on 3 May 2013, the health ministry "
        "said. Police said they had arrested 212 people in Dhaka that day."
    )
    by_act = {m.acts[0]: m for m in _run(text)}
    assert by_act["arrest"].perpetrators == ["Police"]
    assert by_act["killing"].perpetrators == []


def test_a_head_before_a_place_noun_names_a_place_not_an_actor() -> None:
    m = _only("Gunmen attacked the police station in Kano on 4 May 2015, killing three officers.")
    assert m.perpetrators == ["Gunmen"]


def test_a_weak_head_after_a_head_leaves_the_head_its_actor() -> None:
    m = _only("Ruritanian air force jets bombed the market of Kessa on 9 June 2016, killing 21.")
    assert m.perpetrators == ["Ruritanian air force"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("A mob set fire to the chapel at Kiroba on 1 January 2008, killing 30 people.", "A mob"),
        ("The Gestapo arrested 40 students in Prague on 17 November 1939.", "Gestapo"),
        ("State troopers shot 11 inmates in the yard of Vesna prison on 2 May 1972.",
         "State troopers"),
    ],
)  # fmt: skip
def test_heads_and_aliases_of_other_eras(text: str, agent: str) -> None:
    assert _only(text).perpetrators == [agent]


def test_a_locality_named_in_an_actors_origin_still_counts_as_placed() -> None:
    text = (
        "On 3 May 1982, forty villagers who had gone to Chuitinamit were killed there by "
        "patrollers. Patrollers from Chuitinamit were later tried in Salamá."
    )
    m = _run(text)[0]
    assert m.place == "Chuitinamit"
    assert m.perpetrators == ["patrollers"]


def test_a_long_apposition_between_sentenced_and_its_term_keeps_the_sentence() -> None:
    text = (
        "Last Friday the High Court in Valdora sentenced Anselmo Ruiz Quintero, 81, a retired "
        "army general and former deputy minister of the interior, to 40 years in prison for "
        "the murders of six teachers in Loma Alta on 3 March 1982."
    )
    by_date = {m.date: m for m in _run(text, published=date(2020, 9, 14))}
    sentence = by_date["2020-09-11"]
    assert sentence.acts[0] == "imprisonment" and "death_sentence" not in sentence.acts
    assert sentence.counts["sentenced"].value == 1  # the man named, not his age (81)
    assert sentence.named_victims == ["Anselmo Ruiz Quintero"]
    assert by_date["1982-03-03"].counts["killed"].value == 6


def test_a_place_before_a_count_in_commas_is_no_person_of_that_age() -> None:
    m = _only("In Aleppo, 40, most of them civilians, were killed on 3 May 2016.")
    assert m.named_victims == []


DIGEST = """KESSA BROADCAST MONITOR
No. 4/25 · Issued 24 June 1992

(1) POLICE REPORT KILLINGS IN VELNO
Radio Kessa, Port Amel, in English 0500 gmt 18 Jun 92

Police say 31 people were killed when armed men attacked residents of Velno township last night.

(2) PARTY ALLEGES COLLUSION
Radio Nine, Port Amel, in English 1200 gmt 18 Jun 92

The Civic Party says more than 35 people died in Velno and that the police did nothing.

(3) POLICE FIRE ON CROWD
Metro TV, Port Amel, in English 1800 gmt 21 Jun 92

The Civic Party says four people were killed when police fired on Velno residents yesterday.

(4) MONITOR'S NOTE
Later reports on 23 Jun put the Velno toll at 38.
"""


def test_a_monitoring_items_broadcast_line_is_the_day_its_relative_dates_are_read_from() -> None:
    result = default_pipeline().run(DIGEST, doc="t.txt", published=date(1992, 6, 24))
    assert result.doc is not None
    years = [d.value for d in result.doc.dates if d.value.isdigit()]
    assert "1200" not in years and "1800" not in years  # clock times, not years
    by_voice = {(m.attributed_to, m.date): m for m in result.mentions}
    assert by_voice[("Police", "1992-06-17")].counts["killed"].value == 31  # "last night"
    # told in the next item without a day: the Velno killings of the 17th, not of the 18th
    assert by_voice[("Civic Party", "1992-06-17")].counts["killed"].min == 36
    assert by_voice[("Civic Party", "1992-06-20")].counts["killed"].value == 4  # "yesterday"
    assert not any(m.date.startswith("1991") for m in result.mentions)  # "on 23 Jun": 1992


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a count and a colon, then the count broken down: no abduction of five
        ("On 19 November 2005 in Kabul, gunmen killed 24 civilians: five men taken from a "
         "car, and nineteen residents of nearby houses.", 24),
        # the accused of the act that follows are no victims of it
        ("On 21 December 2006 in Kabul, four soldiers were accused of killing villagers.", None),
        # "a girl of nine" is her age
        ("On 3 May 2006 in Kabul, 12 people were killed; a girl of nine survived.", 12),
    ],
)  # fmt: skip
def test_numbers_that_are_parts_ages_or_accused_count_no_victims(text: str, killed: int) -> None:
    m = _only(text)
    got = m.counts.get("killed")
    assert (got.value if got else None) == killed
    assert "abducted" not in m.counts


def test_a_unit_named_like_a_town_is_no_place() -> None:
    m = _only(
        "On 19 November 2005 a bomb struck a convoy of Kilo Company, 3rd Battalion, in "
        "Haditha, Anbar province, killing one Marine."
    )
    assert m.place == "Haditha"


RECORD = """Record ID:   KR-2011-0042
Title:       Killing of marchers at Velno bridge
Date:        2011-04-06
Location:    Velno, Kessa province

NARRATIVE
On 6 April 2011, gunmen opened fire on marchers at the Velno bridge and killed 14 people.

LINKED SOURCE EXCERPTS
[S1] 2011-04-08 | Farmers' Union of Kessa, statement read on radio | type: victims' organisation
     "Since Wednesday we have counted 21 of our members killed."

[S2] 2011-06-30 | Ombudsman of Kessa, report on Velno | type: state institution
     The report concluded that 16 people died and 40 were wounded.

[S3] 2012-01-15 | Daily Courier, Port Amel | type: press
     The trial of nine suspects opened yesterday.
"""


def test_a_records_dated_sources_speak_for_their_excerpts_and_retell_its_incident() -> None:
    ms = default_pipeline().run(RECORD, doc="t.txt", published=date(2012, 2, 1)).mentions
    by_voice = {m.attributed_to: m for m in ms if "killing" in m.acts}
    union = by_voice["Farmers' Union of Kessa"]
    assert union.date == "2011-04-06"  # "since Wednesday", read from the source's day
    assert union.counts["killed"].value == 21
    ombudsman = by_voice["Ombudsman of Kessa"]
    assert ombudsman.date == "2011-04-06"  # the report's day is the telling's, not the deaths'
    assert ombudsman.counts["killed"].value == 16


def test_a_day_in_a_past_perfect_relative_clause_does_not_set_the_next_paragraphs_scene() -> None:
    text = (
        "On the morning of 12 May 1996, two buses carrying members of the Farmers' Union left "
        "Kessa for the capital. They were going to demand that their leader, who had "
        "disappeared on 3 April, be released.\n\n"
        "At the bridge, police stopped the buses and opened fire. Eleven farmers were killed "
        "and nine wounded."
    )
    killing = next(m for m in _run(text) if "killing" in m.acts)
    assert killing.date == "1996-05-12"
    assert killing.counts["killed"].value == 11


def test_a_voices_undated_toll_far_from_any_incident_counts_the_one_told_most() -> None:
    text = (
        "Twenty years ago tonight, on 13 August 2004, armed men attacked the refugee camp at "
        "Gatumba and killed refugees in their tents.\n\n"
        "The camp was a transit site near the border.\n\n"
        "Most residents had come from the south.\n\n"
        "Several hundred people lived in tents.\n\n"
        "The joint report of the UN missions, sent to the Security Council in October 2004, "
        "counted 152 people killed and 106 wounded."
    )
    ms = _run(text, published=date(2024, 8, 13))
    un = next(m for m in ms if m.counts.get("killed") and m.counts["killed"].value == 152)
    assert un.date == "2004-08-13"  # the attack's, not the report's month
    assert un.attributed_to == "United Nations"


def test_an_anniversary_aside_and_days_ahead_date_no_act() -> None:
    text = (
        "On Tuesday, 21 October 1941 – eighty years ago next Thursday – soldiers led the men "
        "of Kragujevac to the fields of Šumarice and shot them."
    )
    assert _only(text).date == "1941-10-21"
    plan = _run("Relatives will march in Kano tomorrow; 12 people were killed there on 3 May 2014.")
    assert [m.date for m in plan] == ["2014-05-03"]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("On 21 October 1941 in Kragujevac, 2,300 hostages had been shot.", "killed"),
        ("On 3 May 2014 in Kano, 12 protesters were shot and wounded.", "injured"),
        ("On 3 May 2014 in Kano, 12 protesters were shot in the legs.", "injured"),
    ],
)
def test_were_shot_counts_the_dead_unless_the_sentence_tells_a_wound(
    text: str, category: str
) -> None:
    assert set(_only(text).counts) == {category}


def test_units_that_report_a_toll_are_its_voice() -> None:
    m = _only(
        "The occupying units reported at the time that 2,300 hostages had been shot in "
        "Kragujevac on 21 October 1941."
    )
    assert m.attributed_to == "occupying units"


def test_a_commission_named_in_a_when_clause_and_a_they_after_rejected_figures_are_voices() -> None:
    text = (
        "The army said at the time that 18 people had been killed in Kessa on 12 September "
        "1984. When the National Commission on Human Rights (KNHR) finally investigated in "
        "2000, it concluded that 24 people had been killed by soldiers and 55 injured. "
        "Victims' groups rejected those figures as far too low; they have always put the toll "
        "at around 400 dead."
    )
    by_voice = {m.attributed_to: m for m in _run(text, published=date(2019, 9, 14))}
    commission = by_voice["National Commission on Human Rights"]
    assert commission.date == "1984-09-12"  # "investigated in 2000" is the inquiry's year
    assert commission.counts["killed"].value == 24
    assert by_voice["Victims' groups"].counts["killed"].value == 400


def test_a_lake_named_after_a_country_names_no_country() -> None:
    text = (
        "Baga, in Nigeria, was a fishing town on the shore of Lake Chad. On 3 January 2015 "
        "fighters attacked Baga and killed hundreds of residents. Boats crossed Lake Chad "
        "with those who fled; the islands of Lake Chad filled with them."
    )
    assert {m.country for m in _run(text, published=date(2016, 1, 6))} == {"NG"}


def test_a_voices_toll_after_a_peaceful_gathering_counts_the_killing_told_before() -> None:
    text = (
        "SPEAKER ONE:\nOn 29 October 1956, in Kafr Qasim, border police shot dead villagers "
        "returning from the fields after a curfew they had not been told of.\n\n"
        "SPEAKER ONE:\nThen vote for the bill.\n\n"
        "SPEAKER ONE:\nOn Saturday thousands of people marched from the mosque to the memorial "
        "in Kafr Qasim, as they do every year.\n\n"
        "SPEAKER TWO:\nI have read the trial record. It lists forty-eight dead."
    )
    ms = _run(text, published=date(2016, 11, 2))
    toll = next(m for m in ms if m.counts.get("killed") and m.counts["killed"].value == 48)
    assert toll.date == "1956-10-29"
    assert "protest" not in toll.acts


def test_a_pages_updated_line_is_no_entry_of_a_live_blog() -> None:
    text = (
        "Kessa | Updated: February 18, 2023 07:15 IST\n\n"
        "Forty years ago today, on the morning of February 18, 1983, armed men surrounded the "
        "villages around Velno. By mid-afternoon they had killed at least 1,800 people.\n\n"
        "Official figures put the toll at 1,819.\n\n"
        "Comments (2)\n\nAsha · 08:02 IST, 18 February 2023\n\nRavi · 09:10 IST, 18 February 2023\n"
    )
    official = next(m for m in _run(text, date(2023, 2, 18)) if m.attributed_to)
    assert official.date == "1983-02-18"


@pytest.mark.parametrize(
    ("second", "voice", "killed"),
    [
        ("The Catholic charity Caritas put the number of dead or missing at about 1,000.",
         "Caritas", 1000),
        ("The official files speak of thirty-seven dead.", "official files", 37),
    ],
)  # fmt: skip
def test_a_charity_or_files_give_their_own_toll(second: str, voice: str, killed: int) -> None:
    text = f"Hundreds of people were killed in Duekoue on 29 March 2011. {second}"
    by_voice = {m.attributed_to: m for m in _run(text, date(2012, 3, 29))}
    assert by_voice[voice].acts == ["killing"]  # "or missing" is the toll's, no abduction
    assert by_voice[voice].counts["killed"].value == killed


def test_a_year_in_a_persons_apposition_dates_no_act() -> None:
    text = (
        "On the morning of 22 March 1943 partisans ambushed a convoy near Kozyri. Hans "
        "Woellke, a company commander and an Olympic shot-put champion of 1936, was killed "
        "with three other policemen."
    )
    assert {m.date for m in _run(text, date(2023, 3, 15))} == {"1943-03-22"}


def test_relatives_that_are_the_object_of_an_act_verb_are_its_victims() -> None:
    killed = _only("In 1993, miners killed sixteen relatives of the Haximu community.")
    assert killed.counts["killed"].value == 16
    ms = _run("On 3 May 2014 in Kano, 12 people were killed; 40 relatives of the victims marched.")
    assert [m.counts["killed"].value for m in ms if "killed" in m.counts] == [12]


def test_a_records_dated_sources_are_read_without_any_colon_in_the_text() -> None:
    text = (
        "On 6 April 2011 gunmen killed 14 people at the Velno bridge.\n\nSOURCES\n"
        "[S1] 2011-04-08 | Farmers Union of Kessa, statement read on radio\n"
        "     Since Wednesday we have counted 21 of our members killed.\n\n"
        "[S2] 2011-06-30 | Ombudsman of Kessa, report on Velno\n"
        "     The report concluded that 16 people died and 40 were wounded.\n\n"
        "[S3] 2012-01-15 | Daily Courier, Port Amel\n"
        "     The trial of nine suspects opened yesterday.\n"
    )
    by_voice = {m.attributed_to: m for m in _run(text, date(2012, 2, 1)) if "killing" in m.acts}
    assert by_voice["Farmers Union of Kessa"].date == "2011-04-06"  # Wednesday before the 8th
    assert by_voice["Ombudsman of Kessa"].counts["killed"].value == 16
