"""Background jobs behind File > Export: the Excel report (core.report.workbook) and where the
audited scores for retraining go. No Qt here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from core.model.bundle import Bundle
from core.paths import user_data_dir
from core.progress import Progress
from core.ranking.summary import summarise
from core.report.about import ReportAbout
from core.report.history_sheets import HistoryReport
from core.report.workbook import write_report
from core.workflow import explain_recommended


def export_report(
    path: Path,
    ranked: pd.DataFrame,
    import_report: pd.DataFrame,
    about: ReportAbout,
    lang: str,
    progress: Progress,
    bundle: Bundle | None = None,
    history: Callable[[], HistoryReport] | None = None,
) -> Path:
    """Write the Excel report through the core (it writes to a temporary name and renames),
    with the recommended offers' explanations when the model is loaded. ``history`` gives the
    figures of the price-history and supplier sheets (read here, in the worker, over its own
    connection to the workspace)."""
    progress.step(0.0)
    if bundle is not None and not ranked.empty:
        ranked = explain_recommended(ranked.copy(), bundle)
    summary = summarise(ranked)
    figures = history() if history is not None else None
    return Path(write_report(path, ranked, summary, import_report, about, lang, progress, history=figures))


def feedback_dir() -> Path:
    """Where the audited labels are exported as CSV: the user's data folder. They reach the
    training data only through the admin screen's "add as a new dataset version" (a DVC
    version of data/feedback), so no label is ever counted twice."""
    folder = user_data_dir() / "feedback"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
