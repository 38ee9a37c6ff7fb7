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


_JOIN = "\x00"  # joins texts for fold_many: no whitespace, mark or letter, and unchanged by every step


_FOLDED: dict[str, str] = {}  # what fold_many folded: a list's names are folded by several rules
_FOLDED_LIMIT = 262_144


def fold_many(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]``, the texts not folded before folded together (each step run
    once over them joined: 50,000 distinct product names fold several times faster than one by
    one) and remembered for the next rule that folds the same names."""
    known = list(map(_FOLDED.get, texts))
    missing = list(dict.fromkeys(text for text, folded in zip(texts, known, strict=True) if folded is None))
    if not missing:
        return known  # type: ignore[return-value]
    new = dict(zip(missing, _fold_together(missing), strict=True))
    if len(_FOLDED) + len(new) > _FOLDED_LIMIT:
        _FOLDED.clear()
    _FOLDED.update(new)
    return [new[text] if folded is None else folded for text, folded in zip(texts, known, strict=True)]


def _fold_together(texts: list[str]) -> list[str]:
    """Every step works character by character or within runs that the separator ends, so each
    text folds as it would alone. Spaces collapse by split and join (only when a text has more
    than single spaces), leaving the edges to the strip, as ``fold`` does."""
    if len(texts) < 2 or any(_JOIN in text for text in texts):
        return [fold(text) for text in texts]
    accented = [index for index, text in enumerate(texts) if not text.isascii()]
    if accented:
        texts = list(texts)
        decomposed = unicodedata.normalize("NFKD", _JOIN.join(texts[i] for i in accented)).split(_JOIN)
        plain = _LATIN_MARKS.sub("", _JOIN.join(decomposed)).split(_JOIN)
        for index, part, whole in zip(accented, plain, decomposed, strict=True):
            if not part.isascii():  # other marks or symbols: the exact loop, for this text only
                part = "".join(ch for ch in whole if not unicodedata.combining(ch))
            texts[index] = part
    joined = _JOIN.join(texts).lower()
    if "  " in joined or not all(text.isprintable() for text in texts):  # other spaces than single ones
        joined = " ".join(joined.split())
    return [text.strip(_EDGE_PUNCT) for text in joined.split(_JOIN)]


def is_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and value != value:  # NaN
        return True
    return isinstance(value, str) and not value.strip()
