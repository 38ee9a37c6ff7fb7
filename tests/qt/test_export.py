"""Export: the Excel report is written through the core report, with progress, and the user
is told where it is; the export is recorded in the workspace."""

from __future__ import annotations

import openpyxl
from PySide6.QtWidgets import QMessageBox

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle


def test_export_writes_a_workbook_and_says_where(make_window, qtbot, tmp_path):
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    assert window.export_action.isEnabled()
    target = tmp_path / "informe semana 48.xlsx"
    window.export_to(target)
    wait_idle(qtbot, timeout=60000)
    assert target.exists() and window.last_export == target
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) >= 2
    text = "\n".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value)
    assert "Papa" in text  # the offers are in it
    info = window.findChildren(QMessageBox, "infoMessage")[-1]
    assert str(target) in info.text()
    assert window.session.workspace.exports()[-1]["path"] == str(target)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
