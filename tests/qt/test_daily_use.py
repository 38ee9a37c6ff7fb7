"""Daily use: the window fits 1280×720 in both languages, Tab goes pane by pane, Ctrl+F reaches the
filter, charts redraw once the keys pause, settings in plain words, an import report grouped by
sentence that names the product and jumps to its row."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

import core.charts.offers as offer_charts
from desktop_app.chart_timing import REDRAW_PAUSE_MS
from desktop_app.import_report_table import ImportReportModel
from desktop_app.ingredient_list import INGREDIENT_ROLE
from desktop_app.review_view import column_of

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle

SAMPLE_LISTS = [SAMPLES / "bodega_selva_central.csv", SAMPLES / "mercado_mixto_semana48.xlsx"]


@pytest.fixture
def imported(make_window, qtbot):
    def make(language="en"):
        window = make_window(language)
        import_through_dialog(qtbot, window, SAMPLE_LISTS)
        wait_idle(qtbot)
        return window

    return make


def busiest_ingredient(window) -> str:
    return str(window.session.ranked["ingredient"].value_counts().index[0])


def choose_ingredient(window, ingredient: str) -> None:
    review = window.review
    review.ingredient_view.selectionModel().setCurrentIndex(
        review.ingredients.index(review.ingredients.row_of(ingredient), 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


@pytest.mark.parametrize("language", ["es", "en"])
def test_at_1280_by_720_price_and_unit_are_in_view_and_the_right_pane_is_not_cut(imported, qtbot, language):
    window = imported(language)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    QApplication.processEvents()
    review = window.review
    ranked = window.session.ranked
    longest = str(ranked.loc[ranked["product"].str.len().idxmax(), "ingredient"])  # the longest names too
    for ingredient in (busiest_ingredient(window), longest):
        choose_ingredient(window, ingredient)
        wait_idle(qtbot)
        table, viewport = review.table, review.table.viewport().width()
        for key in ("rank", "product", "supplier", "score_for_ranking", "price_pen_per_base_unit", "base_unit"):
            column = column_of(key)
            right_edge = table.columnViewportPosition(column) + table.columnWidth(column)
            assert right_edge <= viewport, f"{ingredient}: {key} ends at {right_edge} px, beyond {viewport} px"
    for pane in (review.weights, review.detail):  # nothing wider than the pane, so nothing is clipped
        assert pane.width() >= pane.minimumSizeHint().width()
    assert review.charts is not None and review.charts.height() >= 150


def test_tab_leaves_the_ingredient_table_and_goes_pane_by_pane(imported, qtbot):
    window = imported()
    review = window.review
    window.activateWindow()
    review.ingredient_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.ingredient_view)
    before = review.ingredient_view.currentIndex().data(INGREDIENT_ROLE)
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [review.filter, review.certified_only, review.no_air, review.show_excluded, review.table]
    assert review.ingredient_view.currentIndex().data(INGREDIENT_ROLE) == before  # Tab changed no ingredient
    qtbot.keyClick(review.table, Qt.Key.Key_Tab)
    assert review.weights.isAncestorOf(QApplication.focusWidget())  # then the weights


def test_ctrl_f_goes_to_the_filter_from_anywhere_in_the_offers_tab(imported, qtbot):
    window = imported()
    review = window.review
    review.filter.setText("old text")
    window.activateWindow()
    review.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is review.table)
    qtbot.keyClick(review.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is review.filter
    assert review.filter.selectedText() == "old text"  # typing replaces it
    supplier = window.session.ranked.loc[window.session.ranked["ingredient"] == review._ingredient, "supplier"]
    qtbot.keyClicks(review.filter, str(supplier.iloc[0]))
    assert 0 < review.proxy.rowCount() <= review.offers.rowCount()


def test_arrow_keys_redraw_the_charts_once_after_the_last_key(imported, qtbot, monkeypatch):
    window = imported()
    review = window.review
    choose_ingredient(window, busiest_ingredient(window))
    wait_idle(qtbot)
    qtbot.wait(REDRAW_PAUSE_MS * 2)
    drawn = []
    draw = offer_charts.price_vs_sustainability

    def counted(ax, frame, selected_id=None, labels=None):
        drawn.append((selected_id, time.perf_counter()))
        return draw(ax, frame, selected_id, labels)

    monkeypatch.setattr(offer_charts, "price_vs_sustainability", counted)
    review.table.setFocus()
    review.table.selectRow(0)
    qtbot.wait(REDRAW_PAUSE_MS * 2)
    drawn.clear()
    for _ in range(4):
        qtbot.keyClick(review.table, Qt.Key.Key_Down)
        qtbot.wait(20)  # a key repeat
    last_key = time.perf_counter()
    qtbot.waitUntil(lambda: len(drawn) > 0, timeout=1000)
    qtbot.wait(REDRAW_PAUSE_MS * 2)
    assert len(drawn) == 1, "one redraw for the burst, not one per key"
    selected, at = drawn[0]
    assert selected == review.selected_offer_id()  # the chart marks the offer the keys ended on
    assert at - last_key <= 0.150 + 0.05  # the pause after the last key (timer slack on a busy machine)


def test_settings_say_the_rate_in_use_name_the_place_and_leave_technical_settings_to_the_admin(qtbot):
    from core.appstate.settings import Settings
    from core.catalogs import load_catalogs
    from desktop_app.settings_dialog import SettingsDialog

    settings = Settings(language="en", spark_master="spark://cluster:7077", dvc_remote="s3://bucket/data")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    catalogs = load_catalogs()
    assert dialog.rates["USD"].value() == pytest.approx(catalogs.rate_to_pen("USD"), abs=1e-4)  # not 0
    assert dialog.place.currentText() == "Lima"  # the name, not the catalog id
    texts = [w.text() for w in dialog.findChildren(QLineEdit)]
    assert not any("spark" in t or "s3://" in t for t in texts)  # the admin screen's business
    assert dialog.sizeHint().height() <= 680  # fits a 720 px screen with its title bar
    unchanged = dialog.result_settings()
    assert unchanged.currency_rates == {}  # the included rate is not frozen as the user's
    assert (unchanged.spark_master, unchanged.dvc_remote) == ("spark://cluster:7077", "s3://bucket/data")
    dialog.rates["USD"].setValue(3.61)
    dialog.place.setCurrentText("Cusco")
    chosen = dialog.result_settings()
    assert chosen.currency_rates == {"USD": pytest.approx(3.61)} and chosen.restaurant_place == "cusco"


def test_a_wrong_restaurant_position_is_one_sentence_not_dropped(qtbot):
    """A latitude without a longitude, a typing error or a forgotten minus sign was dropped without
    a word, and every distance was then measured from the place instead."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from core.appstate.settings import Settings
    from desktop_app.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings(language="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    for lat, lon, said in (
        ("-12.12", "", "Give both the latitude and the longitude, or neither"),
        ("-12.12", "-77,0x", "The longitude “-77,0x” is not a number."),
        ("12.12", "77.03", "12.12, 77.03 is not in Peru: south and west are negative there"),
    ):
        dialog.lat.setText(lat)
        dialog.lon.setText(lon)
        dialog.accept()
        box = dialog.findChild(QMessageBox, "errorMessage")
        assert box is not None and box.text().startswith(said), box and box.text()
        box.done(0)
        box.deleteLater()
        qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorMessage") is None)
        assert dialog.isVisible()  # kept open, the values as typed
    dialog.lat.setText("-12,12")  # a decimal comma
    dialog.lon.setText("-77.03")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    chosen = dialog.result_settings()
    assert (chosen.restaurant_lat, chosen.restaurant_lon) == (-12.12, -77.03)


