"""Review: weights re-rank the table, chart clicks select rows, the detail pane, audited scores."""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt

from desktop_app.offers_table import OFFER_ID_ROLE

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle

FILES = [SAMPLES / "bodega_selva_central.csv", SAMPLES / "mercado_mixto_semana48.xlsx"]


@pytest.fixture
def reviewed(make_window, qtbot):
    window = make_window()
    import_through_dialog(qtbot, window, FILES)
    wait_idle(qtbot)
    return window


def choose_ingredient(window, ingredient):
    review = window.review
    row = review.ingredients.row_of(ingredient)
    review.ingredient_view.selectionModel().setCurrentIndex(
        review.ingredients.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def top_offer_id(window):
    review = window.review
    review.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank
    return review.proxy.index(0, 0).data(OFFER_ID_ROLE)


def set_only(window, qtbot, criterion):
    ranked_before = window.session.ranked
    for name, slider in window.review.weights.sliders.items():
        slider.setValue(100 if name == criterion else 0)
    qtbot.waitUntil(lambda: window.session.ranked is not ranked_before, timeout=5000)
    wait_idle(qtbot)


def ingredient_where_cheapest_is_not_nearest(offers: pd.DataFrame) -> tuple[str, int, int]:
    for ingredient, group in offers[offers.ingredient != ""].groupby("ingredient"):
        group = group.dropna(subset=["price_pen_per_base_unit", "distance_km"])
        if len(group) < 2:
            continue
        cheapest = group.loc[group.price_pen_per_base_unit.idxmin()]
        nearest = group.loc[group.distance_km.idxmin()]
        if (
            cheapest.offer_id != nearest.offer_id
            and cheapest.distance_km > nearest.distance_km
            and nearest.price_pen_per_base_unit > cheapest.price_pen_per_base_unit
        ):
            return ingredient, int(cheapest.offer_id), int(nearest.offer_id)
    raise AssertionError("the samples have no ingredient where the cheapest offer is not the nearest")


def test_changing_weights_reorders_the_table(reviewed, qtbot):
    window = reviewed
    ingredient, cheapest, nearest = ingredient_where_cheapest_is_not_nearest(window.session.offers)
    choose_ingredient(window, ingredient)
    set_only(window, qtbot, "price")
    assert top_offer_id(window) == cheapest
    set_only(window, qtbot, "distance")
    assert top_offer_id(window) == nearest
    # the weights are kept for the next session
    window.close()
    assert window.session.workspace.session("weights")["distance"] == 1.0


def test_constraint_toggle_leaves_air_freight_out(reviewed, qtbot):
    window = reviewed
    air = window.session.offers[window.session.offers.transport_mode == "air"]
    if air.empty:
        pytest.skip("no air-freighted offer in these samples")
    before = window.session.ranked
    window.review.no_air.setChecked(True)
    qtbot.waitUntil(lambda: window.session.ranked is not before, timeout=5000)
    ranked = window.session.ranked
    flown = ranked[ranked.transport_mode == "air"]
    assert not flown.eligible.any() and (flown.excluded_reason.str.contains("air freight")).all()


def test_clicking_a_chart_point_selects_its_row(reviewed, qtbot):
    window = reviewed
    review = window.review
    ingredient, cheapest, _ = ingredient_where_cheapest_is_not_nearest(window.session.offers)
    choose_ingredient(window, ingredient)
    review.charts.tabs.setCurrentIndex(0)
    review.charts.redraw()  # normally done as soon as the event loop is free
    canvas = review.charts.scatter
    canvas.draw()
    ids = review.charts.scatter_ids()
    target = ids.index(cheapest)
    axes = review.charts.scatter_axes
    x, y = axes.transData.transform(axes.collections[0].get_offsets()[target])
    ratio = canvas.devicePixelRatioF()
    point = QPoint(int(round(x / ratio)), int(round((canvas.figure.bbox.height - y) / ratio)))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: review.selected_offer_id() == cheapest, timeout=3000)
    assert review.detail.offer_id() == cheapest
    selected_rows = review.table.selectionModel().selectedRows()
    assert [review.proxy.mapToSource(i).row() for i in selected_rows] == [review.offers.row_of(cheapest)]


def test_detail_pane_shows_provenance_footprint_and_review_flags(reviewed, qtbot):
    window = reviewed
    offers = window.session.offers
    flagged = offers[(offers["flags"] != "") & (offers.ingredient != "")].iloc[0]
    window.review.select_offer(int(flagged.offer_id))
    detail = window.review.detail
    provenance = detail.fields["provenance"].text()
    assert flagged.source_file in provenance and f"row {flagged.source_row}" in provenance
    assert "per" in detail.fields["price"].text() and "kg CO2e" in detail.fields["co2"].text()
    assert detail.review.text().startswith("⚠ ")
    assert "not scored yet" in detail.fields["score"].text()  # no model in this test folder
    # a blocking flag holds the offer back until a decision; an advisory one only asks for a look
    blocking = offers[offers["flags"].str.contains("price_implausible|origin_unknown|uncertain_match")].iloc[0]
    window.review.select_offer(int(blocking.offer_id))
    text = detail.review.text()
    assert text.startswith("⚠ Needs review") and "not recommended until you decide" in text
    advisory = offers[offers["flags"].isin(["price_outlier", "certification_unknown"])].iloc[0]
    window.review.select_offer(int(advisory.offer_id))
    assert detail.review.text().startswith("⚠ Worth checking: flagged at import: ")
    assert "not recommended" not in detail.review.text()


