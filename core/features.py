"""Model inputs from the canonical offers table: one pure, vectorised function.

``build_features(offers, prep)`` turns a pandas table with the canonical and derived columns
(core.contract.OFFER_COLUMNS) into a float32 matrix plus an out-of-distribution flag per row.
Every constant it needs (vocabularies, catalog facts, scaling) lives in ``prep``, the content
of ``preprocessing.json`` in a model bundle, made once by ``fit_preprocessing``. Nothing here
reads files or keeps state, so the same function runs in the app, in the CLI and inside Spark
(``features_frame`` is the per-chunk function a ``mapInPandas`` call wraps).

Format 2 (rubric v2): each explanation group holds the rubric's terms for that group
(core.rubric.rubric_terms, in points / SCALE) beside the plain features, and every feature has
a ROLE the network respects (``feature_roles``):
- "monotone": more is never worse for the offer (certificates, their bonus and labour points,
  which risks the labels or the practice mitigate, practice and packaging impact, transport
  saving, not flown). The network reads them only through non-negative weights, so adding a
  certificate or a better practice, packaging or mode can never lower a score.
- "free": everything else (ingredient, origin, distance, season, what is missing).
A bundle of format 1 (made before, e.g. models/v1) is scored by core.features_v1.

Categorical columns are factorised first and each distinct value is encoded once, so the cost
is one pass over the rows whatever the vocabulary size.
"""

from __future__ import annotations

import math
import re
from typing import Any

import numpy as np
import pandas as pd

from core.contract import list_values
from core.encoding import column_or_blank, factorize, put_one_hot, slots
from core.features_v1 import build_features_v1, feature_layout_v1
from core.i18n import tr
from core.rubric import (
    AIR,
    CERT_BONUS_CAP,
    HOME_COUNTRY,
    LABEL_MITIGATES,
    PRACTICE_MITIGATES,
    RISK_TERMS,
    RISKS,
    SCALE,
    month_of,
    rubric_terms,
    transport_leg_per_kg,
)

PREPROCESSING_FORMAT = 2
UNKNOWN = "__unknown__"

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

# The rubric's terms per group (core.rubric), as features named "rubric_<term>".
RUBRIC_GROUP_TERMS = {
    "ingredient_footprint": ("footprint", "headroom", *RISK_TERMS),
    "origin_distance": ("origin",),
    "transport": ("transport",),
    "certifications": ("certificates", "labour", *LABEL_MITIGATES),
    "practice": ("practice_gain", "practice_loss", *PRACTICE_MITIGATES),
    "packaging": ("packaging_gain", "packaging_loss"),
    "season": ("season",),
}
UNSCALED_TERMS = {"headroom", *LABEL_MITIGATES, *PRACTICE_MITIGATES}  # 0..1 already; the rest are points
MONOTONE_TERMS = {
    "transport",
    "certificates",
    "labour",
    "practice_gain",
    "practice_loss",
    "packaging_gain",
    "packaging_loss",
    *LABEL_MITIGATES,
    *PRACTICE_MITIGATES,
}
MONOTONE_FEATURES = {"cert_bonus", "practice_impact", "packaging_impact", "transport_saving", "not_air"}


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


def _number(value: Any, default: float | None = 0.0) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default


