"""The week's purchase plan in one call (used by ``sourcing plan`` and the window's plan tab).

``plan_week`` finds the cheapest and the greenest plan under the options (the plan is one of
them, by objective), the plan buying each ingredient from its current supplier, and, when
asked, the trade-off frontier between the two ends. A plan that cannot exist raises one
sentence naming the ingredient and the constraint (core.planning.diagnosis).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.errors import UserError
from core.i18n import current_language, tr
from core.offers_csv import write_offers
from core.planning.diagnosis import explain_infeasible
from core.planning.frontier import FRONTIER_GAP, FrontierPoint, trade_off_frontier
from core.planning.optimiser import Limits, PlanOptions, PlanProblem, build_problem, solve, to_plan
from core.planning.plan import PLAN_COLUMNS, Plan, comparison, unavailable
from core.progress import Progress
from core.ranking.rank import Constraints
from core.text import fold


@dataclass
class WeekPlan:
    plan: Plan
    cheapest: Plan
    greenest: Plan
    current: Plan
    problem: PlanProblem
    options: PlanOptions
    frontier: list[FrontierPoint] = field(default_factory=list)

    def plans(self) -> dict[str, Plan]:
        return {"plan": self.plan, "cheapest": self.cheapest, "greenest": self.greenest, "current": self.current}

    def comparison(self) -> pd.DataFrame:
        return comparison(self.plans())

    def choose(self, plan: Plan) -> WeekPlan:
        """The same week with ``plan`` (a frontier point) as the plan."""
        return replace(self, plan=replace(plan, name="plan"))


def limits_of(options: PlanOptions) -> Limits:
    return Limits(budget_pen=options.budget_pen, max_suppliers=options.max_suppliers)


def current_suppliers(needs: pd.DataFrame, marked: dict[str, str] | None = None) -> dict[str, str]:
    """ingredient -> current supplier: the needs' own column first, then the marks saved."""
    found = {k: v for k, v in (marked or {}).items() if v}
    if "current_supplier" in needs:
        for ingredient, supplier in zip(needs["ingredient"], needs["current_supplier"].fillna(""), strict=False):
            if str(supplier).strip():
                found[ingredient] = str(supplier).strip()
    return {k: v for k, v in found.items() if k in set(needs["ingredient"])}


def _current_plan(
    needs: pd.DataFrame,
    scored: pd.DataFrame,
    terms: pd.DataFrame | None,
    current: dict[str, str],
    options: PlanOptions,
    catalogs: Catalogs | None,
    lang: str,
) -> Plan:
    """Each ingredient with a current supplier bought from it, the rest as cheaply as allowed;
    the minimum orders hold, the budget, the supplier cap and the ranking's filters do not
    (this is today's practice, for comparison)."""
    if not current:
        return unavailable("current", tr("No current supplier is marked for these needs.", lang=lang))
    wanted = {fold(k): fold(v) for k, v in current.items()}
    ingredient = scored["ingredient"].fillna("").astype(str).map(fold)
    supplier = scored["supplier"].fillna("").astype(str).map(fold)
    offered = set(zip(ingredient, supplier, strict=False))
    for name, seller in current.items():
        if (fold(name), fold(seller)) not in offered:
            return unavailable(
                "current",
                tr(
                    "{supplier}, the current supplier of {ingredient}, offers none in these price lists.",
                    supplier=seller,
                    ingredient=load_catalogs().ingredient_name(name, lang),
                    lang=lang,
                ),
            )
    keep = np.array([i not in wanted or wanted[i] == s for i, s in zip(ingredient, supplier, strict=False)])
    problem = build_problem(needs, scored[keep], terms, Constraints(), catalogs, lang)
    found = solve(problem, "cost", Limits(), time_limit=options.time_limit_s, gap=options.gap)
    if found is None:
        return unavailable("current", explain_infeasible(problem, Limits(), lang))
    return to_plan(problem, found, "current")


def plan_week(
    needs: pd.DataFrame,
    scored: pd.DataFrame,
    terms: pd.DataFrame | None = None,
    options: PlanOptions | None = None,
    marked_current: dict[str, str] | None = None,
    frontier_points: int = 0,
    catalogs: Catalogs | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> WeekPlan:
    """Plan the week. ``needs``: NEEDS_COLUMNS (core.planning.needs); ``scored``: the offers
    with their scores; ``terms``: supplier terms (core.planning.terms)."""
    lang = lang or current_language()
    options = options or PlanOptions()
    progress = progress or Progress.silent()
    if needs.empty:
        raise UserError(tr("There are no needs to plan for.", lang=lang))
    progress.step(0.0, tr("Preparing the offers and their pack mixes", lang=lang))
    problem = build_problem(needs, scored, terms, options.constraints, catalogs, lang)
    limits = limits_of(options)
    progress.step(0.15, tr("Finding the cheapest plan", lang=lang))
    found = solve(problem, "cost", limits, time_limit=options.time_limit_s, gap=options.gap)
    if found is None:
        raise UserError(explain_infeasible(problem, limits, lang))
    cheapest = to_plan(problem, found, "cheapest")
    progress.step(0.3, tr("Finding the greenest plan", lang=lang))
    found = solve(problem, "co2", limits, time_limit=options.time_limit_s, gap=options.gap)
    greenest = to_plan(problem, found, "greenest") if found is not None else cheapest
    progress.step(0.45, tr("Pricing today's suppliers", lang=lang))
    current = _current_plan(needs, scored, terms, current_suppliers(needs, marked_current), options, catalogs, lang)
    chosen = cheapest if options.objective == "cost" else greenest
    week = WeekPlan(replace(chosen, name="plan"), cheapest, greenest, current, problem, options)
    if frontier_points:
        week.frontier = trade_off_frontier(
            problem,
            limits,
            cheapest,
            greenest,
            frontier_points,
            options.time_limit_s,
            max(options.gap, FRONTIER_GAP),
            progress.sub(0.55, 1.0),
        )
    progress.step(1.0, tr("Plan ready", lang=lang))
    return week


def write_plan(plan: Plan, path: Path) -> None:
    """plan.csv: one row per offer bought, PLAN_COLUMNS, whole packs (written atomically)."""
    frame = plan.lines[PLAN_COLUMNS].copy()
    frame["packs"] = frame["packs"].astype(int)
    write_offers(
        frame.round({"price_pen_per_pack": 4, "line_pen": 2, "kg_co2e": 3, "quantity_base": 4, "pack_qty": 4}), path
    )
