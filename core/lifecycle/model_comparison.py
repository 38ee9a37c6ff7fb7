"""Candidate vs active model, as the admin screen compares them before a promote.

``metric_rows`` reads the held-out metrics each bundle's metadata.json records (the evaluate
stage writes them): MAE, F1, NDCG@3 and the interval coverage, and says which model is
better on each. ``per_category_errors`` scores the held-out suppliers of the training data
with each model (each through its own preprocessing) and reports the MAE per ingredient
category; it needs TensorFlow, so the app runs it on its model thread. ``model_card_text``
finds the model card a bundle points to (metadata "model_card"), else docs/model_card.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from core.catalogs import load_catalogs
from core.i18n import current_language, normalise_language, tr
from core.model.dataset import supplier_split
from core.model.scoring import score_offers
from core.progress import Progress

# (key in metrics["keras"], lower is better)
METRICS = (("mae", True), ("f1", False), ("ndcg_at_3", False), ("coverage", None))


@dataclass(frozen=True)
class MetricRow:
    key: str
    active: float
    candidate: float
    better: str  # "candidate", "active" or "" (equal or unknown)


def _keras_metrics(metadata: dict[str, Any]) -> dict[str, Any]:
    metrics = metadata.get("metrics", {}) or {}
    return metrics.get("keras", metrics) if isinstance(metrics, dict) else {}


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return math.nan


def metric_rows(active: dict[str, Any], candidate: dict[str, Any]) -> list[MetricRow]:
    """One row per metric; coverage is better the closer it is to the nominal interval."""
    a, c = _keras_metrics(active), _keras_metrics(candidate)
    nominal = _number((candidate.get("metrics") or {}).get("interval", candidate.get("interval", 0.9)))
    rows = []
    for key, lower_is_better in METRICS:
        va, vc = _number(a.get(key)), _number(c.get(key))
        better = ""
        if not (math.isnan(va) or math.isnan(vc)) and abs(va - vc) > 1e-9:
            if lower_is_better is None:
                better = "candidate" if abs(vc - nominal) < abs(va - nominal) else "active"
            else:
                better = "candidate" if (vc < va) == lower_is_better else "active"
        rows.append(MetricRow(key, va, vc, better))
    return rows


def recorded_per_category(metadata: dict[str, Any]) -> dict[str, float]:
    """Per-category MAE when the evaluate stage recorded it (metrics.keras.per_category)."""
    per = _keras_metrics(metadata).get("per_category") or (metadata.get("metrics") or {}).get("per_category") or {}
    out = {}
    for category, value in per.items():
        number = _number(value.get("mae") if isinstance(value, dict) else value)
        if not math.isnan(number):
            out[str(category)] = number
    return out


def held_out_offers(root: Path, params: dict[str, Any] | None = None, limit: int = 20000) -> pd.DataFrame:
    """The training offers of the test suppliers (the same supplier split as the prepare stage)."""

    root = Path(root)
    if params is None:
        path = root / "params.yaml"
        params = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else {}
    section = (params or {}).get("prepare", {}) or {}
    offers = pd.read_parquet(root / "data" / "training" / "offers.parquet")
    split = supplier_split(
        offers["supplier"], float(section.get("test_share", 0.2)), float(section.get("val_share", 0.1))
    )
    test = offers[split == "test"]
    return test.sample(n=limit, random_state=0) if len(test) > limit else test


def per_category_errors(
    bundles: dict[str, Any], offers: pd.DataFrame, progress: Progress | None = None
) -> pd.DataFrame:
    """MAE per ingredient category for each bundle ({name: bundle}) on labelled ``offers``.

    Columns: category, offers, then one column per bundle name; sorted by the first bundle's error."""
    progress = progress or Progress.silent()
    labelled = offers[pd.to_numeric(offers["sustainability_score"], errors="coerce").notna()].reset_index(drop=True)
    categories = load_catalogs().ingredients["category"].to_dict()
    category = labelled["ingredient"].map(categories).fillna(tr("unmatched"))
    table = pd.DataFrame({"category": category, "y": pd.to_numeric(labelled["sustainability_score"])})
    for i, (name, bundle) in enumerate(bundles.items()):
        scored = score_offers(
            labelled, bundle=bundle, explain=False, progress=progress.sub(i / len(bundles), (i + 1) / len(bundles))
        )
        table[name] = np.abs(scored["sustainability_score_pred"].to_numpy(float) - table["y"].to_numpy(float))
    grouped = table.groupby("category")
    result = grouped[list(bundles)].mean().round(4)
    result.insert(0, "offers", grouped.size())
    result = result.reset_index()
    return result.sort_values(list(bundles)[0], ascending=False).reset_index(drop=True)


def model_card_text(bundle_path: Path, metadata: dict[str, Any], root: Path, lang: str | None = None) -> str:
    """The Markdown of the model card the bundle points to, else the project's docs/model_card.md;
    in ``lang`` (default: the current language) when a translation sits beside it
    (model_card.es.md: the sustainability officer reads the card in Spanish)."""
    pointer = str(metadata.get("model_card", "") or "")
    candidates = [Path(bundle_path) / pointer, Path(root) / pointer] if pointer else []
    candidates += [Path(bundle_path) / "model_card.md", Path(root) / "docs" / "model_card.md"]
    language = normalise_language(lang or current_language())
    for path in candidates:
        if not path.is_file():
            continue
        translated = path.with_name(f"{path.stem}.{language}{path.suffix}")
        if language != "en" and translated.is_file():
            return translated.read_text(encoding="utf-8")
        return path.read_text(encoding="utf-8")
    return tr("No model card was found for this model.")