def test_the_import_report_groups_lines_names_products_and_jumps_to_the_row(make_window, qtbot):
    window = make_window()
    dialog = window.open_import_dialog(SAMPLE_LISTS)
    wait_idle(qtbot)
    model = dialog.report_model
    column = {key: model.KEYS.index(key) for key in model.KEYS}
    lines = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    keys = [
        (line[column["severity"]], line[column["file"]], line[column["sheet"]], line[column["message"]])
        for line in lines
    ]
    assert len(keys) == len(set(keys)), "the same sentence about the same sheet is one line"
    assumed = [
        line[column["row"]]
        for line in lines
        if line[column["message"]] == "No currency given; PEN assumed." and line[column["file"]].startswith("bodega")
    ]
    assert assumed == ["8, 19, 31"]  # one line for the three rows, not one per row
    # a longer run: its first rows and the count
    assert ImportReportModel().rows_text(list(range(4, 16))) == "4, 5, 6… (12 rows)"
    outlier = next(line for line in lines if "usual" in line[column["message"]] and line[column["row"]] == "13")
    assert outlier[column["product"]] == "Manteca de cacao"  # the product the price is about
    refused = next(r for r, line in enumerate(lines) if line[column["message"]].startswith("The price 'agotado'"))
    assert lines[refused][column["product"]] == "Miel de abeja multifloral"  # refused rows name theirs too

    outlier_row = next(r for r, line in enumerate(lines) if line is outlier)
    dialog.tabs.setCurrentIndex(1)
    dialog.report_view.doubleClicked.emit(dialog.report_filter.index(outlier_row, 0))
    assert dialog.tabs.currentIndex() == 0
    assert dialog.current_file_name() == "bodega_selva_central.csv"
    selected = dialog.preview_view.selectionModel().selectedRows()
    assert [dialog.preview_model.headerData(i.row(), Qt.Orientation.Vertical) for i in selected] == ["13"]
    assert "ready to import" in dialog.summary.text() and "imported" not in dialog.summary.text().replace(
        "ready to import", ""
    )
    dialog.reject()


def test_the_charts_name_each_point_keep_axes_per_ingredient_and_score_bars_on_their_scale(imported, qtbot):
    window = imported()
    review = window.review
    charts = review.charts
    choose_ingredient(window, busiest_ingredient(window))
    charts.redraw()
    ids = charts.scatter_ids()
    assert len(ids) > 1
    offer = window.session.offer(ids[0])
    x, y = charts.scatter_axes.transData.transform(charts.scatter_axes.collections[0].get_offsets()[0])
    assert charts.nearest_point(x + 2, y - 2) == ids[0]  # the point under the mouse
    assert charts.point_text(ids[0]).startswith(f"{offer['product']} — {offer['supplier']}")
    assert charts.nearest_point(x + 60, y + 60) in (None, *ids[1:])  # nothing, or another offer's point

    # one offer with a low score: a short bar on the 0-to-1 scale, its name whole
    lone = window.session.ranked[window.session.ranked["eligible"]].head(1).copy()
    lone["rank_score"] = 0.19
    lone["product"] = "Aceite de oliva extra virgen de primera prensa en frío"
    charts.set_frame(lone)
    charts.tabs.setCurrentIndex(1)
    charts.redraw()
    assert charts.top_axes.get_xlim()[1] >= 1.0
    labels = [t.get_text() for t in charts.top_axes.get_yticklabels()]
    assert "Aceite de oliva extra virgen de primera prensa en frío" in labels[0].replace("\n", " ")

    # an ingredient without prices says so instead of keeping the last ingredient's axis
    unpriced = lone.assign(price_pen_per_base_unit=float("nan"))
    charts.set_frame(unpriced)
    charts.tabs.setCurrentIndex(0)
    charts.redraw()
    assert charts.scatter_ids() == [] and not charts.scatter_axes.axison
