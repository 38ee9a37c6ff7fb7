"""What the plan tab runs in the background and shows in its read-only tables: dish costs,
the suppliers' terms rows, the orders and CSV files, and the columns of the plan's tables.
No widgets here (the jobs run in BackgroundOp workers)."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QCoreApplication

from core.planning.candidates import candidate_offers
from core.planning.orders import write_orders
from core.planning.recipes import cost_basis, dish_costs
from core.planning.week import WeekPlan, write_plan
from core.progress import Progress
from core.unit_names import unit_name
from desktop_app.plan_models import Column, ingredient_label


def dish_table(recipes: pd.DataFrame, scored: pd.DataFrame, lines: pd.DataFrame | None, covers: dict) -> list[dict]:
    """One row per dish: its covers this week and its cost and kg CO2e per portion."""
    if recipes.empty:
        return []
    basis = cost_basis(candidate_offers(scored) if not scored.empty else scored, lines)
    costs = dish_costs(recipes, basis)
    return [dict(row, covers=covers.get(row["dish"], 0)) for row in costs.to_dict("records")]


def terms_rows(offers: pd.DataFrame, stored: pd.DataFrame) -> list[dict]:
    """Every supplier with offers or stored terms; a price list's minimum shown as such."""
    names = set(offers["supplier"].dropna().astype(str)) if "supplier" in offers else set()
    names |= set(stored["supplier"])
    rows = []
    for name in sorted(n for n in names if n):
        mine = stored[stored["supplier"] == name]
        listed = mine[mine["source"] == "price_list"]
        entered = mine[mine["source"] == "window"]
        row = dict(supplier=name, min_order_pen=math.nan, max_order_pen=math.nan, delivery_days="", source="")
        for part in (entered, listed):  # the list's minimum wins over what was entered
            for record in part.to_dict("records"):
                for key in ("min_order_pen", "max_order_pen"):
                    if record[key] == record[key]:
                        row[key] = record[key]
                row["delivery_days"] = record["delivery_days"] or row["delivery_days"]
                row["source"] = record["source"]
        rows.append(row)
    return rows


def save_orders(path: Path, week: WeekPlan, restaurant: str, lang: str, start: dt.date, progress: Progress) -> Path:
    return write_orders(path, week, restaurant, lang, start, progress=progress)


def save_plan_csv(path: Path, week: WeekPlan) -> Path:
    write_plan(week.plan, path)
    return path


def _money(value) -> str:
    return f"{float(value):,.2f}"


def _order_shown(row: dict) -> str:
    """What is ordered, as the supplier sells it: "35 × 1 kg", "2 × 1 atado"."""
    return f"{int(row['packs'])} × {float(row['pack_qty']):g} {unit_name(str(row.get('pack_unit') or ''))}"


def _quantity_shown(row: dict) -> str:
    """What that makes in the ingredient's base unit: "35 kg", "0.5 kg"."""
    return f"{float(row['quantity_base']):,.3g} {unit_name(str(row.get('base_unit') or ''))}"


def plan_columns() -> list[Column]:
    """The order lines: who and what first, then what is ordered and what it costs in money and
    carbon (in view at 1280x720), then the price per pack and the score."""
    return [
        Column(lambda: QCoreApplication.translate("PlanTables", "Supplier"), "supplier"),
        Column(lambda: QCoreApplication.translate("PlanTables", "Ingredient"), "ingredient", ingredient_label),
        Column(lambda: QCoreApplication.translate("PlanTables", "Product"), "product"),
        Column(lambda: QCoreApplication.translate("PlanTables", "Order"), "packs", right=True, show_row=_order_shown),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "Quantity"),
            "quantity_base",
            right=True,
            show_row=_quantity_shown,
        ),
        Column(lambda: QCoreApplication.translate("PlanTables", "Line S/"), "line_pen", _money, True),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "kg CO2e"), "kg_co2e", lambda v: f"{float(v):,.1f}", True
        ),
        Column(lambda: QCoreApplication.translate("PlanTables", "S/ per pack"), "price_pen_per_pack", _money, True),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "Score"),
            "sustainability_score_pred",
            lambda v: f"{float(v):.2f}",
            True,
        ),
    ]


def plan_name(name: str) -> str:
    texts = {
        "plan": QCoreApplication.translate("PlanTables", "This plan"),
        "cheapest": QCoreApplication.translate("PlanTables", "Cheapest plan"),
        "greenest": QCoreApplication.translate("PlanTables", "Greenest plan"),
        "current": QCoreApplication.translate("PlanTables", "Current suppliers"),
    }
    return texts.get(name, name)


def _signed(value, unit: str) -> str:
    return f"{float(value):+,.2f}{unit}"


def comparison_columns() -> list[Column]:
    return [
        Column(lambda: QCoreApplication.translate("PlanTables", "Plan"), "plan", plan_name),
        Column(lambda: QCoreApplication.translate("PlanTables", "Total S/"), "cost_pen", _money, True),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "kg CO2e"), "kg_co2e", lambda v: f"{float(v):,.1f}", True
        ),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "Mean score"),
            "mean_score",
            lambda v: f"{float(v):.2f}",
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "Deliveries"), "deliveries", lambda v: str(int(v)), True
        ),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "S/ vs this plan"),
            "cost_vs_plan",
            lambda v: _signed(v, ""),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("PlanTables", "kg CO2e vs this plan"),
            "co2_vs_plan",
            lambda v: _signed(v, ""),
            True,
        ),
        Column(lambda: QCoreApplication.translate("PlanTables", "Note"), "problem"),
    ]
