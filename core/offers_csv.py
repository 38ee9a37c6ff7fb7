"""The canonical offers table as a file: what ``sourcing import`` and ``sourcing score`` write
and read (UTF-8, comma, header row; docs: ../shared/DESIGN.md), and the one coercion of its
text cells to numbers, which Spark's scoring workers apply to each chunk as well."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.atomic_write import atomic_path
from core.contract import CANONICAL_COLUMNS
from core.errors import UserError
from core.i18n import tr
from core.os_errors import READ, describe_os_error

DERIVED_NUMBERS = (
    "distance_km",
    "kg_co2e_per_base_unit",
    "transport_kg_co2e_per_base_unit",
    "price_pen_per_base_unit",
    "match_score",
)


def read_offers(path: Path, nrows: int | None = None) -> pd.DataFrame:
    """An offers table written by ``sourcing import`` (or one with only the canonical columns)."""
    if path.is_dir():
        raise UserError(tr("{path} is a folder, not an offers table (CSV file).", path=path))
    if not path.is_file():
        raise UserError(tr("The file {path} does not exist.", path=path))
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", nrows=nrows)
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise UserError(tr("The file {path} is not a readable UTF-8 CSV offers table.", path=path)) from exc
    except OSError as exc:
        raise UserError(describe_os_error(exc, path, READ)) from exc
    missing = [c for c in ("supplier", "ingredient", "origin") if c not in frame.columns]
    if missing:
        raise UserError(
            tr(
                "The file {path} is not an offers table: the columns {columns} are missing.",
                path=path,
                columns=", ".join(missing),
            )
        )
    return coerce_offers(frame)


def coerce_offers(frame: pd.DataFrame) -> pd.DataFrame:
    """Text cells (as read from the CSV) -> numbers in the numeric columns; Spark's scoring
    workers call this on each chunk so both engines see the same values."""
    for column, kind in CANONICAL_COLUMNS.items():
        if column in frame and kind in ("float", "int"):
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")
    for column in DERIVED_NUMBERS:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce")
    return frame


def write_offers(frame: pd.DataFrame, path: Path) -> None:
    """Write an offers table (or any table of this product) as UTF-8 CSV, atomically."""
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8")
