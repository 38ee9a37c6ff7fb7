"""Price and score of one ingredient over time, for the history chart and the report.

``ingredient_history`` reads every stored offer of the ingredient (one indexed query) and
gives, per supplier and list, the median price per base unit and the mean sustainability score
of its offers of that ingredient, and per week the market median over all suppliers' lists of
that week. ``largest_changes`` names the ingredients whose market median moved most.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.appstate.workspace import Workspace

_ROWS = """SELECT p.list_date, p.supplier, o.price_pen_per_base_unit, COALESCE(o.score_pred, o.sustainability_score)
    FROM offers o JOIN price_lists p ON p.id = o.list_id WHERE o.ingredient = ?"""


@dataclass
class IngredientHistory:
    ingredient: str
    by_supplier: pd.DataFrame  # list_date, supplier, price, score (one row per supplier and list)
    median: pd.DataFrame  # week, price (market median of the week)

    @property
    def empty(self) -> bool:
        return self.by_supplier.empty


def week_of(dates: pd.Series) -> pd.Series:
    """The Monday of each date's week."""
    return dates - pd.to_timedelta(dates.dt.weekday, unit="D")


def summarise_rows(ingredient: str, rows: pd.DataFrame) -> IngredientHistory:
    """Rows (list_date, supplier, price, score) of offers -> the two series of the chart."""
    rows = rows.assign(list_date=pd.to_datetime(rows["list_date"]))
    rows = rows.astype({"price": "float64", "score": "float64"})
    by_supplier = (
        rows.groupby(["supplier", "list_date"], sort=True)
        .agg(price=("price", "median"), score=("score", "mean"))
        .reset_index()
    )
    priced = rows.dropna(subset=["price"])
    median = priced.groupby(week_of(priced["list_date"]).rename("week"))["price"].median().reset_index()
    return IngredientHistory(ingredient, by_supplier, median)


def ingredient_history(workspace: Workspace, ingredient: str, since: str | None = None) -> IngredientHistory:
    sql, params = _ROWS, [ingredient]
    if since:
        sql += " AND p.list_date >= ?"
        params.append(str(since))
    rows = pd.DataFrame.from_records(
        workspace.query(sql, tuple(params)), columns=["list_date", "supplier", "price", "score"]
    )
    return summarise_rows(ingredient, rows)


def largest_changes(workspace: Workspace, count: int = 6, since: str | None = None) -> list[str]:
    """Ingredients whose weekly market median moved most between their first and last week
    (relative change; ingredients seen in at least two weeks)."""
    sql = """SELECT o.ingredient, p.list_date, o.price_pen_per_base_unit FROM offers o
        JOIN price_lists p ON p.id = o.list_id
        WHERE o.ingredient <> '' AND o.price_pen_per_base_unit IS NOT NULL"""
    params: tuple = ()
    if since:
        sql += " AND p.list_date >= ?"
        params = (str(since),)
    rows = pd.DataFrame.from_records(workspace.query(sql, params), columns=["ingredient", "list_date", "price"])
    if rows.empty:
        return []
    rows["week"] = week_of(pd.to_datetime(rows["list_date"]))
    weekly = rows.groupby(["ingredient", "week"])["price"].median().reset_index().sort_values(["ingredient", "week"])
    ends = weekly.groupby("ingredient")["price"].agg(["first", "last", "size"])
    ends = ends[(ends["size"] >= 2) & (ends["first"] > 0)]
    change = (ends["last"] / ends["first"] - 1.0).abs()
    change = change[np.isfinite(change) & (change > 0)]
    return change.sort_values(ascending=False, kind="stable").head(count).index.tolist()
