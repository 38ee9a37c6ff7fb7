"""Keeping the history ready to read: scores for stored offers the active model has not scored,
and the supplier-standing facts of weeks not judged yet. Long work with progress and cancel;
the app runs it in the background after imports and scoring, the command line in front.

Each function opens its own connection to the workspace file (a worker thread must not share
the window's connection) and writes in small transactions, so the window can keep saving.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from core.appstate.workspace import Workspace
from core.history.lists import DEFAULT_STALE_DAYS
from core.history.standing import QUARTER, prepare_weeks
from core.model.scoring import score_offers
from core.progress import Progress
from core.ranking.rank import Constraints, Weights

CHUNK = 5000  # offers scored and stored at a time


def score_stored_offers(workspace: Workspace, bundle, progress: Progress | None = None) -> int:
    """Score every stored offer without a score from ``bundle`` (seasonality of the month of its
    list) and remember the scores; returns how many were scored."""
    progress = progress or Progress.silent()
    version = str(bundle.version)
    total = len(workspace.offers_to_score(version))
    done = 0
    while done < total:
        progress.check()
        missing = workspace.offers_to_score(version, limit=CHUNK)
        if missing.empty:
            break
        month = pd.to_datetime(missing["list_date"]).dt.month.to_numpy()
        scored = score_offers(missing.assign(month=month), bundle=bundle, explain=False)
        scored["offer_id"] = missing["offer_id"].to_numpy()
        workspace.save_scores(scored, version)
        done += len(missing)
        progress.step(min(done / total, 1.0))
    return done


def score_history_file(path: Path, bundle, progress: Progress) -> int:
    """``score_stored_offers`` over its own connection to the workspace at ``path``."""
    workspace = Workspace.open(path)
    try:
        return score_stored_offers(workspace, bundle, progress)
    finally:
        workspace.close()


def prepare_standing_file(
    path: Path,
    weights: Weights,
    constraints: Constraints | None = None,
    stale_days: int = DEFAULT_STALE_DAYS,
    progress: Progress | None = None,
    periods: list[str] | None = None,
    kind: str = QUARTER,
) -> int:
    """Judge the weeks (of ``periods``, default all) not judged yet with these parameters
    (core.history.standing), over its own connection; returns how many weeks were judged."""
    workspace = Workspace.open(path)
    try:
        return prepare_weeks(workspace, periods, kind, weights, constraints or Constraints(), stale_days, progress)
    finally:
        workspace.close()
