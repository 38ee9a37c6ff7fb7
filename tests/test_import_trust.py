"""Import you can trust (issue 12): implausible prices are flagged even without peers, unknown
origins are flagged and out of distribution, nothing questionable is eligible for a
recommendation until a person accepts it, and the chef's corrections are applied."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from model_fixtures import tiny_training_table

from core.catalogs import load_catalogs
from core.cleansing.corrections import Correction, CorrectionBook, price_value
from core.cleansing.exchange_rates import checked_rate
from core.cleansing.review import eligible_for_recommendation, questions
from core.cleansing.row_cleansing import CleanseSettings
from core.errors import UserError
from core.features import build_features
from core.importer import import_files
from core.ranking.rank import Weights, rank_offers
from core.text import fold

HEADER = "Proveedor,Producto,Presentación,Precio,Moneda,Procedencia,Certificación\n"
MESSY = [
    "Casa Andina,Panceta de cerdo,x kg,999999,S/,Huancayo,",
    "Casa Andina,Panceta de cerdo ahumada,x kg,28.50,S/,Huancayo,",
    "Casa Andina,Chincho,atado,2.50,S/,Huancavelica,",
    "Casa Andina,Yerba del chef,atado,3,S/,Huancavelica,",
    "Casa Andina,Cabrilla fresca,x kg,24,S/,Pucusana,",
    "Casa Andina,Achiote en grano,x kg,18,S/,Satipo,",
    "Casa Andina,Saffron threads,1 g,45,S/,España,",
    "Casa Andina,Café tostado,500 g,35,S/,Chacra San Juan de Oro,Rainforest Alliance;Comercio Justo",
    "Casa Andina,Cacao en grano,x kg,0.01,S/,Quillabamba,Orgánico / AOP",
    "Casa Andina,Quinua roja,x kg,12,S/,Juliaca,Orgánico; Comercio Justo",
]


def write_list(tmp_path, rows=MESSY, name="casa_andina.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def offer(result, product):
    rows = result.offers[result.offers["product"] == product]
    assert len(rows) == 1, product
    return rows.iloc[0]


@pytest.fixture
def messy(tmp_path):
    return import_files([write_list(tmp_path)])


def test_a_placeholder_price_is_flagged_and_never_eligible(messy):
    belly = offer(messy, "Panceta de cerdo")
    assert "price_implausible" in belly["flags"]
    ordinary = offer(messy, "Panceta de cerdo ahumada")
    assert "price_implausible" not in ordinary["flags"]
    eligible = dict(zip(messy.offers["product"], eligible_for_recommendation(messy.offers)))
    assert not eligible["Panceta de cerdo"] and eligible["Panceta de cerdo ahumada"]
    assert not eligible["Cacao en grano"]  # S/ 0.01 a kg: a placeholder too
    sentences = messy.report.to_frame().query("rule == 'price_implausible'").message.tolist()
    assert any("999,999.00 PEN looks like a placeholder" in s for s in sentences)


def test_a_lone_offer_far_outside_its_band_is_flagged(tmp_path):
    rows = ["Casa Andina,Quinua blanca,x kg,120,S/,Puno,", "Casa Andina,Papa amarilla,saco 50 kg,90,S/,Huancayo,"]
    result = import_files([write_list(tmp_path, rows)])
    quinoa, potato = offer(result, "Quinua blanca"), offer(result, "Papa amarilla")
    assert "price_implausible" in quinoa["flags"]  # S/ 120 a kg: band 5-25, factor 3 -> above 75
    assert "price_implausible" not in potato["flags"]  # S/ 1.80 a kg: within 1.5-9
    sentence = result.report.to_frame().query("rule == 'price_implausible'").message.iloc[0]
    assert sentence.startswith("S/ 120.00 per kg is far outside the usual S/ 5 to 25 for Quinoa (reference of 2025-")


def test_catalog_names_now_known_are_read_and_lists_keep_every_label(messy):
    assert offer(messy, "Chincho")["ingredient"] == "chincho"  # no longer pork
    assert offer(messy, "Cabrilla fresca")["ingredient"] == "cabrilla"
    assert offer(messy, "Achiote en grano")["ingredient"] == "achiote"
    assert offer(messy, "Saffron threads")["ingredient"] == "azafran"
    assert offer(messy, "Café tostado")["certifications"] == "rainforest_alliance;fairtrade"
    assert offer(messy, "Quinua roja")["certifications"] == "organic;fairtrade"


def test_an_unknown_origin_is_flagged_and_out_of_distribution(messy):
    coffee = offer(messy, "Café tostado")
    assert coffee["origin"] == "Chacra San Juan de Oro" and coffee["origin_place"] == ""
    assert "origin_unknown" in coffee["flags"]
    assert not eligible_for_recommendation(messy.offers.loc[[coffee.name]])[0]
    prep = tiny_training_table()[2]
    _, ood = build_features(messy.offers, prep)
    assert ood[messy.offers.index.get_loc(coffee.name)]
    juliaca = offer(messy, "Quinua roja")
    assert juliaca["origin_place"] == "juliaca" and "origin_unknown" not in juliaca["flags"]


def test_what_waits_for_review_is_listed_once_per_supplier_and_product(messy):
    asked = {(q.kind, q.written): q for q in questions(messy.offers, messy.report)}
    assert asked[("ingredient", "Yerba del chef")].reason == "unmatched_ingredient"
    assert asked[("price", "Panceta de cerdo")].reason == "price_implausible"
    assert asked[("place", "Chacra San Juan de Oro")].blocking
    aop = asked[("certification", "AOP")]
    assert not aop.blocking and aop.offers == 1


def corrections(*items):
    return CleanseSettings(corrections=CorrectionBook(Correction(*item, created="2025-11-12") for item in items))


def test_the_chefs_corrections_are_applied_and_said_in_the_report(tmp_path):
    settings = corrections(
        ("casa andina", "ingredient", "YERBA DEL CHEF", "huacatay"),
        ("Casa Andina", "price", "Panceta de cerdo", price_value(999999, "PEN")),
        ("Casa Andina", "place", "Chacra San Juan de Oro", "villa_rica"),
        ("Casa Andina", "certification", "AOP", "denominacion_de_origen"),
    )
    result = import_files([write_list(tmp_path)], settings=settings)
    herb = offer(result, "Yerba del chef")
    assert herb["ingredient"] == "huacatay" and herb["match_score"] == 100
    assert "ingredient_corrected" in herb["flags"] and "unmatched_ingredient" not in herb["flags"]
    belly = offer(result, "Panceta de cerdo")
    assert "price_accepted" in belly["flags"] and "price_implausible" not in belly["flags"]
    coffee = offer(result, "Café tostado")
    assert coffee["origin_place"] == "villa_rica" and coffee["distance_km"] > 0
    assert offer(result, "Cacao en grano")["certifications"] == "organic;denominacion_de_origen"
    eligible = dict(zip(result.offers["product"], eligible_for_recommendation(result.offers)))
    assert eligible["Yerba del chef"] and eligible["Panceta de cerdo"] and eligible["Café tostado"]
    report = result.report.to_frame()
    fixed = report[report.severity == "fixed"].message.tolist()
    assert "'Yerba del chef' read as 'Black mint (huacatay)' by your correction of 12 Nov 2025." in fixed
    assert "'Chacra San Juan de Oro' read as 'Villa Rica' by your correction of 12 Nov 2025." in fixed
    assert not any(q.blocking for q in questions(result.offers, result.report) if q.written != "Cacao en grano")


def test_not_in_the_catalog_stops_the_question_but_not_the_caution(tmp_path):
    settings = corrections(
        ("Casa Andina", "ingredient", "Yerba del chef", ""), ("Casa Andina", "place", "Chacra San Juan de Oro", "")
    )
    result = import_files([write_list(tmp_path)], settings=settings)
    herb = offer(result, "Yerba del chef")
    assert herb["ingredient"] == "" and herb["flags"].startswith("ingredient_not_in_catalog;")
    coffee = offer(result, "Café tostado")
    assert "origin_not_in_catalog" in coffee["flags"] and "origin_unknown" not in coffee["flags"]
    asked = {q.written for q in questions(result.offers, result.report)}
    assert "Yerba del chef" not in asked and "Chacra San Juan de Oro" not in asked
    assert not eligible_for_recommendation(result.offers.loc[[herb.name]])[0]  # still no ingredient to rank


def test_an_accepted_price_covers_next_weeks_price_but_not_another_placeholder(tmp_path):
    accepted = corrections(("Casa Andina", "price", "Panceta de cerdo", price_value(100, "PEN")))
    for price, still_questioned in ((110, False), (999999, True)):
        rows = [f"Casa Andina,Panceta de cerdo,x kg,{price},S/,Huancayo,"]
        result = import_files([write_list(tmp_path, rows)], settings=accepted)
        assert ("price_implausible" in offer(result, "Panceta de cerdo")["flags"]) == still_questioned


def test_ranking_leaves_out_what_waits_for_review(messy):
    scored = messy.offers.assign(sustainability_score_pred=0.5)
    ranked = rank_offers(scored, Weights(sustainability=0.5, price=0.5)).set_index("product")
    assert not ranked.at["Panceta de cerdo", "eligible"]
    assert ranked.at["Panceta de cerdo", "excluded_reason"] == "waiting for review (flagged at import)"
    assert ranked.at["Panceta de cerdo ahumada", "rank"] == 1


@pytest.mark.parametrize(
    ("currency", "rate", "problem"),
    [
        ("USD", -3.75, "must be a number above zero, not -3.75"),
        ("USD", 0, "above zero"),
        ("USD", 37.5, "must lie between 2.27 and 5.10"),
        ("XYZ", 3.0, "no reference rate for XYZ"),
        ("PEN", 2.0, "always 1"),
    ],
)
def test_exchange_rates_outside_the_plausible_band_are_refused(currency, rate, problem):
    with pytest.raises(UserError, match=re.escape(problem)):
        checked_rate(load_catalogs(), currency, rate)


@pytest.mark.parametrize(("written", "rate"), [("3,75", 3.75), ("3.75", 3.75), (" 3,8 ", 3.8), ("3.9", 3.9)])
def test_an_exchange_rate_is_read_with_the_number_grammar_decimal_comma_included(written, rate):
    # a Peruvian user writes "USD=3,75"; it was refused as "not CUR=NUMBER"
    assert checked_rate(load_catalogs(), "USD", written) == rate


@pytest.mark.parametrize(("written", "problem"), [("3.750", "3750 for USD is not plausible"), ("tres", "not tres")])
def test_an_exchange_rate_written_outside_the_grammar_or_the_band_is_refused(written, problem):
    with pytest.raises(UserError, match=re.escape(problem)):
        checked_rate(load_catalogs(), "USD", written)


def test_every_ingredient_has_a_dated_reference_band_with_its_source():
    ingredients = load_catalogs().ingredients
    assert (ingredients["price_low_pen"] > 0).all()
    assert (ingredients["price_high_pen"] > ingredients["price_low_pen"]).all()
    assert ingredients["price_source"].str.contains("https://|catalogues", regex=True).all()
    assert ingredients["price_date"].str.fullmatch(r"\d{4}-\d{2}").all()


DEPARTMENT_CAPITALS = {
    "PE-AMA": "chachapoyas",
    "PE-ANC": "huaraz",
    "PE-APU": "abancay",
    "PE-ARE": "arequipa",
    "PE-AYA": "ayacucho",
    "PE-CAJ": "cajamarca",
    "PE-CAL": "callao",
    "PE-CUS": "cusco",
    "PE-HUV": "huancavelica",
    "PE-HUC": "huanuco",
    "PE-ICA": "ica",
    "PE-JUN": "huancayo",
    "PE-LAL": "trujillo",
    "PE-LAM": "chiclayo",
    "PE-LIM": "huacho",
    "PE-LOR": "iquitos",
    "PE-MDD": "puerto_maldonado",
    "PE-MOQ": "moquegua",
    "PE-PAS": "cerro_de_pasco",
    "PE-PIU": "piura",
    "PE-PUN": "puno",
    "PE-SAM": "moyobamba",
    "PE-TAC": "tacna",
    "PE-TUM": "tumbes",
    "PE-UCA": "pucallpa",
}


def test_places_cover_every_department_capital_and_the_producing_towns():
    places = load_catalogs().places
    regions = places[(places["kind"] == "region") & (places["country"] == "PE")]
    assert set(regions.index) == set(DEPARTMENT_CAPITALS)
    for region, capital in DEPARTMENT_CAPITALS.items():
        assert places.at[capital, "parent"] == region, capital
    assert "lima" in places.index  # the capital of the republic, in Lima province
    vocabulary = load_catalogs().place_vocabulary
    for town in ("Juliaca", "Jaén", "Villa Rica", "Quillabamba", "Huamanga", "Tingo María", "Pichanaki", "Sechura"):
        assert vocabulary.exact(town), town


def test_place_ids_follow_one_scheme_by_kind():
    places = load_catalogs().places
    peru = places[places["country"] == "PE"]
    towns = peru[peru["kind"] == "town"]
    assert peru[peru["kind"] == "region"].index.str.fullmatch(r"PE-[A-Z]{3}").all()
    assert places[places["kind"] == "country"].index.str.fullmatch(r"[A-Z]{2}").all()
    expected = towns["name"].map(lambda name: re.sub(r"\W+", "_", fold(name)))
    assert (towns.index == expected).all(), list(towns.index[towns.index != expected])
    assert towns["parent"].isin(places.index).all()
    lat, lon = towns["lat"].astype(float), towns["lon"].astype(float)
    assert lat.between(-18.5, 0).all() and lon.between(-81.5, -68.5).all()  # inside Peru


def test_catalog_band_columns_are_additions_after_the_existing_ones():
    columns = pd.read_csv(load_catalogs().folder / "ingredients.csv", nrows=0).columns.tolist()
    assert columns[:13][-1] == "source" and columns[13:] == [
        "price_low_pen",
        "price_high_pen",
        "price_source",
        "price_date",
        "other_products",  # added after the bands (green coffee is not coffee)
    ]
    assert np.isfinite(load_catalogs().ingredients["price_high_pen"]).all()


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("es", "Una presentación por unidad no se puede convertir a kg, la unidad base del ingrediente"),
        ("en", "A pack per unit cannot be converted to kg, the ingredient's base unit"),
    ],
)
def test_a_pack_that_cannot_be_converted_is_said_with_unit_names_not_codes(tmp_path, lang, sentence):
    """Butter sold by the box of 12: the sentence named the internal code ('unit') and not the base unit."""
    from core.i18n import set_language

    set_language(lang)
    path = tmp_path / "lista.csv"
    path.write_text("Producto;Presentación;Precio\nMantequilla sin sal;caja 12 und;18\n", "utf-8")
    result = import_files([path], supplier="Bodega")
    said = [entry[6] for entry in result.report.entries if entry[5] == "unit_not_convertible"]
    assert len(said) == 1 and said[0].startswith(sentence), said
    assert "'unit'" not in said[0]
    assert np.isnan(result.offers["price_pen_per_base_unit"].iloc[0])
