"""How the workbooks print: A4, page numbers in the footer, header rows repeated, and text no
smaller than 8 pt on paper.

Excel and LibreOffice can shrink a sheet to the page width, but a 20-column table shrunk to one
A4 width prints at about 4 pt. So a sheet is fitted to the page width only when that keeps its
smallest font at 8 pt or more; otherwise it prints at a fixed scale (≥ 8 pt) over as many pages
across as it needs, with its header rows (and its first column, the ingredient) repeated on
every page. The printed width is estimated from the column widths as Excel measures them
(characters of the default font, Calibri 11: 7 pixels a character plus 5 of padding, at 96 dpi).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.worksheet import Worksheet

MIN_PRINTED_PT = 8.0
COMFORTABLE_PT = 8.5  # what a sheet too wide for one page aims at
FIT_MARGIN = 1.05  # LibreOffice's fit comes to up to 4 % less than the estimate from the widths
DEFAULT_FONT_PT = 11.0  # openpyxl's default style: Calibri 11
DEFAULT_COLUMN_WIDTH = 8.43  # characters, Excel's default
A4_MM = (210.0, 297.0)
MARGIN_IN = {"side": 0.5, "top": 0.6, "bottom": 0.7, "header": 0.3, "footer": 0.3}
FOOTER = "&A · &P / &N"  # sheet name, page n of N
POINTS_PER_INCH = 72.0


@dataclass(frozen=True)
class PrintPlan:
    """What ``set_up_page`` decided: fitted to the width, or a fixed scale over several pages."""

    fitted: bool
    scale: int  # percent; for a fitted sheet, the scale the fit comes to (100 when it is narrower)
    printed_font_pt: float  # the sheet's smallest font as printed


def printable_width_pt(landscape: bool) -> float:
    width_mm = A4_MM[1] if landscape else A4_MM[0]
    return width_mm / 25.4 * POINTS_PER_INCH - 2 * MARGIN_IN["side"] * POINTS_PER_INCH


def column_pt(width_chars: float | None) -> float:
    """The printed width at 100 % of a column ``width_chars`` characters wide."""
    width = DEFAULT_COLUMN_WIDTH if width_chars is None else width_chars
    return math.floor(width * 7 + 5) * 0.75


def columns_pt(ws: Worksheet, first: int, last: int) -> float:
    total = 0.0
    for index in range(first, last + 1):
        dimension = ws.column_dimensions.get(get_column_letter(index))
        if dimension is not None and dimension.hidden:
            continue
        total += column_pt(dimension.width if dimension is not None and dimension.width else None)
    return total


def smallest_font_pt(ws: Worksheet) -> float:
    """The smallest font size of the cells openpyxl holds (the bulk rows use the default font)."""
    sizes = [float(cell.font.sz) for cell in ws._cells.values() if cell.font is not None and cell.font.sz]
    return min([DEFAULT_FONT_PT, *sizes])


def set_up_page(
    ws: Worksheet,
    last_col: int,
    *,
    last_row: int | None = None,
    first_row: int = 1,
    title_rows: tuple[int, int] | None = None,
    title_col: bool = False,
    landscape: bool = True,
) -> PrintPlan:
    """A4 page set-up of ``ws``: print area A1 to ``last_col``/``last_row`` (the columns past it,
        technical ones, stay on screen only), footer with page numbers, ``title_rows`` repeated on
        every page, and the first column too when the sheet needs several pages across (printed
    across, then down: one band of rows is read page after page)."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_margins.left = ws.page_margins.right = MARGIN_IN["side"]
    ws.page_margins.top, ws.page_margins.bottom = MARGIN_IN["top"], MARGIN_IN["bottom"]
    ws.page_margins.header, ws.page_margins.footer = MARGIN_IN["header"], MARGIN_IN["footer"]
    ws.oddFooter.center.text = FOOTER
    if last_row is not None:
        ws.print_area = f"A{first_row}:{get_column_letter(last_col)}{last_row}"
    if title_rows is not None:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
    font = smallest_font_pt(ws)
    minimum = MIN_PRINTED_PT / font
    paper = printable_width_pt(landscape)
    width = columns_pt(ws, 1, last_col)
    fit = paper / width if width else 1.0
    if fit >= minimum * FIT_MARGIN:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        scale = min(100, math.floor(fit * 100))
        return PrintPlan(True, scale, font * scale / 100)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.pageOrder = "overThenDown"
    if title_col:
        ws.print_title_cols = "A:A"
        repeated = columns_pt(ws, 1, 1)
        width, paper = width - repeated, paper - repeated
    # A little over the minimum (8.5 pt): as few pages across as readable text allows.
    scale = min(100, math.ceil(100 * max(minimum, COMFORTABLE_PT / font)))
    ws.page_setup.scale = scale
    return PrintPlan(False, scale, font * scale / 100)


def page_break_before(ws: Worksheet, row: int) -> None:
    """Start a new printed page at ``row`` (a chart's first row)."""
    if row > 1:
        if not isinstance(ws.row_breaks, RowBreak):  # pragma: no cover - openpyxl always makes one
            ws.row_breaks = RowBreak()
        ws.row_breaks.append(Break(id=row - 1))


def page_header_text(text: str) -> str:
    """``text`` for a page header or footer: "&" starts a field code there, so it is doubled."""
    return text.replace("&", "&&")
