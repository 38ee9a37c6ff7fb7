"""Exchange rates a person gives (``--rate USD=3.75``, the settings): positive and within a
plausible band around the catalog's reference rate (data/reference/currencies.csv), so that a
slip of the decimal point or a minus sign cannot turn every dollar price upside down."""

from __future__ import annotations

import math

from core.catalogs import Catalogs
from core.cleansing.numbers import parse_number
from core.errors import UserError
from core.i18n import tr

RATE_BAND = 1.5  # a rate may differ from the reference by at most this factor either way
BASE_CURRENCY = "PEN"


def rate_band(catalogs: Catalogs, currency: str) -> tuple[float, float]:
    """(lowest, highest) rate to soles accepted for ``currency``."""
    reference = float(catalogs.currencies.at[currency, "rate_to_pen"])
    return reference / RATE_BAND, reference * RATE_BAND


def checked_rate(catalogs: Catalogs, currency: str, rate: object) -> float:
    """``rate`` as a float, or UserError with one sentence saying what is wrong with it."""
    code = str(currency).strip().upper()
    if code not in catalogs.currencies.index:
        raise UserError(
            tr(
                "There is no reference rate for {currency}; the currencies known are {known}.",
                currency=code,
                known=", ".join(catalogs.currencies.index),
            )
        )
    if isinstance(rate, str):  # as a person writes it: "3,75" or "3.75" (the number grammar, numbers.py)
        value = parse_number(rate.strip())
        value = math.nan if value is None else value
    else:
        try:
            value = float(rate)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise UserError(
            tr("The exchange rate for {currency} must be a number above zero, not {rate}.", currency=code, rate=rate)
        )
    if code == BASE_CURRENCY:
        if value != 1.0:
            raise UserError(tr("PEN is the base currency: its rate is always 1."))
        return value
    low, high = rate_band(catalogs, code)
    if not low <= value <= high:
        raise UserError(
            tr(
                "The exchange rate {rate:g} for {currency} is not plausible: the reference of {date} is "
                "{reference:g} soles, so it must lie between {low:.2f} and {high:.2f}.",
                rate=value,
                currency=code,
                date=catalogs.currencies.at[code, "rate_date"],
                reference=float(catalogs.currencies.at[code, "rate_to_pen"]),
                low=low,
                high=high,
            )
        )
    return value


def checked_rates(catalogs: Catalogs, rates: dict[str, object]) -> dict[str, float]:
    """Every rate checked (see ``checked_rate``); currency codes in capitals."""
    return {str(code).strip().upper(): checked_rate(catalogs, code, rate) for code, rate in rates.items()}
