"""Price and score of one ingredient over time, for the history chart and the report.

``ingredient_history`` reads every stored offer of the ingredient (one query, answered from an
index) and gives, per supplier and list, the median price per base unit and the mean
sustainability score of its offers of that ingredient, and per week the market median over all
suppliers' lists of that week. Offers that wait for review (an implausible price, an uncertain
ingredient: core.cleansing.review) are left out, as the ranking leaves them out, until a person
decides. ``largest_changes`` names the ingredients whose market median moved most.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.appstate.workspace import Workspace
from core.cleansing.review import blocked_by_flags

# Every column it reads from offers is in the index offers_by_ingredient_history_flags
# (core.appstate.schema, version 7): SQLite reads the ingredient's offers from the index alone,
# a few pages side by side.
INGREDIENT_ROWS = """SELECT p.list_date, p.supplier, o.price_pen_per_base_unit,
    COALESCE(o.score_pred, o.sustainability_score), o.flags
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


def _group_medians(keys: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(first row of each group, median of ``values`` in it, NaN ignored) for rows sorted by
    ``keys`` and, within a key, by value with NaN last. Plain numpy: the history chart has a
    100 ms budget and pandas' groupby costs more than the whole query here."""
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=int)
    if not len(starts):
        return starts, np.zeros(0)
    known = np.add.reduceat((~np.isnan(values)).astype(int), starts)
    low, high = starts + np.maximum(known - 1, 0) // 2, starts + known // 2
    high = np.minimum(high, np.r_[starts[1:], len(keys)] - 1)
    with np.errstate(invalid="ignore"):
        medians = np.where(known > 0, (values[low] + values[high]) / 2, np.nan)
    return starts, medians


def summarise_rows(ingredient: str, rows: list[tuple]) -> IngredientHistory:
    """Rows (list_date, supplier, price, score, flags) of offers -> the two series of the chart,
    without the offers that wait for review."""
    if rows:
        waiting = blocked_by_flags([row[4] for row in rows])
        rows = [row[:4] for row, wait in zip(rows, waiting, strict=True) if not wait]
    if not rows:
        empty = pd.DataFrame({"supplier": [], "list_date": pd.to_datetime([]), "price": [], "score": []})
        return IngredientHistory(ingredient, empty, pd.DataFrame({"week": pd.to_datetime([]), "price": []}))
    dates_text, suppliers, prices, scores = zip(*rows, strict=True)
    dates = np.array(dates_text, dtype="datetime64[D]")
    price = np.array(prices, dtype=float)
    score = np.array(scores, dtype=float)
    names, supplier = np.unique(np.array(suppliers, dtype=object), return_inverse=True)
    day = dates.astype(np.int64)
    # per supplier and list: median price, mean score (sorted by supplier, date, price; NaN last)
    order = np.lexsort((np.nan_to_num(price, nan=np.inf), day, supplier))
    key = supplier[order] * 100_000 + day[order]
    starts, medians = _group_medians(key, price[order])
    counts = np.add.reduceat((~np.isnan(score[order])).astype(int), starts)
    sums = np.add.reduceat(np.nan_to_num(score[order]), starts)
    with np.errstate(invalid="ignore"):
        means = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    by_supplier = pd.DataFrame(
        {
            "supplier": names[supplier[order][starts]],
            "list_date": dates[order][starts].astype("datetime64[ns]"),
            "price": medians,
            "score": means,
        }
    )
    # per week: the market median over every priced offer of the lists of that week
    week = day - (day + 3) % 7  # 1970-01-01 was a Thursday: this is the Monday
    priced = ~np.isnan(price)
    order = np.lexsort((price[priced], week[priced]))
    weeks, values = week[priced][order], price[priced][order]
    starts, medians = _group_medians(weeks, values)
    median = pd.DataFrame({"week": weeks[starts].astype("datetime64[D]").astype("datetime64[ns]"), "price": medians})
    return IngredientHistory(ingredient, by_supplier, median)


def ingredient_history(workspace: Workspace, ingredient: str, since: str | None = None) -> IngredientHistory:
    sql, params = INGREDIENT_ROWS, [ingredient]
    if since:
        sql += " AND p.list_date >= ?"
        params.append(str(since))
    return summarise_rows(ingredient, workspace.query(sql, tuple(params)))


def largest_changes(workspace: Workspace, count: int = 6, since: str | None = None) -> list[str]:
    """Ingredients whose weekly market median moved most between their first and last week
    (relative change; ingredients seen in at least two weeks)."""
    sql = """SELECT o.ingredient, p.list_date, o.price_pen_per_base_unit, o.flags FROM offers o
        JOIN price_lists p ON p.id = o.list_id
        WHERE o.ingredient <> '' AND o.price_pen_per_base_unit IS NOT NULL"""
    params: tuple = ()
    if since:
        sql += " AND p.list_date >= ?"
        params = (str(since),)
    rows = pd.DataFrame.from_records(
        workspace.query(sql, params), columns=["ingredient", "list_date", "price", "flags"]
    )
    rows = rows[~blocked_by_flags(rows["flags"].to_numpy(dtype=object))]  # as the chart: not what waits for review
    if rows.empty:
        return []
    rows["week"] = week_of(pd.to_datetime(rows["list_date"]))
    weekly = rows.groupby(["ingredient", "week"])["price"].median().reset_index().sort_values(["ingredient", "week"])
    ends = weekly.groupby("ingredient")["price"].agg(["first", "last", "size"])
    ends = ends[(ends["size"] >= 2) & (ends["first"] > 0)]
    change = (ends["last"] / ends["first"] - 1.0).abs()
    change = change[np.isfinite(change) & (change > 0)]
    return change.sort_values(ascending=False, kind="stable").head(count).index.tolist()
