"""Scoring without TensorFlow: the bundle's saved network evaluated with numpy gives Keras's
outputs; a network with a layer the evaluator does not know runs through Keras instead; and
`sourcing rank` gives the same ranking as the Keras path that explained every row."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from conftest import REPO, SAMPLES
from model_fixtures import tiny_bundle_dir, tiny_training_table

from core.features import build_features
from core.model.bundle import Bundle, load_bundle
from core.model.numpy_network import NumpyNetwork
from core.model.scoring import explain_offers, score_offers
from core.ranking.rank import Weights, rank_offers
from core.workflow import explain_recommended, rank_price_lists


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(tiny_bundle_dir())


def keras_only(bundle) -> Bundle:
    """The same bundle forced onto the Keras runtime (as before numpy scoring)."""
    return Bundle(bundle.path, bundle.metadata, bundle.prep, None, bundle.model)


@pytest.mark.parametrize("folder", ["tiny", "shipped"])
def test_numpy_and_keras_give_the_same_outputs(folder, bundle):
    chosen = bundle if folder == "tiny" else load_bundle(REPO / "models" / "v1")
    assert chosen.runtime == "numpy"
    x = build_features(tiny_training_table()[0], chosen.prep)[0]
    np.testing.assert_allclose(chosen.raw(x), chosen.model(x, training=False).numpy(), atol=2e-6)
    assert chosen.raw(x[:0]).shape == (0, chosen.network.n_outputs)


def test_a_network_with_an_unknown_layer_runs_through_keras(tmp_path):
    import keras

    inputs = keras.Input((4,), name="features")
    hidden = keras.layers.LayerNormalization(name="norm")(keras.layers.Dense(3, activation="relu")(inputs))
    model = keras.Model(inputs, keras.layers.Dense(2, activation="sigmoid")(hidden))
    model.save(tmp_path / "model.keras")
    assert NumpyNetwork.from_keras_file(tmp_path / "model.keras") is None

    inputs = keras.Input((4,), name="features")
    branch = keras.layers.Dense(3, activation="softplus")(inputs)
    other = keras.layers.Dense(3, activation="tanh")(inputs)
    merged = keras.layers.Add()([branch, keras.layers.Dropout(0.5)(other)])
    model = keras.Model(inputs, keras.layers.Dense(2, activation="sigmoid")(merged))
    model.save(tmp_path / "supported.keras")
    network = NumpyNetwork.from_keras_file(tmp_path / "supported.keras")
    x = np.random.default_rng(1).normal(size=(50, 4)).astype(np.float32)
    np.testing.assert_allclose(network(x), model(x, training=False).numpy(), atol=2e-6)


def test_explaining_chosen_offers_gives_what_explaining_every_row_gave(bundle):
    offers = tiny_training_table()[0].head(30).reset_index(drop=True)
    every = score_offers(offers, keras_only(bundle), explain=True)
    chosen = explain_offers(offers.iloc[[3, 17]], bundle)
    assert list(chosen.index) == [3, 17]
    for row in (3, 17):
        ours, theirs = json.loads(chosen[row]), json.loads(every.loc[row, "explanation"])
        assert list(ours) == list(theirs)
        np.testing.assert_allclose(list(ours.values()), list(theirs.values()), atol=1e-4)


def test_sourcing_rank_gives_the_ranking_of_the_keras_path_that_explained_every_row(bundle):
    files = [SAMPLES / "bodega_selva_central.csv", SAMPLES / "mercado_mixto_semana48.xlsx"]
    weights = Weights.parse("sustainability=.6,price=.3,distance=.1")
    new = rank_price_lists(files, weights, bundle=bundle, lang="en").ranked
    old_scored = score_offers(rank_price_lists(files, weights, bundle=bundle).imported.offers, keras_only(bundle))
    old = rank_offers(old_scored, weights)
    assert set(old.columns) <= set(new.columns)  # plus the audit columns
    same = [c for c in old.columns if c != "explanation"]
    pd.testing.assert_frame_equal(new[same], old[same], check_exact=False, atol=1e-4)
    assert (new["rank"] == old["rank"]).all()
    explained = new["explanation"] != ""
    assert explained.sum() == (new["rank"] == 1).sum() > 0  # the recommended offers, and only them
    for row in np.flatnonzero(explained):
        ours, theirs = json.loads(new["explanation"].iloc[row]), json.loads(old["explanation"].iloc[row])
        np.testing.assert_allclose(list(ours.values()), list(theirs.values()), atol=1e-4)
    assert explain_recommended(new.copy(), bundle)["explanation"].equals(new["explanation"])


def test_scoring_a_price_list_does_not_start_tensorflow():
    code = (
        "import sys\n"
        "from core.model.registry import ModelRegistry\n"
        "from core.importer import import_files\n"
        "from core.model.scoring import score_offers, explain_offers\n"
        f"offers = import_files([{str(SAMPLES / 'bodega_selva_central.csv')!r}]).offers\n"
        "bundle = ModelRegistry().load_active()\n"
        "scored = score_offers(offers, bundle, explain=False)\n"
        "explain_offers(scored.head(2), bundle)\n"
        "print(bundle.runtime, 'tensorflow' in sys.modules, 'keras' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.stdout.split() == ["numpy", "False", "False"], done.stderr[-2000:]


def test_registering_loads_the_model_in_safe_mode_and_records_the_runtime(monkeypatch):
    from core.model import bundle as bundle_module
    from core.model.registry import ModelRegistry

    registry = ModelRegistry()
    version = registry.register(tiny_bundle_dir())
    meta = json.loads((registry.path_of(version) / "metadata.json").read_text())
    assert meta["runtime"] == "numpy" and meta["numpy_max_difference"] <= 1e-5
    assert load_bundle(registry.path_of(version)).runtime == "numpy"

    monkeypatch.setattr(bundle_module, "parity_difference", lambda *args: 1e-3)  # an evaluator that drifted
    drifted = registry.register(tiny_bundle_dir())
    assert json.loads((registry.path_of(drifted) / "metadata.json").read_text())["runtime"] == "keras"
    assert load_bundle(registry.path_of(drifted)).runtime == "keras"
