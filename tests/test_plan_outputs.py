"""What the plan gives back: one sentence when no plan exists, the trade-off frontier, plan.csv
with its exact columns, the orders workbook (A4, one order per supplier, formula-safe), the
planning tables of the workspace, and the `sourcing plan` command."""

from __future__ import annotations

import sqlite3

import numpy as np
import openpyxl
import pandas as pd
import pytest
from conftest import SAMPLES
from plan_weeks import typical_week

from core.appstate import schema
from core.appstate.workspace import Workspace
from core.cli import main
from core.errors import UserError
from core.planning.frontier import frontier_table, write_frontier
from core.planning.optimiser import PlanOptions
from core.planning.orders import sheet_name, write_orders
from core.planning.plan import PLAN_COLUMNS
from core.planning.week import plan_week, write_plan
from core.ranking.rank import Constraints


def small_week():
    """Four ingredients, three suppliers with minimum orders; culantro only from Huerta Lurín."""
    rows = [
        ("Distribuidora Andina S.A.C.", "papa_amarilla", "Papa amarilla", 1.0, 4.5, 0.5, ""),
        ("Distribuidora Andina S.A.C.", "papa_amarilla", "Papa amarilla saco", 50.0, 160.0, 25.0, ""),
        ("Agro Mantaro S.A.C.", "papa_amarilla", "Papa amarilla orgánica", 1.0, 5.2, 0.3, "organic"),
        ("Pesca Fresca Chorrillos", "corvina", '=HYPERLINK("x") Corvina', 1.0, 42.0, 3.0, ""),
        ("Agro Mantaro S.A.C.", "cebolla_roja", "Cebolla roja", 1.0, 2.8, 0.4, "organic"),
        ("Distribuidora Andina S.A.C.", "cebolla_roja", "Cebolla roja", 5.0, 12.0, 2.5, ""),
        ("Huerta Lurín", "culantro", "Culantro", 1.0, 6.0, 0.2, "organic"),
    ]
    offers = pd.DataFrame(
        rows, columns=["supplier", "ingredient", "product", "pack_qty", "price", "kg_co2e_per_pack", "certifications"]
    )
    offers = offers.assign(
        pack_unit="kg",
        currency="PEN",
        base_unit="kg",
        transport_mode="truck",
        flags="",
        price_pen_per_base_unit=offers["price"] / offers["pack_qty"],
        kg_co2e_per_base_unit=offers["kg_co2e_per_pack"] / offers["pack_qty"],
        sustainability_score_pred=np.linspace(0.4, 0.8, len(rows)),
    )
    needs = pd.DataFrame(
        dict(
            ingredient=["papa_amarilla", "corvina", "cebolla_roja", "culantro"],
            quantity=[20.0, 6.0, 8.0, 2.0],
            unit="kg",
            quantity_base=[20.0, 6.0, 8.0, 2.0],
            base_unit="kg",
            current_supplier=["Agro Mantaro S.A.C.", "", "Agro Mantaro S.A.C.", ""],
        )
    )
    terms = pd.DataFrame(
        dict(
            supplier=["Distribuidora Andina S.A.C.", "Agro Mantaro S.A.C.", "Pesca Fresca Chorrillos", "Huerta Lurín"],
            min_order_pen=[60.0, 50.0, 100.0, 0.0],
            max_order_pen=np.nan,
            delivery_days=["mon;thu", "tue", "tue;fri", ""],
            source="file",
        )
    )
    return needs, offers, terms


def test_the_week_compares_the_plan_with_the_cheapest_greenest_and_current_plans():
    needs, offers, terms = small_week()
    week = plan_week(needs, offers, terms, PlanOptions(objective="co2"))
    table = week.comparison().set_index("plan")
    assert table.at["plan", "kg_co2e"] == pytest.approx(table.at["greenest", "kg_co2e"])
    assert table.at["cheapest", "cost_pen"] <= table.at["plan", "cost_pen"]
    assert table.at["current", "problem"] == ""  # papa and cebolla from Agro Mantaro, as marked
    current = week.current.lines.set_index("ingredient")
    assert current.loc[["papa_amarilla", "cebolla_roja"], "supplier"].eq("Agro Mantaro S.A.C.").all()


