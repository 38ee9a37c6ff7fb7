"""The admin screen (after the PIN): dataset, retraining, candidate vs active, drift, and the
offers to audit next.

Views only; the work is in core (dataset_versions, model_comparison, drift_monitor) and in
RetrainProcess. ``modelChanged`` tells the main window to load the newly active model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QTabWidget, QVBoxLayout, QWidget

from core.model.registry import ModelRegistry
from core.paths import app_root
from desktop_app.admin.audit_queue_panel import AuditQueuePanel
from desktop_app.admin.compare_panel import ComparePanel
from desktop_app.admin.dataset_panel import DatasetPanel
from desktop_app.admin.drift_panel import DriftPanel
from desktop_app.admin.retrain_panel import RetrainPanel


class AdminWindow(QWidget):
    modelChanged = Signal(str)

    def __init__(
        self,
        session,
        settings,
        root: Path | None = None,
        registry: Callable[[], ModelRegistry] = ModelRegistry,
        retrain_command: Callable[[str], tuple[str, list[str]]] | None = None,
        parent=None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("adminWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        root = Path(root or app_root())
        self.dataset = DatasetPanel(session.workspace, settings, root)
        self.retrain = RetrainPanel(settings, root, retrain_command)
        self.compare = ComparePanel(root, registry)
        self.drift = DriftPanel(session, root)
        self.audit = AuditQueuePanel(session)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        for panel in (self.dataset, self.retrain, self.compare, self.drift, self.audit):
            self.tabs.addTab(panel, "")
        self.tabs.currentChanged.connect(self._tab_shown)
        self.retrain.candidateRegistered.connect(self._candidate_registered)
        self.compare.modelChanged.connect(self.modelChanged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(1100, 760)
        self.retranslate()
        self.dataset.refresh()
        self.compare.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Administration: data, retraining and models"))
        for index, text in enumerate(
            (
                self.tr("Dataset"),
                self.tr("Retrain"),
                self.tr("Compare and promote"),
                self.tr("Drift"),
                self.tr("Offers to audit next"),
            )
        ):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _tab_shown(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit:
            self.audit.refresh()

    def _candidate_registered(self) -> None:
        self.compare.refresh()
        self.dataset.refresh()
        self.tabs.setCurrentWidget(self.compare)

    def closeEvent(self, event) -> None:
        if self.retrain.is_running():
            answer = QMessageBox.question(
                self, self.tr("Retraining is running"), self.tr("A retraining is running. Cancel it and close?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.retrain.cancel()
        super().closeEvent(event)
