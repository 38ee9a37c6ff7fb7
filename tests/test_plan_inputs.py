"""What the plan reads: the week's needs, recipes x covers, supplier terms (from a price list
column, the window or a file), and the rule that offers waiting for review are never planned.
Problems come back as one sentence naming the file, the row and the column."""

from __future__ import annotations

import numpy as np
import openpyxl
import pandas as pd
import pytest
from conftest import SAMPLES

from core.cleansing.review import waiting_for_review
from core.errors import UserError
from core.importer import import_files
from core.planning.needs import read_needs
from core.planning.optimiser import build_problem, solve, to_plan
from core.planning.recipes import dish_costs, needs_from_recipes, read_recipes
from core.planning.terms import merge_terms, parse_delivery_days, read_suppliers_file

PLANNING = SAMPLES / "planning"


def test_the_sample_needs_read_as_catalog_ingredients_in_base_units():
    needs = read_needs(PLANNING / "needs_week.csv").set_index("ingredient")
    assert needs.at["aji_limo", "quantity_base"] == pytest.approx(0.8)  # 800 g
    assert needs.at["eggs", "quantity_base"] == pytest.approx(180)  # 15 docenas, counted in units
    assert needs.at["milk", "base_unit"] == "l"
    assert needs.at["corvina", "current_supplier"] == "Pesquería del Pacífico S.A.C."
    assert len(needs) == 24


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Pepinillo marciano,3,kg", "needs.csv, row 3, column ingrediente: 'Pepinillo marciano' is not an ingredient"),
        ("Papa amarilla,tres,kg", "needs.csv, row 3, column cantidad: 'tres' is not a number."),
        ("Papa amarilla,3,sacos", "needs.csv, row 3, column unidad: 'sacos' is not a unit the app knows."),
        ("Papa amarilla,-2,kg", "needs.csv, row 3, column cantidad: the quantity must be above zero."),
    ],
)
def test_a_wrong_need_is_named_by_file_row_and_column(tmp_path, row, message):
    path = tmp_path / "needs.csv"
    path.write_text(f"ingrediente,cantidad,unidad\nCorvina,4,kg\n{row}\n", encoding="utf-8")
    with pytest.raises(UserError) as error:
        read_needs(path)
    assert str(error.value).startswith(message)


def test_needs_from_a_spreadsheet_without_the_needed_columns_say_which(tmp_path):
    path = tmp_path / "semana.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Producto", "Precio"])
    wb.active.append(["Corvina", 40])
    wb.save(path)
    with pytest.raises(UserError, match="No table with the columns ingredient, quantity was found in semana.xlsx"):
        read_needs(path)


def test_recipes_times_covers_give_the_week_s_needs_with_the_yield():
    recipes = read_recipes(PLANNING / "recipes.xlsx")
    needs = needs_from_recipes(recipes, {"Ceviche de corvina": 100, "Causa de pulpo": 50}).set_index("ingredient")
    assert needs.at["corvina", "quantity_base"] == pytest.approx(100 * 0.180 / 0.6)  # 30 kg whole for 18 kg clean
    assert needs.at["limon", "quantity_base"] == pytest.approx(100 * 0.08 / 0.45 + 50 * 0.02 / 0.45)
    assert "cuy" not in needs.index  # no covers, nothing needed
    with pytest.raises(UserError, match="no recipe for the dish 'Lomo saltado'"):
        needs_from_recipes(recipes, {"Lomo saltado": 10})


def test_each_dish_shows_its_cost_and_co2_per_portion():
    recipes = read_recipes(PLANNING / "recipes.xlsx")
    basis = pd.DataFrame(
        {"price_pen_per_base_unit": [40.0, 5.0], "kg_co2e_per_base_unit": [3.0, 0.5]}, index=["corvina", "limon"]
    )
    dishes = dish_costs(recipes[recipes["ingredient"].isin(["corvina", "limon"])], basis).set_index("dish")
    assert dishes.at["Ceviche de corvina", "cost_pen"] == pytest.approx(0.18 / 0.6 * 40 + 0.08 / 0.45 * 5)
    assert dishes.at["Ceviche de corvina", "kg_co2e"] == pytest.approx(0.18 / 0.6 * 3 + 0.08 / 0.45 * 0.5)
    unpriced = dish_costs(recipes, basis).set_index("dish")
    assert np.isnan(unpriced.at["Cuy con papas nativas", "cost_pen"])
    assert "cuy" in unpriced.at["Cuy con papas nativas", "missing"]


def test_recipes_with_waste_instead_of_yield_and_a_bad_row(tmp_path):
    path = tmp_path / "recetas.csv"
    path.write_text("plato;insumo;cantidad;unidad;merma %\nTiradito;Corvina;150;g;40\n", encoding="utf-8")
    recipes = read_recipes(path)
    assert recipes.at[0, "yield"] == pytest.approx(0.6)
    path.write_text("plato;insumo;cantidad;unidad;merma %\nTiradito;Corvina;150;g;100\n", encoding="utf-8")
    with pytest.raises(UserError, match=r"recetas.csv, row 2, column merma %: the waste must be below 100 %"):
        read_recipes(path)


