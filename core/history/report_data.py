"""The figures of the report's history sheets (core.report.history_sheets), from the workspace:
the ingredients whose market median moved most over the last year, week by week, and each
supplier's standing in the latest quarter and month."""

from __future__ import annotations

import pandas as pd

from core.appstate.workspace import Workspace
from core.catalogs import load_catalogs
from core.history.changes import DEFAULT_JUMP_PCT
from core.history.lists import DEFAULT_STALE_DAYS
from core.history.series import IngredientHistory, ingredient_history, largest_changes, week_of
from core.history.standing import MONTH, QUARTER, periods, standing_table
from core.ranking.rank import Constraints, Weights
from core.report.history_sheets import HistoryReport, IngredientSeries

CHARTED = 6  # ingredients charted in the report
YEAR = pd.Timedelta(days=364)


def weekly_series(history: IngredientHistory, name: str, base_unit: str) -> IngredientSeries:
    rows = history.by_supplier.assign(week=week_of(history.by_supplier["list_date"]))
    weekly = rows.pivot_table(index="week", columns="supplier", values="price", aggfunc="median").sort_index()
    median = history.median.set_index("week")["price"].reindex(weekly.index)
    known = median.dropna()
    change = (known.iloc[-1] / known.iloc[0] - 1.0) * 100.0 if len(known) >= 2 and known.iloc[0] > 0 else 0.0
    return IngredientSeries(history.ingredient, name, base_unit, weekly, median, float(change))


def history_report(
    workspace: Workspace,
    lang: str,
    weights: Weights,
    constraints: Constraints | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
    jump_pct: float = DEFAULT_JUMP_PCT,
    charted: int = CHARTED,
) -> HistoryReport:
    lists = workspace.price_lists()
    report = HistoryReport(jump_pct=jump_pct)
    if lists.empty:
        return report
    since = (lists["list_date"].max() - YEAR).date().isoformat()
    catalogs = load_catalogs()
    for ingredient in largest_changes(workspace, charted, since):
        history = ingredient_history(workspace, ingredient, since)
        name = catalogs.ingredient_name(ingredient, lang)
        unit = str(catalogs.ingredients.at[ingredient, "base_unit"]) if ingredient in catalogs.ingredients.index else ""
        report.series.append(weekly_series(history, name, unit))
    for kind in (QUARTER, MONTH):
        latest = periods(lists, kind)[0]
        table = standing_table(workspace, kind, [latest], weights, constraints or Constraints(), stale_days)
        report.standings.append((latest, table))
    return report


def history_report_file(path, lang: str, weights: Weights, stale_days: int, jump_pct: float) -> HistoryReport:
    """``history_report`` over its own connection (for a worker thread)."""
    workspace = Workspace.open(path)
    try:
        return history_report(workspace, lang, weights, None, stale_days, jump_pct)
    finally:
        workspace.close()
