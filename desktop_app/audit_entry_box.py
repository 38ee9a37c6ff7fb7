"""The sustainability officer's entry of an audited score, shown just under the offer's score in
the detail pane: score, date, what it applies to (this offer, or every offer of this
ingredient from this supplier), auditor, note and an optional evidence file.

It is emptied whenever another offer is shown (``reset``), so a score typed for one offer can
never be saved for the next. The auditor's name stays: the same officer audits many offers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop_app.translations import Retranslated

NOT_ENTERED = -0.01  # the spin box's "—": no score typed yet


class AuditEntryBox(Retranslated, QWidget):
    auditEntered = Signal(dict)  # score, scope, auditor, audit_date, note, evidence

    def __init__(self, parent=None):
        super().__init__(parent)
        self._evidence = ""
        self.caption = QLabel()
        self.score = QDoubleSpinBox()
        self.score.setObjectName("auditedScore")
        self.score.setRange(NOT_ENTERED, 1.0)
        self.score.setSingleStep(0.05)
        self.score.setDecimals(2)
        self.score.setSpecialValueText("—")
        self.date = QDateEdit()
        self.date.setObjectName("auditDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.scope = QComboBox()
        self.scope.setObjectName("auditScope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(8)  # the pane is narrow; the list shows the whole text
        self.auditor = QLineEdit()
        self.auditor.setObjectName("auditor")
        self.note = QLineEdit()
        self.note.setObjectName("auditNote")
        self.evidence = QPushButton()
        self.evidence.setObjectName("auditEvidence")
        self.evidence.clicked.connect(self._choose_evidence)
        self.save = QPushButton()
        self.save.setObjectName("saveAuditedScore")
        self.save.clicked.connect(self._save)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 2, 0, 2)
        # four short rows rather than three wide ones: the right pane is about 340 px at 1280 px
        grid.addWidget(self.caption, 0, 0)
        grid.addWidget(self.score, 0, 1)
        grid.addWidget(self.scope, 0, 2)
        grid.addWidget(self.date, 1, 0, 1, 2)
        grid.addWidget(self.auditor, 1, 2)
        grid.addWidget(self.note, 2, 0, 1, 3)
        grid.addWidget(self.evidence, 3, 0, 1, 2)
        grid.addWidget(self.save, 3, 2)
        grid.setColumnStretch(2, 1)
        for widget in (self.score, self.auditor):
            signal = widget.valueChanged if widget is self.score else widget.textChanged
            signal.connect(self._update_save)
        self.retranslate()
        self.reset()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Audit:"))
        self.score.setToolTip(self.tr("The audited sustainability score, 0 to 1"))
        self.date.setToolTip(self.tr("Date of the audit"))
        current = max(self.scope.currentIndex(), 0)
        self.scope.clear()
        self.scope.addItem(self.tr("this offer"), "offer")
        self.scope.addItem(self.tr("this ingredient from this supplier"), "supplier_ingredient")
        self.scope.setCurrentIndex(current)
        self.scope.setToolTip(self.tr("What the audited score applies to, in this list and in later ones"))
        self.auditor.setPlaceholderText(self.tr("Auditor"))
        self.note.setPlaceholderText(self.tr("Note"))
        self._show_evidence()
        self.save.setText(self.tr("Save audit"))
        self._update_save()

    def reset(self) -> None:
        """Empty the entry for a newly shown offer (the auditor's name is kept)."""
        self.score.setValue(NOT_ENTERED)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setDate(QDate.currentDate())
        self.scope.setCurrentIndex(0)
        self.note.clear()
        self._evidence = ""
        self._show_evidence()
        self._update_save()

    def entered(self) -> bool:
        return self.score.value() > NOT_ENTERED

    def _update_save(self, *_args) -> None:
        ready = self.entered() and bool(self.auditor.text().strip())
        self.save.setEnabled(ready)
        self.save.setToolTip("" if ready else self.tr("Type the audited score and the auditor's name first."))

    def _show_evidence(self) -> None:
        name = Path(self._evidence).name
        self.evidence.setText(name[:18] + ("…" if len(name) > 18 else "") if name else self.tr("Evidence…"))
        self.evidence.setToolTip(
            self._evidence or self.tr("Attach a document (audit report, certificate); a copy is kept")
        )

    def _choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Evidence for the audit"),
            "",
            self.tr("Documents (*.pdf *.jpg *.jpeg *.png *.docx *.xlsx);;All files (*)"),
        )
        if path:
            self._evidence = path
            self._show_evidence()

    def set_evidence(self, path: str) -> None:
        """Attach a file without the file dialog (tests, drag and drop)."""
        self._evidence = path
        self._show_evidence()

    def _save(self) -> None:
        if not self.save.isEnabled():
            return
        self.auditEntered.emit(
            {
                "score": round(float(self.score.value()), 2),
                "scope": self.scope.currentData(),
                "auditor": self.auditor.text().strip(),
                "audit_date": self.date.date().toString("yyyy-MM-dd"),
                "note": self.note.text().strip(),
                "evidence": self._evidence,
            }
        )
