"""The workbook machinery of the Excel report: styles, number formats, literal (formula-safe)
text and the fast writer for long tables.

openpyxl builds the workbook: styles, headers, frozen panes, filters, colour scales, native
charts. Writing 10,000 offers cell by cell through openpyxl takes seconds, so the long tables
(options, import issues, chart data) are ``BulkTable``s: openpyxl writes their header row and
their cell rows are serialised column-wise into the sheet's ``<sheetData>`` when the file is
assembled (every text as an inline string, so never as a formula).

Supplier text that begins with = + - @ tab or CR is always written as a literal text cell
(inline string, ``quotePrefix`` style, no ``<f>`` element): ``literal_text`` decides it for
both paths. It also cuts text longer than Excel's cell limit (32,767 characters; Excel
refuses to open or silently truncates longer cells) and marks the cut with "…"; the book
counts the cuts and the import issues sheet says how many there were.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from itertools import chain, repeat
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import tr
from core.progress import Progress

CELL_TEXT_LIMIT = 32_767  # characters Excel holds in one cell
CUT_MARK = "…"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
HEADER_FILL = PatternFill("solid", fgColor="1F6F4A")
HEADER_FONT = Font(bold=True, color="FFFFFF")
FORMATS = {
    "pen": '"S/" #,##0.00',
    "pen_change": '+"S/" #,##0.00;-"S/" #,##0.00;"S/" 0.00',
    "co2": '#,##0.00 "kg CO2e"',
    "co2_change": '+#,##0.00 "kg CO2e";-#,##0.00 "kg CO2e";0.00 "kg CO2e"',
    "score": "0.00",
    "overall": "0.000",
    "pct": "+0.0%;-0.0%;0.0%",
    "km": "#,##0",
    "days": "0.0",
    "int": "0",
}


class LiteralText(NamedTuple):
    text: str
    formula_like: bool  # write as a literal string cell with the quote-prefix style
    cut: bool  # longer than CELL_TEXT_LIMIT: shortened, ending in CUT_MARK


def literal_text(value: object) -> LiteralText:
    """Text safe for a cell, whether a spreadsheet could read it as a formula, and whether it was cut.

    Characters XML cannot hold are dropped. When ``formula_like`` is true the caller writes the
    text as a literal string cell with the quote-prefix style (what Excel does for '=text).
    Text longer than Excel's cell limit keeps its first CELL_TEXT_LIMIT - 1 characters and "…".
    """
    text = _ILLEGAL_XML.sub("", str(value))
    cut = len(text) > CELL_TEXT_LIMIT
    if cut:
        text = text[: CELL_TEXT_LIMIT - len(CUT_MARK)] + CUT_MARK
    return LiteralText(text, text.startswith(FORMULA_PREFIXES), cut)


def literal_texts(values: pd.Series) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """``literal_text`` for a whole column at once: texts, formula-like mask, cut mask."""
    texts = values.fillna("").astype(str).str.replace(_ILLEGAL_XML, "", regex=True)
    cut = (texts.str.len() > CELL_TEXT_LIMIT).to_numpy(dtype=bool)
    if cut.any():
        texts = texts.where(~cut, texts.str.slice(0, CELL_TEXT_LIMIT - len(CUT_MARK)) + CUT_MARK)
    return texts, texts.str.startswith(FORMULA_PREFIXES).to_numpy(dtype=bool), cut


class Styles:
    """Style ids for the bulk cells, registered in the workbook's style table."""

    def __init__(self, ws: Worksheet):
        self._ws = ws
        self._ids: dict[tuple, int] = {}

    def id(self, number_format: str | None = None, quote: bool = False) -> int:
        key = (number_format, quote)
        if key not in self._ids:
            cell = Cell(self._ws)
            if number_format:
                cell.number_format = FORMATS.get(number_format, number_format)
            if quote:
                cell.quotePrefix = True
            self._ids[key] = cell.style_id
        return self._ids[key]


@dataclass
class Column:
    header: str
    values: pd.Series | np.ndarray
    kind: str = "text"  # text | number
    number_format: str | None = None
    width: float = 12.0


@dataclass
class BulkTable:
    ws: Worksheet
    first_row: int  # row of the first data cell (openpyxl writes only the rows above it)
    first_col: int
    columns: list[Column]
    rows: int = 0


@dataclass
class ReportBook:
    """An openpyxl workbook plus the bulk tables to splice into it on saving."""

    lang: str
    wb: Workbook = field(default_factory=Workbook)
    tables: list[BulkTable] = field(default_factory=list)
    cut_texts: int = 0  # texts shortened to Excel's cell limit so far
    _cut_notice: tuple[Worksheet, int, int] | None = None

    def sheet(self, title: str) -> Worksheet:
        if len(self.wb.worksheets) == 1 and self.wb.active.title == "Sheet" and not self.tables:
            ws = self.wb.active
            ws.title = title
            return ws
        return self.wb.create_sheet(title)

    def put(
        self, ws: Worksheet, row: int, col: int, value: object, number_format: str | None = None, bold: bool = False
    ) -> Cell:
        """Write one value through openpyxl; text goes through ``literal_text``."""
        cell = ws.cell(row=row, column=col)
        if isinstance(value, str):
            text, formula_like, cut = literal_text(value)
            self.cut_texts += cut
            cell.value = text
            if formula_like:
                cell.data_type = "s"
                cell.quotePrefix = True
        elif value is None or (isinstance(value, float) and not np.isfinite(value)) or value is pd.NA:
            cell.value = None
        else:
            cell.value = value.item() if isinstance(value, np.generic) else value
        if number_format:
            cell.number_format = FORMATS.get(number_format, number_format)
        if bold:
            cell.font = Font(bold=True)
        return cell

    def header(self, ws: Worksheet, row: int, col: int, titles: list[str]) -> None:
        for offset, title in enumerate(titles):
            cell = self.put(ws, row, col + offset, title)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    def table(
        self, ws: Worksheet, header_row: int, columns: list[Column], first_col: int = 1, filter_and_freeze: bool = True
    ) -> BulkTable:
        """A header row now and the data rows under it on saving; widths, filter, frozen header."""
        self.header(ws, header_row, first_col, [c.header for c in columns])
        rows = len(columns[0].values) if columns else 0
        for offset, column in enumerate(columns):
            ws.column_dimensions[get_column_letter(first_col + offset)].width = column.width
        table = BulkTable(ws, header_row + 1, first_col, columns, rows)
        self.tables.append(table)
        if filter_and_freeze and columns:
            last = get_column_letter(first_col + len(columns) - 1)
            ws.auto_filter.ref = f"{get_column_letter(first_col)}{header_row}:{last}{header_row + max(rows, 1)}"
        return table

    def cut_notice_at(self, ws: Worksheet, row: int, col: int) -> None:
        """Where to say, once the whole book is written, how many texts were cut (nothing if none).

        The cell must be above every bulk table of ``ws``: bulk rows are appended after the rows
        openpyxl writes, and a sheet's rows must stay in order."""
        self._cut_notice = (ws, row, col)

    def _write_cut_notice(self) -> None:
        if not self.cut_texts or self._cut_notice is None:
            return
        ws, row, col = self._cut_notice
        limit = f"{CELL_TEXT_LIMIT:,}"
        text = tr(
            "{count} texts were longer than the {limit} characters an Excel cell can hold; "
            "they were cut and end in “…”.",
            lang=self.lang,
            count=self.cut_texts,
            limit=limit,
        )
        self.put(ws, row, col, text).font = Font(bold=True, color="B42318")

    def colour_scale(self, table: BulkTable, column_index: int, higher_is_better: bool) -> None:
        if not table.rows:
            return
        letter = get_column_letter(table.first_col + column_index)
        good, bad = "63BE7B", "F8696B"
        low, high = (bad, good) if higher_is_better else (good, bad)
        rule = ColorScaleRule(
            start_type="min",
            start_color=low,
            mid_type="percentile",
            mid_value=50,
            mid_color="FFEB84",
            end_type="max",
            end_color=high,
        )
        table.ws.conditional_formatting.add(
            f"{letter}{table.first_row}:{letter}{table.first_row + table.rows - 1}", rule
        )

    def save(self, path: Path, progress: Progress) -> None:
        # Render the bulk rows first: that registers their styles before openpyxl writes styles.xml.
        styles = Styles(self.wb.active)
        rendered: dict[int, str] = {}
        for ws in {id(t.ws): t.ws for t in self.tables}.values():
            progress.check()
            rendered[id(ws)], cut = _rows_xml([t for t in self.tables if t.ws is ws], styles)
            self.cut_texts += cut
        self._write_cut_notice()  # after the bulk rows: only then is the count complete
        progress.step(0.5)
        buffer = io.BytesIO()
        self.wb.save(buffer)  # small: the bulk rows are not in it yet
        splice = {t.ws.path.lstrip("/"): t.ws for t in self.tables}
        with (
            zipfile.ZipFile(buffer) as source,
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=3) as out,
        ):
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename in splice:
                    ws = splice[info.filename]
                    data = _splice(data.decode("utf-8"), rendered[id(ws)], [t for t in self.tables if t.ws is ws])
                out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=3)
        progress.step(1.0)


