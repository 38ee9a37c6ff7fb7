"""Monotone by construction (core.model.network): adding a certificate never lowers a score and
flying never beats trucking, for ANY weights the network could learn (random weights here,
projected as keras.constraints.NonNeg projects them in training) and for the shipped model."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from model_fixtures import certificate_grid, offer, tiny_training_table

from core.catalogs import load_catalogs
from core.cleansing.derive import derive_columns
from core.features import build_features
from core.model.ensemble import combine_members
from core.model.registry import ModelRegistry
from core.model.scoring import score_offers
from core.paths import bundled_models_dir
from core.rubric import rubric_score

MONTH = 5
TOLERANCE = 0.002  # float32 forward passes; the bound


def air_pairs(cat) -> list[dict]:
    rows = []
    for ingredient in cat.ingredients.index[::5]:
        for origin in ("Ica", "Cusco", "Piura", "Chile", "Brasil", "España"):
            for mode in ("truck", "refrigerated_truck", "sea"):
                rows += [
                    offer(ingredient=ingredient, origin=origin, transport_mode=mode, certifications="organic"),
                    offer(ingredient=ingredient, origin=origin, transport_mode="air", certifications="organic"),
                ]
    return rows


@pytest.fixture(scope="module")
def grids():
    cat = load_catalogs()
    before, after = certificate_grid(cat)
    certs = derive_columns(pd.DataFrame(before + after), cat)
    air = derive_columns(pd.DataFrame(air_pairs(cat)), cat)
    return len(before), certs, air


def random_network(seed: int):
    """The network of the tiny bundle's layout with every trainable weight drawn at random and
    the NonNeg kernels projected (what the constraint does after each training step)."""
    from core.model.network import HyperParams, NetworkLayout, build_ensemble

    prep = tiny_training_table()[2]
    model = build_ensemble(NetworkLayout.from_prep(prep), HyperParams(units=(16, 8), monotone_units=6), 3)
    rng = np.random.default_rng(seed)
    for layer in model.layers:
        if not layer.trainable or not layer.weights:
            continue
        values = [rng.normal(0.0, 1.5, w.shape).astype(np.float32) for w in layer.get_weights()]
        if getattr(layer, "kernel_constraint", None) is not None:
            values[0] = np.abs(values[0])
        layer.set_weights(values)
    return model, prep


@pytest.mark.heavy
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_no_weights_can_make_a_certificate_lower_a_score(grids, seed):
    n, certs, air = grids
    model, prep = random_network(seed)
    mean = lambda frame: combine_members(np.asarray(model.predict_on_batch(build_features(frame, prep, MONTH)[0])))[0]
    got = mean(certs)
    delta = got[n:] - got[:n]
    assert n >= 5000
    assert delta.min() > -1e-5, delta.min()
    assert np.ptp(got) > 0.1  # the random weights do move the scores: the check is not vacuous
    pairs = mean(air).reshape(-1, 2)
    assert (pairs[:, 0] >= pairs[:, 1] - 1e-5).all()


@pytest.mark.heavy
def test_an_untrained_network_is_the_rubric(grids):
    from core.model.network import HyperParams, NetworkLayout, build_ensemble

    _, certs, _ = grids
    prep = tiny_training_table()[2]
    model = build_ensemble(NetworkLayout.from_prep(prep), HyperParams(units=(8,), monotone_units=4), 2)
    raw = np.asarray(model.predict_on_batch(build_features(certs, prep, MONTH)[0]))
    np.testing.assert_allclose(raw[:, 0], rubric_score(certs, prep, MONTH), atol=1e-5)
    np.testing.assert_allclose(raw[:, 2], raw[:, 0], atol=1e-6)


@pytest.fixture(scope="module")
def shipped():
    registry = ModelRegistry([bundled_models_dir()])
    if not registry.active_version():
        pytest.fail("no default model in models/: run `dvc repro` and register it (docs/model_card.md)")
    return registry.load_active()


def test_the_shipped_model_never_lowers_a_score_when_a_certificate_is_added(grids, shipped):
    n, certs, _ = grids
    got = score_offers(certs, shipped, explain=False, month=MONTH)["sustainability_score_pred"].to_numpy()
    delta = got[n:] - got[:n]
    assert n >= 5000
    assert (delta < -TOLERANCE).sum() == 0, f"{(delta < -TOLERANCE).sum()} decreases, largest {-delta.min():.4f}"


def test_the_shipped_model_never_prefers_flying(grids, shipped):
    _, _, air = grids
    got = score_offers(air, shipped, explain=False, month=MONTH)["sustainability_score_pred"].to_numpy()
    pairs = got.reshape(-1, 2)
    assert (pairs[:, 0] >= pairs[:, 1] - TOLERANCE).all()
