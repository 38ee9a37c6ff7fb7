"""With the bundled model: the window shows offers at once, TensorFlow loads in a worker after
the window is visible, and the scores, intervals and explanations then appear."""

from __future__ import annotations

import sys

import pytest

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle


@pytest.fixture
def real_model_window(qtbot, feedback_folder):
    from core.appstate.settings import Settings
    from core.appstate.workspace import Workspace
    from core.model.registry import ModelRegistry
    from desktop_app.main_window import MainWindow
    from desktop_app.translations import apply_language

    if ModelRegistry().active_version() is None:
        pytest.skip("no model bundle is active in models/")
    apply_language("en")
    window = MainWindow(Workspace.open(), Settings(language="en"))
    qtbot.addWidget(window)
    window.show()
    yield window
    wait_idle(qtbot, timeout=120000)
    window.close()
    window.session.workspace.close()


def test_scores_arrive_after_the_model_loads_in_the_background(real_model_window, qtbot):
    window = real_model_window
    window.after_show()
    assert window.model_label.text() == "Loading model…"
    import_through_dialog(qtbot, window, [SAMPLES / "bodega_selva_central.csv"])
    assert window.review.offers.rowCount() > 0  # offers are on screen before any score
    qtbot.waitUntil(lambda: window.session.model_status != "loading", timeout=120000)
    wait_idle(qtbot, timeout=120000)
    assert window.model_label.text().startswith("Model ")
    ranked = window.session.ranked
    assert ranked["sustainability_score_pred"].between(0, 1).all()
    assert (ranked["score_low"] <= ranked["sustainability_score_pred"]).all()
    offer = ranked[ranked.eligible].iloc[0]
    window.review.select_offer(int(offer.offer_id))
    assert "likely between" in window.review.detail.fields["score"].text()
    assert "tensorflow" in sys.modules  # loaded, but only after the window was shown