def test_an_audit_counts_at_once_is_shown_as_audited_and_feeds_retraining(reviewed, qtbot, feedback_folder, tmp_path):
    window = reviewed
    set_only(window, qtbot, "sustainability")
    offers = window.session.offers[window.session.offers.ingredient != ""]
    ingredient = offers.groupby("ingredient").size().idxmax()  # one with several offers
    chosen = offers[offers.ingredient == ingredient].iloc[-1]
    window.review.select_offer(int(chosen.offer_id))
    detail, box = window.review.detail, window.review.detail.audit_box
    assert box.save.isEnabled() is False  # nothing typed yet
    evidence = tmp_path / "acta de visita.pdf"
    evidence.write_bytes(b"%PDF-1.4 visit")
    box.score.setValue(0.9)
    box.auditor.setText("Ana Torres")
    box.note.setText("Farm visit")
    box.set_evidence(str(evidence))
    box.save.click()
    wait_idle(qtbot)

    # the ranking uses it at once: the audited offer is now the first option, marked as audited
    assert top_offer_id(window) == int(chosen.offer_id)
    review = window.review
    row = review.proxy.index(0, 0).row()
    headers = [review.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(review.proxy.columnCount())]
    assert review.proxy.index(row, headers.index("Sustainability")).data() == "✔ 0.90"
    assert review.proxy.index(row, headers.index("Score")).data() == "audited"
    assert "0.90 audited</b> by Ana Torres on " in detail.fields["score"].text()
    assert "Farm visit" in detail.fields["audited"].text() and "acta de visita.pdf" in detail.fields["audited"].text()
    assert box.score.text() == "—" and box.auditor.text() == "Ana Torres"  # emptied, the auditor kept
    # stored with a copy of the evidence, and as a label for retraining
    audits = window.session.workspace.audits()
    assert list(audits.score) == [0.9] and open(audits.evidence[0], "rb").read() == evidence.read_bytes()
    labels = window.session.workspace.labels()
    assert list(labels.offer_id) == [chosen.offer_id] and list(labels.sustainability_score) == [0.9]
    written = pd.read_csv(feedback_folder / "audited_labels.csv")
    assert written.iloc[0]["product"] == chosen["product"] and written.iloc[0]["sustainability_score"] == 0.9
    assert "source_row" in written.columns and "sustainability_score_pred" not in written.columns


def test_the_audit_entry_is_emptied_when_another_offer_is_chosen(reviewed, qtbot):
    window = reviewed
    offers = window.session.ranked[window.session.ranked.eligible]
    first, second = int(offers.offer_id.iloc[0]), int(offers.offer_id.iloc[1])
    window.review.select_offer(first)
    box = window.review.detail.audit_box
    box.score.setValue(0.35)
    box.note.setText("half typed")
    box.scope.setCurrentIndex(1)
    window.review.select_offer(second)
    assert window.review.detail.offer_id() == second
    assert (box.score.text(), box.note.text(), box.scope.currentData()) == ("—", "", "offer")
    assert not box.save.isEnabled()


def test_an_offer_waiting_for_review_is_a_hollow_point_in_the_chart(reviewed, qtbot):
    """Green coffee at S/ 25 waits for the chef; the chart drew it like any other offer, beside
    the roasted coffee the table lists, as if it were one to choose."""
    window = reviewed
    choose_ingredient(window, "coffee")
    charts = window.review.charts
    charts.tabs.setCurrentIndex(0)
    charts.redraw()
    ids = charts.scatter_ids()
    ranked = window.session.ranked.set_index("offer_id")
    eligible = [bool(ranked.at[i, "eligible"]) for i in ids]
    assert [ranked.at[i, "product"] for i, ok in zip(ids, eligible, strict=True) if not ok] == [
        "Café verde (oro) lavado"
    ]
    faces = charts.scatter_axes.collections[0].get_facecolors()
    assert [face[3] > 0 for face in faces] == eligible  # filled when it can be chosen, hollow when not
    legend = [text.get_text() for text in charts.scatter_axes.get_legend().get_texts()]
    assert "Not recommended: excluded, or waiting for your review" in legend


def test_an_old_list_is_said_in_days_with_the_right_plural(reviewed, qtbot):
    """The settings allow 1 day; the detail pane said "the list is older than 1 days"."""
    detail = reviewed.review.detail
    offer = reviewed.session.offers.iloc[0].copy()
    offer["stale"], offer["flags"] = True, ""
    for days, said in ((1, "the list is older than 1 day"), (30, "the list is older than 30 days")):
        detail.stale_days = days
        detail.show_offer(offer)
        assert detail.review.text().endswith(said), detail.review.text()
