"""Model inputs from the canonical offers table: one pure, vectorised function.

``build_features(offers, prep)`` turns a pandas table with the canonical and derived columns
(core.contract.OFFER_COLUMNS) into a float32 matrix plus an out-of-distribution flag per row.
Every constant it needs (vocabularies, catalog facts, scaling) lives in ``prep``, the content
of ``preprocessing.json`` in a model bundle, made once by ``fit_preprocessing``. Nothing here
reads files or keeps state, so the same function runs in the app, in the CLI and inside Spark
(``features_frame`` is the per-chunk function a ``mapInPandas`` call wraps).

Categorical columns are factorised first and each distinct value is encoded once, so the cost
is one pass over the rows whatever the vocabulary size (100,000 offers in well under 0.1 s).
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Any

import numpy as np
import pandas as pd

from core.contract import list_values
from core.i18n import tr

PREPROCESSING_FORMAT = 1
UNKNOWN = "__unknown__"
HOME_COUNTRY = "PE"
RISKS = ("deforestation", "overfishing", "threatened_species", "bycatch", "water_stress")
CERT_BONUS_CAP = 20.0

# The feature groups an explanation reports, in display order.
GROUPS = ("ingredient_footprint", "origin_distance", "transport", "certifications", "practice", "packaging", "season")
GROUP_LABELS = {
    "ingredient_footprint": "Ingredient footprint",
    "origin_distance": "Origin and distance",
    "transport": "Transport",
    "certifications": "Certifications",
    "practice": "Production practice",
    "packaging": "Packaging",
    "season": "Season",
}


def group_label(group: str, lang: str | None = None) -> str:
    """A feature group's name for people ('ingredient_footprint' -> 'Ingredient footprint')."""
    return tr(GROUP_LABELS[group], lang=lang) if group in GROUP_LABELS else group.replace("_", " ")


# Numeric features scaled by the training mean and standard deviation; their training range
# is kept so that a value outside it marks the offer as out of distribution.
NUMERIC = ("log_ingredient_co2e", "log_distance_km", "log_transport_co2e")


# ---------------------------------------------------------------- preprocessing constants


def parse_months(cell: object) -> list[int]:
    """'1;2;3', '1,2,3', '11-3' (wrapping), 'all' -> month numbers 1..12; '' -> []."""
    text = str(cell or "").strip().lower()
    if not text:
        return []
    if text in ("all", "todo el año", "1-12", "year-round", "year_round"):
        return list(range(1, 13))
    months: set[int] = set()
    for part in re.split(r"[;,\s]+", text):
        if not part:
            continue
        if "-" in part:
            start, _, end = part.partition("-")
            if start.isdigit() and end.isdigit():
                a, b = int(start), int(end)
                month = a
                for _ in range(12):
                    months.add(month)
                    if month == b:
                        break
                    month = month % 12 + 1
        elif part.isdigit() and 1 <= int(part) <= 12:
            months.add(int(part))
    return sorted(months)


def _number(value: Any, default: float = 0.0) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def catalog_constants(catalogs) -> dict[str, Any]:
    """The catalog facts the features use, as plain JSON-able data."""
    ingredients = {}
    for row in catalogs.ingredients.itertuples(index=False):
        ingredients[row.id] = {
            "category": row.category or "other",
            "kg_co2e_per_kg": _number(row.kg_co2e_per_kg, 1.0),
            "risk": [r for r in list_values(row.risk) if r in RISKS],
            "season_months": parse_months(row.season_months),
        }
    transport = {
        row.id: _number(row.kg_co2e_per_tonne_km) * _number(row.routing_factor, 1.0)
        for row in catalogs.transport.itertuples(index=False)
    }
    return {
        "ingredients": ingredients,
        "place_country": {row.id: (row.country or "").upper() for row in catalogs.places.itertuples(index=False)},
        "certification_bonus": {row.id: _number(row.bonus) for row in catalogs.certifications.itertuples(index=False)},
        "practice_impact": {row.id: _number(row.impact) for row in catalogs.practices.itertuples(index=False)},
        "packaging_impact": {row.id: _number(row.impact) for row in catalogs.packaging.itertuples(index=False)},
        "transport_per_km": transport,  # kg CO2e per tonne-km x routing factor
    }


