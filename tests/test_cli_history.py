"""`sourcing import --save` keeps dated lists in the workspace; `sourcing history` writes them
over time with the change against each supplier's previous list. Run as a user runs them (a
subprocess on the test's own user data folder); wrong input is one sentence and exit code 2."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import SAMPLES
from history_data import write_next_week
from test_cli import sourcing

ANDINA = SAMPLES / "distribuidora_andina.xlsx"


@pytest.fixture
def two_weeks(tmp_path):
    week48 = write_next_week(ANDINA, tmp_path / "andina_semana48.xlsx")
    first = sourcing("import", str(ANDINA), "--save")
    assert first.returncode == 0, first.stderr
    assert "Stored the list of Distribuidora Andina S.A.C. dated 2026-11-16" in first.stderr
    assert "Lista de precios – Semana 47 – 2026" in first.stderr
    second = sourcing("import", str(week48), "--save", "--out", str(tmp_path / "offers.csv"))
    assert second.returncode == 0, second.stderr
    assert "dated 2026-11-23" in second.stderr and (tmp_path / "offers.csv").exists()
    return tmp_path


def test_history_returns_both_prices_and_the_change_in_percent(two_weeks):
    out = two_weeks / "history.csv"
    done = sourcing("history", "--ingredient", "Quinua", "--out", str(out), "--no-score")
    assert done.returncode == 0, done.stderr
    history = pd.read_csv(out, dtype={"list_date": str})
    for column in ("supplier", "ingredient", "product", "list_date", "price_pen_per_base_unit"):
        assert column in history.columns
    for column in ("sustainability_score_pred", "certifications", "change_pct"):
        assert column in history.columns
    assert set(history["ingredient"]) == {"quinoa"} and len(history) == 6  # three quinoas, two lists
    white = history[history["product"] == "Quinua blanca"].sort_values("list_date")
    assert white["list_date"].tolist() == ["2026-11-16", "2026-11-23"]
    assert white["price_pen_per_base_unit"].iloc[0] == pytest.approx(11.5)
    assert white["price_pen_per_base_unit"].iloc[1] == pytest.approx(11.5 * 1.18, abs=0.01)
    assert pd.isna(white["change_pct"].iloc[0]) and white["change_pct"].iloc[1] == pytest.approx(18.0, abs=0.1)
    assert bool(white["price_jump"].iloc[1]) and white["certifications"].iloc[1] == "organic"
    assert "6 rows of price history" in done.stderr


def test_history_filters_by_supplier_and_date_and_keeps_the_change_against_the_list_before(two_weeks):
    out = two_weeks / "history.csv"
    done = sourcing(
        "history", "--supplier", "distribuidora andina s.a.c.", "--since", "2026-11-20", "--out", str(out), "--no-score"
    )
    assert done.returncode == 0, done.stderr
    history = pd.read_csv(out, dtype={"list_date": str, "previous_list_date": str})
    assert set(history["list_date"]) == {"2026-11-23"} and len(history) == 40
    assert set(history["previous_list_date"].dropna()) == {"2026-11-16"}
    peruanita = history[history["product"] == "Papa peruanita"].iloc[0]
    assert peruanita["certifications_dropped"] == "organic"
    assert history.loc[history["product"] == "Mashua morada", "change_status"].tolist() == ["new"]


@pytest.mark.parametrize(
    "args, sentence",
    [
        (["history", "--since", "23/11/2026"], "is not a date written YYYY-MM-DD"),
        (["history", "--ingredient", "unobtainium"], "No ingredient is called 'unobtainium'"),
        (["history", "--supplier", "Nadie S.A."], "stored suppliers: Distribuidora Andina S.A.C."),
        (["import", str(ANDINA), "--date", "2026-11-30"], "add --save"),
        (["import", str(ANDINA)], "--out FILE, --save"),
        (["import", str(ANDINA), "--save", "--date", "30-11-2026"], "is not a date written YYYY-MM-DD"),
    ],
)
def test_wrong_input_is_one_sentence_and_exit_code_2(two_weeks, args, sentence):
    out = two_weeks / "wrong.csv"
    done = sourcing(*args, *(["--out", str(out)] if args[0] == "history" else []))
    assert done.returncode == 2, done.stderr
    assert sentence in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0 and not out.exists()


def test_history_of_an_empty_workspace_says_how_to_fill_it(tmp_path):
    done = sourcing("history", "--out", str(tmp_path / "history.csv"))
    assert done.returncode == 2 and "sourcing import FILE --save" in done.stderr


@pytest.mark.heavy
def test_history_scores_stored_offers_with_the_active_model_and_remembers_them(two_weeks):
    out = two_weeks / "history.csv"
    done = sourcing("history", "--ingredient", "quinoa", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "80 stored offers scored with the active model" in done.stderr
    history = pd.read_csv(out)
    assert history["sustainability_score_pred"].between(0, 1).all()
    again = sourcing("history", "--ingredient", "quinoa", "--out", str(out))
    assert "scored" not in again.stderr  # remembered: nothing left to score
