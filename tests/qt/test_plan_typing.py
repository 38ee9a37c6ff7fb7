"""What the manager types in the plan tab's tables is read as the price lists read numbers:
"1,500" soles is fifteen hundred (not 1.5), "1,5" kg one and a half, and what is not a number
(or a fraction of a guest) is refused and the cell keeps its value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.plan_models import DishesModel, NeedsModel, TermsModel

EDIT = Qt.ItemDataRole.EditRole


@pytest.mark.parametrize(
    ("typed", "stored"), [("1,500", 1500.0), ("S/ 1,500.00", 1500.0), ("2.000,50", 2000.5), ("350", 350.0), ("", None)]
)
def test_a_minimum_order_typed_with_thousands_is_read_in_full(qtbot, typed, stored):
    terms = TermsModel()
    terms.set_rows([{"supplier": "Granja sierra", "min_order_pen": 100.0, "source": "window"}])
    assert terms.setData(terms.index(0, 1), typed, EDIT)
    value = terms.rows[0]["min_order_pen"]
    assert (value != value) if stored is None else value == stored  # blank: no minimum (NaN)


@pytest.mark.parametrize("typed", ["mil", "1.2.3", "-5", "nan", "inf", "1,5 kg"])
def test_what_is_not_an_amount_is_refused_and_the_cell_keeps_its_value(qtbot, typed):
    terms = TermsModel()
    terms.set_rows([{"supplier": "Granja sierra", "min_order_pen": 100.0, "source": "window"}])
    assert not terms.setData(terms.index(0, 1), typed, EDIT)
    assert terms.rows[0]["min_order_pen"] == 100.0


def test_quantities_take_a_decimal_comma_and_covers_are_whole_guests(qtbot):
    needs = NeedsModel()
    needs.set_rows([{"ingredient": "papa_amarilla", "quantity": 1.0, "unit": "kg", "current_supplier": ""}])
    assert needs.setData(needs.index(0, 1), "2,5", EDIT) and needs.rows[0]["quantity"] == 2.5
    assert not needs.setData(needs.index(0, 1), "dos", EDIT) and needs.rows[0]["quantity"] == 2.5

    dishes = DishesModel()
    dishes.set_rows([{"dish": "Ceviche", "ingredients": 3, "covers": 10}])
    assert dishes.setData(dishes.index(0, 2), "1,200", EDIT) and dishes.rows[0]["covers"] == 1200
    assert not dishes.setData(dishes.index(0, 2), "12.7", EDIT)  # not cut to 12 without a word
    assert dishes.rows[0]["covers"] == 1200
