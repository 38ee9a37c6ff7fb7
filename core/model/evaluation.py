"""Metrics of a scoring model on held-out offers, and the baselines it must beat.

- regression: MAE, RMSE, R² of the predicted score against the audited label;
- "recommended" (score >= threshold): precision, recall, F1;
- ranking: NDCG@3 of per-ingredient comparisons. A buyer compares a handful of offers for
  one ingredient, so the test offers of each ingredient are shuffled (seeded) and cut into
  lists of ``list_size``; the gain of an offer is its audited score (linear gain);
- uncertainty: share of labels inside [score_low, score_high] and the mean width, overall and
  per supplier (the 10th percentile of the suppliers' coverage: an interval that is right on
  average can still be wrong for one supplier's whole list).
Baselines, each judged on the same test suppliers: the rubric itself (no learning at all),
Ridge, and HistGradientBoosting searched with the same budget as the Keras ensemble (as many
random points of its own grid, each early-stopped, best by validation MAE).
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge

from core.model.hpsearch import trials_from_space

MIN_SUPPLIER_OFFERS = 10  # suppliers with fewer test offers say little about their own coverage


def regression_metrics(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    y, pred = np.asarray(y, float), np.asarray(pred, float)
    err = pred - y
    ss_tot = float(np.sum(np.square(y - y.mean()))) or 1.0
    return {
        "mae": float(np.mean(np.abs(err))),
        "rmse": float(np.sqrt(np.mean(np.square(err)))),
        "r2": float(1.0 - np.sum(np.square(err)) / ss_tot),
    }


def recommended_metrics(y: np.ndarray, pred: np.ndarray, threshold: float) -> dict[str, float]:
    truth, guess = np.asarray(y) >= threshold, np.asarray(pred) >= threshold
    tp = float(np.sum(truth & guess))
    precision = tp / max(float(guess.sum()), 1.0)
    recall = tp / max(float(truth.sum()), 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _dcg(gains: np.ndarray, k: int) -> float:
    gains = gains[:k]
    return float(np.sum(gains / np.log2(np.arange(2, len(gains) + 2))))


def ndcg_at_k(
    y: np.ndarray, pred: np.ndarray, groups: np.ndarray, k: int = 3, list_size: int = 10, seed: int = 0
) -> float:
    """Mean NDCG@k over per-group comparison lists of ``list_size`` offers (see module doc)."""
    y, pred, groups = np.asarray(y, float), np.asarray(pred, float), np.asarray(groups)
    rng = np.random.default_rng(seed)
    scores = []
    for group in np.unique(groups):
        index = rng.permutation(np.flatnonzero(groups == group))
        for start in range(0, len(index), list_size):
            chunk = index[start : start + list_size]
            if len(chunk) < k:
                continue
            ideal = _dcg(np.sort(y[chunk])[::-1], k)
            if ideal <= 0:
                continue
            order = chunk[np.argsort(-pred[chunk], kind="stable")]
            scores.append(_dcg(y[order], k) / ideal)
    return float(np.mean(scores)) if scores else float("nan")


def interval_metrics(
    y: np.ndarray, low: np.ndarray, high: np.ndarray, suppliers: np.ndarray | None = None
) -> dict[str, float]:
    y = np.asarray(y, float)
    inside = (y >= low) & (y <= high)
    metrics = {"coverage": float(inside.mean()), "mean_width": float(np.mean(high - low))}
    if suppliers is not None:
        metrics["coverage_supplier_p10"] = supplier_coverage_p10(inside, suppliers)
    return metrics


def supplier_coverage_p10(inside: np.ndarray, suppliers: np.ndarray) -> float:
    """10th percentile, over suppliers with at least MIN_SUPPLIER_OFFERS test offers, of the
    share of each supplier's labels inside the interval."""
    codes, _ = _codes(np.asarray(suppliers))
    counts = np.bincount(codes)
    hits = np.bincount(codes, weights=np.asarray(inside, float))
    enough = counts >= MIN_SUPPLIER_OFFERS
    return float(np.percentile(hits[enough] / counts[enough], 10)) if enough.any() else float("nan")


def _codes(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniques, codes = np.unique(values.astype(str), return_inverse=True)
    return codes, uniques


def all_metrics(
    y, pred, groups, threshold: float, low=None, high=None, seed: int = 0, suppliers=None
) -> dict[str, float]:
    metrics = {
        **regression_metrics(y, pred),
        **recommended_metrics(y, pred, threshold),
        "ndcg_at_3": ndcg_at_k(y, pred, groups, 3, seed=seed),
    }
    if low is not None and high is not None:
        metrics.update(interval_metrics(y, low, high, suppliers))
    return {k: round(v, 5) for k, v in metrics.items()}


GBM_DEFAULT_SPACE: dict[str, list[Any]] = {
    "learning_rate": [0.05, 0.1],
    "max_leaf_nodes": [15, 31, 63],
    "l2_regularization": [0.0, 1.0],
}


def search_gbm(
    x_train: np.ndarray,
    y_train: np.ndarray,
    x_val: np.ndarray,
    y_val: np.ndarray,
    n_trials: int,
    space: dict[str, list[Any]] | None = None,
    seed: int = 0,
    sample_weight: np.ndarray | None = None,
) -> tuple[HistGradientBoostingRegressor, list[dict[str, Any]]]:
    """HistGradientBoosting with the Keras search's budget: ``n_trials`` seeded random points
    of ``space``, each early-stopped (10 rounds without gain on an inner 10 %), the best by
    MAE on the validation suppliers. Returns (best model, every trial's result)."""
    results, best, best_mae = [], None, np.inf
    for trial in trials_from_space(space or GBM_DEFAULT_SPACE, n_trials, seed):
        model = HistGradientBoostingRegressor(
            max_iter=500, early_stopping=True, n_iter_no_change=10, random_state=seed, **trial
        ).fit(x_train, y_train, sample_weight=sample_weight)
        mae = float(np.mean(np.abs(np.clip(model.predict(x_val), 0, 1) - y_val)))
        results.append({"params": trial, "val_mae": round(mae, 5), "iterations": int(model.n_iter_)})
        if mae < best_mae:
            best, best_mae = model, mae
    assert best is not None, "the GBM search needs at least one trial"
    return best, results


def fit_ridge(x_train: np.ndarray, y_train: np.ndarray, sample_weight: np.ndarray | None = None) -> Ridge:
    """Ridge (alpha 1) on the same features: the linear baseline."""
    return Ridge(alpha=1.0).fit(x_train, y_train, sample_weight=sample_weight)
