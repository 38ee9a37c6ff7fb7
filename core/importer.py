"""Import price lists: read -> find header and columns -> cleanse -> one canonical table.

``import_files`` is the one entry point used by the command line, the desktop app (in its
background helper) and the tests. Source files are only read, never written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.catalogs import Catalogs, load_catalogs
from core.cleansing.row_cleansing import CleanseSettings, RawTable, RowCleanser
from core.cleansing.table_rules import collapse_duplicates, flag_price_outliers
from core.contract import OFFER_COLUMNS
from core.errors import ReadError
from core.i18n import tr
from core.import_report import ImportReport
from core.progress import Progress
from core.reading.column_mapping import ColumnMapping, find_mapping
from core.reading.csv_reader import read_csv
from core.reading.file_guard import inspect_file
from core.reading.raw_sheet import RawSheet
from core.reading.workbook_reader import read_workbook
from core.text import fold, is_blank

TARGETS = ["supplier", "product", "pack", "pack_qty", "pack_unit", "price", "currency", "origin", "transport_mode",
           "certifications", "practice", "packaging", "lead_time_days", "sustainability_score"]
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


def supplier_from_filename(path: Path) -> str:
    stem = re.sub(r"[_\-.]+", " ", path.stem).strip()
    return stem[:1].upper() + stem[1:] if stem else path.name


def read_sheets(path: Path, progress: Progress | None = None) -> list[RawSheet]:
    """Read every sheet of a price list file (after the safety checks)."""
    kind = inspect_file(path)
    if kind.kind == "text":
        sheet, _, _ = read_csv(path)
        return [sheet]
    return read_workbook(path, progress)


def sheet_to_raw_table(sheet: RawSheet, mapping: ColumnMapping, supplier: str, report: ImportReport) -> RawTable:
    columns = mapping.columns
    records = []
    blank = 0
    for index in range(mapping.header_index + 1, len(sheet.rows)):
        row = sheet.rows[index]
        number = sheet.row_number(index)
        if all(is_blank(v) for v in row):
            blank += 1
            continue
        values = {t: (row[c] if c < len(row) else None) for t, c in columns.items()}
        texts = [fold(v) for v in row if not is_blank(v)]
        if any(_TOTAL_WORDS.match(t) for t in texts):
            report.add(sheet.file, sheet.sheet, number, "", "info", "totals_row",
                       tr("A totals row was skipped."))
            continue
        others = [t for t in columns if t not in ("product", "supplier")]
        if not is_blank(values.get("product")) and all(is_blank(values.get(t)) for t in others):
            report.add(sheet.file, sheet.sheet, number, "", "info", "note_row",
                       tr("'{text}' has no price or pack; read as a note or section title and skipped.",
                          text=str(values["product"]).strip()[:80]))
            continue
        if is_blank(values.get("product")) and is_blank(values.get("price")):
            report.add(sheet.file, sheet.sheet, number, "", "info", "note_row",
                       tr("A row without product or price was skipped."))
            continue
        values.update(source_file=sheet.file, source_sheet=sheet.sheet, source_row=number)
        records.append(values)
    if blank:
        report.add(sheet.file, sheet.sheet, 0, "", "info", "blank_rows", tr("{count} blank rows skipped.", count=blank))
    frame = pd.DataFrame.from_records(records, columns=list(columns) + ["source_file", "source_sheet", "source_row"])
    headers = {t: mapping.header_of(t) for t in columns}
    if "pack" not in headers and "pack_qty" in headers:
        headers["pack"] = headers["pack_qty"]
    return RawTable(frame, headers, mapping.currency_hint, supplier)


def import_files(paths: list[Path | str], supplier: str | None = None, mapping: dict[str, str] | None = None,
                 settings: CleanseSettings | None = None, catalogs: Catalogs | None = None,
                 progress: Progress | None = None) -> ImportResult:
    """Read and cleanse price lists into one canonical offers table and its import report.

    Raises ReadError (one sentence) when a file cannot be read at all or holds no price list.
    """
    progress = progress or Progress.silent()
    catalogs = catalogs or load_catalogs()
    cleanser = RowCleanser(catalogs, settings)
    report = ImportReport()
    frames: list[pd.DataFrame] = []
    previews: list[SheetPreview] = []
    paths = [Path(p) for p in paths]
    for position, path in enumerate(paths):
        part = progress.sub(position / len(paths), (position + 1) / len(paths))
        part.step(0.0, tr("Reading {file}", file=path.name))
        sheets = read_sheets(path, part.sub(0.0, 0.5))
        report.files.append(path.name)
        found_any = False
        for sheet in sheets:
            part.check()
            sheet_mapping = find_mapping(sheet, mapping)
            previews.append(SheetPreview(sheet, sheet_mapping))
            if sheet_mapping is None:
                if sheet.rows:
                    report.add(path.name, sheet.sheet, 0, "", "info", "sheet_skipped",
                               tr("Sheet has no header row with product and price columns; skipped."))
                continue
            found_any = True
            report.add(path.name, sheet.sheet, sheet.row_number(sheet_mapping.header_index), "", "info",
                       "header_found", _describe_mapping(sheet_mapping))
            table = sheet_to_raw_table(sheet, sheet_mapping, supplier or supplier_from_filename(path), report)
            report.rows_read += len(table.frame)
            frames.append(cleanser.cleanse(table, report))
        if not found_any:
            raise ReadError(tr("No price list found in {file}: no sheet has a header row with product and price "
                               "columns (looked at the first 40 rows of each sheet).", file=path.name))
        part.step(1.0, tr("Cleansing {file}", file=path.name))
    offers = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OFFER_COLUMNS)
    offers = collapse_duplicates(offers, report)
    offers = flag_price_outliers(offers, report)
    report.rows_imported = len(offers)
    progress.step(1.0, report.summary())
    return ImportResult(offers[OFFER_COLUMNS], report, previews)


def _describe_mapping(mapping: ColumnMapping) -> str:
    parts = [f"{mapping.header_of(t)} → {t}" for t in mapping.columns]
    text = tr("Header found; columns read: {columns}.", columns=", ".join(parts))
    if mapping.unmapped:
        text += " " + tr("Not used: {columns}.", columns=", ".join(mapping.unmapped))
    return text
