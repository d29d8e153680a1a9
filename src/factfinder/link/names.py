"""Name folding for linking and reconciliation: places, actors (perpetrators) and voices.

Folding is deliberately small and explainable: lower case, ASCII-folded, punctuation removed,
filler words dropped, a handful of spelling rules, and a short alias table. Anything fuzzier
(transliteration variants, typos) is left to :func:`similar`, a rapidfuzz ratio with a threshold.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from rapidfuzz import fuzz

from factfinder.extract.lexicon import actors_data, voices_data

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")

# Dotted abbreviations written without their dots before punctuation is removed.
_ABBREVIATIONS = {"u.s.": "us", "u.n.": "un", "u.k.": "uk", "dept.": "department"}

# Words that carry no identity in a place name.
_PLACE_FILLER = frozenset({"the", "of", "city", "town", "village", "province", "district"})

# Words that carry no identity in an actor or voice name.
_ACTOR_FILLER = frozenset({"the", "its", "their", "local", "so", "called"})

# Multi-word rewrites applied to actor and voice names (after lower-casing, before aliases).
_REWRITES = (
    ("united states", "us"),
    ("united nations", "un"),
    ("state department", "department of state"),
    ("dept", "department"),
)

# Canonical names of frequent voices and actors. Keys and values are folded forms.
_ALIASES = {
    "department of state": "us department of state",
    "amnesty": "amnesty international",
    "hrw": "human rights watch",
    "un assistance mission for iraq": "unami",
    "un high commissioner for refugees": "unhcr",
    "unhcr": "unhcr",
    "mujahedin e khalq": "mek",
    "mujahedeen e khalq": "mek",
    "mojahedin e khalq": "mek",
    "peoples mojahedin organization of iran": "mek",
    "pmoi": "mek",
    "irgc": "islamic revolutionary guard corps",
    "revolutionary guards": "islamic revolutionary guard corps",
    "quds force": "irgc quds force",
}


def ascii_fold(text: str) -> str:
    """Lower-case, strip accents, drop punctuation, collapse spaces."""
    lowered = text.lower()
    for dotted, plain in _ABBREVIATIONS.items():
        lowered = lowered.replace(dotted, plain)
    decomposed = unicodedata.normalize("NFKD", lowered)
    no_marks = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    no_punct = _PUNCT.sub(" ", no_marks.replace("'", "").replace("’", ""))
    return _SPACE.sub(" ", no_punct).strip()


@lru_cache(maxsize=65536)
def fold_place(name: str) -> str:
    """Normalised place name: ``"the City of Arak"`` → ``"arak"``."""
    words = [w for w in ascii_fold(name).split() if w not in _PLACE_FILLER]
    return " ".join(words)


@cache
def _lexicon_aliases() -> dict[str, str]:
    """Every alias of the actors and voices lexicons, folded, to its canonical name folded:
    extraction keeps the name as written ("RPA"); linking compares the actor it names."""
    out: dict[str, str] = {}
    for data in (actors_data()["actors"], voices_data()["voices"]):
        for entry in data:
            canonical = _fold_words(entry["name"])
            for alias in entry["aliases"]:
                out.setdefault(_fold_words(str(alias)), canonical)
    return out


def _fold_words(name: str) -> str:
    text = " " + ascii_fold(name) + " "
    for old, new in _REWRITES:
        text = text.replace(f" {old} ", f" {new} ")
    return " ".join(w for w in text.split() if w not in _ACTOR_FILLER)


@lru_cache(maxsize=65536)
def fold_actor(name: str) -> str:
    """Normalised actor or voice name, aliases resolved.

    ``"US State Department"``, ``"the State Department"`` and ``"U.S. Department of State"``
    all fold to ``"us department of state"``.
    """
    folded = _fold_words(name)
    folded = _lexicon_aliases().get(folded, folded)
    return _ALIASES.get(folded, folded)


# Words naming a kind of place, not a place: they make poor blocking keys.
_GENERIC_PLACE_WORDS = frozenset(
    {"camp", "prison", "central", "jail", "square", "street", "road", "al", "el", "new", "old"}
)
_VOWELS = re.compile(r"[aeiouy]")
_REPEATS = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def place_words(folded: str) -> tuple[str, ...]:
    """Blocking keys of a folded place: the consonant skeleton of each distinctive word
    (``"camp ashraf"`` → ``("ashrf",)``), so case, doubled letters and vowel spellings meet."""
    words = [w for w in folded.split() if w not in _GENERIC_PLACE_WORDS and len(w) > 2]
    skeletons = {_REPEATS.sub(r"\1", w[0] + _VOWELS.sub("", w[1:])) for w in words}
    return tuple(sorted(s for s in skeletons if s))


@lru_cache(maxsize=1 << 18)
def places_match(a: str, b: str) -> bool:
    """Two folded place names name the same place: equal, one contains the other
    as whole words ("camp ashraf" / "ashraf"), or nearly equal spellings."""
    if not a or not b:
        return False
    if a == b:
        return True
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return similar(a, b, 88.0)


def similar(a: str, b: str, threshold: float) -> bool:
    """rapidfuzz ``ratio`` (0–100) of two folded strings at or above ``threshold``."""
    return fuzz.ratio(a, b, score_cutoff=threshold) > 0


@lru_cache(maxsize=1 << 18)
def actors_match(a: str, b: str) -> bool:
    """Two folded actor names name the same actor (equal, containment or near spelling)."""
    if a == b:
        return True
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    if len(short) >= 2 and set(short) <= set(long_):
        return True
    return fuzz.token_sort_ratio(a, b, score_cutoff=85.0) > 0
