"""The report's Charts sheet: native Excel charts over data tables on the same sheet.

- "Top options per ingredient": horizontal clustered bars of the overall score of the three
  best-ranked offers of each ingredient (the table beside it names their suppliers).
- "Price vs sustainability": every ranked offer, x = its price relative to the median price of
  its ingredient (1 = median, so that kilos of saffron and of potatoes share one axis),
  y = its sustainability; the best trade-offs (Pareto front) are a second, darker series.

The charts are openpyxl BarChart / ScatterChart objects, so Excel and LibreOffice draw them
and the user can restyle them; nothing is a picture.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.data_source import StrRef
from openpyxl.chart.series import SeriesLabel
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import tr
from core.report.cells import Column
from core.report.printing import page_break_before, set_up_page

TOP = 3
PRINTED_COLS = 15  # A:O, a chart's width: the print area, one A4 landscape page wide at 100 %
BAR_TABLE_COL = PRINTED_COLS + 2  # Q: the data tables start to the right of the charts
PAGE_ROWS = 30  # rows of one printed page (with a tall header row 1); each chart has its own
CHART_WIDTH_CM, CHART_HEIGHT_CM = 25.0, 14.5
BAR_INGREDIENTS = 16  # ingredients per bar chart: more and their names no longer fit beside the bars
SCATTER_TABLE_COL = BAR_TABLE_COL + 1 + 2 * TOP + 1
COLOURS = {"pareto": "1F6F4A", "other": "9BB7A5", "bars": ("1F6F4A", "63A583", "B5D6C3")}


def top_options(ordered: pd.DataFrame) -> pd.DataFrame:
    """One row per ingredient with a ranked offer: name, then supplier and score of ranks 1..TOP."""
    eligible = ordered[ordered["eligible"].fillna(False).astype(bool)]
    top = eligible[eligible["rank"].astype(float) <= TOP]
    if top.empty:
        return pd.DataFrame(columns=["name"])
    rank = top["rank"].astype(int)
    wide = top.assign(_rank=rank).pivot(index="ingredient", columns="_rank", values=["supplier", "rank_score"])
    order = pd.unique(top["ingredient"])  # the report's order (by ingredient name)
    wide = wide.reindex(order)
    table = pd.DataFrame({"name": top.drop_duplicates("ingredient").set_index("ingredient")["_name"].reindex(order)})
    for k in range(1, TOP + 1):
        table[f"supplier_{k}"] = wide["supplier"][k] if k in wide["supplier"] else ""
        table[f"score_{k}"] = wide["rank_score"][k] if k in wide["rank_score"] else np.nan
    return table.reset_index(drop=True)


def scatter_points(ordered: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(Pareto offers, other offers), each with price_index and score columns."""
    eligible = ordered[ordered["eligible"].fillna(False).astype(bool)]
    price = pd.to_numeric(eligible["price_pen_per_base_unit"], errors="coerce")
    median = price.groupby(eligible["ingredient"], sort=False).transform("median")
    points = pd.DataFrame(
        {
            "price_index": (price / median).where(median > 0),
            "score": pd.to_numeric(eligible["score_for_ranking"], errors="coerce"),
            "pareto": eligible["pareto"].fillna(False).astype(bool),
        }
    ).dropna()
    return points[points["pareto"]], points[~points["pareto"]]


def _padded(values: pd.Series, length: int) -> np.ndarray:
    out = np.full(length, np.nan)
    out[: len(values)] = values.to_numpy(dtype=float)
    return out


