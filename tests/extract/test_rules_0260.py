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
