"""Encoding helpers shared by the feature functions and the rubric: categorical columns are
factorised first and each distinct value is handled once, so the cost is one pass over the
rows whatever the vocabulary size."""

from __future__ import annotations

import numpy as np
import pandas as pd


def factorize(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Codes per row and the distinct values, with "" appended last: a missing cell has code
    -1, which numpy indexing maps to that last entry."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    return codes, [str(u).strip() for u in uniques] + [""]


def column_or_blank(offers: pd.DataFrame, name: str) -> pd.Series:
    return offers[name] if name in offers.columns else pd.Series("", index=offers.index)


def slots(values: list[str], vocabulary: list[str], fallback: str | None = None):
    """Per distinct value: its vocabulary slot (-1: none), and whether it is missing / unknown."""
    index = {name: k for k, name in enumerate(vocabulary)}
    found = np.full(len(values), -1, dtype=np.int64)
    missing = np.array([v == "" for v in values])
    unknown = np.zeros(len(values), dtype=bool)
    for k, value in enumerate(values):
        if value == "":
            continue
        slot = index.get(value)
        if slot is None:
            unknown[k] = True
            slot = index.get(fallback, -1) if fallback else -1
        found[k] = slot
    return found, missing, unknown


def put_one_hot(out: np.ndarray, start: int, row_slots: np.ndarray) -> None:
    rows = np.flatnonzero(row_slots >= 0)
    out[rows, start + row_slots[rows]] = 1.0
