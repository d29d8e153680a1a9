"""Rules added in rules@0.5.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=PUBLISHED).mentions


def _run_all(text: str) -> list[Mention]:
    """The incidents and the undated claims (kept out of the incidents since rules@0.12.0)."""
    result = default_pipeline().run(text, doc="t.txt", published=PUBLISHED)
    return result.mentions + result.undated


def test_this_attack_takes_the_date_of_the_sentence_before() -> None:
    ms = _run(
        "The depot at Varnik was targeted by gunmen on March third, 2018. "
        "This raid left 14 killed and 3 hostages."
    )
    assert any(m.date == "2018-03-03" and m.counts.get("killed") for m in ms)


def test_definite_noun_takes_a_date_later_in_its_clause() -> None:
    ms = _run("A new study describes the killings of 40 farmers in Oruvo in 2016.")
    assert any(m.date == "2016" and "killing" in m.acts for m in ms)


def test_second_figure_takes_the_date_after_its_noun() -> None:
    ms = _run("The rapporteur said that Velnia hanged nine prisoners last year and four this year.")
    by_year = {m.date: c.value for m in ms if (c := m.counts.get("executed")) is not None}
    assert by_year.get("2020") == 9
    assert by_year.get("2021") == 4


def test_date_of_a_telling_is_not_the_event_date() -> None:
    ms = _run(
        "On 12 May 2015 the envoy confirmed that the 30 hostages seized in the raid "
        "were held in a secret prison."
    )
    assert not any(m.date == "2015-05-12" for m in ms)


def test_act_word_between_said_and_date_keeps_the_date() -> None:
    text = "His sister said he had been arrested at a roadblock in 2012."
    doc = default_pipeline().run(text, doc="t.txt", published=PUBLISHED).doc
    assert doc is not None
    assert [(d.value, d.meta) for d in doc.dates] == [("2012", False)]


def test_deaths_of_detainees_count_killed() -> None:
    ms = _run_all("Photographs document the deaths of 1,200 detainees in Karsk in June 2014.")
    assert any(m.counts.get("killed") and m.counts["killed"].value == 1200 for m in ms)


def test_rate_on_average_is_no_count() -> None:
    ms = _run("On average, there have been 7 protests a day in Morvia since January 2020.")
    assert not any(m.counts.get("events") for m in ms)


def test_topic_of_a_conference_is_no_event() -> None:
    ms = _run("Lawyers held a conference on the Kessa massacre on 4 March 2021 in Geneva.")
    assert not any(m.date == "2021-03-04" for m in ms)


def test_burned_posters_are_not_destruction() -> None:
    ms = _run("On 2 March 2021 youths torched posters of the governor in Dirva.")
    assert not any("destruction" in m.acts for m in ms)


def test_bare_voice_is_folded_into_the_incident() -> None:
    ms = _run(
        "On 5 June 2019 soldiers killed 12 villagers in Hoska. "
        "Two local sources said that soldiers had opened fire on 5 June."
    )
    assert ms and all(m.counts or m.attributed_to is None for m in ms)


def test_one_country_per_incident() -> None:
    ms = _run(
        "On 5 June 2019 soldiers killed 12 villagers near Mosul, Iraq. "
        "The attack on 5 June 2019 was condemned in Tehran, where 12 deaths were mourned."
    )
    keys: dict[str | None, set[str | None]] = {}
    for m in ms:
        keys.setdefault(m.incident, set()).add(m.country)
    assert all(len(v) == 1 for v in keys.values())


def test_jalali_day_span_starts_on_its_first_day() -> None:
    ms = _run("From 24 to 27 Aban 1398, security forces killed at least 300 protesters in Shiraz.")
    assert any(m.date == "2019-11-15" for m in ms)


def test_attached_date_does_not_pull_a_far_act_word() -> None:
    ms = _run(
        "A court in Rivna yesterday found two guards guilty of beating Omar Daleh, 19, a porter "
        "who was shot dead in a yard during a raid on 4 June 2019, and jailed them for 9 years."
    )
    assert any(m.date == "2019-06-04" and "killing" in m.acts for m in ms)


def test_bare_figure_before_its_date_counts_like_the_first() -> None:
    ms = _run(
        "The expert said Velnia had hanged at least five people this year who were minors "
        "at the time of their alleged offence, and six last year."
    )
    assert any(
        m.date == "2020" and (c := m.counts.get("executed")) is not None and c.value == 6
        for m in ms
    )


def test_of_whom_died_counts_the_dead() -> None:
    ms = _run(
        "On 3 May 2016 clinics in Tarvo received about 900 patients with burns, 45 of whom died."
    )
    assert any((c := m.counts.get("killed")) is not None and c.value == 45 for m in ms)
    assert not any((c := m.counts.get("killed")) is not None and c.value == 900 for m in ms)


def test_toll_linked_by_a_copula() -> None:
    ms = _run("The siege of Varno ended in May 1999. Estimates of the dead range from 800 to 1,200")
    assert any((c := m.counts.get("killed")) is not None and 800 in (c.value, c.min) for m in ms)
