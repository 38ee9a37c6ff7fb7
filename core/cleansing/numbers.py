"""Numbers and prices as suppliers write them.

"S/ 12,50", "S/.12.50", "US$ 3.99", "12.50 soles", "EUR 8", "1.234,50", "1,234.50".
A comma or dot followed by exactly three digits and nothing else is a thousands separator
("1,500" = 1500) unless the column writes decimals with that mark elsewhere; with both marks
present, the last one is the decimal mark.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from core.text import fold

_CURRENCY_PATTERNS = [
    (re.compile(r"(us\s?\$|usd|u\$s|dolares|dolar|dollars?)"), "USD"),
    (re.compile(r"(€|eur\b|euros?)"), "EUR"),
    (re.compile(r"(s/\.?|\bpen\b|soles|\bsol\b|nuevos soles)"), "PEN"),
    (re.compile(r"\$"), "USD"),  # a bare dollar sign in a Peruvian list means US dollars
]
_NUMBER = re.compile(r"-?\d[\d.,\s]*\d|-?\d")
_FRACTION = re.compile(r"^(\d+)\s*/\s*(\d+)$")


@dataclass(frozen=True)
class ParsedPrice:
    amount: float | None
    currency: str  # "" when the text names none
    problem: str = ""  # rule id when it could not be read


def parse_number(text: str, decimal_comma: bool | None = None) -> float | None:
    """A number written with either decimal mark; None when there is none."""
    raw = text.strip().replace("\u00a0", " ")
    fraction = _FRACTION.match(raw)
    if fraction:
        denominator = int(fraction.group(2))
        return int(fraction.group(1)) / denominator if denominator else None
    found = _NUMBER.search(raw)
    if not found:
        return None
    digits = found.group(0).replace(" ", "")
    negative = digits.startswith("-")
    digits = digits.lstrip("-")
    has_comma, has_dot = "," in digits, "." in digits
    if has_comma and has_dot:
        decimal = "," if digits.rfind(",") > digits.rfind(".") else "."
    elif has_comma or has_dot:
        mark = "," if has_comma else "."
        head, _, tail = digits.rpartition(mark)
        if digits.count(mark) > 1:
            decimal = None  # "1.234.567": thousands only
        elif len(tail) == 3 and head and head != "0":
            # "1,500": thousands, unless the column is known to use this mark for decimals
            if decimal_comma is None:
                decimal = None
            else:
                decimal = mark if (mark == ",") == decimal_comma else None
        else:
            decimal = mark
    else:
        decimal = None
    thousands = {",", "."} - {decimal} if decimal else {",", "."}
    for sep in thousands:
        digits = digits.replace(sep, "")
    if decimal == ",":
        digits = digits.replace(",", ".")
    try:
        value = float(digits)
    except ValueError:
        return None
    return -value if negative else value


def currency_in(text: str) -> str:
    folded = fold(text)
    for pattern, code in _CURRENCY_PATTERNS:
        if pattern.search(folded) or pattern.search(text.lower()):
            return code
    return ""


@lru_cache(maxsize=65536)
def _parse_price_text(text: str, decimal_comma: bool | None) -> ParsedPrice:
    currency = currency_in(text)
    without_currency = re.sub(r"(?i)(us\s?\$|usd|s/\.?|pen|eur|€|\$)", " ", text)
    amount = parse_number(without_currency, decimal_comma)
    if amount is None:
        return ParsedPrice(None, currency, "price_unreadable")
    return ParsedPrice(amount, currency)


def parse_price(value: object, decimal_comma: bool | None = None) -> ParsedPrice:
    if value is None or value == "":
        return ParsedPrice(None, "", "price_missing")
    if isinstance(value, bool):
        return ParsedPrice(None, "", "price_unreadable")
    if isinstance(value, (int, float)):
        if value != value:
            return ParsedPrice(None, "", "price_missing")
        return ParsedPrice(float(value), "")
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return ParsedPrice(None, "", "price_is_date")
    return _parse_price_text(str(value), decimal_comma)


def column_uses_decimal_comma(values: list[object]) -> bool | None:
    """Look at a column's text values: True if "12,50"-style decimals dominate, False if
    "12.50"-style do, None if it cannot tell."""
    commas = dots = 0
    for value in values[:500]:
        if not isinstance(value, str):
            continue
        if re.search(r"\d,\d{1,2}(?!\d)", value):
            commas += 1
        elif re.search(r"\d\.\d{1,2}(?!\d)", value):
            dots += 1
    if commas == dots:
        return None
    return commas > dots


_DURATION = re.compile(r"(\d+(?:[.,]\d+)?)(?:\s*(?:-|a|to)\s*(\d+(?:[.,]\d+)?))?\s*([a-z]*)")


@lru_cache(maxsize=4096)
def _parse_days_text(text: str) -> float | None:
    folded = fold(text)
    if folded in ("inmediato", "inmediata", "same day", "mismo dia", "hoy"):
        return 0.0
    found = _DURATION.search(folded)
    if not found:
        return None
    low = float(found.group(1).replace(",", "."))
    high = float(found.group(2).replace(",", ".")) if found.group(2) else low
    value = (low + high) / 2
    unit = found.group(3)
    if unit.startswith(("h", "hr")):
        return value / 24
    if unit.startswith(("sem", "week", "wk")):
        return value * 7
    if unit.startswith(("mes", "month")):
        return value * 30
    return value


def parse_days(value: object) -> float | None:
    """Lead time in days from 2, "2 días", "48 h", "1-2 semanas", "inmediato"."""
    if value is None or value == "" or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return None if value != value else float(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        return None
    return _parse_days_text(str(value))
