"""Import price lists: read -> find header and columns -> cleanse -> one canonical table.

``import_files`` is the one entry point used by the command line, the desktop app (in its
background helper) and the tests. Source files are only read, never written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.corrections import accept_prices
from core.cleansing.import_report import ImportReport
from core.cleansing.price_bands import flag_implausible_prices
from core.cleansing.row_cleansing import CleanseSettings, RawTable, RowCleanser
from core.cleansing.supplier_terms import empty_supplier_terms, minimum_orders
from core.cleansing.table_rules import collapse_duplicates, flag_price_outliers
from core.contract import OFFER_COLUMNS
from core.errors import ReadError
from core.i18n import tr
from core.progress import Progress
from core.reading.column_mapping import TARGET_LABELS, ColumnMapping, find_mapping
from core.reading.raw_sheet import RawSheet
from core.reading.reader_process import ReadAhead, read_file_isolated
from core.text import fold_many

_TOTAL_WORDS = re.compile(r"^(total|subtotal|sub total|suma|totales|grand total|total general|total de items)\b")


@dataclass
class SheetPreview:
    """What the import dialog shows before committing: the sheet, its header and mapping."""

    sheet: RawSheet
    mapping: ColumnMapping | None


@dataclass
class ImportResult:
    offers: pd.DataFrame
    report: ImportReport
    previews: list[SheetPreview] = field(default_factory=list)
    terms: pd.DataFrame = field(default_factory=empty_supplier_terms)  # minimum orders the lists state


_COMPANY = re.compile(
    r"\b(s\.?\s?a\.?\s?c\.?|e\.?\s?i\.?\s?r\.?\s?l\.?|s\.?\s?r\.?\s?l\.?|s\.?\s?a\.?|"
    r"ltd\.?|inc\.?|llc|gmbh|s\.?\s?l\.?|cooperativa|asociaci[oó]n)(\W|$)",
    re.IGNORECASE,
)


def supplier_from_title(sheet: RawSheet, header_index: int) -> str:
    """A company name written above the header ("DISTRIBUIDORA ANDINA S.A.C."), if any."""
    for row in sheet.rows[:header_index]:
        for value in row:
            if isinstance(value, str) and 3 < len(value.strip()) <= 80 and _COMPANY.search(value):
                return _tidy_company_name(value.strip())
    return ""


_SMALL_WORDS = {"de", "del", "la", "las", "los", "el", "y", "e", "of", "the", "and"}


def _tidy_company_name(name: str) -> str:
    """'DISTRIBUIDORA ANDINA S.A.C.' -> 'Distribuidora Andina S.A.C.' (only all-capitals names)."""
    if not name.isupper():
        return name
    words = []
    for position, word in enumerate(name.split()):
        if _COMPANY.fullmatch(word) or re.fullmatch(r"([A-Z]\.)+[A-Z]?\.?", word):
            words.append(word)
        elif position and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word.capitalize())
    return " ".join(words)


def supplier_from_filename(path: Path) -> str:
    stem = re.sub(r"[_\-.]+", " ", path.stem).strip()
    return stem[:1].upper() + stem[1:] if stem else path.name


def read_sheets(path: Path, progress: Progress | None = None) -> list[RawSheet]:
    """Read every sheet of a price list file (after the safety checks), in a child process
    with a memory cap (core.reading.reader_process): no file can take this process down."""
    return read_file_isolated(path, progress)


def _blank_mask(frame: pd.DataFrame) -> pd.DataFrame:
    """True where a cell is empty (None, NaN, "" or a few spaces, as spreadsheets leave them)."""
    return frame.isna() | frame.isin(["", " ", "  ", "\t"])


def sheet_to_raw_table(sheet: RawSheet, mapping: ColumnMapping, supplier: str, report: ImportReport) -> RawTable:
    """The data rows under the header, with values under canonical names; blank, totals and
    note rows are skipped (and said so in the report). Vectorised: price lists can be long."""
    columns = mapping.columns
    first = mapping.header_index + 1
    body = pd.DataFrame(sheet.rows[first:], dtype=object)
    numbers = np.arange(len(body)) + sheet.row_number(first)
    if body.empty:
        body = pd.DataFrame(columns=range(max(columns.values()) + 1), dtype=object)
    for col in range(max(columns.values()) + 1):
        if col not in body:
            body[col] = None
    blank = _blank_mask(body)
    all_blank = blank.all(axis=1).to_numpy()
    is_total = np.zeros(len(body), dtype=bool)
    for col in {0, columns["product"]} & set(body.columns):  # totals are written at the left
        values = body[col].to_numpy()
        text_cells = [i for i, v in enumerate(values) if isinstance(v, str) and v[:1] in "TtSsGg"]
        if text_cells:
            folded = fold_many([values[i] for i in text_cells])
            is_total[[i for i, text in zip(text_cells, folded, strict=True) if _TOTAL_WORDS.match(text)]] = True
    others = [columns[t] for t in columns if t not in ("product", "supplier")]
    product_blank = blank[columns["product"]].to_numpy()
    price_blank = blank[columns["price"]].to_numpy()
    others_blank = blank[others].all(axis=1).to_numpy() if others else np.ones(len(body), dtype=bool)
    is_note = ~product_blank & others_blank
    is_empty_offer = product_blank & price_blank
    keep = ~(all_blank | is_total | is_note | is_empty_offer)
    total_text = tr("A totals row was skipped.")
    empty_text = tr("A row without product or price was skipped.")
    products = body[columns["product"]].to_numpy()
    for i in np.flatnonzero(~all_blank & (is_total | is_note | is_empty_offer)):
        if is_total[i]:
            report.add(sheet.file, sheet.sheet, numbers[i], "", "info", "totals_row", total_text)
        elif is_note[i]:
            report.add(
                sheet.file,
                sheet.sheet,
                numbers[i],
                "",
                "info",
                "note_row",
                tr(
                    "'{text}' has no price or pack; read as a note or section title and skipped.",
                    text=str(products[i]).strip()[:80],
                ),
            )
        else:
            report.add(sheet.file, sheet.sheet, numbers[i], "", "info", "note_row", empty_text)
    if all_blank.any():
        report.add(
            sheet.file,
            sheet.sheet,
            0,
            "",
            "info",
            "blank_rows",
            tr("{count} blank rows skipped.", count=int(all_blank.sum()))
            if all_blank.sum() > 1
            else tr("One blank row skipped."),
        )
    kept = body.loc[keep]
    frame = pd.DataFrame({target: kept[col].to_numpy() for target, col in columns.items()})
    frame["source_file"] = sheet.file
    frame["source_sheet"] = sheet.sheet
    frame["source_row"] = numbers[keep]
    headers = {t: mapping.header_of(t) for t in columns}
    if "pack" not in headers and "pack_qty" in headers:
        headers["pack"] = headers["pack_qty"]
    return RawTable(frame, headers, mapping.currency_hint, supplier, mapping.unit_hint)


def import_files(
    paths: Sequence[Path | str],
    supplier: str | None = None,
    mapping: dict[str, str] | None = None,
    settings: CleanseSettings | None = None,
    catalogs: Catalogs | None = None,
    progress: Progress | None = None,
    read: Callable[[Path, Progress | None], list[RawSheet]] | None = None,
) -> ImportResult:
    """Read and cleanse price lists into one canonical offers table and its import report.

    Raises ReadError (one sentence) when a file cannot be read at all or holds no price list.
    ``read`` reads one file's sheets (a caller that has already read them passes them back);
    by default each file is read in a child process (read_sheets), the next file's started
    while this one is cleansed.
    """
    files = [Path(p) for p in paths]
    if read is not None:
        return _import_files(files, supplier, mapping, settings, catalogs, progress, read)
    with ReadAhead(files) as ahead:
        return _import_files(files, supplier, mapping, settings, catalogs, progress, ahead.read)


def _import_files(
    files: list[Path],
    supplier: str | None,
    mapping: dict[str, str] | None,
    settings: CleanseSettings | None,
    catalogs: Catalogs | None,
    progress: Progress | None,
    read: Callable[[Path, Progress | None], list[RawSheet]],
) -> ImportResult:
    progress = progress or Progress.silent()
    catalogs = catalogs or load_catalogs()
    cleanser = RowCleanser(catalogs, settings)
    report = ImportReport()
    frames: list[pd.DataFrame] = []
    terms: list[pd.DataFrame] = []
    previews: list[SheetPreview] = []
    for position, path in enumerate(files):
        part = progress.sub(position / len(files), (position + 1) / len(files))
        part.step(0.0, tr("Reading {file}", file=path.name))
        sheets = read(path, part.sub(0.0, 0.5))
        report.files.append(path.name)
        found_any = False
        for sheet in sheets:
            part.check()
            sheet_mapping = find_mapping(sheet, mapping)
            previews.append(SheetPreview(sheet, sheet_mapping))
            if sheet_mapping is None:
                if sheet.rows:
                    report.add(
                        path.name,
                        sheet.sheet,
                        0,
                        "",
                        "info",
                        "sheet_skipped",
                        tr("Sheet has no header row with product and price columns; skipped."),
                    )
                continue
            found_any = True
            header_row = sheet.row_number(sheet_mapping.header_index)
            report.add(path.name, sheet.sheet, header_row, "", "info", "header_found", _describe_mapping(sheet_mapping))
            if sheet_mapping.not_found:  # a typing error in the mapping is not followed silently
                missing = tr(
                    "The column mapping names {headers}, which this sheet's header row does not have; "
                    "the other columns were recognised by their names.",
                    headers=", ".join(f"'{h}'" for h in sheet_mapping.not_found),
                )
                report.add(path.name, sheet.sheet, header_row, "", "info", "mapping_not_found", missing)
            name = supplier or supplier_from_title(sheet, sheet_mapping.header_index) or supplier_from_filename(path)
            table = sheet_to_raw_table(sheet, sheet_mapping, name, report)
            report.rows_read += len(table.frame)
            frames.append(cleanser.cleanse(table, report))
            terms.append(
                minimum_orders(
                    table.frame,
                    table.headers,
                    table.supplier,
                    table.currency_hint,
                    catalogs,
                    cleanser.settings.rates,
                    report,
                )
            )
        if not found_any:
            raise ReadError(
                tr(
                    "No price list found in {file}: no sheet has a header row with product and price "
                    "columns (looked at the first 40 rows of each sheet).",
                    file=path.name,
                )
            )
        part.step(1.0, tr("Cleansing {file}", file=path.name))
    offers = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OFFER_COLUMNS)
    offers = collapse_duplicates(offers, report)
    offers = flag_implausible_prices(offers, catalogs, report)
    offers = flag_price_outliers(offers, report)
    offers = accept_prices(offers, cleanser.settings.corrections, report)
    report.rows_imported = len(offers)
    progress.step(1.0, report.summary())
    return ImportResult(offers[OFFER_COLUMNS], report, previews, _one_per_supplier(terms))


def _one_per_supplier(terms: list[pd.DataFrame]) -> pd.DataFrame:
    """A supplier whose lists state different minimums keeps the largest."""
    found = [t for t in terms if not t.empty]
    if not found:
        return empty_supplier_terms()
    stacked = pd.concat(found, ignore_index=True).sort_values("min_order_pen", ascending=False, kind="stable")
    return stacked.drop_duplicates("supplier").sort_values("supplier").reset_index(drop=True)


def _describe_mapping(mapping: ColumnMapping) -> str:
    parts = [f"{mapping.header_of(t)} → {tr(TARGET_LABELS.get(t, t))}" for t in mapping.columns]
    text = tr("Header found; columns read: {columns}.", columns=", ".join(parts))
    if mapping.unmapped:
        text += " " + tr("Not used: {columns}.", columns=", ".join(mapping.unmapped))
    return text
