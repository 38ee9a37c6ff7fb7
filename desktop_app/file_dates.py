"""The import dialog's list of files, each with the date of its price list: read from the file
(core.reading.list_date) and shown with where it came from; the user may correct it, and a
corrected date wins over what a later reading finds."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHeaderView, QTableWidget, QTableWidgetItem

from core.reading.list_date import FROM_FILE, FROM_MODIFIED, FROM_USER, ListDate

FILE, DATE, ORIGIN = 0, 1, 2


class FileDatesTable(QTableWidget):
    datesChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setObjectName("importFiles")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setMaximumHeight(120)
        self._names: list[str] = []
        self._detected: dict[str, ListDate] = {}
        self._corrected: dict[str, dt.date] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("File"), self.tr("List date"), self.tr("Where the date comes from")])
        for row in range(len(self._names)):
            self._show_origin(row)

    # -- rows --------------------------------------------------------------------------------
    def add(self, name: str) -> None:
        row = len(self._names)
        self._names.append(name)
        self.insertRow(row)
        self.setItem(row, FILE, QTableWidgetItem(name))
        editor = QDateEdit()
        editor.setObjectName(f"listDate_{row}")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setEnabled(False)  # until the file has been read
        editor.dateChanged.connect(lambda date, n=name: self._edited(n, date))
        self.setCellWidget(row, DATE, editor)
        self.setItem(row, ORIGIN, QTableWidgetItem(""))

    def remove(self, row: int) -> str:
        name = self._names.pop(row)
        self.removeRow(row)
        self._detected.pop(name, None)
        self._corrected.pop(name, None)
        return name

    def count(self) -> int:
        return len(self._names)

    def editor(self, name: str) -> QDateEdit:
        widget = self.cellWidget(self._names.index(name), DATE)
        assert isinstance(widget, QDateEdit)
        return widget

    # -- dates ---------------------------------------------------------------------------------
    def set_detected(self, name: str, found: ListDate) -> None:
        """What reading the file found; shown unless the user corrected the date."""
        if name not in self._names:
            return
        self._detected[name] = found
        editor = self.editor(name)
        editor.blockSignals(True)
        shown = self._corrected.get(name, found.date)
        editor.setDate(QDate(shown.year, shown.month, shown.day))
        editor.setEnabled(True)
        editor.blockSignals(False)
        self._show_origin(self._names.index(name))

    def set_date(self, name: str, date: dt.date) -> None:
        """Correct a file's date (as the user does with the date field)."""
        self.editor(name).setDate(QDate(date.year, date.month, date.day))

    def date_of(self, name: str) -> ListDate | None:
        if name in self._corrected:
            chosen = self._corrected[name]
            return ListDate(chosen, FROM_USER, chosen.isoformat())
        return self._detected.get(name)

    def dates(self) -> dict[str, ListDate]:
        return {name: d for name in self._names if (d := self.date_of(name)) is not None}

    def _edited(self, name: str, date: QDate) -> None:
        self._corrected[name] = dt.date(date.year(), date.month(), date.day())
        self._show_origin(self._names.index(name))
        self.datesChanged.emit()

    def _show_origin(self, row: int) -> None:
        name = self._names[row]
        found = self._detected.get(name)
        if name in self._corrected:
            text = self.tr("corrected by you")
        elif found is None:
            text = ""
        elif found.source == FROM_FILE:
            text = self.tr("read from the file: “%1”").replace("%1", found.evidence)
        elif found.source == FROM_MODIFIED:
            text = self.tr("no date in the file: the day it was last saved")
        else:
            text = found.evidence
        item = self.item(row, ORIGIN)
        if item is not None:
            item.setText(text)
            item.setToolTip(text)
