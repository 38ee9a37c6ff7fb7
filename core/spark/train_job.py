"""The train stage on Spark: hyperparameter trials as Spark tasks, then the final ensemble.

The trials are an RDD of trial dicts, one partition each
(``parallelize(trials, len(trials)).map(...)``); every task imports TensorFlow itself and
calls ``core.model.hpsearch.run_trial`` on the arrays shared by broadcast. The best trial by
validation MAE wins (same rule as ``hpsearch.search``). The final ensemble is trained by one
more task, which sends back its weights; the driver rebuilds the model from them, so on a
cluster the driver machine never trains.

The driver polls Spark's status tracker for progress; a Cancelled from the progress check
cancels the Spark job group before it propagates.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import numpy as np

from core.i18n import tr
from core.model.ensemble import FitConfig, fit_ensemble, native_stderr_silenced, quiet_tensorflow
from core.model.hpsearch import run_trial, trials_from_space
from core.model.network import HyperParams, build_ensemble
from core.progress import Progress


def _trial_task(arrays, config: FitConfig, coverage: float) -> Callable[[tuple[int, dict]], dict]:
    def run(item: tuple[int, dict[str, Any]]) -> dict[str, Any]:
        index, trial = item
        x_train, y_train, x_val, y_val, weight = arrays.value
        result = run_trial(trial, x_train, y_train, x_val, y_val, config, weight, coverage)
        return {**result, "trial": index}

    return run


def _fit_task(arrays, hp: dict[str, Any], config: FitConfig) -> Callable[[int], tuple[list, dict]]:
    def run(_: int) -> tuple[list[np.ndarray], dict[str, list[float]]]:
        x_train, y_train, x_val, y_val, weight = arrays.value
        model, history = fit_ensemble(x_train, y_train, x_val, y_val, HyperParams.from_dict(hp), config, weight)
        return [np.asarray(w) for w in model.get_weights()], history

    return run


def collect_with_progress(spark, rdd, progress: Progress, label: str, poll: float = 1.0) -> list:
    """``rdd.collect()`` in a helper thread; the caller's thread reports finished tasks and
    checks for cancellation, cancelling the Spark job group when asked to stop."""
    sc = spark.sparkContext
    group = f"sourcing-{uuid.uuid4().hex[:8]}"
    outcome: dict[str, Any] = {}

    def collect() -> None:
        sc.setJobGroup(group, label, interruptOnCancel=True)
        try:
            outcome["rows"] = rdd.collect()
        except BaseException as exc:  # re-raised in the caller's thread
            outcome["error"] = exc

    worker = threading.Thread(target=collect, name=f"spark-{label}", daemon=True)
    worker.start()
    total = max(rdd.getNumPartitions(), 1)
    try:
        while worker.is_alive():
            worker.join(poll)
            done = 0
            for job in sc.statusTracker().getJobIdsForGroup(group):
                info = sc.statusTracker().getJobInfo(job)
                for stage in info.stageIds if info else []:
                    stage_info = sc.statusTracker().getStageInfo(stage)
                    done += stage_info.numCompletedTasks if stage_info else 0
            progress.step(
                min(done, total) / total,
                tr("{label}: {done}/{total} tasks done", label=label, done=min(done, total), total=total),
            )
    except BaseException:
        sc.cancelJobGroup(group)
        worker.join(30)
        raise
    if "error" in outcome:
        raise outcome["error"]
    return outcome["rows"]


def search_on_spark(
    spark,
    space: dict[str, list[Any]],
    n_trials: int,
    x_train,
    y_train,
    x_val,
    y_val,
    config: FitConfig,
    sample_weight=None,
    coverage: float = 0.9,
    progress: Progress | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """``hpsearch.search`` with one Spark task per trial; (best params, all results in trial order)."""
    progress = progress or Progress.silent()
    trials = trials_from_space(space, n_trials, config.seed)
    weight = None if sample_weight is None else np.asarray(sample_weight, np.float32)
    arrays = spark.sparkContext.broadcast((x_train, y_train, x_val, y_val, weight))
    try:
        rdd = spark.sparkContext.parallelize(list(enumerate(trials)), len(trials)).map(
            _trial_task(arrays, config, coverage)
        )
        results = sorted(
            collect_with_progress(spark, rdd, progress, tr("{count} trials", count=len(trials))),
            key=lambda r: r.pop("trial"),
        )
    finally:
        arrays.unpersist()
    best = min(results, key=lambda r: r["val_mae"])
    return best["params"], results


def fit_on_spark(
    spark,
    x_train,
    y_train,
    x_val,
    y_val,
    hp: dict[str, Any],
    config: FitConfig,
    sample_weight=None,
    progress: Progress | None = None,
):
    """The final ensemble trained in one Spark task; (Keras model, history) on the driver."""
    progress = progress or Progress.silent()
    weight = None if sample_weight is None else np.asarray(sample_weight, np.float32)
    arrays = spark.sparkContext.broadcast((x_train, y_train, x_val, y_val, weight))
    try:
        rdd = spark.sparkContext.parallelize([0], 1).map(_fit_task(arrays, hp, config))
        ((weights, history),) = collect_with_progress(spark, rdd, progress, tr("final ensemble"))
    finally:
        arrays.unpersist()
    quiet_tensorflow()
    with native_stderr_silenced():
        model = build_ensemble(config.layout, HyperParams.from_dict(hp), config.members)
    model.set_weights(weights)
    return model, history


__all__ = ["collect_with_progress", "fit_on_spark", "search_on_spark"]
