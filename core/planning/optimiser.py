"""The purchase plan as a mixed-integer programme, solved by HiGHS through scipy.optimize.milp.

Variables: one binary per efficient pack mix (core.planning.mixes: how one supplier covers one
ingredient with whole packs) and one binary per supplier (used or not). Constraints:

- every needed ingredient gets exactly one mix;
- a mix of supplier s only if s is used (summed per (ingredient, supplier) pair, which is
  tighter than one row per mix);
- a used supplier receives at least its minimum order (S/), and never more than its maximum;
- optional: total cost <= budget, suppliers used <= cap, total kg CO2e <= cap (the frontier).

Objectives: ``cost`` (S/) or ``co2`` (kg CO2e, transport included), each with a tie-break on
the other: among plans of equal cost the greenest, among plans of equal kg CO2e the cheapest.
docs/planning.md explains the model.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import Bounds, LinearConstraint, milp

from core.catalogs import Catalogs
from core.errors import UserError
from core.i18n import tr
from core.planning.candidates import candidate_offers
from core.planning.mixes import Mixes, build_mixes
from core.planning.plan import LINE_COLUMNS, Plan
from core.planning.terms import merge_terms
from core.ranking.rank import Constraints
from core.text import fold

OBJECTIVES = ("cost", "co2")
DEFAULT_TIME_LIMIT_S = 30.0
DEFAULT_GAP = 1e-6  # proven optimal: within a millionth of the best bound
TIE_BREAK = 1e-3  # S/ or kg CO2e: the most the tie-break on the other objective may weigh in a whole plan


@dataclass(frozen=True)
class PlanOptions:
    objective: str = "cost"
    budget_pen: float | None = None
    max_suppliers: int | None = None
    constraints: Constraints = Constraints()
    time_limit_s: float = DEFAULT_TIME_LIMIT_S
    gap: float = DEFAULT_GAP

    def __post_init__(self) -> None:
        if self.objective not in OBJECTIVES:
            raise UserError(tr('Unknown objective "{objective}": use cost or co2.', objective=self.objective))
        if self.budget_pen is not None and not float(self.budget_pen) > 0:
            raise UserError(tr("The budget must be above zero."))
        if self.max_suppliers is not None and (int(self.max_suppliers) != self.max_suppliers or self.max_suppliers < 1):
            raise UserError(tr("The maximum number of suppliers must be a whole number of at least 1."))
        if not isinstance(self.constraints, Constraints):
            object.__setattr__(self, "constraints", Constraints(**self.constraints))


@dataclass
class PlanProblem:
    """Everything a solve needs, built once per week and options (``build_problem``)."""

    needs: pd.DataFrame  # positional: ingredient, quantity_base, base_unit, …
    candidates: pd.DataFrame  # every offer (original index) with plan_codes / plannable
    offers: pd.DataFrame  # positional: the plannable offers of needed ingredients; offer_index
    suppliers: list[str]
    min_order: np.ndarray  # S/, 0 when none
    max_order: np.ndarray  # S/, inf when none
    delivery_days: list[str]
    mixes: Mixes


@dataclass
class Limits:
    """The optional limits of one solve (the diagnosis switches them off one at a time)."""

    budget_pen: float | None = None
    max_suppliers: int | None = None
    co2_cap: float | None = None
    minimums: bool = True
    maximums: bool = True


def _supplier_terms(suppliers: list[str], terms: pd.DataFrame | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    minimum = np.zeros(len(suppliers))
    maximum = np.full(len(suppliers), np.inf)
    days = [""] * len(suppliers)
    if terms is None or terms.empty:
        return minimum, maximum, days
    merged = merge_terms(terms) if "source" in terms else terms
    by_name = {fold(row.supplier): row for row in merged.itertuples(index=False)}
    for s, name in enumerate(suppliers):
        row = by_name.get(fold(name))
        if row is None:
            continue
        if row.min_order_pen == row.min_order_pen:
            minimum[s] = float(row.min_order_pen)
        if row.max_order_pen == row.max_order_pen:
            maximum[s] = float(row.max_order_pen)
        days[s] = str(row.delivery_days or "")
    return minimum, maximum, days


def build_problem(
    needs: pd.DataFrame,
    scored: pd.DataFrame,
    terms: pd.DataFrame | None = None,
    constraints: Constraints = Constraints(),
    catalogs: Catalogs | None = None,
    lang: str | None = None,
) -> PlanProblem:
    """The plannable offers of the needed ingredients, their suppliers' terms and pack mixes."""
    needs = needs.reset_index(drop=True)
    candidates = candidate_offers(scored, constraints, catalogs, lang)
    wanted = candidates["plannable"].astype(bool) & candidates["ingredient"].isin(set(needs["ingredient"]))
    offers = candidates[wanted].copy()
    offers["offer_index"] = offers.index
    offers = offers.reset_index(drop=True)
    suppliers = sorted(offers["supplier"].fillna("").astype(str).unique().tolist())
    minimum, maximum, days = _supplier_terms(suppliers, terms)
    return PlanProblem(
        needs, candidates, offers, suppliers, minimum, maximum, days, build_mixes(needs, offers, suppliers)
    )


