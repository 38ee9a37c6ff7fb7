"""Price lists kept as history: dated lists, the current list of each supplier, what changed
since the previous list, stale lists, the same product found again, and the price series.
Real imports of the sample lists into a real workspace (SQLite)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import SAMPLES
from history_data import write_next_week

from core.appstate.product_matching import previous_occurrence
from core.appstate.workspace import Workspace
from core.history.lists import current_offers, dropped_products, save_import
from core.history.series import ingredient_history, largest_changes
from core.importer import import_files

ANDINA = SAMPLES / "distribuidora_andina.xlsx"


def store(workspace, path, given=None):
    return save_import(workspace, import_files([path]), [path], given)


@pytest.fixture
def workspace():
    ws = Workspace.open()
    yield ws
    ws.close()


@pytest.fixture
def two_weeks(workspace, tmp_path):
    """Distribuidora Andina's list of week 47 and the one of week 48 (read from their titles)."""
    store(workspace, ANDINA)
    store(workspace, write_next_week(ANDINA, tmp_path / "andina_semana48.xlsx"))
    return workspace


def by_product(frame: pd.DataFrame, product: str) -> pd.Series:
    rows = frame[frame["product"] == product]
    assert len(rows) == 1, product
    return rows.iloc[0]


def test_the_newest_list_is_current_and_says_what_changed_since_the_previous_one(two_weeks):
    lists = two_weeks.price_lists()
    assert lists["list_date"].dt.date.tolist() == [dt.date(2026, 11, 16), dt.date(2026, 11, 23)]
    assert lists["current"].tolist() == [False, True] and lists["offers"].tolist() == [40, 40]
    current = current_offers(two_weeks, today=dt.date(2026, 11, 30))
    assert len(current) == 40 and set(current["list_date"]) == {"2026-11-23"}
    quinoa = by_product(current, "Quinua blanca")
    assert quinoa["change_pct"] == pytest.approx(18.0, abs=0.1) and bool(quinoa["price_jump"])
    assert quinoa["previous_price_pen_per_base_unit"] == pytest.approx(11.5)
    assert quinoa["previous_list_date"] == "2026-11-16" and quinoa["change_status"] == "changed"
    peruanita = by_product(current, "Papa peruanita")
    assert peruanita["certifications_dropped"] == "organic" and not peruanita["price_jump"]
    assert by_product(current, "Mashua morada")["change_status"] == "new"
    steady = current[~current["product"].str.startswith(("Quinua", "Mashua morada"))]
    assert (steady["change_pct"].abs() < 3).all() and not steady["price_jump"].any()
    assert dropped_products(two_weeks)["product"].tolist() == ["Olluco"]


def test_reimporting_a_supplier_and_date_replaces_only_that_list(two_weeks, tmp_path):
    old_ids = set(two_weeks.history_offers("WHERE p.list_date = '2026-11-16'")["offer_id"])
    again = write_next_week(ANDINA, tmp_path / "andina_semana48.xlsx")
    store(two_weeks, again)
    lists = two_weeks.price_lists()
    assert len(lists) == 2 and lists["offers"].tolist() == [40, 40]
    assert set(two_weeks.history_offers("WHERE p.list_date = '2026-11-16'")["offer_id"]) == old_ids
    store(two_weeks, again, given=dt.date(2026, 11, 30))  # the user dates the same file a week later
    lists = two_weeks.price_lists()
    assert len(lists) == 3 and lists.loc[lists["current"], "list_date"].dt.date.tolist() == [dt.date(2026, 11, 30)]
    current = current_offers(two_weeks)
    assert by_product(current, "Quinua blanca")["change_status"] == "unchanged"


def test_a_current_list_older_than_the_setting_is_stale(two_weeks):
    assert not current_offers(two_weeks, stale_days=45, today=dt.date(2026, 12, 30))["stale"].any()
    assert current_offers(two_weeks, stale_days=45, today=dt.date(2027, 1, 8))["stale"].all()
    assert current_offers(two_weeks, stale_days=7, today=dt.date(2026, 12, 1))["stale"].all()


def test_a_file_of_several_suppliers_gives_one_list_each_and_counts_its_refused_rows(workspace):
    path = SAMPLES / "mercado_mixto_semana48.xlsx"
    stored = store(workspace, path)
    lists = workspace.price_lists()
    assert len(lists) == len(stored) == lists["supplier"].nunique() > 3
    assert set(lists["list_date"].dt.date) == {dt.date(2026, 11, 23)}
    assert lists["refused"].sum() == 5  # rows 5, 18, 19, 20 and 33 of the sheet
    assert lists["offers"].sum() == 31


def test_a_market_s_mixed_list_does_not_hide_the_rest_of_a_supplier_s_own_list(workspace):
    """Distribuidora Andina's own list of week 47 (40 offers), then the market's list of week 48
    quoting 5 of its products among other suppliers': the other products of its own list stay
    current (the mixed list says nothing about them); the chef still sees every offer."""
    store(workspace, ANDINA)
    store(workspace, SAMPLES / "mercado_mixto_semana48.xlsx")
    current = current_offers(workspace, today=dt.date(2026, 11, 30))
    andina = current[current["supplier"] == "Distribuidora Andina S.A.C."]
    assert set(andina["list_date"]) == {"2026-11-16", "2026-11-23"}
    assert len(andina) == 45 and "Camote amarillo" in set(andina["product"])
    assert len(workspace.current_offers()) == len(current)
    assert dropped_products(workspace).empty  # nothing was dropped: the mixed list is partial