@pytest.mark.parametrize(
    ("change", "sentence"),
    [
        (dict(budget_pen=100.0), "The budget of S/ 100.00 is below the cheapest plan that covers the needs (S/ "),
        (dict(max_suppliers=2), "With at most 2 suppliers"),
        (
            dict(constraints=Constraints(certified_only=True)),
            "Corvina (Peruvian drum) cannot be planned: its only offer may not be bought",  # not "none of its 1 offers"
        ),
        (dict(max_suppliers=1), "The needs cannot be covered by at most 1 supplier; allow more suppliers."),
    ],
)
def test_no_plan_is_one_sentence_naming_the_ingredient_or_the_limit(change, sentence):
    needs, offers, terms = small_week()
    with pytest.raises(UserError) as error:
        plan_week(needs, offers, terms, PlanOptions(**change))
    text = str(error.value)
    assert text.startswith(sentence), text
    assert "status" not in text.lower() and "\n" not in text


def test_an_unreachable_minimum_order_names_the_ingredient_and_the_supplier():
    needs, offers, terms = small_week()
    terms.loc[terms["supplier"] == "Huerta Lurín", "min_order_pen"] = 200.0
    with pytest.raises(UserError) as error:
        plan_week(needs, offers, terms)
    assert str(error.value) == (
        "Coriander (cilantro) is only offered by Huerta Lurín, whose minimum order of S/ 200.00 is more than "
        "this week's needs can reach there (S/ 12.00)."
    )


def test_no_offer_at_all_and_offers_awaiting_review_are_said_so():
    needs, offers, terms = small_week()
    with pytest.raises(UserError, match=r"^No price list offers Corvina \(Peruvian drum\)\.$"):
        plan_week(needs, offers[offers["ingredient"] != "corvina"], terms)
    flagged = offers.assign(flags=np.where(offers["ingredient"] == "corvina", "price_implausible", ""))
    expected = r"^Corvina \(Peruvian drum\) cannot be planned: .*\(waiting for review \(flagged at import\)\)\.$"
    with pytest.raises(UserError, match=expected):
        plan_week(needs, flagged, terms)


def test_the_frontier_runs_from_the_greenest_to_the_cheapest_plan(tmp_path):
    needs, scored, terms = typical_week(seed=1)
    week = plan_week(needs, scored, terms, frontier_points=9)
    table = frontier_table(week.frontier)
    assert len(table) == 9
    assert table["kg_co2e"].iloc[0] == pytest.approx(week.greenest.kg_co2e)
    assert table["cost_pen"].iloc[-1] == pytest.approx(week.cheapest.cost_pen)
    assert (table["kg_co2e"] <= table["kg_co2e_cap"] + 1e-6).all()
    assert (
        np.diff(table["cost_pen"]) <= 1e-6 + table["cost_pen"].iloc[:-1].to_numpy() * 1e-4
    ).all()  # cheaper as the cap loosens
    write_frontier(week.frontier, tmp_path / "frontier.csv")
    assert pd.read_csv(tmp_path / "frontier.csv").columns.tolist()[:5] == [
        "point",
        "kg_co2e_cap",
        "cost_pen",
        "kg_co2e",
        "mean_score",
    ]
    chosen = week.choose(week.frontier[4].plan)
    assert chosen.plan.cost_pen == pytest.approx(table["cost_pen"].iloc[4]) and chosen.plan.name == "plan"


def test_plan_csv_has_the_exact_columns_and_whole_packs(tmp_path):
    needs, offers, terms = small_week()
    week = plan_week(needs, offers, terms)
    write_plan(week.plan, tmp_path / "plan.csv")
    written = pd.read_csv(tmp_path / "plan.csv")
    assert written.columns.tolist() == PLAN_COLUMNS
    assert written["packs"].dtype.kind == "i" and (written["packs"] > 0).all()
    assert written["line_pen"].sum() == pytest.approx(week.plan.cost_pen)