@dataclass
class Solution:
    chosen: np.ndarray  # indices of the chosen mixes
    optimal: bool
    gap: float
    seconds: float


def _matrix(problem: PlanProblem, mixes: Mixes, limits: Limits):
    """The constraint rows over [mixes | suppliers] as one sparse matrix with bounds."""
    m, k, s = len(problem.needs), len(mixes), len(problem.suppliers)
    blocks, lower, upper = [], [], []
    columns = np.arange(k)

    def add(matrix, low, high) -> None:
        blocks.append(sparse.csr_matrix(matrix, shape=(matrix.shape[0], k + s)))
        lower.append(np.broadcast_to(low, matrix.shape[0]).astype(float))
        upper.append(np.broadcast_to(high, matrix.shape[0]).astype(float))

    add(sparse.coo_matrix((np.ones(k), (mixes.need, columns)), shape=(m, k + s)), 1.0, 1.0)
    pairs, pair_of = np.unique(mixes.need * s + mixes.supplier, return_inverse=True)
    rows = np.concatenate([pair_of, np.arange(len(pairs))])
    cols = np.concatenate([columns, k + pairs % s])
    values = np.concatenate([np.ones(k), -np.ones(len(pairs))])
    add(sparse.coo_matrix((values, (rows, cols)), shape=(len(pairs), k + s)), -np.inf, 0.0)
    spend = sparse.coo_matrix((mixes.cost, (mixes.supplier, columns)), shape=(s, k + s)).tocsr()
    if limits.minimums and (problem.min_order > 0).any():
        with_minimum = np.flatnonzero(problem.min_order > 0)
        minimum = spend[with_minimum] - sparse.coo_matrix(
            (problem.min_order[with_minimum], (np.arange(len(with_minimum)), k + with_minimum)),
            shape=(len(with_minimum), k + s),
        )
        add(minimum, 0.0, np.inf)
    if limits.maximums and np.isfinite(problem.max_order).any():
        with_maximum = np.flatnonzero(np.isfinite(problem.max_order))
        add(spend[with_maximum], -np.inf, problem.max_order[with_maximum])
    totals = []
    if limits.budget_pen is not None:
        totals.append((np.concatenate([mixes.cost, np.zeros(s)]), float(limits.budget_pen)))
    if limits.max_suppliers is not None:
        totals.append((np.concatenate([np.zeros(k), np.ones(s)]), float(limits.max_suppliers)))
    if limits.co2_cap is not None:
        totals.append((np.concatenate([mixes.co2, np.zeros(s)]), float(limits.co2_cap)))
    for row, bound in totals:
        add(sparse.csr_matrix(row.reshape(1, -1)), -np.inf, bound)
    return sparse.vstack(blocks, format="csr"), np.concatenate(lower), np.concatenate(upper)


def _objective(mixes: Mixes, s: int, name: str) -> np.ndarray:
    """Cost or kg CO2e per mix (zero for the supplier columns)."""
    values = mixes.cost if name == "cost" else mixes.co2
    return np.concatenate([values, np.zeros(s)])


def _tie_broken(mixes: Mixes, s: int, name: str) -> np.ndarray:
    """The objective plus a tie-break on the other one, too small to change the first: at most
    a thousandth of a sol (or of a kg CO2e) over the whole plan. Among plans of equal cost the
    greenest wins, among plans of equal kg CO2e the cheapest."""
    other = "co2" if name == "cost" else "cost"
    first, second = _objective(mixes, s, name), _objective(mixes, s, other)
    most = pd.Series(second[: len(mixes)]).groupby(mixes.need).max().sum() if len(mixes) else 0.0
    return first + second * (TIE_BREAK / max(float(most), 1.0))


def _run_milp(problem, mixes, objective, limits, time_limit, gap, integral=True):
    """One call of HiGHS (``integral`` False: the linear relaxation)."""
    matrix, lower, upper = _matrix(problem, mixes, limits)
    return milp(
        _tie_broken(mixes, len(problem.suppliers), objective),
        constraints=LinearConstraint(matrix, lower, upper),
        integrality=np.ones(matrix.shape[1]) if integral else np.zeros(matrix.shape[1]),
        bounds=Bounds(0.0, 1.0),
        options={"time_limit": max(float(time_limit), 0.1), "mip_rel_gap": float(gap), "disp": False},
    )


