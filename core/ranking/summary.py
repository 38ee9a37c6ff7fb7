"""One line per ingredient from a ranking: what to buy, the cheapest and the most sustainable
option, and — when an offer is marked as the current supplier — what switching would change.

``summarise(ranked)`` returns language-free values (ids, numbers and a ``note`` code); the
report and the window translate headers and notes. Costs and kg CO2e are per base unit of the
ingredient (kg, l or unit): the offers carry no order quantities.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.cleansing.review import waiting_for_review
from core.i18n import N_, tr

# The columns of an offer copied for each role, and the name they take in the summary.
OFFER_FIELDS = {
    "supplier": "supplier",
    "product": "product",
    "price_pen_per_base_unit": "price",
    "score_for_ranking": "score",
    "kg_co2e_per_base_unit": "co2",
}
ROLES = ("recommended", "cheapest", "most_sustainable", "current")

NOTES = {
    "no_eligible": N_("No offer meets the constraints."),
    "waiting_for_review": N_(
        "Its offers wait for your review (an uncertain reading or price): none is recommended until accepted."
    ),
    "price_unknown": N_(
        "The recommended offer has no price per base unit (its pack cannot be converted): check the price "
        "before ordering."
    ),
    "current_is_recommended": N_("The current supplier is already the best option."),
    "switch": N_("Switching to the recommended option is suggested."),
    "": "",
}

SUMMARY_COLUMNS = (
    [
        "ingredient",
        "base_unit",
        "offers",
        "eligible_offers",
        "recommended_index",
        "current_index",
        "recommended_rank_score",
    ]
    + [f"{role}_{name}" for role in ROLES for name in OFFER_FIELDS.values()]
    + ["switch_cost_change", "switch_cost_change_pct", "switch_co2_change", "switch_co2_change_pct", "note"]
)


def note_text(code: str, lang: str | None = None) -> str:
    return tr(NOTES[code], lang=lang) if NOTES.get(code) else ""


def _first_per_ingredient(frame: pd.DataFrame, sort_by: list[str], ascending: list[bool]) -> pd.DataFrame:
    """The first row of each ingredient after a stable sort (ties keep the ranking's order)."""
    ordered = frame.sort_values(
        ["ingredient", *sort_by, "_order"], ascending=[True, *ascending, True], kind="stable", na_position="last"
    )
    return ordered.drop_duplicates("ingredient", keep="first").set_index("ingredient")


def _role(picked: pd.DataFrame, role: str) -> pd.DataFrame:
    columns = {source: f"{role}_{name}" for source, name in OFFER_FIELDS.items() if source in picked}
    return picked[list(columns)].rename(columns=columns)


def summarise(ranked: pd.DataFrame) -> pd.DataFrame:
    """Per recognised ingredient (sorted by id): recommendation, extremes and switch deltas."""
    frame = ranked[ranked["ingredient"].fillna("").astype(str) != ""].copy()
    frame["_order"] = np.arange(len(frame))
    frame["_waiting"] = waiting_for_review(frame)
    frame["_label"] = frame.index
    for source in OFFER_FIELDS:
        if source not in frame:
            frame[source] = np.nan
    if "base_unit" not in frame:
        frame["base_unit"] = ""
    if "current" not in frame:
        frame["current"] = False
    if frame.empty:
        return pd.DataFrame(columns=SUMMARY_COLUMNS)

    grouped = frame.groupby("ingredient", sort=True)
    summary = pd.DataFrame({"offers": grouped.size(), "eligible_offers": grouped["eligible"].sum().astype(int)})
    summary["base_unit"] = grouped["base_unit"].first()
    waiting = grouped["_waiting"].any()

    eligible = frame[frame["eligible"].astype(bool)]
    eligible = eligible.assign(_rank=eligible["rank"].astype(float))
    best = _first_per_ingredient(eligible, ["_rank"], [True])
    summary["recommended_index"] = best["_label"].astype(object)
    summary["recommended_rank_score"] = best["rank_score"]
    summary = summary.join(_role(best, "recommended"))
    summary = summary.join(
        _role(_first_per_ingredient(eligible, ["price_pen_per_base_unit", "_rank"], [True, True]), "cheapest")
    )
    summary = summary.join(
        _role(_first_per_ingredient(eligible, ["score_for_ranking", "_rank"], [False, True]), "most_sustainable")
    )
    current = frame[frame["current"].astype(bool)]
    first_current = _first_per_ingredient(current, [], [])
    summary = summary.join(_role(first_current, "current"))
    summary["current_index"] = first_current["_label"].astype(object)

    for column in SUMMARY_COLUMNS:
        if column not in summary and column != "ingredient":
            summary[column] = np.nan
    cost = summary["recommended_price"] - summary["current_price"]
    co2 = summary["recommended_co2"] - summary["current_co2"]
    summary["switch_cost_change"] = cost
    summary["switch_co2_change"] = co2
    with np.errstate(invalid="ignore", divide="ignore"):
        summary["switch_cost_change_pct"] = np.where(
            summary["current_price"] > 0, cost / summary["current_price"], np.nan
        )
        summary["switch_co2_change_pct"] = np.where(summary["current_co2"] > 0, co2 / summary["current_co2"], np.nan)

    has_current = summary["current_supplier"].notna()
    same = has_current & (summary["current_index"] == summary["recommended_index"])
    price_unknown = (summary["eligible_offers"] > 0) & summary["recommended_price"].isna()
    none_eligible = summary["eligible_offers"] == 0
    summary["note"] = np.select(
        [none_eligible & waiting, none_eligible, price_unknown, same, has_current],
        ["waiting_for_review", "no_eligible", "price_unknown", "current_is_recommended", "switch"],
        "",
    )
    summary = summary.reset_index().rename(columns={"index": "ingredient"})
    return summary[SUMMARY_COLUMNS].reset_index(drop=True)
