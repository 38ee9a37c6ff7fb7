"""Training table -> model-ready arrays: derive, split by supplier, featurise.

``prepare_chunk`` is the per-chunk function of the prepare stage (pandas in, pandas out:
what Spark's ``mapInPandas`` calls); ``prepare_dataset`` is the whole stage on pandas: one
pass to derive and take the scaling statistics of the training split, one pass to featurise.
The split is a hash of the supplier name, so a supplier's offers are all in one split (no
leakage from a supplier's other offers into the test) and any worker computes the same split.
"""

from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import pandas as pd

from core.cleansing.derive import derive_columns
from core.contract import CANONICAL_COLUMNS
from core.features import compute_numeric_stats, features_frame, fit_preprocessing
from core.rubric import rubric_score

SPLITS = ("train", "val", "test")
META_COLUMNS = ["label", "rubric", "audited", "split", "supplier", "ingredient"]


def supplier_split(suppliers: pd.Series, test_share: float, val_share: float, salt: str = "split-v1") -> np.ndarray:
    """'train' / 'val' / 'test' from a stable hash of the supplier name."""
    codes, uniques = pd.factorize(suppliers.fillna("").astype(str))
    position = np.array(
        [int(hashlib.sha256(f"{salt}:{u}".encode()).hexdigest()[:8], 16) / 0xFFFFFFFF for u in uniques] + [0.0]
    )
    where = position[codes]
    return np.where(where < test_share, "test", np.where(where < test_share + val_share, "val", "train"))


def derive_chunk(offers: pd.DataFrame, catalogs) -> pd.DataFrame:
    """Canonical columns (+ month) -> offer columns, recomputed from the canonical ones."""
    derived = derive_columns(offers[[c for c in CANONICAL_COLUMNS if c in offers.columns]], catalogs)
    derived["month"] = offers["month"].to_numpy() if "month" in offers else np.nan
    return derived


def prepare_chunk(
    offers: pd.DataFrame, prep: dict[str, Any], catalogs, test_share: float, val_share: float, audited: bool = False
) -> pd.DataFrame:
    """One chunk of canonical offers -> features f0..fN, ood, label, rubric (the rubric's own
    score, the simplest predictor), audited (a label the officer entered, not a synthetic
    one), split, supplier, ingredient."""
    derived = derive_chunk(offers, catalogs)
    frame = features_frame(derived, prep).reset_index(drop=True)
    frame["label"] = pd.to_numeric(derived["sustainability_score"], errors="coerce").to_numpy(np.float32)
    frame["rubric"] = rubric_score(derived, prep).astype(np.float32)
    frame["audited"] = bool(audited)
    frame["split"] = supplier_split(derived["supplier"], test_share, val_share)
    frame["supplier"] = derived["supplier"].to_numpy()
    frame["ingredient"] = derived["ingredient"].to_numpy()
    return frame


