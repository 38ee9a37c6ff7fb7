"""Stage evaluate: held-out suppliers -> reports/metrics.json, reports/calibration.csv, and the
candidate bundle build/candidate (model.keras, preprocessing.json, metadata.json).

Every predictor is judged on the same test suppliers: the Keras ensemble, the rubric itself
(the simplest possible method: no learning), Ridge, and gradient boosting searched with the
Keras search's budget (``train.search.trials`` points of ``evaluate.gbm_space``). When the
test suppliers hold audited labels, the same metrics on those labels alone are under
"audited"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from core.i18n import tr
from core.model.bundle import write_bundle
from core.model.dataset import arrays, read_features, weighted_arrays
from core.model.ensemble import combine_members, labels_of, native_stderr_silenced, predict_raw, quiet_tensorflow
from core.model.evaluation import all_metrics, fit_ridge, search_gbm
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
    model,
    table: pd.DataFrame,
    coverage: float,
    threshold: float,
    seed: int,
    gbm_trials: int = 4,
    gbm_space: dict | None = None,
    mixing: tuple[float, float] = (200.0, 0.25),
) -> tuple[dict[str, Any], pd.DataFrame]:
    x_train, targets = weighted_arrays(table, "train", *mixing)
    y_train, w_train = labels_of(targets), targets[:, 2]  # the baselines learn the labels, weighted as Keras
    x_val, y_val, _ = arrays(table, "val")
    test = table[table["split"] == "test"]
    x_test, y_test, audited = arrays(table, "test")
    groups, suppliers = test["ingredient"].to_numpy(), test["supplier"].to_numpy()
    raw = predict_raw(model, x_test)
    mean, low, high = combine_members(raw, coverage)
    gbm, gbm_trials_run = search_gbm(x_train, y_train, x_val, y_val, gbm_trials, gbm_space, seed, w_train)
    predictions = {
        "keras": mean,
        "rubric": test["rubric"].to_numpy(float),
        "hgb": np.clip(gbm.predict(x_test), 0, 1),
        "ridge": np.clip(fit_ridge(x_train, y_train, w_train).predict(x_test), 0, 1),
    }
    metrics: dict[str, Any] = {}
    for name, pred in predictions.items():
        own = name == "keras"  # only the ensemble gives an interval
        metrics[name] = all_metrics(
            y_test,
            pred,
            groups,
            threshold,
            low=low if own else None,
            high=high if own else None,
            seed=seed,
            suppliers=suppliers,
        )
    if audited.any():
        metrics["audited"] = {
            name: all_metrics(y_test[audited], pred[audited], groups[audited], threshold, seed=seed)
            for name, pred in predictions.items()
        }
    metrics["hgb_search"] = gbm_trials_run
    metrics["rows"] = {
        "train": int((table["split"] == "train").sum()),
        "test": int(len(y_test)),
        "test_suppliers": int(test["supplier"].nunique()),
        "audited": int(table["audited"].sum()),
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
    train_section = params.get("train", {})
    progress.step(0.1, tr("scoring the test suppliers; the rubric, Ridge and a gradient-boosting search as baselines"))
    metrics, calibration = evaluate(
        model,
        table,
        float(info.get("interval", 0.9)),
        float(section.get("threshold", 0.6)),
        int(section.get("seed", 7)),
        int((train_section.get("search") or {}).get("trials", 4)),
        section.get("gbm_space"),
        (float(train_section.get("prior_weight", 200.0)), float(train_section.get("audit_share", 0.25))),
    )
    METRICS.parent.mkdir(parents=True, exist_ok=True)
    METRICS.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    calibration.to_csv(CALIBRATION, index=False)
    progress.step(0.8, tr("writing the candidate bundle"))
    if CANDIDATE.exists():
        shutil.rmtree(CANDIDATE)
    metadata = {
        "version": "candidate",
        "dataset_hash": dataset_hash(),
        # the bundle's schema (core.model.bundle_schema) holds one level of finite numbers per model
        "metrics": {name: metrics[name] for name in ("keras", "rubric", "ridge", "hgb")},
        "params": {k: params.get(k, {}) for k in ("generate", "prepare", "train", "evaluate")},
        "hyperparameters": info["hyperparameters"],
        "members": info["members"],
        "interval": info["interval"],
        "feature_groups": prep["feature_groups"],
    }
    write_bundle(CANDIDATE, model, prep, metadata)
    k, b, r, h = metrics["keras"], metrics["rubric"], metrics["ridge"], metrics["hgb"]
    progress.step(
        1.0,
        f"MAE keras {k['mae']:.4f} rubric {b['mae']:.4f} ridge {r['mae']:.4f} hgb {h['mae']:.4f}; "
        + tr(
            "coverage {coverage} (suppliers' 10th percentile {p10}); candidate -> {path}",
            coverage=f"{k['coverage']:.3f}",
            p10=f"{k['coverage_supplier_p10']:.3f}",
            path=CANDIDATE,
        ),
    )


if __name__ == "__main__":
    main()
