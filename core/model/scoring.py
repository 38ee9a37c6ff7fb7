"""Scoring offers with the active model bundle: score, interval, out-of-distribution flag and
an explanation per offer (core.contract.SCORED_COLUMNS).

Explanations are exact Shapley values over the seven feature groups (ingredient footprint,
origin and distance, transport, certifications, practice, packaging, season) with a single
reference point: the mean feature vector of the training offers (``prep["baseline"]``). A
group "absent" from a coalition takes its baseline values; the value of a coalition is the
ensemble's mean score. With 7 groups all 128 coalitions are evaluated in one batched forward
pass per chunk of offers, and the contributions add up exactly to (this offer's score - the
baseline offer's score). A positive number means the group raised the score.

Explanations cost 128 forward passes per offer, so they are computed where someone looks
(``explain_offers``: the offer chosen in the window, the report's recommendations) unless a
caller asks for every row. The network runs with numpy when the bundle allows it
(core.model.bundle); Keras (and its backend,
TensorFlow or JAX) is imported only when it does not.
"""

from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pandas as pd

from core.cleansing.derive import derive_columns
from core.contract import DERIVED_COLUMNS, OFFER_COLUMNS, SCORED_COLUMNS
from core.features import GROUPS, build_features
from core.i18n import tr
from core.model.ensemble import combine_members
from core.model.registry import ModelRegistry
from core.progress import Progress

# rows per forward pass: the layers' outputs stay small enough to be reused memory (one pass over
# 50,000 rows took 0.8 s, passes of 16,384 rows 0.28 s in all, and 240 MB less at the peak)
SCORE_CHUNK = 16384
EXPLAIN_CHUNK = 128  # offers per pass: x 128 coalitions = 16,384 rows, as SCORE_CHUNK


def _with_derived(offers: pd.DataFrame) -> pd.DataFrame:
    if all(c in offers.columns for c in DERIVED_COLUMNS):
        frame = offers.copy()
        for column in OFFER_COLUMNS:
            if column not in frame:
                frame[column] = ""
        return frame

    derived = derive_columns(offers)
    extra = [c for c in offers.columns if c not in derived.columns]
    return pd.concat([derived, offers[extra]], axis=1) if extra else derived


def _bundle_or_active(bundle):
    if bundle is not None:
        return bundle

    return ModelRegistry().load_active()