def test_supplier_terms_file_and_delivery_days():
    terms = read_suppliers_file(PLANNING / "suppliers.csv").set_index("supplier")
    assert terms.at["Distribuidora Andina S.A.C.", "min_order_pen"] == 300
    assert terms.at["Pesca Fresca Chorrillos", "delivery_days"] == "tue;thu;sat"
    assert terms.at["Importadora Sol Andino", "max_order_pen"] == 2500
    assert parse_delivery_days("lunes a viernes") == "mon;tue;wed;thu;fri"
    with pytest.raises(ValueError):
        parse_delivery_days("cuando pueda")


def test_a_wrong_delivery_day_or_maximum_below_minimum_is_one_sentence(tmp_path):
    path = tmp_path / "proveedores.csv"
    path.write_text("supplier,min_order_pen,delivery_days\nHuerta Lurín,100,cuando pueda\n", encoding="utf-8")
    with pytest.raises(UserError, match="proveedores.csv, row 2, column delivery_days: 'cuando pueda' is not a day"):
        read_suppliers_file(path)
    path.write_text("supplier,min_order_pen,max_order_pen\nHuerta Lurín,300,200\n", encoding="utf-8")
    with pytest.raises(UserError, match="The maximum order of Huerta Lurín is below its minimum order."):
        read_suppliers_file(path)


def test_the_price_list_s_minimum_wins_over_the_window_and_the_file():
    def terms(source, minimum, days=""):
        return pd.DataFrame(
            [
                dict(
                    supplier="Huerta Lurín",
                    min_order_pen=minimum,
                    max_order_pen=np.nan,
                    delivery_days=days,
                    source=source,
                )
            ]
        )

    merged = merge_terms(terms("file", 50.0, "mon"), terms("window", 80.0), terms("price_list", 120.0))
    assert merged.loc[0, ["min_order_pen", "delivery_days", "source"]].tolist() == [120.0, "mon", "price_list"]
    merged = merge_terms(terms("file", 50.0), terms("window", 80.0))
    assert merged.loc[0, "min_order_pen"] == 80.0


def price_list_with_minimum(path, minimum_cells):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["HUERTA LURÍN S.A.C."])
    ws.append(["Producto", "Presentación", "Precio S/", "Procedencia", "Pedido mínimo"])
    for (product, pack, price), minimum in zip(
        [("Culantro", "atado", 1.2), ("Albahaca", "atado", 1.5), ("Tomate", "x kg", 3.4)], minimum_cells, strict=True
    ):
        ws.append([product, pack, price, "Lurín", minimum])
    wb.save(path)
    return path


def test_a_minimum_order_column_in_a_price_list_becomes_the_supplier_s_term(tmp_path):
    result = import_files([price_list_with_minimum(tmp_path / "huerta.xlsx", ["S/ 150", None, None])])
    assert result.terms[["supplier", "min_order_pen", "source"]].values.tolist() == [
        ["Huerta Lurín S.A.C.", 150.0, "price_list"]
    ]
    notes = result.report.to_frame()
    assert notes["message"].str.contains("Minimum order of Huerta Lurín S.A.C.: S/ 150.00").any()
    assert len(result.offers) == 3  # the column is a term, not an offer value


def test_different_minimums_on_the_rows_keep_the_largest_and_are_flagged(tmp_path):
    result = import_files([price_list_with_minimum(tmp_path / "huerta.xlsx", [150, 200, 150])])
    assert result.terms["min_order_pen"].tolist() == [200.0]
    flagged = result.report.to_frame().query("rule == 'min_order_conflict'")
    assert len(flagged) == 1 and flagged["severity"].iloc[0] == "flagged"


def week_with_a_flagged_bargain():
    offers = pd.DataFrame(
        [
            dict(supplier="Pesca Fresca Chorrillos", ingredient="corvina", flags="uncertain_match", price=20.0),
            dict(supplier="Pesquería del Pacífico S.A.C.", ingredient="corvina", flags="transport_imputed", price=45.0),
        ]
    )
    offers = offers.assign(
        product=["Corvina?", "Corvina fresca"],
        pack_qty=1.0,
        pack_unit="kg",
        currency="PEN",
        base_unit="kg",
        transport_mode="truck",
        certifications="",
        price_pen_per_base_unit=offers["price"],
        kg_co2e_per_base_unit=3.0,
        sustainability_score_pred=0.6,
    )
    needs = pd.DataFrame(
        dict(
            ingredient=["corvina"],
            quantity=[4.0],
            unit=["kg"],
            quantity_base=[4.0],
            base_unit=["kg"],
            current_supplier=[""],
        )
    )
    return needs, offers


def test_an_offer_awaiting_review_is_never_planned_even_when_cheapest():
    needs, offers = week_with_a_flagged_bargain()
    assert waiting_for_review(offers).tolist() == [True, False]  # an imputed transport is no reason to wait
    problem = build_problem(needs, offers)
    plan = to_plan(problem, solve(problem, "cost"), "plan")
    assert plan.lines["supplier"].tolist() == ["Pesquería del Pacífico S.A.C."]
    accepted = offers.assign(flags=["", "transport_imputed"])  # a person's decision removes the flag
    problem = build_problem(needs, accepted)
    assert to_plan(problem, solve(problem, "cost"), "plan").lines["supplier"].tolist() == ["Pesca Fresca Chorrillos"]
