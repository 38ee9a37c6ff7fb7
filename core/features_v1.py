"""The feature function of preprocessing format 1 (model bundles made before rubric v2, such
as models/v1), kept so that rolling back to such a bundle keeps working: ``core.features``
hands a format-1 ``prep`` to ``build_features_v1``. Frozen: new features go to core.features.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd

from core.contract import list_values
from core.encoding import factorize as _factorize
from core.encoding import put_one_hot as _put_one_hot
from core.encoding import slots as _slots

UNKNOWN = "__unknown__"
CERT_BONUS_CAP = 20.0
GROUPS_V1 = (
    "ingredient_footprint",
    "origin_distance",
    "transport",
    "certifications",
    "practice",
    "packaging",
    "season",
)


def feature_layout_v1(prep: dict[str, Any]) -> tuple[list[str], dict[str, list[int]]]:
    """Format 1's feature names in matrix order and the [start, end) column span of each group."""
    v = prep["vocab"]
    layout = {
        "ingredient_footprint": [f"ingredient={i}" for i in v["ingredient"]]
        + [f"category={c}" for c in v["category"]]
        + ["log_ingredient_co2e"]
        + [f"risk={r}" for r in prep["risks"]],
        "origin_distance": ["log_distance_km", "distance_missing", "domestic", "origin_unknown"],
        "transport": [f"mode={m}" for m in v["transport_mode"]]
        + ["mode_missing", "log_transport_co2e", "transport_missing"],
        "certifications": [f"cert={c}" for c in v["certification"]] + ["cert_bonus", "cert_count", "cert_unknown"],
        "practice": [f"practice={p}" for p in v["practice"]] + ["practice_impact", "practice_missing"],
        "packaging": [f"packaging={p}" for p in v["packaging"]] + ["packaging_impact", "packaging_missing"],
        "season": ["in_season", "out_of_season", "season_unknown"],
    }
    names: list[str] = []
    groups: dict[str, list[int]] = {}
    for group in GROUPS_V1:
        groups[group] = [len(names), len(names) + len(layout[group])]
        names.extend(layout[group])
    return names, groups


def _month_column(offers: pd.DataFrame, month: int | None) -> np.ndarray:
    if "month" in offers.columns:
        return pd.to_numeric(offers["month"], errors="coerce").to_numpy(dtype=float)
    return np.full(len(offers), float(month or _dt.date.today().month))


