"""Stage train: data/prepared -> build/model (model.keras, preprocessing.json, train_info.json).

With ``spark.engine: spark`` (params.yaml) every search trial is a Spark task and the final
ensemble is trained by one more (core.spark.train_job); with ``pandas`` all run here."""

from __future__ import annotations

import json
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from core.i18n import tr
from core.lifecycle.spark_config import spark_params
from core.model.dataset import read_features, weighted_arrays
from core.model.ensemble import FitConfig, fit_ensemble
from core.model.hpsearch import search
from core.model.network import HyperParams, NetworkLayout
from core.pipeline import load_params, printing_progress, stage_arguments
from core.spark.session import build_session, stop_session
from core.spark.train_job import fit_on_spark, search_on_spark

PREPARED = Path("data/prepared")
OUT = Path("build/model")
HISTORY = Path("reports/train_history.csv")


def train(table: pd.DataFrame, prep: dict, section: dict, progress, spark=None) -> tuple[Any, dict]:
    """Search the space on a small ensemble, then train the full ensemble with the best point
    (each trial and the final fit as Spark tasks when ``spark`` is a SparkSession). The
    rubric-labelled rows and the officer's audited labels are mixed by
    core.model.dataset.with_audits (``prior_weight``, ``audit_share``)."""
    mixing = float(section.get("prior_weight", 200.0)), float(section.get("audit_share", 0.25))
    x_train, y_train = weighted_arrays(table, "train", *mixing)  # the weights travel in the targets
    x_val, y_val = weighted_arrays(table, "val", *mixing)
    layout = NetworkLayout.from_prep(prep)
    seed = int(section.get("seed", 42))
    coverage = float(section.get("interval", 0.9))
    bootstrap = bool(section.get("bootstrap", True))
    spec = section.get("search", {}) or {}
    best, trials = HyperParams().to_dict(), list[dict]()
    if spec.get("space") and int(spec.get("trials", 0)) > 0:
        config = FitConfig(
            layout,
            int(spec.get("members", 2)),
            int(spec.get("epochs", 10)),
            int(spec.get("patience", 3)),
            seed,
            bootstrap,
        )
        searcher = partial(search_on_spark, spark) if spark is not None else search  # trials as Spark tasks
        best, trials = searcher(
            spec["space"],
            int(spec["trials"]),
            x_train,
            y_train,
            x_val,
            y_val,
            config,
            None,
            coverage,
            progress.sub(0.0, 0.5),
        )
    final = FitConfig(
        layout,
        int(section.get("members", 5)),
        int(section.get("epochs", 40)),
        int(section.get("patience", 5)),
        seed,
        bootstrap,
    )
    if spark is not None:
        model, history = fit_on_spark(spark, x_train, y_train, x_val, y_val, best, final, None, progress.sub(0.5, 1.0))
    else:
        model, history = fit_ensemble(
            x_train, y_train, x_val, y_val, HyperParams.from_dict(best), final, None, progress.sub(0.5, 1.0)
        )
    info = {
        "hyperparameters": best,
        "search": trials,
        "members": final.members,
        "seed": seed,
        "interval": coverage,
        "history": history,
        "rows": {"train": int(len(table[table["split"] == "train"])), "val": int(len(table[table["split"] == "val"]))},
        "audited": int(table["audited"].sum()),
    }
    return model, info


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    params = load_params(args.params)
    section = params.get("train", {})
    progress = printing_progress("train")
    table = read_features(PREPARED / "features.parquet")
    prep = json.loads((PREPARED / "preprocessing.json").read_text(encoding="utf-8"))
    engine = spark_params(params)
    if engine.use_spark:
        progress.step(0.0, tr("starting Spark ({master})", master=engine.config.master))
        spark = build_session(engine.config)
        try:
            model, info = train(table, prep, section, progress, spark)
        finally:
            stop_session()
    else:
        model, info = train(table, prep, section, progress)
    OUT.mkdir(parents=True, exist_ok=True)
    model.save(OUT / "model.keras")
    shutil.copyfile(PREPARED / "preprocessing.json", OUT / "preprocessing.json")
    (OUT / "train_info.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    HISTORY.parent.mkdir(parents=True, exist_ok=True)
    history = pd.DataFrame(info["history"])
    history.insert(0, "epoch", range(1, len(history) + 1))
    history.to_csv(HISTORY, index=False)
    progress.step(1.0, tr("best hyperparameters {values}; model -> {path}", values=info["hyperparameters"], path=OUT))


if __name__ == "__main__":
    main()
