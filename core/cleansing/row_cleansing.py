"""Row cleansing: raw price-list rows -> canonical offers (or refusals), column by column.

Each rule looks at one row only, so the result is the same on a whole file, on a chunk,
or inside Spark's mapInPandas. For speed every parser runs once per *distinct* value of
its column (price lists repeat their packs, origins and labels endlessly) and the results
are spread back to the rows with numpy. ``RowCleanser.cleanse`` runs one method per
concern over a ``RowBatch`` (row_batch.py), in a fixed order: the refusals come first
(price, currency, product, pack) and a row gets only its first refusal; the rows left
are imported with their fixes and flags (matching text to the catalogs, with the chef's
corrections, is in row_matching.py). Table-level rules (duplicates, price outliers,
implausible prices) are in table_rules.py and price_bands.py; every rule is documented in
docs/cleansing.md and every change it makes is written to the import report with its rule id.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.corrections import CorrectionBook
from core.cleansing.derive import derive_columns
from core.cleansing.geography import Location
from core.cleansing.import_report import ImportReport
from core.cleansing.numbers import (
    EXTRA_TEXT,
    GROUPING,
    NO_NUMBER,
    TWO_CURRENCIES,
    PriceReader,
    column_uses_decimal_comma,
    parse_days,
    parse_number,
)
from core.cleansing.packs import parse_pack
from core.cleansing.row_batch import Distinct, RowBatch, attribute, cell_text
from core.cleansing.row_matching import RowMatcher
from core.contract import CANONICAL_COLUMNS
from core.i18n import N_, tr


@dataclass
class CleanseSettings:
    restaurant: Location | None = None  # default: Lima
    rates: dict[str, float] = field(default_factory=dict)  # currency -> PEN, overrides the catalog
    default_currency: str = "PEN"
    corrections: CorrectionBook = field(default_factory=CorrectionBook)  # the chef's remembered decisions


@dataclass
class RawTable:
    """Rows of one sheet with their values under canonical names (targets of the mapping)."""

    frame: pd.DataFrame  # target columns (raw values) + source_file, source_sheet, source_row
    headers: dict[str, str] = field(default_factory=dict)  # target -> supplier's header
    currency_hint: str = ""
    supplier: str = ""  # used when no supplier column
    unit_hint: str = ""  # the unit the price header quotes per ("x kg"), for rows whose pack says none


class RowCleanser:
    def __init__(self, catalogs: Catalogs | None = None, settings: CleanseSettings | None = None):
        self.catalogs = catalogs or load_catalogs()
        self.settings = settings or CleanseSettings()
        self.matching = RowMatcher(self.catalogs, self.settings.corrections)
        self.prices = PriceReader(self.catalogs.currency_symbols)

    def cleanse(self, table: RawTable, report: ImportReport) -> pd.DataFrame:
        """The canonical offers of one sheet's rows (refused rows left out, all reported)."""
        batch = RowBatch.of(table.frame, table.headers, report)
        # refusals, in this order: a row is refused for the first problem only
        price_currency = self._price(batch)
        assumed = self._currency(batch, price_currency, table.currency_hint)
        self._product(batch)
        self._pack(batch, table.unit_hint)
        # from here on every row is imported: fixes and flags
        batch.say(
            assumed,
            "price",
            "fixed",
            "currency_assumed",
            lambda i: tr("No currency given; {currency} assumed.", currency=batch.columns["currency"][i]),
        )
        batch.flag(assumed, "currency_assumed")
        batch.columns["supplier"] = np.where(
            batch.text["supplier"] != "", batch.text["supplier"], table.supplier
        ).astype(object)
        self.matching.ingredient(batch)
        self.matching.origin(batch)
        self.matching.vocabularies(batch)
        self._lead_time(batch)
        self._audited_score(batch)
        return self._canonical(batch, table.headers, report)

    # -- refusals ---------------------------------------------------------------------------
    def _price(self, batch: RowBatch) -> np.ndarray:
        """Price as a number (column ``price``); refuses missing, unreadable, too large, date, <= 0.
        Returns the currency each price cell names ("" for none)."""
        raw = batch.raw["price"]
        decimal_comma = column_uses_decimal_comma(list(raw[:500]))
        cells = batch.distinct_cells("price")
        read = self.prices.read_many(cells.uniques[:-1], decimal_comma)  # once per distinct cell
        amount, problem = cells.spread(read.amount, np.nan), cells.spread(read.problem, "price_missing")
        reason, detail = cells.spread(read.reason, ""), cells.spread(read.detail, "")

        def quoted(i: int) -> str:
            return _shortened(cell_text(raw[i]))

        batch.refuse(
            problem == "price_missing", "price", "price_missing", tr("No price given; the row was not imported.")
        )
        unreadable = {
            NO_NUMBER: N_("The price '{value}' cannot be read as a number; the row was not imported."),
            EXTRA_TEXT: N_(
                "The price '{value}' holds '{text}', which is neither part of a number nor a currency; "
                "the row was not imported."
            ),
            TWO_CURRENCIES: N_("The price '{value}' names two currencies; the row was not imported."),
            GROUPING: N_(
                "The price '{value}' does not write its digits as a number (thousands in groups of three, "
                "one decimal mark); the row was not imported."
            ),
        }
        batch.refuse(
            problem == "price_unreadable",
            "price",
            "price_unreadable",
            lambda i: tr(unreadable[reason[i]], value=quoted(i), text=detail[i]),
        )
        batch.refuse(
            problem == "price_too_large",
            "price",
            "price_too_large",
            lambda i: tr(
                "The price '{value}' is too large to be a price (a trillion or more); the row was not imported.",
                value=quoted(i),
            ),
        )
        batch.refuse(
            problem == "price_is_date",
            "price",
            "price_is_date",
            tr("The price cell holds a date, not a number; the row was not imported."),
        )
        with np.errstate(invalid="ignore"):
            batch.refuse(
                amount <= 0,
                "price",
                "price_not_positive",
                lambda i: tr("The price {value} is not above zero; the row was not imported.", value=amount[i]),
            )
        batch.columns["price"] = amount
        return cells.spread(read.currency, "")

    def _currency(self, batch: RowBatch, price_currency: np.ndarray, currency_hint: str) -> np.ndarray:
        """The row's currency cell, else the price text, else the header, else the default
        (column ``currency``); refuses unknown currencies and those without a rate.
        Returns where the currency was assumed."""
        cat, text = self.catalogs, batch.text["currency"]

        def currency_of(cell: str) -> str:  # "" when the cell is empty, "?" when unknown
            found = cat.currency_vocabulary.lookup(cell) if cell else None
            return found.id if found else ("?" if cell else "")

        cell_currency = batch.distinct("currency", currency_of, text=True)
        batch.refuse(
            cell_currency == "?",
            "currency",
            "currency_unknown",
            lambda i: tr("The currency '{value}' is not known; the row was not imported.", value=text[i]),
        )
        currency = np.where(cell_currency != "", cell_currency, price_currency)
        currency = np.where(currency != "", currency, currency_hint)
        assumed = currency == ""
        currency = np.where(assumed, self.settings.default_currency, currency).astype(object)
        rates = {c: cat.rate_to_pen(c, self.settings.rates) for c in set(currency[batch.alive])}
        no_rate = np.array([rates.get(c, 0) is None for c in currency], dtype=bool)
        batch.refuse(
            no_rate,
            "currency",
            "currency_no_rate",
            lambda i: tr("There is no exchange rate for {currency}; add one in the settings.", currency=currency[i]),
        )
        batch.columns["currency"] = currency
        return assumed

    def _product(self, batch: RowBatch) -> None:
        product = batch.text["product"].astype(object)
        batch.refuse(
            product == "",
            "product",
            "product_missing",
            tr("The row has a price but no product name; it was not imported."),
        )
        batch.columns["product"] = product

    def _pack(self, batch: RowBatch, unit_hint: str) -> None:
        """One combined pack cell, or quantity and unit cells (``pack_qty``, ``pack_unit``)."""
        cat, raw, product = self.catalogs, batch.raw, batch.columns["product"]
        if any(v is not None for v in raw["pack_qty"]) or any(v is not None for v in raw["pack_unit"]):
            keys = np.empty(len(batch), dtype=object)
            keys[:] = list(zip(raw["pack"], raw["pack_qty"], raw["pack_unit"], strict=False))
            packs = Distinct(keys).map(lambda cells: parse_pack(cat, *cells) if cells is not None else parse_pack(cat))
        else:  # one pack column: its distinct cells suffice
            packs = batch.distinct("pack", lambda cell: parse_pack(cat, cell))
        pack_problem = attribute(packs, "problem")
        from_header = (pack_problem != "") & bool(unit_hint) & batch.alive
        if from_header.any():
            # "Precio S/. x kg": the price is per kg whatever the pack cell says; a pack cell
            # without a quantity ("Filete fresco") then describes the product.
            per_unit = parse_pack(cat, f"1 {unit_hint}")
            described = batch.distinct("pack", cell_text)
            for i in np.flatnonzero(from_header):
                packs[i] = per_unit
                if described[i]:
                    product[i] = f"{product[i]} ({described[i]})"
            pack_problem = attribute(packs, "problem")
            batch.out.say(
                from_header,
                "pack",
                "fixed",
                "pack_from_header",
                tr(
                    "No pack quantity in the row; the price header quotes per {unit}, so 1 {unit} was used.",
                    unit=unit_hint,
                ),
            )
        pack_value = batch.distinct("pack", cell_text)
        qty_value = batch.distinct("pack_qty", cell_text)
        shown = np.where(pack_value != "", pack_value, qty_value)
        batch.refuse(
            pack_problem == "pack_missing", "pack", "pack_missing", tr("No pack size given; the row was not imported.")
        )
        batch.refuse(
            pack_problem == "pack_no_quantity",
            "pack",
            "pack_no_quantity",
            lambda i: tr(
                "The pack '{value}' says no quantity (how many kg or units); the row was not imported.", value=shown[i]
            ),
        )
        batch.refuse(
            pack_problem == "pack_unreadable",
            "pack",
            "pack_unreadable",
            lambda i: tr("The pack '{value}' cannot be read; the row was not imported.", value=shown[i]),
        )
        qty = np.array([np.nan if p.qty is None else p.qty for p in packs], dtype=float)
        with np.errstate(invalid="ignore"):
            batch.refuse(
                ~(qty > 0) & (pack_problem == ""),
                "pack",
                "pack_not_positive",
                tr("The pack quantity is zero or negative; the row was not imported."),
            )
        batch.columns["pack_qty"] = qty
        batch.columns["pack_unit"] = attribute(packs, "unit")

    # -- fixes and flags ----------------------------------------------------------------------
    def _lead_time(self, batch: RowBatch) -> None:
        lead = batch.distinct("lead_time_days", parse_days)
        lead_text = batch.distinct("lead_time_days", cell_text)
        lead_days = np.array([np.nan if v is None else v for v in lead], dtype=float)
        unreadable = np.isnan(lead_days) & (lead_text != "")
        batch.say(
            unreadable,
            "lead_time_days",
            "flagged",
            "lead_time_unreadable",
            lambda i: tr("The lead time '{value}' cannot be read; left empty.", value=lead_text[i]),
        )
        batch.flag(unreadable, "lead_time_unreadable")
        batch.columns["lead_time_days"] = lead_days

    def _audited_score(self, batch: RowBatch) -> None:
        """The audited label in [0, 1] (``sustainability_score``); 0-100 is rescaled."""
        results = batch.distinct("sustainability_score", _read_audited_score)
        audited = np.array([r[0] for r in results], dtype=float)
        rescaled = np.array([r[1] for r in results], dtype=bool)
        invalid = np.array([r[2] for r in results], dtype=bool)
        batch.say(
            rescaled,
            "sustainability_score",
            "fixed",
            "score_rescaled",
            lambda i: tr(
                "The audited score {value} was read on a 0-100 scale and divided by 100.",
                value=round(audited[i] * 100, 4),
            ),
        )
        score_text = batch.distinct("sustainability_score", cell_text)
        batch.say(
            invalid,
            "sustainability_score",
            "flagged",
            "score_invalid",
            lambda i: tr("The audited score '{value}' is not between 0 and 1; it was left empty.", value=score_text[i]),
        )
        batch.flag(invalid, "score_invalid")
        batch.columns["sustainability_score"] = audited

    # -- result -------------------------------------------------------------------------------
    def _canonical(self, batch: RowBatch, headers: dict[str, str], report: ImportReport) -> pd.DataFrame:
        """The living rows in the canonical columns (and the origin's place), with the derived ones added."""
        columns = {c: batch.columns[c] for c in CANONICAL_COLUMNS}
        columns["origin_place"] = batch.columns["origin_place"]
        columns["match_score"] = batch.columns["match_score"]
        codes, distinct = pd.factorize(batch.flags)  # a few distinct sets of flags
        columns["flags"] = np.array([flags.lstrip(";") for flags in distinct], dtype=object)[codes]
        canonical = pd.DataFrame(columns)[batch.alive].reset_index(drop=True)
        return derive_columns(canonical, self.catalogs, self.settings, report, headers, text_is_clean=True)


def _shortened(text: str, limit: int = 40) -> str:
    """A cell as quoted in a sentence: 400 nines are not worth printing."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_audited_score(value: object) -> tuple[float, bool, bool]:
    """(score in [0, 1] or NaN, rescaled from 0-100, invalid) of one cell."""
    if cell_text(value) == "":
        return (np.nan, False, False)
    text = str(value).strip()
    percent = text.endswith("%")  # "85 %" is on the 0-100 scale whatever its size
    number = (
        value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_number(text.rstrip("% "))
    )
    if number is None or math.isnan(number):
        return (np.nan, False, True)
    rescaled = percent or 1 < number <= 100
    if rescaled:
        number = number / 100
    if not 0 <= number <= 1:
        return (np.nan, False, True)
    return (float(number), rescaled, False)
