"""The literal pre-filter never rules out text a pattern matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from factfinder.extract.datetext import _COMPILED
from factfinder.extract.prefilter import may_match, required
from factfinder.extract.scan import lowered

GOLD = Path(__file__).parent.parent / "data" / "gold" / "docs"


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r"ab?c", ("ac", "abc")),
        (r"\bfoo\b", ("foo",)),
        (r"x\d+yz", ("yz",)),
        (r"(?:foo|bar)+baz", ("baz",)),
        (r"(?:foo|bar)\s+\d", ("bar", "foo")),
        (r"(?i)abc", None),
        (r"\d+", None),
        (r"a|\w", None),
    ],
)
def test_required(pattern: str, need: tuple[str, ...] | None) -> None:
    assert required(re.compile(pattern)) == need


def test_date_patterns_never_filtered_wrongly() -> None:
    rng = random.Random(3)
    texts = [lowered(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.txt"))]
    windows = []
    for text in texts:
        for _ in range(40):
            i = rng.randrange(len(text))
            windows.append(text[i : i + rng.randint(5, 200)])
    for kind, pattern in _COMPILED:
        need = required(pattern)
        for text in [*texts, *windows]:
            if pattern.search(text):
                assert may_match(need, text), (kind, need, text)
