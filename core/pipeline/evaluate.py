"""Stage evaluate: held-out suppliers -> reports/metrics.json, reports/calibration.csv, and the
candidate bundle build/candidate (model.keras, preprocessing.json, metadata.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from core.model.bundle import write_bundle
from core.model.dataset import arrays, read_features
from core.model.ensemble import combine_members, native_stderr_silenced, predict_raw, quiet_tensorflow
from core.model.evaluation import all_metrics, fit_baselines
from core.pipeline import load_params, printing_progress, stage_arguments

PREPARED = Path("data/prepared")
MODEL = Path("build/model")
CANDIDATE = Path("build/candidate")
METRICS = Path("reports/metrics.json")
CALIBRATION = Path("reports/calibration.csv")
NOMINAL = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def dataset_hash(lock: Path = Path("dvc.lock"), data: str = "data/training") -> str:
    """The md5 DVC recorded for data/training (empty before the first dvc repro)."""
    if not lock.is_file():
        return ""
    stages = (yaml.safe_load(lock.read_text(encoding="utf-8")) or {}).get("stages", {})
    for stage in stages.values():
        for out in stage.get("outs", []) or []:
            if out.get("path") == data:
                return str(out.get("md5", ""))
    return ""


def evaluate(
    model, table: pd.DataFrame, coverage: float, threshold: float, seed: int
) -> tuple[dict[str, Any], pd.DataFrame]:
    x_train, y_train, w_train = arrays(table, "train")
    x_test, y_test, _ = arrays(table, "test")
    groups = table.loc[table["split"] == "test", "ingredient"].to_numpy()
    raw = predict_raw(model, x_test)
    mean, low, high = combine_members(raw, coverage)
    metrics: dict[str, Any] = {"keras": all_metrics(y_test, mean, groups, threshold, low, high, seed)}
    for name, baseline in fit_baselines(x_train, y_train, seed, w_train).items():
        metrics[name] = all_metrics(y_test, np.clip(baseline.predict(x_test), 0, 1), groups, threshold, seed=seed)
    metrics["rows"] = {
        "train": int(len(y_train)),
        "test": int(len(y_test)),
        "test_suppliers": int(table.loc[table["split"] == "test", "supplier"].nunique()),
    }
    metrics["interval"] = coverage
    metrics["threshold"] = threshold
    calibration = []
    for nominal in NOMINAL:
        _, lo, hi = combine_members(raw, nominal)
        calibration.append({"nominal": nominal, "observed": round(float(np.mean((y_test >= lo) & (y_test <= hi))), 4)})
    return metrics, pd.DataFrame(calibration)


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    params = load_params(args.params)
    section = params.get("evaluate", {})
    progress = printing_progress("evaluate")
    quiet_tensorflow()
    info = json.loads((MODEL / "train_info.json").read_text(encoding="utf-8"))
    prep = json.loads((MODEL / "preprocessing.json").read_text(encoding="utf-8"))
    with native_stderr_silenced():
        import keras  # TensorFlow starts only when a model is built or loaded

        model = keras.saving.load_model(MODEL / "model.keras", compile=False, safe_mode=True)
    table = read_features(PREPARED / "features.parquet")
    progress.step(0.1, "scoring the test suppliers; fitting Ridge and HistGradientBoosting baselines")
    metrics, calibration = evaluate(
        model,
        table,
        float(info.get("interval", 0.9)),
        float(section.get("threshold", 0.6)),
        int(section.get("seed", 7)),
    )
    METRICS.parent.mkdir(parents=True, exist_ok=True)
    METRICS.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    calibration.to_csv(CALIBRATION, index=False)
    progress.step(0.8, "writing the candidate bundle")
    if CANDIDATE.exists():
        shutil.rmtree(CANDIDATE)
    metadata = {
        "version": "candidate",
        "dataset_hash": dataset_hash(),
        "metrics": metrics,
        "params": {k: params.get(k, {}) for k in ("generate", "prepare", "train", "evaluate")},
        "hyperparameters": info["hyperparameters"],
        "members": info["members"],
        "interval": info["interval"],
        "feature_groups": prep["feature_groups"],
    }
    write_bundle(CANDIDATE, model, prep, metadata)
    k, r, h = metrics["keras"], metrics["ridge"], metrics["hgb"]
    progress.step(
        1.0,
        f"MAE keras {k['mae']:.4f} ridge {r['mae']:.4f} hgb {h['mae']:.4f}; "
        f"coverage {k['coverage']:.3f}; candidate -> {CANDIDATE}",
    )


if __name__ == "__main__":
    main()
