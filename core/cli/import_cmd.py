"""``sourcing import FILE… --out offers.csv [--save [--date YYYY-MM-DD]]``: read + cleanse,
write the canonical table, print the import report; with ``--save`` also keep the lists, dated,
in the workspace (the history the app shows).

This module holds the arguments only and imports nothing heavy: once they are parsed, the files
start being read in their child processes (``start_reading``), and the command line then loads
the work (import_run.py: pandas, the cleansing, the workspace) while they are read. On a
50,000-row list that loading is a third of a second, now spent while the file is read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from core.i18n import tr
from core.reading.formats import suffix_names
from core.reading.reader_process import ReadAhead


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
    parser.add_argument("--out", type=Path, default=None, help=tr("CSV file to write the offers to"))
    add_import_options(parser)
    parser.add_argument("--report", type=Path, default=None, help=tr("also write the import report as CSV here"))
    parser.add_argument(
        "--save",
        action="store_true",
        help=tr(
            "store the lists, dated, in the workspace (price history); a list of the same supplier and date is replaced"
        ),
    )
    parser.add_argument(
        "--date",
        default=None,
        metavar="YYYY-MM-DD",
        help=tr("date of the lists for --save (default: the date written in each file, else its modification date)"),
    )
    parser.set_defaults(start=start_reading, run="import_run")


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


def start_reading(args: argparse.Namespace) -> ReadAhead:
    """Start reading the files in child processes (the first at once, each next one while the one
    before is cleansed); the command line closes it when the command ends, killing what is left."""
    args.reading = ReadAhead(args.files)
    return args.reading