def add_charts_sheet(book, ws: Worksheet, ordered: pd.DataFrame) -> None:
    lang = book.lang
    T = lambda text: tr(text, lang=lang)
    top = top_options(ordered)
    if top.empty:
        book.put(ws, 1, 1, T("No offer could be ranked, so there is nothing to chart."))
        set_up_page(ws, 1)  # one sentence, still on A4 with page numbers
        return
    columns = [Column(T("Ingredient"), top["name"], width=20)]
    for k in range(1, TOP + 1):
        columns.append(Column(tr("Option {n}", lang=lang, n=k), top[f"supplier_{k}"].fillna(""), width=20))
        columns.append(Column(tr("Score {n}", lang=lang, n=k), top[f"score_{k}"], "number", "overall", 9))
    bars = book.table(ws, 1, columns, first_col=BAR_TABLE_COL, filter_and_freeze=False)

    pareto, other = scatter_points(ordered)
    length = max(len(pareto), len(other))
    points = [
        Column(T("Price index (best trade-offs)"), _padded(pareto["price_index"], length), "number", "0.00", 12),
        Column(T("Best trade-offs (Pareto front)"), _padded(pareto["score"], length), "number", "score", 12),
        Column(T("Price index (other offers)"), _padded(other["price_index"], length), "number", "0.00", 12),
        Column(T("Other ranked offers"), _padded(other["score"], length), "number", "score", 12),
    ]
    book.table(ws, 1, points, first_col=SCATTER_TABLE_COL, filter_and_freeze=False)

    scatter = _scatter_chart(ws, T, [(len(pareto), 0, COLOURS["pareto"]), (len(other), 2, COLOURS["other"])])
    ws.add_chart(scatter, "A2")
    # One page per chart: the scatter, then the bars of BAR_INGREDIENTS ingredients at a time.
    chunks = range(0, bars.rows, BAR_INGREDIENTS)
    for page, first in enumerate(chunks, start=1):
        count = min(BAR_INGREDIENTS, bars.rows - first)
        title = T("Top 3 options per ingredient")
        if len(chunks) > 1:
            title = tr(
                "Top 3 options per ingredient ({first}–{last} of {total})",
                lang=lang,
                first=first + 1,
                last=first + count,
                total=bars.rows,
            )
        page_break_before(ws, page * PAGE_ROWS + 1)
        ws.add_chart(_bar_chart(ws, T, title, first, count), f"A{page * PAGE_ROWS + 2}")
    # Print the charts, not the thousands of rows of data beside them.
    set_up_page(ws, PRINTED_COLS, last_row=(len(chunks) + 1) * PAGE_ROWS)


def _scatter_chart(ws: Worksheet, T, series_specs) -> ScatterChart:
    chart = ScatterChart()
    chart.title = T("Price vs sustainability")
    chart.style = 13
    chart.width, chart.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    chart.x_axis.title = T("Price relative to the ingredient's median (1 = median)")
    chart.y_axis.title = T("Sustainability")
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend.position = "b"
    for count, offset, colour in series_specs:
        if not count:
            continue
        column = SCATTER_TABLE_COL + offset
        xs = Reference(ws, min_col=column, min_row=2, max_row=1 + count)
        ys = Reference(ws, min_col=column + 1, min_row=1, max_row=1 + count)
        series = Series(ys, xs, title_from_data=True)
        series.marker.symbol, series.marker.size = "circle", 5
        series.marker.graphicalProperties.solidFill = colour
        series.marker.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.noFill = True
        chart.series.append(series)
    return chart


def _bar_chart(ws: Worksheet, T, title: str, first: int, rows: int) -> BarChart:
    """The bars of table rows ``first`` .. ``first + rows - 1`` (0 = the first ingredient)."""
    chart = BarChart()
    chart.type, chart.grouping = "bar", "clustered"
    chart.title = title
    chart.width, chart.height = CHART_WIDTH_CM, min(CHART_HEIGHT_CM, max(8.0, 0.7 * rows + 3))
    top, bottom = 2 + first, 1 + first + rows
    for k in range(TOP):
        column = BAR_TABLE_COL + 2 + 2 * k
        data = Reference(ws, min_col=column, min_row=top, max_row=bottom)
        chart.add_data(data, titles_from_data=False)
        chart.series[-1].tx = SeriesLabel(strRef=StrRef(f"{quote_sheetname(ws.title)}!${get_column_letter(column)}$1"))
        chart.series[-1].graphicalProperties.solidFill = COLOURS["bars"][k]
        chart.series[-1].graphicalProperties.line.noFill = True
    chart.set_categories(Reference(ws, min_col=BAR_TABLE_COL, min_row=top, max_row=bottom))
    chart.x_axis.scaling.orientation = "maxMin"  # first ingredient at the top
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    chart.y_axis.title = T("Overall score")
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.legend.position = "b"
    return chart
