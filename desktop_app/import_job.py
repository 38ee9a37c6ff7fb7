"""The import dialog's background job: each file read with its supplier's column mapping.

No Qt here: ``preview_import`` runs in a worker through BackgroundOp and is testable alone.
A file that cannot be read does not stop the others; its plain sentence is returned.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.cleansing.import_report import ImportReport
from core.contract import OFFER_COLUMNS
from core.errors import UserError
from core.importer import SheetPreview, import_files, read_sheets, supplier_from_filename, supplier_from_title
from core.progress import Progress
from core.reading.column_mapping import find_mapping


@dataclass
class FileImport:
    path: Path
    supplier_key: str  # the name the column mapping is remembered under
    mapping: dict[str, str]  # explicit mapping used (supplier header -> target)
    offers: pd.DataFrame
    report: ImportReport
    previews: list[SheetPreview]
    terms: pd.DataFrame = field(default_factory=pd.DataFrame)  # minimum orders the list states


@dataclass
class ImportPreview:
    files: list[FileImport] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # file name -> plain sentence

    def offers(self, sheets: set[tuple[str, str]] | None = None) -> pd.DataFrame:
        """The offers of all files, or only of the given (file, sheet) pairs."""
        frames = [f.offers for f in self.files]
        frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=OFFER_COLUMNS)
        if sheets is not None:
            keep = [(f, s) in sheets for f, s in zip(frame["source_file"], frame["source_sheet"], strict=False)]
            frame = frame[keep].reset_index(drop=True)
        return frame

    def terms(self) -> pd.DataFrame:
        """The minimum orders the files state (one row per supplier)."""
        frames = [f.terms for f in self.files if not f.terms.empty]
        return (
            pd.concat(frames, ignore_index=True).drop_duplicates("supplier", keep="last") if frames else pd.DataFrame()
        )

    def report(self) -> ImportReport:
        merged = ImportReport()
        for f in self.files:
            merged.extend(f.report)
        return merged


def supplier_key(path: Path, progress: Progress | None = None) -> str:
    """The supplier a file comes from: a company name above the header, else the file name."""
    for sheet in read_sheets(path, progress):
        mapping = find_mapping(sheet)
        if mapping is not None:
            return supplier_from_title(sheet, mapping.header_index) or supplier_from_filename(path)
    return supplier_from_filename(path)


def preview_import(
    paths: list[Path],
    remembered: dict[str, dict[str, str]],
    corrections: dict[str, dict[str, str]],
    settings=None,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and cleanse each file with (remembered mapping of its supplier + the user's corrections).

    ``remembered``: supplier -> {header: target}; ``corrections``: file name -> {header: target}.
    """
    progress = progress or Progress.silent()
    preview = ImportPreview()
    for position, path in enumerate(paths):
        part = progress.sub(position / len(paths), (position + 1) / len(paths))
        try:
            key = supplier_key(path)
            mapping = {**remembered.get(key, {}), **corrections.get(path.name, {})}
            result = import_files([path], mapping=mapping or None, settings=settings, progress=part)
        except UserError as error:
            preview.errors[path.name] = str(error)
            continue
        preview.files.append(
            FileImport(path, key, mapping, result.offers, result.report, result.previews, result.terms)
        )
    return preview
