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
        (r"(?i)aBc", ("abc",)),
        (r"a(?i:b)c", ("a",)),
        (r"\d+", None),
        (r"a|\w", None),
    ],
)
def test_required(pattern: str, need: tuple[str, ...] | None) -> None:
    found = required(re.compile(pattern))
    assert (found.strings if found else None) == need


def test_folded_need_is_skipped_on_non_ascii_text() -> None:
    need = required(re.compile(r"(?i)\bsister\b"))
    assert need is not None and need.folded
    assert may_match(need, "His SISTER said")
    assert not may_match(need, "His brother said")
    assert may_match(need, "His \u017fister said")  # long s: the pattern matches it
    assert re.search(r"(?i)\bsister\b", "His \u017fister said")


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


def _module_patterns() -> list[re.Pattern[str]]:
    import importlib

    names = ["acts", "actors", "counts", "dates", "datetext", "frames", "mentions", "numbers"]
    names += ["persons", "places", "text", "voices"]
    found: list[re.Pattern[str]] = []
    for name in names:
        module = importlib.import_module(f"factfinder.extract.{name}")
        found += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    return found


def test_every_extraction_pattern_never_filtered_wrongly() -> None:
    rng = random.Random(5)
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    windows = []
    for text in texts:
        for variant in (text, text.upper(), text.lower()):
            for _ in range(12):
                i = rng.randrange(len(variant))
                windows.append(variant[i : i + rng.randint(3, 300)])
    checked = 0
    for pattern in _module_patterns():
        need = required(pattern, 64)
        if need is None:
            continue
        checked += 1
        for text in windows:
            if pattern.search(text):
                assert may_match(need, text), (pattern.pattern, need, text)
    assert checked > 20


def test_lowered_variants_find_the_same_spans_on_ascii_text() -> None:
    from factfinder.extract.prefilter import lowered_variant

    rng = random.Random(9)
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    texts = [t for t in texts if t.isascii()]
    windows = [t[i : i + 400] for t in texts for i in range(0, len(t), 400)]
    windows += [w.upper() for w in rng.sample(windows, 40)]
    checked = 0
    for pattern in _module_patterns():
        variant = lowered_variant(pattern)
        if variant is None:
            continue
        checked += 1
        for text in windows:
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in variant.finditer(text.lower())] == want, pattern.pattern
    assert checked > 20
    assert lowered_variant(re.compile(r"(?i)[\u00d7-\u00f7]x")) is None
    assert lowered_variant(re.compile(r"(?i)Abc")) is None
    assert lowered_variant(re.compile(r"abc")) is None


def test_char_first_finds_the_same_matches() -> None:
    from factfinder.extract.prefilter import char_first

    sources = [
        r"(?<![\w-])[A-Z][\w'.-]*(?:[ -](?:[A-Z][\w'.-]*|al|el))*",
        r"(?<![\w'-])([A-Z][\w'.-]*)\s+(village|camp)\b",
        r"(?<![\w.,-])x+",
        r"(?<![\n-])[\s\S]y",
    ]
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]
    texts += ["A\nB", "-A x Xx -Xy\nAb", "x\ny xy\n\ny", "Camp Ashraf  village'Z village"]
    for source in sources:
        plain = re.compile(source)
        fast = char_first(plain)
        assert fast.pattern != source
        for text in texts:
            for pos in (0, 1, 7):
                want = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
                assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == want
    assert char_first(re.compile(r"(?<!\w)x")).pattern == r"(?<!\w)x"
