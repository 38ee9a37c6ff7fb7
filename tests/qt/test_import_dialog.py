"""Import through the dialog: preview, mapping correction remembered, report, errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle

SELVA_HEADER = ["Producto", "Presentación", "Precio", "Moneda", "Procedencia", "Distintivo"]
SELVA_ROWS = [
    ["Café tostado", "500 g", "38.50", "PEN", "Chanchamayo", "Orgánico"],
    ["Cacao en grano", "saco 60 kg", "950", "PEN", "Cusco", "Comercio Justo"],
    ["Camu camu", "x kg", "12.00", "PEN", "Iquitos", "Orgánico"],
]


def write_selva_list(path):
    lines = [",".join(SELVA_HEADER)] + [",".join(row) for row in SELVA_ROWS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_importing_a_sample_through_the_dialog_fills_the_table(make_window, qtbot):
    window = make_window()
    dialog = import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.committed_offers == 40
    # the dialog showed both sheets, the detected header row (spreadsheet row 4) and the mapping
    assert dialog.sheet_list.count() == 2
    assert dialog.preview_model.headerData(dialog.preview_model.header_index(), Qt.Orientation.Vertical) == "4"
    assert dialog.mapping.combos["Producto"].currentData() == "product"
    wait_idle(qtbot)
    review = window.review
    assert len(window.session.ranked) == 40
    assert review.ingredients.rowCount() > 5
    first = review.ingredients.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert review.offers.rowCount() == (window.session.ranked.ingredient == first).sum() > 0
    assert len(window.session.workspace.offers()) == 40
    assert set(window.session.workspace.offers()["source_file"]) == {"distribuidora_andina.xlsx"}
    assert "offers imported" in window.statusBar().currentMessage()


def test_the_cleansing_report_lists_refused_rows_before_committing(make_window, qtbot):
    window = make_window()
    dialog = window.open_import_dialog([SAMPLES / "mercado_mixto_semana48.xlsx"])
    wait_idle(qtbot)
    dialog.severity.setCurrentIndex(dialog.severity.findData("refused"))
    refused_rows = {dialog.report_filter.index(r, 3).data() for r in range(dialog.report_filter.rowCount())}
    assert refused_rows == {"5", "18", "19", "20", "33"}
    assert "31 offers ready to import" in dialog.summary.text()  # nothing is imported before Import
    assert window.session.workspace.offers().empty  # nothing stored before Import is pressed
    dialog.reject()


def test_a_corrected_column_mapping_is_remembered_for_the_supplier(make_window, qtbot, tmp_path):
    window = make_window()
    path = write_selva_list(tmp_path / "bodega_selva.csv")
    dialog = window.open_import_dialog([path])
    wait_idle(qtbot)
    combo = dialog.mapping.combos["Distintivo"]
    assert combo.currentData() == "ignore"  # "Distintivo" is not a known certification header
    combo.setCurrentIndex(combo.findData("certifications"))
    assert not dialog.import_button.isEnabled()  # read again first, so the user sees the result
    dialog.apply_button.click()
    wait_idle(qtbot)
    dialog.import_button.click()
    wait_idle(qtbot)
    offers = window.session.workspace.offers()
    assert set(offers["certifications"]) == {"organic", "fairtrade"}
    assert window.session.workspace.mapping_for("Bodega selva") == {"Distintivo": "certifications"}

    # next week's list from the same supplier: the correction is applied without asking
    again = window.open_import_dialog([path])
    wait_idle(qtbot)
    assert again.mapping.combos["Distintivo"].currentData() == "certifications"
    assert set(again.preview.offers()["certifications"]) == {"organic", "fairtrade"}
    again.reject()


def test_a_corrupt_file_shows_a_plain_error_and_leaves_the_workspace_as_it_was(make_window, qtbot, tmp_path):
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "bodega_selva_central.csv"])
    before = window.session.workspace.offers()
    imports_before = window.session.workspace.imports()
    broken = tmp_path / "lista_rota.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 500)
    dialog = window.open_import_dialog([broken])
    wait_idle(qtbot)
    boxes = dialog.findChildren(QMessageBox, "errorMessage")
    assert boxes, "the user is told"
    text = boxes[-1].text()
    assert "lista_rota.xlsx" in text and "Traceback" not in text and len(text) < 300
    assert not dialog.import_button.isEnabled() and dialog.paths == []
    dialog.reject()
    after = window.session.workspace.offers()
    assert after.equals(before) and window.session.workspace.imports() == imports_before
    assert len(window.session.ranked) == len(before) and window.review.offers.rowCount() > 0


def test_a_commit_blocked_by_another_process_shows_what_is_stored_and_the_retry_keeps_everything(
    make_window, qtbot, tmp_path
):
    """Issue 13, case 4, in the window: another process reads the workspace while the chef
    presses Import. One sentence; the window shows the 40 offers the file holds (not 80); the
    dialog stays open and, once the other process lets go, Import stores the new list."""
    import shutil
    import sqlite3

    from test_workspace import ReadLock

    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "distribuidora_andina.xlsx"])
    copy = tmp_path / "andina_semana2.xlsx"
    shutil.copy(SAMPLES / "distribuidora_andina.xlsx", copy)
    dialog = window.open_import_dialog([copy])
    wait_idle(qtbot)
    lock = ReadLock(window.session.workspace.path)
    try:
        dialog.import_button.click()  # waits for the busy timeout, then gives up
        wait_idle(qtbot)
        boxes = dialog.findChildren(QMessageBox, "errorMessage")
        assert boxes and boxes[-1].text().startswith("The workspace is being used by another program")
        assert dialog.isVisible() and dialog.import_button.isEnabled()
        assert len(window.session.offers) == 40 and len(window.session.ranked) == 40
    finally:
        lock.release()
    stored = sqlite3.connect(window.session.workspace.path)
    assert stored.execute("SELECT count(*) FROM offers").fetchone()[0] == 40
    stored.close()
    boxes[-1].close()
    dialog.import_button.click()
    wait_idle(qtbot)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(window.session.workspace.offers()) == 80 and len(window.session.offers) == 80


def test_a_file_that_would_crash_the_reader_is_one_sentence_and_the_window_stays_up(
    make_window, qtbot, tmp_path, monkeypatch
):
    """Issue 13, case 1, in the window: the 2 KB corner file is refused before reading; a file
    that makes the reader itself abort (a real allocation failure under a lowered memory cap)
    costs only the reader's child process. Each is one sentence; the other files still import."""
    import psutil
    from hostile_files import corner_xlsx, price_rows, sheet_xml, text_cell, write_xlsx

    window = make_window()
    corner = corner_xlsx(tmp_path / "esquina.xlsx")
    sparse = write_xlsx(
        tmp_path / "disperso.xlsx", sheet_xml(price_rows() + '<row r="95000">' + text_cell("x", "T95000") + "</row>")
    )
    monkeypatch.setenv("SOURCING_READER_MEMORY_MB", "60")  # the sparse file's 61 MB block then aborts the reader
    children_before = set(psutil.Process().children())
    dialog = window.open_import_dialog([corner, sparse, SAMPLES / "distribuidora_andina.xlsx"])
    wait_idle(qtbot, timeout=60000)
    boxes = dialog.findChildren(QMessageBox, "errorMessage")
    assert boxes, "the user is told"
    text = boxes[-1].text()
    assert "File esquina.xlsx was refused: a sheet spans 17,179,869,184 cells" in text
    assert "File disperso.xlsx was refused: reading it needs more than the 60 MB of memory" in text
    assert "Traceback" not in text
    assert dialog.paths == [SAMPLES / "distribuidora_andina.xlsx"]
    assert set(psutil.Process().children()) <= children_before  # no reader left behind
    boxes[-1].close()
    dialog.import_button.click()
    wait_idle(qtbot)
    assert window.isVisible() and len(window.session.workspace.offers()) == 40