def prepare_dataset(
    offers: pd.DataFrame,
    feedback: pd.DataFrame,
    catalogs,
    test_share: float = 0.2,
    val_share: float = 0.1,
    chunk_rows: int = 20000,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Synthetic offers + officer feedback -> (features table, preprocessing constants)."""
    sources = [(offers, False)] + ([(feedback, True)] if len(feedback) else [])
    derived_train = []
    for frame, _ in sources:
        derived = derive_chunk(frame, catalogs)
        derived_train.append(derived[supplier_split(derived["supplier"], test_share, val_share) == "train"])
    train_rows = pd.concat(derived_train, ignore_index=True)
    prep = fit_preprocessing(catalogs, numeric_stats=None, offers=train_rows)
    parts = []
    for frame, audited in sources:
        for start in range(0, len(frame), chunk_rows):
            parts.append(
                prepare_chunk(frame.iloc[start : start + chunk_rows], prep, catalogs, test_share, val_share, audited)
            )
    table = pd.concat(parts, ignore_index=True)
    table = table[table["label"].notna()].reset_index(drop=True)
    feature_cols = feature_columns(table)
    prep["baseline"] = table.loc[table["split"] == "train", feature_cols].mean().astype(float).round(6).tolist()
    return table, prep


def with_audits(
    x_prior: np.ndarray,
    y_prior: np.ndarray,
    x_audit: np.ndarray,
    y_audit: np.ndarray,
    prior_weight: float,
    audit_share: float = 0.25,
) -> tuple[np.ndarray, np.ndarray]:
    """Rubric-labelled rows and audited labels as one training set: (x, targets) with targets
    (n, 4) = [score target, noise target, fit weight, spread weight]
    (core.model.network.split_target).

    ``y_prior`` is (n, 2): the rubric score and the synthetic label. Those rows only say what
    the rubric says (the network reads the rubric), so their score target is the rubric and,
    for the score, together they weigh as much as ``prior_weight`` audits: a prior that holds
    the model to the rubric where no audit speaks and yields where audits do. For the
    interval every row counts once: where audits pull the score away from the rubric, the
    rubric's auditors now stray further from it, and the interval widens. Audits (both
    targets: the label) are repeated to make about ``audit_share`` of the rows, each repeat
    carrying its share of the weights: a few heavy rows would otherwise arrive once per epoch
    as gradient spikes. Each weight column has a mean of 1."""
    prior = np.asarray(y_prior, np.float32).reshape(len(x_prior), 2)
    audit = np.repeat(np.asarray(y_audit, np.float32).reshape(-1, 1), 2, axis=1)
    n_prior, n_audit = len(prior), len(audit)
    if n_audit == 0:
        return x_prior, np.hstack([prior, np.ones((n_prior, 2), np.float32)])
    repeats = max(1, int(np.ceil(audit_share * n_prior / max((1.0 - audit_share) * n_audit, 1.0))))
    x = np.concatenate([x_prior, np.repeat(x_audit, repeats, axis=0)])
    y = np.concatenate([prior, np.repeat(audit, repeats, axis=0)])
    fit = np.concatenate([np.full(n_prior, prior_weight / max(n_prior, 1)), np.full(n_audit * repeats, 1.0 / repeats)])
    spread = np.concatenate([np.ones(n_prior), np.full(n_audit * repeats, 1.0 / repeats)])
    weights = np.column_stack([fit / fit.mean(), spread / spread.mean()])
    return x, np.hstack([y, weights]).astype(np.float32)


def read_features(path) -> pd.DataFrame:
    """features.parquet as pandas, whether one file (pandas engine) or a folder of part files
    written by Spark (read in part order, which is the input order)."""
    return pd.read_parquet(path).reset_index(drop=True)


def feature_columns(table: pd.DataFrame) -> list[str]:
    return sorted((c for c in table.columns if c.startswith("f") and c[1:].isdigit()), key=lambda c: int(c[1:]))


def arrays(table: pd.DataFrame, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, audited flags) of one split."""
    rows = table[table["split"] == split]
    return (
        rows[feature_columns(table)].to_numpy(np.float32),
        rows["label"].to_numpy(np.float32),
        rows["audited"].to_numpy(bool),
    )


def weighted_arrays(
    table: pd.DataFrame, split: str, prior_weight: float, audit_share: float
) -> tuple[np.ndarray, np.ndarray]:
    """(features, targets) of one split: its rubric-labelled rows and its audited labels mixed
    by ``with_audits``."""
    x, y, audited = arrays(table, split)
    rubric = table.loc[table["split"] == split, "rubric"].to_numpy(np.float32)
    prior = np.column_stack([rubric[~audited], y[~audited]])
    return with_audits(x[~audited], prior, x[audited], y[audited], prior_weight, audit_share)


__all__ = [
    "META_COLUMNS",
    "SPLITS",
    "arrays",
    "compute_numeric_stats",
    "feature_columns",
    "prepare_chunk",
    "prepare_dataset",
    "read_features",
    "supplier_split",
    "weighted_arrays",
    "with_audits",
]
