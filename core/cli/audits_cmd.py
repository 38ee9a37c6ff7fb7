"""``sourcing audits list [--out audits.csv]`` and ``sourcing audits add …``: the sustainability
officer's audited scores in the workspace (core.ranking.audits), the same ones the window
shows; ``sourcing rank`` uses them."""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from core.appstate.audit_entry import Audit
from core.appstate.workspace import Workspace
from core.catalogs import load_catalogs
from core.cli.arguments import number
from core.cli.output_files import csv_file
from core.errors import UserError
from core.i18n import tr, trn
from core.ranking.audits import apply_audits, evidence_name


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "audits",
        help=tr("list or add the sustainability officer's audited scores"),
        description=tr(
            "Audited scores replace the model's score in the ranking at once, in the window and in "
            "`sourcing rank`; they also become labels for the next retraining."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help=tr("show every audit, oldest first"))
    listing.add_argument("--out", type=csv_file, default=None, help=tr("also write the audits as CSV here"))
    listing.set_defaults(run=run_list)

    add = actions.add_parser(
        "add",
        help=tr("record an audited score"),
        description=tr(
            "Audit one offer (--product, as the supplier writes it, optionally with its pack) or every "
            "offer of an ingredient from a supplier (--ingredient, a catalog id)."
        ),
    )
    add.add_argument("--supplier", required=True, help=tr("supplier name as in the price list"))
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--product", help=tr("the product as the supplier writes it"))
    target.add_argument("--ingredient", help=tr("catalog id of the ingredient (e.g. corvina)"))
    add.add_argument("--pack-qty", type=number, default=None, help=tr("quantity in one pack (with --product)"))
    add.add_argument("--pack-unit", default="", help=tr("unit of the pack (with --product)"))
    add.add_argument("--score", type=number, required=True, help=tr("the audited score, 0 to 1"))
    add.add_argument("--auditor", required=True, help=tr("who audited"))
    add.add_argument("--date", default="", metavar="YYYY-MM-DD", help=tr("date of the audit (default: today)"))
    add.add_argument("--note", default="", help=tr("what was checked"))
    add.add_argument(
        "--evidence", type=Path, default=None, help=tr("a document to keep with the audit (a copy is stored)")
    )
    add.set_defaults(run=run_add)


def run_list(args: argparse.Namespace) -> int:
    workspace = Workspace.open()
    try:
        audits = workspace.audits()
        if args.out is not None:
            workspace.export_audits(args.out)
    finally:
        workspace.close()
    if audits.empty:
        print(tr("No audited scores yet."))
        return 0
    for row in audits.itertuples(index=False):
        subject = row.product if row.scope == "offer" else tr("all {ingredient}", ingredient=row.ingredient)
        line = f"{row.audit_id:>4}  {row.audit_date}  {row.score:.2f}  {row.auditor}  {row.supplier} — {subject}"
        if row.note:
            line += f"  “{row.note}”"
        if row.evidence:
            line += f"  [{evidence_name(row.evidence)}]"
        print(line)
    if args.out is not None:
        print(trn("{count} audit written to {path}.", "{count} audits written to {path}.", len(audits), path=args.out))
    return 0


def run_add(args: argparse.Namespace) -> int:
    if args.ingredient and args.ingredient not in load_catalogs().ingredients.index:
        raise UserError(tr('"{ingredient}" is not an ingredient id of the catalog.', ingredient=args.ingredient))
    audit = Audit(
        scope="offer" if args.product else "supplier_ingredient",
        supplier=args.supplier,
        product=args.product or "",
        pack_qty=args.pack_qty if args.product else None,
        pack_unit=args.pack_unit if args.product else "",
        ingredient=args.ingredient or "",
        score=args.score,
        auditor=args.auditor,
        audit_date=args.date,
        note=args.note,
        evidence=str(args.evidence) if args.evidence else "",
    )
    workspace = Workspace.open()
    try:
        covered = _stored_offers_covered(workspace, audit)
        audit_id = workspace.add_audit(audit, covered=covered)
    finally:
        workspace.close()
    print(
        trn(
            "Audit {id} saved: {count} stored offer takes the score {score:.2f} at once; later lists too.",
            "Audit {id} saved: {count} stored offers take the score {score:.2f} at once; later lists too.",
            len(covered),
            id=audit_id,
            score=audit.score,
        )
    )
    return 0


def _stored_offers_covered(workspace: Workspace, audit: Audit) -> pd.DataFrame:
    """The workspace's offers this audit applies to (they get a label for retraining)."""
    offers = workspace.offers()
    row = dict(vars(audit), audit_id=0, score=float(audit.score), offer_id=None, created="")
    applied = apply_audits(offers, pd.DataFrame([row]))
    return offers[applied["audited_score"].notna().to_numpy()]
