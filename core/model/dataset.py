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

SPLITS = ("train", "val", "test")
META_COLUMNS = ["label", "weight", "split", "supplier", "ingredient"]


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
    offers: pd.DataFrame, prep: dict[str, Any], catalogs, test_share: float, val_share: float, weight: float = 1.0
) -> pd.DataFrame:
    """One chunk of canonical offers -> features f0..fN, ood, label, weight, split, supplier, ingredient."""
    derived = derive_chunk(offers, catalogs)
    frame = features_frame(derived, prep).reset_index(drop=True)
    frame["label"] = pd.to_numeric(derived["sustainability_score"], errors="coerce").to_numpy(np.float32)
    frame["weight"] = np.float32(weight)
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
    feedback_weight: float = 5.0,
    chunk_rows: int = 20000,
) -> tuple[pd.DataFrame, dict[str, Any]]:
    """Synthetic offers + officer feedback -> (features table, preprocessing constants)."""
    sources = [(offers, 1.0)] + ([(feedback, feedback_weight)] if len(feedback) else [])
    derived_train = []
    for frame, _ in sources:
        derived = derive_chunk(frame, catalogs)
        derived_train.append(derived[supplier_split(derived["supplier"], test_share, val_share) == "train"])
    train_rows = pd.concat(derived_train, ignore_index=True)
    prep = fit_preprocessing(catalogs, numeric_stats=None, offers=train_rows)
    parts = []
    for frame, weight in sources:
        for start in range(0, len(frame), chunk_rows):
            parts.append(
                prepare_chunk(frame.iloc[start : start + chunk_rows], prep, catalogs, test_share, val_share, weight)
            )
    table = pd.concat(parts, ignore_index=True)
    table = table[table["label"].notna()].reset_index(drop=True)
    feature_cols = feature_columns(table)
    prep["baseline"] = table.loc[table["split"] == "train", feature_cols].mean().astype(float).round(6).tolist()
    return table, prep


def read_features(path) -> pd.DataFrame:
    """features.parquet as pandas, whether one file (pandas engine) or a folder of part files
    written by Spark (read in part order, which is the input order)."""
    return pd.read_parquet(path).reset_index(drop=True)


def feature_columns(table: pd.DataFrame) -> list[str]:
    return sorted((c for c in table.columns if c.startswith("f") and c[1:].isdigit()), key=lambda c: int(c[1:]))


def arrays(table: pd.DataFrame, split: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = table[table["split"] == split]
    return (
        rows[feature_columns(table)].to_numpy(np.float32),
        rows["label"].to_numpy(np.float32),
        rows["weight"].to_numpy(np.float32),
    )


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
]
