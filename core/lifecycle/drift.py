"""Drift between the offers the model was trained on and the offers imported lately.

Per feature, the population stability index (PSI) compares the share of offers in each
bin: PSI = sum((recent - reference) * ln(recent / reference)) over bins (shares floored at
0.0001 so an empty bin does not divide by zero). Numeric features use ten bins at the
reference's deciles; categorical features use their categories (with "other" for those
the reference never saw). The usual reading, used here as thresholds:

* PSI < 0.10: stable;
* 0.10 <= PSI < 0.25: moderate shift, a warning;
* PSI >= 0.25: significant shift, retraining advised.

Also reported: the share of recent offers whose categories the model has never seen
(above ``UNKNOWN_WARNING`` a warning) and the predicted-score distribution over time.
The reference profile is small JSON (bin edges and shares), so it can be kept beside a
model or computed from the DVC-tracked training data.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from core.contract import list_values
from core.i18n import tr

PSI_WARNING = 0.10
PSI_ALERT = 0.25
UNKNOWN_WARNING = 0.05
FLOOR = 1e-4
NUMERIC = ("price_pen_per_base_unit", "distance_km", "kg_co2e_per_base_unit", "lead_time_days")
CATEGORICAL = ("ingredient", "transport_mode", "practice", "packaging", "certifications", "currency")


def _numeric_edges(values: pd.Series, bins: int = 10) -> list[float]:
    finite = values[np.isfinite(values)]
    if finite.empty:
        return []
    edges = np.unique(np.quantile(finite, np.linspace(0, 1, bins + 1)[1:-1]))
    return [float(e) for e in edges]


def _numeric_shares(values: pd.Series, edges: list[float]) -> list[float]:
    """Shares per bin: (-inf, e0], (e0, e1], …, (e_last, inf), then a last bin for 'missing'."""
    array = values.to_numpy(dtype=float)
    missing = ~np.isfinite(array)
    counts = np.bincount(np.searchsorted(edges, array[~missing], side="left"), minlength=len(edges) + 1)
    total = max(len(array), 1)
    return [float(c) / total for c in counts] + [float(missing.sum()) / total]


def _categories(values: pd.Series, column: str) -> pd.Series:
    if column == "certifications":  # multi-valued: one entry per label, "none" when empty
        exploded = values.fillna("").map(lambda cell: list_values(cell) or ["none"]).explode()
        return exploded.astype(str)
    return values.fillna("").astype(str).replace("", "none")


def reference_profile(offers: pd.DataFrame) -> dict:
    """Bin edges and shares of the training offers (JSON-serialisable)."""
    numeric: dict[str, dict] = {}
    categorical: dict[str, dict[str, float]] = {}
    profile: dict[str, Any] = {"rows": int(len(offers)), "numeric": numeric, "categorical": categorical}
    for column in NUMERIC:
        if column in offers:
            values = pd.to_numeric(offers[column], errors="coerce")
            edges = _numeric_edges(values)
            numeric[column] = {"edges": edges, "shares": _numeric_shares(values, edges)}
    for column in CATEGORICAL:
        if column in offers:
            shares = _categories(offers[column], column).value_counts(normalize=True)
            categorical[column] = {str(k): float(v) for k, v in shares.items()}
    return profile


def psi(reference: list[float], recent: list[float]) -> float:
    total = 0.0
    for ref, new in zip(reference, recent, strict=False):
        ref, new = max(ref, FLOOR), max(new, FLOOR)
        total += (new - ref) * math.log(new / ref)
    return total


def status_of(value: float) -> str:
    return "alert" if value >= PSI_ALERT else "warning" if value >= PSI_WARNING else "stable"


@dataclass
class DriftReport:
    features: pd.DataFrame  # feature, kind, psi, status, message
    unknown_share: float  # share of recent offers with a category the reference never saw
    warnings: list[str]

    @property
    def worst(self) -> str:
        statuses = set(self.features["status"])
        return "alert" if "alert" in statuses else "warning" if "warning" in statuses or self.warnings else "stable"


def drift_report(profile: dict, recent: pd.DataFrame) -> DriftReport:
    rows = []
    unknown_rows = np.zeros(len(recent), dtype=bool)
    for column, ref in profile["numeric"].items():
        if column not in recent:
            continue
        values = pd.to_numeric(recent[column], errors="coerce")
        rows.append((column, "numeric", psi(ref["shares"], _numeric_shares(values, ref["edges"]))))
    for column, ref in profile["categorical"].items():
        if column not in recent:
            continue
        categories = _categories(recent[column], column)
        known = categories.isin(list(ref))
        if column != "certifications":
            unknown_rows |= ~known.to_numpy() & recent[column].fillna("").astype(str).ne("").to_numpy()
        shares = categories.where(known, "__other__").value_counts(normalize=True)
        keys = list(ref) + ["__other__"]
        rows.append(
            (column, "categorical", psi([ref.get(k, 0.0) for k in keys], [float(shares.get(k, 0.0)) for k in keys]))
        )
    features = pd.DataFrame(rows, columns=["feature", "kind", "psi"])
    features["psi"] = features["psi"].round(4)
    features["status"] = features["psi"].map(status_of)
    features["message"] = [
        tr("{feature}: PSI {psi:.2f}, stable.", feature=f, psi=p)
        if s == "stable"
        else tr("{feature}: PSI {psi:.2f}, a moderate shift since training.", feature=f, psi=p)
        if s == "warning"
        else tr("{feature}: PSI {psi:.2f}, a large shift since training; consider retraining.", feature=f, psi=p)
        for f, p, s in zip(features["feature"], features["psi"], features["status"], strict=False)
    ]
    unknown_share = float(unknown_rows.mean()) if len(recent) else 0.0
    warnings = [m for m, s in zip(features["message"], features["status"], strict=False) if s != "stable"]
    if unknown_share > UNKNOWN_WARNING:
        warnings.append(
            tr("{share:.0%} of recent offers have categories the model never saw in training.", share=unknown_share)
        )
    return DriftReport(features, unknown_share, warnings)


def score_distribution_over_time(
    scored: pd.DataFrame, date_column: str = "imported_at", freq: str = "W"
) -> pd.DataFrame:
    """Per period: offers, mean predicted score and its 10th/50th/90th percentiles."""
    if scored.empty or date_column not in scored or "sustainability_score_pred" not in scored:
        return pd.DataFrame(columns=["period", "offers", "mean", "p10", "p50", "p90"])
    dates = pd.to_datetime(scored[date_column], errors="coerce", utc=True)
    frame = pd.DataFrame(
        {
            "period": dates.dt.tz_localize(None).dt.to_period(freq).dt.start_time,
            "score": pd.to_numeric(scored["sustainability_score_pred"], errors="coerce"),
        }
    )
    grouped = frame.dropna().groupby("period")["score"]
    return pd.DataFrame(
        {
            "offers": grouped.size(),
            "mean": grouped.mean(),
            "p10": grouped.quantile(0.1),
            "p50": grouped.quantile(0.5),
            "p90": grouped.quantile(0.9),
        }
    ).reset_index()
