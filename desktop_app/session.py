"""The data the window shows and the operations that change it.

The session holds the workspace's offers, their scores (when the model has loaded) and the
ranking under the current weights and constraints. Every computation is a core function run
through ``BackgroundOp``; results arrive on the main thread and are announced by signal.
Ranking keeps only the newest result, so dragging a weight slider never queues stale work.
"""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.appstate.settings import Settings
from core.appstate.workspace import Workspace
from core.contract import REPORT_COLUMNS, SCORED_COLUMNS
from core.i18n import current_language
from core.model.registry import ModelRegistry
from core.model.scoring import score_offers
from core.progress import Progress
from core.ranking.rank import Constraints, Weights, current_supplier_offers, rank_offers
from desktop_app.operations import BackgroundOp

log = logging.getLogger(__name__)

MODEL_LOADING, MODEL_READY, MODEL_MISSING = "loading", "ready", "missing"


def load_active_model(progress: Progress):
    """Worker: import the scoring stack (TensorFlow) and load the active bundle."""
    progress.step(0.0)

    registry = ModelRegistry()
    bundle = registry.load_active()
    progress.step(1.0)
    return bundle


def unscored(offers: pd.DataFrame) -> pd.DataFrame:
    """Offers with empty score columns, so that views and ranking work before the model loads."""
    frame = offers.copy()
    for column, kind in SCORED_COLUMNS.items():
        if column not in frame:
            frame[column] = False if kind == "bool" else ("" if kind == "str" else np.nan)
    return frame


def score(offers: pd.DataFrame, bundle: Any, progress: Progress) -> pd.DataFrame:
    scored = score_offers(offers, bundle=bundle, progress=progress, explain=True)
    scored["offer_id"] = offers["offer_id"].to_numpy()
    return scored


def rank(
    scored: pd.DataFrame,
    weights: dict[str, float],
    constraints: dict[str, Any],
    progress: Progress | None = None,
    current: dict[str, str] | None = None,
) -> pd.DataFrame:
    """Rank with the core ranking; slider weights are relative importances (scaled to add up to 1).
    ``current``: ingredient -> the supplier marked as today's (the report's switch columns)."""
    return rank_offers(
        scored,
        Weights.normalised(weights),
        Constraints(**constraints),
        current_offers=current_supplier_offers(scored, current or {}),
        lang=current_language(),
        progress=progress,
    )


def default_constraints() -> dict[str, Any]:
    return dict(certified_only=False, max_price_pen=None, no_air_freight=False, min_score=None, excluded_suppliers=())


