"""Row cleansing: raw price-list rows -> canonical offers (or refusals), column by column.

Each rule looks at one row only, so the result is the same on a whole file, on a chunk,
or inside Spark's mapInPandas. For speed every parser runs once per *distinct* value of
its column (price lists repeat their packs, origins and labels endlessly) and the results
are spread back to the rows with numpy. ``RowCleanser.cleanse`` runs one method per
concern over a ``RowBatch`` (row_batch.py), in a fixed order: the refusals come first
(price, currency, product, pack) and a row gets only its first refusal; the rows left
are imported with their fixes and flags. Table-level rules (duplicates, price outliers)
are in table_rules.py; every rule is documented in docs/cleansing.md and every change it
makes is written to the import report with its rule id.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, Vocabulary, load_catalogs
from core.cleansing.derive import derive_columns
from core.cleansing.geography import Location, find_place
from core.cleansing.import_report import ImportReport
from core.cleansing.ingredient_matching import ACCEPT, SURE, IngredientMatcher
from core.cleansing.numbers import column_uses_decimal_comma, parse_days, parse_number, parse_price
from core.cleansing.packs import parse_pack
from core.cleansing.row_batch import Distinct, RowBatch, attribute, cell_text
from core.cleansing.vocabulary_values import map_list, map_one, says_none
from core.contract import CANONICAL_COLUMNS
from core.i18n import N_, current_language, tr


@dataclass
class CleanseSettings:
    restaurant: Location | None = None  # default: Lima
    rates: dict[str, float] = field(default_factory=dict)  # currency -> PEN, overrides the catalog
    default_currency: str = "PEN"


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
        self.matcher = IngredientMatcher(self.catalogs)

    def cleanse(self, table: RawTable, report: ImportReport) -> pd.DataFrame:
        """The canonical offers of one sheet's rows (refused rows left out, all reported)."""
        batch = RowBatch.of(table.frame, table.headers, report)
        # refusals, in this order: a row is refused for the first problem only
        parsed = self._price(batch)
        assumed = self._currency(batch, parsed, table.currency_hint)
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
        self._ingredient(batch)
        self._origin(batch)
        self._vocabularies(batch)
        self._lead_time(batch)
        self._audited_score(batch)
        batch.columns["supplier"] = np.where(
            batch.text["supplier"] != "", batch.text["supplier"], table.supplier
        ).astype(object)
        return self._canonical(batch, table.headers, report)

    # -- refusals ---------------------------------------------------------------------------
    def _price(self, batch: RowBatch) -> np.ndarray:
        """Price as a number (column ``price``); refuses missing, unreadable, date and <= 0."""
        decimal_comma = column_uses_decimal_comma(list(batch.raw["price"][:500]))
        parsed = batch.distinct("price", lambda v: parse_price(v, decimal_comma))
        problem = attribute(parsed, "problem")
        amount = np.array([np.nan if p.amount is None else p.amount for p in parsed], dtype=float)
        price_text = batch.distinct("price", cell_text)
        batch.refuse(
            problem == "price_missing", "price", "price_missing", tr("No price given; the row was not imported.")
        )
        batch.refuse(
            problem == "price_unreadable",
            "price",
            "price_unreadable",
            lambda i: tr(
                "The price '{value}' cannot be read as a number; the row was not imported.", value=price_text[i]
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
        return parsed

    def _currency(self, batch: RowBatch, parsed: np.ndarray, currency_hint: str) -> np.ndarray:
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
        currency = np.where(cell_currency != "", cell_currency, attribute(parsed, "currency"))
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
        keys = np.empty(len(batch), dtype=object)
        keys[:] = list(zip(raw["pack"], raw["pack_qty"], raw["pack_unit"], strict=False))
        packs = Distinct(keys).map(lambda cells: parse_pack(cat, *cells) if cells is not None else parse_pack(cat))
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
    def _ingredient(self, batch: RowBatch) -> None:
        """The catalog ingredient of each product (``ingredient``, ``match_score``)."""
        cat, product = self.catalogs, batch.columns["product"]
        matches = Distinct(product).map(lambda p: self.matcher.match(p) if p else None)
        score = np.array([m.score if m else 0.0 for m in matches], dtype=float)
        ingredient = np.array([m.id if m and m.score >= ACCEPT else "" for m in matches], dtype=object)
        names = Distinct(ingredient).map(lambda i: cat.ingredient_name(i) if i else "")
        unmatched = ingredient == ""
        batch.say(
            unmatched,
            "product",
            "flagged",
            "ingredient_unmatched",
            lambda i: tr("'{product}' matches no catalog ingredient; kept without one.", product=product[i]),
        )
        batch.flag(unmatched, "unmatched_ingredient")
        uncertain = ~unmatched & (score < SURE)
        batch.say(
            uncertain,
            "product",
            "flagged",
            "ingredient_uncertain",
            lambda i: tr(
                "'{product}' read as '{ingredient}' with low confidence ({score:.0f}/100); please check.",
                product=product[i],
                ingredient=names[i],
                score=score[i],
            ),
        )
        batch.flag(uncertain, "uncertain_match")
        batch.say(
            ~unmatched & (score >= SURE) & (score < 95),
            "product",
            "fixed",
            "ingredient_spelling",
            lambda i: tr(
                "'{product}' read as '{ingredient}' (close spelling, {score:.0f}/100).",
                product=product[i],
                ingredient=names[i],
                score=score[i],
            ),
        )
        batch.columns["ingredient"] = ingredient
        batch.columns["match_score"] = score

    def _origin(self, batch: RowBatch) -> None:
        """The origin as written (places and distances are derived later)."""
        cat, text = self.catalogs, batch.text["origin"]
        none = batch.distinct("origin", says_none, text=True).astype(bool)
        origin = np.where(none, "", text).astype(object)
        place = Distinct(origin).map(lambda o: find_place(cat, o) if o else None)
        place_id = np.array([p.id if p is not None and p.score < 100 else "" for p in place], dtype=object)
        lang = current_language()
        batch.out.note_mappings(batch.alive, "origin", origin, place_id, lambda i: cat.label("origin", i, lang))
        batch.columns["origin"] = origin

    def _vocabularies(self, batch: RowBatch) -> None:
        """Transport, certifications, practice and packaging -> catalog ids."""
        cat = self.catalogs
        self._single_value(
            batch,
            "transport_mode",
            cat.transport_vocabulary,
            "transport_unknown",
            N_("The transport '{value}' is not known; filled in from the origin instead."),
        )
        self._certifications(batch)
        self._single_value(
            batch,
            "practice",
            cat.practice_vocabulary,
            "practice_unknown",
            N_("'{value}' is not a known production practice; it was left empty."),
        )
        self._single_value(
            batch,
            "packaging",
            cat.packaging_vocabulary,
            "packaging_unknown",
            N_("'{value}' is not a known packaging; it was left empty."),
        )

    def _single_value(self, batch: RowBatch, column: str, vocabulary: Vocabulary, rule: str, sentence: str) -> None:
        """A cell naming one catalog entry; unknown text is flagged ``rule`` and left empty."""
        text, lang = batch.text[column], current_language()
        pairs = batch.distinct(column, lambda cell: map_one(cell, vocabulary), text=True)
        ids = np.array([p[0] for p in pairs], dtype=object)
        unknown = np.array([p[1] for p in pairs], dtype=bool)
        batch.say(unknown, column, "flagged", rule, lambda i: tr(sentence, value=text[i]))
        batch.flag(unknown, rule)
        batch.out.note_mappings(
            batch.alive, column, text.astype(object), ids, lambda i: self.catalogs.label(column, i, lang)
        )
        batch.columns[column] = ids

    def _certifications(self, batch: RowBatch) -> None:
        """A list of labels; each unknown one is flagged by name, the known ones are kept."""
        cat, text, lang = self.catalogs, batch.text["certifications"], current_language()
        found = batch.distinct("certifications", lambda cell: map_list(cell, cat.certification_vocabulary), text=True)
        certifications = np.array([c[0] for c in found], dtype=object)
        for i in map(int, np.flatnonzero(batch.alive & np.array([bool(c[1]) for c in found], dtype=bool))):
            for part in found[i][1]:
                batch.out.say_row(
                    i,
                    "certifications",
                    "flagged",
                    "certification_unknown",
                    tr("The certification '{value}' is not in the catalog; it was left out.", value=part),
                )
            batch.flags[i] = batch.flags[i] + ";certification_unknown"
        batch.out.note_mappings(
            batch.alive,
            "certifications",
            text.astype(object),
            certifications,
            lambda i: cat.label("certifications", i, lang),
        )
        batch.columns["certifications"] = certifications

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
        """The living rows in the canonical columns, with the derived ones added."""
        columns = {c: batch.columns[c] for c in CANONICAL_COLUMNS}
        columns["match_score"] = batch.columns["match_score"]
        columns["flags"] = np.char.lstrip(batch.flags.astype(str), ";").astype(object)
        canonical = pd.DataFrame(columns)[batch.alive].reset_index(drop=True)
        return derive_columns(canonical, self.catalogs, self.settings, report, headers, text_is_clean=True)


def _read_audited_score(value: object) -> tuple[float, bool, bool]:
    """(score in [0, 1] or NaN, rescaled from 0-100, invalid) of one cell."""
    if cell_text(value) == "":
        return (np.nan, False, False)
    number = value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_number(str(value))
    if number is None:
        return (np.nan, False, True)
    rescaled = 1 < number <= 100
    if rescaled:
        number = number / 100
    if not 0 <= number <= 1:
        return (np.nan, False, True)
    return (float(number), rescaled, False)
