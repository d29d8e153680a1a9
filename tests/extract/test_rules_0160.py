"""Rules added in rules@0.16.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2024, 5, 14)
_KILLING = "On 4 June 1991, soldiers shot dead 31 men at Kaloma, Chad. "


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _voiced(ms: list[Mention], voice: str) -> Mention:
    found = [m for m in ms if m.attributed_to and voice in m.attributed_to]
    assert found, [(m.attributed_to, m.date, m.counts) for m in ms]
    return found[0]


@pytest.mark.parametrize("verb", ["held that", "said that", "found that"])
def test_a_year_right_before_its_speaker_is_the_year_of_the_telling(
    pipe: Pipeline, verb: str
) -> None:
    text = _KILLING + f"In 2009 the Supreme Court {verb} 33 men had been killed."
    court = _voiced(_run(pipe, text), "Supreme Court")
    assert court.date == "1991-06-04"  # (not 2009, the year of the court's words)
    assert court.counts["killed"].value == 33


def test_a_year_before_the_doers_of_the_act_is_still_the_act_s(pipe: Pipeline) -> None:
    # (a guard: holds before and after the rule)
    ms = _run(pipe, _KILLING + "In 1995 police killed 12 people at Kaloma.")
    assert {m.date for m in ms} == {"1991-06-04", "1995"}


_TOLL = "On 18 February 1983, mobs killed 1,800 villagers in Kaleva, Chad. "


@pytest.mark.parametrize(
    ("sentence", "voice", "killed"),
    [
        ("Estimates compiled by relief workers and journalists ran to about 3,300.",
         "relief workers", 3300),
        ("Amnesty International said estimates ranged from 2,000 to 4,000.",
         "Amnesty International", 2000),
    ],
)  # fmt: skip
def test_a_toll_told_again_in_other_words_is_its_voice_s_figure(
    pipe: Pipeline, sentence: str, voice: str, killed: int
) -> None:
    m = _voiced(_run(pipe, _TOLL + sentence), voice)
    assert m.date == "1983-02-18"
    count = m.counts["killed"]
    assert (count.value or count.min) == killed


def test_estimates_compiled_by_someone_are_theirs_not_an_adjective_s(pipe: Pipeline) -> None:
    ms = _run(pipe, _TOLL + "Unofficial estimates compiled by aid workers ran to about 3,300.")
    assert _voiced(ms, "aid workers").counts["killed"].value == 3300
    assert all(m.attributed_to != "Unofficial" for m in ms)
