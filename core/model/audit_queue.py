"""Offers to audit next: where an audited label would teach the model the most.

An offer is worth auditing when the model is unsure of it (a wide interval) or when the model
has moved away from the written rubric there (audits taught it something, and more audits
will say whether that holds): priority = interval width + |model score - rubric score|.
Picks are spread over ingredients (at most ``per_ingredient`` each) so that one batch does
not spend every audit on near-copies of one offer. The audit experiment
(core.lifecycle.audit_experiment) chooses its audits with this very function, and the admin
screen lists its top rows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from core.rubric import rubric_score

QUEUE_COLUMNS = [
    "supplier",
    "product",
    "ingredient",
    "sustainability_score_pred",
    "score_low",
    "score_high",
    "rubric_score",
]


def audit_priority(pred: np.ndarray, low: np.ndarray, high: np.ndarray, rubric: np.ndarray) -> np.ndarray:
    """Interval width + distance between the model and the rubric (both on the score scale)."""
    return (np.asarray(high, float) - np.asarray(low, float)) + np.abs(
        np.asarray(pred, float) - np.asarray(rubric, float)
    )


def pick_for_audit(priority: np.ndarray, groups: np.ndarray, k: int, per_group: int = 2) -> np.ndarray:
    """Positions of the ``k`` highest priorities, at most ``per_group`` per group (then the
    rest by priority if the cap leaves fewer than ``k``). Ties break by position: stable."""
    order = np.argsort(-np.asarray(priority, float), kind="stable")
    taken: list[int] = []
    used: dict[Any, int] = {}
    for position in order:
        group = groups[position]
        if used.get(group, 0) < per_group:
            taken.append(int(position))
            used[group] = used.get(group, 0) + 1
            if len(taken) == k:
                return np.array(taken, dtype=int)
    chosen = set(taken)
    rest = [int(p) for p in order if int(p) not in chosen]
    return np.array(taken + rest[: k - len(taken)], dtype=int)


def offers_to_audit(scored: pd.DataFrame, prep: dict[str, Any], k: int = 20, per_ingredient: int = 2) -> pd.DataFrame:
    """The ``k`` scored offers most worth an audit, best first, with their rubric score and
    priority. Offers already audited (a ``sustainability_score``), flagged out of
    distribution or without a prediction are left out: the first are known, the others need a
    person's review before anyone audits them against the rubric."""
    if scored.empty or "sustainability_score_pred" not in scored:
        return pd.DataFrame(columns=QUEUE_COLUMNS + ["priority"])
    frame = scored
    audited = pd.to_numeric(frame.get("sustainability_score"), errors="coerce")
    keep = frame["sustainability_score_pred"].notna() & (audited.isna() if audited is not None else True)
    if "ood" in frame:
        keep &= ~frame["ood"].fillna(False).astype(bool)
    frame = frame[keep]
    if frame.empty:
        return pd.DataFrame(columns=QUEUE_COLUMNS + ["priority"])
    rubric = rubric_score(frame, prep)
    priority = audit_priority(frame["sustainability_score_pred"], frame["score_low"], frame["score_high"], rubric)
    picks = pick_for_audit(priority, frame["ingredient"].fillna("").to_numpy(), k, per_ingredient)
    out = frame.iloc[picks].copy()
    out["rubric_score"] = np.round(rubric[picks], 4)
    out["priority"] = np.round(priority[picks], 4)
    return out
