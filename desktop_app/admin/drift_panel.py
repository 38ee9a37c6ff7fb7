"""Drift panel: the offers imported in the last N days against the training data — PSI per
feature, the share of unknown categories, the predicted-score distribution over time, and
warnings past the thresholds documented in core.lifecycle.drift."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget

from core.charts import admin as admin_charts
from core.lifecycle.drift import (
    PSI_ALERT,
    PSI_WARNING,
    UNKNOWN_WARNING,
    DriftReport,
    drift_report,
    score_distribution_over_time,
)
from core.lifecycle.drift_monitor import cached_reference_profile, recent_offers
from core.model.scoring import score_offers
from desktop_app.admin.frame_model import FrameModel
from desktop_app.error_dialog import show_error
from desktop_app.operations import BackgroundOp
from desktop_app.translations import Retranslated

STATUS_BACKGROUND = {"stable": None, "warning": "#fff3cd", "alert": "#fde2e1"}


def load_inputs(root: Path, workspace, days: int, progress):
    """Worker: the reference profile (cached per dataset version) and the recent offers."""
    profile = cached_reference_profile(root, progress.sub(0.0, 0.9))
    return profile, recent_offers(workspace, days)


def score_recent(offers: pd.DataFrame, bundle, progress) -> pd.DataFrame:
    """Model thread: predicted scores for offers the window has not scored yet."""
    scored = score_offers(offers, bundle=bundle, explain=False, progress=progress)
    out = offers.copy()
    out["sustainability_score_pred"] = scored["sustainability_score_pred"].to_numpy()
    return out


class DriftPanel(Retranslated, QWidget):
    checked = Signal()

    def __init__(self, session, root: Path, parent=None):
        super().__init__(parent)
        self.session, self.root = session, Path(root)
        self.report: DriftReport | None = None
        self.recent = pd.DataFrame()
        self.days_label = QLabel()
        self.days = QSpinBox()
        self.days.setObjectName("driftDays")
        self.days.setRange(1, 3650)
        self.days.setValue(30)
        self.check_button = QPushButton()
        self.check_button.setObjectName("checkDriftButton")
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setObjectName("driftSummary")
        self.summary.setWordWrap(True)
        self.warnings = QLabel()
        self.warnings.setObjectName("driftWarnings")
        self.warnings.setWordWrap(True)
        self.thresholds = QLabel()
        self.thresholds.setWordWrap(True)
        self.thresholds.setStyleSheet("color: #666666;")
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.data_ready = True
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(7, 3), layout="constrained"))
        self.canvas.setMinimumHeight(240)
        self.psi_axes, self.time_axes = self.canvas.figure.subplots(1, 2)
        top = QHBoxLayout()
        top.addWidget(self.days_label)
        top.addWidget(self.days)
        top.addWidget(self.check_button)
        top.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 2)
        middle.addWidget(self.canvas, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addLayout(middle, 1)
        layout.addWidget(self.thresholds)
        self.retranslate()

    def retranslate(self) -> None:
        self.days_label.setText(self.tr("Offers imported in the last"))
        self.days.setSuffix(self.tr(" days"))
        self.check_button.setText(self.tr("Check drift"))
        self.thresholds.setText(
            self.tr(
                "Thresholds: PSI below %1 stable; from %1 a moderate shift (warning); from %2 "
                "a large shift (retraining advised). Unknown categories: a warning above %3."
            )
            .replace("%1", f"{PSI_WARNING:.2f}")
            .replace("%2", f"{PSI_ALERT:.2f}")
            .replace("%3", f"{UNKNOWN_WARNING:.0%}")
        )
        self._show()

    def set_data_ready(self, ready: bool, why: str = "") -> None:
        """The check compares with the training data, which must be on this PC."""
        self.data_ready = ready
        self.check_button.setEnabled(ready)
        self.check_button.setToolTip("" if ready else why)

    # -- work ---------------------------------------------------------------------------------
    def check(self) -> BackgroundOp:
        self.check_button.setEnabled(False)
        root, workspace, days = self.root, self.session.workspace, self.days.value()
        return (
            BackgroundOp(self, lambda p: load_inputs(root, workspace, days, p))
            .with_progress(self.tr("Comparing recent offers with the training data…"))
            .success(self._inputs_loaded)
            .failure(self._failed)
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        self.check_button.setEnabled(self.data_ready)
        show_error(self, error)

    def _inputs_loaded(self, inputs) -> None:
        profile, recent = inputs
        scored = self.session.scored
        if not recent.empty and "sustainability_score_pred" in scored and "offer_id" in scored:
            predictions = scored.set_index("offer_id")["sustainability_score_pred"]
            recent["sustainability_score_pred"] = recent["offer_id"].map(predictions)
        missing = (
            recent.empty
            or "sustainability_score_pred" not in recent
            or recent["sustainability_score_pred"].isna().any()
        )
        bundle = self.session.bundle
        if missing and bundle is not None and not recent.empty:
            BackgroundOp(self, lambda p: score_recent(recent, bundle, p)).in_lane("model").success(
                lambda frame: self._finish(profile, frame)
            ).failure(self._failed).run()
        else:
            self._finish(profile, recent)

    def _finish(self, profile: dict, recent: pd.DataFrame) -> None:
        self.check_button.setEnabled(self.data_ready)
        self.recent = recent
        self.report = drift_report(profile, recent) if not recent.empty else None
        self._show()
        self.checked.emit()

    # -- showing ------------------------------------------------------------------------------
    def _show(self) -> None:
        headers = [self.tr("Feature"), self.tr("PSI"), self.tr("Reading")]
        report = self.report
        if report is None:
            checked = self.recent is not None and self.check_button.isEnabled() and self._was_checked()
            self.summary.setText(
                self.tr("No offers were imported in this period.")
                if checked
                else self.tr("Press “Check drift” to compare the recent offers with the training data.")
            )
            self.warnings.clear()
            self.model.set_frame(pd.DataFrame(columns=["feature", "psi", "message"]), headers)
            admin_charts.psi_bars(self.psi_axes, pd.DataFrame(), self._chart_labels())
            # before a check both charts say so; "no scored offers" only once a check found none
            empty_time = self._time_labels() if checked else self._chart_labels()
            admin_charts.score_over_time(self.time_axes, pd.DataFrame(), empty_time)
            self.canvas.draw_idle()
            return
        freq = "D" if self.days.value() <= 31 else "W"
        distribution = score_distribution_over_time(self.recent, "imported_at", freq)
        self.summary.setText(
            self.tr("%n recent offer(s) checked.", "", len(self.recent))
            + " "
            + self.tr("Share with categories the model never saw: %1.").replace("%1", f"{report.unknown_share:.0%}")
        )
        if report.warnings:
            self.warnings.setStyleSheet("color: #b42318;" if report.worst == "alert" else "color: #8a6100;")
            self.warnings.setText("\n".join("⚠ " + w for w in report.warnings))
        else:
            self.warnings.setStyleSheet("color: #1f6f4a;")
            self.warnings.setText(self.tr("No warnings: the recent offers look like the training data."))
        features = report.features
        self.model.set_frame(
            features[["feature", "psi", "message"]], headers, [STATUS_BACKGROUND[s] for s in features["status"]]
        )
        self.table.resizeColumnsToContents()
        admin_charts.psi_bars(self.psi_axes, features, self._chart_labels())
        admin_charts.score_over_time(self.time_axes, distribution, self._time_labels())
        self.canvas.draw_idle()

    def _was_checked(self) -> bool:
        return self.recent is not None and "imported_at" in self.recent

    def _chart_labels(self) -> dict[str, str]:
        return {
            "x": self.tr("PSI"),
            "warning": self.tr("moderate shift"),
            "alert": self.tr("large shift"),
            "empty": self.tr("No drift computed yet"),
            "y": self.tr("Predicted score"),
            "mean": self.tr("mean"),
            "band": self.tr("10th–90th percentile"),
        }

    def _time_labels(self) -> dict[str, str]:
        return {**self._chart_labels(), "empty": self.tr("No scored offers in this period")}
