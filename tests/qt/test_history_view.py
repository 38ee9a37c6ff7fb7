"""Two dated lists of the same supplier imported in the window: the table shows what changed,
the price jump is flagged, the history chart draws a line per supplier and the market median,
the suppliers window ranks them and lists the latest changes; in English and in Spanish."""

from __future__ import annotations

import datetime as dt
import html

import pytest
from history_data import write_next_week
from PySide6.QtCore import Qt

from core.charts.history import legend_name
from desktop_app.charts_panel import HISTORY_TAB
from desktop_app.offers_table import COLUMNS, JUMP_COLOUR, OFFER_ID_ROLE

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle

ANDINA = SAMPLES / "distribuidora_andina.xlsx"


def column(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def import_two_weeks(qtbot, window, tmp_path):
    import_through_dialog(qtbot, window, [ANDINA])
    week48 = write_next_week(ANDINA, tmp_path / "andina_semana48.xlsx")
    dialog = window.open_import_dialog([week48])
    wait_idle(qtbot)
    found = dialog.file_list.date_of(week48.name)
    assert found.date == dt.date(2026, 11, 23)
    assert "Semana 48" in dialog.file_list.item(0, 2).text()
    dialog.import_button.click()
    wait_idle(qtbot)
    return dialog


def show_ingredient(qtbot, review, ingredient: str) -> None:
    review.ingredient_view.selectRow(review.ingredients.row_of(ingredient))
    wait_idle(qtbot)


def row_of_product(review, product: str) -> int:
    for row in range(review.offers.rowCount()):
        if review.offers.index(row, column("product")).data().endswith(product):
            return row
    raise AssertionError(product)


def test_two_dated_lists_show_the_changes_and_the_history_chart(make_window, qtbot, tmp_path):
    window = make_window()
    import_two_weeks(qtbot, window, tmp_path)
    review = window.review
    assert len(window.session.offers) == 40  # only the newest list is current
    show_ingredient(qtbot, review, "quinoa")
    row = row_of_product(review, "Quinua blanca")
    change = review.offers.index(row, column("change_pct"))
    assert change.data() == "+18.0 %"
    assert change.data(Qt.ItemDataRole.ForegroundRole).color() == JUMP_COLOUR
    assert "S/ 11.50 per kg on 2026-11-16" in change.data(Qt.ItemDataRole.ToolTipRole)
    assert review.offers.index(row, column("product")).data().startswith("⚠")
    assert review.offers.index(row, column("list_date")).data().startswith("2026-11-23")
    review.select_offer(review.offers.index(row, 0).data(OFFER_ID_ROLE))
    assert "+18.0 %" in review.detail.fields["change"].text()
    assert "more than 15 %" in review.detail.review.text()

    review.charts.tabs.setCurrentIndex(HISTORY_TAB)
    wait_idle(qtbot)
    lines = {line.get_label(): line for line in review.charts.history_price_axes.get_lines() if line.get_visible()}
    assert set(lines) == {"Distribuidora Andina S.A.C.", "Market median"}
    prices = lines["Distribuidora Andina S.A.C."].get_ydata()
    assert len(prices) == 2 and prices[1] / prices[0] == pytest.approx(1.18, abs=0.01)
    legend = review.charts.history_legend.text()
    assert "<b>Quinoa</b>" in legend and "Distribuidora Andina S.A.C." in legend and "Market median" in legend

    show_ingredient(qtbot, review, "papa_nativa")  # the chart follows the ingredient chosen
    assert "<b>Native potato</b>" in review.charts.history_legend.text()


def test_the_suppliers_window_ranks_suppliers_and_lists_the_latest_changes(make_window, qtbot, tmp_path):
    window = make_window()
    import_through_dialog(qtbot, window, [SAMPLES / "granja_sierra.ods"])
    import_two_weeks(qtbot, window, tmp_path)
    suppliers = window.open_suppliers()
    suppliers.kind.setCurrentIndex(suppliers.kind.findData("month"))
    qtbot.waitUntil(lambda: suppliers.standing.rowCount() == 2, timeout=20000)
    names = {suppliers.standing.value(r, "supplier") for r in range(2)}
    assert names == {"Distribuidora Andina S.A.C.", "Granja sierra"}
    assert suppliers.period.currentText() == "2026-11"
    suppliers.tabs.setCurrentIndex(2)
    wait_idle(qtbot)
    changes = suppliers.changes
    shown = {changes.value(r, "product"): changes.index(r, 2).data() for r in range(changes.rowCount())}
    assert shown["Olluco"] == "no longer offered" and shown["Mashua morada"] == "new"
    assert shown["Quinua blanca"] == "+18.0 %"
    suppliers.only_jumps.setChecked(True)
    assert suppliers.changes_filter.rowCount() == 3  # the three quinoas
    suppliers.tabs.setCurrentIndex(1)
    suppliers.supplier.setCurrentText("Distribuidora Andina S.A.C.")
    wait_idle(qtbot)
    assert suppliers.card_share_axes.patches  # a bar for the share recommended
    suppliers.close()


def test_at_1280_by_720_the_standing_table_is_whole_in_view_in_spanish(make_window, qtbot):
    window = make_window(language="es")
    import_through_dialog(qtbot, window, [SAMPLES / "granja_sierra.ods", ANDINA])
    suppliers = window.open_suppliers()
    suppliers.resize(1280, 720)
    qtbot.waitUntil(lambda: suppliers.standing.rowCount() == 2, timeout=20000)
    wait_idle(qtbot)
    view = suppliers.standing_view
    assert view.horizontalScrollBar().maximum() == 0  # every column in view, no sideways scrolling
    header = view.horizontalHeader()
    for column in range(header.count()):  # no value is cut: only a header may give up room
        assert header.sectionSize(column) >= min(view.sizeHintForColumn(column), 56)
    column = [f.key for f in suppliers.standing.fields].index("price_index")
    title = suppliers.standing.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert title == "Índice de precios"  # the whole title as a tooltip too
    # a narrowed header is written on two lines, each of its words whole (it was cut: "Índice de pr…")
    assert header.textElideMode() == Qt.TextElideMode.ElideNone
    assert header.defaultAlignment() & Qt.TextFlag.TextWordWrap
    metrics = header.fontMetrics()
    assert header.height() >= 2 * metrics.lineSpacing()
    for column in range(header.count()):
        words = str(suppliers.standing.headerData(column, Qt.Orientation.Horizontal)).split()
        assert all(metrics.horizontalAdvance(w) < header.sectionSize(column) for w in words), words
    suppliers.close()


def test_a_corrected_list_date_is_stored_with_the_list(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = window.open_import_dialog([ANDINA])
    wait_idle(qtbot)
    assert dialog.file_list.date_of(ANDINA.name).date == dt.date(2026, 11, 16)
    dialog.file_list.set_date(ANDINA.name, dt.date(2026, 11, 18))
    assert dialog.file_list.item(0, 2).text() == "corrected by you"
    dialog.import_button.click()
    wait_idle(qtbot)
    lists = window.session.workspace.price_lists()
    assert lists["list_date"].dt.date.tolist() == [dt.date(2026, 11, 18)] and lists["date_source"].tolist() == ["user"]


def test_the_history_speaks_spanish(make_window, qtbot, tmp_path):
    window = make_window("es")
    import_two_weeks(qtbot, window, tmp_path)
    review = window.review
    show_ingredient(qtbot, review, "papa_nativa")
    assert review.offers.headerData(column("change_pct"), Qt.Orientation.Horizontal) == "Cambio de precio"
    assert review.charts.tabs.tabText(HISTORY_TAB) == "Evolución de precios"
    suppliers = window.open_suppliers()
    assert suppliers.windowTitle() == "Proveedores en el tiempo"
    suppliers.tabs.setCurrentIndex(2)
    wait_idle(qtbot)
    texts = {suppliers.changes.index(r, 2).data() for r in range(suppliers.changes.rowCount())}
    assert {"nuevo", "ya no se ofrece"} <= texts
    suppliers.close()


def click_ingredient(qtbot, review, ingredient: str) -> None:
    """A mouse click on the ingredient's row, then wait until the chart is drawn."""
    from PySide6.QtTest import QTest

    view, index = review.ingredient_view, review.ingredients.index(review.ingredients.row_of(ingredient), 0)
    view.scrollTo(index)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.visualRect(index).center()
    )
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: not review.charts.history.figure.stale, timeout=5000)  # drawn since it changed