def test_the_orders_workbook_has_an_a4_order_per_supplier_and_keeps_text_as_text(tmp_path):
    needs, offers, terms = small_week()
    week = plan_week(needs, offers, terms)
    path = write_orders(tmp_path / "pedidos.xlsx", week, "Central Restaurante", lang="es")
    wb = openpyxl.load_workbook(path)
    suppliers = sorted(week.plan.lines["supplier"].unique())
    assert wb.sheetnames[0] == "Resumen" and len(wb.sheetnames) == 1 + len(suppliers)
    # the comparison with the other plans stands under the supplier table's own columns: in columns
    # of its own, its figures were printed far right of the wide text columns, away from their labels
    summary = [list(row) for row in wb["Resumen"].iter_rows(values_only=True)]
    header_rows = [row for row in summary if row[0] in ("Proveedor", "Plan")]
    assert len(header_rows) == 2
    for title in ("Total (S/)", "kg CO2e"):
        assert header_rows[0].index(title) == header_rows[1].index(title), title
    assert "$J$" in wb["Resumen"].print_area  # the last comparison column is printed too
    for supplier in suppliers:
        ws = wb[sheet_name(supplier, set())]
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows == "$9:$9"
        assert ws["C3"].value == "Central Restaurante" and ws["C4"].value == supplier
        lines = week.plan.lines[week.plan.lines["supplier"] == supplier]
        totals = [row for row in ws.iter_rows(values_only=True) if row[7] == "Total"]
        assert totals[0][8] == pytest.approx(lines["line_pen"].sum())
    corvina = wb[sheet_name("Pesca Fresca Chorrillos", set())]["B10"]
    assert corvina.value.startswith("=HYPERLINK") and corvina.data_type == "s" and corvina.quotePrefix
    # packs and pack size centred, every cell of a line on one baseline: side by side, right- and
    # left-aligned, they printed as "35 1 kg"
    line = list(wb[sheet_name("Pesca Fresca Chorrillos", set())].iter_rows(min_row=10, max_row=10))[0]
    assert [line[3].alignment.horizontal, line[4].alignment.horizontal] == ["center", "center"]
    assert {cell.alignment.vertical for cell in line} == {"top"}
    assert not list(tmp_path.glob("*.tmp"))


def test_a_plan_that_could_not_be_made_says_why_on_its_own_line_of_the_summary(tmp_path):
    needs, offers, terms = small_week()
    needs.loc[needs["ingredient"] == "corvina", "current_supplier"] = "Huerta Lurín"  # sells no corvina
    week = plan_week(needs, offers, terms)
    path = write_orders(tmp_path / "pedidos.xlsx", week, "Central Restaurante", lang="en")
    ws = openpyxl.load_workbook(path)["Summary"]
    current = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Current suppliers")
    why = ws.cell(current + 1, 2)
    assert why.value == (
        "Huerta Lurín, the current supplier of Corvina (Peruvian drum), offers none in these price lists."
    )
    assert any(m.min_row == current + 1 and (m.min_col, m.max_col) == (2, 10) for m in ws.merged_cells.ranges)
    assert why.alignment.wrap_text


def test_sheet_names_are_valid_and_unique():
    taken = {"resumen"}
    assert sheet_name("Frutas/Verduras [Lima]: S.A.C.", taken) == "Frutas Verduras  Lima   S.A.C."
    assert sheet_name("Resumen", taken) == "Resumen (2)"
    long = "Distribuidora de Productos Andinos y Amazónicos del Perú"
    assert len(sheet_name(long, taken)) <= 31 and sheet_name(long, taken).endswith("(2)")


