"""Plausible prices without peers: each catalog ingredient has a reference price band per base
unit (data/reference/ingredients.csv: ``price_low_pen``, ``price_high_pen``, with its public
source and date). A price per base unit more than ``BAND_FACTOR`` times below the band's low
end or above its high end is flagged ``price_implausible``, and so is a placeholder price
(9999, 99 999, 999 999…, or a cent or less for a pack) whatever the ingredient. Such an offer
is kept and shown but not recommended until a person accepts the price (review.py).

The band is deliberately wide (cheap wholesale to gourmet retail); the factor catches a slip
of the decimal point, a price per tonne or a placeholder, not an ordinary price move.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.catalogs import Catalogs
from core.cleansing.import_report import ImportReport
from core.i18n import current_language, tr
from core.unit_names import unit_name

BAND_FACTOR = 3.0
PLACEHOLDER_CENT = 0.01  # a pack priced at a cent or less is a placeholder


_NINES = [10.0**digits - 1 for digits in range(4, 13)]  # 9999 … 999 999 999 999


def placeholders(prices: np.ndarray) -> np.ndarray:
    """True for 9999, 99 999.99, 999 999 (four nines or more in the whole part) and for 0.01
    and less: prices typed to fill a cell, not to be paid."""
    with np.errstate(invalid="ignore"):
        return (np.isin(np.floor(prices), _NINES) | (prices <= PLACEHOLDER_CENT)) & (prices > 0)


def flag_implausible_prices(offers: pd.DataFrame, catalogs: Catalogs, report: ImportReport) -> pd.DataFrame:
    """``offers`` with ``price_implausible`` added to the flags of each implausible price."""
    if offers.empty:
        return offers
    price = offers["price_pen_per_base_unit"].to_numpy(dtype=float)
    bands = catalogs.ingredients.reindex(offers["ingredient"])
    low = bands["price_low_pen"].to_numpy(dtype=float)
    high = bands["price_high_pen"].to_numpy(dtype=float)
    with np.errstate(invalid="ignore"):
        outside = (price < low / BAND_FACTOR) | (price > high * BAND_FACTOR)
    quoted = offers["price"].to_numpy(dtype=float)
    placeholder = placeholders(quoted)
    implausible = outside | placeholder
    if not implausible.any():
        return offers
    offers = offers.copy()
    flags = offers["flags"].fillna("").astype(str).to_numpy(dtype=object)
    flags[implausible] = [f"{f};price_implausible" if f else "price_implausible" for f in flags[implausible]]
    offers["flags"] = flags
    lang = current_language()
    ingredient, currency = offers["ingredient"].to_numpy(), offers["currency"].to_numpy()
    units = offers["base_unit"].to_numpy()
    names = {i: catalogs.ingredient_name(i, lang) for i in set(ingredient[implausible])}
    dates = bands["price_date"].to_numpy()

    def sentence(i: int) -> str:
        if placeholder[i]:
            return tr(
                "The price {price:,.2f} {currency} looks like a placeholder; the offer is not recommended until "
                "you accept the price.",
                price=quoted[i],
                currency=currency[i],
            )
        return tr(
            "S/ {price:,.2f} per {unit} is far outside the usual S/ {low:g} to {high:g} for {ingredient} "
            "(reference of {date}); the offer is not recommended until you accept the price.",
            price=price[i],
            unit=unit_name(units[i]),  # "unidad", not the code "unit"
            low=low[i],
            high=high[i],
            ingredient=names[ingredient[i]],
            date=dates[i],
        )

    report.add_offers(offers, np.flatnonzero(implausible), "flagged", "price_implausible", sentence)
    return offers
