"""Qt fixtures over real core objects (after TagStudio's tests/qt): a main window on a fresh
workspace in the test's own user data folder (tests/conftest.py, which also builds the .qm), English texts."""

from __future__ import annotations

import pytest

from .qt_helpers import wait_idle


@pytest.fixture
def feedback_folder(tmp_path, monkeypatch):
    folder = tmp_path / "feedback"
    folder.mkdir()
    monkeypatch.setattr("desktop_app.main_window.feedback_dir", lambda: folder)
    return folder


@pytest.fixture
def no_model(monkeypatch):
    """Most tests run without TensorFlow: the window behaves as on a PC with no model installed."""
    from core.errors import UserError

    def missing(progress):
        raise UserError("No model is active yet.")

    monkeypatch.setattr("desktop_app.session.load_active_model", missing)


@pytest.fixture
def make_window(qtbot, feedback_folder, no_model):
    from core.appstate.settings import Settings
    from core.appstate.workspace import Workspace
    from desktop_app.main_window import MainWindow
    from desktop_app.translations import apply_language

    created = []

    def make(language="en", **settings_values):
        from PySide6.QtWidgets import QApplication

        from desktop_app.style import apply_style_sheet

        apply_style_sheet(QApplication.instance())  # the look users get: what fits is checked with it
        settings = Settings(language=language, **settings_values)
        apply_language(language)
        window = MainWindow(Workspace.open(), settings)
        qtbot.addWidget(window)
        window.show()
        window.after_show()
        qtbot.waitUntil(lambda: window.review.charts is not None, timeout=5000)
        wait_idle(qtbot)
        created.append(window)
        return window

    yield make
    for window in created:
        wait_idle(qtbot)
        window.close()
        window.session.workspace.close()
    from desktop_app.translations import apply_language as reset

    reset("en")
