"""A purchase plan: the offers bought (whole packs) and what they add up to.

``Plan.lines`` has the columns of ``plan.csv`` (PLAN_COLUMNS, one row per offer bought) plus
``offer_index`` (the offer's label in the offers table) and ``score_for_ranking``. Totals:
cost in S/, kg CO2e (the footprint per base unit from the catalog including the transport
leg, times the quantity bought), the mean sustainability score weighted by what is spent,
and the number of deliveries (one per supplier used in the week).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

PLAN_COLUMNS = [
    "supplier",
    "ingredient",
    "product",
    "packs",
    "pack_qty",
    "pack_unit",
    "quantity_base",
    "base_unit",
    "price_pen_per_pack",
    "line_pen",
    "kg_co2e",
    "sustainability_score_pred",
]
LINE_COLUMNS = PLAN_COLUMNS + ["offer_index", "score_for_ranking"]
SUPPLIER_COLUMNS = ["supplier", "lines", "packs", "cost_pen", "kg_co2e", "mean_score"]


def mean_score(lines: pd.DataFrame) -> float:
    """Sustainability score weighted by the soles spent on each line (NaN when none is known)."""
    if lines.empty:
        return math.nan
    score = pd.to_numeric(lines["score_for_ranking"], errors="coerce").to_numpy(dtype=float)
    spend = lines["line_pen"].to_numpy(dtype=float)
    known = np.isfinite(score) & (spend > 0)
    return float(np.average(score[known], weights=spend[known])) if known.any() else math.nan


@dataclass
class Plan:
    name: str  # plan, cheapest, greenest, current or frontier
    lines: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=LINE_COLUMNS))
    optimal: bool = True  # proven optimal within the solver's tolerance
    gap: float = 0.0  # relative gap between the plan and the best bound
    seconds: float = 0.0
    problem: str = ""  # why there is no such plan (one sentence); "" when there is one

    @property
    def available(self) -> bool:
        return not self.problem

    @property
    def cost_pen(self) -> float:
        return float(self.lines["line_pen"].sum()) if self.available else math.nan

    @property
    def kg_co2e(self) -> float:
        return float(self.lines["kg_co2e"].sum()) if self.available else math.nan

    @property
    def mean_score(self) -> float:
        return mean_score(self.lines) if self.available else math.nan

    @property
    def deliveries(self) -> int:
        return int(self.lines["supplier"].nunique()) if self.available else 0

    def by_supplier(self) -> pd.DataFrame:
        """SUPPLIER_COLUMNS, one row per supplier in the plan (by name)."""
        if self.lines.empty:
            return pd.DataFrame(columns=SUPPLIER_COLUMNS)
        rows = []
        for supplier, part in self.lines.groupby("supplier", sort=True):
            rows.append(
                dict(
                    supplier=supplier,
                    lines=len(part),
                    packs=int(part["packs"].sum()),
                    cost_pen=float(part["line_pen"].sum()),
                    kg_co2e=float(part["kg_co2e"].sum()),
                    mean_score=mean_score(part),
                )
            )
        return pd.DataFrame(rows, columns=SUPPLIER_COLUMNS)

    def totals(self) -> dict[str, float]:
        return dict(
            cost_pen=self.cost_pen, kg_co2e=self.kg_co2e, mean_score=self.mean_score, deliveries=self.deliveries
        )


def unavailable(name: str, sentence: str) -> Plan:
    return Plan(name, problem=sentence)


COMPARISON_COLUMNS = [
    "plan",
    "cost_pen",
    "kg_co2e",
    "mean_score",
    "deliveries",
    "cost_vs_plan",
    "co2_vs_plan",
    "problem",
]


def comparison(plans: dict[str, Plan]) -> pd.DataFrame:
    """One row per plan (the plan first): totals and differences with the plan."""
    base = plans["plan"]
    rows = []
    for name, plan in plans.items():
        rows.append(
            dict(
                plan=name,
                cost_pen=plan.cost_pen,
                kg_co2e=plan.kg_co2e,
                mean_score=plan.mean_score,
                deliveries=plan.deliveries if plan.available else math.nan,
                cost_vs_plan=plan.cost_pen - base.cost_pen,
                co2_vs_plan=plan.kg_co2e - base.kg_co2e,
                problem=plan.problem,
            )
        )
    return pd.DataFrame(rows, columns=COMPARISON_COLUMNS)
