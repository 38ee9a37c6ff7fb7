"""Dataset panel: the DVC version of the training data, the audited labels not yet in it, and
the action that adds them as a new DVC-tracked version (core.lifecycle.dataset_versions)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from core.errors import UserError
from core.i18n import short_moment
from core.lifecycle.dataset_versions import TrainingDataInfo, add_labels_version, pending_labels, training_data_info
from desktop_app.admin.frame_model import FrameModel
from desktop_app.error_dialog import show_error, show_info
from desktop_app.operations import BackgroundOp
from desktop_app.translations import Retranslated

SHOWN_COLUMNS = ["supplier", "product", "ingredient", "origin", "sustainability_score"]


class DatasetPanel(Retranslated, QWidget):
    datasetChanged = Signal()

    def __init__(self, workspace, settings, root: Path, parent=None):
        super().__init__(parent)
        self.workspace, self.settings, self.root = workspace, settings, Path(root)
        self.info: TrainingDataInfo | None = None
        self.pending = pd.DataFrame()
        self.box = QGroupBox()
        self.hash_value, self.rows_value, self.change_value = QLabel(), QLabel(), QLabel()
        for label in (self.hash_value, self.rows_value, self.change_value):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.captions = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout(self.box)
        for caption, value in zip(self.captions, (self.hash_value, self.rows_value, self.change_value), strict=False):
            form.addRow(caption, value)
        self.pending_title = QLabel()
        self.pending_title.setObjectName("pendingTitle")
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addLabelsButton")
        self.add_button.clicked.connect(self.add_labels)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.pending_title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Training data (DVC)"))
        for caption, text in zip(
            self.captions, (self.tr("Version (md5)"), self.tr("Rows"), self.tr("Last change")), strict=False
        ):
            caption.setText(text)
        self.refresh_button.setText(self.tr("Refresh"))
        self._show()

    def refresh(self) -> None:
        try:
            self.info = training_data_info(self.root)
            self.pending = pending_labels(self.workspace, self.root)
        except UserError as error:
            show_error(self, error)
        self._show()

    def _show(self) -> None:
        info = self.info
        if info is None:
            return
        self.hash_value.setText(info.md5 or self.tr("not recorded (run `dvc repro` once)"))
        if info.rows is None:
            self.rows_value.setText(self.tr("not on this computer (run `dvc pull` to get the data)"))
        else:
            self.rows_value.setText(f"{info.rows:,}")
        self.change_value.setText(short_moment(info.last_change) if info.last_change else self.tr("unknown"))
        count = len(self.pending)
        self.pending_title.setText(
            self.tr("%n audited label(s) entered in the app are not in the dataset yet.", "", count)
            if count
            else self.tr("Every audited label entered in the app is in the dataset.")
        )
        headers = [
            self.tr("Supplier"),
            self.tr("Product"),
            self.tr("Ingredient"),
            self.tr("Origin"),
            self.tr("Audited score"),
        ]
        frame = self.pending.reindex(columns=SHOWN_COLUMNS) if count else pd.DataFrame(columns=SHOWN_COLUMNS)
        self.model.set_frame(frame, headers)
        remote = self.settings.dvc_remote
        self.add_button.setText(
            self.tr("Add as a new dataset version and push to “%1”").replace("%1", remote)
            if remote
            else self.tr("Add as a new dataset version")
        )
        self.add_button.setEnabled(count > 0)

    def add_labels(self) -> BackgroundOp | None:
        if self.pending.empty:
            return None
        root, labels, remote = self.root, self.pending.copy(), self.settings.dvc_remote
        self.add_button.setEnabled(False)

        def job(progress):
            progress.step(0.0)
            return add_labels_version(root, labels, remote)

        return (
            BackgroundOp(self, job)
            .with_progress(self.tr("Adding the audited labels to the dataset…"))
            .success(self._added)
            .failure(self._failed)
            .run()
        )

    def _added(self, version) -> None:
        self.refresh()
        self.datasetChanged.emit()
        text = self.tr("%n label(s) were added as a new dataset version (%1).", "", version.labels).replace(
            "%1", version.path.name
        )
        if version.pushed_to:
            text += " " + self.tr("They were pushed to the DVC remote “%1”.").replace("%1", version.pushed_to)
        show_info(self, self.tr("Dataset updated"), text)

    def _failed(self, error: BaseException) -> None:
        self.refresh()
        show_error(self, error)