def test_cancel_while_reading_stops_the_reader_process(make_window, qtbot, tmp_path):
    import psutil
    from hostile_files import sheet_xml, text_cell, write_xlsx

    rows = "".join(
        f'<row r="{r}">' + "".join(text_cell(f"v{r}", f"{c}{r}") for c in "ABCD") + "</row>" for r in range(1, 40000)
    )
    path = write_xlsx(tmp_path / "larga.xlsx", sheet_xml(rows))
    window = make_window()
    children_before = set(psutil.Process().children())
    dialog = window.open_import_dialog([path])
    qtbot.waitUntil(lambda: bool(set(psutil.Process().children()) - children_before), timeout=10000)  # it runs
    dialog.operation.cancel()  # what the progress dialog's Cancel button does
    wait_idle(qtbot)
    assert dialog.summary.text() == "Reading was cancelled; nothing was imported."
    assert not dialog.findChildren(QMessageBox, "errorMessage")
    assert set(psutil.Process().children()) <= children_before


def test_the_cleaning_report_rows_fit_their_reasons_at_the_width_the_tab_gets(make_window, qtbot):
    window = make_window(language="es")
    dialog = window.open_import_dialog([SAMPLES / n for n in ("mercado_mixto_semana48.xlsx", "granja_sierra.ods")])
    dialog.resize(1280, 720)
    wait_idle(qtbot)
    dialog.tabs.setCurrentIndex(1)  # the report tab is shown only now: its width changes
    view = dialog.report_view
    qtbot.waitUntil(lambda: view.model().rowCount() > 5, timeout=20000)
    qtbot.wait(200)  # the refit waits for the last width change
    heights = [view.rowHeight(r) for r in range(view.model().rowCount())]
    least = view.verticalHeader().minimumSectionSize()
    assert heights == [max(view.sizeHintForRow(r), least) for r in range(view.model().rowCount())]
    assert min(heights) < 40  # a one-line reason is one line high, not the height it had in a narrow tab
    dialog.reject()
