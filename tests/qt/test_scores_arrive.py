"""With the bundled model: the window shows offers at once, the model loads in a worker after
the window is visible, the scores and intervals then appear, and the chosen offer's explanation
is computed when it is chosen (not for every row)."""

from __future__ import annotations

import json

import pytest

from core.features import GROUPS

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
    assert (ranked["explanation"] == "").all()  # nobody looked at them yet
    other = ranked[ranked.eligible & (ranked.offer_id != offer.offer_id)].iloc[0]
    detail = window.review.detail
    for chosen in (offer, other):
        window.review.select_offer(int(chosen.offer_id))
        assert "likely between" in detail.fields["score"].text()
        qtbot.waitUntil(lambda: detail._explanation != "", timeout=30000)  # computed in the model lane
        assert detail.offer_id() == int(chosen.offer_id)
        assert set(json.loads(detail._explanation)) == set(GROUPS)
        assert detail.explanation_axes.patches, "the explanation bars are drawn"
    assert window.session.explanation(int(offer.offer_id)) is not None  # kept: shown again at once
    assert window.session.bundle.runtime == "numpy"
