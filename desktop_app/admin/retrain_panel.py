"""Retrain panel: start `sourcing retrain` with the Spark master from settings, watch its stage,
progress bar and live log, cancel it. The process itself is handled by RetrainProcess."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.admin.retrain_process import CANCELLED, FAILED, SUCCEEDED, RetrainProcess, retrain_command
from desktop_app.translations import Retranslated

MAX_LOG_LINES = 5000


class RetrainPanel(Retranslated, QWidget):
    candidateRegistered = Signal()
    runningChanged = Signal(bool)

    def __init__(
        self, settings, root: Path, command: Callable[[str], tuple[str, list[str]]] | None = None, parent=None
    ):
        super().__init__(parent)
        self.settings = settings
        self.command = command or retrain_command
        self.process = RetrainProcess(root, self)
        self.process.progressed.connect(self._progressed)
        self.process.logged.connect(self._log)
        self.process.finished.connect(self._finished)
        self.outcome = ""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.stage = QLabel()
        self.stage.setObjectName("retrainStage")
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.log = QPlainTextEdit()
        self.log.setObjectName("retrainLog")
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(MAX_LOG_LINES)
        self.log.setFont(QFont("monospace", 9))
        self.result = QLabel()
        self.result.setObjectName("retrainResult")
        self.result.setWordWrap(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startRetrainButton")
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelRetrainButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.result)
        self._stage_key, self._message = "", ""
        self.data_ready = True
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Retraining runs the DVC pipeline with Spark (master: %1) on the training data and "
                "the audited labels, and registers the result as a candidate. The active model "
                "does not change until you promote the candidate."
            ).replace("%1", self.settings.spark_master or "local[*]")
        )
        self.start_button.setText(self.tr("Start retraining"))
        self.cancel_button.setText(self.tr("Cancel"))
        if getattr(sys, "frozen", False):
            # The installed app has no Python, project or Java to run the pipeline with.
            self.intro.setText(
                self.tr(
                    "This installed app does not retrain models: retraining runs on the admin computer with a Python "
                    "install of the project and Java 17 or newer (docs/installing.md, 'Retraining and Java'). To use a "
                    "model trained there: sourcing models register FOLDER --promote."
                )
            )
            self.start_button.setEnabled(False)
        self._show_stage()

    def set_data_ready(self, ready: bool, why: str = "") -> None:
        """Retraining needs the training data on this PC (the admin screen prepares them)."""
        self.data_ready = ready
        self.start_button.setEnabled(ready and not self.is_running() and not getattr(sys, "frozen", False))
        self.start_button.setToolTip("" if ready else why)

    def stage_name(self, key: str) -> str:
        names = {
            "start": self.tr("Starting"),
            "pull": self.tr("Getting the data"),
            "generate": self.tr("Generating"),
            "prepare": self.tr("Preparing the data"),
            "train": self.tr("Training"),
            "evaluate": self.tr("Evaluating"),
            "audit_experiment": self.tr("Measuring how audits teach the model"),
            "register": self.tr("Registering the candidate"),
            "done": self.tr("Done"),
        }
        return names.get(key, key)

    def _show_stage(self) -> None:
        if not self._stage_key and not self.process.is_running():
            self.stage.setText(self.tr("Not running."))
            return
        text = self.stage_name(self._stage_key) if self._stage_key else self.tr("Starting")
        self.stage.setText(f"{text}: {self._message}" if self._message else text)

    # -- actions ------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.process.is_running()

    def start(self) -> None:
        if self.is_running():
            return
        self.log.clear()
        self.result.clear()
        self.outcome = ""
        self.bar.setValue(0)
        self._stage_key, self._message = "", ""
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        program, arguments = self.command(self.settings.spark_master)
        self.process.start(program, arguments)
        self._show_stage()
        self.runningChanged.emit(True)

    def cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.stage.setText(self.tr("Stopping…"))
        self.process.cancel()

    # -- from the process ---------------------------------------------------------------------
    def _progressed(self, stage: str, fraction: float, message: str) -> None:
        self._stage_key, self._message = stage, message
        self.bar.setValue(int(fraction * 1000))
        self._show_stage()

    def _log(self, line: str) -> None:
        self.log.appendPlainText(line)

    def _finished(self, outcome: str, message: str) -> None:
        self.outcome = outcome
        self.start_button.setEnabled(self.data_ready)
        self.cancel_button.setEnabled(False)
        colour = {SUCCEEDED: "#1f6f4a", CANCELLED: "#555555", FAILED: "#b42318"}[outcome]
        self.result.setStyleSheet(f"color: {colour};")
        self.result.setText(message)
        if outcome == SUCCEEDED:
            self.bar.setValue(1000)
        self._stage_key, self._message = "", ""
        self._show_stage()
        self.runningChanged.emit(False)
        if outcome == SUCCEEDED:
            self.candidateRegistered.emit()
