"""``sourcing history [--ingredient X] [--supplier Y] [--since DATE] --out history.csv``: the
price lists stored in the workspace over time, one row per supplier, ingredient, product and
list date, with ``change_pct`` (percent, 18.0 = +18 %) against the supplier's previous list."""

from __future__ import annotations

import argparse
import sys

from core.appstate.settings import load_settings
from core.appstate.workspace import Workspace
from core.atomic_write import atomic_path
from core.cli.output_files import csv_file
from core.errors import UserError
from core.history.table import history_table, ingredient_id, parse_date, supplier_name
from core.history.upkeep import score_stored_offers
from core.i18n import tr, trn
from core.model.registry import ModelRegistry


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "history",
        help=tr("the stored price lists over time, with the change since each supplier's previous list"),
        description=tr(
            "Write the price lists stored with `sourcing import --save` (or the app) as CSV: one row per "
            "supplier, ingredient, product and list date, with the price per base unit, the sustainability "
            "score, the certifications and change_pct, the change in percent against the same supplier's "
            "previous list. Offers the active model has not scored yet are scored and remembered."
        ),
    )
    parser.add_argument("--ingredient", default=None, help=tr("only this ingredient (catalog id or name)"))
    parser.add_argument("--supplier", default=None, help=tr("only this supplier"))
    parser.add_argument("--since", default=None, metavar="YYYY-MM-DD", help=tr("only lists dated on or after this day"))
    parser.add_argument("--out", type=csv_file, required=True, help=tr("CSV file to write the history to"))
    parser.add_argument(
        "--no-score", action="store_true", help=tr("do not score offers that have no score yet (faster)")
    )
    parser.set_defaults(run=run)


def score_missing(workspace: Workspace) -> int:
    """Score stored offers the active model has not scored, and remember the scores."""
    registry = ModelRegistry()
    version = registry.active_version()
    if not version:
        return 0
    if workspace.offers_to_score(version, limit=1).empty:
        return 0
    return score_stored_offers(workspace, registry.load_active())


def run(args: argparse.Namespace) -> int:
    since = parse_date(args.since, "--since") if args.since else None
    ingredient = ingredient_id(args.ingredient) if args.ingredient else None
    settings = load_settings()
    workspace = Workspace.open()
    try:
        supplier = supplier_name(workspace, args.supplier) if args.supplier else None
        if workspace.price_lists().empty:
            raise UserError(
                tr("The workspace holds no price lists yet: store some with `sourcing import FILE --save`.")
            )
        scored = 0 if args.no_score else score_missing(workspace)
        table = history_table(workspace, ingredient, supplier, since, settings.price_jump_pct)
    finally:
        workspace.close()
    with atomic_path(args.out) as tmp:
        table.to_csv(tmp, index=False, encoding="utf-8")
    if scored:
        scored_text = trn(
            "{count} stored offer scored with the active model.",
            "{count} stored offers scored with the active model.",
            scored,
        )
        print(scored_text, file=sys.stderr)
    written = trn(
        "{count} row of price history written to {path}.",
        "{count} rows of price history written to {path}.",
        len(table),
        path=args.out,
    )
    print(written, file=sys.stderr)
    if table.empty:
        print(tr("No stored offer matches these filters."), file=sys.stderr)
    return 0
