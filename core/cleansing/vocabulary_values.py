"""Cells that name catalog entries: one value (transport, practice, packaging) or a list
(certifications), mapped to catalog ids through a ``Vocabulary`` (names and aliases)."""

from __future__ import annotations

import re

from core.catalogs import Vocabulary
from core.text import fold

# Cells that say "nothing here" rather than naming an entry (compared folded).
NONE_WORDS = {
    "",
    "-",
    "--",
    "—",
    "–",
    "n/a",
    "na",
    "ninguna",
    "ninguno",
    "none",
    "no",
    "sin",
    "sin certificacion",
    "no aplica",
    "s/c",
    "sc",
    "nil",
    "x",
}
_LIST_SPLIT = re.compile(r"\s*(?:;|,|/|\+|\by\b|\band\b|&)\s*")


def says_none(raw: str) -> bool:
    return fold(raw) in NONE_WORDS or raw in ("—", "–")


def map_list(raw: str, vocabulary: Vocabulary) -> tuple[str, tuple[str, ...]]:
    """'Orgánico, Comercio Justo' -> ('organic;fairtrade', unknown parts)."""
    ids, unknown = [], []
    if says_none(raw):
        return "", ()
    parts = [raw] if vocabulary.lookup(raw) else [p for p in _LIST_SPLIT.split(raw) if p.strip()]
    for part in parts:
        if fold(part) in NONE_WORDS:
            continue
        found = vocabulary.lookup(part)
        if found and found.id not in ids:
            ids.append(found.id)
        elif not found:
            unknown.append(part.strip())
    return ";".join(ids), tuple(unknown)


def map_one(raw: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """(catalog id or "", whether the text was unknown)."""
    if not raw or says_none(raw):
        return "", False
    found = vocabulary.lookup(raw)
    return (found.id, False) if found else ("", True)
