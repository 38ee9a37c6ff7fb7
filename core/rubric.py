"""The written audit rubric, version 2 (docs/model_card.md, "Audit rubric"): the score an
offer earns from its catalog facts, as one vectorised function of the offers table.

The rubric labels the synthetic training offers (core.lifecycle.training_data) and is the
first half of the model: the network's input holds the rubric's TERMS below, one group of
terms per explanation group, and recombines them exactly as ``points_from_terms`` does
before adding its learned correction (core.model.network). Keep both in step; a test pins
them together.

Rules (each with a test in tests/test_rubric.py):
- certificates never lower a score and a label with bonus 0 changes nothing;
- labour points only for social labels the catalog scores, in proportion to their bonus (full
  at 10: Fairtrade, Fair for Life, SPP; B Corp's token 2 earns a fifth; SMETA's 0 nothing);
- each risk is mitigated only by the labels and practices data/reference/risk_mitigation.csv
  names for it (MSC for overfishing, Rainforest Alliance or organic for deforestation, ...);
- the ingredient footprint bounds what labels, good practice and packaging and mitigation can
  add: their points are multiplied by the footprint's headroom (``headroom``), so beef with
  every label stays below conventional lentils and chicken, and no food of 10 kg CO2e/kg or
  more reaches "recommended", whatever its labels;
- the transport leg only costs points, so flying never beats trucking the same offer.

Everything comes from ``const``: the catalog facts of core.features.catalog_constants (also
stored in a model bundle's preprocessing.json), so the app, Spark and the generator compute
the very same numbers.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd

from core.contract import list_values
from core.encoding import column_or_blank, factorize

HOME_COUNTRY = "PE"
RISKS = ("deforestation", "overfishing", "threatened_species", "bycatch", "water_stress")
CERT_BONUS_CAP = 20.0
AIR = "air"

# Points per component. docs/model_card.md lists them with their sources: keep both in step.
FOOTPRINT_POINTS = 35.0  # ingredient kg CO2e/kg: 0.2 or less -> 35, 100 or more -> 0 (log scale)
FOOTPRINT_BEST, FOOTPRINT_WORST = 0.2, 100.0
UNKNOWN_FOOTPRINT = 5.0  # kg CO2e/kg assumed for an ingredient outside the catalog
TRANSPORT_POINTS = 20.0  # transport leg kg CO2e/kg: 0 -> 20, 10 or more -> 0 (log scale)
TRANSPORT_REF, TRANSPORT_WORST = 0.02, 10.0
TRANSPORT_UNKNOWN = 6.0
LOCAL_POINTS, NEARBY_POINTS, NEARBY_KM = 5.0, 2.0, 300.0
ORIGIN_UNKNOWN = -4.0
PRACTICE_POINTS, PRACTICE_UNKNOWN = 12.0, -2.0
PACKAGING_POINTS, PACKAGING_UNKNOWN = 6.0, -1.0
LABOUR_POINTS = 6.0  # a social label scored as a full standard (bonus 10: Fairtrade, SPP); less in proportion
LABOUR_FULL_BONUS = 10.0
RISK_PENALTY = {
    "deforestation": 10.0,
    "overfishing": 10.0,
    "threatened_species": 15.0,
    "bycatch": 6.0,
    "water_stress": 4.0,
}
RISK_MITIGATION = 0.6  # share of a risk's penalty a relevant label or practice removes
SEASON_IN, SEASON_OUT = 5.0, -3.0
HEADROOM_FLOOR = 0.05  # every food keeps this share, so labels still rank offers of one food
CENTER, SCALE = 46.0, 15.0  # score = logistic((points - CENTER) / SCALE)

# The terms, in the order the network reads them; "gain" terms are multiplied by the headroom.
RISK_TERMS = tuple(f"risk_penalty_{r}" for r in RISKS)
LABEL_MITIGATES = tuple(f"label_mitigates_{r}" for r in RISKS)
PRACTICE_MITIGATES = tuple(f"practice_mitigates_{r}" for r in RISKS)
BASE_TERMS = ("footprint", "origin", "transport", "season", "practice_loss", "packaging_loss")
GAIN_TERMS = ("certificates", "labour", "practice_gain", "packaging_gain")  # + the mitigated share of the risks


def headroom(footprint_points: np.ndarray) -> np.ndarray:
    """The share of what labels, good practice and packaging can add that this food keeps: the
    square of its footprint points' share of the best (1 at 0.2 kg CO2e/kg or less; 0.14 at
    10 kg, where all gains together can no longer lift any offer to "recommended"), at least
    HEADROOM_FLOOR."""
    share = np.clip(np.asarray(footprint_points, float) / FOOTPRINT_POINTS, 0.0, 1.0)
    return np.maximum(np.square(share), HEADROOM_FLOOR)


def footprint_points(kg_co2e_per_kg: np.ndarray) -> np.ndarray:
    fp = np.where(np.isfinite(kg_co2e_per_kg), kg_co2e_per_kg, UNKNOWN_FOOTPRINT)
    span = np.log(FOOTPRINT_WORST / FOOTPRINT_BEST)
    return FOOTPRINT_POINTS * (1 - np.clip(np.log(np.maximum(fp, 1e-3) / FOOTPRINT_BEST) / span, 0, 1))


def transport_points(leg_per_kg: np.ndarray) -> np.ndarray:
    """Points of the transport leg (kg CO2e per kg moved); unknown leg -> TRANSPORT_UNKNOWN."""
    known = np.isfinite(leg_per_kg)
    ratio = np.log1p(np.where(known, np.maximum(leg_per_kg, 0.0), 0.0) / TRANSPORT_REF)
    points = TRANSPORT_POINTS * (1 - np.clip(ratio / np.log1p(TRANSPORT_WORST / TRANSPORT_REF), 0, 1))
    return np.where(known, points, TRANSPORT_UNKNOWN)


def kg_per_base_unit(offers: pd.DataFrame, const: dict[str, Any]) -> np.ndarray:
    """kg in one base unit of each offer (1 for kg; density for l; piece weight for unit)."""
    if offers.empty:  # pandas cannot factorize an empty MultiIndex (the Spark job's header is empty)
        return np.zeros(0, dtype=float)
    base = offers["base_unit"].fillna("").astype(str) if "base_unit" in offers else pd.Series("", index=offers.index)
    pairs = pd.MultiIndex.from_arrays([offers["ingredient"].fillna("").astype(str), base])
    codes, uniques = pd.factorize(pairs)
    values = []
    for ingredient, unit in uniques:
        facts = const["ingredients"].get(ingredient) or {}
        kg = {"kg": 1.0, "l": facts.get("kg_per_l"), "unit": facts.get("kg_per_unit")}.get(unit)
        values.append(float(kg) if kg is not None else np.nan)
    return np.array(values + [np.nan], dtype=float)[codes]


def transport_leg_per_kg(offers: pd.DataFrame, const: dict[str, Any]) -> np.ndarray:
    """kg CO2e of the transport leg per kg moved, from the derived per-base-unit column."""
    if "transport_kg_co2e_per_base_unit" not in offers:
        return np.full(len(offers), np.nan)
    per_base = pd.to_numeric(offers["transport_kg_co2e_per_base_unit"], errors="coerce").to_numpy(float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return per_base / kg_per_base_unit(offers, const)


def month_of(offers: pd.DataFrame, month: int | np.ndarray | None) -> np.ndarray:
    """The month each offer is for: an array, the table's ``month`` column, or one month."""
    if isinstance(month, np.ndarray):
        return month.astype(float)
    if "month" in offers.columns and month is None:
        return pd.to_numeric(offers["month"], errors="coerce").to_numpy(dtype=float)
    if month is None:
        month = _dt.date.today().month
    return np.full(len(offers), float(month))


