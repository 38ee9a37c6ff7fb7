"""Metrics of a scoring model on held-out offers, and the baselines it must beat.

- regression: MAE, RMSE, R² of the predicted score against the audited label;
- "recommended" (score >= threshold): precision, recall, F1;
- ranking: NDCG@3 of per-ingredient comparisons. A buyer compares a handful of offers for
  one ingredient, so the test offers of each ingredient are shuffled (seeded) and cut into
  lists of ``list_size``; the gain of an offer is its audited score (linear gain);
- uncertainty: share of labels inside [score_low, score_high] and the mean width.
Baselines: Ridge and HistGradientBoosting on the same feature matrix.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import Ridge


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


def interval_metrics(y: np.ndarray, low: np.ndarray, high: np.ndarray) -> dict[str, float]:
    y = np.asarray(y, float)
    inside = (y >= low) & (y <= high)
    return {"coverage": float(inside.mean()), "mean_width": float(np.mean(high - low))}


def all_metrics(y, pred, groups, threshold: float, low=None, high=None, seed: int = 0) -> dict[str, float]:
    metrics = {
        **regression_metrics(y, pred),
        **recommended_metrics(y, pred, threshold),
        "ndcg_at_3": ndcg_at_k(y, pred, groups, 3, seed=seed),
    }
    if low is not None and high is not None:
        metrics.update(interval_metrics(y, low, high))
    return {k: round(v, 5) for k, v in metrics.items()}


def fit_baselines(
    x_train: np.ndarray, y_train: np.ndarray, seed: int = 0, sample_weight: np.ndarray | None = None
) -> dict[str, Any]:
    """Ridge (alpha 1) and HistGradientBoosting (default settings, seeded) on the same features."""
    ridge = Ridge(alpha=1.0).fit(x_train, y_train, sample_weight=sample_weight)
    hgb = HistGradientBoostingRegressor(random_state=seed).fit(x_train, y_train, sample_weight=sample_weight)
    return {"ridge": ridge, "hgb": hgb}
