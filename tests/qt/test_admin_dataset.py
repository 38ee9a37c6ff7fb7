"""The dataset panel over a real git + DVC project: the training data version, the audited
labels not in the dataset yet, and adding them as a new DVC-tracked version."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from model_fixtures import offer

from desktop_app.admin.dataset_panel import DatasetPanel

from .admin_fixtures import make_project
from .qt_helpers import wait_idle


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pending_labels_become_a_new_dataset_version(make_window, qtbot, tmp_path):
    window = make_window()
    root = make_project(tmp_path / "project")
    for command in (["git", "init", "-q"], [sys.executable, "-m", "dvc", "init", "-q"]):
        subprocess.run(command, cwd=root, check=True, capture_output=True)
    window.session.workspace.add_label(7, 0.82, offer(product="Cacao fino de aroma", source_row=2))
    panel = DatasetPanel(window.session.workspace, window.settings, root)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    assert panel.hash_value.text() == "feedfacefeedfacefeedfacefeedface.dir"
    assert panel.rows_value.text() == "800"
    assert panel.pending_title.text() == "1 audited label entered in the app is not in the dataset yet."
    assert panel.model.rowCount() == 1 and panel.add_button.isEnabled()
    panel.add_button.click()
    wait_idle(qtbot, timeout=60000)
    assert panel.pending_title.text() == "Every audited label entered in the app is in the dataset."
    assert not panel.add_button.isEnabled()
    assert (root / "data" / "feedback.dvc").is_file()
    assert len(list((root / "data" / "feedback").glob("audited_labels_*.csv"))) == 1
