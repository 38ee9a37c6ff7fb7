"""The file types a price list can come in: one definition for the reader, the command line,
the window's file dialog and drag-and-drop, and the demo."""

from __future__ import annotations

from pathlib import Path

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".tsv", ".txt")
PRICE_LIST_SUFFIXES = SPREADSHEET_SUFFIXES + TEXT_SUFFIXES


def is_price_list(path: Path) -> bool:
    return path.suffix.lower() in PRICE_LIST_SUFFIXES


def file_dialog_patterns() -> str:
    """'*.xlsx *.xlsm …' for a file dialog's filter."""
    return " ".join(f"*{suffix}" for suffix in PRICE_LIST_SUFFIXES)


def suffix_names() -> str:
    """'xlsx, xlsm, xlsb, xls, ods, csv, tsv, txt' for messages."""
    return ", ".join(suffix.lstrip(".") for suffix in PRICE_LIST_SUFFIXES)


def price_lists_in(folder: Path) -> list[Path]:
    """The price lists directly inside ``folder``, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and is_price_list(p))
