"""The main window, the background-operation helper, error dialogs and the log file."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton

from core.errors import Cancelled, UserError
from desktop_app.operations import BackgroundOp

from .qt_helpers import SAMPLES, wait_idle


def test_window_has_menus_shortcuts_and_model_status(make_window):
    window = make_window()
    assert window.isVisible()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    assert window.import_action.shortcut() == QKeySequence("Ctrl+O")
    assert window.export_action.shortcut() == QKeySequence("Ctrl+E")
    assert not window.export_action.isEnabled()  # nothing to export yet
    # no model bundle in this test folder: the status says so instead of "loading" forever
    assert window.model_label.text() == "No model: offers are shown without scores"
    assert "Import a supplier's price list" in window.review.heading.text()


def test_status_bar_says_loading_while_the_model_loads(make_window, monkeypatch, qtbot):
    release = threading.Event()

    def slow_model(progress):
        release.wait(5)
        raise UserError("no model")

    monkeypatch.setattr("desktop_app.session.load_active_model", slow_model)
    from core.appstate.settings import Settings
    from core.appstate.workspace import Workspace
    from desktop_app.main_window import MainWindow

    window = MainWindow(Workspace.open(), Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    window.after_show()
    qtbot.waitUntil(lambda: window.model_label.text() == "Loading model…", timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: window.model_label.text() == "No model: offers are shown without scores", timeout=5000)
    wait_idle(qtbot)
    window.session.workspace.close()


def test_core_work_runs_off_the_gui_thread_and_results_come_back_on_it(qtbot):
    seen = {}

    def job(progress):
        seen["worker"] = threading.current_thread()
        progress.step(0.5, "half")
        return 42

    def done(result):
        seen["callback"] = threading.current_thread()
        seen["result"] = result

    BackgroundOp(None, job).success(done).run()
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()
    assert seen["result"] == 42


def test_cancel_in_the_progress_dialog_stops_the_core_job(qtbot):
    started, outcome = threading.Event(), {}

    def long_job(progress):
        started.set()
        for i in range(500):
            threading.Event().wait(0.01)
            progress.step(i / 500, "working")
        return "finished"

    op = (
        BackgroundOp(None, long_job)
        .with_progress("Working…")
        .success(lambda r: outcome.setdefault("r", r))
        .failure(lambda e: outcome.setdefault("e", e))
        .run()
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: op._dialog.isVisible(), timeout=5000)
    op._dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome.get("e"), Cancelled) and "r" not in outcome


def test_errors_are_plain_sentences_with_details_folded_away(qtbot, make_window):
    window = make_window()

    def broken(progress):
        raise KeyError("internal_column")

    BackgroundOp(window, broken).run()
    wait_idle(qtbot)
    box = window.findChildren(QMessageBox, "errorMessage")[-1]
    assert box.text().startswith("Something went wrong")
    assert "KeyError" in box.detailedText() and "KeyError" not in box.text()
    box.close()
    BackgroundOp(window, lambda p: (_ for _ in ()).throw(UserError("The file x.xlsx is encrypted."))).run()
    wait_idle(qtbot)
    box = window.findChildren(QMessageBox, "errorMessage")[-1]
    assert box.text() == "The file x.xlsx is encrypted."
    assert box.detailedText() == ""  # no "core.errors.UserError: …" repeating the sentence


def test_log_goes_to_a_rotating_file_in_the_user_folder_without_pins():
    from core.paths import user_data_dir
    from desktop_app.app_logging import setup_logging

    path = setup_logging()
    logging.getLogger("desktop_app.test").warning("admin pin=4321 entered")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert path.parent == user_data_dir() / "logs"
    text = path.read_text(encoding="utf-8")
    assert "admin pin=***" in text and "4321" not in text


def test_dropping_a_price_list_opens_the_import_dialog(make_window, qtbot):
    window = make_window()
    data = QMimeData()
    data.setUrls(
        [QUrl.fromLocalFile(str(SAMPLES / "distribuidora_andina.xlsx")), QUrl.fromLocalFile(str(SAMPLES / "README.md"))]
    )
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)  # what Qt calls when a file is dropped on the window
    assert event.isAccepted()
    wait_idle(qtbot, timeout=30000)
    dialog = window.import_dialog
    assert dialog is not None and [p.name for p in dialog.paths] == ["distribuidora_andina.xlsx"]
    dialog.reject()


def test_a_data_folder_that_cannot_be_created_is_one_sentence_at_start(qtbot, tmp_path, monkeypatch):
    """Issue 13, case 2: before, the window's start raised NotADirectoryError/PermissionError."""
    import desktop_app.main as app_main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be")
    monkeypatch.setenv("SOURCING_DATA_DIR", str(blocker / "datos"))
    shown = []
    monkeypatch.setattr(app_main.QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert app_main.main(["sourcing-app"]) == 2
    assert shown == [
        (
            "Cannot start",
            f"The data folder {blocker / 'datos'} cannot be created or written (not a directory). Set "
            "SOURCING_DATA_DIR to a folder you can write, or ask IT to fix the folder's permissions.",
        )
    ]


def test_the_window_process_runs_numpy_on_one_blas_thread_unless_it_says_otherwise(monkeypatch):
    """Each click on an ingredient explains its recommended offer with the model: OpenBLAS' extra
    threads, spinning after those small products, took the core the window draws its charts on."""
    import os

    from threadpoolctl import threadpool_info

    from desktop_app.app_start import limit_blas_threads

    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    limit = limit_blas_threads()
    assert limit is not None
    try:
        assert {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"} == {1}
        assert "OPENBLAS_NUM_THREADS" not in os.environ  # the processes the app starts keep their threads
    finally:
        limit.restore_original_limits()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")  # set by IT
    assert limit_blas_threads() is None


def test_the_window_opens_as_the_user_left_it_size_and_pane_splits(make_window, qtbot):
    """A manager who enlarges the chart (at 1280x720 it had 154 px) or narrows the plan's inputs
    found the window back at its defaults at every start."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QSplitter

    window = make_window()
    assert window.size() == QSize(1360, 860)  # the first start: the defaults
    window.resize(780, 700)  # within the test screen (800 x 800); the width stops at the window's minimum
    size = window.size()
    assert size != QSize(1360, 860)
    chart_split = window.findChild(QSplitter, "reviewSplit")
    chart_split.setSizes([240, 400])  # the chart made taller than the table
    wait_idle(qtbot)
    left = chart_split.sizes()
    assert left[1] > left[0]
    window.tabs.setCurrentWidget(window.plan)
    plan_split = window.findChild(QSplitter, "planPanes")
    plan_split.setSizes([250, 500])
    wait_idle(qtbot)
    plan_left = plan_split.sizes()
    window.close()

    again = make_window()
    assert again.size() == size
    assert again.findChild(QSplitter, "reviewSplit").sizes() == left
    again.tabs.setCurrentWidget(again.plan)
    wait_idle(qtbot)
    assert again.findChild(QSplitter, "planPanes").sizes() == plan_left
