"""The report's history sheets: "Price history" (native Excel line charts of the ingredients
whose prices moved most: a line per supplier and the market median, over the weeks) and
"Suppliers" (each supplier's standing in the latest quarter and month, with the change since
the period before). core.history prepares the figures (``HistoryReport``); this module only
writes them. Charts are openpyxl LineCharts over tables on the same sheet, so Excel and
LibreOffice draw them and the user can restyle them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import tr
from core.report.cells import ReportBook
from core.report.sheets import landscape

CHART_ROWS = 26  # rows one chart takes, with its title and legend
TABLE_COL = 16  # P: the chart data start to the right of the charts
MEDIAN_COLOUR = "212529"
SUPPLIER_COLOURS = ("1F6F4A", "D9480F", "1C7ED6", "AE3EC9", "E8A20C", "0B7285", "C2255C", "5C940D", "495057")


@dataclass
class IngredientSeries:
    ingredient: str  # catalog id
    name: str  # in the report's language
    base_unit: str
    weekly: pd.DataFrame  # index: week (Monday), columns: suppliers; median price per base unit
    median: pd.Series  # index: week; the market median
    change_pct: float  # the market median's change from its first to its last week, percent


@dataclass
class HistoryReport:
    series: list[IngredientSeries] = field(default_factory=list)
    standings: list[tuple[str, pd.DataFrame]] = field(default_factory=list)  # (period, core.history STANDING_COLUMNS)
    jump_pct: float = 15.0


def history_titles(lang: str) -> dict[str, str]:
    return {"prices": tr("Price history", lang=lang), "suppliers": tr("Suppliers", lang=lang)}


def price_history_sheet(book: ReportBook, ws: Worksheet, history: HistoryReport) -> None:
    lang = book.lang
    if not history.series:
        book.put(ws, 1, 1, tr("Only one list per supplier so far: no price history to chart yet.", lang=lang))
        return
    book.put(ws, 1, 1, tr("Ingredients whose prices moved most", lang=lang)).font = Font(bold=True, size=13)
    row = 3
    for series in history.series:
        row = _ingredient_block(book, ws, row, series) + 2
    ws.print_area = f"A1:{get_column_letter(TABLE_COL - 1)}{row}"
    landscape(ws)


def _ingredient_block(book: ReportBook, ws: Worksheet, row: int, series: IngredientSeries) -> int:
    """The chart at column A and its table at TABLE_COL from ``row``; returns the last row used."""
    lang = book.lang
    weeks = list(series.weekly.index)
    suppliers = list(series.weekly.columns)
    book.header(ws, row, TABLE_COL, [tr("Week", lang=lang), *suppliers, tr("Market median", lang=lang)])
    for offset, week in enumerate(weeks, start=1):
        book.put(ws, row + offset, TABLE_COL, week.to_pydatetime().date(), "yyyy-mm-dd")
        for column, supplier in enumerate(suppliers, start=1):
            book.put(ws, row + offset, TABLE_COL + column, _cell(series.weekly.at[week, supplier]), "pen")
        book.put(ws, row + offset, TABLE_COL + len(suppliers) + 1, _cell(series.median.get(week)), "pen")
    ws.column_dimensions[get_column_letter(TABLE_COL)].width = 11
    chart = LineChart()
    chart.title = tr(
        "{name}: S/ per {unit} ({change} in the period)",
        lang=lang,
        name=series.name,
        unit=series.base_unit,
        change=f"{series.change_pct:+.1f} %",
    )
    chart.width, chart.height = 25, 12.5
    chart.display_blanks = "span"  # a week without a list joins its neighbours
    chart.y_axis.title = tr("S/ per base unit", lang=lang)
    chart.y_axis.number_format = "0.00"
    chart.x_axis.number_format = "yyyy-mm-dd"
    chart.x_axis.title = tr("Week", lang=lang)
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend.position = "b"
    last = row + len(weeks)
    data = Reference(ws, min_col=TABLE_COL + 1, max_col=TABLE_COL + len(suppliers) + 1, min_row=row, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=TABLE_COL, min_row=row + 1, max_row=last))
    for position, line in enumerate(chart.series):
        median = position == len(suppliers)
        colour = MEDIAN_COLOUR if median else SUPPLIER_COLOURS[position % len(SUPPLIER_COLOURS)]
        line.graphicalProperties.line.solidFill = colour
        line.graphicalProperties.line.width = 28000 if median else 19000
        if median:
            line.graphicalProperties.line.dashStyle = "dash"
        line.smooth = False
    ws.add_chart(chart, f"A{row}")
    return max(row + CHART_ROWS, last)


def _cell(value: object) -> object:
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    return number if np.isfinite(number) else None


def suppliers_sheet(book: ReportBook, ws: Worksheet, history: HistoryReport) -> None:
    lang = book.lang
    if not history.standings:
        book.put(ws, 1, 1, tr("No price lists are stored yet, so there is no supplier standing.", lang=lang))
        return
    row = 1
    for period, table in history.standings:
        title = tr("Supplier standing, {period}", lang=lang, period=period)
        book.put(ws, row, 1, title).font = Font(bold=True, size=13)
        row = _standing_table(book, ws, row + 2, table) + 2
    notes = [
        tr(
            "Recommended: share of the supplier's offers that were the best option of their ingredient in their "
            "week, with the restaurant's default weights.",
            lang=lang,
        ),
        tr(
            "Price index: the supplier's prices against each ingredient's market median that week (100 = median; "
            "below 100 is cheaper).",
            lang=lang,
        ),
        tr("Complete rows: origin, transport and certification stated in the price list.", lang=lang),
        tr("Changes compare with the period before; a rank change of +2 means two places up.", lang=lang),
    ]
    for note in notes:
        book.put(ws, row, 1, note)
        row += 1
    landscape(ws)


def _standing_table(book: ReportBook, ws: Worksheet, row: int, table: pd.DataFrame) -> int:
    lang = book.lang
    T = lambda text: tr(text, lang=lang)  # noqa: E731
    columns = [
        (T("Rank"), "rank", "int", 7),
        (T("Rank change"), "rank_change", '+0;-0;"="', 9),
        (T("Supplier"), "supplier", None, 30),
        (T("Lists"), "lists", "int", 7),
        (T("Offers"), "offers", "int", 8),
        (T("Recommended"), "recommended_share", "0%", 14),
        (T("Change (points)"), "recommended_share_change", "+0.0%;-0.0%;0.0%", 10),
        (T("Mean sustainability"), "mean_score", "score", 13),
        (T("Change"), "mean_score_change", "+0.00;-0.00;0.00", 9),
        (T("Price index"), "price_index", "0", 9),
        (T("Change"), "price_index_change", "+0.0;-0.0;0.0", 9),
        (T("Complete rows"), "completeness", "0%", 10),
        (T("Flagged or refused"), "flagged_share", "0%", 10),
    ]
    book.header(ws, row, 1, [title for title, *_ in columns])
    ws.row_dimensions[row].height = 32
    for offset, (_, key, number_format, width) in enumerate(columns, start=1):
        letter = get_column_letter(offset)
        ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width or 0, width)
        for index, value in enumerate(table[key].tolist() if key in table else [], start=1):
            shown = value if isinstance(value, str) else (None if pd.isna(value) else round(float(value), 4))
            if key == "rank_change" and shown is None:
                shown = T("new")  # no standing in the period before
            book.put(ws, row + index, offset, shown, number_format)
    return row + len(table)