def rubric_terms(
    offers: pd.DataFrame, const: dict[str, Any], month: int | np.ndarray | None = None
) -> dict[str, np.ndarray]:
    """The rubric's terms per offer (points, or 0/1 flags), from offers with derived columns."""
    n = len(offers)
    terms: dict[str, np.ndarray] = {}

    # ---- ingredient: footprint, headroom, risks, season months
    codes, values = factorize(offers["ingredient"])
    facts = [const["ingredients"].get(v) for v in values]
    kg_co2e = np.array([f["kg_co2e_per_kg"] if f else np.nan for f in facts])
    footprint = footprint_points(kg_co2e)
    terms["footprint"] = footprint[codes]
    terms["headroom"] = headroom(footprint)[codes]
    has_risk = np.array([[bool(f) and r in f["risk"] for r in RISKS] for f in facts], dtype=float).reshape(
        -1, len(RISKS)
    )
    for k, risk in enumerate(RISKS):
        terms[RISK_TERMS[k]] = (has_risk[:, k] * RISK_PENALTY[risk])[codes]

    # ---- origin and season
    place_codes, places = factorize(column_or_blank(offers, "origin_place"))
    country = [const["place_country"].get(p) for p in places]
    domestic = np.array([c == HOME_COUNTRY for c in country])[place_codes]
    known_place = np.array([c is not None and c != "" for c in country])[place_codes]
    distance = (
        pd.to_numeric(offers["distance_km"], errors="coerce").to_numpy(float)
        if "distance_km" in offers
        else np.full(n, np.nan)
    )
    with np.errstate(invalid="ignore"):
        near = np.where(np.isfinite(distance), distance < NEARBY_KM, False)
    terms["origin"] = np.where(
        known_place, np.where(domestic, LOCAL_POINTS + np.where(near, NEARBY_POINTS, 0.0), 0.0), ORIGIN_UNKNOWN
    )
    months = month_of(offers, month)
    season_table = np.zeros((len(facts), 13), dtype=bool)
    for k, fact in enumerate(facts):
        if fact:
            season_table[k, [m for m in fact["season_months"] if 1 <= m <= 12]] = True
    known_month = np.isfinite(months)
    month_int = np.clip(np.where(known_month, months, 0), 0, 12).astype(int)
    has_season = np.asarray(season_table.any(axis=1), dtype=bool)
    applies = domestic & has_season[codes] & known_month
    terms["season"] = np.where(applies, np.where(season_table[codes, month_int], SEASON_IN, SEASON_OUT), 0.0)

    # ---- transport: the leg only costs points
    terms["transport"] = transport_points(transport_leg_per_kg(offers, const))

    # ---- certificates: capped bonus, labour, which risks they mitigate (each distinct cell once)
    bonus_of = const["certification_bonus"]
    social = set(const.get("certification_social", []))
    mitigation = const.get("mitigation", {})
    cert_codes, cells = factorize(column_or_blank(offers, "certifications"))
    table = np.zeros((len(cells), 2 + len(RISKS)))
    for k, cell in enumerate(cells):
        scored = {c for c in list_values(cell) if bonus_of.get(c, 0.0) > 0}  # bonus 0: changes nothing
        table[k, 0] = min(CERT_BONUS_CAP, sum(bonus_of[c] for c in scored))
        social_bonus = max((bonus_of[c] for c in scored & social), default=0.0)
        table[k, 1] = LABOUR_POINTS * min(1.0, social_bonus / LABOUR_FULL_BONUS)
        for r, risk in enumerate(RISKS):
            table[k, 2 + r] = float(bool(scored & set(mitigation.get(risk, {}).get("certification", []))))
    rows = table[cert_codes]
    terms["certificates"], terms["labour"] = rows[:, 0], rows[:, 1]
    for r in range(len(RISKS)):
        terms[LABEL_MITIGATES[r]] = rows[:, 2 + r]

    # ---- practice and packaging: signed impact; a practice's gain is bounded like a label's
    practice_codes, practices = factorize(column_or_blank(offers, "practice"))
    impact = np.array([const["practice_impact"].get(p, np.nan) for p in practices])
    points = np.where(np.isfinite(impact), PRACTICE_POINTS * np.nan_to_num(impact), PRACTICE_UNKNOWN)
    terms["practice_gain"] = np.maximum(points, 0.0)[practice_codes]
    terms["practice_loss"] = np.minimum(points, 0.0)[practice_codes]
    for r, risk in enumerate(RISKS):
        relevant = set(mitigation.get(risk, {}).get("practice", []))
        terms[PRACTICE_MITIGATES[r]] = np.array([float(p in relevant) for p in practices])[practice_codes]
    packaging_codes, packagings = factorize(column_or_blank(offers, "packaging"))
    pack_impact = np.array([const["packaging_impact"].get(p, np.nan) for p in packagings])
    pack_points = np.where(np.isfinite(pack_impact), PACKAGING_POINTS * np.nan_to_num(pack_impact), PACKAGING_UNKNOWN)
    terms["packaging_gain"] = np.maximum(pack_points, 0.0)[packaging_codes]
    terms["packaging_loss"] = np.minimum(pack_points, 0.0)[packaging_codes]
    return terms


