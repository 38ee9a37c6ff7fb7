"""Benchmark (issue 15, the purchase plan), on realistic weeks (tests/plan_weeks.py: categories,
broadline and specialist suppliers, pack sizes, minimum orders, distinct product names):

- a typical week (60 ingredients, 600 offers, 15 suppliers with minimum orders) planned to
  proven optimality in <= 1 s;
- a large one (300 ingredients, 5,000 offers, 80 suppliers, at most 12 of them) within a 0.5 %
  gap in <= 10 s, the gap printed;
- the 9-point trade-off frontier of the typical week in <= 5 s.

Each time covers the whole planning step as the window and `sourcing plan` run it once the
offers are scored: plannable offers, pack mixes, every solve. The catalogs are loaded first, as
any process that imported the price lists already has them (their load is printed apart).
Run with `make bench`."""

from __future__ import annotations

import os
import time

import pytest
from bench_timing import best_of
from plan_weeks import large_week, typical_week

from core.catalogs import load_catalogs
from core.planning.frontier import trade_off_frontier
from core.planning.optimiser import Limits, build_problem, solve, to_plan

TYPICAL_LIMIT_S = 1.0
LARGE_LIMIT_S = 10.0
LARGE_GAP = 0.005
FRONTIER_LIMIT_S = 5.0


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


@pytest.fixture(scope="module", autouse=True)
def catalogs_loaded():
    start = time.perf_counter()
    load_catalogs()
    print(f"\ncatalogs loaded in {time.perf_counter() - start:.2f} s ({_load()})")


@pytest.mark.benchmark
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_typical_week_is_planned_to_proven_optimality_within_a_second(seed):
    needs, scored, terms = typical_week(seed)

    def plan():
        problem = build_problem(needs, scored, terms)
        return problem, solve(problem, "cost")

    seconds, (problem, found) = best_of(3, plan)
    result = to_plan(problem, found, "plan")
    print(
        f"\ntypical week {seed}: {len(needs)} ingredients, {len(scored)} offers, {len(problem.suppliers)} suppliers, "
        f"{len(problem.mixes)} pack mixes -> S/ {result.cost_pen:,.2f} from {result.deliveries} suppliers, "
        f"proven optimal={found.optimal} (gap {found.gap:.2e}) in {seconds:.3f} s ({_load()})"
    )
    assert found.optimal and found.gap <= 1e-6
    assert seconds <= TYPICAL_LIMIT_S


@pytest.mark.benchmark
@pytest.mark.parametrize("seed", [0, 1])
def test_a_large_week_with_a_supplier_cap_is_within_half_a_percent_in_ten_seconds(seed):
    needs, scored, terms = large_week(seed)

    def plan():
        problem = build_problem(needs, scored, terms)
        return problem, solve(problem, "cost", Limits(max_suppliers=12), gap=LARGE_GAP)

    seconds, (problem, found) = best_of(1, plan)
    result = to_plan(problem, found, "plan")
    print(
        f"\nlarge week {seed}: {len(needs)} ingredients, {len(scored)} offers, {len(problem.suppliers)} suppliers "
        f"(at most 12), {len(problem.mixes)} pack mixes -> S/ {result.cost_pen:,.2f} from {result.deliveries} "
        f"suppliers, gap {found.gap:.3%} in {seconds:.2f} s ({_load()})"
    )
    assert result.deliveries <= 12 and found.gap <= LARGE_GAP
    assert seconds <= LARGE_LIMIT_S


@pytest.mark.benchmark
def test_the_nine_point_frontier_of_a_typical_week_within_five_seconds():
    needs, scored, terms = typical_week(0)

    def frontier():
        problem = build_problem(needs, scored, terms)
        cheapest = to_plan(problem, solve(problem, "cost"), "cheapest")
        greenest = to_plan(problem, solve(problem, "co2"), "greenest")
        return trade_off_frontier(problem, Limits(), cheapest, greenest, 9)

    seconds, points = best_of(1, frontier)
    print(f"\nfrontier of the typical week: {len(points)} points in {seconds:.2f} s ({_load()})")
    for i, point in enumerate(points, start=1):
        print(
            f"  {i}: cap {point.cap:,.1f} kg CO2e -> S/ {point.plan.cost_pen:,.2f}, "
            f"{point.plan.kg_co2e:,.1f} kg CO2e, gap {point.plan.gap:.1e}"
        )
    assert len(points) == 9
    assert seconds <= FRONTIER_LIMIT_S
