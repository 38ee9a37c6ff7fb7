"""The cleansing report of an import as a table: fixed, flagged and refused rows with reasons.

The same sentence about the same column of one sheet (an assumption made on every row, say) is
one line with its rows and their count, not one line per row. Each line names the product of its
(first) row, read from the sheet itself so refused rows have it too; ``location`` says where a
line points, for the dialog to show that row in the sheet's preview."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

SEVERITY_COLOURS = {"refused": "#fde2e1", "flagged": "#fff3cd", "fixed": "#e2f0e8"}
SEVERITY_COLUMN = 0
ROWS_LISTED = 3  # a grouped line lists its first rows, then the count


def severity_names() -> dict[str, str]:
    return {
        "refused": QCoreApplication.translate("ImportReportModel", "Refused"),
        "flagged": QCoreApplication.translate("ImportReportModel", "Flagged"),
        "fixed": QCoreApplication.translate("ImportReportModel", "Fixed"),
        "info": QCoreApplication.translate("ImportReportModel", "Note"),
    }


class ImportReportModel(QAbstractTableModel):
    KEYS = ("severity", "file", "sheet", "row", "column", "product", "message")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[tuple[str, str, str, list[int], str, str, str]] = []

    def rows_text(self, rows: list[int]) -> str:
        """'7', '4, 5, 6' or '4, 5, 6… (12 rows)'; '' for a line about the whole sheet."""
        rows = [r for r in rows if r]
        if len(rows) <= ROWS_LISTED:
            return ", ".join(map(str, rows))
        listed, count = ", ".join(map(str, rows[:ROWS_LISTED])), len(rows)
        # self.tr, not QCoreApplication.translate: PySide6 6.11's lupdate misses the plural there
        return self.tr("%1… (%n rows)", "", count).replace("%1", listed)

    def set_frame(self, frame: pd.DataFrame, product_at: Callable[[str, str, int], str] | None = None) -> None:
        """The report's entries, grouped; ``product_at(file, sheet, row)`` names a row's product."""
        self.beginResetModel()
        order = {"refused": 0, "flagged": 1, "fixed": 2, "info": 3}
        grouped: dict[tuple, list[int]] = {}
        if not frame.empty:
            for severity, file, sheet, row, column, message in frame[  # grouped by all but the row
                ["severity", "file", "sheet", "row", "column", "message"]
            ].itertuples(index=False, name=None):
                grouped.setdefault((severity, file, sheet, column, message), []).append(int(row))
        lines = []
        for key, rows in grouped.items():
            severity, file, sheet, column, message = (str(v) for v in key)
            rows = sorted(set(rows))
            first = next((r for r in rows if r), 0)
            product = product_at(file, sheet, first) if product_at is not None and first else ""
            lines.append((severity, file, sheet, rows, column, product, message))
        self._lines = sorted(lines, key=lambda r: (order.get(r[0], 9), r[1], r[2], r[3][:1]))
        self.endResetModel()

    def location(self, row: int) -> tuple[str, str, int] | None:
        """(file, sheet, first row) of line ``row``; None for a line about a whole sheet."""
        severity, file, sheet, rows, *_ = self._lines[row]
        first = next((r for r in rows if r), 0)
        return (file, sheet, first) if first else None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

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
                QCoreApplication.translate("ImportReportModel", "Product"),
                QCoreApplication.translate("ImportReportModel", "Reason"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        key = self.KEYS[index.column()]
        value = line[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "severity":
                return severity_names().get(str(value), str(value))
            if key == "row":
                return self.rows_text(line[3])
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return line[0]
        if role == Qt.ItemDataRole.BackgroundRole and line[0] in SEVERITY_COLOURS:
            return QBrush(QColor(SEVERITY_COLOURS[line[0]]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "message":
                return str(value)
            if key == "row" and len(line[3]) > ROWS_LISTED:
                return ", ".join(map(str, line[3]))
            if line[3] and line[3][0]:
                return QCoreApplication.translate("ImportReportModel", "Double-click to see this row in the sheet")
        return None


class SeverityFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(Qt.ItemDataRole.UserRole)
        self.setFilterKeyColumn(SEVERITY_COLUMN)

    def set_severity(self, severity: str | None) -> None:
        self.setFilterFixedString(severity or "")
