"""The chef's review step and "Change ingredient…": decisions are remembered per supplier and
product in the workspace and applied to the supplier's next list without asking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from .qt_helpers import wait_idle

ROWS = [
    "Proveedor,Producto,Presentación,Precio,Moneda,Procedencia",
    "Casa Andina,Yerba del chef,atado,3,S/,Huancavelica",
    "Casa Andina,Panceta de cerdo,x kg,999999,S/,Huancayo",
    "Casa Andina,Panceta ahumada,x kg,28.50,S/,Huancayo",
    "Casa Andina,Papa amarilla,saco 50 kg,90,S/,Chacra San Juan de Oro",
]


def write_list(tmp_path):
    path = tmp_path / "casa_andina.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return path


def select_question(review, written):
    rows = [r for r, q in enumerate(review.model.questions) if q.written == written]
    assert rows, [q.written for q in review.model.questions]
    review.table.selectRow(rows[0])
    return review.model.questions[rows[0]]


def offer(frame, product):
    rows = frame[frame["product"] == product]
    assert len(rows) == 1, product
    return rows.iloc[0]


def test_a_decision_in_the_review_step_is_applied_at_the_next_import_without_asking(make_window, qtbot, tmp_path):
    window = make_window()
    path = write_list(tmp_path)
    dialog = window.open_import_dialog([path])
    wait_idle(qtbot)
    review = dialog.review
    assert dialog.tabs.currentWidget() is review  # the review step opens after reading
    assert dialog.tabs.tabText(2) == "Review (3)"
    assert "3 offers wait for your decision" in dialog.summary.text()

    select_question(review, "Yerba del chef")
    qtbot.keyClicks(review.picker.search, "black mint")  # English name; the Spanish one works too
    assert review.picker.current_id() == "huacatay"
    review.use_button.click()
    wait_idle(qtbot)
    assert [q.written for q in review.model.questions] == ["Panceta de cerdo", "Chacra San Juan de Oro"]
    assert offer(dialog.preview.offers(), "Yerba del chef")["ingredient"] == "huacatay"
    model = dialog.report_model
    messages = [model.index(r, model.KEYS.index("message")).data() for r in range(model.rowCount())]
    assert any("'Yerba del chef' read as 'Black mint (huacatay)' by your correction of" in m for m in messages)

    select_question(review, "Panceta de cerdo")
    assert review.accept_button.isVisible() and not review.absent_button.isVisible()
    review.accept_button.click()
    wait_idle(qtbot)
    select_question(review, "Chacra San Juan de Oro")
    review.picker.search.setText("urubamba")
    review.use_button.click()
    wait_idle(qtbot)
    assert review.count() == 0 and dialog.tabs.tabText(2) == "Review (0)"
    dialog.import_button.click()
    wait_idle(qtbot)
    assert not window.review_label.isVisible()  # nothing waits for review

    stored = {c.written: c.value for c in window.session.workspace.corrections()}
    assert stored == {
        "Yerba del chef": "huacatay",
        "Panceta de cerdo": "999999 PEN",
        "Chacra San Juan de Oro": "urubamba",
    }
    again = window.open_import_dialog([path])  # next week's list of the same supplier
    wait_idle(qtbot)
    assert again.review.count() == 0 and again.tabs.currentIndex() == 0
    offers = again.preview.offers()
    assert offer(offers, "Yerba del chef")["ingredient"] == "huacatay"
    assert "price_accepted" in offer(offers, "Panceta de cerdo")["flags"]
    assert offer(offers, "Papa amarilla")["origin_place"] == "urubamba"
    again.reject()


def test_what_waits_for_review_is_counted_and_not_recommended(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = window.open_import_dialog([write_list(tmp_path)])
    wait_idle(qtbot)
    dialog.import_button.click()
    wait_idle(qtbot)
    assert window.review_label.isVisible() and window.review_label.text() == "⚠ 3 offers wait for review"
    ranked = window.session.ranked.set_index("product")
    assert not ranked.at["Panceta de cerdo", "eligible"] and ranked.at["Panceta ahumada", "rank"] == 1
    assert ranked.at["Panceta de cerdo", "excluded_reason"] == "waiting for review (flagged at import)"


def test_change_ingredient_on_a_row_of_the_offers_table(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = window.open_import_dialog([write_list(tmp_path)])
    wait_idle(qtbot)
    dialog.import_button.click()
    wait_idle(qtbot)
    review = window.review
    herb = offer(window.session.offers, "Yerba del chef")
    review.select_offer(int(herb["offer_id"]))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    row = review.table.selectionModel().currentIndex()
    review.table.customContextMenuRequested.emit(review.table.visualRect(row).center())  # right click
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus and [a.text() for a in menus[-1].actions()] == ["Change ingredient…"]
    menus[-1].close()
    review.table.setFocus()
    qtbot.keyClick(review.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # the shortcut
    change = review.change_dialog
    assert change is not None and change.isVisible()
    assert "“Yerba del chef” from Casa Andina" in change.question.text()
    change.picker.search.setText("muña")
    change.buttons.button(change.buttons.StandardButton.Ok).click()
    wait_idle(qtbot)
    stored = window.session.workspace.offers()
    assert offer(stored, "Yerba del chef")["ingredient"] == "muna"
    assert "ingredient_corrected" in offer(stored, "Yerba del chef")["flags"]
    assert review.selected_offer_id() == int(herb["offer_id"])  # the offer stays selected, under its new ingredient
    assert window.review_label.text() == "⚠ 2 offers wait for review"
    assert {c.written: c.value for c in window.session.workspace.corrections()} == {"Yerba del chef": "muna"}
    assert review.change_action.text() == "Change ingredient…"
    assert review.change_action in review.table.actions()


def test_the_review_step_says_why_a_match_is_doubtful(make_window, qtbot, tmp_path):
    """'Read as Vegetable shortening (palm), not sure' left the chef guessing why: the step now says
    the product also names cocoa, or which word may make it another product."""
    window = make_window()
    path = tmp_path / "bodega.csv"
    path.write_text(
        "Proveedor,Producto,Presentación,Precio\nBodega,Manteca de cacao,x kg,75\nBodega,Leche de coco,x l,12\n",
        encoding="utf-8",
    )
    dialog = window.open_import_dialog([path])
    wait_idle(qtbot)
    review = dialog.review
    why = {q.written: review.model.why(q) for q in review.model.questions if q.reason == "uncertain_match"}
    assert why == {
        "Manteca de cacao": "Read as Vegetable shortening (palm), but it also names Cocoa beans",
        "Leche de coco": "Read as Milk, but 'coco' may make it another product",
    }
    dialog.resize(1280, 720)
    qtbot.waitUntil(lambda: dialog.width() == 1280)
    table = review.table
    offers_column = 3  # the number of offers stays in view; the reason wraps in the width left
    assert table.columnViewportPosition(offers_column) + table.columnWidth(offers_column) <= table.viewport().width()
    assert table.wordWrap() and table.horizontalScrollBar().maximum() == 0
    question = select_question(review, "Leche de coco")
    assert review.model.data(
        review.model.index(review.model.questions.index(question), 2), Qt.ItemDataRole.ToolTipRole
    ) == ("Bodega: 'Leche de coco' read as 'Milk' with low confidence: 'coco' may make it another product (1 offer).")
    dialog.reject()
