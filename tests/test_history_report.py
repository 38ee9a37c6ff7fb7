"""The report's history sheets, written from a real workspace and read back with openpyxl:
native line charts of the ingredients whose prices moved most, the supplier standing table,
the price change and jump of each offer on the Options sheet; Spanish and English names."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pandas as pd
import pytest
from babel.messages.extract import extract_from_file
from conftest import REPO
from openpyxl.chart import LineChart
from test_history_standing import WEIGHTS, market

from core.appstate.workspace import Workspace
from core.history.lists import current_offers
from core.history.report_data import history_report
from core.i18n import catalog_messages
from core.ranking.rank import rank_offers
from core.ranking.summary import summarise
from core.report.about import ReportAbout
from core.report.history_sheets import TABLE_COL
from core.report.workbook import write_report

ABOUT = ReportAbout(model_version="test", weights=WEIGHTS, method="weighted", created=datetime(2026, 12, 22, 9, 0))


@pytest.fixture
def workspace():
    ws = Workspace.open()
    ws.add_import(pd.DataFrame(market()), pd.DataFrame(), ["weekly lists"], "", 0)
    offers = ws.history_offers()
    ws.save_scores(pd.DataFrame({"offer_id": offers["offer_id"], "sustainability_score_pred": 0.6}), "v1")
    yield ws
    ws.close()


def write(workspace, path, lang):
    current = current_offers(workspace).assign(sustainability_score_pred=0.6)
    ranked = rank_offers(current, WEIGHTS)
    history = history_report(workspace, lang, WEIGHTS)
    return write_report(path, ranked, summarise(ranked), pd.DataFrame(), ABOUT, lang=lang, history=history)


def test_the_report_charts_the_largest_price_changes_and_ranks_the_suppliers(workspace, tmp_path):
    wb = openpyxl.load_workbook(write(workspace, tmp_path / "informe.xlsx", "es"))
    assert wb.sheetnames[3:5] == ["Evolución de precios", "Proveedores"]
    prices = wb["Evolución de precios"]
    charts = prices._charts
    assert len(charts) == 2 and all(isinstance(c, LineChart) for c in charts)  # quinoa and kiwicha moved
    assert len(charts[0].series) == 3  # A, B and the market median
    table = TABLE_COL  # the chart's data, beside it
    header = [prices.cell(3, c).value for c in range(table, table + 4)]
    assert header == ["Semana", "A", "B", "Mediana del mercado"]
    weeks = [prices.cell(r, table).value for r in range(4, 12)]
    assert [w.date().isoformat() for w in weeks][:2] == ["2026-11-02", "2026-11-09"]
    assert prices.cell(4, table + 1).value == 8.0 and prices.cell(11, table + 2).value == 7.0  # A week 1, B week 8

    suppliers = wb["Proveedores"]
    assert suppliers.cell(1, 1).value == "Posición de los proveedores, 2026-Q4"
    quarter = [[suppliers.cell(r, c).value for c in (1, 3, 6)] for r in range(4, 7)]
    # A and B were each recommended 5 times of 16; A's prices were lower over the quarter
    assert quarter == [[1, "C", 1.0], [2, "A", 0.3125], [3, "B", 0.3125]]
    month_title = next(r for r in range(1, 20) if suppliers.cell(r, 1).value == "Posición de los proveedores, 2026-12")
    december = {suppliers.cell(r, 3).value: suppliers.cell(r, 1).value for r in (month_title + 3, month_title + 4)}
    assert december == {"B": 1, "A": 2}
    assert suppliers.cell(month_title + 3, 2).value == 2  # B moved two places up since November

    options = wb["Opciones"]
    head = [c.value for c in options[1]]
    change = head.index("Cambio de precio desde la lista anterior")
    jumps = {row[head.index("Proveedor")]: row[change] for row in options.iter_rows(min_row=2, values_only=True)}
    assert jumps["A"] == 0.0 and jumps["B"] == 0.0  # the last two weeks are alike


def test_the_history_sheets_have_english_names_in_english(workspace, tmp_path):
    wb = openpyxl.load_workbook(write(workspace, tmp_path / "report.xlsx", "en"))
    assert "Price history" in wb.sheetnames and "Suppliers" in wb.sheetnames
    assert wb["Suppliers"].cell(3, 1).value == "Rank"


def test_without_history_the_report_says_so(tmp_path):
    ws = Workspace.open()
    wb = openpyxl.load_workbook(write(ws, tmp_path / "report.xlsx", "en"))
    ws.close()
    assert wb["Price history"].cell(1, 1).value.startswith("Only one list per supplier so far")
    assert wb["Suppliers"].cell(1, 1).value.startswith("No price lists are stored yet")


def test_every_history_sheet_text_has_a_spanish_translation():
    found = extract_from_file(
        "python", REPO / "core" / "report" / "history_sheets.py", keywords={"tr": None, "T": None}
    )
    messages = {m if isinstance(m, str) else m[0] for _, m, _, _ in found}
    messages |= {"List date", "Price change since the previous list", "Price jump (check it)", "Stale list"}
    spanish = catalog_messages("es")
    assert sorted(m for m in messages if m not in spanish) == []
