"""The Excel report: Summary, Options, Charts, Price history, Suppliers, Import issues and About
sheets, written to a temporary name and renamed (core.atomic_write). Machinery in cells.py,
sheet contents in sheets.py, charts.py and history_sheets.py (the two history sheets are
written when the caller has a workspace history to give)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.atomic_write import atomic_path
from core.i18n import normalise_language, tr
from core.progress import Progress
from core.report.about import ReportAbout
from core.report.cells import ReportBook
from core.report.charts import add_charts_sheet
from core.report.history_sheets import HistoryReport, history_titles, price_history_sheet, suppliers_sheet
from core.report.sheets import (
    about_sheet,
    ingredient_names,
    issues_sheet,
    options_sheet,
    order_for_report,
    sheet_titles,
    summary_sheet,
)


def write_report(
    path: str | Path,
    ranked: pd.DataFrame,
    summary: pd.DataFrame,
    import_report: pd.DataFrame,
    about: ReportAbout,
    lang: str = "es",
    progress: Progress | None = None,
    history: HistoryReport | None = None,
) -> Path:
    """Write the whole report to ``path`` (replaced atomically) and return it.

    ``about`` is built by core.report.about.report_about (the same for the CLI and the window).
    """
    lang = normalise_language(lang)
    progress = progress or Progress.silent()
    progress.step(0.0, tr("Writing the Excel report", lang=lang))
    names = ingredient_names(lang)
    titles = sheet_titles(lang)
    book = ReportBook(lang)
    ordered = order_for_report(ranked, names, lang)

    summary_sheet(book, book.sheet(titles["summary"]), ranked, summary, names, about)
    progress.step(0.1)
    options_sheet(book, book.sheet(titles["options"]), ordered, names)
    progress.step(0.3)
    add_charts_sheet(book, book.sheet(titles["charts"]), ordered)
    if history is not None:
        history_sheet_titles = history_titles(lang)
        price_history_sheet(book, book.sheet(history_sheet_titles["prices"]), history)
        suppliers_sheet(book, book.sheet(history_sheet_titles["suppliers"]), history)
    progress.step(0.4)
    issues_sheet(book, book.sheet(titles["issues"]), import_report)
    about_sheet(book, book.sheet(titles["about"]), about, ranked)
    progress.step(0.5)
    with atomic_path(path) as tmp:
        book.save(tmp, progress.sub(0.5, 1.0))
    return Path(path)
