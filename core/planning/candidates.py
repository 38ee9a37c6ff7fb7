"""The offers a purchase plan may buy, as whole packs: each pack in the ingredient's base
unit, its price and kg CO2e per pack, and for every offer left out the reasons why.

The ranking's constraints (certified only, no air freight, minimum score, …) decide through
``core.ranking.rank.apply_constraints``, which also holds back every offer waiting for the
chef's decision (core.cleansing.review, the import's one rule, as in the ranking); an
offer without a price in soles, a convertible pack or a footprint cannot be planned either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.derive import base_unit_factors
from core.i18n import N_, tr
from core.ranking.rank import Constraints, apply_constraints, exclusion_text

# Reasons of the plan's own, after the ranking's exclusion codes.
PLAN_REASONS = {
    "no_price": N_("no price in soles"),
    "no_quantity": N_("pack not convertible to the ingredient's unit"),
    "no_footprint": N_("no kg CO2e"),
}


def _numbers(frame: pd.DataFrame, column: str) -> np.ndarray:
    if column not in frame:
        return np.full(len(frame), np.nan)
    return pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)


def candidate_offers(
    scored: pd.DataFrame,
    constraints: Constraints = Constraints(),
    catalogs: Catalogs | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """A copy of ``scored`` (same index) with ``base_qty`` (base units in one pack),
    ``price_pen_per_pack``, ``kg_co2e_per_pack``, ``score_for_ranking``, ``plan_codes`` (';'-
    separated reasons it cannot be planned, "" when it can) and ``plannable``."""
    catalogs = catalogs or load_catalogs()
    frame = apply_constraints(scored, constraints, lang=lang)
    if frame.empty:
        for column in ("base_qty", "price_pen_per_pack", "kg_co2e_per_pack"):
            frame[column] = pd.Series(dtype=float)
        frame["plan_codes"] = pd.Series(dtype=object)
        frame["plannable"] = pd.Series(dtype=bool)
        return frame
    for column in ("ingredient", "pack_unit"):
        frame[column] = frame[column].fillna("").astype(str) if column in frame else ""
    _, factor = base_unit_factors(frame, catalogs)
    base_qty = _numbers(frame, "pack_qty") * factor
    frame["base_qty"] = base_qty
    frame["price_pen_per_pack"] = _numbers(frame, "price_pen_per_base_unit") * base_qty
    frame["kg_co2e_per_pack"] = _numbers(frame, "kg_co2e_per_base_unit") * base_qty
    reasons = {
        "no_quantity": ~(base_qty > 0),
        "no_price": ~np.isfinite(frame["price_pen_per_pack"].to_numpy(dtype=float)),
        "no_footprint": ~np.isfinite(frame["kg_co2e_per_pack"].to_numpy(dtype=float)),
    }
    codes = frame["excluded_codes"].fillna("").astype(str).to_numpy(dtype=object)
    for code, mask in reasons.items():
        codes = np.where(mask, np.where(codes == "", code, codes + ";" + code), codes)
    frame["plan_codes"] = codes
    frame["plannable"] = codes == ""
    return frame


def reason_text(codes: str, lang: str | None = None) -> str:
    """'air_freight;no_price' -> 'air freight; no price in soles' in ``lang``."""
    parts = []
    for code in [c for c in str(codes).split(";") if c]:
        parts.append(tr(PLAN_REASONS[code], lang=lang) if code in PLAN_REASONS else exclusion_text(code, lang))
    return "; ".join(p for p in parts if p)
