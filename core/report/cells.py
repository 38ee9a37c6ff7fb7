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
from itertools import chain
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

from core.i18n import trn
from core.progress import Progress

CELL_TEXT_LIMIT = 32_767  # characters Excel holds in one cell
CUT_MARK = "…"
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
HEADER_FILL = PatternFill("solid", fgColor="1F6F4A")
FONT_NAME = "Calibri"  # the workbook's default font; a font without a name prints in a serif font
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
SCALE_GOOD, SCALE_MIDDLE, SCALE_BAD = "63BE7B", "FFEB84", "F8696B"
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


BOLD = 1.1  # a long bold word is about 1.1 default characters a letter wide (Calibri and Carlito)
LINE_PT = 15.0  # the height of a line of the default font (Calibri 11)
MAX_LINES = 27  # Excel's tallest row is 409 pt


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` (bold) takes when wrapped at the words in a column ``width``
    characters wide; openpyxl cannot measure text, so this counts characters."""
    room = max(1.0, width - 1)  # letters are narrower than the digits a width counts, bold or not
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > room:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines


def bold_font(size: float = 11, color: str | None = None) -> Font:
    return Font(name=FONT_NAME, bold=True, size=size, color=color)


def colour_scale_rule(higher_is_better: bool) -> ColorScaleRule:
    """Red (worst) - yellow (median) - green (best): the one colour scale of the report."""
    low, high = (SCALE_BAD, SCALE_GOOD) if higher_is_better else (SCALE_GOOD, SCALE_BAD)
    return ColorScaleRule(
        start_type="min",
        start_color=low,
        mid_type="percentile",
        mid_value=50,
        mid_color=SCALE_MIDDLE,
        end_type="max",
        end_color=high,
    )


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

    def id(self, number_format: str | None = None, quote: bool = False, wrap: bool = False) -> int:
        key = (number_format, quote, wrap)
        if key not in self._ids:
            cell = Cell(self._ws)
            if number_format:
                cell.number_format = FORMATS.get(number_format, number_format)
            if quote:
                cell.quotePrefix = True
            if wrap:
                cell.alignment = Alignment(wrap_text=True)  # at the bottom, as the cells beside it
            self._ids[key] = cell.style_id
        return self._ids[key]


@dataclass
class Column:
    header: str
    values: pd.Series | np.ndarray
    kind: str = "text"  # text | number
    number_format: str | None = None
    width: float = 12.0
    printed: bool = True  # False: a technical column, on screen only (after the printed ones)
    wrap: bool = False  # long text wrapped in the cell (the row grows) instead of cut at the page edge


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
            cell.font = bold_font()
        return cell

    def header(self, ws: Worksheet, row: int, col: int, titles: list[str], widths: list[float] | None = None) -> None:
        """Header cells; with ``widths``, the columns are widened to their longest header word
        (a word is never broken) and the row is as tall as the most wrapped header."""
        for offset, title in enumerate(titles):
            cell = self.put(ws, row, col + offset, title)
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        if widths is None:
            return
        lines = 1
        for offset, (title, width) in enumerate(zip(titles, widths, strict=True)):
            width = max(width, max((len(word) for word in title.split()), default=0) * BOLD + 1.5)
            ws.column_dimensions[get_column_letter(col + offset)].width = width
            lines = max(lines, wrapped_lines(title, width))
        ws.row_dimensions[row].height = LINE_PT * lines

    def table(
        self, ws: Worksheet, header_row: int, columns: list[Column], first_col: int = 1, filter_and_freeze: bool = True
    ) -> BulkTable:
        """A header row now and the data rows under it on saving; widths, filter, frozen header."""
        self.header(ws, header_row, first_col, [c.header for c in columns], [c.width for c in columns])
        rows = len(columns[0].values) if columns else 0
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
        text = trn(
            "{count} text was longer than the {limit} characters an Excel cell can hold; it was cut and ends in “…”.",
            "{count} texts were longer than the {limit} characters an Excel cell can hold; "
            "they were cut and end in “…”.",
            self.cut_texts,
            lang=self.lang,
            limit=limit,
        )
        self.put(ws, row, col, text).font = bold_font(color="B42318")

    def colour_scale(self, table: BulkTable, column_index: int, higher_is_better: bool) -> None:
        if not table.rows:
            return
        letter = get_column_letter(table.first_col + column_index)
        table.ws.conditional_formatting.add(
            f"{letter}{table.first_row}:{letter}{table.first_row + table.rows - 1}", colour_scale_rule(higher_is_better)
        )

    def save(self, path: Path, progress: Progress) -> None:
        """Write the file: openpyxl's workbook with the bulk rows streamed into their sheets'
        ``<sheetData>``, a block of rows at a time (memory stays flat whatever the table size)."""
        styles = Styles(self.wb.active)
        sheets = {id(t.ws): t.ws for t in self.tables}
        # Prepare the cells first: that registers their styles before openpyxl writes styles.xml.
        prepared = {key: [_PreparedTable(t, styles) for t in self.tables if t.ws is ws] for key, ws in sheets.items()}
        self.cut_texts += sum(t.cut for tables in prepared.values() for t in tables)
        self._write_cut_notice()  # after preparing the bulk rows: only then is the count complete
        progress.step(0.1)
        buffer = io.BytesIO()
        self.wb.save(buffer)  # small: the bulk rows are not in it yet
        splice = {ws.path.lstrip("/"): key for key, ws in sheets.items()}
        total = sum(t.table.rows for tables in prepared.values() for t in tables) or 1
        done = 0
        with (
            zipfile.ZipFile(buffer) as source,
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as out,
        ):
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename not in splice:
                    out.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL)
                    continue
                tables = prepared[splice[info.filename]]
                head, tail = _split_sheet(data.decode("utf-8"), [t.table for t in tables])
                entry = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                entry.compress_type, entry.external_attr = zipfile.ZIP_DEFLATED, info.external_attr
                entry._compresslevel = ZIP_LEVEL  # type: ignore[attr-defined]  # ZipInfo has no public setter
                with out.open(entry, "w") as stream:
                    stream.write(head.encode("utf-8"))
                    for block in _row_blocks(tables):
                        progress.check()
                        stream.write(block.encode("utf-8"))
                        done += ROW_BLOCK
                        progress.step(0.1 + 0.9 * min(done / total, 1.0))
                    stream.write(tail.encode("utf-8"))
        progress.step(1.0)


ZIP_LEVEL = 3
ROW_BLOCK = 4096  # rows rendered and compressed at a time


class _PreparedTable:
    """A bulk table's cells as (code per row, XML tail per distinct value): each distinct value
    is escaped, checked for formulas and formatted once, and a cell is its position plus its
    value's tail. Code -1 = empty cell (not written)."""

    def __init__(self, table: BulkTable, styles: Styles):
        self.table = table
        self.columns: list[tuple[str, np.ndarray, list[str]]] = []
        self.cut = 0  # texts cut to Excel's cell limit
        self.lines = np.ones(table.rows, dtype=int)  # lines of the tallest wrapped cell of each row
        for offset, column in enumerate(table.columns):
            letter = get_column_letter(table.first_col + offset)
            if column.kind == "number":
                codes, tails = _number_tails(column.values, styles.id(column.number_format))
            else:
                codes, tails, cut = _text_tails(
                    column.values,
                    styles.id(column.number_format, wrap=column.wrap),
                    styles.id(column.number_format, quote=True, wrap=column.wrap),
                )
                self.cut += cut
                if column.wrap:
                    self.lines = np.maximum(self.lines, _wrapped_lines(column.values, codes, column.width))
            self.columns.append((letter, codes, tails))

    def heights(self, first: int, last: int) -> list[int]:
        """Lines of sheet rows ``first``..``last - 1`` (1 outside the table)."""
        start = self.table.first_row
        return [int(self.lines[r - start]) if start <= r < start + self.table.rows else 1 for r in range(first, last)]

    def cells(self, first: int, last: int) -> list[list[str]]:
        """Per column, the cells of sheet rows ``first``..``last - 1`` ("" outside the table)."""
        start = self.table.first_row
        lo, hi = max(first, start), min(last, start + self.table.rows)
        before, after = [""] * max(0, min(lo, last) - first), [""] * max(0, last - max(hi, first))
        out = []
        for letter, codes, tails in self.columns:
            if hi <= lo:
                out.append(before + after)
                continue
            part = codes[lo - start : hi - start].tolist()
            cells = [f'<c r="{letter}{r}{tails[c]}' if c >= 0 else "" for r, c in zip(range(lo, hi), part)]
            out.append(before + cells + after)
        return out


def _number_tails(values, style: int) -> tuple[np.ndarray, list[str]]:
    numbers = pd.to_numeric(pd.Series(values), errors="coerce").to_numpy(dtype=float, na_value=np.nan)
    numbers = np.where(np.isfinite(numbers), numbers, np.nan)
    codes, uniques = pd.factorize(numbers)
    attr = f' s="{style}"' if style else ""
    return codes, [f'"{attr}><v>{v!r}</v></c>' for v in uniques.tolist()]


def _text_tails(values, style: int, quoted: int) -> tuple[np.ndarray, list[str], int]:
    """Codes and tails as for numbers, and how many cells had their text cut."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna("").astype(str).to_numpy(dtype=object))
    texts, formula_like, cut = literal_texts(pd.Series(uniques, dtype=object))
    escaped = (
        texts.str.replace("&", "&amp;", regex=False)
        .str.replace("<", "&lt;", regex=False)
        .str.replace(">", "&gt;", regex=False)
        .str.replace("\r", "&#13;", regex=False)
    ).tolist()
    styles = [f' s="{s}"' if s else "" for s in np.where(formula_like, quoted, style).tolist()]
    tails = [f'"{a} t="inlineStr"><is><t xml:space="preserve">{t}</t></is></c>' for a, t in zip(styles, escaped)]
    empty = np.array([not t for t in escaped] + [True], dtype=bool)  # the last entry: code -1
    codes = np.where(empty[codes], -1, codes)
    cut_cells = int(np.append(cut, False)[codes].sum()) if cut.any() else 0
    return codes, tails, cut_cells


def _wrapped_lines(values, codes: np.ndarray, width: float) -> np.ndarray:
    """Lines each cell's text takes wrapped in a column ``width`` characters wide."""
    texts = pd.Series(values, dtype=object).fillna("").astype(str)
    per_line = max(1.0, width * 1.2 - 1)  # letters are narrower than the digits a width counts
    lines = np.clip(np.ceil(texts.str.len().to_numpy(dtype=float) / per_line), 1, MAX_LINES).astype(int)
    return np.where(codes >= 0, lines, 1)


def _row_blocks(tables: list[_PreparedTable]):
    """The <row> elements of a sheet's bulk tables, ROW_BLOCK rows at a time (tables side by
    side share rows; a row is written when it is inside at least one table)."""
    tables = sorted(tables, key=lambda t: t.table.first_col)
    spans = [(t.table.first_row, t.table.first_row + t.table.rows) for t in tables if t.table.rows]
    if not spans:
        return
    first, last = min(a for a, _ in spans), max(b for _, b in spans)
    for block in range(first, last, ROW_BLOCK):
        end = min(block + ROW_BLOCK, last)
        columns = [column for t in tables for column in t.cells(block, end)]
        inside = [any(a <= r < b for a, b in spans) for r in range(block, end)]
        lines = np.max([t.heights(block, end) for t in tables], axis=0)
        # Spreadsheet programs do not grow a row to its wrapped text when they open a file
        # (LibreOffice draws it over the next rows): a wrapped row gets its height written.
        opens = [
            (f'<row r="{r}" ht="{LINE_PT * n:g}" customHeight="1">' if n > 1 else f'<row r="{r}">') if keep else ""
            for r, keep, n in zip(range(block, end), inside, lines.tolist())
        ]
        closes = ["</row>" if keep else "" for keep in inside]
        yield "".join(chain.from_iterable(zip(opens, *columns, closes)))


def _split_sheet(xml: str, tables: list[BulkTable]) -> tuple[str, str]:
    """The sheet's XML before and after where the bulk rows go (the end of <sheetData>), with
    <dimension> widened to cover them."""
    last_row = max([t.first_row + t.rows - 1 for t in tables] + [1])
    last_col = max(t.first_col + len(t.columns) - 1 for t in tables)
    xml = re.sub(
        r'<dimension ref="[^"]*"\s*/>', f'<dimension ref="A1:{get_column_letter(last_col)}{last_row}"/>', xml, count=1
    )
    if "<sheetData/>" in xml:
        head, _, tail = xml.partition("<sheetData/>")
        return head + "<sheetData>", "</sheetData>" + tail
    head, _, tail = xml.partition("</sheetData>")
    return head, "</sheetData>" + tail