def _number_cells(letter: str, rows: np.ndarray, values, style: int) -> list[str]:
    numbers = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    attr = f' s="{style}"' if style else ""
    return [
        f'<c r="{letter}{r}"{attr}><v>{v!r}</v></c>' if np.isfinite(v) else ""
        for r, v in zip(rows.tolist(), numbers.tolist(), strict=False)
    ]


def _text_cells(letter: str, rows: np.ndarray, values, style: int, quoted: int) -> tuple[list[str], int]:
    texts, formula_like, cut = literal_texts(pd.Series(values, dtype=object))
    escaped = (
        texts.str.replace("&", "&amp;", regex=False)
        .str.replace("<", "&lt;", regex=False)
        .str.replace(">", "&gt;", regex=False)
        .str.replace("\r", "&#13;", regex=False)
    )
    styles = [f' s="{s}"' if s else "" for s in np.where(formula_like, quoted, style).tolist()]
    cells = [
        f'<c r="{letter}{r}"{s} t="inlineStr"><is><t xml:space="preserve">{t}</t></is></c>' if t else ""
        for r, s, t in zip(rows.tolist(), styles, escaped.tolist(), strict=False)
    ]
    return cells, int(cut.sum())


def _table_rows(table: BulkTable, styles: Styles) -> tuple[list[int], list[list[str]], int]:
    """The table's row numbers, its cells column by column, and how many texts were cut."""
    rows = np.arange(table.first_row, table.first_row + table.rows)
    cells = []
    cut_total = 0
    for offset, column in enumerate(table.columns):
        letter = get_column_letter(table.first_col + offset)
        if column.kind == "number":
            cells.append(_number_cells(letter, rows, column.values, styles.id(column.number_format)))
        else:
            texts, cut = _text_cells(
                letter,
                rows,
                column.values,
                styles.id(column.number_format),
                styles.id(column.number_format, quote=True),
            )
            cells.append(texts)
            cut_total += cut
    return rows.tolist(), cells, cut_total