def mitigated_points(terms: dict[str, np.ndarray]) -> np.ndarray:
    """Risk points a relevant label or practice wins back (before the footprint bound)."""
    return RISK_MITIGATION * sum(
        terms[RISK_TERMS[r]] * np.maximum(terms[LABEL_MITIGATES[r]], terms[PRACTICE_MITIGATES[r]])
        for r in range(len(RISKS))
    )


def points_from_terms(terms: dict[str, np.ndarray]) -> np.ndarray:
    """Total points: the base terms, minus every risk's full penalty, plus the label gains
    (certificates, labour, good practice, mitigated risk) scaled by the footprint headroom."""
    base = sum(terms[t] for t in BASE_TERMS) - sum(terms[t] for t in RISK_TERMS)
    gains = sum(terms[t] for t in GAIN_TERMS) + mitigated_points(terms)
    return base + terms["headroom"] * gains


def score_from_points(points: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(np.asarray(points, float) - CENTER) / SCALE))


def rubric_score(offers: pd.DataFrame, const: dict[str, Any], month: int | np.ndarray | None = None) -> np.ndarray:
    """The noise-free rubric score in [0, 1] of every offer."""
    return score_from_points(points_from_terms(rubric_terms(offers, const, month)))


def rubric_breakdown(
    offers: pd.DataFrame, const: dict[str, Any], month: int | np.ndarray | None = None
) -> pd.DataFrame:
    """Points per component, as the model card's rubric table lists them (they add up to the total)."""
    terms = rubric_terms(offers, const, month)
    risk = -sum(terms[t] for t in RISK_TERMS)
    frame = pd.DataFrame(
        {
            "footprint": terms["footprint"],
            "transport": terms["transport"],
            "origin": terms["origin"],
            "season": terms["season"],
            "practice": terms["practice_loss"] + terms["headroom"] * terms["practice_gain"],
            "packaging": terms["packaging_loss"] + terms["headroom"] * terms["packaging_gain"],
            "certificates": terms["headroom"] * terms["certificates"],
            "labour": terms["headroom"] * terms["labour"],
            "risk": risk + terms["headroom"] * mitigated_points(terms),
        },
        index=offers.index,
    )
    frame["total"] = frame.sum(axis=1)
    return frame
