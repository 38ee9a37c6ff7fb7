"""The canonical offers table as a file: what ``sourcing import`` and ``sourcing score`` write
and read (UTF-8, comma, header row; docs: ../shared/DESIGN.md), and the one coercion of its
text cells to numbers, which Spark's scoring workers apply to each chunk as well."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
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
    """Write an offers table (or any table of this product) as UTF-8 CSV, atomically: the
    bytes ``frame.to_csv(path, index=False, encoding="utf-8")`` writes, made faster (csv_text)."""
    text = csv_text(frame)
    with atomic_path(path) as tmp:
        if text is None:
            frame.to_csv(tmp, index=False, encoding="utf-8")
        else:
            with open(tmp, "w", encoding="utf-8", newline="") as out:
                out.write(text)


def csv_text(frame: pd.DataFrame) -> str | None:
    """The text ``frame.to_csv(index=False)`` writes, built a column at a time and joined in one
    go (pandas' writer formats and writes cell by cell: a third of a 50,000-row import), or None
    for a frame it does not cover (one column; columns other than numbers, booleans or text),
    which pandas then writes. The same rules as pandas: NaN and None empty, floats as repr
    gives them, a field quoted (inner quotes doubled) when it holds a comma, a quote or a
    character of the line ending."""
    if frame.shape[1] < 2 or isinstance(frame.columns, pd.MultiIndex):
        return None  # a row of one empty field is written '""' by the csv module: pandas does that
    special = (",", '"', *dict.fromkeys(os.linesep))
    columns = [[str(name) for name in frame.columns]]
    for position in range(frame.shape[1]):
        cells = _column_text(frame.iloc[:, position])
        if cells is None:
            return None
        columns.append(cells)
    for cells in columns:
        joined = "".join(cells)
        if any(mark in joined for mark in special):
            cells[:] = [_quoted(cell) if any(mark in cell for mark in special) else cell for cell in cells]
    header, body = columns[0], columns[1:]
    return os.linesep.join([",".join(header), *map(",".join, zip(*body, strict=True))]) + os.linesep


def _column_text(series: pd.Series) -> list[str] | None:
    """The cells of one column as pandas writes them, or None for a kind it formats itself."""
    values = series.to_numpy()
    kind = values.dtype.kind
    if kind == "f" and values.dtype.itemsize == 8:
        if np.signbit(values[values == 0]).any():  # -0.0 equals 0.0 for factorize, not for repr
            return ["" if cell != cell else repr(cell) for cell in values.tolist()]
        codes, uniques = pd.factorize(values)  # distances, pack sizes: few distinct values
        cells = [*map(repr, uniques.tolist()), ""]  # the digits numpy's astype(str) gives pandas; NaN empty
        return [cells[code] for code in codes.tolist()]
    if kind in "iub":
        return list(map(str, values.tolist()))
    if kind != "O":
        return None  # dates, categories, extension arrays: pandas formats them
    cells = values.tolist()
    if pd.api.types.infer_dtype(values, skipna=False) == "string":
        return cells
    missing = pd.isna(values)
    return ["" if gone else cell if type(cell) is str else str(cell) for cell, gone in zip(cells, missing, strict=True)]


def _quoted(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'
