"""The prepare stage on Spark (mapInPandas over core.model.dataset.prepare_chunk) gives the
very table the pandas path gives on the same offers and feedback labels."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from core.catalogs import load_catalogs
from core.lifecycle.training_data import GeneratorParams, generate_offers, load_feedback
from core.model.dataset import prepare_dataset, read_features


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    folder = tmp_path_factory.mktemp("prepare")
    catalogs = load_catalogs()
    offers = generate_offers(catalogs, GeneratorParams(n_offers=400, n_suppliers=40, seed=11))
    offers.to_parquet(folder / "offers.parquet", index=False, row_group_size=150)  # three row groups
    labels = offers.head(6).copy()
    labels["supplier"] = "Cooperativa Real"
    labels["sustainability_score"] = 0.83
    (folder / "feedback").mkdir()
    labels.drop(columns=["month"]).to_csv(folder / "feedback" / "officer.csv", index=False)
    return folder, catalogs, offers, load_feedback(folder / "feedback", catalogs)


def test_spark_prepare_equals_the_pandas_path(spark, sources, tmp_path):
    from core.spark.prepare_job import run_prepare

    folder, catalogs, offers, feedback = sources
    expected, expected_prep = prepare_dataset(offers, feedback, catalogs, 0.25, 0.15)
    prep, counts = run_prepare(spark, folder / "offers.parquet", feedback, catalogs, tmp_path, 0.25, 0.15)
    written = tmp_path / "features.parquet"
    assert written.is_dir() and len(list(written.glob("part-*.parquet"))) >= 1
    table = read_features(written)

    pd.testing.assert_frame_equal(table, expected, check_exact=True)
    assert counts == expected["split"].value_counts().to_dict()
    assert {k: v for k, v in prep.items() if k != "baseline"} == {
        k: v for k, v in expected_prep.items() if k != "baseline"
    }
    np.testing.assert_allclose(prep["baseline"], expected_prep["baseline"], atol=2e-6)
    # the officer's labels are in, marked as audited, and every offer has its features
    assert table.loc[table["supplier"] == "Cooperativa Real", "audited"].sum() == 6
    assert not table.loc[table["supplier"] != "Cooperativa Real", "audited"].any()
    assert table.filter(regex=r"^f\d+$").shape[1] == len(prep["features"])


def test_the_output_schema_names_every_feature(spark, sources):
    from core.spark.prepare_job import output_schema

    _, catalogs, offers, _ = sources
    _, prep = prepare_dataset(offers.head(50), pd.DataFrame(), catalogs)
    schema = output_schema(prep)
    assert schema.count(" float") == len(prep["features"]) + 2  # features, label, weight
    assert schema.endswith("split string, supplier string, ingredient string")
