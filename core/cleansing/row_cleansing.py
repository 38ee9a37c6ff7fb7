"""Row cleansing: raw price-list rows -> canonical offers (or refusals), column by column.

Each rule looks at one row only, so the result is the same on a whole file, on a chunk,
or inside Spark's mapInPandas. For speed every parser runs once per *distinct* value of
its column (price lists repeat their packs, origins and labels endlessly) and the results
are spread back to the rows with numpy. Refusals are checked in a fixed order and a row
gets only its first refusal. Table-level rules (duplicates, price outliers) are in
table_rules.py; every rule is documented in docs/cleansing.md and every change it makes
is written to the import report with its rule id.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.derive import derive_columns
from core.cleansing.geography import Location, find_place
from core.cleansing.import_report import ImportReport
from core.cleansing.ingredient_matching import ACCEPT, SURE, IngredientMatcher
from core.cleansing.numbers import column_uses_decimal_comma, parse_days, parse_number, parse_price
from core.cleansing.packs import parse_pack
from core.contract import CANONICAL_COLUMNS
from core.i18n import N_, current_language, tr
from core.text import fold

NONE_WORDS = {
    "",
    "-",
    "--",
    "—",
    "–",
    "n/a",
    "na",
    "ninguna",
    "ninguno",
    "none",
    "no",
    "sin",
    "sin certificacion",
    "no aplica",
    "s/c",
    "sc",
    "nil",
    "x",
}
_LIST_SPLIT = re.compile(r"\s*(?:;|,|/|\+|\by\b|\band\b|&)\s*")
RAW_COLUMNS = (
    "supplier",
    "product",
    "pack",
    "pack_qty",
    "pack_unit",
    "price",
    "currency",
    "origin",
    "transport_mode",
    "certifications",
    "practice",
    "packaging",
    "lead_time_days",
    "sustainability_score",
)


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


def _text(value: object) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float):
        if value != value:
            return ""
        if value.is_integer():
            return str(int(value))
    return str(value).strip()


class _Distinct:
    """The distinct values of a column: compute once per value, spread to the rows."""

    def __init__(self, values: np.ndarray):
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
        self.codes = np.where(codes < 0, len(uniques), codes)
        self.uniques = list(uniques) + [None]

    def map(self, fn: Callable[[object], object]) -> np.ndarray:
        results = np.empty(len(self.uniques), dtype=object)
        for k, value in enumerate(self.uniques):
            results[k] = fn(value)
        return results[self.codes]


def _attr(items: np.ndarray, name: str, dtype=object) -> np.ndarray:
    return np.array([getattr(item, name) for item in items], dtype=dtype) if len(items) else np.array([], dtype)


class _Rows:
    """Writes report entries for the rows selected by a mask."""

    def __init__(self, report: ImportReport, files, sheets, rows, headers: dict[str, str]):
        self.report, self.files, self.sheets, self.rows, self.headers = report, files, sheets, rows, headers

    def say(self, mask: np.ndarray, column: str, severity: str, rule: str, message: Callable[[int], str] | str):
        header = self.headers.get(column, column) if column else ""
        for i in np.flatnonzero(mask):
            text = message(i) if callable(message) else message
            self.report.add(self.files[i], self.sheets[i], int(self.rows[i]), header, severity, rule, text)

    def say_row(self, i: int, column: str, severity: str, rule: str, message: str) -> None:
        self.report.add(
            self.files[i], self.sheets[i], int(self.rows[i]), self.headers.get(column, column), severity, rule, message
        )

    def note_mappings(
        self, alive: np.ndarray, column: str, raw: np.ndarray, mapped: np.ndarray, label: Callable[[str], str] = str
    ) -> None:
        """'X' read as 'Y' (n rows, first at row r): once per distinct value that was renamed."""
        renamed = alive & (raw != "") & (mapped != "") & (mapped != raw)
        if not renamed.any():
            return
        candidates = np.flatnonzero(renamed)  # 'MSC' -> 'msc' is no renaming worth a note
        same = [fold(raw[i]) in (fold(str(mapped[i]).replace("_", " ")), fold(label(mapped[i]))) for i in candidates]
        renamed[candidates[np.array(same, dtype=bool)]] = False
        if not renamed.any():
            return
        keys = pd.Series(raw[renamed] + "\x00" + mapped[renamed])
        first = ~keys.duplicated().to_numpy()
        counts = keys.map(keys.value_counts()).to_numpy()
        header = self.headers.get(column, column)
        for pos in np.flatnonzero(first):
            i = np.flatnonzero(renamed)[pos]
            self.report.add(
                self.files[i],
                self.sheets[i],
                int(self.rows[i]),
                header,
                "info",
                "value_mapped",
                tr(
                    "'{raw}' read as '{id}' ({count} rows, first at row {row}).",
                    raw=raw[i],
                    id=label(mapped[i]),
                    count=int(counts[pos]),
                    row=int(self.rows[i]),
                ),
            )


class RowCleanser:
    def __init__(self, catalogs: Catalogs | None = None, settings: CleanseSettings | None = None):
        self.catalogs = catalogs or load_catalogs()
        self.settings = settings or CleanseSettings()
        self.matcher = IngredientMatcher(self.catalogs)

    def _map_list(self, raw: str, vocabulary) -> tuple[str, tuple[str, ...]]:
        """'Orgánico, Comercio Justo' -> ('organic;fairtrade', unknown parts)."""
        ids, unknown = [], []
        if fold(raw) in NONE_WORDS or raw in ("—", "–"):
            return "", ()
        parts = [raw] if vocabulary.lookup(raw) else [p for p in _LIST_SPLIT.split(raw) if p.strip()]
        for part in parts:
            if fold(part) in NONE_WORDS:
                continue
            found = vocabulary.lookup(part)
            if found and found.id not in ids:
                ids.append(found.id)
            elif not found:
                unknown.append(part.strip())
        return ";".join(ids), tuple(unknown)

    def _map_one(self, raw: str, vocabulary) -> tuple[str, bool]:
        """(catalog id or "", whether the text was unknown)."""
        if not raw or fold(raw) in NONE_WORDS or raw in ("—", "–"):
            return "", False
        found = vocabulary.lookup(raw)
        return (found.id, False) if found else ("", True)

    def cleanse(self, table: RawTable, report: ImportReport) -> pd.DataFrame:
        frame, cat = table.frame, self.catalogs
        n = len(frame)
        raw = {
            c: (frame[c].to_numpy(dtype=object) if c in frame else np.full(n, None, dtype=object)) for c in RAW_COLUMNS
        }
        files = frame["source_file"].to_numpy(dtype=object)
        sheets = frame["source_sheet"].to_numpy(dtype=object)
        rows = frame["source_row"].to_numpy()
        out = _Rows(report, files, sheets, rows, table.headers)
        text = {
            c: _Distinct(raw[c]).map(_text).astype(str) if n else np.array([], dtype=str)
            for c in (
                "supplier",
                "product",
                "currency",
                "origin",
                "transport_mode",
                "certifications",
                "practice",
                "packaging",
            )
        }
        alive = np.ones(n, dtype=bool)
        flags = np.full(n, "", dtype=object)

        def refuse(mask, column, rule, message):
            nonlocal alive
            mask = mask & alive
            out.say(mask, column, "refused", rule, message)
            alive &= ~mask

        def flag(mask, name):
            mask = mask & alive
            flags[mask] = flags[mask] + ";" + name

        # ---- price
        decimal_comma = column_uses_decimal_comma(list(raw["price"][:500]))
        parsed = _Distinct(raw["price"]).map(lambda v: parse_price(v, decimal_comma))
        problem = _attr(parsed, "problem")
        amount = np.array([np.nan if p.amount is None else p.amount for p in parsed], dtype=float)
        price_text = _Distinct(raw["price"]).map(_text)
        refuse(problem == "price_missing", "price", "price_missing", tr("No price given; the row was not imported."))
        refuse(
            problem == "price_unreadable",
            "price",
            "price_unreadable",
            lambda i: tr(
                "The price '{value}' cannot be read as a number; the row was not imported.", value=price_text[i]
            ),
        )
        refuse(
            problem == "price_is_date",
            "price",
            "price_is_date",
            tr("The price cell holds a date, not a number; the row was not imported."),
        )
        with np.errstate(invalid="ignore"):
            refuse(
                amount <= 0,
                "price",
                "price_not_positive",
                lambda i: tr("The price {value} is not above zero; the row was not imported.", value=amount[i]),
            )

        # ---- currency: the row's currency cell, else the price text, else the header, else soles
        cell_currency = _Distinct(text["currency"]).map(
            lambda t: (cat.currency_vocabulary.lookup(t).id if cat.currency_vocabulary.lookup(t) else "?") if t else ""
        )
        refuse(
            cell_currency == "?",
            "currency",
            "currency_unknown",
            lambda i: tr("The currency '{value}' is not known; the row was not imported.", value=text["currency"][i]),
        )
        currency = np.where(cell_currency != "", cell_currency, _attr(parsed, "currency"))
        currency = np.where(currency != "", currency, table.currency_hint)
        assumed = currency == ""
        currency = np.where(assumed, self.settings.default_currency, currency).astype(object)
        rates = {c: cat.rate_to_pen(c, self.settings.rates) for c in set(currency[alive])}
        no_rate = np.array([rates.get(c, 0) is None for c in currency], dtype=bool)
        refuse(
            no_rate,
            "currency",
            "currency_no_rate",
            lambda i: tr("There is no exchange rate for {currency}; add one in the settings.", currency=currency[i]),
        )

        # ---- product
        product = text["product"].astype(object)
        refuse(
            product == "",
            "product",
            "product_missing",
            tr("The row has a price but no product name; it was not imported."),
        )

        # ---- pack: one combined cell, or quantity and unit cells
        keys = np.empty(n, dtype=object)
        keys[:] = list(zip(raw["pack"], raw["pack_qty"], raw["pack_unit"], strict=False))
        packs = _Distinct(keys).map(lambda k: parse_pack(cat, *k) if k is not None else parse_pack(cat))
        pack_problem = _attr(packs, "problem")
        from_header = (pack_problem != "") & bool(table.unit_hint) & alive
        if from_header.any():
            # "Precio S/. x kg": the price is per kg whatever the pack cell says; a pack cell
            # without a quantity ("Filete fresco") then describes the product.
            per_unit = parse_pack(cat, f"1 {table.unit_hint}")
            described = _Distinct(raw["pack"]).map(_text)
            for i in np.flatnonzero(from_header):
                packs[i] = per_unit
                if described[i]:
                    product[i] = f"{product[i]} ({described[i]})"
            pack_problem = _attr(packs, "problem")
            out.say(
                from_header,
                "pack",
                "fixed",
                "pack_from_header",
                tr(
                    "No pack quantity in the row; the price header quotes per {unit}, so 1 {unit} was used.",
                    unit=table.unit_hint,
                ),
            )
        pack_value = _Distinct(raw["pack"]).map(_text)
        qty_value = _Distinct(raw["pack_qty"]).map(_text)
        shown = np.where(pack_value != "", pack_value, qty_value)
        refuse(
            pack_problem == "pack_missing", "pack", "pack_missing", tr("No pack size given; the row was not imported.")
        )
        refuse(
            pack_problem == "pack_no_quantity",
            "pack",
            "pack_no_quantity",
            lambda i: tr(
                "The pack '{value}' says no quantity (how many kg or units); the row was not imported.", value=shown[i]
            ),
        )
        refuse(
            pack_problem == "pack_unreadable",
            "pack",
            "pack_unreadable",
            lambda i: tr("The pack '{value}' cannot be read; the row was not imported.", value=shown[i]),
        )
        qty = np.array([np.nan if p.qty is None else p.qty for p in packs], dtype=float)
        with np.errstate(invalid="ignore"):
            refuse(
                ~(qty > 0) & (pack_problem == ""),
                "pack",
                "pack_not_positive",
                tr("The pack quantity is zero or negative; the row was not imported."),
            )

        # ---- from here on every row is imported: fixes and flags
        out.say(
            assumed & alive,
            "price",
            "fixed",
            "currency_assumed",
            lambda i: tr("No currency given; {currency} assumed.", currency=currency[i]),
        )
        flag(assumed, "currency_assumed")

        matches = _Distinct(product).map(lambda p: self.matcher.match(p) if p else None)
        score = np.array([m.score if m else 0.0 for m in matches], dtype=float)
        ingredient = np.array([m.id if m and m.score >= ACCEPT else "" for m in matches], dtype=object)
        names = _Distinct(ingredient).map(lambda i: cat.ingredient_name(i) if i else "")
        unmatched = ingredient == ""
        out.say(
            unmatched & alive,
            "product",
            "flagged",
            "ingredient_unmatched",
            lambda i: tr("'{product}' matches no catalog ingredient; kept without one.", product=product[i]),
        )
        flag(unmatched, "unmatched_ingredient")
        uncertain = ~unmatched & (score < SURE)
        out.say(
            uncertain & alive,
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
        flag(uncertain, "uncertain_match")
        out.say(
            ~unmatched & (score >= SURE) & (score < 95) & alive,
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

        # ---- origin as written (places and distances are derived later)
        origin = np.where(
            np.isin(_Distinct(text["origin"]).map(fold), list(NONE_WORDS)) | np.isin(text["origin"], ["—", "–"]),
            "",
            text["origin"],
        ).astype(object)
        place = _Distinct(origin).map(lambda o: find_place(cat, o) if o else None)
        place_id = np.array([p.id if p is not None and p.score < 100 else "" for p in place], dtype=object)
        lang = current_language()
        out.note_mappings(alive, "origin", origin.astype(object), place_id, lambda i: cat.label("origin", i, lang))

        # ---- transport, certifications, practice, packaging
        modes = _Distinct(text["transport_mode"]).map(lambda t: self._map_one(t, cat.transport_vocabulary))
        mode = np.array([m[0] for m in modes], dtype=object)
        unknown_mode = np.array([m[1] for m in modes], dtype=bool)
        out.say(
            unknown_mode & alive,
            "transport_mode",
            "flagged",
            "transport_unknown",
            lambda i: tr(
                "The transport '{value}' is not known; filled in from the origin instead.",
                value=text["transport_mode"][i],
            ),
        )
        flag(unknown_mode, "transport_unknown")
        out.note_mappings(
            alive,
            "transport_mode",
            text["transport_mode"].astype(object),
            mode,
            lambda i: cat.label("transport_mode", i, lang),
        )

        certs_found = _Distinct(text["certifications"]).map(lambda t: self._map_list(t, cat.certification_vocabulary))
        certifications = np.array([c[0] for c in certs_found], dtype=object)
        for i in np.flatnonzero(alive & np.array([bool(c[1]) for c in certs_found], dtype=bool)):
            for part in certs_found[i][1]:
                out.say_row(
                    i,
                    "certifications",
                    "flagged",
                    "certification_unknown",
                    tr("The certification '{value}' is not in the catalog; it was left out.", value=part),
                )
            flags[i] = flags[i] + ";certification_unknown"
        out.note_mappings(
            alive,
            "certifications",
            text["certifications"].astype(object),
            certifications,
            lambda i: cat.label("certifications", i, lang),
        )

        singles = {}
        for column, vocabulary, rule, sentence in (
            (
                "practice",
                cat.practice_vocabulary,
                "practice_unknown",
                N_("'{value}' is not a known production practice; it was left empty."),
            ),
            (
                "packaging",
                cat.packaging_vocabulary,
                "packaging_unknown",
                N_("'{value}' is not a known packaging; it was left empty."),
            ),
        ):
            found = _Distinct(text[column]).map(lambda t, v=vocabulary: self._map_one(t, v))
            singles[column] = np.array([f[0] for f in found], dtype=object)
            unknown = np.array([f[1] for f in found], dtype=bool)
            out.say(unknown & alive, column, "flagged", rule, lambda i, c=column, m=sentence: tr(m, value=text[c][i]))
            flag(unknown, rule)
            out.note_mappings(
                alive, column, text[column].astype(object), singles[column], lambda i, c=column: cat.label(c, i, lang)
            )

        # ---- lead time, audited score
        lead = _Distinct(raw["lead_time_days"]).map(parse_days)
        lead_text = _Distinct(raw["lead_time_days"]).map(_text)
        lead_days = np.array([np.nan if v is None else v for v in lead], dtype=float)
        unreadable = np.isnan(lead_days) & (lead_text != "")
        out.say(
            unreadable & alive,
            "lead_time_days",
            "flagged",
            "lead_time_unreadable",
            lambda i: tr("The lead time '{value}' cannot be read; left empty.", value=lead_text[i]),
        )
        flag(unreadable, "lead_time_unreadable")
        audited, rescaled, invalid = self._audited_scores(raw["sustainability_score"])
        out.say(
            rescaled & alive,
            "sustainability_score",
            "fixed",
            "score_rescaled",
            lambda i: tr(
                "The audited score {value} was read on a 0-100 scale and divided by 100.",
                value=round(audited[i] * 100, 4),
            ),
        )
        score_text = _Distinct(raw["sustainability_score"]).map(_text)
        out.say(
            invalid & alive,
            "sustainability_score",
            "flagged",
            "score_invalid",
            lambda i: tr("The audited score '{value}' is not between 0 and 1; it was left empty.", value=score_text[i]),
        )
        flag(invalid, "score_invalid")

        supplier = np.where(text["supplier"] != "", text["supplier"], table.supplier).astype(object)
        canonical = pd.DataFrame(
            {
                "supplier": supplier,
                "product": product,
                "ingredient": ingredient,
                "pack_qty": qty,
                "pack_unit": _attr(packs, "unit"),
                "price": amount,
                "currency": currency,
                "origin": origin,
                "transport_mode": mode,
                "certifications": certifications,
                "practice": singles["practice"],
                "packaging": singles["packaging"],
                "lead_time_days": lead_days,
                "sustainability_score": audited,
                "source_file": files,
                "source_sheet": sheets,
                "source_row": rows,
                "match_score": score,
                "flags": np.char.lstrip(flags.astype(str), ";").astype(object),
            }
        )[alive].reset_index(drop=True)
        canonical = canonical[list(CANONICAL_COLUMNS) + ["match_score", "flags"]]
        return derive_columns(canonical, self.catalogs, self.settings, report, table.headers, text_is_clean=True)

    @staticmethod
    def _audited_scores(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(score in [0, 1] or NaN, rescaled from 0-100, invalid) per row."""

        def read(value):
            if _text(value) == "":
                return (np.nan, False, False)
            number = (
                value if isinstance(value, (int, float)) and not isinstance(value, bool) else parse_number(str(value))
            )
            rescaled = number is not None and 1 < number <= 100
            if rescaled:
                number = number / 100
            if number is None or not 0 <= number <= 1:
                return (np.nan, False, True)
            return (float(number), rescaled, False)

        results = _Distinct(values).map(read)
        return (
            np.array([r[0] for r in results], dtype=float),
            np.array([r[1] for r in results], dtype=bool),
            np.array([r[2] for r in results], dtype=bool),
        )
