"""The data the window shows and the operations that change it.

The session holds the current offers (each supplier's newest list, with its changes since the
previous list and whether it is stale), their scores (when the model has loaded) and the
ranking under the current weights and constraints. Every computation is a core function run
through ``BackgroundOp``; results arrive on the main thread and are announced by signal.
Ranking keeps only the newest result, so dragging a weight slider never queues stale work.

The scores of the current offers are remembered in the workspace; afterwards the history is
kept ready in the background (core.history.upkeep): older lists scored, supplier-standing
weeks judged. ``historyChanged`` tells the history views to read again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from core.appstate.audit_entry import Audit
from core.appstate.settings import Settings
from core.appstate.workspace import Workspace
from core.catalogs import load_catalogs
from core.cleansing.corrections import Correction, CorrectionBook, reassign_ingredient
from core.cleansing.row_cleansing import CleanseSettings
from core.contract import REPORT_COLUMNS, SCORED_COLUMNS
from core.errors import UserError
from core.history.lists import current_offers
from core.history.upkeep import prepare_standing_file, score_history_file
from core.i18n import current_language
from core.model.bundle import Bundle
from core.model.registry import ModelRegistry
from core.model.scoring import explain_offers, score_offers
from core.progress import Progress
from core.ranking.audits import apply_audits, empty_audits
from core.ranking.rank import Constraints, Weights, rank_offers
from core.report.about import ReportAbout, report_about
from core.text import fold
from desktop_app.operations import BackgroundOp

log = logging.getLogger(__name__)

MODEL_LOADING, MODEL_READY, MODEL_MISSING = "loading", "ready", "missing"


def load_active_model(progress: Progress) -> Bundle:
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


def score(offers: pd.DataFrame, bundle: Bundle, progress: Progress) -> pd.DataFrame:
    """Scores without explanations: the chosen offer's is computed when it is shown (explain)."""
    scored = score_offers(offers, bundle=bundle, progress=progress, explain=False)
    scored["offer_id"] = offers["offer_id"].to_numpy()
    return scored


def explain(offer: pd.Series, bundle: Any, progress: Progress) -> str:
    """Worker: the explanation (JSON) of one offer."""
    return str(explain_offers(offer.to_frame().T.infer_objects(), bundle, progress=progress).iloc[0])


