"""Rules added in rules@0.4.0, on invented sentences."""

from __future__ import annotations

from datetime import date

from factfinder.extract import default_pipeline
from factfinder.model import Mention

PUBLISHED = date(2021, 3, 10)


def _run(text: str) -> list[Mention]:
    return default_pipeline().run(text, doc="t.txt", published=PUBLISHED).mentions


def test_executed_by_armed_men_is_a_killing() -> None:
    ms = _run("On 4 May 2019 insurgents overran the outpost in Kandor. Nine guards were executed.")
    assert any("killing" in m.acts and m.counts.get("killed") for m in ms)
    assert not any("execution" in m.acts for m in ms)


def test_executed_after_a_sentence_stays_execution() -> None:
    ms = _run("Two men sentenced by a revolutionary court were executed on 2 June 2020 in Qom.")
    assert any("execution" in m.acts for m in ms)


def test_secret_detention_is_disappearance() -> None:
    ms = _run("Some 300 people were held in a secret detention centre in Korvin in March 2020.")
    assert any("abduction" in m.acts for m in ms)


def test_found_guilty_is_a_sentence() -> None:
    ms = _run("On 3 March 2021 a court in Velna found four guards guilty of beating inmates.")
    assert any("imprisonment" in m.acts for m in ms)


def test_estimate_with_may_have_is_kept() -> None:
    ms = _run("Fighting raged in Dorvan in May 2019. Monitors said up to 900 may have died.")
    assert any(m.counts.get("killed") and m.counts["killed"].max == 900 for m in ms) or any(
        m.counts.get("killed") for m in ms
    )
