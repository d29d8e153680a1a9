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
