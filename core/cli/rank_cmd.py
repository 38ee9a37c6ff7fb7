"""``sourcing rank FILE… [--weights …] [--method weighted|topsis] --report report.xlsx [--out ranked.csv]``"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from core.appstate.workspace import Workspace, workspace_path
from core.atomic_write import ensure_writable_target
from core.cli.import_cmd import add_import_options
from core.cli.import_run import import_settings
from core.i18n import current_language, tr
from core.progress import Progress
from core.ranking.audits import empty_audits
from core.ranking.rank import METHODS, Constraints, Weights
from core.workflow import rank_price_lists


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "rank",
        help=tr("the whole path: import, score, rank and write the Excel report"),
        description=tr(
            "Import price lists, score every offer with the active model, rank the options of each "
            "ingredient and write the Excel report."
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=tr("price list files"))
    parser.add_argument(
        "--weights",
        default="sustainability=.6,price=.3,distance=.1",
        help=tr("criteria weights summing to 1: sustainability, price, distance, co2, lead_time"),
    )
    parser.add_argument("--method", choices=METHODS, default="weighted", help=tr("ranking method"))
    parser.add_argument("--report", type=Path, required=True, help=tr("Excel report to write (.xlsx)"))
    parser.add_argument("--out", type=Path, default=None, help=tr("also write the ranked options as CSV here"))
    parser.add_argument("--certified-only", action="store_true", help=tr("only offers with a certification"))
    parser.add_argument("--no-air-freight", action="store_true", help=tr("leave out offers flown in"))
    parser.add_argument("--max-price", type=float, default=None, help=tr("maximum price in soles per base unit"))
    parser.add_argument("--min-score", type=float, default=None, help=tr("minimum sustainability score (0-1)"))
    parser.add_argument(
        "--exclude-supplier",
        action="append",
        default=[],
        metavar="NAME",
        help=tr("leave out this supplier (repeatable)"),
    )
    parser.add_argument(
        "--ignore-audits",
        action="store_true",
        help=tr("rank on the model's scores only, leaving out the audited scores stored in the workspace"),
    )
    add_import_options(parser)
    parser.set_defaults(run=run)


def stored_audits() -> pd.DataFrame:
    """The audits in the user's workspace; none when there is no workspace yet (never creates one)."""
    if not workspace_path().is_file():
        return empty_audits()
    workspace = Workspace.open()
    try:
        return workspace.audits()
    finally:
        workspace.close()


def run(args: argparse.Namespace) -> int:
    for target in (args.report, args.out):
        if target is not None:
            ensure_writable_target(target)  # before minutes of scoring whose result could not be saved
    weights = Weights.parse(args.weights)
    constraints = Constraints(
        certified_only=args.certified_only,
        max_price_pen=args.max_price,
        no_air_freight=args.no_air_freight,
        min_score=args.min_score,
        excluded_suppliers=tuple(args.exclude_supplier),
    )
    mapping, settings = import_settings(args)
    progress = Progress(
        lambda fraction, message: print(f"[{fraction:4.0%}] {message}", file=sys.stderr) if message else None
    )
    result = rank_price_lists(
        args.files,
        weights,
        constraints,
        method=args.method,
        report_path=args.report,
        out_csv=args.out,
        lang=current_language(),
        supplier=args.supplier,
        settings=settings,
        mapping=mapping,
        progress=progress,
        audits=empty_audits() if args.ignore_audits else stored_audits(),
    )
    print(result.imported.report.summary())
    ranked = result.ranked
    print(
        tr(
            "{offers} offers ranked for {ingredients} ingredients with model {version}; report written to {path}.",
            offers=int(ranked["eligible"].sum()),
            ingredients=ranked.loc[ranked["eligible"], "ingredient"].nunique(),
            version=result.model_version,
            path=args.report,
        )
    )
    audited = int((ranked["score_source"] == "audited").sum())
    if audited:
        print(tr("{count} offers ranked on their audited score instead of the model's.", count=audited))
    return 0
