"""A simulated sustainability officer for the audit experiment (docs/model_card.md, "Learning
the officer's judgement").

No real officer's labels exist yet, so the experiment asks a simulated one. She starts from
the written rubric (core.rubric) and departs from it in six documented ways, each a view a
sustainability officer of a Lima restaurant plausibly holds, in rubric points:

1. Flights are a red line: -10 for air freight, beyond what the transport CO2e costs.
2. Kilómetro cero: +6 for domestic produce from within 300 km, in its season.
3. Threatened species: -12 more for an ingredient with a threatened-species risk (paiche)
   unless a relevant label or practice mitigates it.
4. Tecnopor: -6 for styrofoam packaging (Peru's Ley 30884 phases it out).
5. Peruvian fair trade: +5 for a domestic offer holding a social label the catalog scores.
6. Unverified claims count half: a good practice without any scored certificate earns half
   the rubric's practice points.

Every departure keeps the rubric's promises (a label never lowers her score, flying never
beats trucking), so the monotone network can learn them. Her labels carry her own noise
(``noise``, sd on the score) and are rounded to 0.01, as she would write them.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from core.encoding import column_or_blank
from core.rubric import (
    AIR,
    HOME_COUNTRY,
    LABEL_MITIGATES,
    NEARBY_KM,
    PRACTICE_MITIGATES,
    RISKS,
    points_from_terms,
    rubric_terms,
    score_from_points,
)

AIR_PENALTY = -10.0
LOCAL_SEASON_BONUS = 6.0
THREATENED_PENALTY = -12.0
STYROFOAM, STYROFOAM_PENALTY = "styrofoam", -6.0
FAIR_TRADE_DOMESTIC_BONUS = 5.0
UNVERIFIED_PRACTICE_SHARE = 0.5
DEPARTURES = ("air", "local_season", "threatened", "styrofoam", "fair_trade_domestic", "unverified_practice")


def officer_departures(
    offers: pd.DataFrame, const: dict[str, Any], month: int | np.ndarray | None = None
) -> pd.DataFrame:
    """Her departures from the rubric, in points, one column per documented rule."""
    terms = rubric_terms(offers, const, month)
    country = column_or_blank(offers, "origin_place").map(const["place_country"]).fillna("").to_numpy(str)
    domestic = country == HOME_COUNTRY
    distance = pd.to_numeric(offers["distance_km"], errors="coerce").to_numpy(float)
    near = np.where(np.isfinite(distance), distance < NEARBY_KM, False)
    threatened = RISKS.index("threatened_species")
    mitigated = np.maximum(terms[LABEL_MITIGATES[threatened]], terms[PRACTICE_MITIGATES[threatened]])
    has_threat = terms[f"risk_penalty_{RISKS[threatened]}"] > 0
    certified = terms["certificates"] > 0
    return pd.DataFrame(
        {
            "air": np.where(column_or_blank(offers, "transport_mode").eq(AIR).to_numpy(), AIR_PENALTY, 0.0),
            "local_season": np.where(domestic & near & (terms["season"] > 0), LOCAL_SEASON_BONUS, 0.0),
            "threatened": np.where(has_threat, THREATENED_PENALTY * (1 - mitigated), 0.0),
            "styrofoam": np.where(
                column_or_blank(offers, "packaging").eq(STYROFOAM).to_numpy(), STYROFOAM_PENALTY, 0.0
            ),
            "fair_trade_domestic": np.where(domestic & (terms["labour"] > 0), FAIR_TRADE_DOMESTIC_BONUS, 0.0),
            "unverified_practice": np.where(
                certified, 0.0, -(1 - UNVERIFIED_PRACTICE_SHARE) * terms["headroom"] * terms["practice_gain"]
            ),
        },
        index=offers.index,
    )


def officer_judgement(offers: pd.DataFrame, const: dict[str, Any], month: int | np.ndarray | None = None) -> np.ndarray:
    """Her noise-free score: the rubric's points plus her departures, on the rubric's scale."""
    points = points_from_terms(rubric_terms(offers, const, month))
    return score_from_points(points + officer_departures(offers, const, month).sum(axis=1).to_numpy(float))


def officer_labels(
    offers: pd.DataFrame,
    const: dict[str, Any],
    rng: np.random.Generator,
    noise: float = 0.02,
    month: int | np.ndarray | None = None,
) -> np.ndarray:
    """The scores she writes down: her judgement plus her noise, clipped, rounded to 0.01."""
    judged = officer_judgement(offers, const, month)
    return np.round(np.clip(judged + rng.normal(0.0, noise, len(judged)), 0.0, 1.0), 2)