class Session(QObject):
    offersChanged = Signal()
    rankedChanged = Signal()
    modelStatusChanged = Signal()

    def __init__(self, workspace: Workspace, settings: Settings, parent_widget: QWidget | None = None):
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.parent_widget = parent_widget
        self.weights: dict[str, float] = dict(settings.default_weights)
        self.constraints: dict[str, Any] = default_constraints()
        self.offers: pd.DataFrame = pd.DataFrame()
        self.scored: pd.DataFrame = pd.DataFrame()
        self.ranked: pd.DataFrame = pd.DataFrame()
        self.bundle: Any = None
        self.model_status = MODEL_LOADING
        self.model_version = ""
        self._rank_generation = 0
        self._score_generation = 0

    # -- restore and model -------------------------------------------------------------
    def restore(self) -> None:
        """The offers of the last session, shown at once (scores follow when the model is in)."""
        saved = self.workspace.session("weights")
        if isinstance(saved, dict):
            self.weights.update({k: float(v) for k, v in saved.items() if k in self.weights})
        self._set_offers(self.workspace.offers())

    def start_model_loading(self) -> None:
        self.model_status = MODEL_LOADING
        self.modelStatusChanged.emit()
        BackgroundOp(self.parent_widget, lambda p: load_active_model(p)).in_lane("model").success(
            self._model_loaded
        ).failure(self._model_failed).run()

    def _model_loaded(self, bundle: Any) -> None:
        self.bundle = bundle
        self.model_version = str(getattr(bundle, "version", "") or "")
        self.model_status = MODEL_READY
        log.info("Model %s loaded.", self.model_version)
        self.modelStatusChanged.emit()
        self.rescore()

    def _model_failed(self, error: BaseException) -> None:
        log.warning("No model could be loaded: %s", error)
        self.model_status = MODEL_MISSING
        self.modelStatusChanged.emit()

    # -- offers ---------------------------------------------------------------------------
    def commit_offers(self, offers: pd.DataFrame, report, files: list[str], terms: pd.DataFrame | None = None) -> int:
        """Commit an import (and the minimum orders its lists state) to the workspace in one
        transaction, and show its offers."""
        import_id = self.workspace.add_import(
            offers, report.to_frame(), files, report.summary(), report.rows_read, terms=terms
        )
        self._set_offers(self.workspace.offers())
        return import_id

    def import_report_frame(self) -> pd.DataFrame:
        """The cleansing reports of the imports in the workspace (REPORT_COLUMNS), for the Excel report."""
        frames = [self.workspace.import_report(entry["id"]) for entry in self.workspace.imports()]
        frames = [f for f in frames if not f.empty]
        if not frames:
            return pd.DataFrame(columns=list(REPORT_COLUMNS))
        return pd.concat(frames, ignore_index=True)[list(REPORT_COLUMNS)]

    def report_about(self) -> dict[str, Any]:
        return {
            "model_version": self.model_version or "—",
            "method": "weighted",
            "weights": Weights.normalised(self.weights),
            "constraints": Constraints(**self.constraints),
        }

    def cleanse_settings(self):
        """Cleansing settings from the user's settings; the defaults when the catalogs cannot say."""
        try:
            return self.settings.cleanse_settings()
        except Exception as error:  # a bad place id must not block imports
            log.warning("Restaurant location not usable (%s); using the default.", error)
            return None

    def _set_offers(self, offers: pd.DataFrame) -> None:
        self.offers = offers
        self.scored = unscored(offers)
        self.offersChanged.emit()
        self.rescore()

    def rescore(self) -> None:
        if self.bundle is None or self.offers.empty:
            self.rerank()
            return
        self._score_generation += 1
        generation = self._score_generation
        offers, bundle = self.offers, self.bundle
        BackgroundOp(self.parent_widget, lambda p: score(offers, bundle, p)).in_lane("model").success(
            lambda scored: self._scored(scored, generation)
        ).run()

    def _scored(self, scored: pd.DataFrame, generation: int) -> None:
        if generation != self._score_generation:
            return
        self.scored = scored
        self.rerank()

    # -- ranking ------------------------------------------------------------------------
    def set_weights(self, weights: dict[str, float]) -> None:
        self.weights = dict(weights)
        self.rerank()

    def set_constraint(self, name: str, value: Any) -> None:
        self.constraints[name] = value
        self.rerank()

    def current_changed(self) -> None:
        """The manager marked another current supplier: the ranking's current offers follow."""
        self.rerank()

    def rerank(self) -> None:
        self._rank_generation += 1
        generation = self._rank_generation
        scored, weights, constraints = self.scored, dict(self.weights), dict(self.constraints)
        current = self.workspace.current_suppliers()
        if scored.empty:
            self._ranked(scored, generation)
            return
        BackgroundOp(self.parent_widget, lambda p: rank(scored, weights, constraints, p, current)).success(
            lambda ranked: self._ranked(ranked, generation)
        ).run()

    def _ranked(self, ranked: pd.DataFrame, generation: int) -> None:
        if generation != self._rank_generation:
            return  # a newer weight change is on its way
        self.ranked = ranked
        self.rankedChanged.emit()

    def save_session(self) -> None:
        self.workspace.set_session("weights", self.weights)

    # -- lookups for the views --------------------------------------------------------------
    def offer(self, offer_id: int) -> pd.Series | None:
        frame = self.ranked if not self.ranked.empty else self.scored
        if frame.empty or "offer_id" not in frame:
            return None
        rows = frame[frame["offer_id"] == offer_id]
        return None if rows.empty else rows.iloc[0]

    def audited_score(self, offer_id: int) -> float | None:
        labels = self.workspace.labels()
        rows = labels[labels["offer_id"] == offer_id]
        if rows.empty:
            return None
        value = float(rows.iloc[-1]["sustainability_score"])
        return None if math.isnan(value) else value
