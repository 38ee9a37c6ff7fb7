"""The chef's corrections, remembered per supplier and applied at every later import.

A correction says, for one supplier, what a product is (``ingredient``: a catalog id, or ""
for "not in the catalog"), that a price is right (``price``: the pack price and currency
accepted, e.g. "999999 PEN"; later prices within 25 % of it are accepted too), or what a
place or certificate written a certain way stands for (``place``, ``certification``: a
catalog id, or "" for "not in the catalog"). Supplier,
product and text are compared folded (no accents, any case). The workspace stores them
(core/appstate/workspace.py); the row cleanser and ``accept_prices`` apply them, and every
use is said in the import report ("recognised by your correction of 12 Nov 2025").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from core.catalogs import Catalogs
from core.cleansing.derive import derive_columns
from core.cleansing.import_report import ImportReport
from core.cleansing.price_bands import flag_implausible_prices
from core.i18n import short_date, tr
from core.text import fold

KINDS = ("ingredient", "price", "place", "certification")
NOT_IN_CATALOG = ""
ACCEPTED_DRIFT = 1.25  # an accepted price covers later prices up to 25 % away from it


@dataclass(frozen=True)
class Correction:
    supplier: str
    kind: str  # one of KINDS
    written: str  # product (ingredient, price), origin (place) or certificate as written
    value: str  # catalog id, NOT_IN_CATALOG, or for a price "<amount> <currency>"
    created: str  # ISO date (YYYY-MM-DD…) the decision was made
    id: int | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return correction_key(self.kind, self.supplier, self.written)

    def when(self, lang: str | None = None) -> str:
        """The decision's date as people write it: '12 nov. 2025', '12 Nov 2025'."""
        try:
            day = dt.date.fromisoformat(self.created[:10])
        except ValueError:
            return self.created
        return short_date(day, lang)


def correction_key(kind: str, supplier: str, written: str) -> tuple[str, str, str]:
    return (kind, fold(supplier), fold(written))


def price_value(price: float, currency: str) -> str:
    """How an accepted price is remembered: '999999 PEN'."""
    return f"{price:.15g} {currency}"


def read_price_value(value: str) -> tuple[float, str] | None:
    """The (amount, currency) ``price_value`` remembered, or None for a value it did not write."""
    amount, _, currency = value.partition(" ")
    try:
        return float(amount), currency
    except ValueError:
        return None


class CorrectionBook:
    """The corrections in force, found by (kind, supplier, text as written)."""

    def __init__(self, corrections: Iterable[Correction] = ()):
        self._by_key = {c.key: c for c in corrections}

    def __bool__(self) -> bool:
        return bool(self._by_key)

    def __len__(self) -> int:
        return len(self._by_key)

    def find(self, kind: str, supplier: str, written: str) -> Correction | None:
        return self._by_key.get(correction_key(kind, supplier, written))

    def for_rows(self, kind: str, suppliers: np.ndarray, written: np.ndarray) -> list[Correction | None]:
        """The correction of each row (None where there is none), looked up once per distinct pair."""
        if not any(k[0] == kind for k in self._by_key):
            return [None] * len(suppliers)
        pairs = pd.Series(list(zip(suppliers, written)), dtype=object)
        codes, distinct = pd.factorize(pairs)
        found = [self.find(kind, s, w) for s, w in distinct]
        return [found[c] for c in codes]


def replace_flags(flags: str, remove: Iterable[str], add: str) -> str:
    """'unmatched_ingredient;origin_missing' - unmatched + corrected -> 'origin_missing;ingredient_corrected'."""
    gone = set(remove)
    kept = [f for f in flags.split(";") if f and f not in gone]
    if add and add not in kept:
        kept.append(add)
    return ";".join(kept)


def accept_prices(offers: pd.DataFrame, book: CorrectionBook, report: ImportReport) -> pd.DataFrame:
    """Offers whose questioned price the chef accepted (same supplier, product, pack price and
    currency) get ``price_accepted`` instead of ``price_implausible`` / ``price_outlier``."""
    if offers.empty or not book:
        return offers
    questioned = offers["flags"].fillna("").str.contains("price_implausible|price_outlier", regex=True).to_numpy()
    if not questioned.any():
        return offers
    offers = offers.copy()
    rows = np.flatnonzero(questioned)
    products, prices = offers["product"].to_numpy(), offers["price"].to_numpy()
    currencies, flags = offers["currency"].to_numpy(), offers["flags"].to_numpy(dtype=object)
    found = book.for_rows("price", offers["supplier"].to_numpy()[rows], products[rows])
    accepted = {
        int(i): c for i, c in zip(rows, found) if c is not None and _same_price(c.value, prices[i], currencies[i])
    }
    for i in accepted:
        flags[i] = replace_flags(flags[i], ("price_implausible", "price_outlier"), "price_accepted")
    offers["flags"] = flags
    report.add_offers(
        offers,
        sorted(accepted),
        "fixed",
        "price_accepted",
        lambda i: tr(
            "The price {price:,.2f} {currency} of '{product}' was accepted by your decision of {date}.",
            price=prices[i],
            currency=currencies[i],
            product=products[i],
            date=accepted[i].when(),
        ),
    )
    return offers


def _same_price(value: str, price: float, currency: str) -> bool:
    """The accepted price still holds: same currency, at most ``ACCEPTED_DRIFT`` times dearer
    or cheaper (next week's price of an unusual but real product)."""
    remembered = read_price_value(value)
    if remembered is None:
        return False
    accepted, code = remembered
    if code != currency or not accepted > 0 or not float(price) > 0:
        return False
    return 1 / ACCEPTED_DRIFT <= float(price) / accepted <= ACCEPTED_DRIFT


# flags the derivation adds: cleared before offers are derived again
_DERIVED_FLAGS = ("origin_missing", "origin_unknown", "transport_imputed", "unit_not_convertible")
_INGREDIENT_FLAGS = ("unmatched_ingredient", "uncertain_match", "ingredient_not_in_catalog", "ingredient_corrected")
_PRICE_FLAGS = ("price_implausible", "price_outlier", "price_accepted")


def reassign_ingredient(
    offers: pd.DataFrame, ingredient: str, catalogs: Catalogs, settings=None, book: CorrectionBook | None = None
) -> pd.DataFrame:
    """Stored offers with the chef's ingredient (or none: NOT_IN_CATALOG), derived again: base
    unit, price per base unit, footprint and the usual transport follow the new ingredient, and
    its reference price band is checked (the comparison with the old ingredient's peers no
    longer applies). Used by "Change ingredient…" on offers already in the workspace."""
    frame = offers.copy()
    flags = frame["flags"].fillna("").astype(str)
    imputed = flags.str.contains("transport_imputed", regex=False)
    frame.loc[imputed, "transport_mode"] = ""  # the usual route depends on the ingredient (cold chain)
    known = ingredient != NOT_IN_CATALOG
    decided = "ingredient_corrected" if known else "ingredient_not_in_catalog"
    frame["flags"] = [replace_flags(f, _DERIVED_FLAGS + _INGREDIENT_FLAGS + _PRICE_FLAGS, decided) for f in flags]
    frame["ingredient"] = ingredient
    frame["match_score"] = 100.0 if known else 0.0
    derived = derive_columns(frame, catalogs, settings, text_is_clean=True)
    derived = flag_implausible_prices(derived, catalogs, ImportReport())
    derived = accept_prices(derived, book or CorrectionBook(), ImportReport())
    for column in offers.columns.difference(derived.columns):
        derived[column] = offers[column].to_numpy()
    derived.index = offers.index
    return derived[list(offers.columns)]