def fit_preprocessing(
    catalogs, offers: pd.DataFrame | None = None, numeric_stats: dict[str, dict[str, float]] | None = None
) -> dict[str, Any]:
    """Vocabularies from the catalogs, scaling constants from the training offers.

    Give either ``offers`` (pandas) or ``numeric_stats`` already aggregated elsewhere (Spark).
    """
    constants = catalog_constants(catalogs)
    vocab = {
        "ingredient": sorted(constants["ingredients"]) + [UNKNOWN],
        "category": sorted({v["category"] for v in constants["ingredients"].values()}) + [UNKNOWN],
        "transport_mode": sorted(constants["transport_per_km"]),
        "certification": sorted(constants["certification_bonus"]),
        "practice": sorted(constants["practice_impact"]),
        "packaging": sorted(constants["packaging_impact"]),
    }
    prep: dict[str, Any] = {
        "format": PREPROCESSING_FORMAT,
        "home_country": HOME_COUNTRY,
        "risks": list(RISKS),
        "vocab": vocab,
        **constants,
    }
    if numeric_stats is None:
        if offers is None:
            raise ValueError("fit_preprocessing needs offers or numeric_stats")
        numeric_stats = compute_numeric_stats(offers, prep)
    prep["numeric"] = numeric_stats
    names, groups = feature_layout(prep)
    prep["features"] = names
    prep["feature_groups"] = groups
    return prep


def raw_numeric(offers: pd.DataFrame, prep: dict[str, Any]) -> dict[str, np.ndarray]:
    """The unscaled numeric features (NaN where unknown)."""
    ingredient = offers["ingredient"].fillna("").astype(str)
    codes, uniques = pd.factorize(ingredient)
    footprint = np.array([prep["ingredients"].get(u, {}).get("kg_co2e_per_kg", np.nan) for u in uniques] + [np.nan])
    ing_co2 = footprint[codes]
    distance = pd.to_numeric(offers["distance_km"], errors="coerce").to_numpy(dtype=float)
    mode = offers["transport_mode"].fillna("").astype(str)
    mcodes, muniques = pd.factorize(mode)
    per_km = np.array([prep["transport_per_km"].get(u, np.nan) for u in muniques] + [np.nan])[mcodes]
    transport_co2 = per_km * distance / 1000.0  # kg CO2e per kg moved
    with np.errstate(invalid="ignore"):
        return {
            "log_ingredient_co2e": np.log1p(ing_co2),
            "log_distance_km": np.log1p(np.clip(distance, 0, None)),
            "log_transport_co2e": np.log1p(np.clip(transport_co2, 0, None)),
        }


def compute_numeric_stats(offers: pd.DataFrame, prep: dict[str, Any]) -> dict[str, dict[str, float]]:
    stats = {}
    for name, values in raw_numeric(offers, prep).items():
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            finite = np.zeros(1)
        stats[name] = {
            "mean": float(finite.mean()),
            "std": float(finite.std() or 1.0),
            "min": float(finite.min()),
            "max": float(finite.max()),
            "median": float(np.median(finite)),
        }
    return stats


def feature_layout(prep: dict[str, Any]) -> tuple[list[str], dict[str, list[int]]]:
    """Feature names in matrix order and the [start, end) column span of each group."""
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
    for group in GROUPS:
        groups[group] = [len(names), len(names) + len(layout[group])]
        names.extend(layout[group])
    return names, groups


# ---------------------------------------------------------------- the feature function


def _factorize(column: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Codes per row and the distinct values, with "" appended last: a missing cell has code
    -1, which numpy indexing maps to that last entry."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    return codes, [str(u).strip() for u in uniques] + [""]


def _slots(values: list[str], vocabulary: list[str], fallback: str | None = None):
    """Per distinct value: its vocabulary slot (-1: none), and whether it is missing / unknown."""
    index = {name: k for k, name in enumerate(vocabulary)}
    slots = np.full(len(values), -1, dtype=np.int64)
    missing = np.array([v == "" for v in values])
    unknown = np.zeros(len(values), dtype=bool)
    for k, value in enumerate(values):
        if value == "":
            continue
        slot = index.get(value)
        if slot is None:
            unknown[k] = True
            slot = index.get(fallback, -1) if fallback else -1
        slots[k] = slot
    return slots, missing, unknown


def _put_one_hot(out: np.ndarray, start: int, row_slots: np.ndarray) -> None:
    rows = np.flatnonzero(row_slots >= 0)
    out[rows, start + row_slots[rows]] = 1.0


def _month_column(offers: pd.DataFrame, month: int | None) -> np.ndarray:
    if "month" in offers.columns:
        return pd.to_numeric(offers["month"], errors="coerce").to_numpy(dtype=float)
    return np.full(len(offers), float(month or _dt.date.today().month))


def build_features(
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


def features_frame(offers: pd.DataFrame, prep: dict[str, Any], month: int | None = None) -> pd.DataFrame:
    """``build_features`` as a table (one float32 column per feature + ``ood``): the per-chunk
    function Spark's ``mapInPandas`` wraps and the prepare stage writes to parquet."""
    matrix, ood = build_features(offers, prep, month)
    frame = pd.DataFrame(matrix, columns=[f"f{k}" for k in range(matrix.shape[1])], index=offers.index)
    frame["ood"] = ood
    return frame
