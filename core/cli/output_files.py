"""Files a command writes, named for what they hold: an Excel workbook ends in .xlsx, a CSV
file does not take a spreadsheet's name. Light: `sourcing import` loads it before its files'
reading starts."""

from __future__ import annotations

import argparse
from pathlib import Path

from core.i18n import tr

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


def workbook_file(value: str) -> Path:
    """An option naming an Excel workbook to write: its name must end in .xlsx (Excel refuses to
    open a workbook named "report.csv", and a user double-clicks the file by its name). A folder
    is let through: the command says it is a folder, in its own words."""
    path = Path(value)
    if path.suffix.lower() != ".xlsx" and not path.is_dir():
        raise argparse.ArgumentTypeError(
            tr(
                "'{value}' does not end in .xlsx; this file is an Excel workbook, so give it a name ending in .xlsx",
                value=value,
            )
        )
    return path


def csv_file(value: str) -> Path:
    """An option naming a CSV file to write: not under a spreadsheet's name ("plan.xlsx")."""
    path = Path(value)
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES and not path.is_dir():
        raise argparse.ArgumentTypeError(
            tr(
                "'{value}' ends in {suffix}, a spreadsheet's name, but this file is CSV text; "
                "give it a name ending in .csv",
                value=value,
                suffix=suffix,
            )
        )
    return path
