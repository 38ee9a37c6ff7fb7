"""Export: the Excel report is written through the core report, with progress, under a dated
name; the user is told where it is and can open it or its folder from the message; the export
is recorded in the workspace."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.export_saved import ExportSavedMessage

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle


@pytest.fixture
def asked_urls(monkeypatch):
    """The URLs the app asks the desktop to open (nothing is opened)."""
    asked: list[QUrl] = []

    def open_url(url):
        asked.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return asked


def export(qtbot, window, target):
    window.export_to(target)
    wait_idle(qtbot, timeout=60000)
    return window.findChildren(ExportSavedMessage, "exportSavedMessage")[-1]


def test_export_writes_a_workbook_and_says_where(make_window, qtbot, tmp_path):
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    assert window.export_action.isEnabled()
    target = tmp_path / "informe semana 48.xlsx"
    message = export(qtbot, window, target)
    assert target.exists() and window.last_export == target
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 2
    text = "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "Papa" in text  # the offers are in it
    assert str(target) in message.text() and message.isVisible()
    assert sorted(b.text() for b in message.buttons()) == ["Close", "Open", "Show in folder"]
    assert message.defaultButton() is message.open_button
    assert window.session.workspace.exports()[-1]["path"] == str(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_open_and_show_in_folder_ask_the_desktop_for_the_file_and_its_folder(make_window, qtbot, tmp_path, asked_urls):
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    target = tmp_path / "informe.xlsx"
    message = export(qtbot, window, target)
    message.open_button.click()
    assert [u.toLocalFile() for u in asked_urls] == [str(target)] and not message.isVisible()
    export(qtbot, window, target).folder_button.click()
    assert asked_urls[-1].toLocalFile() == str(tmp_path) and asked_urls[-1].isLocalFile()


def test_a_file_no_program_opens_gets_a_sentence_not_silence(make_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    export(qtbot, window, tmp_path / "informe.xlsx").open_button.click()
    failed = window.findChildren(QMessageBox, "openFailedMessage")[-1]
    assert "No program on this PC opened" in failed.text() and str(tmp_path / "informe.xlsx") in failed.text()


@pytest.mark.parametrize(
    ("language", "name", "menu"),
    [("es", "Informe de abastecimiento {}.xlsx", "Exportar informe Excel…"), ("en", "Sourcing report {}.xlsx", None)],
)
def test_the_suggested_name_has_the_date_and_the_menus_word(
    make_window, qtbot, tmp_path, monkeypatch, language, name, menu
):
    window = make_window(language)
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    suggested = []

    def save_name(parent, caption, directory, filters):
        suggested.append(directory)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    window.choose_export_path()
    today = dt.date.today().isoformat()
    assert suggested[-1].endswith(name.format(today))
    if menu:
        assert window.export_action.text() == menu  # the same word, "informe", in the menu and the file
    export(qtbot, window, tmp_path / "semana 48.xlsx").close_button.click()
    window.choose_export_path()  # next time: in the folder the user chose
    assert suggested[-1] == str(tmp_path / name.format(today))