def visible_lines(axes) -> dict[str, tuple[list, list]]:
    return {
        line.get_label(): (list(line.get_xdata()), list(line.get_ydata()))
        for line in axes.get_lines()
        if line.get_visible()
    }


def test_the_history_chart_follows_each_click_without_leftovers_of_the_ingredient_before(make_window, qtbot, tmp_path):
    """The chart is updated in place for speed: after a click on another ingredient it must show
    that ingredient's suppliers, prices, scores and ranges only, and going back shows the first
    ingredient's chart exactly as it was."""
    import numpy as np
    from history_data import base_offers, fill_workspace
    from matplotlib.dates import date2num

    from core.appstate.workspace import Workspace
    from core.history.series import ingredient_history

    workspace = Workspace.open()
    fill_workspace(workspace, base_offers(tmp_path, 6, 40), 8, dt.date(2026, 9, 7))
    histories = {i: ingredient_history(workspace, i) for i in workspace.current_offers()["ingredient"].unique() if i}
    workspace.close()
    suppliers = {i: h.by_supplier["supplier"].nunique() for i, h in histories.items()}
    first = max(suppliers, key=lambda i: (suppliers[i], i))  # most suppliers, then one with fewer and other prices
    prices = {i: h.by_supplier["price"].max() for i, h in histories.items()}
    second = min(
        (i for i in histories if suppliers[i] < suppliers[first]), key=lambda i: abs(prices[i] - 3 * prices[first])
    )
    assert suppliers[second] >= 1 and prices[second] != prices[first]

    window = make_window()
    review, charts = window.review, window.review.charts
    charts.tabs.setCurrentIndex(HISTORY_TAB)
    click_ingredient(qtbot, review, first)
    picture = np.asarray(charts.history.buffer_rgba()).copy()
    drawn = []
    charts.history.mpl_connect("draw_event", lambda _event: drawn.append(True))

    click_ingredient(qtbot, review, second)
    assert drawn, "the chart on screen was not drawn again"
    history = histories[second].by_supplier
    prices_shown = visible_lines(charts.history_price_axes)
    median = prices_shown.pop("Market median")
    assert len(median[1]) == histories[second].median["week"].nunique()
    expected = {
        legend_name(name): (list(date2num(rows["list_date"])), list(rows["price"]))
        for name, rows in history.groupby("supplier")
    }
    assert prices_shown == expected  # no line left over from the first ingredient's suppliers
    scores_shown = sorted(v[1] for v in visible_lines(charts.history_score_axes).values())
    assert scores_shown == sorted(list(rows["score"]) for _, rows in history.groupby("supplier"))
    low, high = charts.history_price_axes.get_ylim()  # fitted to the second ingredient's prices
    known = np.r_[history["price"], histories[second].median["price"]]
    assert low < known.min() and high > known.max() and high - low < (known.max() - known.min()) * 1.2 + 1.1
    legend = charts.history_legend.text()
    gone = set(histories[first].by_supplier["supplier"]) - set(history["supplier"])
    assert all(html.escape(name) in legend for name in history["supplier"])
    assert gone and not any(html.escape(name) in legend for name in gone)

    click_ingredient(qtbot, review, first)
    assert (np.asarray(charts.history.buffer_rgba()) == picture).all()  # the first chart again, pixel for pixel
