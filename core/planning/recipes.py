"""Recipes: each dish's ingredients per portion, and the week's needs from expected covers.

A recipe row: ``dish``, ``ingredient``, ``quantity`` per portion, ``unit`` and either
``yield`` (the usable share after trimming, 0-1 or a percentage) or ``waste`` (the share
lost). To serve one portion with 150 g of trimmed fish at a 60 % yield the kitchen buys
150 / 0.6 = 250 g, so needs = covers x quantity / yield. Recipes are kept in the workspace
and imported from xlsx or csv (``read_recipes``).

Each dish also shows its cost and kg CO2e per portion, priced at a ``cost_basis``: what the
plan bought when there is a plan, else the cheapest offer that may be planned.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.errors import UserError
from core.i18n import tr
from core.planning.needs import NEEDS_COLUMNS, catalog_ingredient, in_base_unit, positive_quantity, row_and_column
from core.planning.table_file import TableSpec, number_value, read_table, text_value, where

RECIPE_COLUMNS = ["dish", "ingredient", "quantity", "unit", "quantity_base", "base_unit", "yield"]
RECIPE_SPEC = TableSpec(
    columns={
        "dish": ("dish", "plato", "receta", "recipe", "preparacion", "menu item"),
        "ingredient": ("ingredient", "ingrediente", "insumo", "producto"),
        "quantity": (
            "quantity",
            "cantidad",
            "quantity per portion",
            "cantidad por porcion",
            "por porcion",
            "per portion",
            "gramaje",
            "qty",
        ),
        "unit": ("unit", "unidad", "um", "u.m", "uom", "unidad de medida"),
        "yield": ("yield", "rendimiento", "aprovechamiento", "usable", "yield %", "rendimiento %"),
        "waste": ("waste", "merma", "desperdicio", "waste %", "merma %", "perdida"),
    },
    required=("dish", "ingredient", "quantity"),
)
DISH_COLUMNS = ["dish", "ingredients", "cost_pen", "kg_co2e", "missing"]


def _share(value: float | None) -> float | None:
    """0.6, 60 or 60 % -> 0.6; None stays None."""
    if value is None:
        return None
    return value / 100.0 if value > 1.0 else value


def resolve_recipes(raw: pd.DataFrame, catalogs: Catalogs | None = None, locate=None) -> pd.DataFrame:
    """RECIPE_COLUMNS from rows as typed (dish, ingredient, quantity, unit, yield or waste)."""
    catalogs = catalogs or load_catalogs()
    locate = locate or row_and_column
    records = []
    for position, row in enumerate(raw.to_dict("records")):
        dish = text_value(row.get("dish"))
        if not dish:
            raise UserError(tr("{where}: the dish is missing.", where=locate(position, "dish")))
        ingredient = catalog_ingredient(row.get("ingredient"), catalogs, locate(position, "ingredient"))
        quantity = positive_quantity(row.get("quantity"), locate(position, "quantity"))
        usable = _share(row.get("yield"))
        waste = _share(row.get("waste"))
        if usable is None and waste is not None:
            if not 0.0 <= waste < 1.0:
                raise UserError(tr("{where}: the waste must be below 100 %.", where=locate(position, "waste")))
            usable = 1.0 - waste
        usable = 1.0 if usable is None else usable
        if not 0.0 < usable <= 1.0:
            raise UserError(
                tr("{where}: the yield must be above 0 and at most 100 %.", where=locate(position, "yield"))
            )
        base_qty, base_unit, unit_id = in_base_unit(
            ingredient, quantity, text_value(row.get("unit")), catalogs, partial(locate, position)
        )
        records.append(
            dict(
                dish=dish,
                ingredient=ingredient,
                quantity=quantity,
                unit=unit_id,
                quantity_base=base_qty,
                base_unit=base_unit,
                **{"yield": usable},
            )
        )
    return pd.DataFrame(records, columns=RECIPE_COLUMNS)


def read_recipes(path: Path, catalogs: Catalogs | None = None) -> pd.DataFrame:
    """Recipes from a spreadsheet or CSV; one sentence naming file, row and column when wrong."""
    table = read_table(Path(path), RECIPE_SPEC)
    if table.frame.empty:
        raise UserError(tr("The recipes file {file} lists no dish.", file=table.file))
    raw = table.frame.copy()
    rows = raw["row"].to_numpy()
    for column, required in (("quantity", True), ("yield", False), ("waste", False)):
        if column in raw:
            raw[column] = [
                number_value(table, int(r), column, v, required=required)
                for r, v in zip(rows, raw[column], strict=False)
            ]
    return resolve_recipes(raw, catalogs, lambda position, column: where(table, int(rows[position]), column))


def needs_from_recipes(recipes: pd.DataFrame, covers: dict[str, float]) -> pd.DataFrame:
    """The needs (NEEDS_COLUMNS, in base units) for ``covers`` portions of each dish."""
    unknown = sorted(set(covers) - set(recipes["dish"]))
    if unknown:
        raise UserError(tr("There is no recipe for the dish '{dish}'.", dish=unknown[0]))
    negative = [dish for dish, count in covers.items() if not float(count) >= 0]
    if negative:
        raise UserError(tr("The covers of '{dish}' must be zero or more.", dish=negative[0]))
    portions = recipes["dish"].map({dish: float(count) for dish, count in covers.items()}).fillna(0.0)
    bought = recipes["quantity_base"] * portions / recipes["yield"]
    frame = recipes.assign(quantity_base=bought)[bought > 0]
    needs = frame.groupby("ingredient", sort=True).agg(
        quantity_base=("quantity_base", "sum"), base_unit=("base_unit", "first")
    )
    needs = needs.reset_index()
    needs["quantity"] = needs["quantity_base"]
    needs["unit"] = needs["base_unit"]
    needs["current_supplier"] = ""
    return needs[NEEDS_COLUMNS]


def cost_basis(candidates: pd.DataFrame, plan_lines: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per ingredient: S/ and kg CO2e per base unit to price recipes at.

    From the plan when there is one (what it pays and emits per base unit bought), else from
    the cheapest offer that may be planned.
    """
    if plan_lines is not None and not plan_lines.empty:
        totals = plan_lines.groupby("ingredient")[["line_pen", "kg_co2e", "quantity_base"]].sum()
        return pd.DataFrame(
            {
                "price_pen_per_base_unit": totals["line_pen"] / totals["quantity_base"],
                "kg_co2e_per_base_unit": totals["kg_co2e"] / totals["quantity_base"],
            }
        )
    usable = candidates[candidates["plannable"].astype(bool)] if "plannable" in candidates else candidates
    if usable.empty:
        return pd.DataFrame(columns=["price_pen_per_base_unit", "kg_co2e_per_base_unit"])
    cheapest = usable.sort_values("price_pen_per_base_unit", kind="stable").drop_duplicates("ingredient")
    return cheapest.set_index("ingredient")[["price_pen_per_base_unit", "kg_co2e_per_base_unit"]]


def dish_costs(recipes: pd.DataFrame, basis: pd.DataFrame) -> pd.DataFrame:
    """Cost (S/) and kg CO2e of one portion of each dish; ``missing`` lists unpriced ingredients."""
    if recipes.empty:
        return pd.DataFrame(columns=DISH_COLUMNS)
    frame = recipes.join(basis, on="ingredient")
    bought = frame["quantity_base"] / frame["yield"]
    frame["cost_pen"] = bought * frame["price_pen_per_base_unit"]
    frame["kg_co2e"] = bought * frame["kg_co2e_per_base_unit"]
    rows = []
    for dish, part in frame.groupby("dish", sort=False):
        unpriced = part.loc[part["cost_pen"].isna(), "ingredient"].tolist()
        rows.append(
            dict(
                dish=dish,
                ingredients=len(part),
                cost_pen=float(part["cost_pen"].sum()) if not unpriced else np.nan,
                kg_co2e=float(part["kg_co2e"].sum()) if part["kg_co2e"].notna().all() else np.nan,
                missing=";".join(unpriced),
            )
        )
    return pd.DataFrame(rows, columns=DISH_COLUMNS)
