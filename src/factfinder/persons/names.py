"""Person names: script normalisation, transliteration and variant folding, for matching.

Three layers, each documented in docs/methodology.md ("Persons and estimation"):

1. :func:`normalise_script` — Persian/Arabic script: Arabic yeh and kaf become Persian ones,
   teh marbuta and heh with yeh become heh, hamza carriers become alef, diacritics, tatweel and
   ZWNJ are removed, Persian and Arabic-Indic digits become ASCII.
2. :func:`transliterate` — Persian/Arabic script to Latin, letter by letter (``data/names/
   script.csv``), with alef, vav and yeh read as vowels or consonants by position.
3. :func:`fold_token` — romanised variants folded to one canonical spelling: first the name
   tables (``data/names/given.csv``, ``family.csv``), then a consonant *skeleton* (vowels
   dropped, ``q``/``gh``, ``ou``/``u``, ``kh``, doubled letters, final ``-eh``) looked up
   among the tables' skeletons when it points to exactly one name.

:func:`name_forms` puts them together: tokens in written order with articles and honorifics
removed (``al-``, ``el-``, ``Seyed``…), ``-zadeh``/``-pour``/``-nejad`` joined to the word before,
and "Family, Given" turned round; the forms matching compares are on :class:`NameForms`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NAMES_VERSION = "names@1.0.0"

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_SCRIPT_MAP = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh → Persian yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf → Persian kaf
        "ة": "ه",  # teh marbuta
        "ۀ": "ه",  # heh with yeh
        "ە": "ه",
        "أ": "ا",
        "إ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "ئ": "ی",
        "ـ": "",  # tatweel
        "\u200c": "",  # ZWNJ: Persian writes compound names joined, spaced or with ZWNJ
        "\u200d": "",
        "\u200f": "",
        "\u200e": "",
        **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian digits
        **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    }
)
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed]")
_APOSTROPHES = re.compile("['’‘`ʿʾ´]")
_NON_WORD = re.compile(r"[^\w\s]|_|\d")
_SPACE = re.compile(r"\s+")
_SUFFIXES = frozenset(
    {"zadeh", "zade", "zada", "pour", "poor", "pur", "nejad", "nezhad", "nejhad", "nia"}
)
_DIGRAPHS = (
    ("kh", "X"),
    ("gh", "q"),
    ("sh", "S"),
    ("ch", "C"),
    ("zh", "j"),
    ("dj", "j"),
    ("dh", "z"),
    ("th", "s"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "v"),
    ("c", "k"),
)
_VOWELS = re.compile("[aeiouy]")
_REPEAT = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class NameForms:
    """A name as written and the forms matching compares."""

    original: str
    script: str  # "latin", "arabic" (Persian/Arabic script), "mixed" or "none"
    latin: str  # lower-case Latin (transliterated when written in Persian/Arabic script)
    tokens: tuple[str, ...]  # folded canonical tokens, in written order
    skeletons: tuple[str, ...]  # consonant skeleton of each token

    @property
    def given(self) -> str:
        return self.tokens[0] if self.tokens else ""

    @property
    def family(self) -> str:
        return self.tokens[-1] if len(self.tokens) > 1 else ""

    @property
    def folded(self) -> str:
        return " ".join(self.tokens)

    @property
    def key(self) -> str:
        """First and last folded tokens, sorted: the same for "Given Family" and "Family Given"."""
        return " ".join(sorted({self.given, self.family} - {""}))

    @property
    def skeleton_key(self) -> str:
        return " ".join(sorted(self.skeletons))


def script_of(text: str) -> str:
    """ "latin", "arabic" (Persian/Arabic script), "mixed" or "none"."""
    arabic = latin = False
    for ch in text:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if any(lo <= code <= hi for lo, hi in _ARABIC_RANGES):
            arabic = True
        else:
            latin = True
    if arabic and latin:
        return "mixed"
    return "arabic" if arabic else "latin" if latin else "none"


def normalise_script(text: str) -> str:
    """Persian/Arabic script in one canonical form (no diacritics, no ZWNJ, ASCII digits)."""
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text.translate(_SCRIPT_MAP))
    return _SPACE.sub(" ", text).strip()


def normalise_latin(text: str) -> str:
    """Lower case, accents and apostrophes removed, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_ish = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    ascii_ish = _APOSTROPHES.sub("", ascii_ish.casefold())
    return _SPACE.sub(" ", _NON_WORD.sub(" ", ascii_ish)).strip()


@lru_cache(maxsize=1)
def _letters() -> dict[str, str]:
    return {row["letter"]: row["latin"] for row in _read_table("script.csv")}


