"""The first rows of a sheet as read (detected header row highlighted) and the column
mapping as one combo box per supplier column, which the user can correct."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from core.importer import SheetPreview
from core.text import is_blank

PREVIEW_ROWS = 60
IGNORE = "ignore"


def target_names() -> dict[str, str]:
    """The canonical columns a supplier column can be read as, in the user's language."""
    return {
        IGNORE: QCoreApplication.translate("MappingEditor", "(not used)"),
        "supplier": QCoreApplication.translate("MappingEditor", "Supplier"),
        "product": QCoreApplication.translate("MappingEditor", "Product"),
        "pack": QCoreApplication.translate("MappingEditor", "Pack (quantity and unit)"),
        "pack_qty": QCoreApplication.translate("MappingEditor", "Pack quantity"),
        "pack_unit": QCoreApplication.translate("MappingEditor", "Pack unit"),
        "price": QCoreApplication.translate("MappingEditor", "Price"),
        "currency": QCoreApplication.translate("MappingEditor", "Currency"),
        "origin": QCoreApplication.translate("MappingEditor", "Origin"),
        "transport_mode": QCoreApplication.translate("MappingEditor", "Transport"),
        "certifications": QCoreApplication.translate("MappingEditor", "Certifications"),
        "practice": QCoreApplication.translate("MappingEditor", "Production practice"),
        "packaging": QCoreApplication.translate("MappingEditor", "Packaging"),
        "lead_time_days": QCoreApplication.translate("MappingEditor", "Lead time (days)"),
        "sustainability_score": QCoreApplication.translate("MappingEditor", "Audited score"),
    }


class SheetPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._preview: SheetPreview | None = None
        self._rows: list[list[object]] = []
        self._width = 0

    def set_preview(self, preview: SheetPreview | None) -> None:
        self.beginResetModel()
        self._preview = preview
        self._rows = preview.sheet.rows[:PREVIEW_ROWS] if preview else []
        self._width = max((len(r) for r in self._rows), default=0)
        self.endResetModel()

    def header_index(self) -> int:
        return self._preview.mapping.header_index if self._preview and self._preview.mapping else -1

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._width

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self._preview is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(self._preview.sheet.row_number(section))
        return _column_letter(self._preview.sheet.first_col + section)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        header = index.row() == self.header_index()
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if is_blank(value) else str(value)
        if role == Qt.ItemDataRole.BackgroundRole and header:
            return QBrush(QColor("#d8eadf"))
        if role == Qt.ItemDataRole.FontRole and header:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and header:
            return QCoreApplication.translate("MappingEditor", "Header row found here")
        return None


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class MappingEditor(QWidget):
    """One combo per supplier column; ``mappingEdited(header, target)`` when the user changes one."""

    mappingEdited = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.combos: dict[str, QComboBox] = {}
        self._preview: SheetPreview | None = None
        self._overrides: dict[str, str] = {}

    def set_preview(self, preview: SheetPreview | None, overrides: dict[str, str] | None = None) -> None:
        self._preview, self._overrides = preview, dict(overrides or {})
        self._rebuild()

    def _rebuild(self) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combos = {}
        if self._preview is None or self._preview.mapping is None:
            note = QLabel(
                QCoreApplication.translate(
                    "MappingEditor", "No header row with product and price columns was found in this sheet."
                )
            )
            note.setWordWrap(True)
            self._grid.addWidget(note, 0, 0)
            return
        mapping = self._preview.mapping
        by_column = {column: target for target, column in mapping.columns.items()}
        names = target_names()
        self._grid.addWidget(
            QLabel("<b>" + QCoreApplication.translate("MappingEditor", "Column in the file") + "</b>"), 0, 0
        )
        self._grid.addWidget(QLabel("<b>" + QCoreApplication.translate("MappingEditor", "Read as") + "</b>"), 0, 1)
        for column, header in enumerate(mapping.headers):
            if not header or header in self.combos:
                continue
            combo = QComboBox()
            combo.setObjectName(f"mapping_{column}")
            for target, name in names.items():
                combo.addItem(name, target)
            current = self._overrides.get(header, by_column.get(column, IGNORE))
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.currentIndexChanged.connect(lambda _i, h=header, c=combo: self.mappingEdited.emit(h, c.currentData()))
            row = len(self.combos) + 1
            label = QLabel(header)
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self.combos[header] = combo

    def retranslate(self) -> None:
        self._rebuild()
