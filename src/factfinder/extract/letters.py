"""Latin letters for name patterns: "Élysée", "Özal", "Šešelj" and "Łódź" open with capitals too.

Name patterns are written with ``[A-Z]`` for a capital; ``capitals(source)`` reads each such
class as any capital of the Latin scripts (Latin-1 and Latin Extended-A/B), so that a
speaker, a town or a sentence that opens with an accented capital is found like an ASCII one.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_LATIN = [chr(code) for code in range(0xC0, 0x250)]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())  # class contents, without brackets
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())


def capitals(source: str) -> str:
    """``source`` (a regex) with each ``[A-Z]`` class matching every Latin capital."""
    return source.replace("[A-Z]", f"[{UPPER}]")


_UNDECOMPOSED = str.maketrans("ĐđŁłØøĦħı", "DdLlOoHhi")  # letters NFKD keeps whole


@lru_cache(maxsize=8192)
def fold(name: str) -> str:
    """ASCII-fold and lowercase: 'Arāk' → 'arak'."""
    if name.isascii():  # NFKD leaves ASCII as it is, with no combining marks
        return name.lower()
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