def test_the_workspace_keeps_needs_recipes_terms_and_current_suppliers(tmp_path):
    path = tmp_path / "old.sqlite"
    old = sqlite3.connect(path)  # a workspace of the first release (version 1), before planning existed
    schema.MIGRATIONS[0](old)
    old.execute("INSERT INTO mappings VALUES ('Huerta Lurín', '{}', '2026-01-01')")
    old.commit()
    old.close()
    workspace = Workspace.open(path)
    assert workspace.all_mappings() == {"Huerta Lurín": {}}  # nothing lost, planning tables added
    workspace.save_needs("2026-05-11", pd.DataFrame(dict(ingredient=["corvina"], quantity=[4.0], unit=["kg"])))
    workspace.save_terms(pd.DataFrame(dict(supplier=["Huerta Lurín"], min_order_pen=[80.0], delivery_days=["mon"])))
    workspace.set_current_supplier("corvina", "Pesca Fresca Chorrillos")
    workspace.save_covers("2026-05-11", {"Ceviche de corvina": 120})
    workspace.close()
    again = Workspace.open(path)
    assert again.needs("2026-05-11").values.tolist() == [["corvina", 4.0, "kg"]]
    assert again.needs("2026-05-18").empty
    assert again.terms().loc[0, ["supplier", "min_order_pen", "source"]].tolist() == ["Huerta Lurín", 80.0, "window"]
    assert again.current_suppliers() == {"corvina": "Pesca Fresca Chorrillos"}
    assert again.covers("2026-05-11") == {"Ceviche de corvina": 120.0}
    again.set_current_supplier("corvina", "")
    assert again.current_suppliers() == {}
    again.close()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.csv"], "The file missing.csv does not exist."),
        (["FOLDER"], "{folder} is a folder; give the name of a table file (csv, xlsx, xls or ods)."),
        (["--budget", "-5"], "The budget must be above zero."),
        (["--max-suppliers", "0"], "The maximum number of suppliers must be a whole number of at least 1."),
        (["--points", "5"], "The trade-off needs at least 9 points."),
        (["--week", "next monday"], "The week 'next monday' is not a date written YYYY-MM-DD."),
    ],
)
def test_plan_command_refuses_bad_input_with_one_sentence(tmp_path, capsys, args, message):
    needs = str(SAMPLES / "planning" / "needs_week.csv")
    argv = ["plan", needs, str(SAMPLES / "distribuidora_andina.xlsx"), "--out", str(tmp_path / "plan.csv")]
    if args[0] == "missing.csv":
        argv[1] = "missing.csv"
    elif args[0] == "FOLDER":  # it said "The file … does not exist."
        argv[1] = str(tmp_path)
    else:
        argv += args
    assert main(argv) == 2
    error = capsys.readouterr().err.strip()
    assert error == f"sourcing: {message.format(folder=tmp_path)}" and "Traceback" not in error
    assert not (tmp_path / "plan.csv").exists()


def test_plan_runs_the_whole_path_from_the_samples(tmp_path):
    """`sourcing plan` on the sample needs, terms and price lists (real model, real files)."""
    import subprocess
    import sys

    plan, orders, frontier = tmp_path / "plan.csv", tmp_path / "orders.xlsx", tmp_path / "frontier.csv"
    lists = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".xls", ".ods", ".csv"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "core.cli",
            "--lang",
            "es",
            "plan",
            str(SAMPLES / "planning" / "needs_week.csv"),
            *map(str, lists),
            "--suppliers",
            str(SAMPLES / "planning" / "suppliers.csv"),
            "--out",
            str(plan),
            "--orders",
            str(orders),
            "--frontier",
            str(frontier),
            "--restaurant",
            "Central",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "HighsMipSolverData" not in done.stdout
    written = pd.read_csv(plan)
    assert written.columns.tolist() == PLAN_COLUMNS and len(written) >= 24
    assert "Pesca Fresca Chorrillos" not in written.query("ingredient == 'anchoveta'")["supplier"].tolist()
    assert len(pd.read_csv(frontier)) == 9
    book = openpyxl.load_workbook(orders)
    assert book.sheetnames[0] == "Resumen" and len(book.sheetnames) == 1 + written["supplier"].nunique()
    assert "óptimo" in done.stdout or "optim" in done.stdout
