"""`sourcing corrections list | add | remove` and their use by `sourcing import` and `sourcing
rank`, as a user runs them (each test has its own user data folder, see conftest)."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from conftest import REPO, SAMPLES
from test_cli import sourcing

from core.cleansing.review import BLOCKING


def write_list(tmp_path):
    path = tmp_path / "casa_andina.csv"
    path.write_text(
        "Proveedor,Producto,Presentación,Precio,Procedencia\n"
        "Casa Andina,Yerba del chef,atado,3,Huancavelica\n"
        'Casa Andina,Panceta de cerdo,x kg,"S/ 999,999",Huancayo\n'
        "Casa Andina,Papa amarilla,saco 50 kg,90,Chacra San Juan de Oro\n",
        encoding="utf-8",
    )
    return path


def test_corrections_are_remembered_listed_applied_and_forgotten(tmp_path):
    price_list = write_list(tmp_path)
    for args in (
        ["--product", "Yerba del chef", "--as", "Huacatay"],
        ["--product", "Panceta de cerdo", "--accept-price", "S/ 999,999"],
        ["--origin", "Chacra San Juan de Oro", "--as", "Urubamba"],
    ):
        done = sourcing("corrections", "add", "--supplier", "Casa Andina", *args)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Remembered as correction ")
    listed = sourcing("corrections", "list").stdout.splitlines()
    assert len(listed) == 3 and "Casa Andina: ingredient 'Yerba del chef' -> Black mint (huacatay)" in listed[0]
    assert "price accepted 'Panceta de cerdo' -> 999,999.00 PEN" in listed[1]

    out = tmp_path / "offers.csv"
    done = sourcing("import", str(price_list), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "'Yerba del chef' read as 'Black mint (huacatay)' by your correction of" in done.stdout
    assert "'Chacra San Juan de Oro' read as 'Urubamba' by your correction of" in done.stdout
    assert "Waiting for your decision" not in done.stdout
    offers = pd.read_csv(out, keep_default_na=False).set_index("product")
    assert offers.at["Yerba del chef", "ingredient"] == "huacatay"
    assert offers.at["Papa amarilla", "origin_place"] == "urubamba"

    ignored = sourcing("import", str(price_list), "--out", str(out), "--ignore-corrections")
    assert "Waiting for your decision: 3 offers are not recommended until you decide" in ignored.stdout
    assert "Casa Andina: 'Yerba del chef' matches no catalog ingredient (1 offer)." in ignored.stdout

    first = listed[0].split()[0]
    assert sourcing("corrections", "remove", first).stdout.strip() == "Forgotten: 1 correction."
    assert len(sourcing("corrections", "list").stdout.splitlines()) == 2


def test_wrong_corrections_exit_2_with_one_sentence(tmp_path):
    cases = {
        ("add", "--supplier", "Casa Andina", "--product", "Yerba", "--as", "sal"): "is not among the catalog's "
        "ingredients; close names:",
        ("add", "--supplier", "Casa Andina", "--origin", "X", "--accept-price", "12"): "--accept-price goes with",
        ("add", "--supplier", "Casa Andina", "--product", "Pan", "--accept-price", "gratis"): "cannot be read",
        ("remove", "41"): "There is no correction number 41; nothing was forgotten",
    }
    for args, sentence in cases.items():
        done = sourcing("corrections", *args)
        assert done.returncode == 2, args
        assert sentence in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1


def test_a_negative_or_implausible_exchange_rate_is_refused(tmp_path):
    for rate, sentence in (
        ("USD=-3.75", "The exchange rate for USD must be a number above zero, not -3.75."),
        ("USD=37.5", "The exchange rate 37.5 for USD is not plausible"),
    ):
        done = sourcing(
            "import", str(SAMPLES / "gourmet_imports_usd.xlsx"), "--out", str(tmp_path / "o.csv"), "--rate", rate
        )
        assert done.returncode == 2 and sentence in done.stderr
        assert not (tmp_path / "o.csv").exists()


def test_an_exchange_rate_with_a_decimal_comma_is_applied(tmp_path):
    prices = {}
    for rate in ("USD=3,75", "USD=3.50"):
        out = tmp_path / f"{rate[-4:]}.csv"
        done = sourcing("import", str(SAMPLES / "gourmet_imports_usd.xlsx"), "--out", str(out), "--rate", rate)
        assert done.returncode == 0, done.stderr
        offers = pd.read_csv(out, keep_default_na=False).set_index("product")
        usd = offers["currency"] == "USD"
        prices[rate] = pd.to_numeric(offers.loc[usd, "price_pen_per_base_unit"], errors="coerce").dropna()
    ratio = prices["USD=3,75"] / prices["USD=3.50"]
    assert len(ratio) > 3 and ratio.round(6).eq(round(3.75 / 3.50, 6)).all()


@pytest.mark.heavy  # loads TensorFlow and the bundled model
def test_rank_on_the_samples_never_recommends_an_offer_flagged_for_review(tmp_path):
    ranked_csv = tmp_path / "ranked.csv"
    samples = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".xlsx", ".xls", ".ods", ".csv"))
    done = sourcing("rank", *map(str, samples), "--report", str(tmp_path / "r.xlsx"), "--out", str(ranked_csv))
    assert done.returncode == 0, done.stderr[-2000:]
    ranked = pd.read_csv(ranked_csv, keep_default_na=False)
    flagged = ranked["flags"].map(lambda cell: any(flag in BLOCKING for flag in cell.split(";")))
    assert flagged.sum() >= 5  # the samples do hold questionable offers
    assert not (ranked["eligible"].astype(str) == "True")[flagged].any()
    assert ranked.loc[flagged, "rank"].eq("").all()
    assert (ranked.loc[flagged & ranked["ingredient"].ne(""), "excluded_codes"].str.contains("needs_review")).all()


def test_the_corrections_list_speaks_spanish_and_writes_prices_as_prices():
    """The kind of each correction stayed in English ('price accepted', 'ingredient') in the
    Spanish list, and an accepted price read '1234.5 PEN'."""
    run = lambda *args: subprocess.run(
        [sys.executable, "-m", "core.cli", "--lang", "es", "corrections", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run("add", "--supplier", "Bodega", "--product", "Panceta", "--accept-price", "S/ 1.234,50").returncode == 0
    assert run("add", "--supplier", "Bodega", "--product", "Chincho", "--as", "huacatay").returncode == 0
    listed = run("list").stdout
    assert "Bodega: precio aceptado 'Panceta' -> 1,234.50 PEN" in listed
    assert "Bodega: ingrediente 'Chincho' -> Huacatay" in listed
