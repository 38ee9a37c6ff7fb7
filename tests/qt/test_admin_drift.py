"""Drift on the admin screen: offers imported lately against the DVC-tracked training data."""

from __future__ import annotations

import pandas as pd

from core.paths import user_data_dir
from desktop_app.admin.admin_window import AdminWindow

from .admin_fixtures import make_project, training_offers
from .qt_helpers import wait_idle


def import_offers(window, offers: pd.DataFrame, name: str) -> None:
    offers = offers.copy()
    offers["source_file"] = name
    window.session.workspace.add_import(offers, pd.DataFrame(), [name], "test import", len(offers))


def open_admin(window, qtbot, root):
    admin = AdminWindow(window.session, window.settings, root=root)
    qtbot.addWidget(admin)
    admin.show()
    admin.tabs.setCurrentWidget(admin.drift)
    return admin


def test_a_shifted_import_raises_drift_warnings_and_charts(make_window, qtbot, tmp_path):
    window = make_window()
    root = make_project(tmp_path / "project")
    shifted = training_offers().sample(120, random_state=1).reset_index(drop=True)
    shifted["transport_mode"] = "air"  # everything flown in
    shifted["price_pen_per_base_unit"] = shifted["price_pen_per_base_unit"] * 25  # prices far above training
    shifted.loc[:40, "packaging"] = "edible_film_prototype"  # a packaging the model never saw
    import_offers(window, shifted, "flown_in.xlsx")
    admin = open_admin(window, qtbot, root)
    panel = admin.drift
    assert panel.days.value() == 30
    before = [text.get_text() for ax in (panel.psi_axes, panel.time_axes) for text in ax.texts]
    assert before == ["No drift computed yet"] * 2  # not "no scored offers": nothing was looked at yet
    panel.check_button.click()
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10000)
    warnings = panel.warnings.text()
    assert "transport_mode: PSI" in warnings and "price_pen_per_base_unit: PSI" in warnings
    assert "large shift since training" in warnings
    assert "categories the model never saw" in warnings
    assert "120 recent offers checked" in panel.summary.text()
    features = panel.model.frame().set_index("feature")
    assert features.loc["transport_mode", "psi"] >= 0.25
    assert panel.psi_axes.patches  # the PSI bars are drawn
    # the training profile is cached for this dataset version in the user's folder
    assert list((user_data_dir() / "drift").glob("reference_feedface*.json"))


def test_old_imports_are_left_out_and_a_missing_dataset_says_dvc_pull(make_window, qtbot, tmp_path):
    window = make_window()
    root = make_project(tmp_path / "project")
    import_offers(window, training_offers().head(30), "old.csv")
    admin = open_admin(window, qtbot, root)
    panel = admin.drift
    panel.days.setValue(1)
    import datetime as dt

    from core.lifecycle.drift_monitor import recent_offers

    assert len(recent_offers(window.session.workspace, 1)) == 30
    assert recent_offers(window.session.workspace, 1, now=dt.datetime.now() + dt.timedelta(days=3)).empty
    (root / "data" / "training" / "offers.parquet").unlink()
    panel.check_button.click()
    wait_idle(qtbot)
    from PySide6.QtWidgets import QMessageBox

    box = admin.findChildren(QMessageBox, "errorMessage")[-1]
    assert "dvc pull" in box.text()
    box.close()
