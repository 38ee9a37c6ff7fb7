"""Offers to audit next: the scored offers where an audited label would teach the model the
most (core.model.audit_queue): a wide interval, or a score the model moved away from the
written rubric. The sustainability officer audits them first."""

from __future__ import annotations

import pandas as pd
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget

from core.catalogs import load_catalogs
from core.i18n import current_language
from core.model.audit_queue import offers_to_audit
from desktop_app.admin.frame_model import FrameModel
from desktop_app.error_dialog import show_error
from desktop_app.operations import BackgroundOp
from desktop_app.translations import Retranslated

SHOWN = ["supplier", "product", "ingredient", "sustainability_score_pred", "interval", "rubric_score", "priority"]


def audit_queue(scored: pd.DataFrame, labels: pd.DataFrame, prep: dict, k: int, progress) -> pd.DataFrame:
    """Worker: the queue, leaving out offers that already have an audited label."""
    progress.step(0.1)
    frame = scored.copy()
    if not labels.empty and "offer_id" in frame and "offer_id" in labels:
        audited = labels.dropna(subset=["sustainability_score"]).groupby("offer_id")["sustainability_score"].last()
        frame["sustainability_score"] = frame["offer_id"].map(audited)
    queue = offers_to_audit(frame, prep, k)
    queue["interval"] = [
        f"{low:.2f}–{high:.2f}" for low, high in zip(queue["score_low"], queue["score_high"], strict=True)
    ]
    return queue


class AuditQueuePanel(Retranslated, QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.queue = pd.DataFrame(columns=SHOWN)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.count_label = QLabel()
        self.count = QSpinBox()
        self.count.setObjectName("auditQueueCount")
        self.count.setRange(5, 200)
        self.count.setValue(20)
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshAuditQueue")
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("auditQueueStatus")
        self.status.setWordWrap(True)
        self.model = FrameModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditQueueTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.count_label)
        top.addWidget(self.count)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.explanation.setText(
            self.tr(
                "Audit these offers first: the model is least sure of them (a wide interval) or has "
                "moved furthest from the written rubric there. Each audited label you enter teaches "
                "the model the most here. Offers already audited or unlike anything the model learned "
                "from are left out."
            )
        )
        self.count_label.setText(self.tr("Offers to list"))
        self.refresh_button.setText(self.tr("Refresh"))
        self._show()

    def refresh(self) -> BackgroundOp | None:
        scored, bundle = self.session.scored, self.session.bundle
        if bundle is None or scored.empty or "sustainability_score_pred" not in scored:
            self.queue = pd.DataFrame(columns=SHOWN)
            self.status.setText(self.tr("Import price lists and wait for their scores to see which offers to audit."))
            self._show()
            return None
        labels, k = self.session.workspace.labels(), self.count.value()
        self.refresh_button.setEnabled(False)
        return (
            BackgroundOp(self, lambda p: audit_queue(scored, labels, bundle.prep, k, p))
            .success(self._loaded)
            .failure(self._failed)
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        show_error(self, error)

    def _loaded(self, queue: pd.DataFrame) -> None:
        self.refresh_button.setEnabled(True)
        self.queue = queue
        self.status.setText(
            self.tr("%n offer(s) to audit next, most useful first.", "", len(queue))
            if len(queue)
            else self.tr("No offer needs an audit: every scored offer is audited or needs a review first.")
        )
        self._show()

    def _show(self) -> None:
        headers = [
            self.tr("Supplier"),
            self.tr("Product"),
            self.tr("Ingredient"),
            self.tr("Model score"),
            self.tr("Likely between"),
            self.tr("Rubric score"),
            self.tr("Priority"),
        ]
        shown = self.queue[SHOWN].copy()
        catalogs, lang = load_catalogs(), current_language()
        shown["ingredient"] = [catalogs.label("ingredient", str(i), lang) if i else "" for i in shown["ingredient"]]
        self.model.set_frame(shown, headers)  # the catalog's name in the user's language, not its id
        self.table.resizeColumnsToContents()
