"""Offers to audit next on the admin screen: the scored offers where an audit teaches the model
the most, already-audited offers left out, in the user's language."""

from __future__ import annotations

import pandas as pd
from model_fixtures import tiny_bundle_dir, tiny_training_table
from PySide6.QtCore import Qt

from core.catalogs import load_catalogs
from core.model.bundle import load_bundle
from core.model.scoring import score_offers
from desktop_app.admin.admin_window import AdminWindow

from .admin_fixtures import make_project
from .qt_helpers import wait_idle


def scored_session(window) -> pd.DataFrame:
    bundle = load_bundle(tiny_bundle_dir())
    offers = tiny_training_table()[0].head(60).drop(columns=["month"]).reset_index(drop=True)
    scored = score_offers(offers, bundle, explain=False, month=5)
    scored["offer_id"] = range(1, len(scored) + 1)
    window.session.bundle, window.session.scored = bundle, scored
    return scored


def open_queue(window, qtbot, root):
    admin = AdminWindow(window.session, window.settings, root=root)
    qtbot.addWidget(admin)
    admin.show()
    admin.tabs.setCurrentWidget(admin.audit)  # showing the tab fills the list
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: admin.audit.refresh_button.isEnabled(), timeout=20000)
    return admin


def test_the_queue_lists_the_most_useful_unaudited_offers_first(make_window, qtbot, tmp_path):
    window = make_window()
    scored = scored_session(window)
    first = scored.iloc[0]
    window.session.workspace.add_label(1, 0.42, first.to_dict())
    admin = open_queue(window, qtbot, make_project(tmp_path / "project"))
    panel = admin.audit
    shown = panel.queue
    assert len(shown) == panel.count.value() == 20
    assert shown["priority"].is_monotonic_decreasing
    assert 1 not in set(shown["offer_id"])  # audited already
    assert panel.model.headerData(5, Qt.Orientation.Horizontal) == "Rubric score"
    assert panel.model.rowCount() == 20
    assert "20 offers to audit next" in panel.status.text()
    names = [panel.model.index(r, 2).data() for r in range(panel.model.rowCount())]
    catalogs = load_catalogs()
    assert names == [catalogs.ingredient_name(i, "en") for i in shown["ingredient"]]  # names, not catalog ids
    admin.grab().save(str(tmp_path / "audit_queue_en.png"))


def test_the_queue_speaks_spanish_and_says_when_nothing_is_scored(make_window, qtbot, tmp_path):
    window = make_window(language="es")
    admin = open_queue(window, qtbot, make_project(tmp_path / "project"))
    assert admin.tabs.tabText(admin.tabs.indexOf(admin.audit)) == "Ofertas por auditar"
    assert "Importe listas de precios" in admin.audit.status.text()
    assert admin.audit.model.rowCount() == 0