def _solve_once(problem, mixes, objective, limits, time_limit, gap) -> tuple[int, np.ndarray | None, float, float]:
    """(status, x, gap, seconds): 0 optimal, 1 stopped at the time limit, 2 infeasible, 3 none found in time.

    First the linear relaxation: its value bounds every plan from below, and the suppliers it
    uses point to where the best plan is. The programme restricted to those suppliers is small
    and quick; when its plan is within ``gap`` of the bound it is proven good enough. Only
    otherwise does HiGHS search the whole programme (with what time is left).
    """
    start = time.perf_counter()
    if len(problem.needs) and not len(mixes):
        return 2, None, math.nan, 0.0
    relaxed = _run_milp(problem, mixes, objective, limits, time_limit, gap, integral=False)
    if relaxed.status == 2:
        return 2, None, math.nan, time.perf_counter() - start
    best: tuple[int, np.ndarray | None, float] = (3, None, math.nan)
    k = len(mixes)
    if relaxed.status == 0 and relaxed.x is not None:
        bound = float(relaxed.fun)
        used = np.flatnonzero(relaxed.x[k:] > 1e-6)
        keep = np.isin(mixes.supplier, used)
        if keep.any() and not keep.all():
            result = _run_milp(problem, mixes.subset(keep), objective, limits, time_limit, gap)
            if result.x is not None and result.status in (0, 1):
                x = np.zeros(len(relaxed.x))
                x[np.flatnonzero(keep)] = result.x[: int(keep.sum())]
                x[k:] = result.x[int(keep.sum()) :]
                value = float(result.fun)
                found_gap = max(0.0, (value - bound) / max(abs(value), 1e-9))
                if found_gap <= gap:
                    return 0, x, found_gap, time.perf_counter() - start
                best = (1, x, found_gap)
    left = time_limit - (time.perf_counter() - start)
    result = _run_milp(problem, mixes, objective, limits, left, gap)
    seconds = time.perf_counter() - start
    if result.status == 0:
        return 0, result.x, float(getattr(result, "mip_gap", 0.0) or 0.0), seconds
    if result.status == 1 and result.x is not None:
        found_gap = float(getattr(result, "mip_gap", math.nan))
        if best[1] is not None and not found_gap <= best[2]:
            return 1, best[1], best[2], seconds
        return 1, result.x, found_gap, seconds
    if result.status == 2:
        return 2, None, math.nan, seconds
    if result.status == 1:
        return (1, best[1], best[2], seconds) if best[1] is not None else (3, None, math.nan, seconds)
    raise UserError(tr("The optimiser could not solve this plan ({reason}).", reason=result.message))


def solve(
    problem: PlanProblem,
    objective: str = "cost",
    limits: Limits | None = None,
    mixes: Mixes | None = None,
    time_limit: float = DEFAULT_TIME_LIMIT_S,
    gap: float = DEFAULT_GAP,
) -> Solution | None:
    """The best plan for ``objective`` (None when no plan meets the limits); of plans equally
    good on it, the best on the other objective."""
    limits = limits or Limits()
    mixes = problem.mixes if mixes is None else mixes
    status, x, found_gap, seconds = _solve_once(problem, mixes, objective, limits, time_limit, gap)
    if status == 2:
        return None
    if status == 3 or x is None:
        raise UserError(
            tr(
                "No plan was found within {seconds:.0f} s; allow more time or fewer constraints.",
                seconds=float(time_limit),
            )
        )
    chosen = np.flatnonzero(np.round(x[: len(mixes)]) > 0.5)
    return Solution(chosen, status == 0, found_gap if math.isfinite(found_gap) else 0.0, seconds)


def plan_lines(problem: PlanProblem, mixes: Mixes, chosen: np.ndarray) -> pd.DataFrame:
    """LINE_COLUMNS for the offers bought by the chosen mixes (by supplier, then ingredient)."""
    packs = np.asarray(mixes.packs[chosen].sum(axis=0)).ravel().round().astype(np.int64)
    bought = np.flatnonzero(packs > 0)
    offers = problem.offers.iloc[bought]
    count = packs[bought]
    lines = pd.DataFrame(
        {
            "supplier": offers["supplier"].to_numpy(),
            "ingredient": offers["ingredient"].to_numpy(),
            "product": offers["product"].to_numpy(),
            "packs": count,
            "pack_qty": offers["pack_qty"].to_numpy(dtype=float),
            "pack_unit": offers["pack_unit"].to_numpy(),
            "quantity_base": count * offers["base_qty"].to_numpy(dtype=float),
            "base_unit": offers["base_unit"].to_numpy(),
            "price_pen_per_pack": offers["price_pen_per_pack"].to_numpy(dtype=float),
            "line_pen": count * offers["price_pen_per_pack"].to_numpy(dtype=float),
            "kg_co2e": count * offers["kg_co2e_per_pack"].to_numpy(dtype=float),
            "sustainability_score_pred": _column(offers, "sustainability_score_pred"),
            "offer_index": offers["offer_index"].to_numpy(),
            "score_for_ranking": _column(offers, "score_for_ranking"),
        },
        columns=LINE_COLUMNS,
    )
    return lines.sort_values(["supplier", "ingredient", "product"], kind="stable").reset_index(drop=True)


def _column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)


def to_plan(problem: PlanProblem, solution: Solution, name: str, mixes: Mixes | None = None) -> Plan:
    mixes = problem.mixes if mixes is None else mixes
    return Plan(name, plan_lines(problem, mixes, solution.chosen), solution.optimal, solution.gap, solution.seconds)


def with_limits(limits: Limits, **changes) -> Limits:
    return replace(limits, **changes)