def catalog_constants(catalogs) -> dict[str, Any]:
    """The catalog facts the features and the rubric use, as plain JSON-able data."""
    ingredients = {}
    for row in catalogs.ingredients.itertuples(index=False):
        ingredients[row.id] = {
            "category": row.category or "other",
            "kg_co2e_per_kg": _number(row.kg_co2e_per_kg, 1.0),
            "risk": [r for r in list_values(row.risk) if r in RISKS],
            "season_months": parse_months(row.season_months),
            "kg_per_l": _number(row.density_kg_per_l, None),
            "kg_per_unit": _number(row.unit_weight_kg, None),
        }
    transport = {
        row.id: _number(row.kg_co2e_per_tonne_km) * _number(row.routing_factor, 1.0)  # type: ignore[operator]
        for row in catalogs.transport.itertuples(index=False)
    }
    certs = catalogs.certifications
    mitigation: dict[str, dict[str, list[str]]] = {risk: {"certification": [], "practice": []} for risk in RISKS}
    for row in catalogs.risk_mitigation.itertuples(index=False):
        if row.risk in mitigation and row.kind in ("certification", "practice"):
            mitigation[row.risk][row.kind].append(row.id)
    return {
        "ingredients": ingredients,
        "place_country": {row.id: (row.country or "").upper() for row in catalogs.places.itertuples(index=False)},
        "certification_bonus": {row.id: _number(row.bonus) for row in certs.itertuples(index=False)},
        "certification_social": sorted(certs.index[certs["kind"].eq("social")]) if "kind" in certs else [],
        "mitigation": {risk: {k: sorted(v) for k, v in kinds.items()} for risk, kinds in mitigation.items()},
        "practice_impact": {row.id: _number(row.impact) for row in catalogs.practices.itertuples(index=False)},
        "packaging_impact": {row.id: _number(row.impact) for row in catalogs.packaging.itertuples(index=False)},
        "transport_per_km": transport,  # kg CO2e per tonne-km x routing factor (for reference)
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
        # only labels the rubric scores: a label with bonus 0 has no input, so it changes nothing
        "certification": sorted(c for c, bonus in constants["certification_bonus"].items() if bonus > 0),
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
    prep["feature_roles"] = feature_roles(names)
    return prep


# the offer columns raw_numeric reads, with their Spark types: all the scaling statistics need
NUMERIC_INPUTS = {
    "ingredient": "string",
    "distance_km": "double",
    "base_unit": "string",
    "transport_kg_co2e_per_base_unit": "double",
}


def raw_numeric(offers: pd.DataFrame, prep: dict[str, Any]) -> dict[str, np.ndarray]:
    """The unscaled numeric features (NaN where unknown), from the ``NUMERIC_INPUTS`` columns."""
    codes, uniques = factorize(offers["ingredient"])
    footprint = np.array([(prep["ingredients"].get(u) or {}).get("kg_co2e_per_kg", np.nan) for u in uniques])[codes]
    distance = pd.to_numeric(offers["distance_km"], errors="coerce").to_numpy(dtype=float)
    leg = transport_leg_per_kg(offers, prep)
    with np.errstate(invalid="ignore"):
        return {
            "log_ingredient_co2e": np.log1p(footprint),
            "log_distance_km": np.log1p(np.clip(distance, 0, None)),
            "log_transport_co2e": np.log1p(np.clip(leg, 0, None)),
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
    if int(prep.get("format", 1)) < PREPROCESSING_FORMAT:
        return feature_layout_v1(prep)
    v = prep["vocab"]
    rubric = {group: [f"rubric_{t}" for t in terms] for group, terms in RUBRIC_GROUP_TERMS.items()}
    layout = {
        "ingredient_footprint": [f"ingredient={i}" for i in v["ingredient"]]
        + [f"category={c}" for c in v["category"]]
        + ["log_ingredient_co2e"]
        + [f"risk={r}" for r in prep["risks"]],
        "origin_distance": ["log_distance_km", "distance_missing", "domestic", "origin_unknown"],
        "transport": ["transport_saving", "not_air", "mode_missing", "transport_missing"],
        "certifications": [f"cert={c}" for c in v["certification"]] + ["cert_bonus"],
        "practice": ["practice_impact", "practice_missing"],
        "packaging": ["packaging_impact", "packaging_missing"],
        "season": ["in_season", "out_of_season", "season_unknown"],
    }
    names: list[str] = []
    groups: dict[str, list[int]] = {}
    for group in GROUPS:
        groups[group] = [len(names), len(names) + len(layout[group]) + len(rubric[group])]
        names.extend(layout[group] + rubric[group])
    return names, groups


def feature_roles(names: list[str]) -> dict[str, Any]:
    """Column indices of the monotone and free features, and of every rubric term. The
    ingredient one-hots are in neither: with a few hundred audits a correction per ingredient
    only learns noise (the category, footprint and risks carry what the ingredient means);
    Ridge and gradient boosting still read them."""
    monotone, free, terms = [], [], {}
    for k, name in enumerate(names):
        term = name.removeprefix("rubric_") if name.startswith("rubric_") else None
        if term is not None:
            terms[term] = k
        if name.startswith("cert=") or name in MONOTONE_FEATURES or (term is not None and term in MONOTONE_TERMS):
            monotone.append(k)
        elif not name.startswith("ingredient="):
            free.append(k)
    return {"monotone": monotone, "free": free, "terms": terms}


# ---------------------------------------------------------------- the feature function


def build_features(
    offers: pd.DataFrame, prep: dict[str, Any], month: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Canonical offers -> (float32 matrix n x features, bool out-of-distribution flag n).

    ``month`` (1-12, default this month) is the month the offer is for when the table has no
    ``month`` column; it decides whether domestic produce is in season.
    """
    if int(prep.get("format", 1)) < PREPROCESSING_FORMAT:
        return build_features_v1(offers, prep, month)
    n = len(offers)
    v = prep["vocab"]
    position = {name: k for k, name in enumerate(prep["features"])}
    out = np.zeros((n, len(position)), dtype=np.float32)
    ood = np.zeros(n, dtype=bool)

    def put(name: str, values) -> None:
        out[:, position[name]] = values

    # ---- ingredient
    codes, values = factorize(offers["ingredient"])
    found, missing, unknown = slots(values, v["ingredient"], fallback=UNKNOWN)
    found[missing] = v["ingredient"].index(UNKNOWN)
    ood |= (missing | unknown)[codes]
    put_one_hot(out, position[f"ingredient={v['ingredient'][0]}"], found[codes])
    facts = [prep["ingredients"].get(value) for value in values]
    categories = [f["category"] if f else UNKNOWN for f in facts]
    category_slots, _, _ = slots(categories, v["category"], fallback=UNKNOWN)
    put_one_hot(out, position[f"category={v['category'][0]}"], category_slots[codes])
    risks = np.array([[bool(f) and r in f["risk"] for r in prep["risks"]] for f in facts], dtype=np.float32)
    first_risk = position[f"risk={prep['risks'][0]}"]
    out[:, first_risk : first_risk + len(prep["risks"])] = risks.reshape(len(facts), -1)[codes]

    # ---- numerics: log scale, standardised, missing -> training median (flagged elsewhere)
    raw = raw_numeric(offers, prep)
    scaled = {}
    for name, values_ in raw.items():
        stats = prep["numeric"][name]
        known = np.isfinite(values_)
        ood |= known & ((values_ < stats["min"] - 1e-6) | (values_ > stats["max"] + 1e-6))
        scaled[name] = (np.where(known, values_, stats["median"]) - stats["mean"]) / stats["std"]
    put("log_ingredient_co2e", scaled["log_ingredient_co2e"])
    put("log_distance_km", scaled["log_distance_km"])

    # ---- origin and distance
    place_codes, place_values = factorize(column_or_blank(offers, "origin_place"))
    countries = [prep["place_country"].get(p) for p in place_values]
    put("distance_missing", ~np.isfinite(raw["log_distance_km"]))
    put("domestic", np.array([c == prep["home_country"] for c in countries])[place_codes])
    put("origin_unknown", np.array([c is None for c in countries])[place_codes])
    ood |= np.array([p != "" and c is None for p, c in zip(place_values, countries, strict=False)])[place_codes]
    if "origin" in offers:  # an origin the places catalog does not know: the model cannot tell where from
        written = offers["origin"].fillna("").astype(str).str.strip().ne("").to_numpy()
        ood |= written & (np.asarray(place_values, dtype=object)[place_codes] == "")

    # ---- transport: a lower leg is a saving; flying is never better than not flying
    mode_codes, mode_values = factorize(column_or_blank(offers, "transport_mode"))
    _, missing, unknown = slots(mode_values, v["transport_mode"])
    ood |= unknown[mode_codes]
    put("transport_saving", -scaled["log_transport_co2e"])
    put("not_air", np.array([m != AIR for m in mode_values])[mode_codes])
    put("mode_missing", (missing | unknown)[mode_codes])
    put("transport_missing", ~np.isfinite(raw["log_transport_co2e"]))

    # ---- certifications: multi-hot of the scored labels, capped bonus; each distinct cell once
    cert_codes, cert_values = factorize(column_or_blank(offers, "certifications"))
    cert_index = {c: k for k, c in enumerate(v["certification"])}
    bonus = prep["certification_bonus"]
    table = np.zeros((len(cert_values), len(cert_index) + 1), dtype=np.float32)
    unknown_cert = np.zeros(len(cert_values), dtype=bool)
    for k, cell in enumerate(cert_values):
        ids = set(list_values(cell))
        unknown_cert[k] = bool(ids - set(bonus))
        scored = [i for i in ids if i in cert_index]
        table[k, [cert_index[i] for i in scored]] = 1.0
        table[k, -1] = min(sum(bonus[i] for i in scored), CERT_BONUS_CAP) / CERT_BONUS_CAP
    first = position[f"cert={v['certification'][0]}"] if cert_index else position["cert_bonus"]
    out[:, first : first + table.shape[1]] = table[cert_codes]
    ood |= unknown_cert[cert_codes]

    # ---- practice and packaging: catalog impact (0 when not stated), missing
    for column, impact_key in (("practice", "practice_impact"), ("packaging", "packaging_impact")):
        item_codes, item_values = factorize(column_or_blank(offers, column))
        _, missing, unknown = slots(item_values, v[column])
        put(f"{column}_impact", np.array([prep[impact_key].get(i, 0.0) for i in item_values])[item_codes])
        put(f"{column}_missing", (missing | unknown)[item_codes])
        ood |= unknown[item_codes]

    # ---- season flags (domestic produce only: imports come from other seasons and hemispheres)
    terms = rubric_terms(offers, prep, month_of(offers, month))
    seasonal = np.array([bool(f) and bool(f["season_months"]) for f in facts])[codes]
    applies = out[:, position["domestic"]].astype(bool) & seasonal & np.isfinite(month_of(offers, month))
    put("in_season", applies & (terms["season"] > 0))
    put("out_of_season", applies & (terms["season"] < 0))
    put("season_unknown", ~applies)

    # ---- the rubric's terms, each in its group
    for group_terms in RUBRIC_GROUP_TERMS.values():
        for term in group_terms:
            put(f"rubric_{term}", terms[term] if term in UNSCALED_TERMS else terms[term] / SCALE)
    return out, ood


def features_frame(offers: pd.DataFrame, prep: dict[str, Any], month: int | None = None) -> pd.DataFrame:
    """``build_features`` as a table (one float32 column per feature + ``ood``): the per-chunk
    function Spark's ``mapInPandas`` wraps and the prepare stage writes to parquet."""
    matrix, ood = build_features(offers, prep, month)
    frame = pd.DataFrame(matrix, columns=[f"f{k}" for k in range(matrix.shape[1])], index=offers.index)
    frame["ood"] = ood
    return frame
