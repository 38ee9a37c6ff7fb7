"""``sourcing rank FILE… --report REPORT.xlsx``: the whole path (import, score, rank, Excel report).

This module holds the arguments only and imports nothing heavy: once they are parsed the files
start being read in their child processes (import_cmd.start_reading), while the command line
loads the work (rank_run.py: pandas, the model, the report).
"""

from __future__ import annotations

from pathlib import Path

from core.cli.arguments import number
from core.cli.import_cmd import add_import_options, start_reading
from core.cli.output_files import csv_file, workbook_file
from core.i18n import tr
from core.ranking import METHODS


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
    parser.add_argument("--report", type=workbook_file, required=True, help=tr("Excel report to write (.xlsx)"))
    parser.add_argument("--out", type=csv_file, default=None, help=tr("also write the ranked options as CSV here"))
    parser.add_argument("--certified-only", action="store_true", help=tr("only offers with a certification"))
    parser.add_argument("--no-air-freight", action="store_true", help=tr("leave out offers flown in"))
    parser.add_argument("--max-price", type=number, default=None, help=tr("maximum price in soles per base unit"))
    parser.add_argument("--min-score", type=number, default=None, help=tr("minimum sustainability score (0-1)"))
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
    parser.set_defaults(start=start_reading, run="rank_run")
