"""Each extraction component on hand-written sentences (not from the seed reports)."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.extract.datetext import DateParser
from factfinder.extract.numbers import find_numbers, words_to_int
from factfinder.link.names import fold_actor
from factfinder.model import Count

PUB = date(2019, 10, 25)  # a Friday


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("seventy- eight", 78),
        ("one hundred and thirty", 130),
        ("fifty-two", 52),
        ("a hundred", 100),
        ("five thousand", 5000),
    ],
)
def test_number_words(phrase: str, expected: int) -> None:
    assert words_to_int(phrase) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("at least nine", Count(min=9)),
        ("more than 140", Count(min=141)),
        ("over 30,000", Count(min=30001)),
        ("30,000", Count(value=30000)),
        ("a dozen", Count(value=12)),
        ("dozens", Count(min=24, vague=True)),
        ("hundreds", Count(min=200, vague=True)),
        ("tens of thousands", Count(min=20000, vague=True)),
        ("up to 40", Count(max=40)),
    ],
)
def test_number_forms(text: str, count: Count) -> None:
    found = find_numbers(text, 0, len(text))
    assert [n.count for n in found] == [count]


@pytest.mark.parametrize(
    ("text", "value", "end", "precision"),
    [
        ("On July 3 and 4, 2011 troops", "2011-07-03", "2011-07-04", "day"),
        ("on 1st Mar 2016 at dawn", "2016-03-01", None, "day"),
        ("Five years ago on this day", "2014-10-25", None, "day"),
        ("two years ago", "2017", None, "year"),
        ("last year", "2018", None, "year"),
        ("this year", "2019", None, "year"),
        ("on Tuesday", "2019-10-22", None, "day"),
        ("yesterday", "2019-10-24", None, "day"),
        ("last week", "2019-10-14", "2019-10-20", "range"),
        ("last August", "2019-08", None, "month"),
        ("in the winter of 1994", "1994", None, "year"),
        ("from 4 June to 9 June", "2019-06-04", "2019-06-09", "range"),
        ("from 2011 to 2015", "2011", "2015", "range"),
        ("on 3 Esfand 1397", "2019-02-22", None, "day"),
        ("1397/12/03", "2019-02-22", None, "day"),
        ("on 24 October", "2019-10-24", None, "day"),
    ],
)
def test_dates_relative_to_publication(
    text: str, value: str, end: str | None, precision: str
) -> None:
    found = DateParser(PUB).parse(text, 0, len(text))
    assert [(f.value, f.value_end, str(f.precision)) for f in found] == [(value, end, precision)]


def test_persian_digits_and_month(pipe: Pipeline) -> None:
    text = "Guards hanged three prisoners at Evin Prison on ۳ Esfand ۱۳۹۷."
    res = pipe.run(text, doc="fa.txt", published=PUB)
    assert [m.date for m in res.mentions] == ["2019-02-22"]
    assert res.mentions[0].counts["executed"] == Count(value=3)


@pytest.mark.parametrize(
    ("text", "category", "count"),
    [
        ("Soldiers killed 14 villagers near Aleppo on 3 May 2016.", "killed", Count(value=14)),
        (
            "Gunmen abducted at least nine students in Borno on 2 March 2016.",
            "abducted",
            Count(min=9),
        ),
        (
            "Police arrested more than 140 protesters in Minsk on 9 August 2020.",
            "arrested",
            Count(min=141),
        ),
        ("On 2 June 2018, 23 unarmed farmers were shot dead in Cauca.", "killed", Count(value=23)),
        ("On 5 May 2015 the raid left 12 dead and 30 wounded in Idlib.", "killed", Count(value=12)),
        (
            "On 5 May 2015 the raid left 12 dead and 30 wounded in Idlib.",
            "injured",
            Count(value=30),
        ),
        (
            "The army executed seven men, six of whom were teachers, on 4 April 2012.",
            "executed",
            Count(value=7),
        ),
    ],
)
def test_counts_in_sentences(pipe: Pipeline, text: str, category: str, count: Count) -> None:
    res = pipe.run(text, doc="t.txt", published=PUB)
    assert len(res.mentions) == 1
    assert res.mentions[0].counts[category] == count


@pytest.mark.parametrize(
    "text",
    [
        "The massacre could have been prevented if the warnings had been heeded.",
        "Officials warned of an attack on the camp in the coming days.",
        "Nobody was killed or injured on 3 May 2016, officials said.",
        "The group threatened to kill 20 villagers.",
    ],
)
def test_negated_and_hypothetical_are_not_incidents(pipe: Pipeline, text: str) -> None:
    res = pipe.run(text, doc="h.txt", published=PUB)
    assert res.mentions == []


def test_commemoration_dates_the_past_event(pipe: Pipeline) -> None:
    text = (
        "Friday marks the tenth anniversary of the massacre in Houla, "
        "where government forces killed 108 civilians."
    )
    res = pipe.run(text, doc="c.txt", published=date(2022, 5, 25))
    assert [m.date for m in res.mentions] == ["2012-05-27"]
    assert res.mentions[0].counts["killed"] == Count(value=108)


def test_two_voices_of_one_incident(pipe: Pipeline) -> None:
    text = (
        "On 12 March 2014 militia fighters killed 40 villagers in Kafr Nabl.\n\n"
        "According to Human Rights Watch, at least 52 villagers were killed in the attack."
    )
    res = pipe.run(text, doc="v.txt", published=date(2014, 3, 20))
    voices = {m.attributed_to: m for m in res.mentions}
    assert set(voices) == {None, "Human Rights Watch"}
    assert voices[None].counts["killed"] == Count(value=40)
    assert voices["Human Rights Watch"].counts["killed"] == Count(min=52)
    assert voices[None].incident == voices["Human Rights Watch"].incident


def test_places_sites_and_context(pipe: Pipeline) -> None:
    text = "Guards beat and arrested 12 inmates in Qezel Hesar on 3 June 2021 in Iran."
    m = pipe.run(text, doc="p.txt", published=PUB).mentions[0]
    assert (m.place, m.country) == ("Qezel Hesar Prison", "IR")


def test_every_claim_quotes_its_span(pipe: Pipeline) -> None:
    text = "On 12 March 2014 ISIS fighters abducted 40 Yazidi women in Sinjar, Iraq."
    res = pipe.run(text, doc="s.txt", published=PUB)
    m = res.mentions[0]
    assert text[m.start : m.end] == m.evidence
    assert m.claims and all(text[c.start : c.end] == c.quote for c in m.claims)
    # the name as the source writes it (gold-format); linking resolves the alias
    assert "ISIS" in m.perpetrators
    assert fold_actor("ISIS") == fold_actor("Islamic State")
    assert m.pipeline == pipe.version


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("", "empty"),
        ("   \n\n ", "empty"),
        ("警方昨天在北京逮捕了十二名抗议者。" * 20, "script"),
        (
            "Share this story\nCopyright © 2020 All rights reserved\nhttps://example.org/x\n",
            "boilerplate",
        ),
    ],
)
def test_bad_input_gives_a_note(pipe: Pipeline, text: str, note: str) -> None:
    res = pipe.run(text, doc="bad.txt", published=PUB)
    assert res.mentions == []
    assert any(note in n for n in res.notes)


@pytest.mark.slow
def test_long_single_line_runs_and_finds_the_event(pipe: Pipeline) -> None:
    filler = "the committee met again to discuss the budget and other matters of common interest "
    text = filler * (500_000 // len(filler)) + "soldiers killed 3 people in Aleppo on 5 May 2015"
    res = pipe.run(text, doc="big.txt", published=PUB)  # speed: benchmarks/bench_extract.py
    assert [m.counts["killed"] for m in res.mentions] == [Count(value=3)]