def build_features_v1(
    offers: pd.DataFrame, prep: dict[str, Any], month: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Canonical offers -> (float32 matrix n x features, bool out-of-distribution flag n).

    ``month`` (1-12) is the month the offer is for (default: this month) when the table has
    no ``month`` column; it decides whether domestic produce is in season.
    """
    n = len(offers)
    v = prep["vocab"]
    names = prep["features"]
    position = {name: k for k, name in enumerate(names)}
    out = np.zeros((n, len(names)), dtype=np.float32)
    ood = np.zeros(n, dtype=bool)

    def put(name: str, values) -> None:
        out[:, position[name]] = values

    # ---- ingredient footprint
    codes, values = _factorize(offers["ingredient"])
    slots, missing, unknown = _slots(values, v["ingredient"], fallback=UNKNOWN)
    slots[missing] = v["ingredient"].index(UNKNOWN)
    ood |= (missing | unknown)[codes]
    _put_one_hot(out, position[f"ingredient={v['ingredient'][0]}"], slots[codes])
    facts = [prep["ingredients"].get(value) for value in values]
    categories = [f["category"] if f else UNKNOWN for f in facts]
    category_slots, _, _ = _slots(categories, v["category"], fallback=UNKNOWN)
    _put_one_hot(out, position[f"category={v['category'][0]}"], category_slots[codes])
    footprint = np.array([f["kg_co2e_per_kg"] if f else np.nan for f in facts])[codes]
    risks = np.array([[bool(f) and r in f["risk"] for r in prep["risks"]] for f in facts], dtype=np.float32)
    first_risk = position[f"risk={prep['risks'][0]}"]
    out[:, first_risk : first_risk + len(prep["risks"])] = risks.reshape(len(facts), -1)[codes]

    # ---- numerics: log scale, standardised, missing -> training median (flagged elsewhere)
    distance = pd.to_numeric(offers["distance_km"], errors="coerce").to_numpy(dtype=float)
    mode_codes, mode_values = _factorize(offers["transport_mode"])
    per_km = np.array([prep["transport_per_km"].get(m, np.nan) for m in mode_values])[mode_codes]
    with np.errstate(invalid="ignore"):
        raw = {
            "log_ingredient_co2e": np.log1p(footprint),
            "log_distance_km": np.log1p(np.clip(distance, 0, None)),
            "log_transport_co2e": np.log1p(np.clip(per_km * distance / 1000.0, 0, None)),
        }
    for name, values_ in raw.items():
        stats = prep["numeric"][name]
        known = np.isfinite(values_)
        ood |= known & ((values_ < stats["min"] - 1e-6) | (values_ > stats["max"] + 1e-6))
        put(name, (np.where(known, values_, stats["median"]) - stats["mean"]) / stats["std"])

    # ---- origin and distance
    place_codes, place_values = _factorize(offers["origin_place"])
    countries = [prep["place_country"].get(p) for p in place_values]
    domestic = np.array([c == prep["home_country"] for c in countries])[place_codes]
    put("distance_missing", ~np.isfinite(raw["log_distance_km"]))
    put("domestic", domestic)
    put("origin_unknown", np.array([c is None for c in countries])[place_codes])
    ood |= np.array([p != "" and c is None for p, c in zip(place_values, countries, strict=False)])[place_codes]
    if "origin" in offers:  # an origin the places catalog does not know: the model cannot tell where from
        written = offers["origin"].fillna("").astype(str).str.strip().ne("").to_numpy()
        ood |= written & (np.asarray(place_values, dtype=object)[place_codes] == "")

    # ---- transport
    slots, missing, unknown = _slots(mode_values, v["transport_mode"])
    _put_one_hot(out, position[f"mode={v['transport_mode'][0]}"], slots[mode_codes])
    ood |= unknown[mode_codes]
    put("mode_missing", (missing | unknown)[mode_codes])
    put("transport_missing", ~np.isfinite(raw["log_transport_co2e"]))

    # ---- certifications: multi-hot, each distinct cell encoded once
    cert_codes, cert_values = _factorize(offers["certifications"])
    cert_index = {c: k for k, c in enumerate(v["certification"])}
    width = len(v["certification"])
    table = np.zeros((len(cert_values), width + 3), dtype=np.float32)
    for k, cell in enumerate(cert_values):
        ids = sorted(set(list_values(cell)))
        known = [i for i in ids if i in cert_index]
        table[k, [cert_index[i] for i in known]] = 1.0
        table[k, width] = min(sum(prep["certification_bonus"][i] for i in known), CERT_BONUS_CAP) / CERT_BONUS_CAP
        table[k, width + 1] = len(ids) / 3.0
        table[k, width + 2] = float(len(known) < len(ids))
    first = position[f"cert={v['certification'][0]}"] if width else position["cert_bonus"]
    out[:, first : first + width + 3] = table[cert_codes]
    ood |= table[:, width + 2][cert_codes] > 0

    # ---- practice and packaging: one-hot, catalog impact, missing
    for column, key, impact_key in (
        ("practice", "practice", "practice_impact"),
        ("packaging", "packaging", "packaging_impact"),
    ):
        item_codes, item_values = _factorize(offers[column])
        slots, missing, unknown = _slots(item_values, v[key])
        _put_one_hot(out, position[f"{key}={v[key][0]}"], slots[item_codes])
        put(f"{key}_impact", np.array([prep[impact_key].get(i, 0.0) for i in item_values])[item_codes])
        put(f"{key}_missing", (missing | unknown)[item_codes])
        ood |= unknown[item_codes]

    # ---- season (domestic produce only: imports come from other seasons and hemispheres)
    months = _month_column(offers, month)
    season_table = np.zeros((len(facts), 13), dtype=bool)  # [ingredient, month 0..12]
    for k, fact in enumerate(facts):
        if fact:
            season_table[k, fact["season_months"]] = True
    known_month = np.isfinite(months)
    month_int = np.clip(np.where(known_month, months, 0), 0, 12).astype(int)
    in_season = season_table[codes, month_int]
    has_season = np.asarray(season_table.any(axis=1), dtype=bool)
    applies = domestic & has_season[codes] & known_month
    put("in_season", applies & in_season)
    put("out_of_season", applies & ~in_season)
    put("season_unknown", ~applies)
    return out, ood