def test_the_same_product_is_found_across_a_pack_change_a_missing_week_and_two_origins():
    rows = [
        # offer_id, list, date, product, pack_qty, pack_unit, origin, price
        (1, 1, "2026-11-02", "Quinua blanca", 1, "kg", "Puno", 10.0),
        (2, 1, "2026-11-02", "Papa amarilla", 1, "kg", "Huancayo", 4.0),
        (3, 1, "2026-11-02", "Papa amarilla", 1, "kg", "Ica", 4.5),
        (4, 2, "2026-11-09", "QUINUA  BLANCA", 25, "kg", "Puno", 9.0),  # new pack, same name (folded)
        (5, 2, "2026-11-09", "Papa amarilla", 1, "kg", "Ica", 4.6),
        (6, 2, "2026-11-09", "Papa amarilla", 1, "kg", "Huancayo", 4.1),
        (7, 3, "2026-11-16", "Oca", 1, "kg", "Puno", 3.0),
        (8, 4, "2026-11-23", "Quinua blanca", 25, "kg", "Puno", 9.5),  # back after a week away
    ]
    frame = pd.DataFrame(
        rows,
        columns=[
            "offer_id",
            "list_id",
            "list_date",
            "product",
            "pack_qty",
            "pack_unit",
            "origin",
            "price_pen_per_base_unit",
        ],
    ).assign(supplier="Andina")
    assert previous_occurrence(frame).tolist() == [-1, -1, -1, 1, 3, 2, -1, 4]


def test_an_ingredients_price_history_has_a_line_per_supplier_and_the_market_median(two_weeks, tmp_path):
    other = tmp_path / "altiplano.csv"
    other.write_text(
        "Altiplano Orgánico E.I.R.L.\nLista de precios semana 48 – 2026\n"
        "Producto,Presentación,Precio,Procedencia\nQuinua blanca,x kg,12.00,Puno\nQuinua roja,x kg,14.00,Puno\n",
        encoding="utf-8",
    )
    store(two_weeks, other)
    history = ingredient_history(two_weeks, "quinoa")
    lines = history.by_supplier.set_index(["supplier", "list_date"])["price"]
    andina = lines["Distribuidora Andina S.A.C."]
    assert andina.index.date.tolist() == [dt.date(2026, 11, 16), dt.date(2026, 11, 23)]
    assert andina.iloc[1] / andina.iloc[0] == pytest.approx(1.18, abs=0.01)  # all three quinoas moved 18 %
    assert lines["Altiplano Orgánico E.I.R.L."].tolist() == [13.0]  # the median of its two offers
    median = history.median.set_index("week")["price"]
    assert median[pd.Timestamp("2026-11-16")] == pytest.approx(andina.iloc[0])
    week48 = two_weeks.history_offers("WHERE o.ingredient = 'quinoa' AND p.list_date = '2026-11-23'")
    assert median[pd.Timestamp("2026-11-23")] == pytest.approx(week48["price_pen_per_base_unit"].median())
    assert "quinoa" in largest_changes(two_weeks, 3)
    assert ingredient_history(two_weeks, "saffron").empty


def test_the_price_history_leaves_out_a_price_waiting_for_review_until_the_chef_accepts_it(two_weeks, tmp_path):
    """A S/ 999,999 quinoa (a placeholder price, flagged implausible) would put its supplier's line
    and the week's market median far off; it stays out of the chart, as out of the ranking,
    until the chef accepts the price."""
    from core.cleansing.corrections import Correction, CorrectionBook, price_value
    from core.cleansing.row_cleansing import CleanseSettings

    placeholder = tmp_path / "altiplano.csv"
    placeholder.write_text(
        "Altiplano Orgánico E.I.R.L.\nLista de precios semana 48 – 2026\n"
        "Producto,Presentación,Precio,Procedencia\nQuinua blanca,x kg,999999.00,Puno\n",
        encoding="utf-8",
    )
    imported = import_files([placeholder])
    assert "price_implausible" in imported.offers.loc[0, "flags"]
    save_import(two_weeks, imported, [placeholder])
    history = ingredient_history(two_weeks, "quinoa")
    assert "Altiplano Orgánico E.I.R.L." not in set(history.by_supplier["supplier"])
    assert history.median["price"].max() < 100
    assert largest_changes(two_weeks, 3)[0] == "quinoa"  # Andina's +18 %, not the placeholder

    decision = Correction(
        "Altiplano Orgánico E.I.R.L.", "price", "Quinua blanca", price_value(999999.0, "PEN"), "2026-11-24"
    )
    accepted = CorrectionBook([decision])
    again = import_files([placeholder], settings=CleanseSettings(corrections=accepted))
    assert "price_accepted" in again.offers.loc[0, "flags"]
    save_import(two_weeks, again, [placeholder])  # the same supplier and date: replaces the list
    history = ingredient_history(two_weeks, "quinoa")
    altiplano = history.by_supplier[history.by_supplier["supplier"] == "Altiplano Orgánico E.I.R.L."]
    assert altiplano["price"].tolist() == [999999.0]  # the chef's decision: now it is shown
