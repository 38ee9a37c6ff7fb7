"""Domain sanity: pairs of offers a sustainability expert would rank without hesitation.
The shipped default model (models/active) must order every pair the expert's way."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from model_fixtures import offer

from core.catalogs import load_catalogs
from core.model.registry import ModelRegistry
from core.model.scoring import score_offers
from core.paths import bundled_models_dir

MONTH = 5


@pytest.fixture(scope="module")
def bundle():
    registry = ModelRegistry([bundled_models_dir()])
    if not registry.active_version():
        pytest.fail("no default model in models/: run `dvc repro` and register it (docs/model_card.md)")
    return registry.load_active()


def find(vocabulary, *names):
    for name in names:
        match = vocabulary.lookup(name)
        if match:
            return match.id
    raise AssertionError(f"none of {names} is in the catalogs")


def first_of(category: str) -> str:
    ingredients = load_catalogs().ingredients
    return ingredients.index[ingredients["category"] == category][0]


def pairs():
    cat = load_catalogs()
    organic = find(cat.certification_vocabulary, "organic", "orgánico")
    fair = find(cat.certification_vocabulary, "fairtrade", "fair trade", "comercio justo")
    line = find(cat.practice_vocabulary, "line_caught", "line caught", "pesca con anzuelo", "anzuelo")
    trawl = find(cat.practice_vocabulary, "bottom_trawl", "bottom trawl", "arrastre de fondo", "arrastre")
    crate = find(cat.packaging_vocabulary, "reusable_crate", "reusable crate", "jaba retornable")
    plastic = find(cat.packaging_vocabulary, "single_use_plastic", "single-use plastic", "plástico de un solo uso")
    beef = find(cat.ingredient_vocabulary, "beef", "carne de res", "res")
    lentil = find(cat.ingredient_vocabulary, "lentils", "lentejas", "lenteja", "beans", "frejol")
    fish = first_of("fish_marine")
    return {
        "organic and fair-trade beats uncertified (same quinoa, same farm)": (
            offer(ingredient="quinoa", origin="Puno", transport_mode="truck", certifications=f"{organic};{fair}"),
            offer(ingredient="quinoa", origin="Puno", transport_mode="truck"),
        ),
        "trucked from Cusco beats flown from Europe (same cheese)": (
            offer(ingredient=first_of("dairy"), origin="Cusco", transport_mode="refrigerated_truck"),
            offer(ingredient=first_of("dairy"), origin="España", transport_mode="air"),
        ),
        "line-caught beats bottom-trawled (same fish, same port)": (
            offer(ingredient=fish, origin="Paita", transport_mode="refrigerated_truck", practice=line),
            offer(ingredient=fish, origin="Paita", transport_mode="refrigerated_truck", practice=trawl),
        ),
        "reusable crates beat single-use plastic": (
            offer(ingredient=first_of("vegetable"), origin="Huaral", transport_mode="truck", packaging=crate),
            offer(ingredient=first_of("vegetable"), origin="Huaral", transport_mode="truck", packaging=plastic),
        ),
        "lentils beat beef (plant protein vs beef herd)": (
            offer(ingredient=lentil, origin="Cajamarca", transport_mode="truck"),
            offer(ingredient=beef, origin="Cajamarca", transport_mode="refrigerated_truck"),
        ),
        "conventional lentils beat beef with every label (issue 14)": (
            offer(ingredient=lentil, origin="Cajamarca", transport_mode="truck"),
            labelled_beef(),
        ),
        "conventional chicken beats beef with every label (issue 14)": (
            offer(ingredient="chicken", origin="Cajamarca", transport_mode="refrigerated_truck"),
            labelled_beef(),
        ),
        "trucked asparagus beats the same organic asparagus flown (issue 14)": (
            offer(ingredient="esparrago", origin="Ica", transport_mode="truck", certifications=organic),
            offer(ingredient="esparrago", origin="Ica", transport_mode="air", certifications=organic),
        ),
    }


def labelled_beef() -> dict:
    """Organic + Fairtrade + Rainforest Alliance + deforestation-free agroforestry beef in bulk."""
    return offer(
        ingredient="beef",
        origin="Cajamarca",
        transport_mode="refrigerated_truck",
        certifications="organic;fairtrade;rainforest_alliance;deforestation_free",
        practice="agroforestry",
        packaging="bulk",
    )


def test_the_model_orders_every_pair_the_experts_way(bundle):
    cases = pairs()
    rows = [row for good_bad in cases.values() for row in good_bad]
    scored = score_offers(pd.DataFrame(rows), bundle, explain=False, month=MONTH)
    predictions = scored["sustainability_score_pred"].to_numpy()
    wrong = []
    for k, name in enumerate(cases):
        good, bad = predictions[2 * k], predictions[2 * k + 1]
        if not good > bad + 0.02:
            wrong.append(f"{name}: {good:.3f} vs {bad:.3f}")
    assert not wrong, "; ".join(wrong)
    assert predictions[list(cases).index("conventional lentils beat beef with every label (issue 14)") * 2 + 1] < 0.6
    assert not scored["ood"].any(), scored.loc[scored["ood"], ["ingredient", "origin"]]


def test_explanations_name_the_group_that_makes_the_difference(bundle):
    cases = pairs()
    good, bad = cases["line-caught beats bottom-trawled (same fish, same port)"]
    scored = score_offers(pd.DataFrame([good, bad]), bundle, month=MONTH)
    explained = scored["explanation"].map(json.loads)
    difference = {g: explained[0][g] - explained[1][g] for g in explained[0]}
    assert max(difference, key=difference.get) == "practice"
