"""Units are shown in the reader's words: 'atado' and 'bunch', not the catalog's id in both."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import REPO

from core.unit_names import UNIT_NAMES, unit_name

SYMBOLS = {"kg", "g", "lb", "oz", "t", "l", "ml", "cl", "gal"}  # written the same in Spanish and English


def test_every_unit_of_the_catalog_that_is_a_word_has_a_name_in_both_languages():
    ids = set(pd.read_csv(REPO / "data" / "reference" / "units.csv")["id"])
    assert ids - SYMBOLS == set(UNIT_NAMES)
    for unit in UNIT_NAMES:
        assert unit_name(unit, "es") and unit_name(unit, "en")
        assert "_" not in unit_name(unit, "es") + unit_name(unit, "en")  # never an id


@pytest.mark.parametrize(
    ("unit", "es", "en"),
    [("bunch", "atado", "bunch"), ("dozen", "docena", "dozen"), ("unit", "unidad", "unit"), ("saco", "saco", "sack")],
)
def test_a_unit_reads_as_people_say_it(unit, es, en):
    assert unit_name(unit, "es") == es and unit_name(unit, "en") == en


def test_symbols_unknown_ids_and_empty_cells_are_shown_as_they_are():
    assert unit_name("kg", "es") == "kg" and unit_name("pinch", "es") == "pinch"
    assert unit_name(None) == "" and unit_name(float("nan")) == "" and unit_name("") == ""
