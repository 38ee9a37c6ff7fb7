"""The work of ``sourcing import`` (its arguments: import_cmd.py): cleanse the files as they are
read, write the canonical table, print the import report; with ``--save`` also keep the lists,
dated, in the workspace (the history the app shows). ``import_settings`` is shared with ``rank``
and ``plan``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.appstate.workspace import Workspace, stored_corrections
from core.atomic_write import ensure_writable_target
from core.catalogs import load_catalogs
from core.cleansing.corrections import CorrectionBook
from core.cleansing.exchange_rates import checked_rates
from core.cleansing.numbers import parse_number
from core.cleansing.review import question_text, questions, waiting_for_review
from core.cleansing.row_cleansing import CleanseSettings
from core.errors import UserError
from core.history.lists import date_origin, save_import
from core.history.table import parse_date
from core.i18n import tr, trn
from core.importer import import_files
from core.offers_csv import write_offers
from core.reading.column_mapping import TARGET_LABELS


def import_settings(args: argparse.Namespace) -> tuple[dict[str, str] | None, CleanseSettings]:
    """The explicit column mapping and cleansing settings given on the command line."""
    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
        except json.JSONDecodeError as exc:
            raise UserError(tr("The --mapping value is not valid JSON: {reason}.", reason=exc.msg)) from exc
        known = [*TARGET_LABELS, "ignore"]
        if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
            raise UserError(tr('The --mapping value must map headers to columns, e.g. {"Precio x kg": "price"}.'))
        for header, target in mapping.items():
            if target not in known:  # else the header's column was taken away and "no price list found" said
                raise UserError(
                    tr(
                        "The --mapping maps '{header}' to '{target}', which is not a column of the offers table; "
                        "use one of: {known}.",
                        header=header,
                        target=target,
                        known=", ".join(known),
                    )
                )
    rates = {}
    for item in args.rate:
        code, separator, value = item.partition("=")
        if not separator or not code.strip() or parse_number(value.strip()) is None:  # "3,75" and "3.75" alike
            raise UserError(tr("The rate '{item}' is not CUR=NUMBER, e.g. USD=3.75.", item=item))
        rates[code] = value.strip()
    corrections = CorrectionBook() if args.ignore_corrections else stored_corrections()
    return mapping, CleanseSettings(rates=checked_rates(load_catalogs(), rates), corrections=corrections)


def import_from_args(args: argparse.Namespace):
    mapping, settings = import_settings(args)
    reading = getattr(args, "reading", None)  # the files' child processes, started with the command
    read = reading.read if reading is not None else None
    return import_files(args.files, supplier=args.supplier, mapping=mapping, settings=settings, read=read)


def run(args: argparse.Namespace) -> int:
    for target in (args.out, args.report):
        if target is not None:
            ensure_writable_target(target)  # a folder, a read-only place: said before the work, not after
    if args.date is not None and not args.save:
        raise UserError(tr("--date dates the lists stored with --save; add --save."))
    if args.out is None and not args.save:
        raise UserError(tr("Say where the offers go: --out FILE, --save (into the workspace), or both."))
    given = parse_date(args.date, "--date") if args.date is not None else None
    result = import_from_args(args)
    if args.out is not None:
        write_offers(result.offers, args.out)
    if args.report:
        write_offers(result.report.to_frame(), args.report)
    print(result.report.render_text())
    print_questions(result)

    if args.out is not None:
        print(tr("Offers written to {path}.", path=args.out), file=sys.stderr)
    if args.save:
        save(result, args.files, given)
    return 0


def print_questions(result) -> None:
    """What waits for the chef (not recommended until decided with `sourcing corrections add`),
    then what is worth a look without blocking anything; one write (thousands of lines on a big
    list, and stdout is line-buffered)."""
    asked = questions(result.offers, result.report)
    lines: list[str] = []
    blocking = [q for q in asked if q.blocking]
    if blocking:
        lines += [
            "",
            trn(
                "Waiting for your decision: {count} offer is not recommended until you decide "
                "(see `sourcing corrections add --help`):",
                "Waiting for your decision: {count} offers are not recommended until you decide "
                "(see `sourcing corrections add --help`):",
                int(waiting_for_review(result.offers).sum()),
            ),
        ]
        lines += ["  - " + question_text(question) for question in blocking]
    advisory = [q for q in asked if not q.blocking]
    if advisory:
        lines += ["", tr("Worth a look (these offers are still recommended):")]
        lines += ["  - " + question_text(question) for question in advisory]
    if lines:
        print("\n".join(lines))


def save(result, files: list[Path], given) -> None:
    if result.offers.empty:
        raise UserError(tr("No offer was imported, so nothing was stored in the workspace."))
    workspace = Workspace.open()
    try:
        stored = save_import(workspace, result, [Path(f) for f in files], given)
    finally:
        workspace.close()
    for row in stored.itertuples(index=False):
        print(
            trn(
                "Stored the list of {supplier} dated {date} ({how}): {count} offer.",
                "Stored the list of {supplier} dated {date} ({how}): {count} offers.",
                int(row.offers),
                supplier=row.supplier,
                date=row.list_date,
                how=date_origin(row.date_source, row.date_evidence),
            ),
            file=sys.stderr,
        )
