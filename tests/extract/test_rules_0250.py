"""Rules added in rules@0.25.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from tests.extract.gold_helpers import by_voice

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 9)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _sentenced(mentions: list[Mention]) -> list[int | None]:
    return [m.counts["sentenced"].value for m in mentions if "sentenced" in m.counts]


def test_the_accused_counted_with_a_number_between(pipe: Pipeline) -> None:
    text = "On 5 May 2014 the tribunal in Goma ruled: 23 of the 41 accused were convicted."
    assert _sentenced(_run(pipe, text)) == [23]


def test_a_number_of_accused_as_the_subject_is_counted(pipe: Pipeline) -> None:
    text = "On 5 May 2014, 17 accused were convicted by the tribunal in Goma."
    assert _sentenced(_run(pipe, text)) == [17]


def test_accused_as_a_verb_counts_no_defendants(pipe: Pipeline) -> None:
    text = "On 5 May 2014 a chief accused the militia of killing 12 villagers in Goma."
    (m,) = _run(pipe, text)
    assert m.counts["killed"].value == 12
    assert "sentenced" not in m.counts


def test_a_term_of_two_and_a_half_years_is_a_sentence(pipe: Pipeline) -> None:
    text = "In 1821 Osgood was sentenced to three and a half years in Lancaster gaol."
    (m,) = _run(pipe, text)
    assert m.acts == ["imprisonment"]
    assert m.date == "1821"
    # "three" counts years, not people; since rules@0.27.0 the person named as sentenced is
    assert {k: v.value for k, v in m.counts.items()} == {"sentenced": 1}


def test_the_day_a_tribunal_ruled_dates_the_convictions(pipe: Pipeline) -> None:
    text = "On 5 May 2014 the tribunal ruled: 23 of the 41 defendants were convicted."
    (m,) = _run(pipe, text)
    assert m.date == "2014-05-05"
    assert m.counts["sentenced"].value == 23


def test_the_day_a_tribunal_ruled_does_not_date_the_killings(pipe: Pipeline) -> None:
    text = (
        "Militiamen killed 40 villagers in Kiwanja in March 2008. On 5 May 2014 the "
        "tribunal ruled that 40 villagers were killed in Kiwanja in March 2008."
    )
    assert {m.date for m in _run(pipe, text)} == {"2008-03"}


def test_a_report_on_an_attack_of_a_day_dates_the_attack(pipe: Pipeline) -> None:
    text = (
        "Ms. Varga said the Office was today publishing a report on the missile strike of "
        "9 June on a market in the village of Dovha."
    )
    (m,) = _run(pipe, text, date(2023, 7, 4))
    assert m.acts == ["attack"]
    assert m.date == "2023-06-09"


def test_an_earlier_toll_retold_is_its_first_tellers(pipe: Pipeline) -> None:
    text = (
        "A missile struck the market in Dovha on 9 June and killed 31 people. Ms. Varga said "
        "that on 10 June the district council had reported 27 people killed."
    )
    told = by_voice(_run(pipe, text, date(2023, 7, 4)))
    assert told["district council"].counts["killed"].value == 27
    assert told["district council"].date == "2023-06-09"


def test_a_toll_given_on_a_later_day_is_a_toll_of_the_dead(pipe: Pipeline) -> None:
    text = (
        "A missile struck the market in Dovha on 9 June and killed 31 people. The regional "
        "governor had given a toll of 29 on 14 June."
    )
    told = by_voice(_run(pipe, text, date(2023, 7, 4)))
    assert told["regional governor"].counts["killed"].value == 29
    assert told["regional governor"].date == "2023-06-09"


def test_the_days_of_fact_finding_visits_date_no_act(pipe: Pipeline) -> None:
    text = (
        "A missile struck the market in Dovha on 9 June. The mission made two fact-finding "
        "visits to Dovha, on 12 and 15 June. The strike had killed 31 people."
    )
    assert {m.date for m in _run(pipe, text, date(2023, 7, 4))} == {"2023-06-09"}


def test_a_villages_population_is_no_count_of_victims(pipe: Pipeline) -> None:
    text = (
        "A missile killed 31 people in Dovha on 9 June. For a village whose population before "
        "the invasion was about 400, the attack was a catastrophe."
    )
    counts = [m.counts for m in _run(pipe, text, date(2023, 7, 4))]
    assert counts == [{"killed": counts[0]["killed"]}]
    assert counts[0]["killed"].value == 31


def test_treaty_bodies_are_no_bodies_of_the_dead(pipe: Pipeline) -> None:
    text = (
        "A missile killed 31 people in Dovha on 9 June. The spokesperson said that several "
        "human rights treaty bodies were meeting in Geneva this week."
    )
    assert [m.counts["killed"].value for m in _run(pipe, text, date(2023, 7, 4))] == [31]


def test_the_day_a_witness_testified_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked Obollo on 25 April 2016. The village head, Ezeugo Ani, testified "
        "last June that 14 people were killed in Obollo."
    )
    told = by_voice(_run(pipe, text, date(2017, 4, 26)))
    assert told["Ezeugo Ani"].counts["killed"].value == 14
    assert told["Ezeugo Ani"].date == "2016-04-25"


def test_a_figure_given_in_quotation_marks_is_the_voices(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked Kent Farm on 30 November 1984. Most accounts give 62 dead. "
        'Amnesty gives "about 80", and adds that three guards were among them.'
    )
    told = by_voice(_run(pipe, text, date(2019, 11, 30)))
    assert told["Amnesty International"].counts["killed"].value == 80


def test_an_acronym_with_a_letter_in_brackets_is_a_voice(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked Kent Farm on 30 November 1984. Most accounts give 62 dead. "
        "UTHR(J) gives 64."
    )
    told = by_voice(_run(pipe, text, date(2019, 11, 30)))
    assert told["UTHR(J)"].counts["killed"].value == 64


def test_the_day_a_figure_is_cited_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "A pipeline bomb set fire to Torca on 18 October 1998, killing dozens. The figure most "
        "often cited today, by survivors and in the press, is 80 dead."
    )
    told = by_voice(_run(pipe, text, date(2018, 10, 18)))
    assert told["survivors"].counts["killed"].value == 80
    assert told["survivors"].date == "1998-10-18"


def test_newspapers_that_were_reporting_a_toll_are_its_voice(pipe: Pipeline) -> None:
    text = (
        "A pipeline bomb set fire to Torca on 18 October 1998. By the next morning, "
        "newspapers were reporting at least 40 bodies recovered in Torca."
    )
    told = by_voice(_run(pipe, text, date(2018, 10, 18)))
    assert told["newspapers"].counts["killed"].min == 40
    assert told["newspapers"].date == "1998-10-18"


def test_arrests_told_apart_from_a_killing_are_a_mention_of_their_own(pipe: Pipeline) -> None:
    text = (
        "On 3 May 2006 police fired on the crowd in Tepexco and killed a 14-year-old boy, "
        "Mario Luna.\n\nThat night officers arrested 207 people in Tepexco."
    )
    mentions = _run(pipe, text, date(2006, 6, 1))
    assert len({m.incident for m in mentions}) == 1
    arrests = [m for m in mentions if "arrested" in m.counts]
    assert [m.counts["arrested"].value for m in arrests] == [207]
    assert "killed" not in arrests[0].counts
    assert any("killing" in m.acts and "arrest" not in m.acts for m in mentions)


def test_arrests_told_with_the_killing_stay_in_its_mention(pipe: Pipeline) -> None:
    text = "On 3 May 2006 police detained 40 students in Tepexco. Six of them were shot dead."
    (m,) = _run(pipe, text, date(2006, 6, 1))
    assert {k: c.value for k, c in m.counts.items()} == {"arrested": 40, "killed": 6}


def test_a_body_set_up_after_an_attack_does_not_date_the_toll_after_it(pipe: Pipeline) -> None:
    text = (
        "Herdsmen attacked Obollo on the morning of Monday, 25 April 2016.\n\n"
        "Speaking before the commission of inquiry that the governor set up after the attack, "
        "the village head, Ezeugo Ani, said 14 people were killed in Obollo."
    )
    told = by_voice(_run(pipe, text, date(2017, 4, 26)))
    assert told["Ezeugo Ani"].counts["killed"].value == 14
    assert told["Ezeugo Ani"].date == "2016-04-25"


def test_the_day_of_a_tellers_relative_clause_before_the_name_dates_no_act(
    pipe: Pipeline,
) -> None:
    text = (
        "Gunmen killed hundreds in Kwalla on 2 May 2004.\n\nThe aid official who led the first "
        "team into Kwalla on 6 May, Musa Danjuma, told reporters that more than 500 people had "
        "been killed. The police said earlier that week that they had recovered 61 bodies."
    )
    told = by_voice(_run(pipe, text, date(2004, 6, 1)))
    assert told["Musa Danjuma"].counts["killed"].min == 501
    assert told["police"].counts["killed"].value == 61
    assert {m.date for m in told.values()} == {"2004-05-02"}


def test_a_headline_in_capitals_that_tells_a_killing_is_read(pipe: Pipeline) -> None:
    text = (
        "UKRAINE: REPORT ON THE MISSILE STRIKE OF 9 JUNE ON DOVHA MARKET, WHICH KILLED 31 "
        "CIVILIANS\n\n"
        "The spokesperson said the Office was publishing its report today."
    )
    (m,) = _run(pipe, text, date(2023, 7, 4))
    assert m.counts["killed"].value == 31
    assert m.date == "2023-06-09"


def test_a_short_headline_in_capitals_stays_a_heading(pipe: Pipeline) -> None:
    text = "31 KILLED IN DOVHA\n\nThe market reopened on 4 July 2023 after repairs."
    assert all("killing" not in m.acts for m in _run(pipe, text, date(2023, 7, 4)))


def test_a_coordinated_next_verb_does_not_take_the_object_of_the_verb_before(
    pipe: Pipeline,
) -> None:
    text = "Soldiers beat and kicked about twenty villagers and took three men away on 1 May 1999."
    (m,) = _run(pipe, text, date(1999, 6, 1))
    assert m.counts["victims"].value == 20
    assert m.counts["abducted"].value == 3


def test_the_year_of_a_documents_number_dates_no_act(pipe: Pipeline) -> None:
    text = (
        "Police killed 12 people in Tepexco on 3 May 2006. In its Recommendation 38/2006, the "
        "commission found that 145 people had been arrested unlawfully in Tepexco."
    )
    told = by_voice(_run(pipe, text, date(2021, 1, 1)))
    assert told["commission"].counts["arrested"].value == 145
    assert told["commission"].date == "2006-05-03"


def test_a_recommendations_items_tell_no_act(pipe: Pipeline) -> None:
    text = (
        "Gunmen killed 40 people in Lissa on 9 June 2022.\n\n"
        "The Office recommends that the authorities:\n"
        "- publish the names of all those who died in the attacks of 12 and 19 June 2022;\n"
        "(b) investigate the killings of 3 July 2022 promptly.\n"
    )
    result = pipe.run(text, doc="t.txt", published=date(2022, 8, 1))
    assert [m.date for m in result.mentions] == ["2022-06-09"]
    assert any(n.startswith("ignored ") and "hypothetical" in n for n in result.notes)


def test_ill_treatment_told_apart_from_a_killing_is_a_mention_of_its_own(pipe: Pipeline) -> None:
    text = (
        "On 3 May 2006 police fired on the crowd in Tepexco and killed a 14-year-old boy, "
        "Mario Luna.\n\nIn the police buses that night officers beat and raped 11 women from "
        "Tepexco."
    )
    mentions = _run(pipe, text, date(2006, 6, 1))
    assert len({m.incident for m in mentions}) == 1
    assert [m.counts["victims"].value for m in mentions if "victims" in m.counts] == [11]
    assert any("killing" in m.acts and "torture" not in m.acts for m in mentions)


def test_arrests_told_apart_from_a_crackdown_are_a_mention_of_their_own(pipe: Pipeline) -> None:
    text = (
        "On 3 May 2006 riot police dispersed the march in Tepexco with tear gas and live fire."
        "\n\nThat night officers arrested 207 people in Tepexco."
    )
    mentions = _run(pipe, text, date(2006, 6, 1))
    assert [m.counts["arrested"].value for m in mentions if "arrested" in m.counts] == [207]
    assert any("crackdown" in m.acts and "arrested" not in m.counts for m in mentions)


def test_people_burned_are_no_property_destroyed(pipe: Pipeline) -> None:
    text = (
        "Help did not reach Torca until five in the morning on 18 October 1998, and the army flew "
        "out the worst burned by helicopter."
    )
    assert all("destruction" not in m.acts for m in _run(pipe, text, date(2018, 10, 18)))


def test_protest_sites_count_no_protesters(pipe: Pipeline) -> None:
    text = "Police cleared several protest sites in Lissa with tear gas on 19 May 2010."
    assert all("participants" not in m.counts for m in _run(pipe, text, date(2013, 8, 7)))


def test_a_burnt_ruin_seen_is_no_destruction(pipe: Pipeline) -> None:
    text = "Widows sat outside the burnt shell of a church at Obollo on 25 April 2017."
    assert all("destruction" not in m.acts for m in _run(pipe, text, date(2017, 4, 26)))
    text = "On 25 April 2016 the houses burned for hours in Obollo."
    assert [m.acts for m in _run(pipe, text, date(2017, 4, 26))] == [["destruction"]]
