"""Which offer of a supplier's earlier lists is the same product as an offer of a later one.

Offers are the same product when the supplier wrote the same product name (folded: case,
accents and spacing ignored) with the same pack. When a product's pack changed, it is still
the same product if its name appears once in both lists. Two offers of the same name and pack
in one list (say, from two origins) are paired in order of origin and price.

``previous_occurrence`` links every offer to the most recent earlier offer of the same
product from the same supplier (its previous list that had that product). The workspace
stores the link (``offers.previous_offer_id``) so that changes are a join, not a search.
Vectorised: group codes and shifts over the whole history of the suppliers concerned.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.text import fold

MATCH_COLUMNS = (
    "offer_id",
    "supplier",
    "list_id",
    "list_date",
    "product",
    "pack_qty",
    "pack_unit",
    "origin",
    "price_pen_per_base_unit",
)


def _codes(frame: pd.DataFrame) -> pd.DataFrame:
    products = frame["product"].fillna("").astype(str)
    folded = products.map({p: fold(p) for p in products.unique()})
    pack = frame["pack_qty"].astype(float).round(6).astype(str) + " " + frame["pack_unit"].fillna("").astype(str)
    order = frame[["list_date", "list_id"]].drop_duplicates().sort_values(["list_date", "list_id"], kind="stable")
    sequence = pd.Series(np.arange(len(order)), index=pd.MultiIndex.from_frame(order))
    codes = pd.DataFrame(
        {
            "supplier": pd.factorize(frame["supplier"])[0],
            "product": pd.factorize(folded)[0],
            "pack": pd.factorize(pack)[0],
            "seq": sequence.reindex(pd.MultiIndex.from_frame(frame[["list_date", "list_id"]])).to_numpy(),
            "origin": frame["origin"].fillna("").astype(str).to_numpy(),
            "price": frame["price_pen_per_base_unit"].astype(float).to_numpy(),
        }
    )
    ordered = codes.sort_values(["supplier", "seq", "product", "pack", "origin", "price"], kind="stable")
    codes["occ"] = ordered.groupby(["supplier", "seq", "product", "pack"], sort=False).cumcount()
    return codes.drop(columns=["origin", "price"])


def _previous_in_group(codes: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Position of the previous row (by list order) of the same group, or -1."""
    ordered = codes.sort_values([*keys, "seq"], kind="stable")
    position = pd.Series(ordered.index.to_numpy(), index=ordered.index)
    previous = position.groupby([ordered[k] for k in keys], sort=False).shift(1)
    result = np.full(len(codes), -1, dtype=np.int64)
    result[ordered.index.to_numpy()] = previous.fillna(-1).to_numpy(dtype=np.int64)
    return result


def previous_occurrence(frame: pd.DataFrame) -> np.ndarray:
    """For each row of ``frame`` (MATCH_COLUMNS), the ``offer_id`` of the same product in the
    supplier's most recent earlier list that had it, or -1."""
    frame = frame.reset_index(drop=True)
    if frame.empty:
        return np.zeros(0, dtype=np.int64)
    codes = _codes(frame)
    exact = _previous_in_group(codes, ["supplier", "product", "pack", "occ"])
    # a changed pack: the same name, alone in both lists
    alone = ~codes.duplicated(["supplier", "seq", "product"], keep=False).to_numpy()
    loose = np.full(len(codes), -1, dtype=np.int64)
    subset = codes[alone].reset_index(drop=True)
    if len(subset):
        found = _previous_in_group(subset, ["supplier", "product"])
        rows = np.flatnonzero(alone)
        has = found >= 0
        loose[rows[has]] = rows[found[has]]
    seq = codes["seq"].to_numpy()
    loose_is_later = (loose >= 0) & ((exact < 0) | (seq[np.maximum(loose, 0)] > seq[np.maximum(exact, 0)]))
    previous = np.where(loose_is_later, loose, exact)  # the more recent of the two
    offer_ids = frame["offer_id"].to_numpy(dtype=np.int64)
    return np.where(previous >= 0, offer_ids[np.maximum(previous, 0)], -1)
