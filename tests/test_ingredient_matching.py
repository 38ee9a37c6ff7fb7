"""Rule 3 of the ingredient matcher (a catalog name whose words all appear in the product):
the same product reads as the same ingredient in every run, and a product that names two
ingredients equally is kept but flagged for a person, never decided by chance."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import REPO

from core.catalogs import load_catalogs
from core.cleansing.ingredient_matching import ACCEPT, SURE, IngredientMatcher

NAMES = ["Camarones de río Mar Azul", "Papa amarilla tumbay selecta", "Bonito del norte en aceite de oliva"]
SCRIPT = (
    "import json, sys\n"
    "from core.catalogs import load_catalogs\n"
    "from core.cleansing.ingredient_matching import IngredientMatcher\n"
    "found = IngredientMatcher(load_catalogs()).match_many(json.loads(sys.argv[1]))\n"
    "print(json.dumps([[m.id, m.score] if m else None for m in found]))\n"
)


def test_the_same_names_read_the_same_in_every_process_whatever_its_hash_seed():
    runs = set()
    for seed in ("1", "2", "3", "4", "5"):
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, json.dumps(NAMES)],
            cwd=REPO,
            env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True,
            text=True,
            check=True,
        )
        runs.add(done.stdout.strip())
    assert len(runs) == 1, runs


def test_a_product_naming_two_ingredients_equally_is_uncertain_and_the_clear_ones_are_not():
    shrimp, potato, bonito = IngredientMatcher(load_catalogs()).match_many(NAMES)
    assert shrimp is not None and shrimp.score < SURE  # river shrimp or prawns: the chef decides
    assert potato.id == "papa_amarilla" and potato.score >= SURE
    # canned bonito in olive oil is a preserve, not the fresh fish: read as bonito, but asked
    assert (bonito.id, bonito.also) == ("bonito", "olive_oil") and bonito.score < SURE


def test_a_product_that_names_another_ingredient_apart_is_asked_about_not_read_as_its_first_word():
    """Before, the first catalog name won at 95/100 and was recommended: cocoa butter ranked as
    palm shortening, goat's cheese as queso fresco, a brie as queso andino. Now the match is kept
    but uncertain (a person decides once; the correction is remembered), naming the other one."""
    matcher = IngredientMatcher(load_catalogs())
    cases = {
        "Manteca de cacao": ("palm_shortening", "cacao"),
        "Queso de cabra fresco": ("queso_fresco", "goat"),
        "Leche fresa de la selva": ("milk", "fresa"),
        "Aceite de trufa negra": ("vegetable_oil", "trufa"),
    }
    for product, (ingredient, also) in cases.items():
        found = matcher.match(product)
        assert (found.id, found.also) == (ingredient, also) and ACCEPT <= found.score < SURE, (product, found)
    brie = matcher.match("Queso brie en grano extra andino Caleta Norte")
    assert brie.score < SURE and {brie.id, brie.also} == {"queso_andino", "brie"}
    # names inside the match's own words are not another ingredient: "olive" in "olive oil",
    # "papa" in "papa amarilla", "aceite" in "aceite de oliva"
    for product, ingredient in {
        "Extra virgin olive oil, Picual": "olive_oil",
        "Papa amarilla tumbay selecta": "papa_amarilla",
        "Aceite de oliva extra virgen": "olive_oil",
        "Filete de corvina sin piel": "corvina",
    }.items():
        found = matcher.match(product)
        assert (found.id, found.also) == (ingredient, "") and found.score >= SURE, (product, found)
