"""The cleansing report of an import as a table: fixed, flagged and refused rows with reasons."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

SEVERITY_COLOURS = {"refused": "#fde2e1", "flagged": "#fff3cd", "fixed": "#e2f0e8"}
SEVERITY_COLUMN = 0


def severity_names() -> dict[str, str]:
    return {
        "refused": QCoreApplication.translate("ImportReportModel", "Refused"),
        "flagged": QCoreApplication.translate("ImportReportModel", "Flagged"),
        "fixed": QCoreApplication.translate("ImportReportModel", "Fixed"),
        "info": QCoreApplication.translate("ImportReportModel", "Note"),
    }


class ImportReportModel(QAbstractTableModel):
    KEYS = ("severity", "file", "sheet", "row", "column", "message")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        order = {"refused": 0, "flagged": 1, "fixed": 2, "info": 3}
        rows = [tuple(r) for r in frame[list(self.KEYS)].itertuples(index=False, name=None)] if not frame.empty else []
        self._rows = sorted(rows, key=lambda r: (order.get(r[0], 9), r[1], r[2], r[3]))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.KEYS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("ImportReportModel", "What"),
                QCoreApplication.translate("ImportReportModel", "File"),
                QCoreApplication.translate("ImportReportModel", "Sheet"),
                QCoreApplication.translate("ImportReportModel", "Row"),
                QCoreApplication.translate("ImportReportModel", "Column"),
                QCoreApplication.translate("ImportReportModel", "Reason"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self.KEYS[index.column()]
        value = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "severity":
                return severity_names().get(value, value)
            if key == "row":
                return str(value) if value else ""
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        if role == Qt.ItemDataRole.BackgroundRole and row[0] in SEVERITY_COLOURS:
            return QBrush(QColor(SEVERITY_COLOURS[row[0]]))
        if role == Qt.ItemDataRole.ToolTipRole and key == "message":
            return str(value)
        return None


class SeverityFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(Qt.ItemDataRole.UserRole)
        self.setFilterKeyColumn(SEVERITY_COLUMN)

    def set_severity(self, severity: str | None) -> None:
        self.setFilterFixedString(severity or "")
