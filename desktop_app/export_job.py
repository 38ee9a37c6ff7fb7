"""Background jobs behind File > Export: the Excel report (core.report_xlsx) and where the
audited scores for retraining go. No Qt here."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd

from core.paths import app_root, user_data_dir
from core.progress import Progress


def export_report(path: Path, ranked: pd.DataFrame, import_report: pd.DataFrame, about: dict[str, Any],
                  lang: str, progress: Progress) -> Path:
    """Write the Excel report through the core (it writes to a temporary name and renames)."""
    from core.recommendation import summarise
    from core.report_xlsx import write_report

    progress.step(0.0)
    summary = summarise(ranked)
    return Path(write_report(path, ranked, summary, import_report, about, lang, progress))


def feedback_dir() -> Path:
    """data/feedback in the source tree (read by retraining); the user's folder when read-only."""
    folder = app_root() / "data" / "feedback"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    fallback = user_data_dir() / "feedback"
    fallback.mkdir(parents=True, exist_ok=True)
    return fallback

