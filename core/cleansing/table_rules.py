"""Rules that look at several offers at once: exact duplicates and price outliers.

Duplicates: rows with the same supplier, product (folded), pack, origin (folded), price and
currency are one offer written twice; the first is kept, the others are reported as
collapsed. Offers that differ in origin or price are distinct offers and are all kept.

Outliers: within one ingredient and base unit, the price per base unit is compared with
the group's robust centre on a log scale (prices are multiplicative): the median and the
scaled median absolute deviation (MAD x 1.4826). A price is flagged (never dropped) when
it lies more than ``OUTLIER_Z`` robust deviations away AND at least ``MIN_RATIO`` times
above or below the median, so that tight groups do not flag ordinary spreads. Groups of
fewer than ``MIN_GROUP`` prices use the ratio test alone. Prices already flagged
implausible against the catalog's reference band take no part.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.cleansing.import_report import ImportReport
from core.i18n import tr
from core.text import fold_many
from core.unit_names import unit_name

OUTLIER_Z = 3.5
MIN_RATIO = 2.5
MIN_GROUP = 5
DUPLICATE_KEY = ["supplier", "product", "pack_qty", "pack_unit", "origin", "price", "currency"]


def collapse_duplicates(offers: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    if offers.empty:
        return offers
    key = offers[DUPLICATE_KEY].copy()
    for column in ("supplier", "product", "origin"):
        codes, uniques = pd.factorize(key[column])
        key[column] = np.array([*fold_many([str(u) for u in uniques]), ""], dtype=object)[codes]
    duplicated = key.duplicated(keep="first")
    if not duplicated.any():
        return offers
    first_of = key.reset_index(drop=True).groupby(DUPLICATE_KEY, sort=False, dropna=False).ngroup()
    first_row = offers["source_row"].reset_index(drop=True).groupby(first_of).transform("first")
    first = first_row.to_numpy()
    report.add_offers(
        offers,
        np.flatnonzero(duplicated.to_numpy()),
        "refused",
        "duplicate_collapsed",
        lambda i: tr(
            "Same supplier, product, pack, origin and price as row {first}; counted once.", first=int(first[i])
        ),
    )
    return offers.loc[~duplicated.to_numpy()].reset_index(drop=True)


def flag_price_outliers(offers: pd.DataFrame, report: ImportReport) -> pd.DataFrame:
    if offers.empty:
        return offers
    price = offers["price_pen_per_base_unit"]
    # an implausible price (a placeholder, a slip of the decimal point) is not a peer: it would
    # pull the group's centre and make the ordinary offers look odd (price_bands.py runs first)
    implausible = offers["flags"].fillna("").str.contains("price_implausible", regex=False)
    usable = offers["ingredient"].ne("") & price.gt(0) & np.isfinite(price) & ~implausible
    if not usable.any():
        return offers
    log_price = np.log(price.where(usable))
    groups = [offers["ingredient"], offers["base_unit"]]
    median = log_price.groupby(groups).transform("median")
    mad = (log_price - median).abs().groupby(groups).transform("median") * 1.4826
    size = log_price.groupby(groups).transform("count")
    distance = (log_price - median).abs()
    ratio_test = distance > np.log(MIN_RATIO)
    z_test = (distance > OUTLIER_Z * mad) | (size < MIN_GROUP)
    outlier = (usable & ratio_test & z_test & size.ge(2)).to_numpy()
    if not outlier.any():
        return offers
    offers = offers.copy()
    centre = np.exp(median).to_numpy()
    flags = offers["flags"].fillna("").astype(str).to_numpy(dtype=object)
    flags[outlier] = [f"{f};price_outlier" if f else "price_outlier" for f in flags[outlier]]
    offers["flags"] = flags
    per_base, units = offers["price_pen_per_base_unit"].to_numpy(), offers["base_unit"].to_numpy()
    report.add_offers(
        offers,
        np.flatnonzero(outlier),
        "flagged",
        "price_outlier",
        lambda i: tr(
            "S/ {price:,.2f} per {unit} is far from the usual S/ {centre:,.2f} for this ingredient; please check.",
            price=per_base[i],
            unit=unit_name(units[i]),  # "unidad", not the code "unit"
            centre=centre[i],
        ),
    )
    return offers
