"""Matchers tried only at the shared word starts find what their own scans find."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factfinder.extract import scan
from factfinder.extract.pipeline import default_components
from factfinder.extract.scan import PhraseMatcher, lowered
from factfinder.extract.text import normalize

GOLD = Path(__file__).parent.parent / "data" / "gold" / "docs"


def _matchers() -> list[PhraseMatcher[object]]:
    found: list[PhraseMatcher[object]] = []
    seen: set[int] = set()

    def walk(obj: object, depth: int) -> None:
        if id(obj) in seen or depth > 3:
            return
        seen.add(id(obj))
        if isinstance(obj, PhraseMatcher):
            found.append(obj)
            return
        values = vars(obj).values() if hasattr(obj, "__dict__") else []
        if hasattr(obj, "__slots__"):
            values = [getattr(obj, k, None) for k in obj.__slots__]
        for value in values:
            if value is not None and not isinstance(value, (str, int, float, dict, list)):
                walk(value, depth + 1)

    for component in default_components():
        walk(component, 0)
    from factfinder.extract.gazetteer import gazetteer

    walk(gazetteer(), 0)
    return found


def _texts() -> list[str]:
    rng = random.Random(11)
    out = []
    for path in sorted(GOLD.glob("*.txt"))[:30]:
        norm = normalize(path.read_text(encoding="utf-8"))
        out += [norm, lowered(norm)]
    # shuffled words and punctuation: phrases next to each other, inside words, after dashes
    words = " ".join(out).split()
    for _ in range(40):
        picked = rng.sample(words, 120)
        glue = [rng.choice([" ", "  ", "-", ", ", " (", '"', "\n", "'", "/"]) for _ in picked]
        out.append("".join(w + g for w, g in zip(picked, glue, strict=True)))
    return out


def test_shared_word_starts_find_the_same_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    matchers = _matchers()
    assert len(matchers) >= 10
    for text in _texts():
        assert len(text) >= scan.SHARED_MIN
        shared = [m.find(text) for m in matchers]
        monkeypatch.setattr(scan, "SHARED_MIN", 10**9)
        alone = [m.find(text) for m in matchers]
        monkeypatch.setattr(scan, "SHARED_MIN", 200)
        assert shared == alone


@pytest.mark.parametrize("padding", [0, 300], ids=["own scan", "shared scan"])
def test_a_phrase_right_after_a_key_that_ends_in_a_space_is_found(padding: int) -> None:
    matcher = PhraseMatcher(
        [("prison (?:terms?|sentences?)", "sentence"), ("in protest at", "why")]
    )
    text = "x " * padding + "held in the prison in protest at his treatment"
    hits = matcher.find(text)
    assert [(text[h.start : h.end], h.payload) for h in hits] == [("in protest at", "why")]
