"""The train stage on Spark: the search trials run as Spark tasks (each imports TensorFlow
itself), the best by validation MAE wins, the final ensemble comes back from a task as a
real Keras model, and the candidate bundle is registered without being promoted."""

from __future__ import annotations

import numpy as np
import pytest
from model_fixtures import tiny_bundle_dir, tiny_training_table

from core.model.dataset import arrays
from core.model.ensemble import FitConfig, combine_members, predict_raw
from core.model.network import NetworkLayout

SPACE = {"units": [[16], [4]], "learning_rate": [0.003], "batch_size": [128]}


@pytest.fixture(scope="module")
def data():
    _, table, prep = tiny_training_table()
    return table, prep, arrays(table, "train"), arrays(table, "val")


def test_trials_run_as_spark_tasks_and_the_best_by_validation_wins(spark, data):
    from core.spark.train_job import search_on_spark

    _, prep, (x_train, y_train, w_train), (x_val, y_val, _) = data
    seen = []
    from core.progress import Progress

    best, results = search_on_spark(
        spark,
        SPACE,
        2,
        x_train,
        y_train,
        x_val,
        y_val,
        FitConfig(NetworkLayout.from_prep(prep), members=1, epochs=1, patience=1, seed=3),
        w_train,
        0.9,
        Progress(lambda fraction, message: seen.append((fraction, message))),
    )
    assert [r["params"]["units"] for r in results] == [[16], [4]]  # both trials, in trial order
    assert best == min(results, key=lambda r: r["val_mae"])["params"]
    assert all(np.isfinite(r["val_mae"]) and r["epochs"] == 1 for r in results)
    assert seen[-1][0] == 1.0 and "2/2 tasks done" in seen[-1][1]


def test_the_candidate_from_spark_is_registered_not_promoted(spark, data, tmp_path):
    from core.model.bundle import load_bundle, write_bundle
    from core.model.registry import ModelRegistry
    from core.spark.train_job import fit_on_spark

    table, prep, (x_train, y_train, w_train), (x_val, y_val, _) = data
    model, history = fit_on_spark(
        spark,
        x_train,
        y_train,
        x_val,
        y_val,
        {"units": [8], "batch_size": 128},
        FitConfig(NetworkLayout.from_prep(prep), members=2, epochs=2, patience=1, seed=5),
        w_train,
    )
    assert len(history["loss"]) == 2
    x_test, y_test, _ = arrays(table, "test")
    mean, low, high = combine_members(predict_raw(model, x_test))
    assert mean.shape == y_test.shape and np.all((low <= mean) & (mean <= high))

    registry = ModelRegistry([tmp_path / "models"])
    registry.promote(registry.register(tiny_bundle_dir()))
    write_bundle(
        tmp_path / "candidate",
        model,
        prep,
        {"version": "candidate", "interval": 0.9, "dataset_hash": "abc123", "metrics": {"keras": {}}},
    )
    version = registry.register(tmp_path / "candidate")
    assert version == "v2" and registry.active_version() == "v1"
    loaded = load_bundle(registry.path_of(version))
    assert loaded.metadata["dataset_hash"] == "abc123"
    np.testing.assert_allclose(combine_members(loaded.raw(x_test))[0], mean, atol=1e-5)