def predict_matrix(
    bundle, x: np.ndarray, progress: Progress | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature matrix -> (score, low, high), in large chunks through the compiled forward pass."""
    progress = progress or Progress.silent()
    parts = []
    for start in range(0, len(x), SCORE_CHUNK):
        parts.append(bundle.raw(x[start : start + SCORE_CHUNK]))
        progress.step(min(1.0, (start + SCORE_CHUNK) / max(len(x), 1)))
    raw = np.concatenate(parts) if parts else bundle.raw(x[:0])
    return combine_members(raw, bundle.coverage)


def shapley_weights(n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Coalition masks (2^G x G) and the matrix W (2^G x G) with phi = v(coalitions) @ W."""
    masks = np.array(list(itertools.product([0, 1], repeat=n_groups)), dtype=bool)
    weights = np.zeros((len(masks), n_groups))
    for c, mask in enumerate(masks):
        size = int(mask.sum())
        for g in range(n_groups):
            if mask[g]:  # coalition S + g with |S| = size - 1
                weights[c, g] += math.factorial(size - 1) * math.factorial(n_groups - size) / math.factorial(n_groups)
            else:  # coalition S without g
                weights[c, g] -= math.factorial(size) * math.factorial(n_groups - size - 1) / math.factorial(n_groups)
    return masks, weights


def explain_matrix(bundle, x: np.ndarray, progress: Progress | None = None) -> np.ndarray:
    """Group Shapley contributions (n x groups) to the mean score (see module doc)."""
    progress = progress or Progress.silent()
    spans = bundle.prep["feature_groups"]
    groups = [g for g in GROUPS if g in spans]
    baseline = np.asarray(bundle.prep["baseline"], dtype=np.float32)
    masks, weights = shapley_weights(len(groups))
    column_mask = np.zeros((len(masks), x.shape[1]), dtype=bool)  # [coalition, feature]: take offer's value
    for g, group in enumerate(groups):
        start, end = spans[group]
        column_mask[masks[:, g], start:end] = True
    out = np.zeros((len(x), len(groups)))
    for start in range(0, len(x), EXPLAIN_CHUNK):
        chunk = x[start : start + EXPLAIN_CHUNK]
        mixed = np.where(column_mask[None, :, :], chunk[:, None, :], baseline[None, None, :])
        raw = bundle.raw(mixed.reshape(-1, x.shape[1]))
        values = raw[:, 0::2].mean(axis=1).reshape(len(chunk), len(masks))
        out[start : start + len(chunk)] = values @ weights
        progress.step(min(1.0, (start + EXPLAIN_CHUNK) / max(len(x), 1)))
    return out


def score_offers(
    offers: pd.DataFrame, bundle=None, progress: Progress | None = None, explain: bool = True, month: int | None = None
) -> pd.DataFrame:
    """Offers (OFFER_COLUMNS, or canonical only: the rest is derived) -> the same rows with
    SCORED_COLUMNS added. ``month`` (1-12, default this month) decides seasonality unless the
    table has a ``month`` column.

    ``explain=True`` explains every row (128 forward passes each: most of the time of a large
    table); the app and ``sourcing rank`` pass False and call ``explain_offers`` for the offers
    someone looks at, leaving ``explanation`` empty elsewhere."""
    progress = progress or Progress.silent()
    progress.step(0.0, tr("Preparing the offers"))
    frame = _with_derived(offers)
    bundle = _bundle_or_active(bundle)
    progress.step(0.1, tr("Computing the model's inputs"))
    x, ood = build_features(frame, bundle.prep, month)
    progress.step(0.15, tr("Scoring the offers"))
    score, low, high = predict_matrix(bundle, x, progress.sub(0.15, 0.3 if explain else 1.0))
    frame["sustainability_score_pred"] = np.round(score.astype(float), 4)
    frame["score_low"] = np.round(low.astype(float), 4)
    frame["score_high"] = np.round(high.astype(float), 4)
    frame["ood"] = ood.astype(bool)
    if explain and len(frame):
        progress.step(0.3, tr("Explaining every score"))
        frame["explanation"] = explanation_json(bundle, explain_matrix(bundle, x, progress.sub(0.3, 1.0)))
    else:
        frame["explanation"] = ""
    progress.step(1.0, tr("Scored"))
    return frame


def explanation_json(bundle, contributions: np.ndarray) -> list[str]:
    """Rows of ``explain_matrix`` as the ``explanation`` column's JSON {group: contribution}."""
    groups = [g for g in GROUPS if g in bundle.prep["feature_groups"]]
    return [json.dumps(dict(zip(groups, np.round(row, 4).tolist(), strict=False))) for row in contributions]


def explain_offers(
    offers: pd.DataFrame, bundle=None, month: int | None = None, progress: Progress | None = None
) -> pd.Series:
    """The ``explanation`` (JSON) of just these offers, indexed like them: for the offer chosen
    in the window or the report's recommendations. Same values as ``score_offers(explain=True)``
    gives those rows (same ``month``)."""
    if offers.empty:
        return pd.Series([], index=offers.index, dtype=object)
    frame = _with_derived(offers)
    bundle = _bundle_or_active(bundle)
    x, _ = build_features(frame, bundle.prep, month)
    return pd.Series(explanation_json(bundle, explain_matrix(bundle, x, progress)), index=offers.index, dtype=object)


__all__ = [
    "SCORED_COLUMNS",
    "explain_matrix",
    "explain_offers",
    "explanation_json",
    "predict_matrix",
    "score_offers",
    "shapley_weights",
]
