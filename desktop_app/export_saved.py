"""After File > Export: where the report is suggested (a dated name, so that each week's report
sits beside the last instead of replacing it) and the message that says where it was saved,
with "Open" (the workbook in the PC's spreadsheet program) and "Show in folder"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def suggested_report_path(file_name: str, last_export: Path | None, today: dt.date | None = None) -> Path:
    """``file_name`` ("Sourcing report %1.xlsx", translated) with today's date, in the folder of
    the last export (where the user keeps them), else the home folder."""
    folder = last_export.parent if last_export is not None and last_export.parent.is_dir() else Path.home()
    return folder / file_name.replace("%1", (today or dt.date.today()).isoformat())


class ExportSavedMessage(QMessageBox):
    """The report is saved: Open, Show in folder or Close. The message is window-modal and not
    blocking (``open``); the URL asked for is ``opened`` (tests read it without opening it)."""

    opened = Signal(QUrl)

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exportSavedMessage")
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Report exported"))
        self.setText(self.tr("The Excel report was saved as:\n%1").replace("%1", str(path)))
        self.open_button = self._button(self.tr("Open"), "openReportButton", path)
        self.folder_button = self._button(self.tr("Show in folder"), "showFolderButton", path.parent)
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.open_button)
        self.setEscapeButton(self.close_button)

    def _button(self, text: str, name: str, target: Path) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        # ActionRole buttons do not close the box by themselves
        button.clicked.connect(lambda: self._open(target))
        return button

    def _open(self, target: Path) -> None:
        url = QUrl.fromLocalFile(str(target))
        self.opened.emit(url)
        self.accept()
        if not QDesktopServices.openUrl(url):
            failed = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Report exported"),
                self.tr("No program on this PC opened %1; open it from your file manager.").replace("%1", str(target)),
                QMessageBox.StandardButton.Ok,
                self.parentWidget(),
            )
            failed.setObjectName("openFailedMessage")
            failed.open()
