"""Rules added in rules@0.11.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import default_pipeline
from factfinder.extract.letters import UPPER, capitals
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 12)


def _run(text: str, published: date = PUBLISHED) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=published).mentions


def test_every_latin_capital_is_a_capital() -> None:
    for letter in "ÉÖŠŁŻĐİÑÅÇŐŰ":
        assert letter in UPPER
    assert "ß" not in UPPER and "é" not in UPPER
    assert capitals("[A-Z][a-z]+") == f"[{UPPER}][a-z]+"
    assert capitals("[A-Z0-9]") == "[A-Z0-9]"  # only the capital class itself


def test_a_sentence_opening_with_an_accented_capital_is_a_sentence_of_its_own() -> None:
    text = (
        "Soldiers shot dead 14 men in the village of Vrelo on 3 May 1992. "
        "Émile Durand, the mayor, said 20 men had been killed."
    )
    pipe = default_pipeline()
    result = pipe.run(text, doc="t.txt", published=PUBLISHED)
    assert result.doc is not None and len(result.doc.sentences) == 2
    by_voice = {m.attributed_to: m.counts["killed"].value for m in result.mentions}
    assert by_voice == {None: 14, "Émile Durand": 20}


@pytest.mark.parametrize(
    ("town", "country"),
    [("Łódź", "PL"), ("Ürümqi", "CN"), ("Ñuñoa", "CL"), ("Šiauliai", "LT"), ("Đà Nẵng", "VN")],
)
def test_a_town_opening_with_an_accented_capital_is_found(town: str, country: str) -> None:
    ms = _run(f"Police arrested 30 students in {town} on 2 March 2021.")
    assert [(m.place, m.country) for m in ms] == [(town, country)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops killed 12 people in the city on 5 July 2009, said Omer Kanat.",
        "Troops killed 12 people in the city on 5 July 2009, said Omer Kanat of the congress.",
        "Troops killed 12 people in the city on 5 July 2009, according to Omer Kanat.",
        "According to Omer Kanat, troops killed 12 people in the city on 5 July 2009.",
        "Troops killed 12 people in the city on 5 July 2009, says Ömer Kanat.",
    ],
)
def test_a_person_named_after_the_speech_verb_or_according_to_is_the_voice(
    sentence: str,
) -> None:
    ms = _run(sentence)
    assert [m.attributed_to for m in ms] in (["Omer Kanat"], ["Ömer Kanat"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said Omer Kanat was detained on 5 July 2009.",
        "Troops killed 12 people in the city on 5 July 2009, officials said Tuesday.",
    ],
)
def test_a_name_that_is_no_speaker_stays_out_of_the_voice(sentence: str) -> None:
    voices = [m.attributed_to for m in _run(sentence)]
    assert voices and all(v in ("ministry", "officials") for v in voices), voices


def test_a_norm_after_according_to_is_no_voice() -> None:
    ms = _run("Police detained 40 people on 5 July 2009, according to Article 9 Of The Decree.")
    assert [m.attributed_to for m in ms] == [None]


def test_a_lone_surname_after_the_verb_must_have_been_introduced() -> None:
    text = (
        "Soldiers killed 9 villagers in the hamlet on 4 June 2020. "
        '"We ran," said Ana Ruiz, who lost two sons. '
        "Eleven people were killed that night, says Ruiz."
    )
    assert "Ruiz" in [m.attributed_to for m in _run(text)]
    alone = _run("Eleven people were killed in the hamlet on 4 June 2020, says Ruiz.")
    assert [m.attributed_to for m in alone] == [None]


@pytest.mark.parametrize("noun", ["activist", "historian", "survivor", "researcher"])
def test_a_single_speaker_noun_is_a_voice(noun: str) -> None:
    ms = _run(f"Soldiers killed 30 people in the town on 2 May 2019, a {noun} said.")
    assert [m.attributed_to for m in ms] == [noun]


def test_families_of_the_missing_name_a_group_not_a_disappearance() -> None:
    text = (
        '"We found his card in the mud," said Umm Salim, 63, a member of the committee of '
        "families of the missing in the camp."
    )
    assert _run(text, date(2022, 9, 16)) == []


def test_people_who_remain_unaccounted_for_were_disappeared() -> None:
    ms = _run(
        "Relatives say that hundreds of people arrested by the army since November 2001 "
        "remain unaccounted for."
    )
    assert ms and "abduction" in ms[0].acts
