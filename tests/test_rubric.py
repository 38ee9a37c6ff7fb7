"""Rubric v2 (core.rubric, docs/model_card.md): the promises a sustainability officer defends,
checked on offers as the app derives them from the real catalogs."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from model_fixtures import certificate_grid, offer

from core.catalogs import load_catalogs
from core.cleansing.derive import derive_columns
from core.features import catalog_constants
from core.rubric import CENTER, SCALE, rubric_breakdown, rubric_score

MONTH = 5
RECOMMENDED = 0.6


@pytest.fixture(scope="module")
def cat():
    return load_catalogs()


@pytest.fixture(scope="module")
def const(cat):
    return catalog_constants(cat)


def scores(rows: list[dict], const, cat) -> np.ndarray:
    return rubric_score(derive_columns(pd.DataFrame(rows), cat), const, MONTH)


def lentils(cat) -> str:
    return cat.ingredient_vocabulary.lookup("lentejas").id


def test_beef_with_every_label_stays_below_conventional_chicken_and_lentils(cat, const):
    where = {"origin": "Cajamarca"}
    best_beef, beef, chicken, lentil = scores(
        [
            offer(
                ingredient="beef",
                transport_mode="refrigerated_truck",
                certifications="organic;fairtrade;rainforest_alliance;deforestation_free",
                practice="agroforestry",
                packaging="bulk",
                **where,
            ),
            offer(ingredient="beef", transport_mode="refrigerated_truck", **where),
            offer(ingredient="chicken", transport_mode="refrigerated_truck", **where),
            offer(ingredient=lentils(cat), transport_mode="truck", **where),
        ],
        const,
        cat,
    )
    assert lentil > chicken > best_beef > beef
    assert best_beef < RECOMMENDED


def test_no_food_of_ten_kg_co2e_or_more_reaches_recommended_whatever_its_labels(cat, const):
    """The footprint bounds what labels add: with every label, the best practice and packaging,
    from every Peruvian place (near and far, in season), no high-footprint food is recommended."""
    high = cat.ingredients.index[cat.ingredients["kg_co2e_per_kg"] >= 10].tolist()
    places = cat.places.index[(cat.places["country"] == "PE") & (cat.places["kind"] != "country")].tolist()
    assert len(high) >= 20 and len(places) >= 60
    practices = cat.practices["impact"].idxmax()
    labels = ";".join(cat.certifications.index[cat.certifications["bonus"] > 0])
    rows = [
        offer(
            ingredient=i, origin=cat.places.at[p, "name"], certifications=labels, practice=practices, packaging="bulk"
        )
        for i, p in itertools.product(high, places)
    ]
    got = scores(rows, const, cat)
    worst = int(np.argmax(got))
    assert got.max() < RECOMMENDED, rows[worst]


def test_flying_never_beats_trucking_or_shipping_the_same_offer(cat, const):
    ingredients = cat.ingredients.index[::7].tolist()
    origins = [
        "Ica",
        "Huaral",
        "Cusco",
        "Puno",
        "Piura",
        "Chile",
        "Brasil",
        "España",
        "Estados Unidos",
        "Nueva Zelanda",
    ]
    label_sets = ["", "organic", "organic;fairtrade;rainforest_alliance"]
    rows, pairs = [], 0
    for ingredient, origin, labels in itertools.product(ingredients, origins, label_sets):
        for mode in ("truck", "refrigerated_truck", "sea"):
            rows += [
                offer(ingredient=ingredient, origin=origin, transport_mode=mode, certifications=labels),
                offer(ingredient=ingredient, origin=origin, transport_mode="air", certifications=labels),
            ]
            pairs += 1
    got = scores(rows, const, cat).reshape(pairs, 2)
    assert pairs >= 500
    assert (got[:, 0] > got[:, 1]).all(), rows[2 * int(np.argmin(got[:, 0] - got[:, 1]))]


def test_adding_a_certificate_never_lowers_the_score(cat, const):
    before, after = certificate_grid(cat)
    assert len(before) >= 5000
    got = scores(before + after, const, cat)
    delta = got[len(before) :] - got[: len(before)]
    assert (delta >= 0).all(), before[int(np.argmin(delta))]


def test_a_label_with_bonus_zero_changes_nothing(cat, const):
    zero = cat.certifications.index[cat.certifications["bonus"] == 0].tolist()
    assert {"haccp", "smeta", "carbon_neutral"} <= set(zero)
    rows = []
    for label in zero:
        for start in ("", "organic", "fairtrade"):
            rows += [
                offer(ingredient="quinoa", origin="Puno", certifications=start),
                offer(ingredient="quinoa", origin="Puno", certifications=";".join(filter(None, [start, label]))),
            ]
    got = scores(rows, const, cat).reshape(-1, 2)
    np.testing.assert_array_equal(got[:, 0], got[:, 1])


def test_labour_points_follow_the_catalog_bonus_of_social_labels(cat, const):
    frame = derive_columns(
        pd.DataFrame(
            [offer(ingredient="quinoa", origin="Puno", certifications=c) for c in ("fairtrade", "b_corp", "smeta", "")]
        ),
        cat,
    )
    labour = rubric_breakdown(frame, const, MONTH)["labour"].to_numpy()
    headroom = labour[0] / 6.0
    np.testing.assert_allclose(labour, [6.0 * headroom, 1.2 * headroom, 0.0, 0.0])


@pytest.mark.parametrize(
    ("ingredient", "risk_label", "irrelevant_label"),
    [
        ("beef", "rainforest_alliance", "fairtrade"),  # deforestation
        ("corvina", "msc", "organic"),  # overfishing
        ("atun", "msc", "globalgap"),  # bycatch
        ("paiche", "asc", "fairtrade"),  # threatened species
        ("esparrago", "globalgap", "organic"),  # water stress
    ],
)
def test_a_risk_is_mitigated_only_by_a_label_relevant_to_it(cat, const, ingredient, risk_label, irrelevant_label):
    frame = derive_columns(
        pd.DataFrame(
            [
                offer(ingredient=ingredient, origin="Lima"),
                offer(ingredient=ingredient, origin="Lima", certifications=irrelevant_label),
                offer(ingredient=ingredient, origin="Lima", certifications=risk_label),
            ]
        ),
        cat,
    )
    risk = rubric_breakdown(frame, const, MONTH)["risk"].to_numpy()
    assert risk[0] < 0
    assert risk[1] == risk[0]
    assert risk[2] > risk[0]


def test_agroforestry_mitigates_deforestation_but_not_overfishing(cat, const):
    frame = derive_columns(
        pd.DataFrame(
            [
                offer(ingredient="cacao", origin="Junín"),
                offer(ingredient="cacao", origin="Junín", practice="agroforestry"),
                offer(ingredient="corvina", origin="Paita", practice="line_caught"),
                offer(ingredient="corvina", origin="Paita", practice="bottom_trawl"),
            ]
        ),
        cat,
    )
    risk = rubric_breakdown(frame, const, MONTH)["risk"].to_numpy()
    assert risk[1] > risk[0]
    assert risk[2] == risk[3] < 0  # line-caught mitigates bycatch, which corvina does not carry


def test_the_breakdown_adds_up_to_the_score(cat, const):
    frame = derive_columns(
        pd.DataFrame(
            [offer(ingredient="quinoa", origin="Puno", certifications="organic;fairtrade", practice="agroecological")]
        ),
        cat,
    )
    total = rubric_breakdown(frame, const, MONTH)["total"].to_numpy()
    np.testing.assert_allclose(rubric_score(frame, const, MONTH), 1 / (1 + np.exp(-(total - CENTER) / SCALE)))
