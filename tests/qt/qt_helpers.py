"""Helpers shared by the Qt tests (plain functions; fixtures are in this folder's conftest)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "data" / "samples"


def wait_idle(qtbot, timeout=15000):
    """Wait until every background operation has delivered its result."""
    from desktop_app import operations

    qtbot.waitUntil(lambda: operations.running() == 0, timeout=timeout)


def import_through_dialog(qtbot, window, paths, corrections=None):
    """Open the import dialog on ``paths``, wait for the preview, press Import."""
    dialog = window.open_import_dialog(list(paths))
    wait_idle(qtbot)
    for header, target in (corrections or {}).items():
        combo = dialog.mapping.combos[header]
        combo.setCurrentIndex(combo.findData(target))
    if corrections:
        dialog.apply_button.click()
        wait_idle(qtbot)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_idle(qtbot)
    return dialog
