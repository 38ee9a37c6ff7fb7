"""Small tables a person keeps in a spreadsheet: the week's needs, the recipes, the suppliers'
terms. Read through the same guarded readers as price lists (core.importer.read_sheets:
size, type and encryption checks; CSV in any usual encoding and separator), the header found
by column names in Spanish or English anywhere in the first rows, values with their row.

Every problem is one sentence naming the file, the row and the column.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.cleansing.numbers import parse_number
from core.errors import UserError
from core.i18n import tr
from core.importer import read_sheets
from core.reading.raw_sheet import RawSheet
from core.text import fold, is_blank

HEADER_SEARCH_ROWS = 20


@dataclass(frozen=True)
class TableSpec:
    """The columns of one kind of table: name -> header texts it may have (folded)."""

    columns: dict[str, tuple[str, ...]]
    required: tuple[str, ...]


@dataclass
class TableRows:
    frame: pd.DataFrame  # one column per found name, plus "row" (1-based, as the program shows it)
    file: str
    sheet: str
    headers: dict[str, str]  # column name -> the header as written


def _header_columns(row: list[object], spec: TableSpec) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        text = fold(cell)
        if not text:
            continue
        for name, synonyms in spec.columns.items():
            if name not in found and (text in synonyms or text.split(" (")[0] in synonyms):
                found[name] = index
                break
    return found


def _find_table(sheet: RawSheet, spec: TableSpec) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        found = _header_columns(row, spec)
        if all(name in found for name in spec.required):
            return index, found
    return None


def read_table(path: Path, spec: TableSpec) -> TableRows:
    """The first sheet of ``path`` holding a header with every required column."""
    path = Path(path)
    if path.is_dir():
        raise UserError(tr("{path} is a folder; give the name of a table file (csv, xlsx, xls or ods).", path=path))
    if not path.is_file():
        raise UserError(tr("The file {path} does not exist.", path=path))
    for sheet in read_sheets(path):
        located = _find_table(sheet, spec)
        if located is None:
            continue
        header_index, columns = located
        records = []
        for offset, row in enumerate(sheet.rows[header_index + 1 :], start=header_index + 1):
            values = {name: (row[col] if col < len(row) else None) for name, col in columns.items()}
            if all(is_blank(v) for v in values.values()):
                continue
            values["row"] = sheet.row_number(offset)
            records.append(values)
        frame = pd.DataFrame(records, columns=[*columns, "row"])
        headers = {name: str(sheet.rows[header_index][col]).strip() for name, col in columns.items()}
        return TableRows(frame, path.name, sheet.sheet, headers)
    raise UserError(
        tr(
            "No table with the columns {columns} was found in {file} (looked at the first {rows} rows of each sheet).",
            columns=", ".join(spec.required),
            file=path.name,
            rows=HEADER_SEARCH_ROWS,
        )
    )


def where(table: TableRows, row: int, column: str) -> str:
    """'needs.xlsx, sheet Semana, row 5, column Cantidad' as the user reads it."""
    header = table.headers.get(column, column)
    if table.sheet and not table.file.lower().endswith((".csv", ".txt")):
        return tr(
            "{file}, sheet {sheet}, row {row}, column {column}",
            file=table.file,
            sheet=table.sheet,
            row=row,
            column=header,
        )
    return tr("{file}, row {row}, column {column}", file=table.file, row=row, column=header)


def text_value(value: object) -> str:
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def number_value(table: TableRows, row: int, column: str, value: object, required: bool = True) -> float | None:
    """A number from a cell ("1,5", 2, "2.5 kg" is not one); None for an allowed blank."""
    if is_blank(value):
        if required:
            raise UserError(tr("{where}: a number is needed here.", where=where(table, row, column)))
        return None
    if isinstance(value, bool):
        number = None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        number = parse_number(str(value))
    if number is None or not math.isfinite(number) or not _only_a_number(value):
        raise UserError(
            tr("{where}: '{value}' is not a number.", where=where(table, row, column), value=text_value(value))
        )
    return number


def _only_a_number(value: object) -> bool:
    if not isinstance(value, str):
        return True
    text = value.strip().replace("S/", "").replace("%", "").strip()
    return all(ch.isdigit() or ch in " .,-/+" for ch in text)
