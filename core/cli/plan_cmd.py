"""``sourcing plan NEEDS.csv PRICE_LIST… [--suppliers SUPPLIERS.csv] [--objective cost|co2]
[--budget S/] [--max-suppliers N] [--no-air-freight] [--certified-only] [--min-score X]
--out plan.csv [--orders orders.xlsx] [--frontier frontier.csv]``"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from core.appstate.settings import load_settings
from core.cli.arguments import number
from core.cli.import_cmd import add_import_options
from core.cli.import_run import import_settings
from core.cli.output_files import csv_file, workbook_file
from core.errors import UserError
from core.i18n import current_language, tr, trn
from core.importer import import_files
from core.model.registry import ModelRegistry
from core.model.scoring import score_offers
from core.planning.frontier import MIN_POINTS, write_frontier
from core.planning.needs import read_needs
from core.planning.optimiser import OBJECTIVES, PlanOptions
from core.planning.orders import write_orders
from core.planning.terms import merge_terms, read_suppliers_file
from core.planning.week import WeekPlan, plan_week, write_plan
from core.progress import Progress
from core.ranking.rank import Constraints


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "plan",
        help=tr("the week's purchase plan: whole packs per supplier, minimum orders met, cost or CO2e minimised"),
        description=tr(
            "Read the week's needs (columns ingredient, quantity, unit) and the price lists, score the "
            "offers with the active model and choose whole packs of eligible offers that cover every need "
            "at the lowest cost or kg CO2e, respecting each supplier's minimum order. Writes the plan as "
            "CSV and, on request, the trade-off frontier and a workbook with one order per supplier."
        ),
    )
    parser.add_argument("needs", type=Path, metavar="NEEDS.csv", help=tr("the week's needs (csv, xlsx, xls or ods)"))
    parser.add_argument("files", nargs="+", type=Path, metavar="PRICE_LIST", help=tr("price list files"))
    parser.add_argument(
        "--suppliers",
        type=Path,
        default=None,
        metavar="SUPPLIERS.csv",
        help=tr("supplier terms: supplier, min_order_pen, optional delivery_days, max_order_pen"),
    )
    parser.add_argument("--objective", choices=OBJECTIVES, default="cost", help=tr("what to minimise"))
    parser.add_argument(
        "--budget", type=number, default=None, metavar="S/", help=tr("most the week may cost, in soles")
    )
    parser.add_argument("--max-suppliers", type=int, default=None, metavar="N", help=tr("most suppliers to order from"))
    parser.add_argument("--no-air-freight", action="store_true", help=tr("leave out offers flown in"))
    parser.add_argument("--certified-only", action="store_true", help=tr("only offers with a certification"))
    parser.add_argument("--min-score", type=number, default=None, help=tr("minimum sustainability score (0-1)"))
    parser.add_argument("--out", type=csv_file, required=True, help=tr("CSV file to write the plan to"))
    parser.add_argument(
        "--orders", type=workbook_file, default=None, help=tr("also write the orders workbook (.xlsx) here")
    )
    parser.add_argument(
        "--frontier", type=csv_file, default=None, help=tr("also write the cost/CO2e trade-off as CSV here")
    )
    parser.add_argument(
        "--points", type=int, default=MIN_POINTS, help=tr("points of the trade-off frontier (at least 9)")
    )
    parser.add_argument(
        "--week", default=None, metavar="YYYY-MM-DD", help=tr("first day of the week the orders are for")
    )
    parser.add_argument("--restaurant", default=None, help=tr("restaurant name on the orders (default: the settings)"))
    add_import_options(parser)
    parser.set_defaults(run=run)


@contextlib.contextmanager
def quiet_stdout() -> Iterator[None]:
    """HiGHS 1.12 prints a stray debug line to the process's stdout on some solves
    (ERGO-Code/HiGHS issue 2783); keep it out of what the command prints."""
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 1)
            yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)


def _week_start(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UserError(tr("The week '{value}' is not a date written YYYY-MM-DD.", value=text)) from None


def run(args: argparse.Namespace) -> int:
    if args.points < MIN_POINTS:
        raise UserError(tr("The trade-off needs at least {count} points.", count=MIN_POINTS))
    options = PlanOptions(
        objective=args.objective,
        budget_pen=args.budget,
        max_suppliers=args.max_suppliers,
        constraints=Constraints(
            certified_only=args.certified_only, no_air_freight=args.no_air_freight, min_score=args.min_score
        ),
    )
    week_start = _week_start(args.week)
    needs = read_needs(args.needs)
    file_terms = read_suppliers_file(args.suppliers) if args.suppliers else None
    mapping, settings = import_settings(args)
    progress = Progress(
        lambda fraction, message: print(f"[{fraction:4.0%}] {message}", file=sys.stderr) if message else None
    )
    imported = import_files(args.files, supplier=args.supplier, mapping=mapping, settings=settings)
    progress.step(0.2, tr("Loading the sustainability model"))
    bundle = ModelRegistry().load_active()
    scored = score_offers(imported.offers, bundle=bundle, progress=progress.sub(0.25, 0.5), explain=False)
    terms = merge_terms(imported.terms, file_terms)
    with quiet_stdout():
        week = plan_week(
            needs,
            scored,
            terms,
            options,
            frontier_points=args.points if args.frontier else 0,
            lang=current_language(),
            progress=progress.sub(0.5, 0.95),
        )
    write_plan(week.plan, args.out)
    if args.frontier:
        write_frontier(week.frontier, args.frontier)
    if args.orders:
        restaurant = args.restaurant or load_settings().restaurant_name
        write_orders(args.orders, week, restaurant, current_language(), week_start)
    print(summary_text(week))
    written = [str(p) for p in (args.out, args.frontier, args.orders) if p]
    print(tr("Written: {files}.", files=", ".join(written)), file=sys.stderr)
    return 0


def summary_text(week: WeekPlan) -> str:
    """A few lines: the plan's totals and how it compares."""
    lines = []
    labels = {
        "plan": tr("Plan"),
        "cheapest": tr("Cheapest plan"),
        "greenest": tr("Greenest plan"),
        "current": tr("Current suppliers"),
    }
    for name, plan in week.plans().items():
        if not plan.available:
            lines.append(f"{labels[name]}: {plan.problem}")
            continue
        lines.append(
            trn(
                "{label}: S/ {cost:,.2f}, {co2:,.1f} kg CO2e, mean score {score}, {count} delivery.",
                "{label}: S/ {cost:,.2f}, {co2:,.1f} kg CO2e, mean score {score}, {count} deliveries.",
                plan.deliveries,
                label=labels[name],
                cost=plan.cost_pen,
                co2=plan.kg_co2e,
                score=f"{plan.mean_score:.2f}" if plan.mean_score == plan.mean_score else "—",
            )
        )
    plan = week.plan
    if plan.optimal and plan.gap <= 1e-6:
        lines.append(tr("The plan is proven optimal."))
    else:
        lines.append(tr("The plan is within {gap:.2%} of the best possible plan.", gap=plan.gap))
    return "\n".join(lines)
