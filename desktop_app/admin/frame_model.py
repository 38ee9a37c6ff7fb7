"""A read-only table over a small pandas frame, with headers the view supplies (translated)."""

from __future__ import annotations

import math

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor


class FrameModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._headers: list[str] = []
        self._colours: list[str | None] = []

    def set_frame(self, frame: pd.DataFrame, headers: list[str], colours: list[str | None] | None = None) -> None:
        """Show ``frame``; ``colours`` optionally gives a background per row."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._headers = list(headers)
        self._colours = list(colours or [])
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        return self._frame

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._frame.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if section < len(self._headers) else str(self._frame.columns[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self._frame.iat[index.row(), index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(value, float):
                return "—" if math.isnan(value) else f"{value:.4f}".rstrip("0").rstrip(".")
            return str(value)
        if role == Qt.ItemDataRole.BackgroundRole and index.row() < len(self._colours) and self._colours[index.row()]:
            return QBrush(QColor(self._colours[index.row()]))
        return None
