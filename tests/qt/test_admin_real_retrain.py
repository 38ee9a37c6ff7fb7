"""The real `sourcing retrain` started from the admin screen (slow: DVC + Spark + Keras), on a
copy of the project with tiny parameters (the live checkout is never touched). Run by its own
command:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/qt/test_admin_real_retrain.py -m slow -o addopts=""
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from core.model.registry import ModelRegistry
from core.paths import app_root
from desktop_app.admin.admin_window import AdminWindow
from desktop_app.admin.retrain_process import CANCELLED, SUCCEEDED

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("core.cli.retrain_cmd") is None,
        reason="`sourcing retrain` (core/cli/retrain_cmd.py) is not there yet",
    ),
]

TINY = {
    "generate": {"n_offers": 1500, "n_suppliers": 120},
    "train": {
        "members": 2,
        "epochs": 2,
        "patience": 1,
        "search": {"trials": 1, "members": 1, "epochs": 1, "patience": 1},
    },
}


def merge(base: dict, changes: dict) -> dict:
    for key, value in changes.items():
        base[key] = merge(dict(base.get(key) or {}), value) if isinstance(value, dict) else value
    return base


@pytest.fixture
def tiny_project(tmp_path) -> Path:
    """git + DVC project with the real dvc.yaml, catalogs and code (linked), tiny params."""
    source, project = app_root(), tmp_path / "project"
    project.mkdir()
    for name in ("core", "resources"):
        (project / name).symlink_to(source / name)
    shutil.copytree(source / "data" / "reference", project / "data" / "reference")
    (project / "data" / "feedback").mkdir()
    shutil.copy(source / "dvc.yaml", project / "dvc.yaml")
    params = merge(yaml.safe_load((source / "params.yaml").read_text(encoding="utf-8")), TINY)
    (project / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    for command in (["git", "init", "-q"], [sys.executable, "-m", "dvc", "init", "-q"]):
        subprocess.run(command, cwd=project, check=True, capture_output=True)
    return project


def tiny_command(project: Path):
    def command(master: str):
        return sys.executable, ["-m", "core.cli", "retrain", "--master", master, "--project", str(project)]

    return command


def test_a_real_retrain_completes_from_the_screen_and_registers_a_candidate(make_window, qtbot, tiny_project):
    window = make_window(spark_master="local[2]")
    before = {v.version for v in ModelRegistry().list_versions()}
    active = ModelRegistry().active_version()
    admin = AdminWindow(window.session, window.settings, root=tiny_project, retrain_command=tiny_command(tiny_project))
    qtbot.addWidget(admin)
    admin.retrain.start()
    qtbot.waitUntil(lambda: admin.retrain.outcome != "", timeout=1800000)
    assert admin.retrain.outcome == SUCCEEDED, admin.retrain.log.toPlainText()[-3000:]
    assert "[train]" in admin.retrain.log.toPlainText()
    new = {v.version for v in ModelRegistry().list_versions()} - before
    assert len(new) == 1 and ModelRegistry().active_version() == active  # registered, never promoted
    assert admin.compare.candidate() in new


def test_cancelling_a_real_retrain_leaves_the_active_model_and_dataset(make_window, qtbot, tiny_project):
    window = make_window(spark_master="local[2]")
    active = ModelRegistry().active_version()
    versions = {v.version for v in ModelRegistry().list_versions()}
    admin = AdminWindow(window.session, window.settings, root=tiny_project, retrain_command=tiny_command(tiny_project))
    qtbot.addWidget(admin)
    admin.retrain.start()
    qtbot.waitUntil(lambda: admin.retrain.bar.value() > 0 or admin.retrain.outcome != "", timeout=300000)
    admin.retrain.cancel()
    qtbot.waitUntil(lambda: admin.retrain.outcome != "", timeout=120000)
    assert admin.retrain.outcome == CANCELLED, admin.retrain.log.toPlainText()[-3000:]
    assert window.isVisible()
    assert ModelRegistry().active_version() == active
    assert {v.version for v in ModelRegistry().list_versions()} == versions
    assert not (tiny_project / "dvc.lock").exists()  # no stage was recorded as done
