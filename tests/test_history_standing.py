"""Supplier standing per period: who was recommended how often, mean score, price index against
the market median, completeness, flagged share; ranks and their change; the judged weeks are
remembered and judged again only when a list or a score changes. Real workspace (SQLite)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from core.appstate.workspace import Workspace
from core.contract import OFFER_COLUMNS
from core.history.standing import MONTH, QUARTER, scorecard, standing_table, weeks_to_judge
from core.ranking.rank import Constraints, Weights

WEIGHTS = Weights(sustainability=0.5, price=0.3, distance=0.1, co2=0.1)
MONDAYS = [dt.date(2026, 11, 2) + dt.timedelta(days=7 * i) for i in range(8)]  # 2 Nov … 21 Dec


def offer(supplier: str, product: str, ingredient: str, price: float, date: dt.date, **extra) -> dict:
    row = {c: "" for c in OFFER_COLUMNS}
    row.update(
        supplier=supplier,
        product=product,
        ingredient=ingredient,
        pack_qty=1.0,
        pack_unit="kg",
        price=price,
        currency="PEN",
        origin="Puno",
        transport_mode="truck",
        lead_time_days=2.0,
        sustainability_score=np.nan,
        source_file=f"{supplier[:5]}_{date:%m%d}.xlsx",
        source_sheet="Precios",
        source_row=5,
        base_unit="kg",
        price_pen_per_base_unit=price,
        distance_km=850.0,
        kg_co2e_per_base_unit=2.0,
        transport_kg_co2e_per_base_unit=0.1,
        match_score=100.0,
        list_date=date.isoformat(),
        complete=1.0,
    )
    row.update(extra)
    return row


def market() -> list[dict]:
    """A and B send weekly lists of quinoa and kiwicha. A is cheaper in November; in December B
    drops below A. C sends one list on 2 November with the cheapest kiwicha."""
    rows = []
    for monday in MONDAYS:
        december = monday.month == 12
        rows += [
            offer("A", "Quinua blanca", "quinoa", 8.0, monday),
            offer("A", "Kiwicha", "kiwicha", 8.0, monday),
            offer("B", "Quinua", "quinoa", 7.0 if december else 10.0, monday, complete=0.0, flags="origin_missing"),
            offer("B", "Kiwicha pop", "kiwicha", 7.0 if december else 10.0, monday, complete=0.0, source_row=6),
        ]
    rows.append(offer("C", "Kiwicha orgánica", "kiwicha", 5.0, MONDAYS[0]))
    return rows


@pytest.fixture
def workspace():
    ws = Workspace.open()
    flagged = [(f"B_{m:%m%d}.xlsx", "Precios", 5, "Origen", "flagged", "origin_missing", "?") for m in MONDAYS]
    report = pd.DataFrame(
        [("B_1102.xlsx", "Precios", 9, "Precio", "refused", "price_missing", "No price."), *flagged],
        columns=["file", "sheet", "row", "column", "severity", "rule", "message"],
    )
    ws.add_import(pd.DataFrame(market()), report, ["weekly lists"], "", 0)
    offers = ws.history_offers()
    ws.save_scores(pd.DataFrame({"offer_id": offers["offer_id"], "sustainability_score_pred": 0.6}), "v1")
    yield ws
    ws.close()


def standing(workspace, kind, period, stale_days=45) -> pd.DataFrame:
    table = standing_table(workspace, kind, [period], WEIGHTS, Constraints(), stale_days)
    return table.set_index("supplier")


def test_a_monthly_list_competes_while_it_is_fresh_and_ranks_follow_the_recommendations(workspace):
    november = standing(workspace, MONTH, "2026-11")
    # C's kiwicha of 2 November is the cheapest in every November week: A is recommended for quinoa only
    assert november.loc["A", "recommended_share"] == pytest.approx(0.5)
    assert november.loc["B", "recommended_share"] == 0.0 and november.loc["C", "recommended_share"] == 1.0
    assert november["rank"].to_dict() == {"C": 1, "A": 2, "B": 3}
    assert november.loc["A", "offers"] == 10 and november.loc["A", "lists"] == 5
    december = standing(workspace, MONTH, "2026-12")
    # B is now cheaper; C's list is still fresh in the week of 7 December, stale after
    assert december.loc["B", "recommended_share"] == pytest.approx(5 / 6)
    assert december.loc["A", "recommended_share"] == 0.0 and "C" not in december.index
    assert december.loc["B", "rank"] == 1 and december.loc["B", "rank_change"] == 2
    assert december.loc["B", "recommended_share_change"] == pytest.approx(5 / 6)
    assert december.loc["A", "rank"] == 2 and december.loc["A", "rank_change"] == 0


def test_a_shorter_freshness_lets_the_weekly_suppliers_win_the_later_weeks(workspace):
    november = standing(workspace, MONTH, "2026-11", stale_days=3)
    assert november.loc["A", "recommended_share"] == pytest.approx(9 / 10)  # kiwicha too, from 9 November


def test_price_index_completeness_and_flagged_share(workspace):
    november = standing(workspace, MONTH, "2026-11")
    # week of 2 Nov: quinoa A 8 / B 10 (median 9), kiwicha A 8 / B 10 / C 5 (median 8), and so on
    assert november.loc["A", "price_index"] < 100 < november.loc["B", "price_index"]
    assert november.loc["C", "price_index"] == pytest.approx(100 * 5 / 8)
    assert november.loc["A", "completeness"] == 1.0 and november.loc["B", "completeness"] == 0.0
    # B: 5 of its 10 offers flagged, plus one refused row in its list of 2 November
    assert november.loc["B", "flagged_share"] == pytest.approx(6 / 11)
    assert november.loc["A", "mean_score"] == pytest.approx(0.6)


def test_an_offer_waiting_for_review_is_neither_recommended_nor_a_market_price():
    """D's quinoa at S/ 0.50 (a placeholder price, flagged implausible) would be recommended every
    week and pull the market median down; until the chef accepts it, it is neither."""
    rows = market() + [offer("D", "Quinua", "quinoa", 0.5, monday, flags="price_implausible") for monday in MONDAYS[:4]]
    ws = Workspace.open()
    try:
        ws.add_import(pd.DataFrame(rows), pd.DataFrame(), ["weekly lists"], "", 0)
        november = standing(ws, MONTH, "2026-11")
        assert november.loc["D", "recommended_share"] == 0.0
        assert november.loc["A", "recommended_share"] == pytest.approx(0.5)  # quinoa, as without D
        assert np.isnan(november.loc["D", "price_index"])
        assert november.loc["C", "price_index"] == pytest.approx(100 * 5 / 8)  # kiwicha's median unchanged
        assert november.loc["A", "price_index"] < 100 < november.loc["B", "price_index"]  # quinoa: 8 and 10
    finally:
        ws.close()


def test_judged_weeks_are_remembered_until_a_list_or_score_changes(workspace):
    assert weeks_to_judge(workspace, None, QUARTER, WEIGHTS, Constraints(), 45) == 8
    standing(workspace, QUARTER, "2026-Q4")
    assert weeks_to_judge(workspace, None, QUARTER, WEIGHTS, Constraints(), 45) == 0
    other = Weights(sustainability=0.2, price=0.8)
    assert weeks_to_judge(workspace, None, QUARTER, other, Constraints(), 45) == 8
    offers = workspace.history_offers()
    assert (
        workspace.save_scores(pd.DataFrame({"offer_id": offers["offer_id"], "sustainability_score_pred": 0.6}), "v1")
        == 0
    )
    assert weeks_to_judge(workspace, None, QUARTER, WEIGHTS, Constraints(), 45) == 0
    workspace.add_import(
        pd.DataFrame([offer("A", "Quinua blanca", "quinoa", 9.0, MONDAYS[6])]), pd.DataFrame(), [], "", 1
    )
    assert weeks_to_judge(workspace, None, QUARTER, WEIGHTS, Constraints(), 45) == 2  # 14 and 21 December


def test_a_suppliers_scorecard_has_one_row_per_period_it_sent_lists(workspace):
    card = scorecard(workspace, "B", MONTH, WEIGHTS)
    assert card["period"].tolist() == ["2026-11", "2026-12"]
    assert card["recommended_share"].tolist() == pytest.approx([0.0, 5 / 6])
    assert scorecard(workspace, "nobody", MONTH, WEIGHTS).empty
