"""Rules added in rules@0.27.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2025, 3, 11)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


_RAID = (
    "Police said on Tuesday they had arrested 12 people over the night raid on Kwandoro in "
    "the north this month.\n\n"
    "The police chief said armed men went from house to house in Kwandoro from about 11 p.m. "
    "on 3 March until dawn, killing 19 people and wounding 30.\n\n"
    "The figures have been disputed since the raid. Amnesty International said more than 40 "
    "people had been killed."
)


def test_the_town_an_assault_is_aimed_at_is_a_locality(pipe: Pipeline) -> None:
    arrests = [m for m in _run(pipe, _RAID) if "arrest" in m.acts]
    assert [(m.place, m.counts["arrested"].value) for m in arrests] == [("Kwandoro", 12)]


def test_a_day_at_the_same_town_refines_the_month_of_the_assault(pipe: Pipeline) -> None:
    killed = [m for m in _run(pipe, _RAID) if "killed" in m.counts]
    assert {(m.attributed_to, m.date, m.place) for m in killed} == {
        ("police chief", "2025-03-03", "Kwandoro"),
        ("Amnesty International", "2025-03-03", "Kwandoro"),
    }
    assert len({m.incident for m in killed}) == 1


def test_a_town_set_in_a_country_is_in_it_at_every_naming(pipe: Pipeline) -> None:
    text = (
        "BELGRADE, June 26 (Agency) - A Serbian court in Belgrade on Tuesday jailed nine men "
        "for crimes against civilians in the village of Dabilaye in eastern Croatia in 1991.\n\n"
        "Serbian prosecutors said soldiers attacked Dabilaye on 10 October 1991 and killed 22 "
        "civilians. The court in Serbia heard that men from Dabilaye were later forced to walk "
        "into a minefield."
    )
    killed = [m for m in _run(pipe, text, date(2012, 6, 26)) if "killed" in m.counts]
    assert [(m.place, m.country) for m in killed] == [("Dabilaye", "HR")]


def test_a_people_attacked_is_no_town(pipe: Pipeline) -> None:
    text = (
        "On 4 June 1989 mobs attacked Meskhetian Turkish families in the valley and killed 52 "
        "people. Troops later evacuated thousands of Meskhetian Turkish villagers."
    )
    mentions = _run(pipe, text, date(1989, 7, 10))
    assert [(m.place, m.counts["killed"].value) for m in mentions] == [(None, 52)]


def test_the_day_after_a_named_day_is_no_day_after_the_last_one(pipe: Pipeline) -> None:
    text = (
        "Tonight we remember. In the early hours of Friday the tenth of October 2003, the day "
        "after Independence Day, rebels raided Opit camp and killed eight civilians."
    )
    mentions = _run(pipe, text, date(2004, 10, 10))
    assert [(m.date, m.counts["killed"].value) for m in mentions] == [("2003-10-10", 8)]


def test_the_tellers_own_times_date_no_toll(pipe: Pipeline) -> None:
    text = (
        "Paramilitaries killed villagers in Ralongo, a hamlet in Sucre, on 17 January 2001.\n\n"
        "The toll was never settled. A reporter who reached Ralongo eleven days after the attack "
        "was told that 24 men had died. The criminal court that sentenced one of the gunmen in "
        "2009 referred to the massacre of 28 peasants, while the prosecutor's office, in a 2017 "
        "indictment, spoke of 29 dead. In its communique this month the Supreme Council said 31 "
        "civilians were murdered."
    )
    tolls = {
        m.attributed_to: (m.date, m.counts["killed"].value)
        for m in _run(pipe, text, date(2022, 1, 26))
        if "killed" in m.counts
    }
    assert tolls == {
        "reporter": ("2001-01-17", 24),
        "criminal court": ("2001-01-17", 28),
        "prosecutor's office": ("2001-01-17", 29),
        "Supreme Council": ("2001-01-17", 31),
    }


_OFFICIAL_VERSION = (
    "Security forces stormed a house in El Cedro on 15 January 2018 and killed seven people.\n\n"
    "The Minister of Interior, Justice and Peace, Nestor Reverol, announced the next day that "
    "the group had opened fire first. According to the minister, two officers were killed in "
    "the exchange of fire - Adrian Ugarte, 32, and Nelson Chirinos, 29 - and eight police "
    "officers were seriously wounded. He also announced that six people accused of giving the "
    "group support had been detained.\n\n"
    "A communique issued by the Interior Ministry on the afternoon of the operation spoke of "
    "two officers killed and five seriously wounded."
)


def test_the_minister_is_the_minister_named_before(pipe: Pipeline) -> None:
    mentions = _run(pipe, _OFFICIAL_VERSION, date(2019, 1, 15))
    by_voice = {m.attributed_to: m.counts for m in mentions if m.counts}
    assert by_voice["Nestor Reverol"]["killed"].value == 2
    assert by_voice["Nestor Reverol"]["injured"].value == 8  # (not 29: Chirinos's age)


def test_a_communique_speaks_for_the_body_that_issued_it(pipe: Pipeline) -> None:
    mentions = _run(pipe, _OFFICIAL_VERSION, date(2019, 1, 15))
    issued = [m for m in mentions if m.attributed_to == "Interior Ministry"]
    assert [(m.counts["killed"].value, m.counts["injured"].value) for m in issued] == [(2, 5)]


def test_people_accused_of_something_who_were_detained_are_counted(pipe: Pipeline) -> None:
    mentions = _run(pipe, _OFFICIAL_VERSION, date(2019, 1, 15))
    arrested = [m.counts["arrested"].value for m in mentions if "arrested" in m.counts]
    assert arrested == [6]


def test_the_dates_of_a_named_event_in_brackets_date_no_act(pipe: Pipeline) -> None:
    text = (
        "On 28 September 1995, almost two months after the end of Operation Storm (4-7 August "
        "1995), soldiers entered Dubravica and shot dead nine elderly villagers."
    )
    mentions = _run(pipe, text, date(2012, 3, 1))
    assert [(m.date, m.counts["killed"].value) for m in mentions] == [("1995-09-28", 9)]


def test_cases_of_an_act_count_its_victims(pipe: Pipeline) -> None:
    text = (
        "Between 24 and 29 October 2002 soldiers attacked Kabora and the villages around it.\n\n"
        "The mission documented 117 cases of arbitrary execution and 82 cases of abduction."
    )
    counts = {k: v.value for m in _run(pipe, text, date(2003, 3, 5)) for k, v in m.counts.items()}
    assert counts == {"killed": 117, "abducted": 82}


def test_persons_named_as_sentenced_are_counted(pipe: Pipeline) -> None:
    text = (
        "Paramilitaries killed 12 people at Bahia Honda on 18 April 2004.\n\n"
        "Jorge Barrios was sentenced in 2008 to 40 years in prison. On 3 February 2009 Corporal "
        "Luis Mena and Lieutenant Jose Zapata were sentenced to life imprisonment."
    )
    sentenced = [
        (m.date, m.counts["sentenced"].value)
        for m in _run(pipe, text, date(2024, 4, 18))
        if "sentenced" in m.counts
    ]
    assert sentenced == [("2008", 1), ("2009-02-03", 2)]


def test_men_who_killed_all_five_are_not_the_dead(pipe: Pipeline) -> None:
    text = (
        "On 11 August 2020 three men working as watchmen saw the boys approach and killed all "
        "five in the cane field."
    )
    (m,) = _run(pipe, text, date(2021, 8, 11))
    assert m.counts["killed"].value == 5


def test_of_that_day_is_the_day_its_sentence_told(pipe: Pipeline) -> None:
    text = (
        "Five boys were killed in a cane field in Cali on 11 August 2020.\n\n"
        "On 28 August 2020 the Attorney General announced in Cali that two men had been "
        "arrested in the early hours of that day."
    )
    arrests = [m for m in _run(pipe, text, date(2021, 8, 11)) if "arrest" in m.acts]
    assert [(m.date, m.counts["arrested"].value) for m in arrests] == [("2020-08-28", 2)]


_TWO_DECADES = (
    "Twenty years ago today, soldiers walked into Kallady and killed at least 35 villagers.\n\n"
    "The day before, on 8 August 1992, a landmine on the island of Kayts, in Jaffna, had "
    "killed four senior officers. The killings at Kallady were widely seen as revenge for that "
    "blast.\n\n"
    "Two decades on, there is still no agreed figure. The committee of survivors at Kalmadu "
    "keeps a list of 39 names, among them nine children, and says that 24 more people were "
    "seriously wounded. In 2001, lawyers for the families described 35 people hacked to death "
    "and ten wounded."
)


def test_a_list_kept_and_a_description_are_their_tellers_tolls(pipe: Pipeline) -> None:
    mentions = _run(pipe, _TWO_DECADES, date(2012, 8, 9))
    tolls = {m.attributed_to: m.counts["killed"].value for m in mentions if "killed" in m.counts}
    assert tolls["committee"] == 39 and tolls["lawyers"] == 35


def test_a_definite_act_at_another_town_is_not_the_incident_just_told(pipe: Pipeline) -> None:
    mentions = _run(pipe, _TWO_DECADES, date(2012, 8, 9))
    (blast,) = [m for m in mentions if m.date == "1992-08-08"]
    assert blast.place == "Jaffna"  # ("The killings at Kallady" are not the blast's)


def test_one_soldier_and_two_armed_men_are_three_dead(pipe: Pipeline) -> None:
    text = "On 12 June 2011 one soldier and two armed men were killed as the army advanced."
    (m,) = _run(pipe, text, date(2011, 6, 13))
    assert m.counts["killed"].value == 3


def test_people_dead_after_a_count_are_killed(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked the camp at Lodda on 1 February 2022. The parish counted 56 displaced "
        "people dead, 42 adults and 14 children."
    )
    killed = {m.counts["killed"].value for m in _run(pipe, text, date(2022, 2, 3)) if m.counts}
    assert killed == {56}


def test_not_one_counts_no_one(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked the rectory in Tarlac City on 3 October 2006.\n\n"
        "Not one of these killings has been solved."
    )
    assert all(not m.counts for m in _run(pipe, text, date(2007, 1, 1)))


def test_he_was_captured_is_an_arrest(pipe: Pipeline) -> None:
    text = (
        "The third gunman remained at large for five months. He was captured on 15 January "
        "2021 on a farm near Bolivar."
    )
    (m,) = _run(pipe, text, date(2021, 8, 11))
    assert (m.acts, m.date) == (["arrest"], "2021-01-15")


def test_a_killing_at_another_town_does_not_date_the_undated_one_before(pipe: Pipeline) -> None:
    text = (
        "Four days after reports first emerged of a mass killing in the village of Kefrin, it is "
        "still unclear how many died there.\n\n"
        "Kefrin is a small town west of the city. It is also very close to Homs, where 108 "
        "people were killed in May."
    )
    mentions = _run(pipe, text, date(2012, 12, 15))
    assert [(m.place, m.date) for m in mentions] == [("Homs", "2012-05")]


def test_a_court_holding_that_dates_its_holding_not_the_killings(pipe: Pipeline) -> None:
    text = (
        "Soldiers shot dead nine elderly villagers in Dubravica on 28 September 1995.\n\n"
        "In January 2012 the Supreme Court set those rulings aside, holding that nine elderly "
        "civilians had been killed in the village that day."
    )
    killed = {m.date for m in _run(pipe, text, date(2018, 3, 9)) if "killed" in m.counts}
    assert killed == {"1995-09-28"}


def test_the_country_people_fled_into_is_no_scene() -> None:
    from factfinder.extract.placecues import is_refuge

    text = "Some 250 had fled into Venezuela; the army attacked Venezuela's border posts."
    assert is_refuge(text, text.index("Venezuela"))
    assert not is_refuge(text, text.index("Venezuela's"))


def test_hacked_or_clubbed_to_death_is_a_killing(pipe: Pipeline) -> None:
    text = "On 17 July 1985 six men were hacked or clubbed to death in the colony."
    (m,) = _run(pipe, text, date(2008, 12, 20))
    assert (m.acts, m.counts["killed"].value) == (["killing"], 6)


def test_n_years_after_an_act_dates_it_so_many_years_before(pipe: Pipeline) -> None:
    text = (
        "Twenty-three years after six villagers were killed in Karamchedu, the Supreme Court "
        "on Friday sentenced 30 men to three years in jail."
    )
    dated = {(tuple(m.acts), m.date) for m in _run(pipe, text, date(2008, 12, 20))}
    assert dated == {(("killing",), "1985"), (("imprisonment",), "2008-12-19")}


def test_people_taken_are_abducted_unless_taken_to_hospital(pipe: Pipeline) -> None:
    text = (
        "On 3 May 2020 neighbours took five injured people to hospital after gunmen attacked "
        "the village.\n\nOn 14 April 2014 Boko Haram fighters had taken 276 schoolgirls from "
        "Chibok."
    )
    acts = {m.date: m.acts for m in _run(pipe, text, date(2020, 6, 1))}
    assert acts == {"2020-05-03": ["attack"], "2014-04-14": ["abduction"]}


def test_others_who_suffered_injuries_are_the_wounded(pipe: Pipeline) -> None:
    text = (
        "On 17 July 1985 six men were hacked or clubbed to death and about 20 others suffered "
        "grievous injuries."
    )
    (m,) = _run(pipe, text, date(2008, 12, 20))
    assert (m.counts["killed"].value, m.counts["injured"].value) == (6, 20)


def test_an_administrator_named_after_the_title_is_the_speaker(pipe: Pipeline) -> None:
    text = (
        "Gunmen attacked Eringeti on the night of 17 October 2014.\n\n"
        "On Saturday 18 October the territorial administrator of Beni, Amisi Kalonda, told a "
        "news agency that at least 21 people had died."
    )
    voiced = [m for m in _run(pipe, text, date(2014, 11, 20)) if m.attributed_to]
    assert [(m.attributed_to, m.counts["killed"].min) for m in voiced] == [("Amisi Kalonda", 21)]
