"""The trade-off between cost and carbon: the least a plan can cost for each cap on its kg CO2e.

The caps run evenly from the greenest plan's kg CO2e to the cheapest plan's (at least nine of
them, both ends included); each point is the cheapest plan under its cap. The window draws
them as a chart where clicking a point selects that plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from core.errors import UserError
from core.i18n import tr
from core.offers_csv import write_offers
from core.planning.optimiser import DEFAULT_TIME_LIMIT_S, Limits, PlanProblem, solve, to_plan, with_limits
from core.planning.plan import Plan
from core.progress import Progress

MIN_POINTS = 9
# Each point is proven within 0.1 % of the cheapest plan under its cap rather than the plan's
# millionth: a cap turns the problem into a knapsack that takes several times longer to close,
# and a trade-off chart cannot show a tenth of a percent. The point's gap is kept and shown
# when it is chosen as the plan.
FRONTIER_GAP = 1e-3
FRONTIER_COLUMNS = ["point", "kg_co2e_cap", "cost_pen", "kg_co2e", "mean_score", "deliveries", "optimal", "gap"]


@dataclass
class FrontierPoint:
    cap: float  # kg CO2e
    plan: Plan


def caps_between(greenest: float, cheapest: float, points: int) -> np.ndarray:
    """``points`` caps from the greenest plan's kg CO2e to the cheapest plan's, ends included."""
    return np.linspace(greenest, max(cheapest, greenest), points)


def trade_off_frontier(
    problem: PlanProblem,
    limits: Limits,
    cheapest: Plan,
    greenest: Plan,
    points: int = MIN_POINTS,
    time_limit: float = DEFAULT_TIME_LIMIT_S,
    gap: float = FRONTIER_GAP,
    progress: Progress | None = None,
) -> list[FrontierPoint]:
    """The cheapest plan for each cap; the two ends are the greenest and the cheapest plans."""
    if points < MIN_POINTS:
        raise UserError(tr("The trade-off needs at least {count} points.", count=MIN_POINTS))
    progress = progress or Progress.silent()
    caps = caps_between(greenest.kg_co2e, cheapest.kg_co2e, points)
    frontier = [FrontierPoint(float(caps[0]), _named(greenest))]
    for position, cap in enumerate(caps[1:-1], start=1):
        progress.step(
            position / (points - 1), tr("Trade-off point {point} of {count}", point=position + 1, count=points)
        )
        slack = 1e-9 * max(abs(cap), 1.0)  # the greenest plan itself must fit under the first cap
        found = solve(problem, "cost", with_limits(limits, co2_cap=float(cap) + slack), time_limit=time_limit, gap=gap)
        plan = to_plan(problem, found, "frontier") if found is not None else _named(greenest)
        frontier.append(FrontierPoint(float(cap), plan))
    frontier.append(FrontierPoint(float(caps[-1]), _named(cheapest)))
    progress.step(1.0)
    return frontier


def _named(plan: Plan) -> Plan:
    return Plan("frontier", plan.lines, plan.optimal, plan.gap, plan.seconds, plan.problem)


def frontier_table(frontier: list[FrontierPoint]) -> pd.DataFrame:
    rows = [
        dict(
            point=i + 1,
            kg_co2e_cap=point.cap,
            cost_pen=point.plan.cost_pen,
            kg_co2e=point.plan.kg_co2e,
            mean_score=point.plan.mean_score,
            deliveries=point.plan.deliveries,
            optimal=point.plan.optimal,
            gap=point.plan.gap,
        )
        for i, point in enumerate(frontier)
    ]
    return pd.DataFrame(rows, columns=FRONTIER_COLUMNS)


def write_frontier(frontier: list[FrontierPoint], path: Path) -> None:
    """frontier.csv: one row per point, FRONTIER_COLUMNS (written atomically)."""
    write_offers(frontier_table(frontier).round({"kg_co2e_cap": 3, "cost_pen": 2, "kg_co2e": 3, "mean_score": 4}), path)
