"""The feature function: one pure, vectorised mapping from offers to model inputs."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from model_fixtures import offer, tiny_training_table

from core.catalogs import load_catalogs
from core.features import GROUPS, build_features, features_frame, parse_months


@pytest.fixture(scope="module")
def prep():
    return tiny_training_table()[2]


@pytest.fixture(scope="module")
def offers():
    return tiny_training_table()[0]


def _ids(vocabulary, *names):
    for name in names:
        match = vocabulary.lookup(name)
        if match:
            return match.id
    pytest.skip(f"none of {names} in the catalogs")


def derived(rows):
    from core.cleansing.derive import derive_columns

    return derive_columns(pd.DataFrame(rows))


def test_matrix_has_one_named_column_per_feature_and_groups_cover_them(prep, offers):
    x, ood = build_features(offers, prep)
    assert x.dtype == np.float32 and x.shape == (len(offers), len(prep["features"]))
    assert ood.dtype == bool and ood.shape == (len(offers),)
    spans = [prep["feature_groups"][g] for g in GROUPS]
    assert spans[0][0] == 0 and spans[-1][1] == len(prep["features"])
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert np.isfinite(x).all()


def test_is_pure_and_chunkable_like_spark_map_in_pandas(prep, offers):
    before = offers.copy()
    whole = features_frame(offers, prep)
    halves = pd.concat([features_frame(offers.iloc[:250], prep), features_frame(offers.iloc[250:], prep)])
    pd.testing.assert_frame_equal(offers, before)
    pd.testing.assert_frame_equal(whole, halves)
    again = json.loads(json.dumps(prep))  # the constants survive preprocessing.json
    np.testing.assert_array_equal(build_features(offers, again)[0], whole.drop(columns="ood").to_numpy())


def test_certifications_are_multi_hot_whatever_the_order(prep):
    cat = load_catalogs()
    organic = _ids(cat.certification_vocabulary, "organic", "organico")
    fair = _ids(cat.certification_vocabulary, "fairtrade", "fair trade", "comercio justo")
    ingredient = cat.ingredients.index[0]
    frame = derived(
        [
            offer(ingredient=ingredient, origin="Cusco", certifications=f"{organic};{fair}"),
            offer(ingredient=ingredient, origin="Cusco", certifications=f"{fair};{organic}"),
            offer(ingredient=ingredient, origin="Cusco", certifications=""),
        ]
    )
    x, ood = build_features(frame, prep)
    names = prep["features"]
    assert x[0, names.index(f"cert={organic}")] == 1 and x[0, names.index(f"cert={fair}")] == 1
    np.testing.assert_array_equal(x[0], x[1])
    assert x[2, names.index(f"cert={organic}")] == 0
    assert not ood.any()


def test_unknown_categories_and_out_of_range_values_are_flagged(prep):
    cat = load_catalogs()
    ingredient = cat.ingredients.index[0]
    frame = derived(
        [
            offer(ingredient=ingredient, origin="Cusco"),
            offer(ingredient="dragon_fruit_from_mars", origin="Cusco"),
            offer(ingredient=ingredient, origin="Cusco", certifications="made_up_label"),
        ]
    )
    far = frame.iloc[[0]].copy()
    far["distance_km"] = 10 * np.exp(prep["numeric"]["log_distance_km"]["max"])
    _, ood = build_features(pd.concat([frame, far], ignore_index=True), prep)
    assert ood.tolist() == [False, True, True, True]


def test_season_applies_to_domestic_produce_in_its_months(prep):
    seasonal = [i for i, f in prep["ingredients"].items() if 0 < len(f["season_months"]) < 12]
    if not seasonal:
        pytest.skip("no seasonal ingredient in the catalogs")
    ingredient = seasonal[0]
    months = prep["ingredients"][ingredient]["season_months"]
    off = next(m for m in range(1, 13) if m not in months)
    frame = derived([offer(ingredient=ingredient, origin="Cusco")] * 2)
    frame["month"] = [months[0], off]
    x, _ = build_features(frame, prep)
    names = prep["features"]
    assert x[0, names.index("in_season")] == 1 and x[1, names.index("out_of_season")] == 1


def test_months_parse_lists_ranges_and_wrapping_ranges():
    assert parse_months("1;2;3") == [1, 2, 3]
    assert parse_months("11-2") == [1, 2, 11, 12]
    assert parse_months("") == []
