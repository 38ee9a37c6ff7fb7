"""The work of ``sourcing rank`` (its arguments: rank_cmd.py): import the lists being read since
the command started, score, rank and write the Excel report."""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from core.appstate.workspace import Workspace, workspace_path
from core.atomic_write import ensure_writable_target
from core.cli.import_run import import_settings
from core.i18n import current_language, trn
from core.progress import Progress
from core.ranking.audits import empty_audits
from core.ranking.rank import Constraints, Weights
from core.workflow import rank_price_lists


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
        read=reading.read if (reading := getattr(args, "reading", None)) is not None else None,
    )
    print(result.imported.report.summary())
    ranked = result.ranked
    ingredients = int(ranked.loc[ranked["eligible"], "ingredient"].nunique())
    print(
        trn(
            "{count} offer ranked for {ingredients} with model {version}; report written to {path}.",
            "{count} offers ranked for {ingredients} with model {version}; report written to {path}.",
            int(ranked["eligible"].sum()),
            ingredients=trn("{count} ingredient", "{count} ingredients", ingredients),
            version=result.model_version,
            path=args.report,
        )
    )
    audited = int((ranked["score_source"] == "audited").sum())
    if audited:
        print(
            trn(
                "{count} offer ranked on its audited score instead of the model's.",
                "{count} offers ranked on their audited score instead of the model's.",
                audited,
            )
        )
    return 0
