"""Packs as suppliers write them, and conversion to the ingredient's base unit.

"x kg" (1 kg), "saco 50 kg" (50 kg), "caja x 12 und" (12 units), "500 g", "1/2 kg",
"docena" (12 units), "atado" (1 bunch: the catalog's weight of a bunch), "lb",
"12 x 250 g" (3 kg), "case of 6 x 1 l" (6 l), "jaba x 180 und", "arroba" (11.5 kg).
A container word alone ("saco") carries no quantity and is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.catalogs import Catalogs
from core.cleansing.numbers import parse_number
from core.text import fold

_QTY = r"(\d+(?:[.,]\d+)?(?:\s*/\s*\d+)?)"
_MULTI = re.compile(_QTY + r"\s*(?:x|×|\*)\s*" + _QTY + r"\s*([a-z]+\.?)")
_QTY_UNIT = re.compile(_QTY + r"\s*([a-z]+\.?)")
_WORD = re.compile(r"[a-z]+")
_LEADING_QTY = re.compile(r"^" + _QTY + r"$")

BASE_BY_KIND = {"mass": "kg", "volume": "l", "count": "unit"}


@dataclass(frozen=True)
class Pack:
    qty: float | None
    unit: str  # units.csv id ("" when unknown)
    container: str = ""  # saco, caja… when named
    problem: str = ""  # rule id when it could not be read


def _unit(catalogs: Catalogs, word: str) -> tuple[str, str] | None:
    """(unit id, kind) for a unit word, or None."""
    match = catalogs.unit_vocabulary.by_name.get(word.rstrip("."))
    if match is None and len(word) > 3:
        found = catalogs.unit_vocabulary.lookup(word.rstrip("."), fuzzy_min=90)
        match = found.id if found else None
    if match is None:
        return None
    return match, catalogs.units.at[match, "kind"]


@lru_cache(maxsize=16384)
def _parse_pack_cached(catalogs: Catalogs, text: str) -> Pack:
    folded = fold(text).replace("×", "x")
    if not folded:
        return Pack(None, "", problem="pack_missing")
    container = ""
    for word in _WORD.findall(folded):
        unit = _unit(catalogs, word)
        if unit and unit[1] == "container":
            container = unit[0]
            break
    multi = _MULTI.search(folded)
    if multi:
        count = parse_number(multi.group(1))
        size = parse_number(multi.group(2))
        unit = _unit(catalogs, multi.group(3))
        if count and size is not None and unit and unit[1] != "container":
            return Pack(count * size, unit[0], container)
    for qty_text, word in _QTY_UNIT.findall(folded):
        unit = _unit(catalogs, word)
        if unit and unit[1] != "container":
            return Pack(parse_number(qty_text), unit[0], container)
    # "x kg", "kg", "docena", "atado", "por unidad": one of the unit named
    for word in _WORD.findall(folded):
        unit = _unit(catalogs, word)
        if unit and unit[1] != "container":
            return Pack(1.0, unit[0], container)
    if container:
        return Pack(None, "", container, problem="pack_no_quantity")
    return Pack(None, "", problem="pack_unreadable")


def parse_pack(catalogs: Catalogs, pack: object = None, qty: object = None, unit: object = None) -> Pack:
    """Read a pack from one combined cell (``pack``) or from separate quantity and unit cells."""
    if qty not in (None, "") and unit not in (None, ""):
        amount = qty if isinstance(qty, (int, float)) else parse_number(str(qty))
        found = _unit(catalogs, fold(unit))
        if amount is None or found is None or found[1] == "container":
            return Pack(None, "", problem="pack_unreadable")
        return Pack(float(amount), found[0])
    if isinstance(pack, (int, float)) and not isinstance(pack, bool):
        # a bare number in a pack column: a quantity in the unit named by the unit column
        found = _unit(catalogs, fold(unit)) if unit else None
        return Pack(float(pack), found[0]) if found else Pack(None, "", problem="pack_unreadable")
    text = "" if pack is None else str(pack)
    if not text.strip() and qty not in (None, ""):
        text = str(qty)
    if _LEADING_QTY.match(text.strip()) and unit:
        text = f"{text} {unit}"
    return _parse_pack_cached(catalogs, text)


@dataclass(frozen=True)
class Conversion:
    base_unit: str
    base_qty: float | None  # the pack expressed in base units
    problem: str = ""


def to_base(catalogs: Catalogs, pack: Pack, ingredient: str) -> Conversion:
    """Express a pack in the ingredient's base unit (kg, l or unit), using the catalog's
    density (l <-> kg) and piece or bunch weight (unit/bunch <-> kg) where needed."""
    if pack.qty is None or not pack.unit:
        return Conversion("", None, pack.problem or "pack_unreadable")
    units, ingredients = catalogs.units, catalogs.ingredients  # .at: one cell, not a whole row
    kind, factor = units.at[pack.unit, "kind"], units.at[pack.unit, "factor_to_base"]
    factor = float(factor) if factor == factor else 1.0
    amount = pack.qty * factor  # in kg, l, unit or bunches
    if ingredient and ingredient in ingredients.index:
        base = ingredients.at[ingredient, "base_unit"]
        density, piece = ingredients.at[ingredient, "density_kg_per_l"], ingredients.at[ingredient, "unit_weight_kg"]
    else:
        base = BASE_BY_KIND.get(kind, "")
        density = piece = float("nan")
    if not base:
        return Conversion("", None, "unit_not_convertible")
    as_kg = {
        "mass": amount,
        "volume": amount * density if density == density else None,
        "count": amount * piece if piece == piece else None,
        "bunch": amount * piece if piece == piece else None,
    }[kind]
    if base == "kg":
        value = as_kg
    elif base == "l":
        value = amount if kind == "volume" else (as_kg / density if as_kg is not None and density == density else None)
    else:  # unit
        value = (
            amount
            if kind == "count"
            else (as_kg / piece if as_kg is not None and piece == piece and piece > 0 else None)
        )
    if value is None:
        return Conversion(base, None, "unit_not_convertible")
    return Conversion(base, value)
