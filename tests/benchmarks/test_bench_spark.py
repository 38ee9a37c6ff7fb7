"""Benchmark: the retraining stages on 1,000,000 generated offers with Spark local[2], and the
prepare stage's throughput on Spark against the pandas path on the same data in the same run.
Figures (seconds per stage, rows per second) are printed; run with `make bench`."""

from __future__ import annotations

import time

import pandas as pd
import pytest

N_OFFERS = 1_000_000


def _timed(figures: dict, name: str, function, *args, **kwargs):
    start = time.perf_counter()
    result = function(*args, **kwargs)
    figures[name] = time.perf_counter() - start
    print(f"[bench-spark] {name}: {figures[name]:.1f} s", flush=True)
    return result


@pytest.mark.benchmark
def test_retraining_stages_on_a_million_offers(tmp_path):
    from core.catalogs import load_catalogs
    from core.lifecycle.spark_config import SparkConfig
    from core.lifecycle.training_data import GeneratorParams, generate_offers
    from core.model.dataset import arrays, prepare_dataset, read_features
    from core.model.ensemble import FitConfig
    from core.model.network import NetworkLayout
    from core.pipeline.evaluate import evaluate
    from core.pipeline.generate import ROW_GROUP
    from core.spark.prepare_job import run_prepare
    from core.spark.session import build_session, stop_session
    from core.spark.train_job import fit_on_spark, search_on_spark

    catalogs = load_catalogs()
    figures: dict[str, float] = {}
    offers = _timed(
        figures,
        "generate (pandas, 1M offers)",
        generate_offers,
        catalogs,
        GeneratorParams(n_offers=N_OFFERS, n_suppliers=900, seed=20261127),
    )
    training = tmp_path / "offers.parquet"
    offers.to_parquet(training, index=False, row_group_size=ROW_GROUP)
    empty = pd.DataFrame()

    table_pandas, _ = _timed(figures, "prepare pandas", prepare_dataset, offers, empty, catalogs)
    del offers
    spark = _timed(
        figures,
        "Spark start local[2]",
        build_session,
        SparkConfig(master="local[2]", driver_memory="2g", parallelism=2, shuffle_partitions=2),
    )
    try:
        prep, _ = _timed(figures, "prepare Spark", run_prepare, spark, training, empty, catalogs, tmp_path)
        table = read_features(tmp_path / "features.parquet")
        assert len(table) == len(table_pandas)
        del table_pandas
        x_train, y_train, w_train = arrays(table, "train")
        x_val, y_val, _ = arrays(table, "val")
        space = {"units": [[64, 32], [32, 16]], "learning_rate": [0.003], "batch_size": [1024]}
        best, _ = _timed(
            figures,
            "train Spark: 2 trials (1 member, 1 epoch) in parallel",
            search_on_spark,
            spark,
            space,
            2,
            x_train,
            y_train,
            x_val,
            y_val,
            FitConfig(NetworkLayout.from_prep(prep), 1, 1, 1, 42),
            w_train,
        )
        model, _ = _timed(
            figures,
            "train Spark: final ensemble (2 members, 2 epochs)",
            fit_on_spark,
            spark,
            x_train,
            y_train,
            x_val,
            y_val,
            best,
            FitConfig(NetworkLayout.from_prep(prep), 2, 2, 1, 42),
            w_train,
        )
    finally:
        stop_session()
    _timed(figures, "evaluate (keras + ridge + hgb baselines)", evaluate, model, table, 0.9, 0.6, 7)

    rows = N_OFFERS
    pandas_rate = rows / figures["prepare pandas"]
    spark_rate = rows / figures["prepare Spark"]
    print(
        f"[bench-spark] prepare throughput: pandas {pandas_rate:,.0f} rows/s, Spark local[2] "
        f"{spark_rate:,.0f} rows/s (x{spark_rate / pandas_rate:.2f})",
        flush=True,
    )
    assert spark_rate > 0 and pandas_rate > 0
