"""Rules added in rules@0.14.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.extract.datetext import DateParser
from factfinder.extract.text import split_sentences
from factfinder.model import DatePrecision, Mention

PUBLISHED = date(2024, 5, 14)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def _only(text: str, published: date = PUBLISHED) -> Mention:
    ms = _run(text, published)
    assert len(ms) == 1, [m.evidence for m in ms]
    return ms[0]


def test_years_ago_this_month_is_that_month_so_many_years_back() -> None:
    m = _only("Forty years ago this month, soldiers killed 30 villagers in Kaloma, Chad.")
    assert (m.date, m.date_precision) == ("1984-05", DatePrecision.MONTH)
    claim = next(c for c in m.claims if c.field == "date")
    assert claim.quote == "Forty years ago this month"


def test_years_ago_this_week_is_the_week_around_the_day_so_many_years_back() -> None:
    m = _only("Ten years ago this week, soldiers killed 30 villagers in Kaloma, Chad.")
    assert m.date_precision == DatePrecision.RANGE
    assert (m.date, m.date_end) == ("2014-05-11", "2014-05-17")


@pytest.mark.parametrize(
    "cite",
    ["(Tan and Özdemir, 2015)", "(Smith et al. 2009: 45)", "(see Ruiz, 2001; Lee, 2003)",
     "(Okafor 2011, pp. 12-14)"],
)  # fmt: skip
def test_the_year_of_a_work_cited_is_not_the_day_of_the_incident(cite: str) -> None:
    text = (
        "Troops killed 40 villagers in Kaloma, Chad, on 3 March 1978. "
        f"Local associations have put the number of dead at more than 500 {cite}."
    )
    ms = _run(text)
    voiced = next(m for m in ms if m.attributed_to == "Local associations")
    assert voiced.date == "1978-03-03"
    assert voiced.counts["killed"].min == 501


@pytest.mark.parametrize(
    "text",
    ["Soldiers killed 12 villagers in Kaloma (June 1978).",
     "Soldiers killed 12 villagers in Kaloma (summer, 1978)."],
)  # fmt: skip
def test_a_month_or_season_in_brackets_is_still_a_date(text: str) -> None:
    assert _only(text).date.startswith("1978")


def test_et_al_and_page_references_do_not_end_a_sentence() -> None:
    text = "The dead numbered 500 (Smith et al. 2009, pp. 4-5). Nobody was tried."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "The dead numbered 500 (Smith et al. 2009, pp. 4-5).",
        "Nobody was tried.",
    ]


_TOLD = "Soldiers killed 40 villagers in Kaloma, Chad, on 3 March 2019, the governor said. "


@pytest.mark.parametrize(
    ("sentence", "voice", "count"),
    [
        ("Rights groups say the real figure is closer to 300.", "Rights groups", (300, None)),
        ("The UN gave a lower figure of 330.", "United Nations", (330, None)),
        ("Opposition activists said the toll was at least 70.", "Opposition activists",
         (None, 70)),
        ("Survivors say the number was closer to 10,000.", "Survivors", (10000, None)),
        ("According to residents, the dead numbered more than 100.", "residents", (None, 101)),
        ("The number of dead was later revised to 52, the mayor said.", "mayor", (52, None)),
    ],
)  # fmt: skip
def test_a_toll_told_again_in_another_voice_is_that_voice_s_killed_count(
    sentence: str, voice: str, count: tuple[int | None, int | None]
) -> None:
    ms = _run(_TOLD + sentence, published=date(2019, 3, 10))
    told = next(m for m in ms if m.attributed_to == voice)
    assert told.acts == ["killing"] and told.date == "2019-03-03"
    assert (told.counts["killed"].value, told.counts["killed"].min) == count
    claim = next(c for c in told.claims if c.field == "count:killed")
    assert claim.start >= len(_TOLD)  # the figure's own sentence, not the first one


@pytest.mark.parametrize(
    "text",
    ["The attack on Kaloma, Chad, on 3 March 2019 left 30 people dead and 50 injured.",
     "Gunmen stormed Kaloma, Chad, on 3 March 2019, leaving at least 30 dead and 50 injured.",
     "The raid on Kaloma, Chad, on 3 March 2019 left more than 29 civilians dead and 50 injured."],
)  # fmt: skip
def test_an_attack_that_left_people_dead_is_a_killing_with_its_toll(text: str) -> None:
    m = _only(text)
    assert "killing" in m.acts
    killed = m.counts["killed"]
    assert 30 in (killed.value, killed.min) and m.counts["injured"].value == 50


def test_left_several_of_them_dead_is_no_toll_phrase() -> None:
    # the fighters' own dead are counted ("several" dead), but the phrase is no act word of
    # its own: as one, it had split a report's main incident by a day (gold_long: Moura)
    text = "An exchange of fire in Moura, Mali, on 28 March 2022 left several of them dead."
    result = default_pipeline().run(text, doc="t.txt", published=PUBLISHED)
    assert result.doc is not None and result.doc.triggers == []
    told = "An attack in Moura, Mali, on 28 March 2022 left 30 people dead."
    result = default_pipeline().run(told, doc="t.txt", published=PUBLISHED)
    assert result.doc is not None
    assert [told[t.start : t.end] for t in result.doc.triggers] == ["attack", "left 30 people dead"]


@pytest.mark.parametrize(
    ("speaker", "voice"),
    [("The opposition said", "opposition"), ("Protest organisers said", "Protest organisers"),
     ("Paramedics said", "Paramedics"), ("Campaigners said", "Campaigners")],
)  # fmt: skip
def test_the_opposition_organisers_paramedics_and_campaigners_are_voices(
    speaker: str, voice: str
) -> None:
    m = _only(f"{speaker} 60 people had died in Kaloma, Chad, on 3 March 2019.")
    assert m.attributed_to == voice


_SUNDAY = date(2019, 3, 10)


@pytest.mark.parametrize(
    ("when", "day", "day_end"),
    [("The day before yesterday", "2019-03-08", None),
     ("At the weekend", "2019-03-09", "2019-03-10"),
     ("In the 1990s", "1990", "1999"),
     ("In the late 1980s", "1987", "1989")],
)  # fmt: skip
def test_days_before_yesterday_weekends_and_decades(
    when: str, day: str, day_end: str | None
) -> None:
    m = _only(f"{when}, soldiers killed 12 people in Kaloma, Chad.", published=_SUNDAY)
    assert (m.date, m.date_end) == (day, day_end)


def test_since_a_decade_says_how_long_not_when() -> None:
    parser = DateParser(_SUNDAY)
    for text, told in [("he has lived abroad since the 1970s", []),
                       ("he lived abroad in the 1970s", [("1970", "1979")])]:  # fmt: skip
        assert [(f.value, f.value_end) for f in parser.parse(text, 0, len(text))] == told


@pytest.mark.parametrize(
    "text",
    ["Prison authorities denied reports circulating on social media that any prisoner was "
     "executed in the central prison of Kaloma over the weekend.",
     "It is still unclear whether any protesters were shot dead in Kaloma at the weekend."],
)  # fmt: skip
def test_any_before_an_act_word_asserts_no_act(text: str) -> None:
    assert _run(text, published=_SUNDAY) == []


def test_a_footnote_number_after_the_full_stop_ends_a_sentence_of_prose() -> None:
    text = "Many were beaten and tortured.27 In the days that followed, soldiers came."
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == [
        "Many were beaten and tortured.27",
        "In the days that followed, soldiers came.",
    ]
    for decimal in ("It cost 1.5 Million. Then 3 died.", "Killed in 2009. 15 people died."):
        assert len(split_sentences(decimal, 0, len(decimal))) == 2


def test_a_paragraph_ending_in_a_footnote_number_is_prose_not_a_heading() -> None:
    text = (
        "Soldiers killed 40 villagers in Kaloma, Chad, on 3 March 2019.\n\n"
        "Local rights groups, for their part, had registered 157 dead and recorded more than "
        "100 cases of rape.29"
    )
    ms = _run(text, published=date(2019, 12, 18))
    voiced = next(m for m in ms if m.attributed_to == "Local rights groups")
    assert voiced.counts["killed"].value == 157


_OWN = "Soldiers killed 40 villagers in Kaloma, Chad, on 3 March 2019. "


@pytest.mark.parametrize(
    ("sentence", "voice", "count"),
    [
        ("Police figures given in 2019 listed 73 civilian deaths.", "Police figures", (73, None)),
        ('Human Rights Watch spoke of "hundreds".', "Human Rights Watch", (None, 200)),
        ('Amnesty International gave a more cautious figure of "at least 32" dead.',
         "Amnesty International", (None, 32)),
        ("The committee accepted a figure of 37 dead.", "committee", (37, None)),
        ("The rights commission confirms at least 45 deaths by name.", "rights commission",
         (None, 45)),
    ],
)  # fmt: skip
def test_figures_given_listed_accepted_or_confirmed_are_their_source_s(
    sentence: str, voice: str, count: tuple[int | None, int | None]
) -> None:
    ms = _run(_OWN + sentence, published=date(2020, 3, 10))
    told = next(m for m in ms if m.attributed_to == voice)
    assert told.date.startswith("2019")
    assert (told.counts["killed"].value, told.counts["killed"].min) == count


def test_the_year_a_witness_was_interviewed_is_not_the_day_of_what_she_saw() -> None:
    text = _OWN + (
        "One witness, a nurse whom the author interviewed in 2009, remembers counting "
        '"eleven or twelve" bodies in the corridor of the hospital in Kaloma.'
    )
    for m in _run(text, published=date(2020, 3, 10)):
        assert m.date == "2019-03-03", m.evidence


def test_detainees_who_were_tortured_are_counted_as_its_victims() -> None:
    m = _only("On 3 March 2019, 18 detainees were tortured in Kaloma prison, Chad.")
    assert "torture" in m.acts and m.counts["victims"].value == 18
    assert "arrested" not in m.counts


def test_death_sentences_carried_out_are_executions() -> None:
    text = (
        "On 3 March 2019 a military court in Kaloma, Chad, sentenced 99 men to death; "
        "22 of the sentences were carried out."
    )
    assert any("execution" in m.acts for m in _run(text))


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [("On 3 March 2019, 40 villagers were killed in Kaloma, Chad, by suspected jihadists.",
      "jihadists"),
     ("On 3 March 2019, 40 villagers were killed in Kaloma, Chad. Boko Haram claimed "
      "responsibility for the attack.", "Boko Haram")],
)  # fmt: skip
def test_suspected_agents_and_claims_of_responsibility_name_the_perpetrator(
    text: str, perpetrator: str
) -> None:
    assert _only(text).perpetrators == [perpetrator]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [("On 3 March 2019, soldiers killed 12 villagers in San José de Apartadó, Colombia.",
      "San José de Apartadó", "CO"),
     ("On 3 March 2019, soldiers killed 12 people in Guatemala City.", "Guatemala City", "GT"),
     ("On 3 March 2019, police killed 12 protesters in Mexico City.", "Mexico City", "MX")],
)  # fmt: skip
def test_the_country_a_text_gives_a_town_wins_over_a_namesake_s(
    text: str, place: str, country: str
) -> None:
    m = _only(text)
    assert (m.place, m.country) == (place, country)
    claim = next(c for c in m.claims if c.field == "place")
    assert claim.quote == place


@pytest.mark.parametrize("day", ["12.03.2019", "12-03-2019", "12/03/2019"])
def test_a_numeric_day_with_dots_or_dashes_is_read_day_first(day: str) -> None:
    m = _only(f"On {day} police arrested 15 people in Kaloma, Chad.")
    assert (m.date, m.date_precision) == ("2019-03-12", DatePrecision.DAY)


def test_by_a_body_s_count_names_the_body_not_by() -> None:
    m = _only(
        "By Amnesty's count, government forces killed at least 270 residents of Daraya, Syria, "
        "on 3 March 2019."
    )
    assert m.attributed_to == "Amnesty"


@pytest.mark.parametrize(
    "text",
    ["Hasanuddin Lubis, who died on Thursday at his home in Koja, aged 54, was a survivor.",
     "On 3 March 2019, the activist died of natural causes in Kaloma, Chad."],
)  # fmt: skip
def test_a_death_at_home_or_of_illness_is_no_killing(text: str) -> None:
    assert _run(text, published=date(2019, 9, 14)) == []


def test_a_figure_of_interviews_with_victims_counts_no_victims() -> None:
    text = (
        "Soldiers attacked Kaloma, Chad, on 3 March 2019 and killed 40 villagers. The team "
        "conducted more than 200 individual interviews with victims of the attack."
    )
    m = _only(text, published=date(2020, 3, 1))
    assert m.counts["killed"].value == 40 and "victims" not in m.counts


@pytest.mark.parametrize(
    ("opening", "day"),
    [("Today marks ten years since", "2009-03-10"),
     ("Tomorrow marks ten years since", "2009-03-11"),
     ("Sunday marks fifty-three years since", "1966-03-10"),
     ("This month marks ten years since", "2009-03")],
)  # fmt: skip
def test_marks_n_years_since_dates_the_event_so_many_years_before_that_day(
    opening: str, day: str
) -> None:
    m = _only(f"{opening} soldiers killed 30 villagers in Kaloma, Chad.", published=_SUNDAY)
    precision = DatePrecision.DAY if len(day) == 10 else DatePrecision.MONTH
    assert (m.date, m.date_precision) == (day, precision)


def test_a_month_without_a_year_in_an_anniversary_piece_is_of_the_story() -> None:
    text = (
        "A hundred and ten years ago this month, on Monday, April 20, 1914, the Guard attacked "
        "the tent colony at Ludlow, Colorado.\n\nIt was a winter of escalating violence. In "
        "January the Guard arrested 12 union organizers in Trinidad, Colorado."
    )
    ms = _run(text, published=date(2024, 4, 12))
    arrest = next(m for m in ms if "arrest" in m.acts)
    assert arrest.date == "1914-01"


def test_today_in_a_place_s_new_name_is_no_day() -> None:
    m = _only(
        "On 17 December 1986 students walked to Brezhnev Square, today Republic Square, in "
        "Almaty, Kazakhstan, to protest against the removal of the party leader.",
        published=date(2022, 12, 15),
    )
    assert m.date == "1986-12-17"


def test_put_it_at_after_a_toll_without_a_figure_counts_that_toll() -> None:
    text = (
        "Aircraft bombed the market in Kaloma, Chad, on 22 June 1988, killing hundreds of people. "
        "The number of dead remains disputed. Survivors' committees in Kaloma put it at about "
        "1,800."
    )
    ms = _run(text, published=date(2024, 6, 22))
    voiced = next(m for m in ms if m.attributed_to == "Survivors' committees")
    assert voiced.counts["killed"].value == 1800 and voiced.date == "1988-06-22"


def test_a_body_named_with_a_number_is_a_voice() -> None:
    m = _only("According to Stichting Oktober 44, 552 people from Putten lost their lives on "
              "2 October 1944.")  # fmt: skip
    assert m.attributed_to == "Stichting Oktober 44"
    assert m.counts["killed"].value == 552


def test_the_year_that_names_a_report_is_the_telling_s() -> None:
    text = (
        "Troops killed 40 students in Kaloma, Chad, on 17 December 1986. "
        "A 1996 Radio Kalo retrospective put the dead at no fewer than three hundred."
    )
    for m in _run(text, published=date(2022, 12, 15)):
        assert m.date == "1986-12-17", m.evidence


def test_an_audio_guide_s_stop_headings_are_no_cited_sources() -> None:
    stops = "\n\n".join(
        f"STOP {n} | {title} | 0{n}:10\n----------\n{body}"
        for n, title, body in [
            (1, "THE SQUARE", "On 28 February 1947 troops fired on a crowd in Kaloma, Chad."),
            (2, "THE PORT", "In March 1947 soldiers landed at Kalo and killed 40 people."),
            (3, "COUNTING THE DEAD", "The official report estimated that 18,000 people died."),
        ]
    )
    for m in _run(stops, published=date(2026, 2, 27)):
        assert m.attributed_to not in ("THE SQUARE", "THE PORT", "COUNTING THE DEAD")


def test_it_found_after_a_body_spoke_is_that_body_s_finding() -> None:
    text = (
        "Troops dispersed a protest in Almaty, Kazakhstan, on 17 December 1986. The commission "
        "said the official account was false. It found that about 8,500 people had been detained."
    )
    ms = _run(text, published=date(2022, 12, 15))
    found = next(m for m in ms if "arrested" in m.counts)
    assert found.attributed_to == "commission" and found.counts["arrested"].value == 8500


@pytest.mark.parametrize(
    ("text", "perpetrators"),
    [("On 3 March 2019, a protester was shot dead by a policeman in Kaloma, Chad.", ["policeman"]),
     ("On 3 March 2019, a settler shot dead a farmer near Kaloma, Chad.", ["settler"]),
     ("On 3 March 2019, a soldier was killed in Kaloma, Chad.", [])],
)  # fmt: skip
def test_a_single_policeman_or_settler_is_a_perpetrator_and_a_soldier_killed_is_none(
    text: str, perpetrators: list[str]
) -> None:
    assert _only(text).perpetrators == perpetrators
