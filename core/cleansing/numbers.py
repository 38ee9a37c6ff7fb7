"""Numbers and prices as suppliers write them: one grammar, documented in docs/cleansing.md.

A price cell is ``[currency] [sign] number [currency]``, spaces allowed between the parts:
"S/ 12,50", "S/.12.50", "US$ 3.99", "12.50 soles", "EUR 8", "-4", "1.234,50", "1,234.50",
"1 234,50", "1'234.50", "12 500", "1.5E+03", "25.-". The currency is any name or symbol of
data/reference/currencies.csv; at most one, before or after the number (or the same one on
both sides).

A number is digits with an optional decimal part and an optional exponent:

- the decimal mark is a point or a comma; thousands separators (a point, comma, space,
  apostrophe or underscore, the same one throughout) group the whole part in threes
  ("12.345.678", "1 234"), never the decimals;
- with both a point and a comma, the last one is the decimal mark;
- a single point or comma followed by exactly three digits ("1,500", "2.000") is a thousands
  separator, unless the column writes its decimals with that mark elsewhere (then it is the
  decimal mark); after a leading 0 ("0,500") or before an exponent it is always decimal;
- a mark repeated ("1.234.567") can only be a thousands separator;
- scientific notation as spreadsheets write it: "1.5E+03", "2e-2"; "25.-" is 25;
- the value must be below 10^12 in size (a price or quantity beyond that is a typing error).

Anything else is not read: the reason says what is wrong ("1,2,3" groups its digits wrongly,
"12.50 aprox" holds other text, 400 nines is too large). Quantities in packs also accept a
fraction ("1/2 kg").
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from core.text import fold

LIMIT = 1e12  # prices and quantities are below this in size

# Why a text is not a number (the rule sentences in row_cleansing.py name them).
NO_NUMBER = "no_number"
EXTRA_TEXT = "extra_text"
GROUPING = "grouping"
TOO_LARGE = "too_large"
TWO_CURRENCIES = "two_currencies"

_GROUP_MARKS = ".,'’_ "
_NUMBER_CHARS = re.compile(r"^[-+]?[\d.,'’_ ]*\d[\d.,'’_ ]*(?:[eE][-+]?\d+)?(?:[.,][-–])?$")
_EXPONENT = re.compile(r"^(.*\d)[eE]([-+]?\d+)$")
_WHOLE_DASH = re.compile(r"[.,][-–]$")  # "25.-": a whole amount
_FRACTION = re.compile(r"^(\d+)\s*/\s*(\d+)$")
_DIGIT = re.compile(r"\d")
_NON_DIGITS = re.compile(r"\D")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "−": "-"})


@dataclass(frozen=True)
class Reading:
    value: float | None
    problem: str = ""  # NO_NUMBER, EXTRA_TEXT, GROUPING, TOO_LARGE when value is None
    detail: str = ""  # the text that is in the way (for EXTRA_TEXT)


@dataclass
class PriceColumn:
    """``PriceReader.read`` of many cells, as arrays (one item per cell): NaN amount and a rule
    id in ``problem`` where a cell could not be read; ``reason`` and ``detail`` as ParsedPrice."""

    amount: np.ndarray
    currency: np.ndarray
    problem: np.ndarray
    reason: np.ndarray
    detail: np.ndarray


@dataclass(frozen=True)
class ParsedPrice:
    amount: float | None
    currency: str  # "" when the text names none
    problem: str = ""  # rule id when it could not be read
    reason: str = ""  # NO_NUMBER, EXTRA_TEXT… for price_unreadable
    detail: str = ""


def _grouped(whole: str, separator: str) -> bool:
    """'12.345.678' with '.': the first group 1-3 digits, every other group exactly 3."""
    groups = whole.split(separator)
    return (
        all(g.isdigit() for g in groups)
        and 1 <= len(groups[0]) <= 3
        and all(len(g) == 3 for g in groups[1:])
        and len(groups) > 1
    )


def _mantissa(text: str, decimal_comma: bool | None, has_exponent: bool) -> str | None:
    """Digits with grouping and decimal marks as plain "1234.5", or None when they break the rules."""
    marks = _NON_DIGITS.findall(text)
    if not marks:
        return text if text.isdigit() else None
    points, commas = text.count("."), text.count(",")
    decimal = ""
    if points and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
    elif points or commas:
        mark, count = (".", points) if points else (",", commas)
        head, _, tail = text.rpartition(mark)
        if count > 1:
            decimal = ""  # "1.234.567": thousands only
        elif len(marks) > count:
            decimal = mark  # "1 234,5": another separator groups the thousands
        elif len(tail) == 3 and head not in ("", "0") and not has_exponent:
            decimal = mark if decimal_comma is not None and (mark == ",") == decimal_comma else ""
        else:
            decimal = mark
    whole, _, fraction = text.rpartition(decimal) if decimal else (text, "", "")
    if decimal and (not fraction.isdigit() or decimal in whole):
        return None
    separators = set(_NON_DIGITS.findall(whole))
    if len(separators) > 1 or (separators and not _grouped(whole, separators.pop())):
        return None
    if not whole and not fraction:
        return None
    digits = whole.replace(" ", "").replace(".", "").replace(",", "").replace("'", "").replace("’", "")
    digits = digits.replace("_", "") or "0"
    return f"{digits}.{fraction}" if fraction else digits


@lru_cache(maxsize=65536)
def read_number(text: str, decimal_comma: bool | None = None) -> Reading:
    """A number written as the grammar above allows (no currency), or why it is not one."""
    raw = (text if text.isascii() else text.translate(_SPACES)).strip()
    if not _DIGIT.search(raw):
        return Reading(None, NO_NUMBER)
    if not _NUMBER_CHARS.match(raw):
        return Reading(None, EXTRA_TEXT, re.sub(r"[\d.,'’_ +-]+", " ", raw).strip())
    negative = raw.startswith("-")
    body = _WHOLE_DASH.sub("", raw.lstrip("+-").strip())
    exponent = _EXPONENT.match(body)
    mantissa_text, power = (exponent.group(1), int(exponent.group(2))) if exponent else (body, 0)
    mantissa = _mantissa(mantissa_text.strip(), decimal_comma, exponent is not None)
    if mantissa is None:
        return Reading(None, GROUPING)
    value = float(f"{mantissa}e{power}")  # one correctly rounded conversion, whatever the exponent
    if not math.isfinite(value) or abs(value) >= LIMIT:
        return Reading(None, TOO_LARGE)
    return Reading(-value if negative else value)


def parse_number(text: str, decimal_comma: bool | None = None) -> float | None:
    """A number (or a quantity's fraction "1/2") as the grammar allows; None otherwise."""
    fraction = _FRACTION.match(text.strip())
    if fraction:
        denominator = int(fraction.group(2))
        return int(fraction.group(1)) / denominator if denominator else None
    return read_number(text, decimal_comma).value


def _plain(text: str) -> str:
    """Lower case without accents, spaces collapsed; punctuation kept ("S/." stays "s/.")."""
    if not text.isascii():
        text = text.translate(_SPACES)  # "dólares", "€": the accents go, the symbols stay
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(text.lower().split())


class PriceReader:
    """Reads price cells with the currency names and symbols of the catalog (raw alias -> ISO
    code), remembering each distinct text it has read."""

    def __init__(self, currencies: Mapping[str, str]):
        self._codes = {_plain(name): code for name, code in currencies.items() if name.strip()}
        longest_first = sorted(self._codes, key=len, reverse=True)
        # the longest name a text starts with, and (matched on the reversed text) ends with
        self._prefix = re.compile("|".join(re.escape(name) for name in longest_first))
        self._suffix = re.compile("|".join(re.escape(name[::-1]) for name in longest_first))
        self._read_text = lru_cache(maxsize=65536)(self._text)

    def read(self, value: object, decimal_comma: bool | None = None) -> ParsedPrice:
        if value is None or value == "":
            return ParsedPrice(None, "", "price_missing")
        if isinstance(value, bool):
            return ParsedPrice(None, "", "price_unreadable", NO_NUMBER)
        if isinstance(value, (int, float)):
            if value != value:
                return ParsedPrice(None, "", "price_missing")
            if not math.isfinite(value) or abs(value) >= LIMIT:
                return ParsedPrice(None, "", "price_too_large", TOO_LARGE)
            return ParsedPrice(float(value), "")
        if isinstance(value, (dt.date, dt.datetime, dt.time, dt.timedelta)):
            return ParsedPrice(None, "", "price_is_date")
        return self._read_text(str(value), decimal_comma)

    def read_many(self, values: list[object], decimal_comma: bool | None = None) -> PriceColumn:
        """``read`` of each value, as arrays. Cells that are plain numbers (most of a price list)
        are checked all at once, with the same rules as ``read``; the others one by one."""
        count = len(values)
        amount = np.full(count, np.nan)
        currency, problem, reason, detail = (np.full(count, "", dtype=object) for _ in range(4))
        plain = np.fromiter((type(value) is float or type(value) is int for value in values), bool, count)
        if plain.any():
            numbers = np.array([value for value, is_plain in zip(values, plain, strict=True) if is_plain], dtype=float)
            with np.errstate(invalid="ignore"):
                too_large = ~np.isnan(numbers) & ~(np.abs(numbers) < LIMIT)  # and the infinities
            problem[plain] = np.where(np.isnan(numbers), "price_missing", np.where(too_large, "price_too_large", ""))
            reason[plain] = np.where(too_large, TOO_LARGE, "")
            amount[plain] = np.where(np.isnan(numbers) | too_large, np.nan, numbers)
        for index in np.flatnonzero(~plain):
            parsed = self.read(values[index], decimal_comma)
            amount[index] = np.nan if parsed.amount is None else parsed.amount
            currency[index], problem[index] = parsed.currency, parsed.problem
            reason[index], detail[index] = parsed.reason, parsed.detail
        return PriceColumn(amount, currency, problem, reason, detail)

    def _text(self, text: str, decimal_comma: bool | None) -> ParsedPrice:
        plain = _plain(text)
        before = self._prefix.match(plain)
        start = before.end() if before else 0
        after = self._suffix.match(plain[::-1])
        end = len(plain) - after.end() if after and len(plain) - after.end() >= start else len(plain)
        parts = [plain[:start], plain[end:]]
        codes = {self._codes[part] for part in parts if part}
        if len(codes) > 1:
            return ParsedPrice(None, "", "price_unreadable", TWO_CURRENCIES)
        currency = codes.pop() if codes else ""
        reading = read_number(plain[start:end].strip(), decimal_comma)
        if reading.value is None:
            problem = "price_too_large" if reading.problem == TOO_LARGE else "price_unreadable"
            return ParsedPrice(None, currency, problem, reading.problem, reading.detail)
        return ParsedPrice(reading.value, currency)


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
