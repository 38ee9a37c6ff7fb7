"""``sourcing import FILE… --out offers.csv``: read + cleanse, write the canonical table,
print the import report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.appstate.workspace import stored_corrections
from core.atomic_write import ensure_writable_target
from core.catalogs import load_catalogs
from core.cleansing.corrections import CorrectionBook
from core.cleansing.exchange_rates import checked_rates
from core.cleansing.review import question_text, questions, waiting_for_review
from core.cleansing.row_cleansing import CleanseSettings
from core.errors import UserError
from core.i18n import tr
from core.importer import import_files
from core.offers_csv import write_offers
from core.reading.formats import suffix_names


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help=tr("read and cleanse price lists into the canonical offers table"),
        description=tr(
            "Read supplier price lists ({types}), cleanse them and write "
            "the canonical offers table as CSV. The import report is printed.",
            types=suffix_names(),
        ),
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE", help=tr("price list files"))
    parser.add_argument("--out", type=Path, required=True, help=tr("CSV file to write the offers to"))
    add_import_options(parser)
    parser.add_argument("--report", type=Path, default=None, help=tr("also write the import report as CSV here"))
    parser.set_defaults(run=run)


def add_import_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--supplier",
        default=None,
        help=tr("supplier name for files without a supplier column (default: the file name)"),
    )
    parser.add_argument(
        "--mapping", default=None, help=tr('explicit column mapping as JSON: {"Supplier header": "price", ...}')
    )
    parser.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="CUR=RATE",
        help=tr("exchange rate to soles, e.g. USD=3.75 (repeatable)"),
    )
    parser.add_argument(
        "--ignore-corrections",
        action="store_true",
        help=tr("do not apply the corrections remembered per supplier (sourcing corrections)"),
    )


def import_settings(args: argparse.Namespace) -> tuple[dict[str, str] | None, CleanseSettings]:
    """The explicit column mapping and cleansing settings given on the command line."""
    mapping = None
    if args.mapping:
        try:
            mapping = json.loads(args.mapping)
        except json.JSONDecodeError as exc:
            raise UserError(tr("The --mapping value is not valid JSON: {reason}.", reason=exc.msg)) from exc
    rates = {}
    for item in args.rate:
        code, separator, value = item.partition("=")
        try:
            float(value)
        except ValueError:
            separator = ""
        if not separator or not code.strip():
            raise UserError(tr("The rate '{item}' is not CUR=NUMBER, e.g. USD=3.75.", item=item))
        rates[code] = value.strip()
    corrections = CorrectionBook() if args.ignore_corrections else stored_corrections()
    return mapping, CleanseSettings(rates=checked_rates(load_catalogs(), rates), corrections=corrections)


def import_from_args(args: argparse.Namespace):
    mapping, settings = import_settings(args)
    return import_files(args.files, supplier=args.supplier, mapping=mapping, settings=settings)


def run(args: argparse.Namespace) -> int:
    for target in (args.out, args.report):
        if target is not None:
            ensure_writable_target(target)  # a folder, a read-only place: said before the work, not after
    result = import_from_args(args)
    write_offers(result.offers, args.out)
    if args.report:
        write_offers(result.report.to_frame(), args.report)
    print(result.report.render_text())
    print_questions(result)
    print(tr("Offers written to {path}.", path=args.out), file=sys.stderr)
    return 0


def print_questions(result) -> None:
    """What waits for the chef (not recommended until decided with `sourcing corrections add`),
    then what is worth a look without blocking anything."""
    asked = questions(result.offers, result.report)
    blocking = [q for q in asked if q.blocking]
    if blocking:
        print()
        print(
            tr(
                "Waiting for your decision: {count} offer(s) are not recommended until you decide "
                "(see `sourcing corrections add --help`):",
                count=int(waiting_for_review(result.offers).sum()),
            )
        )
        for question in blocking:
            print("  - " + question_text(question))
    advisory = [q for q in asked if not q.blocking]
    if advisory:
        print()
        print(tr("Worth a look (these offers are still recommended):"))
        for question in advisory:
            print("  - " + question_text(question))
