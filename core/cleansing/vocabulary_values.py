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
# Separators between the members of a list: ; , / + | & and the words "y" and "and".
_LIST_SPLIT = re.compile(r"\s*(?:[;,/+|&]|\by\b|\band\b)\s*", re.IGNORECASE)


def says_none(raw: str) -> bool:
    return fold(raw) in NONE_WORDS or raw in ("—", "–")


def _members(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each member of a list cell, between its separators."""
    spans, start = [], 0
    for separator in _LIST_SPLIT.finditer(raw):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(raw)))
    return [(a, b) for a, b in spans if raw[a:b].strip()]


def map_list(raw: str, vocabulary: Vocabulary) -> tuple[str, tuple[str, ...]]:
    """'Orgánico, Comercio Justo' -> ('organic;fairtrade', unknown members by name).

    Each member is looked up on its own, so one label never swallows the others; a run of
    members that together spell one name ("Reglamento UE 2018/848", "Organic (certified,
    scheme not named)") is taken as that name, the longest run first."""
    if says_none(raw):
        return "", ()
    members = _members(raw)
    ids: list[str] = []
    unknown: list[str] = []
    i = 0
    while i < len(members):
        joined = next(
            (
                (j, ident)
                for j in range(len(members) - 1, i, -1)
                if (ident := vocabulary.exact(raw[members[i][0] : members[j][1]]))
            ),
            None,
        )
        if joined:
            i, found = joined[0] + 1, [joined[1]]
        else:
            member = raw[members[i][0] : members[i][1]].strip()
            i += 1
            if fold(member) in NONE_WORDS:
                continue
            found = vocabulary.lookup_all(member)
            if not found:
                unknown.append(member)
        ids.extend(ident for ident in found if ident not in ids)
    return ";".join(ids), tuple(unknown)


def map_one(raw: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """(catalog id or "", whether the text was unknown)."""
    if not raw or says_none(raw):
        return "", False
    found = vocabulary.lookup(raw)
    return (found.id, False) if found else ("", True)
