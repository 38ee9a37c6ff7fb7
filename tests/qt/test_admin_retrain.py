"""The retrain panel runs `sourcing retrain` as a separate process: progress and log from its
JSON lines, Cancel stops it cleanly, and a failing or crashing process leaves the app up with
a plain message. The stand-in tests/qt/fake_retrain.py plays the command; the real command is
run by test_admin_real_retrain.py (slow)."""

from __future__ import annotations

import hashlib
import sys

import pytest

from core.i18n import set_language
from core.model.registry import ModelRegistry
from desktop_app.admin.admin_window import AdminWindow
from desktop_app.admin.retrain_process import CANCELLED, FAILED, SUCCEEDED, retrain_command

from .admin_fixtures import fake_command, make_project
from .qt_helpers import wait_idle


@pytest.fixture
def admin(make_window, qtbot, tmp_path):
    created = []

    def make(command, **settings_values):
        window = make_window(**settings_values)
        root = make_project(tmp_path / "project")
        admin = AdminWindow(window.session, window.settings, root=root, retrain_command=command)
        qtbot.addWidget(admin)
        admin.show()
        wait_idle(qtbot)
        created.append(admin)
        return admin

    yield make
    for admin in created:
        if admin.retrain.is_running():
            admin.retrain.process.process.kill()
            admin.retrain.process.process.waitForFinished(3000)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_real_command_line_is_python_m_core_cli_retrain_with_the_master_in_the_apps_language(language):
    set_language(language)
    try:
        program, arguments = retrain_command("spark://cluster:7077")
    finally:
        set_language("es")
    assert program == sys.executable
    assert arguments == ["-m", "core.cli", "--lang", language, "retrain", "--master", "spark://cluster:7077"]


def test_progress_lines_drive_the_stage_bar_and_log(admin, qtbot):
    seen = []
    window = admin(fake_command("ok", "0.5", seen=seen), spark_master="spark://example:7077")
    panel = window.retrain
    panel.start_button.click()
    assert not panel.start_button.isEnabled() and panel.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: panel.bar.value() > 0, timeout=60000)
    assert panel.stage.text().startswith(("Preparing the data", "Training", "Evaluating"))
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert seen == ["spark://example:7077"]
    assert panel.outcome == SUCCEEDED and panel.bar.value() == 1000
    log = panel.log.toPlainText()
    assert "plain log line from the pipeline" in log and "[train] step" in log
    assert panel.result.text() == "The retraining finished and registered a new candidate model."
    assert window.tabs.currentWidget() is window.compare  # on to the comparison


def test_cancel_stops_the_process_and_leaves_the_model_and_dataset_untouched(admin, qtbot):
    window = admin(fake_command("slow"))
    root = window.dataset.root
    before = (
        ModelRegistry().active_version(),
        digest(root / "dvc.lock"),
        digest(root / "data" / "training" / "offers.parquet"),
        sorted(p.name for p in (root / "data").rglob("*")),
    )
    panel = window.retrain
    panel.start()
    qtbot.waitUntil(lambda: panel.bar.value() > 0, timeout=60000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == CANCELLED and "cancelled" in panel.result.text()
    assert not panel.is_running() and panel.start_button.isEnabled()
    after = (
        ModelRegistry().active_version(),
        digest(root / "dvc.lock"),
        digest(root / "data" / "training" / "offers.parquet"),
        sorted(p.name for p in (root / "data").rglob("*")),
    )
    assert after == before


def test_a_process_that_ignores_the_request_to_stop_is_killed(admin, qtbot):
    window = admin(fake_command("stubborn"))
    panel = window.retrain
    panel.process.kill_after_ms = 500
    panel.start()
    qtbot.waitUntil(lambda: panel.bar.value() > 0, timeout=60000)
    panel.cancel()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == CANCELLED
    assert "ended forcibly" in panel.log.toPlainText()


def test_a_user_error_is_shown_as_its_one_sentence(admin, qtbot):
    panel = admin(fake_command("usererror")).retrain
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == FAILED
    assert panel.result.text() == "Java 17 or newer is needed to retrain; install it and try again."


def test_a_crash_leaves_the_app_up_and_says_what_happened(admin, qtbot):
    window = admin(fake_command("crash"))
    panel = window.retrain
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == FAILED and "crashed" in panel.result.text() and "unchanged" in panel.result.text()
    assert window.isVisible() and panel.start_button.isEnabled()


def test_a_command_that_cannot_start_is_a_plain_message(admin, qtbot):
    panel = admin(lambda master: ("/nonexistent/sourcing", ["retrain"])).retrain
    panel.start()
    qtbot.waitUntil(lambda: panel.outcome != "", timeout=60000)
    assert panel.outcome == FAILED and panel.result.text().startswith("The retraining could not be started")
