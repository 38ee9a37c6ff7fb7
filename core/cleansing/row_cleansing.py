"""Row-level cleansing: one raw price-list row -> one canonical offer (or a refusal).

Pure and independent of other rows, so it runs the same on a whole file, on a chunk,
or inside Spark's mapInPandas. Table-level rules (duplicates, price outliers) are in
table_rules.py. Every rule is documented in docs/cleansing.md; every change it makes is
written to the import report with its rule id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.derive import derive_columns
from core.cleansing.geography import Location, find_place
from core.cleansing.ingredient_matching import ACCEPT, SURE, IngredientMatcher
from core.cleansing.numbers import column_uses_decimal_comma, parse_days, parse_number, parse_price
from core.cleansing.packs import parse_pack
from core.contract import CANONICAL_COLUMNS
from core.i18n import tr
from core.import_report import ImportReport
from core.text import fold

NONE_WORDS = {"", "-", "--", "—", "–", "n/a", "na", "ninguna", "ninguno", "none", "no", "sin", "sin certificacion",
              "no aplica", "s/c", "sc", "nil", "x"}
_LIST_SPLIT = re.compile(r"\s*(?:;|,|/|\+|\by\b|\band\b|&)\s*")


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


class _VocabNotes:
    """Collects 'value X read as catalog id Y' notes once per distinct value and column."""

    def __init__(self):
        self.notes: dict[tuple, list] = {}

    def note(self, file, sheet, column, raw, ident, row):
        key = (file, sheet, column, raw, ident)
        if key in self.notes:
            self.notes[key][1] += 1
        else:
            self.notes[key] = [row, 1]

    def flush(self, report: ImportReport) -> None:
        for (file, sheet, column, raw, ident), (row, count) in self.notes.items():
            report.add(file, sheet, row, column, "info", "value_mapped",
                       tr("'{raw}' read as '{id}' ({count} rows, first at row {row}).",
                          raw=raw, id=ident, count=count, row=row))


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


class RowCleanser:
    def __init__(self, catalogs: Catalogs | None = None, settings: CleanseSettings | None = None):
        self.catalogs = catalogs or load_catalogs()
        self.settings = settings or CleanseSettings()
        self.matcher = IngredientMatcher(self.catalogs)
        self._place_cache: dict[str, object] = {}
        self._rates: dict[str, float | None] = {}

    # ---- vocabularies -------------------------------------------------------------------
    def _map_list(self, raw: str, vocabulary) -> tuple[list[str], list[str]]:
        ids, unknown = [], []
        if fold(raw) in NONE_WORDS:
            return ids, unknown
        whole = vocabulary.lookup(raw)
        parts = [raw] if whole else [p for p in _LIST_SPLIT.split(raw) if p.strip()]
        for part in parts:
            if fold(part) in NONE_WORDS:
                continue
            found = vocabulary.lookup(part)
            if found and found.id not in ids:
                ids.append(found.id)
            elif not found:
                unknown.append(part.strip())
        return ids, unknown

    def _place(self, origin: str):
        if origin not in self._place_cache:
            self._place_cache[origin] = find_place(self.catalogs, origin)
        return self._place_cache[origin]

    # ---- the table ------------------------------------------------------------------------
    def cleanse(self, table: RawTable, report: ImportReport) -> pd.DataFrame:
        frame = table.frame
        cat = self.catalogs
        headers = table.headers
        notes = _VocabNotes()
        decimal_comma = column_uses_decimal_comma(frame["price"].tolist()) if "price" in frame else None
        records: list[dict] = []
        get = {c: (frame[c].tolist() if c in frame else [None] * len(frame)) for c in (
            "supplier", "product", "pack", "pack_qty", "pack_unit", "price", "currency", "origin", "transport_mode",
            "certifications", "practice", "packaging", "lead_time_days", "sustainability_score")}
        files, sheets, rows = frame["source_file"].tolist(), frame["source_sheet"].tolist(), frame["source_row"].tolist()

        for i in range(len(frame)):
            file, sheet, row = files[i], sheets[i], int(rows[i])

            def say(column: str, severity: str, rule: str, message: str) -> None:
                report.add(file, sheet, row, headers.get(column, column), severity, rule, message)

            flags: list[str] = []
            product = _text(get["product"][i])
            # ---- price and currency
            parsed = parse_price(get["price"][i], decimal_comma)
            if parsed.problem:
                messages = {
                    "price_missing": tr("No price given; the row was not imported."),
                    "price_unreadable": tr("The price '{value}' cannot be read as a number; the row was not imported.",
                                           value=_text(get["price"][i])),
                    "price_is_date": tr("The price cell holds a date, not a number; the row was not imported."),
                }
                say("price", "refused", parsed.problem, messages[parsed.problem])
                continue
            if parsed.amount <= 0:
                say("price", "refused", "price_not_positive",
                    tr("The price {value} is not above zero; the row was not imported.", value=parsed.amount))
                continue
            currency_cell = _text(get["currency"][i])
            currency = ""
            if currency_cell:
                found = cat.currency_vocabulary.lookup(currency_cell)
                currency = found.id if found else ""
                if not currency:
                    say("currency", "refused", "currency_unknown",
                        tr("The currency '{value}' is not known; the row was not imported.", value=currency_cell))
                    continue
            currency = currency or parsed.currency or table.currency_hint
            if not currency:
                currency = self.settings.default_currency
                flags.append("currency_assumed")
                say("price", "fixed", "currency_assumed",
                    tr("No currency given; {currency} assumed.", currency=currency))
            if currency not in self._rates:
                self._rates[currency] = cat.rate_to_pen(currency, self.settings.rates)
            rate = self._rates[currency]
            if rate is None:
                say("currency", "refused", "currency_no_rate",
                    tr("There is no exchange rate for {currency}; add one in the settings.", currency=currency))
                continue

            # ---- ingredient
            match = self.matcher.match(product) if product else None
            ingredient, match_score = "", 0.0
            if not product:
                say("product", "refused", "product_missing", tr("The row has a price but no product name; it was not imported."))
                continue
            if match is None or match.score < ACCEPT:
                flags.append("unmatched_ingredient")
                say("product", "flagged", "ingredient_unmatched",
                    tr("'{product}' matches no catalog ingredient; kept without one.", product=product))
                match_score = match.score if match else 0.0
            else:
                ingredient, match_score = match.id, match.score
                if match.score < SURE:
                    flags.append("uncertain_match")
                    say("product", "flagged", "ingredient_uncertain",
                        tr("'{product}' read as '{ingredient}' with low confidence ({score:.0f}/100); please check.",
                           product=product, ingredient=cat.ingredient_name(ingredient), score=match.score))
                elif match.score < 95:
                    say("product", "fixed", "ingredient_spelling",
                        tr("'{product}' read as '{ingredient}' (close spelling, {score:.0f}/100).",
                           product=product, ingredient=cat.ingredient_name(ingredient), score=match.score))

            # ---- pack
            pack = parse_pack(cat, get["pack"][i], get["pack_qty"][i], get["pack_unit"][i])
            if pack.problem and table.unit_hint:
                # "Precio S/. x kg": the price is per kg whatever the pack cell says; a pack
                # cell without a quantity ("Filete fresco") then describes the product.
                described = _text(get["pack"][i])
                pack = parse_pack(cat, f"1 {table.unit_hint}")
                if described:
                    product = f"{product} ({described})"
                say("pack", "fixed", "pack_from_header",
                    tr("No pack quantity in the row; the price header quotes per {unit}, so 1 {unit} was used.",
                       unit=table.unit_hint))
            if pack.problem:
                value = _text(get["pack"][i]) or _text(get["pack_qty"][i])
                messages = {
                    "pack_missing": tr("No pack size given; the row was not imported."),
                    "pack_no_quantity": tr("The pack '{value}' says no quantity (how many kg or units); the row was not imported.", value=value),
                    "pack_unreadable": tr("The pack '{value}' cannot be read; the row was not imported.", value=value),
                }
                say("pack", "refused", pack.problem, messages[pack.problem])
                continue
            if pack.qty is None or pack.qty <= 0:
                say("pack", "refused", "pack_not_positive",
                    tr("The pack quantity is zero or negative; the row was not imported."))
                continue
            # ---- origin as written (places and distance are derived later), transport
            origin = _text(get["origin"][i])
            if fold(origin) in NONE_WORDS or origin in ("—", "–"):
                origin = ""
            if origin:
                place = self._place(origin)
                if place is not None and place.score < 100:
                    notes.note(file, sheet, headers.get("origin", "origin"), origin, place.id, row)
            mode_cell = _text(get["transport_mode"][i])
            mode = ""
            if mode_cell and fold(mode_cell) not in NONE_WORDS:
                found = cat.transport_vocabulary.lookup(mode_cell)
                if found:
                    mode = found.id
                    if found.name != mode:
                        notes.note(file, sheet, headers.get("transport_mode", "transport_mode"), mode_cell, mode, row)
                else:
                    flags.append("transport_unknown")
                    say("transport_mode", "flagged", "transport_unknown",
                        tr("The transport '{value}' is not known; filled in from the origin instead.", value=mode_cell))

            # ---- certifications, practice, packaging
            certs: list[str] = []
            for column, vocabulary in (("certifications", cat.certification_vocabulary),):
                raw = _text(get[column][i])
                if raw:
                    certs, unknown = self._map_list(raw, vocabulary)
                    for part in unknown:
                        flags.append("certification_unknown")
                        say(column, "flagged", "certification_unknown",
                            tr("The certification '{value}' is not in the catalog; it was left out.", value=part))
                    if certs and fold(raw) not in (fold(c) for c in certs):
                        notes.note(file, sheet, headers.get(column, column), raw, ";".join(certs), row)
            singles = {}
            for column, vocabulary, rule in (("practice", cat.practice_vocabulary, "practice_unknown"),
                                             ("packaging", cat.packaging_vocabulary, "packaging_unknown")):
                raw = _text(get[column][i])
                singles[column] = ""
                if raw and fold(raw) not in NONE_WORDS:
                    found = vocabulary.lookup(raw)
                    if found:
                        singles[column] = found.id
                        if found.name != found.id:
                            notes.note(file, sheet, headers.get(column, column), raw, found.id, row)
                    else:
                        flags.append(rule)
                        say(column, "flagged", rule,
                            tr("'{value}' is not a known {what}; it was left empty.", value=raw,
                               what=tr("production practice") if column == "practice" else tr("packaging")))

            # ---- lead time, audited score
            lead_raw = get["lead_time_days"][i]
            lead = parse_days(lead_raw)
            if lead is None and _text(lead_raw):
                flags.append("lead_time_unreadable")
                say("lead_time_days", "flagged", "lead_time_unreadable",
                    tr("The lead time '{value}' cannot be read; left empty.", value=_text(lead_raw)))
            score_raw = get["sustainability_score"][i]
            score = float("nan")
            if _text(score_raw):
                value = score_raw if isinstance(score_raw, (int, float)) else parse_number(str(score_raw))
                if value is not None and 1 < value <= 100:
                    say("sustainability_score", "fixed", "score_rescaled",
                        tr("The audited score {value} was read on a 0-100 scale and divided by 100.", value=value))
                    value = value / 100
                if value is None or not 0 <= value <= 1:
                    flags.append("score_invalid")
                    say("sustainability_score", "flagged", "score_invalid",
                        tr("The audited score '{value}' is not between 0 and 1; it was left empty.", value=_text(score_raw)))
                else:
                    score = float(value)

            supplier = _text(get["supplier"][i]) or table.supplier
            records.append({
                "supplier": supplier, "product": product, "ingredient": ingredient,
                "pack_qty": float(pack.qty), "pack_unit": pack.unit, "price": float(parsed.amount),
                "currency": currency, "origin": origin, "transport_mode": mode,
                "certifications": ";".join(certs), "practice": singles["practice"], "packaging": singles["packaging"],
                "lead_time_days": float("nan") if lead is None else float(lead), "sustainability_score": score,
                "source_file": file, "source_sheet": sheet, "source_row": row,
                "match_score": float(match_score), "flags": ";".join(dict.fromkeys(flags)),
            })
        notes.flush(report)
        canonical = pd.DataFrame.from_records(records, columns=list(CANONICAL_COLUMNS) + ["match_score", "flags"])
        return derive_columns(canonical, self.catalogs, self.settings, report, headers, text_is_clean=True)
