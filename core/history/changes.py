"""What changed in each offer since the same supplier's previous list of that product.

The workspace links every stored offer to the same product in the supplier's most recent
earlier list that had it (core.appstate.product_matching); ``with_changes`` turns the linked
values into what a person reads:

- ``change_pct``: change of the price per base unit in percent (18.0 = +18 %); for a pack that
  cannot be put in base units (a bunch of unknown weight), of the pack's price when the pack
  and currency are the same;
- ``score_change``: change of the sustainability score (when both were scored);
- ``certifications_added`` / ``certifications_dropped``: catalog ids, ';'-separated;
- ``change_status``: ``new`` (the supplier never offered it before), ``changed`` (price, score
  or certificates differ) or ``unchanged``; empty on a supplier's first list;
- ``price_jump``: the price moved more than the threshold either way: to be looked at before
  it is trusted.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.contract import list_values

NEW, CHANGED, UNCHANGED = "new", "changed", "unchanged"
DEFAULT_JUMP_PCT = 15.0
CHANGE_COLUMNS = (
    "previous_list_date",
    "previous_price_pen_per_base_unit",
    "change_pct",
    "previous_score",
    "score_change",
    "certifications_added",
    "certifications_dropped",
    "change_status",
    "price_jump",
)


def certificate_changes(now: pd.Series, before: pd.Series) -> tuple[list[str], list[str]]:
    """(added, dropped) catalog ids per row, ';'-separated."""
    added, dropped = [], []
    for current, previous in zip(now.fillna("").astype(str), before.fillna("").astype(str), strict=True):
        a, b = set(list_values(current)), set(list_values(previous))
        added.append(";".join(sorted(a - b)))
        dropped.append(";".join(sorted(b - a)))
    return added, dropped


def price_change_pct(price: pd.Series, previous: pd.Series) -> pd.Series:
    with np.errstate(divide="ignore", invalid="ignore"):
        change = (price.astype(float) / previous.astype(float) - 1.0) * 100.0
    return change.where(np.isfinite(change)).round(2)


def with_changes(
    offers: pd.DataFrame, score_column: str | None = None, jump_pct: float = DEFAULT_JUMP_PCT
) -> pd.DataFrame:
    """``offers`` as read by Workspace.history_offers / current offers (with the ``previous_*``
    columns and ``first_list``) with CHANGE_COLUMNS filled in."""
    frame = offers.copy()
    linked = frame["previous_offer_id"].notna().to_numpy()
    per_unit = price_change_pct(frame["price_pen_per_base_unit"], frame["previous_price_pen_per_base_unit"])
    per_pack = (
        price_change_pct(frame["price"], frame["previous_pack_price"]) if "previous_pack_price" in frame else np.nan
    )
    frame["change_pct"] = per_unit.fillna(per_pack) if isinstance(per_pack, pd.Series) else per_unit
    if score_column and score_column in frame:
        frame["score_change"] = frame[score_column].astype(float) - frame["previous_score"].astype(float)
    else:
        frame["score_change"] = np.nan
    added, dropped = certificate_changes(frame["certifications"], frame["previous_certifications"])
    frame["certifications_added"] = np.where(linked, added, "")
    frame["certifications_dropped"] = np.where(linked, dropped, "")
    differs = (
        (frame["change_pct"].fillna(0.0).abs() > 0.005)
        | (frame["score_change"].fillna(0.0).abs() > 0.005)
        | (frame["certifications_added"] != "")
        | (frame["certifications_dropped"] != "")
    ).to_numpy()
    first = frame["first_list"].to_numpy(dtype=bool)
    frame["change_status"] = np.select([first, ~linked, differs], ["", NEW, CHANGED], UNCHANGED).astype(object)
    frame["price_jump"] = (frame["change_pct"].abs() > float(jump_pct)).to_numpy(dtype=bool)
    return frame
