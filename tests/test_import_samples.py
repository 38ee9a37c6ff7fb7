"""The bundled sample price lists import as a person would expect (data/samples/README.md)."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from core.importer import import_files

EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["files"]


@pytest.fixture(scope="module")
def imported():
    return {name: import_files([SAMPLES / name]) for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_refused_rows_are_exactly_the_bad_ones(imported, name):
    result = imported[name]
    report = result.report.to_frame()
    for sheet, expected in EXPECTED[name]["sheets"].items():
        sheet_key = "" if name.endswith(".csv") else sheet
        refused = report[(report.severity == "refused") & (report.sheet == sheet_key)]
        assert sorted(set(refused.row)) == sorted(expected["refused_rows"]), (sheet, refused.to_dict("records"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_good_row_becomes_one_offer_with_provenance(imported, name):
    offers = imported[name].offers
    for sheet, expected in EXPECTED[name]["sheets"].items():
        sheet_key = "" if name.endswith(".csv") else sheet
        rows = offers[offers.source_sheet == sheet_key]
        assert len(rows) == expected["offers"], sheet
        good = set(expected["data_rows"]) - set(expected["refused_rows"])
        assert set(rows.source_row) == good
    assert (offers.source_file == name).all()
    assert (offers.price > 0).all() and (offers.pack_qty > 0).all()
    assert offers.currency.isin(["PEN", "USD", "EUR"]).all()


def test_supplier_comes_from_the_title_or_the_column(imported):
    andina = imported["distribuidora_andina.xlsx"].offers
    assert set(andina.supplier) == {EXPECTED["distribuidora_andina.xlsx"]["supplier"]}
    mixto = imported["mercado_mixto_semana48.xlsx"].offers
    assert mixto.supplier.nunique() > 1


def _offer(result, row, sheet=None):
    offers = result.offers
    match = offers[offers.source_row == row]
    if sheet is not None:
        match = match[match.source_sheet == sheet]
    assert len(match) == 1, (row, sheet)
    return match.iloc[0]


def test_prices_and_packs_written_as_text_are_read(imported):
    andina = imported["distribuidora_andina.xlsx"]
    first = _offer(andina, 5, "Tubérculos y granos")
    assert first.price == pytest.approx(4.5) and first.currency == "PEN"
    half = _offer(andina, 9, "Tubérculos y granos")
    assert half.pack_qty == pytest.approx(0.5) and half.pack_unit == "kg"
    arroba = _offer(andina, 11, "Tubérculos y granos")
    assert arroba.pack_unit == "arroba"
    assert arroba.price_pen_per_base_unit == pytest.approx(28.0 / 11.5, rel=1e-3)


def test_dollar_prices_are_converted_to_soles(imported):
    gourmet = imported["gourmet_imports_usd.xlsx"].offers
    assert (gourmet.currency == "USD").all()
    assert (gourmet.price_pen_per_base_unit > gourmet.price / gourmet.pack_qty).any()


def test_outlier_is_flagged_not_dropped(imported):
    queso = _offer(imported["granja_sierra.ods"], 10)  # S/ 450 a kg: far outside the catalog's band
    assert "price_implausible" in queso["flags"]


def test_unknown_product_is_kept_and_flagged(imported):
    mixto = imported["mercado_mixto_semana48.xlsx"].offers
    special = mixto[mixto["product"].str.contains("especial casa", case=False)]
    assert len(special) == 1
    assert special.iloc[0].ingredient == "" and "unmatched_ingredient" in special.iloc[0]["flags"]


def test_same_product_from_another_origin_is_a_distinct_offer(imported):
    result = imported["mercado_mixto_semana48.xlsx"]
    a, b = _offer(result, 4), _offer(result, 6)
    assert a["product"] == b["product"] and a.origin != b.origin


def test_misspelled_products_match_catalog_ingredients(imported):
    mixto = imported["mercado_mixto_semana48.xlsx"].offers
    by_product = dict(zip(mixto["product"].str.lower(), mixto.ingredient, strict=False))
    for written in ("quinua", "aji amarrillo", "palta hass", "papas amarillas"):
        hits = [ing for prod, ing in by_product.items() if written in prod]
        assert hits and all(hits), (written, hits)


def test_every_offer_has_distance_and_footprint_when_origin_known(imported):
    for result in imported.values():
        offers = result.offers
        known = offers[offers.origin_place != ""]
        assert known.distance_km.notna().all()
        matched = known[known.ingredient != ""]
        assert (matched.kg_co2e_per_base_unit.dropna() > 0).all()


def test_report_reads_as_plain_sentences_with_locations(imported):
    text = imported["granja_sierra.ods"].report.render_text()
    assert "granja_sierra.ods" in text and "row 15" in text
    assert "not imported" in text


def test_a_long_report_says_how_many_more_of_each_kind_under_that_kind():
    """The demo shows 5 lines per kind: the '… and 76 more of the same kind.' lines used to come
    together at the end of their section, after other kinds, not saying which kind."""
    from core.cleansing.import_report import ImportReport

    report = ImportReport()
    for row in range(3, 9):
        report.add("lista.csv", "", row, "Precio", "fixed", "currency_assumed", f"row {row}: PEN assumed.")
    for row in range(3, 6):
        report.add("lista.csv", "", row, "Origen", "fixed", "transport_from_origin", f"row {row}: truck assumed.")
    lines = report.render_text(max_lines_per_rule=2).splitlines()
    section = lines[lines.index("Fixed or filled in: 9") + 1 :]
    assert section == [
        "  - lista.csv row 3 (Precio): row 3: PEN assumed.",
        "  - lista.csv row 4 (Precio): row 4: PEN assumed.",
        "  … and 4 more of the same kind.",
        "  - lista.csv row 3 (Origen): row 3: truck assumed.",
        "  - lista.csv row 4 (Origen): row 4: truck assumed.",
        "  … and 1 more of the same kind.",
    ]


def test_price_sentences_write_thousands_and_unit_names(imported):
    """'S/ 2210.00 per l' beside 'S/ 1,150.00' elsewhere: every price sentence groups thousands."""
    said = [e[6] for e in imported["gourmet_imports_usd.xlsx"].report.entries if e[5] == "price_outlier"]
    # (the module's imports run in the process's default language, Spanish: "por l")
    assert any(sentence.startswith("S/ 2,210.00 ") for sentence in said) and not any("2210" in s for s in said), said
