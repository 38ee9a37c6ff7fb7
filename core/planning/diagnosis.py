"""Why no plan meets the needs, in one sentence: which ingredient, which constraint.

First the needs one by one: an ingredient nobody offers, one whose every offer is left out
(and why: waiting for review, air freight, no certificate, …), one whose only suppliers cannot
reach their minimum order with this week's needs. Then the limits one at a time: the budget,
the CO2e cap, the supplier cap, the maximum and the minimum orders are each relaxed alone;
the first whose relaxation gives a plan is named, with the number that would be needed.
Never a solver status code.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from core.catalogs import load_catalogs
from core.i18n import current_language, tr, trn
from core.planning.candidates import reason_text
from core.planning.optimiser import Limits, PlanProblem, solve, to_plan, with_limits

QUICK_S = 10.0  # time allowed for each trial solve
MAX_TRIALS = 12  # ingredients tried when looking for the one a limit cannot fit


def _name(ingredient: str, lang: str) -> str:
    return load_catalogs().ingredient_name(ingredient, lang) if ingredient else ingredient


def _money(value: float) -> str:
    return f"S/ {value:,.2f}"


def _need_problem(problem: PlanProblem, position: int, lang: str) -> str:
    ingredient = problem.needs["ingredient"].iloc[position]
    name = _name(ingredient, lang)
    candidates = problem.candidates
    offered = candidates[candidates["ingredient"] == ingredient]
    if offered.empty:
        return tr("No price list offers {ingredient}.", ingredient=name, lang=lang)
    if not offered["plannable"].astype(bool).any():
        reasons = sorted({part for codes in offered["plan_codes"] for part in str(codes).split(";") if part})
        return trn(
            "{ingredient} cannot be planned: its only offer may not be bought ({reasons}).",
            "{ingredient} cannot be planned: none of its {count} offers may be bought ({reasons}).",
            len(offered),
            ingredient=name,
            reasons=reason_text(";".join(reasons), lang),
            lang=lang,
        )
    return ""


def _reach(problem: PlanProblem) -> np.ndarray:
    """The most each supplier could receive this week: its dearest mix of every ingredient."""
    mixes = problem.mixes
    if not len(mixes):
        return np.zeros(len(problem.suppliers))
    dearest = pd.Series(mixes.cost).groupby([mixes.supplier, mixes.need]).max()
    reach = dearest.groupby(level=0).sum()
    out = np.zeros(len(problem.suppliers))
    out[reach.index.to_numpy(dtype=int)] = reach.to_numpy()
    return out


def _minimum_problem(problem: PlanProblem, lang: str) -> str:
    """An ingredient whose only suppliers cannot reach their minimum order with this week's needs."""
    reach = _reach(problem)
    blocked = (problem.min_order > 0) & (reach < problem.min_order - 1e-9)
    if not blocked.any():
        return ""
    mixes = problem.mixes
    for position in range(len(problem.needs)):
        sellers = np.unique(mixes.supplier[mixes.need == position])
        if len(sellers) and blocked[sellers].all():
            s = int(sellers[np.argmax(problem.min_order[sellers] - reach[sellers])])
            ingredient = problem.needs["ingredient"].iloc[position]
            return tr(
                "{ingredient} is only offered by {supplier}, whose minimum order of {minimum} is more than "
                "this week's needs can reach there ({reach}).",
                ingredient=_name(ingredient, lang),
                supplier=problem.suppliers[s],
                minimum=_money(problem.min_order[s]),
                reach=_money(reach[s]),
                lang=lang,
            )
    return ""


def _feasible(problem: PlanProblem, limits: Limits, objective: str = "cost", mixes=None):
    return solve(problem, objective, limits, mixes=mixes, time_limit=QUICK_S, gap=1e-3)


def _without_need(problem: PlanProblem, position: int, limits: Limits) -> bool:
    """Is there a plan when this one need is left out?"""
    keep = problem.mixes.need != position
    trial = PlanProblem(
        problem.needs.drop(index=position).reset_index(drop=True),
        problem.candidates,
        problem.offers,
        problem.suppliers,
        problem.min_order,
        problem.max_order,
        problem.delivery_days,
        problem.mixes.subset(keep),
    )
    trial.mixes.need = np.where(trial.mixes.need > position, trial.mixes.need - 1, trial.mixes.need)
    return _feasible(trial, limits) is not None