def _translit_word(word: str) -> str:
    letters = _letters()
    out: list[str] = []
    for i, ch in enumerate(word):
        prev = word[i - 1] if i else ""
        after_vowel = prev in "اآ"
        if ch == "و":
            out.append("v" if i == 0 or after_vowel else "u")
        elif ch == "ی":
            out.append("y" if i == 0 or after_vowel else "i")
        elif ch == "ه" and i == len(word) - 1 and i > 0:
            out.append("e")  # silent final heh: فاطمه → fatme
        elif ch in "اآ" and i == 0 and len(word) > 1 and word[1] not in "وی":
            out.append("e" if ch == "ا" else "a")  # initial alef + consonant: ابراهیم → ebrahim
        else:
            out.append(letters.get(ch, ch))
    return "".join(out)


def transliterate(text: str) -> str:
    """Persian/Arabic script to lower-case Latin, letter by letter; Latin text is left as is."""
    return " ".join(_translit_word(w) for w in normalise_script(text).split(" "))


def skeleton(token: str) -> str:
    """Consonant skeleton of a romanised token: sadeqi, sadeghi, sedighi → "sdq"."""
    t = token
    if len(t) > 4 and (t.endswith("eh") or t.endswith("ah")) and not t.endswith("llah"):
        t = t[:-1]
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    head, rest = (t[0], t[1:]) if t.startswith("y") else ("", t)
    return _REPEAT.sub(r"\1", head + _VOWELS.sub("", rest))


def _read_table(name: str) -> list[dict[str, str]]:
    text = resources.files("factfinder.data").joinpath(f"names/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


@dataclass(frozen=True, slots=True)
class NameTable:
    """Canonical spellings of the shipped names: by variant, by script form, by skeleton."""

    by_variant: dict[str, str]
    by_script: dict[str, str]
    by_skeleton: dict[str, str]  # only skeletons shared by a single canonical name
    particles: frozenset[str]


@lru_cache(maxsize=1)
def name_table() -> NameTable:
    by_variant: dict[str, str] = {}
    by_script: dict[str, str] = {}
    skeletons: dict[str, set[str]] = {}
    for row in _read_table("given.csv") + _read_table("family.csv"):
        canonical = row["canonical"]
        for spelling in [canonical, *row["variants"].split("|")]:
            folded = normalise_latin(spelling).replace(" ", "")
            by_variant.setdefault(folded, canonical)
            skeletons.setdefault(skeleton(folded), set()).add(canonical)
        by_script.setdefault(normalise_script(row["script"]).replace(" ", ""), canonical)
    unique = {sk: next(iter(c)) for sk, c in skeletons.items() if len(c) == 1}
    particles = frozenset(r["word"] for r in _read_table("particles.csv"))
    return NameTable(by_variant, by_script, unique, particles)


def fold_token(token: str) -> str:
    """One romanised (lower-case) token to its canonical spelling, or itself when unknown."""
    table = name_table()
    if token in table.by_variant:
        return table.by_variant[token]
    return table.by_skeleton.get(skeleton(token), token)


def _script_tokens(text: str) -> list[str]:
    table = name_table()
    out: list[str] = []
    for word in normalise_script(text).split(" "):
        if word in table.particles:
            continue
        known = table.by_script.get(word)
        out.append(known or normalise_latin(_translit_word(word)))
    return out


def _split_particles(words: list[str]) -> list[str]:
    particles = name_table().particles
    out: list[str] = []
    for w in words:
        if w in particles:
            continue
        if w.startswith("al") and len(w) > 5 and w[2:] in name_table().by_variant:
            w = w[2:]  # "alhashimi" written without the hyphen
        if w in _SUFFIXES and out:
            out[-1] += "zadeh" if w.startswith("zad") else w
            continue
        out.append(w)
    return out


def _reorder(text: str) -> str:
    """ "Family, Given" → "Given Family" (a comma in a list's name column)."""
    if text.count(",") == 1:
        family, given = (p.strip() for p in text.split(","))
        if family and given:
            return f"{given} {family}"
    return text


@lru_cache(maxsize=200_000)
def name_forms(name: str) -> NameForms:
    """Every form of ``name`` that matching uses (cached: lists repeat names)."""
    text = _reorder(name.strip())
    script = script_of(text)
    if script in ("arabic", "mixed"):
        words = _script_tokens(text)
        latin = " ".join(words)
        words = " ".join(words).split()
    else:
        latin = normalise_latin(text)
        words = normalise_latin(text.replace("-", " ")).split()
    tokens = tuple(fold_token(w) for w in _split_particles(words))
    return NameForms(name, script, latin, tokens, tuple(skeleton(t) for t in tokens))
