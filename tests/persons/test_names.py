"""Name normalisation, transliteration and variant folding."""

from __future__ import annotations

import pytest

from factfinder.persons.names import (
    fold_token,
    name_forms,
    normalise_script,
    script_of,
    skeleton,
    transliterate,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كريمي", "کریمی"),  # Arabic kaf and yeh → Persian
        ("مُحَمَّد", "محمد"),  # diacritics
        ("حسین\u200cزاده", "حسینزاده"),  # ZWNJ
        ("۱۳۶۷/۰۵/۱۰", "1367/05/10"),  # Persian digits
        ("١٩٨٨", "1988"),  # Arabic-Indic digits
        ("فاطمة", "فاطمه"),  # teh marbuta
        ("عـــلی", "علی"),  # tatweel
    ],
)
def test_normalise_script(raw: str, expected: str) -> None:
    assert normalise_script(raw) == expected


@pytest.mark.parametrize(
    ("variants", "canonical"),
    [
        (["ebrahim", "ibrahim", "ibraheem"], "ebrahim"),
        (["sadeqi", "sadeghi", "sedighi"], "sadeghi"),
        (["mohammad", "mohammed", "muhammad"], "mohammad"),
        (["hosseini", "husseini"], "hosseini"),
        (["hosseinzadeh", "hosseinzade"], "hosseinzadeh"),
        (["ghasem", "qasem"], "ghasem"),
        (["mousavi", "musavi"], "mousavi"),
    ],
)
def test_fold_token(variants: list[str], canonical: str) -> None:
    assert {fold_token(v) for v in variants} == {canonical}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ibrahim Khalil Sedighi Hamedani", "Ebrahim Sadeqi Hamedani"),  # missing middle name
        ("Ebrahim Sadeghi", "Sadeghi, Ebrahim"),  # order
        ("Ebrahim Sadeghi", "Sadeghi Ebrahim"),
        ("Mohammed al-Hashimi", "Muhammad Hashemi"),  # article
        ("Seyed Mahmoud Mousavi", "Mahmoud Musavi"),  # honorific
        ("Ali Hossein-Zadeh", "Ali Hosseinzade"),  # suffix written apart
        ("ابراهيم صادقي", "Ebrahim Sadeghi"),  # script
        ("علی حسین‌زاده", "Ali Hosseinzadeh"),
        ("سيد محمود موسوی", "Mahmoud Mousavi"),
    ],
)
def test_same_key(a: str, b: str) -> None:
    assert name_forms(a).key == name_forms(b).key


def test_different_people_keep_different_keys() -> None:
    assert name_forms("Hassan Karimi").key != name_forms("Hossein Karimi").key


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("محمود", "mhmud"),
        ("فاطمه", "fatme"),
        ("داوود", "davud"),
        ("یوسف", "yusf"),
        ("ابراهیم", "ebrahim"),
    ],
)
def test_transliterate_unknown_words(text: str, latin: str) -> None:
    # letters without the name table: vowels are guessed by position
    assert transliterate(text) == latin


def test_script_of() -> None:
    assert script_of("Ali") == "latin"
    assert script_of("علی") == "arabic"
    assert script_of("Ali علی") == "mixed"
    assert script_of("123") == "none"


def test_skeleton_folds_vowels_and_digraphs() -> None:
    assert skeleton("sadeqi") == skeleton("sedighi") == "sdq"
    assert skeleton("fatemeh") == skeleton("fateme")
