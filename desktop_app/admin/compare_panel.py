"""Compare panel: the candidate against the active model (held-out metrics, errors per category,
a chart, the model card), and the Promote (atomic) and Roll back actions."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.charts import admin as admin_charts
from core.errors import UserError
from core.i18n import short_moment
from core.lifecycle.model_comparison import (
    held_out_offers,
    metric_rows,
    model_card_text,
    per_category_errors,
    recorded_per_category,
)
from core.model.bundle import load_bundle, read_metadata
from core.model.registry import ModelRegistry, VersionInfo
from desktop_app.admin.frame_model import FrameModel
from desktop_app.error_dialog import show_error, show_info
from desktop_app.operations import BackgroundOp
from desktop_app.translations import Retranslated

BETTER_COLOUR = {"candidate": "#e2f0e8", "active": "#fde2e1"}


def compute_category_errors(root: Path, paths: dict[str, Path], progress):
    """Model thread: load both bundles and score the held-out suppliers with each."""
    progress.step(0.0)
    offers = held_out_offers(root)
    bundles = {name: load_bundle(path) for name, path in paths.items()}
    return per_category_errors(bundles, offers, progress.sub(0.1, 1.0))


class ComparePanel(Retranslated, QWidget):
    modelChanged = Signal(str)  # the version now active

    def __init__(self, root: Path, registry: Callable[[], ModelRegistry] = ModelRegistry, parent=None):
        super().__init__(parent)
        self.root = Path(root)
        self.registry_factory = registry
        self.active: str | None = None
        self.versions: dict[str, VersionInfo] = {}
        self.category_errors = pd.DataFrame()
        self.candidate_label = QLabel()
        self.candidate_choice = QComboBox()
        self.candidate_choice.setObjectName("candidateChoice")
        self.candidate_choice.currentIndexChanged.connect(self._show_comparison)
        self.status = QLabel()
        self.status.setObjectName("compareStatus")
        self.status.setWordWrap(True)
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(6, 3), layout="constrained"))
        self.canvas.setMinimumHeight(240)
        self.metric_axes, self.category_axes = self.canvas.figure.subplots(1, 2)
        self.card = QTextBrowser()
        self.card.setObjectName("modelCard")
        self.card.setOpenExternalLinks(True)
        self.categories_button = QPushButton()
        self.categories_button.clicked.connect(self.compute_categories)
        self.promote_button = QPushButton()
        self.promote_button.setObjectName("promoteButton")
        self.promote_button.clicked.connect(self.promote)
        self.rollback_button = QPushButton()
        self.rollback_button.setObjectName("rollbackButton")
        self.rollback_button.clicked.connect(self.rollback)
        self.rollback_target: str | None = None
        self.data_ready = True
        top = QHBoxLayout()
        top.addWidget(self.candidate_label)
        top.addWidget(self.candidate_choice, 1)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.categories_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rollback_button)
        buttons.addWidget(self.promote_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.canvas, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setSizes([640, 360])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.candidate_label.setText(self.tr("Candidate:"))
        self.categories_button.setText(self.tr("Compute errors per category"))
        self.categories_button.setToolTip(
            self.tr("Scores the held-out suppliers of the training data with both models (takes a little while).")
        )
        self.promote_button.setText(self.tr("Promote the candidate"))
        self.rollback_button.setText(self.tr("Roll back to the previous model"))
        self._show_comparison()

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        registry = self.registry_factory()
        infos = registry.list_versions()
        self.active = registry.active_version()
        self.rollback_target = registry.rollback_target()
        self.versions = {info.version: info for info in infos}
        candidates = [info.version for info in infos if info.valid and info.version != self.active]
        self.candidate_choice.blockSignals(True)
        self.candidate_choice.clear()
        for version in reversed(candidates):  # newest first
            self.candidate_choice.addItem(version, version)
        self.candidate_choice.blockSignals(False)
        self.category_errors = pd.DataFrame()
        self._show_comparison()

    def set_data_ready(self, ready: bool) -> None:
        """The errors per category score the training data's held-out suppliers."""
        self.data_ready = ready
        self._show_comparison()

    def candidate(self) -> str | None:
        return self.candidate_choice.currentData()

    def _metadata(self, version: str | None) -> dict:
        info = self.versions.get(version or "")
        if info is None:
            return {}

        try:
            return read_metadata(info.path)
        except UserError:
            return {"metrics": info.metrics}

    def _show_comparison(self) -> None:
        candidate = self.candidate()
        active_meta, candidate_meta = self._metadata(self.active), self._metadata(candidate)
        if candidate is None:
            self.status.setText(
                self.tr("Active model: %1. There is no candidate yet: run a retraining first.").replace(
                    "%1", self.active or self.tr("none")
                )
            )
        else:
            self.status.setText(
                self.tr(
                    "Active model: %1. Candidate: %2, made %3. "
                    "Green: the candidate is better; red: the active model is better."
                )
                .replace("%1", self.active or self.tr("none"))
                .replace("%2", candidate)
                .replace("%3", short_moment(candidate_meta.get("created")) or "?")
            )
        self.promote_button.setEnabled(candidate is not None)
        self.categories_button.setEnabled(candidate is not None and self.active is not None and self.data_ready)
        self.rollback_button.setEnabled(self.rollback_target is not None)
        self.rollback_button.setToolTip(
            self.tr("Makes model %1 active again.").replace("%1", self.rollback_target)
            if self.rollback_target
            else self.tr("There is no earlier model to go back to: no other version has been active on this PC.")
        )
        rows = metric_rows(active_meta, candidate_meta) if candidate else []
        names = {
            "mae": self.tr("Mean absolute error (MAE)"),
            "f1": self.tr("F1 of “recommended”"),
            "ndcg_at_3": self.tr("Ranking quality (NDCG@3)"),
            "coverage": self.tr("Interval coverage"),
        }
        records = [(names[r.key], r.active, r.candidate) for r in rows]
        colours = [BETTER_COLOUR.get(r.better) for r in rows]
        per_category = self._per_category(active_meta, candidate_meta)
        for _, row in per_category.iterrows():
            active_error, candidate_error = float(row["active"]), float(row["candidate"])
            records.append((self.tr("MAE for %1").replace("%1", str(row["category"])), active_error, candidate_error))
            better = (
                ""
                if math.isnan(active_error) or math.isnan(candidate_error) or active_error == candidate_error
                else "candidate"
                if candidate_error < active_error
                else "active"
            )
            colours.append(BETTER_COLOUR.get(better))
        frame = pd.DataFrame(records, columns=["metric", "active", "candidate"])
        headers = [
            self.tr("Measure (held-out suppliers)"),
            self.tr("Active (%1)").replace("%1", self.active or "—"),
            self.tr("Candidate (%1)").replace("%1", candidate or "—"),
        ]
        self.model.set_frame(frame, headers, colours)
        self.table.resizeColumnsToContents()
        chart_labels = {
            "active": self.tr("Active"),
            "candidate": self.tr("Candidate"),
            "empty": self.tr("No candidate to compare"),
            "mae": "MAE",
            "f1": "F1",
            "ndcg_at_3": "NDCG@3",
            "coverage": self.tr("Coverage"),
        }
        admin_charts.metric_bars(self.metric_axes, rows, chart_labels)
        admin_charts.category_error_bars(
            self.category_axes,
            per_category,
            ["active", "candidate"] if len(per_category) else [],
            {
                **chart_labels,
                "x": self.tr("MAE per category"),
                "empty": self.tr("Errors per category not computed yet"),
            },
        )
        self.canvas.draw_idle()
        shown = candidate or self.active
        info = self.versions.get(shown or "")
        self.card.setMarkdown(model_card_text(info.path, self._metadata(shown), self.root) if info else "")

    def _per_category(self, active_meta: dict, candidate_meta: dict) -> pd.DataFrame:
        if not self.category_errors.empty:
            return self.category_errors[["category", "active", "candidate"]]
        active, candidate = recorded_per_category(active_meta), recorded_per_category(candidate_meta)
        if not active or not candidate:
            return pd.DataFrame(columns=["category", "active", "candidate"])
        frame = pd.DataFrame({"active": pd.Series(active), "candidate": pd.Series(candidate)})
        return frame.rename_axis("category").reset_index().sort_values("active", ascending=False)

    # -- actions ------------------------------------------------------------------------------
    def compute_categories(self) -> BackgroundOp | None:
        candidate, active = self.candidate(), self.active
        if candidate is None or active is None:
            return None
        if not (self.root / "data" / "training" / "offers.parquet").is_file():
            show_error(
                self, UserError(self.tr("The training data are not on this computer; run `dvc pull` to get them."))
            )
            return None
        paths = {"active": self.versions[active].path, "candidate": self.versions[candidate].path}
        root = self.root
        return (
            BackgroundOp(self, lambda p: compute_category_errors(root, paths, p))
            .in_lane("model")
            .with_progress(self.tr("Scoring the held-out suppliers with both models…"))
            .success(self._categories_computed)
            .run()
        )

    def _categories_computed(self, frame: pd.DataFrame) -> None:
        self.category_errors = frame
        self._show_comparison()

    def promote(self) -> BackgroundOp | None:
        candidate = self.candidate()
        if candidate is None:
            return None
        factory = self.registry_factory
        return (  # the complete check loads and runs the model: in the one TensorFlow thread
            BackgroundOp(self, lambda p: (factory().promote(candidate), candidate)[1])
            .in_lane("model")
            .with_progress(self.tr("Checking and promoting %1…").replace("%1", candidate))
            .success(lambda version: self._switched(version, self.tr("Model %1 is now active.")))
            .failure(lambda error: show_error(self, error))
            .run()
        )

    def rollback(self) -> BackgroundOp:
        factory = self.registry_factory
        return (
            BackgroundOp(self, lambda p: factory().rollback())
            .in_lane("model")
            .with_progress(self.tr("Rolling back…"))
            .success(lambda version: self._switched(version, self.tr("Rolled back: model %1 is active again.")))
            .failure(lambda error: show_error(self, error))
            .run()
        )

    def _switched(self, version: str, text: str) -> None:
        self.refresh()
        self.modelChanged.emit(version)
        show_info(self, self.tr("Model changed"), text.replace("%1", version))
