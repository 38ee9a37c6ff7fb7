"""Text normalisation shared by header mapping, catalog matching and synonym lookup."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = " \t\r\n.,;:-_*•·()[]{}\"'"


def fold(text: object) -> str:
    """Lower-case, strip accents and surrounding punctuation, collapse spaces.

    'Ají Amarillo ' -> 'aji amarillo'; 'Cañihua' -> 'canihua'; 'S/.' -> 's/'.
    """
    if text is None:
        return ""
    return _fold_text(text if isinstance(text, str) else str(text))


# The accents NFKD splits off Latin letters (á -> a + U+0301): U+0300-U+036F, all combining
# marks but U+034F. One regex pass drops them; only text that still holds other non-ASCII
# characters takes the exact but slow loop over every character.
_LATIN_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")


@lru_cache(maxsize=262144)
def _fold_text(value: str) -> str:
    plain = value
    if not value.isascii():
        decomposed = unicodedata.normalize("NFKD", value)
        plain = _LATIN_MARKS.sub("", decomposed)
        if not plain.isascii():
            plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", plain.lower()).strip(_EDGE_PUNCT)


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN
        return True
    return isinstance(value, str) and not value.strip()
