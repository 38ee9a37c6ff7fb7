"""The plan tab over real core objects: needs imported and edited, supplier terms entered,
the plan made in the background, a point of the trade-off chart chosen, the orders saved, a
plan that cannot exist explained in one sentence, recipes turned into needs, and the current
supplier marked for the ranking."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QSplitter

from core.importer import import_files

from .qt_helpers import SAMPLES, wait_idle

PLANNING = SAMPLES / "planning"
LISTS = ["distribuidora_andina.xlsx", "pesqueria_del_pacifico.xls", "granja_sierra.ods", "mercado_mixto_semana48.xlsx"]


@pytest.fixture
def plan_tab(make_window, qtbot):
    window = make_window(language="en")
    result = import_files([SAMPLES / name for name in LISTS])
    window.session.commit_offers(result.offers, result.report, LISTS, result.terms)
    wait_idle(qtbot)
    window.tabs.setCurrentIndex(1)
    plan = window.plan
    plan.load_week()
    wait_idle(qtbot)
    return window, plan


def needs_rows(plan, *rows):
    plan.needs.set_rows([dict(ingredient=i, quantity=q, unit=u, current_supplier=c) for i, q, u, c in rows])


def test_needs_are_imported_edited_and_remembered_per_week(plan_tab, qtbot):
    window, plan = plan_tab
    plan.import_needs_file(PLANNING / "needs_week.csv")
    wait_idle(qtbot)
    assert plan.needs.rowCount() == 24
    assert plan.needs.data(plan.needs.index(0, 0)) == "Yellow potato"  # catalog name, not an id
    index = plan.needs.index(0, 1)
    assert plan.needs.setData(index, "40", Qt.ItemDataRole.EditRole)
    row = plan.needs.add_row()
    assert plan.needs.setData(plan.needs.index(row, 0), "pepinillo marciano", Qt.ItemDataRole.EditRole)
    assert plan.needs.data(plan.needs.index(row, 0), Qt.ItemDataRole.BackgroundRole) is not None  # not in the catalog
    saved = window.session.workspace.needs(plan.week_key())
    assert saved.loc[0, "quantity"] == 40 and len(saved) == 25
    plan.week_start.setDate(plan.week_start.date().addDays(7))  # another week: empty
    assert plan.needs.rowCount() == 0
    plan.week_start.setDate(plan.week_start.date().addDays(-7))
    assert plan.needs.rowCount() == 25


def test_the_plan_is_made_compared_and_a_frontier_point_chosen(plan_tab, qtbot, tmp_path, monkeypatch):
    window, plan = plan_tab
    needs_rows(
        plan,
        ("papa_amarilla", 20, "kg", ""),
        ("corvina", 6, "kg", ""),
        ("huevos", 10, "docena", ""),
        ("culantro", 1, "kg", ""),
    )
    plan.make_plan(frontier=True)
    wait_idle(qtbot, timeout=60000)
    assert plan.week is not None and plan.comparison.rowCount() == 4
    assert "proven optimal" in plan.status.text()
    assert plan.chart is not None and len(plan.chart._points) == 9
    cheapest = plan.week.cheapest.cost_pen
    plan.choose_point(0)  # the greenest end
    assert plan.week.plan.kg_co2e == pytest.approx(plan.week.greenest.kg_co2e)
    assert plan.week.plan.cost_pen >= cheapest - 1e-6
    assert plan.comparison.data(plan.comparison.index(0, 1)) == f"{plan.week.plan.cost_pen:,.2f}"
    plan.save_orders_to(tmp_path / "orders.xlsx")
    wait_idle(qtbot)
    book = openpyxl.load_workbook(tmp_path / "orders.xlsx")
    assert len(book.sheetnames) == 1 + plan.week.plan.deliveries
    # the plan as CSV, named without its extension in the dialog: saved as .csv, as the workbooks get .xlsx
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "plan"), "")))
    plan.choose_csv_path()
    wait_idle(qtbot)
    assert (tmp_path / "plan.csv").is_file() and not (tmp_path / "plan").exists()


def test_a_plan_that_cannot_exist_is_one_sentence_on_the_tab(plan_tab, qtbot):
    window, plan = plan_tab
    needs_rows(plan, ("papa_amarilla", 20, "kg", ""), ("corvina", 6, "kg", ""))
    plan.budget.setValue(10)
    plan.make_plan()
    wait_idle(qtbot)
    assert plan.status.text().startswith("The budget of S/ 10.00 is below the cheapest plan")
    assert not plan.orders_button.isEnabled()


def test_terms_entered_for_a_supplier_are_kept_and_used(plan_tab, qtbot):
    window, plan = plan_tab
    row = next(i for i, r in enumerate(plan.terms.rows) if r["supplier"] == "Granja sierra")
    assert plan.terms.setData(plan.terms.index(row, 1), "5000", Qt.ItemDataRole.EditRole)
    assert plan.terms.setData(plan.terms.index(row, 3), "lunes, jueves", Qt.ItemDataRole.EditRole)
    stored = window.session.workspace.terms().set_index("supplier")
    assert (
        stored.at["Granja sierra", "min_order_pen"] == 5000 and stored.at["Granja sierra", "delivery_days"] == "mon;thu"
    )
    needs_rows(plan, ("alpaca", 2, "kg", ""))  # only Granja sierra sells alpaca, far below S/ 5,000
    plan.make_plan()
    wait_idle(qtbot)
    assert "Granja sierra, whose minimum order of S/ 5,000.00" in plan.status.text()


def test_recipes_and_covers_become_the_week_s_needs(plan_tab, qtbot):
    window, plan = plan_tab
    plan.import_recipes_file(PLANNING / "recipes.xlsx")
    wait_idle(qtbot)
    assert plan.dishes.rowCount() == 6
    ceviche = next(i for i, r in enumerate(plan.dishes.rows) if r["dish"] == "Ceviche de corvina")
    assert plan.dishes.data(plan.dishes.index(ceviche, 3)) != ""  # priced per portion
    # the dish column gives up width for the cost per portion when the pane is narrow; the tooltip
    # keeps the name whole
    view, longest = plan.dishes_view, max(plan.dishes.rows, key=lambda r: len(r["dish"]))["dish"]
    plan.inputs.setCurrentIndex(1)
    view.resize(380, 300)
    wait_idle(qtbot)
    assert view.columnWidth(0) < view.sizeHintForColumn(0)
    row = next(i for i, r in enumerate(plan.dishes.rows) if r["dish"] == longest)
    assert plan.dishes.data(plan.dishes.index(row, 0), Qt.ItemDataRole.ToolTipRole) == longest
    assert plan.dishes.setData(plan.dishes.index(ceviche, 2), 100, Qt.ItemDataRole.EditRole)
    plan.needs_from_covers()
    needs = {r["ingredient"]: r["quantity"] for r in plan.needs.rows}
    assert needs["corvina"] == pytest.approx(30.0)  # 100 x 180 g at a 60 % yield
    assert window.session.workspace.covers(plan.week_key()) == {
        "Ceviche de corvina": 100.0,
        **{r["dish"]: 0.0 for r in plan.dishes.rows if r["dish"] != "Ceviche de corvina"},
    }


def test_the_current_supplier_marked_in_the_needs_feeds_the_ranking(plan_tab, qtbot):
    window, plan = plan_tab
    needs_rows(plan, ("papa_amarilla", 20, "kg", ""))
    plan.needs.setData(plan.needs.index(0, 3), "Distribuidora Andina S.A.C.", Qt.ItemDataRole.EditRole)
    wait_idle(qtbot)
    assert window.session.workspace.current_suppliers() == {"papa_amarilla": "Distribuidora Andina S.A.C."}
    ranked = window.session.ranked
    current = ranked[ranked["current"]]
    assert set(current["supplier"]) == {"Distribuidora Andina S.A.C."}
    assert set(current["ingredient"]) == {"papa_amarilla"}


def test_the_plan_tab_speaks_spanish(make_window):
    window = make_window(language="es")
    assert window.tabs.tabText(1) == "Plan de compras"
    assert window.plan.plan_button.text() == "Hacer el plan"
    assert window.plan.needs.headerData(0, Qt.Orientation.Horizontal) == "Ingrediente"


def _right_edge(view, key: str) -> int:
    column = view.model().keys.index(key)
    return view.columnViewportPosition(column) + view.columnWidth(column)


@pytest.mark.parametrize("language", ["es", "en"])
def test_at_1280_by_720_the_orders_show_what_they_cost_and_all_four_plans_are_in_view(make_window, qtbot, language):
    """Before, the order lines (12 columns) showed supplier to pack size only, the line cost and
    carbon off to the right, and the horizontal scroll bar hid the fourth plan of the comparison."""
    window = make_window(language=language)
    result = import_files([SAMPLES / name for name in LISTS])
    window.session.commit_offers(result.offers, result.report, LISTS, result.terms)
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.tabs.setCurrentIndex(1)
    plan = window.plan
    plan.load_week()
    plan.import_needs_file(PLANNING / "needs_week.csv")
    wait_idle(qtbot)
    plan.make_plan()
    wait_idle(qtbot, timeout=60000)
    assert plan.week is not None and plan.lines.rowCount() > 5
    # every page of the inputs shown once (needs, recipes, suppliers): the widest sets the pane's
    # width from then on; side by side, the Spanish recipe buttons made it 473 px
    for page in (*range(plan.inputs.count()), 0):
        plan.inputs.setCurrentIndex(page)
        wait_idle(qtbot)
    inputs_width = window.findChild(QSplitter, "planPanes").sizes()[0]
    assert plan.inputs.minimumSizeHint().width() <= inputs_width  # else the next layout widens the inputs
    lines = plan.lines_view
    for key in ("supplier", "ingredient", "product", "packs", "quantity_base", "line_pen", "kg_co2e"):
        assert _right_edge(lines, key) <= lines.viewport().width(), key
    order = plan.lines.data(plan.lines.index(0, plan.lines.keys.index("packs")))
    assert "×" in order and order.split(" × ")[0].isdigit()  # "35 × 1 kg": packs, pack size and unit together
    comparison = plan.comparison_view
    last_plan = comparison.visualRect(plan.comparison.index(3, 0))
    assert last_plan.bottom() <= comparison.viewport().height()  # no scroll bar over "Current suppliers"
    needs = plan.needs_view
    assert _right_edge(needs, "current_supplier") <= needs.viewport().width() + 1

    # on a wide screen the names are whole: at 1920 the products were cut at 170 px beside an empty
    # stretched score column
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    wait_idle(qtbot)
    for key in ("supplier", "product"):
        column = plan.lines.keys.index(key)
        assert lines.columnWidth(column) >= lines.sizeHintForColumn(column), key
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: window.width() == 1280)
    wait_idle(qtbot)
    for key in ("supplier", "product", "packs", "quantity_base", "line_pen", "kg_co2e"):
        assert _right_edge(lines, key) <= lines.viewport().width(), key
    if language == "en":  # "Yellow chili pepper (ají amarillo)" is cut in its column: its tooltip has it all
        longest = max((plan.needs.index(row, 0) for row in range(plan.needs.rowCount())), key=lambda i: len(i.data()))
        assert needs.fontMetrics().horizontalAdvance(longest.data()) > needs.columnWidth(0)
        assert plan.needs.data(longest, Qt.ItemDataRole.ToolTipRole) == longest.data()


def test_a_plan_from_one_supplier_says_one_delivery(plan_tab, qtbot):
    """It said "1 deliveries"."""
    window, plan = plan_tab
    needs_rows(plan, ("papa_amarilla", 20, "kg", ""))
    plan.make_plan()
    wait_idle(qtbot, timeout=60000)
    assert plan.week is not None and plan.week.plan.deliveries == 1
    assert " kg CO2e · 1 delivery · proven optimal" in plan.status.text()
