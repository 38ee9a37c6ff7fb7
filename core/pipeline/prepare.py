"""Stage prepare: data/training + data/feedback -> data/prepared/{features.parquet, preprocessing.json}.

With ``spark.engine: spark`` (params.yaml) the same core functions run on Spark through
mapInPandas (core.spark.prepare_job) and features.parquet is a folder of part files; with
``pandas`` it is one file written by core.model.dataset.prepare_dataset. Readers accept both."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from core.catalogs import load_catalogs
from core.i18n import tr
from core.lifecycle.spark_config import spark_params
from core.lifecycle.training_data import load_feedback
from core.model.dataset import prepare_dataset
from core.pipeline import load_params, printing_progress, stage_arguments
from core.spark.prepare_job import run_prepare
from core.spark.session import build_session, stop_session

TRAINING = Path("data/training/offers.parquet")
FEEDBACK = Path("data/feedback")
OUT = Path("data/prepared")


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    params = load_params(args.params)
    section = params.get("prepare", {})
    progress = printing_progress("prepare")
    catalogs = load_catalogs()
    shares = (float(section.get("test_share", 0.2)), float(section.get("val_share", 0.1)))
    feedback = load_feedback(FEEDBACK, catalogs)
    engine = spark_params(params)
    OUT.mkdir(parents=True, exist_ok=True)
    if engine.use_spark:
        progress.step(
            0.05,
            tr("starting Spark ({master}); {count} feedback labels", master=engine.config.master, count=len(feedback)),
        )
        spark = build_session(engine.config)
        try:
            prep, counts = run_prepare(spark, TRAINING, feedback, catalogs, OUT, *shares, progress.sub(0.1, 1.0))
        finally:
            stop_session()
    else:
        progress.step(0.05, tr("reading {path}", path=TRAINING))
        offers = pd.read_parquet(TRAINING)
        progress.step(
            0.2, tr("{offers} synthetic offers, {labels} feedback labels", offers=len(offers), labels=len(feedback))
        )
        table, prep = prepare_dataset(offers, feedback, catalogs, *shares)
        table.to_parquet(OUT / "features.parquet", index=False)
        counts = table["split"].value_counts().to_dict()
    (OUT / "preprocessing.json").write_text(json.dumps(prep, indent=1, sort_keys=True), encoding="utf-8")
    progress.step(1.0, tr("{count} features; rows per split {counts}", count=len(prep["features"]), counts=counts))


if __name__ == "__main__":
    main()
