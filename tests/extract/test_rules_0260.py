"""Rules added in rules@0.26.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2023, 5, 30)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def test_shots_into_the_air_kill_no_one(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized 40 pupils from a school in Tudun Wada on 12 May 2023. "
        "A guard said the next day that the raiders shot into the air as teachers ran."
    )
    mentions = _run(pipe, text)
    assert [m.acts for m in mentions] == [["abduction"]]
    assert "killed" not in mentions[0].counts


def test_pupils_marched_into_the_forest_are_no_protest(pipe: Pipeline) -> None:
    text = (
        "On 12 May 2023 gunmen on motorbikes marched pupils and two teachers into the forest "
        "outside Tudun Wada. Parents said 40 children were abducted."
    )
    mentions = _run(pipe, text)
    assert all("protest" not in m.acts for m in mentions)
    assert {m.counts["abducted"].value for m in mentions if "abducted" in m.counts} == {40}


def test_a_name_with_himself_before_an_aside_is_the_speaker(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized pupils from a school in Tudun Wada on 12 May 2023.\n\n"
        "Governor Bello has spoken of it since. Bello himself, visiting the town the next "
        "morning, said 40 pupils had been abducted."
    )
    voiced = [m for m in _run(pipe, text) if "abducted" in m.counts]
    assert [(m.attributed_to, m.counts["abducted"].value) for m in voiced] == [("Bello", 40)]


def test_a_figure_after_said_takes_the_act_word_of_its_own_clause(pipe: Pipeline) -> None:
    text = (
        "Gunmen seized pupils from a school in Tudun Wada on 12 May 2023.\n\n"
        "The headmaster, speaking on the day of the attack, said 40 pupils and teachers were "
        "unaccounted for."
    )
    counted = [m.counts for m in _run(pipe, text) if m.counts]
    assert [(c["abducted"].value, "victims" in c) for c in counted] == [(40, False)]
