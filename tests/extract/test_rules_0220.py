"""Rules added in rules@0.22.0, on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from factfinder.extract import Pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 2)


def _run(pipe: Pipeline, text: str, published: date = PUBLISHED) -> list[Mention]:
    return pipe.run(text, doc="t.txt", published=published).mentions


def _perpetrators(ms: list[Mention]) -> list[str]:
    return [p for m in ms for p in m.perpetrators]


@pytest.mark.parametrize(
    ("sentence", "perpetrator"),
    [
        (
            "On 4 May 1999 police in the Ghanaian port of Tema shot dead six dock workers.",
            "police",
        ),
        (
            "On 4 May 1999 police in the Ashanti region shot dead six dock workers in Kumasi.",
            "police",
        ),
        (
            "On 4 May 1999 soldiers of the Ghanaian army shot dead six dock workers in Tema.",
            "soldiers of the Ghanaian army",
        ),
        (
            "On 4 May 1999 armed members of the Tema Youth League's fighting vanguard shot "
            "dead six dock workers.",
            "armed members of the Tema Youth League's fighting vanguard",
        ),
    ],
)
def test_a_name_that_only_qualifies_a_noun_is_not_the_end_of_the_actor(
    pipe: Pipeline, sentence: str, perpetrator: str
) -> None:
    assert perpetrator in _perpetrators(_run(pipe, sentence))
