"""Places (villages, demonyms, namesakes) and perpetrator phrases on invented sentences."""

from __future__ import annotations

import random
from datetime import date

from factfinder.extract import Pipeline
from factfinder.extract.places import Taken


def _doc(pipe: Pipeline, text: str):  # type: ignore[no-untyped-def]
    res = pipe.run(text, doc="t.txt", published=date(2021, 5, 3))
    assert res.doc is not None
    return res.doc


def test_village_of_x_is_a_place_in_the_documents_country(pipe: Pipeline) -> None:
    doc = _doc(
        pipe, "Gunmen killed 12 farmers in the village of Oldor Kemba, in Borno State, Nigeria."
    )
    places = {p.name: p for p in doc.places}
    assert "Oldor Kemba" in places
    assert places["Oldor Kemba"].country == "NG"


def test_x_town_and_facility(pipe: Pipeline) -> None:
    doc = _doc(pipe, "Police beat 30 detainees at Varsk detention centre near Dalmo town in Peru.")
    names = {p.name for p in doc.places}
    assert "Varsk detention centre" in names
    assert "Dalmo" in names


def test_demonym_before_state_noun_gives_country(pipe: Pipeline) -> None:
    doc = _doc(pipe, "Iraqi forces shot dead four protesters on Sunday.")
    assert any(p.kind == "country" and p.country == "IQ" for p in doc.places)
    doc = _doc(pipe, "Four Iraqi refugees were killed on Sunday.")
    assert not any(p.country == "IQ" for p in doc.places)


def test_month_abbreviation_is_not_a_city(pipe: Pipeline) -> None:
    doc = _doc(pipe, "MANILA, Nov 24 - Armed men killed 9 people in Sulu province.")
    assert not any(p.name == "Nov" for p in doc.places)


def test_perpetrator_phrases(pipe: Pipeline) -> None:
    doc = _doc(pipe, "Masked men abducted two activists on Monday.")
    assert [a.name for a in doc.actors if a.role == "perpetrator"] == ["Masked men"]
    doc = _doc(pipe, "Members of a militia loyal to the government killed 20 villagers.")
    perps = [a.name for a in doc.actors if a.role == "perpetrator"]
    assert any("loyal to the government" in p for p in perps)


def test_passive_subject_and_speaker_are_not_agents(pipe: Pipeline) -> None:
    doc = _doc(pipe, "Three soldiers were killed in the ambush on Friday.")
    assert not [a for a in doc.actors if a.role == "perpetrator"]
    doc = _doc(pipe, "The army said that 14 people had been killed in the clashes.")
    assert not [a for a in doc.actors if a.role == "perpetrator"]


def test_court_is_perpetrator_of_a_sentence_only(pipe: Pipeline) -> None:
    doc = _doc(pipe, "A court in Gomel sentenced the blogger to six years in prison on Friday.")
    assert any(a.role == "perpetrator" and "court" in a.name for a in doc.actors)
    doc = _doc(pipe, "A court found that 40 people had been killed by soldiers.")
    roles = {a.name: a.role for a in doc.actors}
    assert roles.get("soldiers") == "perpetrator"
    assert roles.get("court") != "perpetrator"


def test_taken_spans_answer_overlaps_like_a_scan_of_all() -> None:
    # (the places component checks each new name against those already found; a scan of all
    # made a page naming thousands of places quadratic)
    rng = random.Random(3)
    for _ in range(200):
        spans: list[tuple[int, int]] = []
        taken = Taken()
        for _ in range(30):
            start = rng.randrange(200)
            query = (start, start + rng.randrange(1, 15))
            expected = any(query[0] < e and s < query[1] for s, e in spans)
            assert taken.overlaps(*query) == expected, (spans, query)
            start = rng.randrange(200)
            span = (start, start + rng.randrange(1, 15))
            spans.append(span)
            taken.add(*span)