def _blocking_need(problem: PlanProblem, limits: Limits) -> str:
    """An ingredient without which the limits can be met (tried few-sellers first)."""
    sellers = pd.Series(problem.mixes.supplier).groupby(problem.mixes.need).nunique()
    for position in sellers.sort_values(kind="stable").index[:MAX_TRIALS]:
        if _without_need(problem, int(position), limits):
            return str(problem.needs["ingredient"].iloc[int(position)])
    return ""


def explain_infeasible(problem: PlanProblem, limits: Limits, lang: str | None = None) -> str:
    """One sentence saying what cannot be met (``limits`` gave no plan)."""
    lang = lang or current_language()
    for position in range(len(problem.needs)):
        sentence = _need_problem(problem, position, lang)
        if sentence:
            return sentence
    if limits.minimums:
        sentence = _minimum_problem(problem, lang)
        if sentence:
            return sentence
    if limits.budget_pen is not None:
        found = _feasible(problem, with_limits(limits, budget_pen=None))
        if found is not None:
            cheapest = to_plan(problem, found, "cheapest").cost_pen
            return tr(
                "The budget of {budget} is below the cheapest plan that covers the needs ({cost}).",
                budget=_money(limits.budget_pen),
                cost=_money(cheapest),
                lang=lang,
            )
    if limits.co2_cap is not None:
        found = _feasible(problem, with_limits(limits, co2_cap=None), objective="co2")
        if found is not None:
            greenest = to_plan(problem, found, "greenest").kg_co2e
            return tr(
                "The cap of {cap:,.1f} kg CO2e is below the greenest plan that covers the needs ({co2:,.1f} kg CO2e).",
                cap=limits.co2_cap,
                co2=greenest,
                lang=lang,
            )
    if limits.max_suppliers is not None:
        relaxed = with_limits(limits, max_suppliers=None)
        if _feasible(problem, relaxed) is not None:
            ingredient = _blocking_need(problem, limits)
            if ingredient:
                return trn(
                    "With at most {count} supplier {ingredient} cannot be covered as well; allow more suppliers.",
                    "With at most {count} suppliers {ingredient} cannot be covered as well; allow more suppliers.",
                    limits.max_suppliers,
                    ingredient=_name(ingredient, lang),
                    lang=lang,
                )
            return trn(
                "The needs cannot be covered by at most {count} supplier; allow more suppliers.",
                "The needs cannot be covered by at most {count} suppliers; allow more suppliers.",
                limits.max_suppliers,
                lang=lang,
            )
    for switch, sentence in (
        ("maximums", "The suppliers' maximum orders leave no way to cover {ingredient}."),
        ("minimums", "The suppliers' minimum orders cannot all be met while covering {ingredient}."),
    ):
        if getattr(limits, switch) and _feasible(problem, with_limits(limits, **{switch: False})) is not None:
            ingredient = _blocking_need(problem, limits)
            if ingredient:
                return tr(sentence, ingredient=_name(ingredient, lang), lang=lang)
    active = _active_limits(problem, limits, lang)
    if active:
        return tr("No plan meets {limits} together; relax one of them.", limits=active, lang=lang)
    return tr("No plan covers the needs with the offers available.", lang=lang)


def _active_limits(problem: PlanProblem, limits: Limits, lang: str) -> str:
    parts = []
    if limits.budget_pen is not None:
        parts.append(tr("the budget", lang=lang))
    if limits.co2_cap is not None and math.isfinite(limits.co2_cap):
        parts.append(tr("the CO2e cap", lang=lang))
    if limits.max_suppliers is not None:
        parts.append(tr("the maximum number of suppliers", lang=lang))
    if limits.minimums and (problem.min_order > 0).any():
        parts.append(tr("the minimum orders", lang=lang))
    if limits.maximums and np.isfinite(problem.max_order).any():
        parts.append(tr("the maximum orders", lang=lang))
    if len(parts) < 2:
        return ""
    return tr("{first} and {last}", first=", ".join(parts[:-1]), last=parts[-1], lang=lang)
