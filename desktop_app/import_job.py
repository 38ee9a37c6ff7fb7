"""The import dialog's background job: each file read with its supplier's column mapping.

No Qt here: ``preview_import`` runs in a worker through BackgroundOp and is testable alone.
Each file is read in a child process with a memory cap (core.reading.reader_process): a file
that would crash or exhaust the reader ends only that child, and the window shows one sentence.
Progress comes back from the child and Cancel kills it. A file that cannot be read does not stop
the others; its plain sentence is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from core.cleansing.import_report import ImportReport
from core.contract import OFFER_COLUMNS
from core.errors import UserError
from core.history.lists import list_date_of
from core.importer import SheetPreview, import_files, read_sheets, supplier_from_filename, supplier_from_title
from core.progress import Progress
from core.reading.column_mapping import find_mapping
from core.reading.list_date import ListDate
from core.reading.raw_sheet import RawSheet


@dataclass
class FileImport:
    path: Path
    supplier_key: str  # the name the column mapping is remembered under
    mapping: dict[str, str]  # explicit mapping used (supplier header -> target)
    offers: pd.DataFrame
    report: ImportReport
    previews: list[SheetPreview]
    list_date: ListDate  # read from the file (title, sheet or file name), else its modification date


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

    def previews(self) -> list[SheetPreview]:
        return [sheet for f in self.files for sheet in f.previews]

    def report(self) -> ImportReport:
        merged = ImportReport()
        for f in self.files:
            merged.extend(f.report)
        return merged


def supplier_key(path: Path, sheets: list[RawSheet]) -> str:
    """The supplier a file comes from: a company name above the header, else the file name."""
    for sheet in sheets:
        mapping = find_mapping(sheet)
        if mapping is not None:
            return supplier_from_title(sheet, mapping.header_index) or supplier_from_filename(path)
    return supplier_from_filename(path)


def already_read(sheets: list[RawSheet]) -> Callable[[Path, Progress | None], list[RawSheet]]:
    """A reader for import_files that hands back sheets read before (no second child process)."""

    def read(_path: Path, _progress: Progress | None = None) -> list[RawSheet]:
        return sheets

    return read


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
            # Read once, in a child process (a file that crashes the reader costs only the child).
            sheets = read_sheets(path, part.sub(0.0, 0.5))
            key = supplier_key(path, sheets)
            mapping = {**remembered.get(key, {}), **corrections.get(path.name, {})}
            result = import_files(
                [path],
                mapping=mapping or None,
                settings=settings,
                progress=part.sub(0.5, 1.0),
                read=already_read(sheets),
            )
        except UserError as error:
            preview.errors[path.name] = str(error)
            continue
        dated = list_date_of(path, result.previews)
        preview.files.append(FileImport(path, key, mapping, result.offers, result.report, result.previews, dated))
    return preview
