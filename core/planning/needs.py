"""The week's needs: how much of each ingredient, in the ingredient's base unit.

A needs table has one row per ingredient: ``ingredient`` (a catalog id, or a name or synonym
in Spanish or English), ``quantity``, ``unit`` (kg, g, l, unit, dozen, bunch, … ; empty = the
ingredient's base unit) and optionally ``current_supplier``. It comes from the window's
table, from a spreadsheet (``read_needs``) or from recipes x covers (core.planning.recipes).
``resolve_needs`` turns it into NEEDS_COLUMNS; the same ingredient twice is added up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.packs import Pack, to_base
from core.errors import UserError
from core.i18n import current_language, tr
from core.planning.table_file import TableRows, TableSpec, number_value, read_table, text_value, where

NEEDS_COLUMNS = ["ingredient", "quantity", "unit", "quantity_base", "base_unit", "current_supplier"]
INGREDIENT_MIN_MATCH = 90  # a name a person typed: exact, a synonym, or a slip of one letter or two

NEEDS_SPEC = TableSpec(
    columns={
        "ingredient": ("ingredient", "ingrediente", "insumo", "producto", "product", "item", "articulo"),
        "quantity": ("quantity", "cantidad", "qty", "cant", "cantidad necesaria", "needed", "need", "necesidad"),
        "unit": ("unit", "unidad", "um", "u.m", "uom", "unidad de medida", "unit of measure"),
        "current_supplier": ("current_supplier", "current supplier", "proveedor actual", "proveedor habitual"),
    },
    required=("ingredient", "quantity"),
)

Locate = Callable[[int, str], str]  # (row position, column) -> "where" text for an error


def resolve_ingredient(text: str, catalogs: Catalogs) -> str | None:
    """A catalog id for an id, name or synonym (Spanish or English); None when none fits."""
    text = str(text).strip()
    if not text:
        return None
    if text in catalogs.ingredients.index:
        return text
    found = catalogs.ingredient_vocabulary.lookup(text, fuzzy_min=INGREDIENT_MIN_MATCH)
    return found.id if found is not None and found.score >= INGREDIENT_MIN_MATCH else None


def resolve_unit(text: str, catalogs: Catalogs) -> str | None:
    """A units-catalog id for 'kg', 'kilos', 'atado', 'docena'…; None when not a measuring unit."""
    found = catalogs.unit_vocabulary.lookup(str(text).strip())
    if found is None or catalogs.units.at[found.id, "kind"] == "container":
        return None
    return found.id


def in_base_unit(
    ingredient: str, quantity: float, unit: str, catalogs: Catalogs, locate: Callable[[str], str]
) -> tuple[float, str, str]:
    """(quantity in base units, base unit, unit id) or a UserError naming where."""
    base_unit = catalogs.ingredients.at[ingredient, "base_unit"]
    unit_id = resolve_unit(unit, catalogs) if str(unit).strip() else base_unit
    if unit_id is None:
        raise UserError(tr("{where}: '{unit}' is not a unit the app knows.", where=locate("unit"), unit=unit))
    converted = to_base(catalogs, Pack(float(quantity), unit_id), ingredient)
    if converted.base_qty is None:
        raise UserError(
            tr(
                "{where}: {unit} cannot be converted to {base} for {ingredient}.",
                where=locate("unit"),
                unit=unit,
                base=base_unit,
                ingredient=catalogs.ingredient_name(ingredient, current_language()),
            )
        )
    return float(converted.base_qty), base_unit, unit_id


def row_and_column(position: int, column: str) -> str:
    """Where a value typed in a table is, for an error sentence ("Row 3, column quantity")."""
    return tr("Row {row}, column {column}", row=position + 1, column=column)


def catalog_ingredient(value: object, catalogs: Catalogs, where: str) -> str:
    """The catalog id of an ingredient as typed, or one sentence saying why there is none."""
    name = text_value(value)
    if not name:
        raise UserError(tr("{where}: the ingredient is missing.", where=where))
    ingredient = resolve_ingredient(name, catalogs)
    if ingredient is None:
        raise UserError(tr("{where}: '{name}' is not an ingredient of the catalog.", where=where, name=name))
    return ingredient


def positive_quantity(value: object, where: str) -> float:
    """A quantity above zero, or one sentence saying it must be."""
    try:
        quantity = float(value) if value is not None and not isinstance(value, bool) else np.nan  # type: ignore[arg-type]
    except (TypeError, ValueError):
        quantity = np.nan
    if not quantity > 0 or not np.isfinite(quantity):
        raise UserError(tr("{where}: the quantity must be above zero.", where=where))
    return quantity


def resolve_needs(raw: pd.DataFrame, catalogs: Catalogs | None = None, locate: Locate | None = None) -> pd.DataFrame:
    """NEEDS_COLUMNS from rows of ingredient / quantity / unit / current_supplier as typed."""
    catalogs = catalogs or load_catalogs()
    locate = locate or row_and_column
    records: dict[str, dict] = {}
    for position, row in enumerate(raw.to_dict("records")):
        ingredient = catalog_ingredient(row.get("ingredient"), catalogs, locate(position, "ingredient"))
        quantity = positive_quantity(row.get("quantity"), locate(position, "quantity"))
        base_qty, base_unit, unit_id = in_base_unit(
            ingredient, quantity, text_value(row.get("unit")), catalogs, partial(locate, position)
        )
        current = text_value(row.get("current_supplier"))
        if ingredient in records:
            entry = records[ingredient]
            entry["quantity_base"] += base_qty
            entry["quantity"] = entry["quantity_base"]
            entry["unit"] = base_unit
            entry["current_supplier"] = entry["current_supplier"] or current
        else:
            records[ingredient] = dict(
                ingredient=ingredient,
                quantity=float(quantity),
                unit=unit_id,
                quantity_base=base_qty,
                base_unit=base_unit,
                current_supplier=current,
            )
    return pd.DataFrame(list(records.values()), columns=NEEDS_COLUMNS)


def read_needs(path: Path, catalogs: Catalogs | None = None) -> pd.DataFrame:
    """A needs file (csv, xlsx, xls, ods) as NEEDS_COLUMNS; one sentence when something is wrong."""
    table = read_table(Path(path), NEEDS_SPEC)
    if table.frame.empty:
        raise UserError(tr("The needs file {file} lists no ingredient.", file=table.file))
    rows = table.frame["row"].to_numpy()
    raw = table.frame.copy()
    raw["quantity"] = [number_value(table, int(r), "quantity", v) for r, v in zip(rows, raw["quantity"], strict=False)]
    return resolve_needs(raw, catalogs, _locator(table))


def _locator(table: TableRows) -> Locate:
    rows = table.frame["row"].to_numpy()
    return lambda position, column: where(table, int(rows[position]), column)
