"""Compare, promote and roll back on the admin screen; the main window switches to the model
the registry makes active, without a restart (real Keras bundles: the bundled v1 and a tiny
candidate registered as v2)."""

from __future__ import annotations

import re

import pytest

from .qt_helpers import wait_idle


@pytest.fixture
def window_with_candidate(qtbot, feedback_folder, tmp_path, monkeypatch):
    from model_fixtures import tiny_bundle_dir

    from desktop_app.admin.admin_window import AdminWindow

    # The admin screen works on the source tree here: it must not generate the training data into it.
    monkeypatch.setattr(AdminWindow, "PREPARE_ON_SHOW", False)

    from core.appstate.settings import Settings
    from core.appstate.workspace import Workspace
    from core.model.registry import ModelRegistry
    from desktop_app.main_window import MainWindow
    from desktop_app.translations import apply_language

    registry = ModelRegistry()
    if registry.active_version() is None:
        pytest.skip("no model bundle is active in models/")
    active = registry.active_version()
    candidate = registry.register(tiny_bundle_dir())
    apply_language("en")
    window = MainWindow(Workspace.open(), Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    window.after_show()
    qtbot.waitUntil(lambda: window.session.model_status == "ready", timeout=120000)
    wait_idle(qtbot, timeout=120000)
    yield window, active, candidate
    wait_idle(qtbot, timeout=120000)
    if window.admin_window is not None:
        window.admin_window.close()
    window.close()
    window.session.workspace.close()


def test_promote_and_roll_back_switch_the_model_the_main_window_uses(window_with_candidate, qtbot):
    from core.model.registry import ModelRegistry

    window, active, candidate = window_with_candidate
    assert window.session.model_version == active
    admin = window.show_admin()
    compare = admin.compare
    assert compare.active == active and compare.candidate() == candidate
    table = compare.model.frame()
    assert list(table["metric"][:4]) == [
        "Mean absolute error (MAE)",
        "F1 of “recommended”",
        "Ranking quality (NDCG@3)",
        "Interval coverage",
    ]
    shipped_mae = ModelRegistry().load_active().metadata["metrics"]["keras"]["mae"]  # the bundled default's own figure
    assert table.loc[0, "active"] == pytest.approx(shipped_mae) and table.loc[0, "candidate"] == pytest.approx(0.1)
    assert "Model card" in compare.card.toPlainText()
    assert re.search(r"made \d{1,2} [A-Z][a-z]{2,3} \d{4}, \d\d:\d\d\.", compare.status.text())  # not an ISO stamp
    assert compare.metric_axes.patches  # the comparison chart is drawn

    compare.promote_button.click()
    qtbot.waitUntil(
        lambda: window.session.model_version == candidate and window.session.model_status == "ready", timeout=120000
    )
    wait_idle(qtbot, timeout=120000)
    assert window.model_label.text() == f"Model {candidate}"
    assert compare.active == candidate

    compare.rollback_button.click()
    qtbot.waitUntil(
        lambda: window.session.model_version == active and window.session.model_status == "ready", timeout=120000
    )
    wait_idle(qtbot, timeout=120000)
    assert window.model_label.text() == f"Model {active}"
    assert ModelRegistry().active_version() == active
