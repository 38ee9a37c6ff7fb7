"""The admin's technical settings: the Spark master retraining runs on and the DVC remote the
training data and the audited labels are pulled from and pushed to. They are here, behind the
PIN, and not in the settings every user sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from core.appstate.settings import Settings, save_settings
from core.errors import UserError
from desktop_app.error_dialog import show_error
from desktop_app.translations import Retranslated


class PipelineSettingsPanel(Retranslated, QWidget):
    saved = Signal()

    def __init__(self, settings: Settings, save: Callable[[Settings], object] = save_settings, parent=None):
        super().__init__(parent)
        self.settings, self.save_function = settings, save
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.spark = QLineEdit(settings.spark_master)
        self.spark.setObjectName("sparkMasterEdit")
        self.dvc = QLineEdit(settings.dvc_remote)
        self.dvc.setObjectName("dvcRemoteEdit")
        self.spark_label, self.dvc_label = QLabel(), QLabel()
        self.spark_help, self.dvc_help = QLabel(), QLabel()
        for help_label in (self.spark_help, self.dvc_help):
            help_label.setWordWrap(True)
            help_label.setStyleSheet("color: #555555;")
        form = QFormLayout()
        form.addRow(self.spark_label, self.spark)
        form.addRow("", self.spark_help)
        form.addRow(self.dvc_label, self.dvc)
        form.addRow("", self.dvc_help)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePipelineSettingsButton")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Where retraining runs and where the training data are kept."))
        self.spark_label.setText(self.tr("Spark master"))
        self.spark_help.setText(
            self.tr("local[*] runs Spark on this PC with every core; spark://host:7077 uses a Spark cluster.")
        )
        self.dvc_label.setText(self.tr("DVC remote"))
        self.dvc_help.setText(
            self.tr(
                "The name of a remote in the project's DVC configuration; empty uses the project's default remote. "
                "The training data are pulled from it and new audited labels are pushed to it."
            )
        )
        self.save_button.setText(self.tr("Save"))

    def save(self) -> None:
        previous = (self.settings.spark_master, self.settings.dvc_remote)
        self.settings.spark_master = self.spark.text().strip() or "local[*]"
        self.settings.dvc_remote = self.dvc.text().strip()
        try:
            self.save_function(self.settings)
        except (UserError, OSError) as error:
            self.settings.spark_master, self.settings.dvc_remote = previous
            show_error(self, error if isinstance(error, UserError) else UserError(str(error)))
            return
        self.spark.setText(self.settings.spark_master)
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