def rank(
    scored: pd.DataFrame,
    weights: Weights,
    constraints: Constraints,
    progress: Progress | None = None,
    audits: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Worker: rank with the core ranking in the current language, the officer's audited
    scores applied."""
    return rank_offers(apply_audits(scored, audits), weights, constraints, lang=current_language(), progress=progress)


class Session(QObject):
    offersChanged = Signal()
    rankedChanged = Signal()
    modelStatusChanged = Signal()
    historyChanged = Signal()

    def __init__(self, workspace: Workspace, settings: Settings, parent_widget: QWidget | None = None):
        super().__init__()
        self.workspace = workspace
        self.settings = settings
        self.parent_widget = parent_widget
        self.weights: Weights = Weights.normalised(settings.default_weights)
        self.constraints: Constraints = Constraints()
        self.offers: pd.DataFrame = pd.DataFrame()
        self.scored: pd.DataFrame = pd.DataFrame()
        self.ranked: pd.DataFrame = pd.DataFrame()
        self.bundle: Bundle | None = None
        self.model_status = MODEL_LOADING
        self.model_version = ""
        self.audits: pd.DataFrame = empty_audits()
        self._explanations: dict[int, str] = {}  # offer id -> JSON, for the current scores
        self._rank_generation = 0
        self._score_generation = 0
        self._upkeep = "idle"  # idle | running | again (asked again while running)
        self._positions: tuple[pd.DataFrame | None, dict[int, int]] = (None, {})

    # -- restore and model -------------------------------------------------------------
    def restore(self) -> None:
        """The offers of the last session, shown at once (scores follow when the model is in)."""
        saved = self.workspace.session("weights")
        if isinstance(saved, dict):
            raw = self.weights.as_dict()
            raw.update({k: float(v) for k, v in saved.items() if k in raw})
            try:
                self.weights = Weights.normalised(raw)
            except UserError as error:  # a damaged saved value: keep the defaults
                log.warning("Saved weights not usable (%s); using the defaults.", error)
        self.audits = self.workspace.audits()
        self._set_offers(self.current_offers())
        self.keep_history_ready()

    def current_offers(self) -> pd.DataFrame:
        """Each supplier's newest list with its changes and staleness (core.history.lists)."""
        return current_offers(self.workspace, self.settings.stale_after_days, self.settings.price_jump_pct)

    def start_model_loading(self) -> None:
        self.model_status = MODEL_LOADING
        self.modelStatusChanged.emit()
        BackgroundOp(self.parent_widget, lambda p: load_active_model(p)).in_lane("model").success(
            self._model_loaded
        ).failure(self._model_failed).run()

    def _model_loaded(self, bundle: Bundle) -> None:
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
    def commit_offers(self, offers: pd.DataFrame, report, files: list[str]) -> int:
        """Commit an import to the workspace (one transaction) and show its offers.

        When the write fails (the file locked by another program, a full disk) the transaction
        was rolled back; the offers are read again from the file anyway, so that the window
        shows exactly what is stored, and the error goes to the caller (the dialog stays open
        for a retry)."""
        try:
            import_id = self.workspace.add_import(offers, report.to_frame(), files, report.summary(), report.rows_read)
        except UserError:
            self.reload_offers()
            raise
        self._set_offers(self.current_offers())
        self.historyChanged.emit()
        self.keep_history_ready()
        return import_id

    def reload_offers(self) -> None:
        """Show what the workspace file holds (after a failed write, or a change of the stale or
        price-jump setting); a failing read is logged."""
        try:
            self._set_offers(self.current_offers())
        except UserError as error:
            log.warning("Offers could not be read again after a failed write: %s", error)

    def import_report_frame(self) -> pd.DataFrame:
        """The cleansing reports of the imports in the workspace (REPORT_COLUMNS), for the Excel report."""
        frames = [self.workspace.import_report(entry["id"]) for entry in self.workspace.imports()]
        frames = [f for f in frames if not f.empty]
        if not frames:
            return pd.DataFrame(columns=list(REPORT_COLUMNS))
        return pd.concat(frames, ignore_index=True)[list(REPORT_COLUMNS)]

    def report_about(self) -> ReportAbout:
        return report_about(self.model_version, self.weights, self.constraints)

    def cleanse_settings(self) -> CleanseSettings:
        """Cleansing settings from the user's settings (the defaults when the catalogs cannot say),
        with the chef's corrections remembered in the workspace."""
        try:
            settings = self.settings.cleanse_settings()
        except Exception as error:  # a bad place id must not block imports
            log.warning("Restaurant location not usable (%s); using the default.", error)
            settings = CleanseSettings()
        settings.corrections = CorrectionBook(self.workspace.corrections())
        return settings

    def change_ingredient(self, offer_id: int, ingredient: str) -> int:
        """The chef's "Change ingredient…": remember it for the supplier and product, apply it to
        their stored offers (derived again), show the result. Returns how many offers changed."""
        rows = self.offers[self.offers["offer_id"] == offer_id]
        if rows.empty:
            return 0
        offer = rows.iloc[0]
        correction = Correction(
            offer["supplier"], "ingredient", offer["product"], ingredient, dt.date.today().isoformat()
        )
        self.workspace.add_correction(correction)
        same = (self.offers["supplier"].map(fold) == fold(offer["supplier"])) & (
            self.offers["product"].map(fold) == fold(offer["product"])
        )
        settings = self.cleanse_settings()
        changed = reassign_ingredient(self.offers[same], ingredient, load_catalogs(), settings, settings.corrections)
        self.workspace.update_offers(changed)
        self._set_offers(self.current_offers())
        return len(changed)

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
        if "previous_score" in scored:
            scored["score_change"] = scored["sustainability_score_pred"] - scored["previous_score"]
        self.scored = scored
        self._explanations.clear()
        self.rerank()
        try:
            if self.workspace.save_scores(scored, self.model_version):
                self.historyChanged.emit()
        except UserError as error:  # the ranking is on screen; the history catches up next time
            log.warning("Scores not remembered: %s", error)
        self.keep_history_ready()

    # -- history ------------------------------------------------------------------------------
    def standing_weights(self) -> Weights:
        """The restaurant's weights (settings), which the supplier standing is judged with."""
        try:
            return Weights.normalised(self.settings.default_weights)
        except UserError:
            return Weights.normalised({"sustainability": 0.5, "price": 0.3, "distance": 0.1, "co2": 0.1})

    def keep_history_ready(self) -> None:
        """In the background: score older lists with the active model, then judge the standing
        weeks not judged yet; announce ``historyChanged`` when something changed. One run at a
        time: a request during a run starts one more run after it."""
        if self._upkeep != "idle":
            self._upkeep = "again"
            return
        self._upkeep = "running"
        path, bundle = self.workspace.path, self.bundle
        weights, stale = self.standing_weights(), self.settings.stale_after_days

        def judge(_scored: int = 0) -> None:
            BackgroundOp(self.parent_widget, lambda p: prepare_standing_file(path, weights, None, stale, p)).success(
                lambda weeks: self._history_prepared(weeks or _scored)
            ).failure(self._history_failed).run()

        if bundle is None:
            judge()
            return
        BackgroundOp(self.parent_widget, lambda p: score_history_file(path, bundle, p)).in_lane("model").success(
            judge
        ).failure(self._history_failed).run()

    def _history_prepared(self, changed: int) -> None:
        if changed:
            self.historyChanged.emit()
        self._upkeep_done()

    def _history_failed(self, error: BaseException) -> None:
        log.warning("The history could not be brought up to date: %s", error)
        self._upkeep_done()

    def _upkeep_done(self) -> None:
        again = self._upkeep == "again"
        self._upkeep = "idle"
        if again:
            self.keep_history_ready()

    # -- ranking ------------------------------------------------------------------------
    def set_weights(self, importances: dict[str, float]) -> None:
        """Slider positions are relative importances; the ranking gets them scaled to add up to 1.
        All at zero says nothing about what matters: the previous weights stay."""
        try:
            self.weights = Weights.normalised(importances)
        except UserError as error:
            log.info("Weights not changed: %s", error)
            return
        self.rerank()

    def set_constraint(self, name: str, value: Any) -> None:
        self.constraints = dataclasses.replace(self.constraints, **{name: value})
        self.rerank()

    def rerank(self) -> None:
        self._rank_generation += 1
        generation = self._rank_generation
        scored, weights, constraints = self.scored, self.weights, self.constraints
        audits = self.audits
        if scored.empty:
            self._ranked(scored, generation)
            return
        BackgroundOp(self.parent_widget, lambda p: rank(scored, weights, constraints, p, audits)).success(
            lambda ranked: self._ranked(ranked, generation)
        ).run()

    def _ranked(self, ranked: pd.DataFrame, generation: int) -> None:
        if generation != self._rank_generation:
            return  # a newer weight change is on its way
        self.ranked = ranked
        self.rankedChanged.emit()

    def save_session(self) -> None:
        self.workspace.set_session("weights", self.weights.as_dict())

    # -- lookups for the views --------------------------------------------------------------
    def offer(self, offer_id: int) -> pd.Series | None:
        frame = self.ranked if not self.ranked.empty else self.scored
        if frame.empty or "offer_id" not in frame:
            return None
        if self._positions[0] is not frame:  # a dict lookup: the views ask on every click
            self._positions = (frame, {int(i): p for p, i in enumerate(frame["offer_id"].to_numpy())})
        position = self._positions[1].get(int(offer_id))
        return None if position is None else frame.iloc[position]

    # -- audits and explanations ------------------------------------------------------------
    def save_audit(self, audit: Audit, offer: pd.Series) -> int:
        """Store the officer's audit (with a label per covered offer, for retraining) and re-rank
        at once with it. Raises UserError with one sentence when the entry is incomplete."""
        covered = None
        if audit.scope == "supplier_ingredient" and not self.offers.empty:
            same_supplier = self.offers["supplier"].astype(str).str.casefold() == audit.supplier.casefold()
            covered = self.offers[same_supplier & (self.offers["ingredient"] == audit.ingredient)]
        audit_id = self.workspace.add_audit(audit, offer.to_dict() if audit.scope == "offer" else None, covered)
        self.audits = self.workspace.audits()
        self.rerank()
        return audit_id

    def explanation(self, offer_id: int) -> str | None:
        """The offer's explanation if it was computed for the current scores, else None."""
        return self._explanations.get(offer_id)

    def request_explanation(self, offer_id: int, done: Callable[[int, str], None]) -> None:
        """Compute the offer's explanation in the model lane; ``done(offer_id, json)`` on the main
        thread. Nothing happens without a model (the pane says it has no explanation yet)."""
        offer = self.offer(offer_id)
        if self.bundle is None or offer is None or math.isnan(_score_of(offer)):
            return
        if offer_id in self._explanations:
            done(offer_id, self._explanations[offer_id])
            return
        bundle, generation = self.bundle, self._score_generation

        def arrived(text: str) -> None:
            if generation == self._score_generation:
                self._explanations[offer_id] = text
                done(offer_id, text)

        BackgroundOp(self.parent_widget, lambda p: explain(offer, bundle, p)).in_lane("model").success(arrived).run()


def _score_of(offer: pd.Series) -> float:
    try:
        return float(offer.get("sustainability_score_pred"))
    except (TypeError, ValueError):
        return math.nan