def _rows_xml(tables: list[BulkTable], styles: Styles) -> tuple[str, int]:
    """The <row> elements of a sheet's bulk tables (tables side by side share rows) and the
    number of texts cut to the cell limit."""
    if len(tables) == 1:
        rows, cells, cut = _table_rows(tables[0], styles)
        return "".join(chain.from_iterable(zip((f'<row r="{r}">' for r in rows), *cells, repeat("</row>")))), cut
    by_row: dict[int, list[str]] = {}
    cut_total = 0
    for table in sorted(tables, key=lambda t: t.first_col):
        rows, cells, cut = _table_rows(table, styles)
        cut_total += cut
        for i, r in enumerate(rows):
            by_row.setdefault(r, []).extend(column[i] for column in cells)
    return "".join(f'<row r="{r}">' + "".join(by_row[r]) + "</row>" for r in sorted(by_row)), cut_total


def _splice(xml: str, rows_xml: str, tables: list[BulkTable]) -> bytes:
    """Put the rendered rows at the end of <sheetData> and widen <dimension> to cover them."""
    if "<sheetData/>" in xml:
        xml = xml.replace("<sheetData/>", f"<sheetData>{rows_xml}</sheetData>", 1)
    else:
        xml = xml.replace("</sheetData>", f"{rows_xml}</sheetData>", 1)
    last_row = max([t.first_row + t.rows - 1 for t in tables] + [1])
    last_col = max(t.first_col + len(t.columns) - 1 for t in tables)
    xml = re.sub(
        r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:{get_column_letter(last_col)}{last_row}"/>', xml, count=1
    )
    return xml.encode("utf-8")
