"""A small hyperparameter search. The space lives in params.yaml (train.search.space); each
trial is one call of ``run_trial`` on plain arrays, so a Spark task can run one trial."""

from __future__ import annotations

import itertools
from typing import Any

import numpy as np

from core.i18n import tr
from core.model.ensemble import FitConfig, combine_members, fit_ensemble, labels_of, predict_raw
from core.model.network import HyperParams
from core.progress import Progress


def trials_from_space(space: dict[str, list[Any]], n_trials: int, seed: int) -> list[dict[str, Any]]:
    """A seeded random sample of ``n_trials`` points of the grid ``space`` (all if smaller)."""
    keys = sorted(space)
    grid = [dict(zip(keys, values, strict=False)) for values in itertools.product(*(space[k] for k in keys))]
    if n_trials >= len(grid):
        return grid
    picks = np.random.default_rng(seed).choice(len(grid), size=n_trials, replace=False)
    return [grid[int(i)] for i in sorted(picks)]


def run_trial(
    trial: dict[str, Any],
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    config: FitConfig,
    sample_weight: np.ndarray | None = None,
    coverage: float = 0.9,
) -> dict[str, Any]:
    """Train one small ensemble with ``trial``'s hyperparameters; validation metrics out."""
    hp = HyperParams.from_dict(trial)
    model, history = fit_ensemble(x_train, y_train, x_val, y_val, hp, config, sample_weight)
    mean, low, high = combine_members(predict_raw(model, x_val), coverage)
    y_val = labels_of(y_val)
    return {
        "params": hp.to_dict(),
        "val_mae": float(np.mean(np.abs(mean - y_val))),
        "val_nll": float(min(history.get("val_gaussian_nll", [np.nan]))),
        "val_coverage": float(np.mean((y_val >= low) & (y_val <= high))),
        "epochs": len(history.get("loss", [])),
    }


def search(
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
    """Run the trials one after the other; the best by validation MAE wins."""
    progress = progress or Progress.silent()
    trials = trials_from_space(space, n_trials, config.seed)
    results = []
    for k, trial in enumerate(trials):
        progress.step(
            k / len(trials), tr("trial {number}/{count}: {values}", number=k + 1, count=len(trials), values=trial)
        )
        results.append(run_trial(trial, x_train, y_train, x_val, y_val, config, sample_weight, coverage))
    progress.step(1.0, tr("search done"))
    best = min(results, key=lambda r: r["val_mae"])
    return best["params"], results
