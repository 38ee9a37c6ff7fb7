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
import contextlib
import gc
from collections.abc import Iterator
from pathlib import Path

from core.cli.output_files import csv_file
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
    parser.add_argument("--out", type=csv_file, default=None, help=tr("CSV file to write the offers to"))
    add_import_options(parser)
    parser.add_argument("--report", type=csv_file, default=None, help=tr("also write the import report as CSV here"))
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


@contextlib.contextmanager
def start_reading(args: argparse.Namespace) -> Iterator[ReadAhead]:
    """Start reading the files in child processes (the first at once, each next one while the one
    before is cleansed) for as long as the command runs; what is left is killed at its end."""
    # The modules the command loads and the rows it reads, their offers and report lines (a
    # million objects for 50,000 rows) live until it ends, and the cyclic garbage collector would
    # walk them again and again (a tenth of the command's time) for the few cycles it makes. So it
    # is paused while the command runs, and what the command made is left out of its later walks
    # (gc.freeze: a caller that goes on, such as a test, gets the collector back without a walk
    # over a million objects; the process that ends skips that walk too).
    collecting = gc.isenabled()
    gc.disable()
    try:
        with ReadAhead(args.files) as reading:
            args.reading = reading
            yield reading
    finally:
        if collecting:
            gc.freeze()
            gc.enable()
