"""Read every visible worksheet of an xlsx, xlsm, xlsb, xls or ods file with calamine.

calamine (Rust) reads cached cell values only: formulas are never evaluated, macros never
run, external links never followed. It is also far faster than openpyxl for reading. Before it
opens an xlsx, xlsm or ods file, core.reading.sheet_scan streams the sheets' XML and refuses a
sheet whose cells would span more than a price list holds (calamine would allocate all of it).
"""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import python_calamine as calamine

from core.errors import ReadError
from core.i18n import tr
from core.progress import Progress
from core.reading.raw_sheet import RawSheet
from core.reading.sheet_scan import MAX_CELLS_PER_SHEET, check_sheet_sizes

# the workbook, its visible worksheets' names, and those of them already parsed
_Opened = tuple[calamine.CalamineWorkbook, list[str], dict[str, calamine.CalamineSheet]]


def read_workbook(path: Path, progress: Progress | None = None, overlap: bool = False) -> list[RawSheet]:
    progress = progress or Progress.silent()
    name = path.name
    parsing: _Parsing | None = None
    if zipfile.is_zipfile(path):
        progress.step(0.0, tr("Checking {file}", file=name))
        if overlap:
            parsing = _Parsing(path)
        check_sheet_sizes(path, progress.sub(0.0, 0.3))
        progress = progress.sub(0.3, 1.0)
    workbook, visible, parsed = parsing.result() if parsing is not None else _open(path)
    sheets: list[RawSheet] = []
    with workbook:
        for position, sheet_name in enumerate(visible):
            progress.step(position / max(len(visible), 1), tr("Reading sheet {sheet}", sheet=sheet_name))
            try:
                sheet = parsed.pop(sheet_name, None)
                if sheet is None:
                    sheet = workbook.get_sheet_by_name(sheet_name)
                if sheet.height * sheet.width > MAX_CELLS_PER_SHEET:
                    raise ReadError(
                        tr(
                            "Sheet {sheet} of {file} has {cells} cells; a price list sheet may have at most {limit}.",
                            sheet=sheet_name,
                            file=name,
                            cells=sheet.height * sheet.width,
                            limit=MAX_CELLS_PER_SHEET,
                        )
                    )
                rows = sheet.to_python(skip_empty_area=True)
                start = sheet.start or (0, 0)
                merged = list(sheet.merged_cell_ranges or [])
            except calamine.PasswordError as exc:
                raise ReadError(
                    tr("File {file} is protected with a password; ask the supplier for an unprotected copy.", file=name)
                ) from exc
            except calamine.CalamineError as exc:
                raise ReadError(_describe_failure(name, exc, sheet_name)) from exc
            sheets.append(RawSheet(name, sheet_name, rows, first_row=start[0] + 1, first_col=start[1], merged=merged))
    progress.step(1.0)
    return sheets


def _open(path: Path, parse: bool = False) -> _Opened:
    """The workbook, its visible worksheets' names and (``parse``) those sheets parsed."""
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as exc:
        raise ReadError(
            tr("File {file} is protected with a password; ask the supplier for an unprotected copy.", file=path.name)
        ) from exc
    except (calamine.CalamineError, OSError, ValueError) as exc:
        raise ReadError(_describe_failure(path.name, exc)) from exc
    visible = [
        meta.name
        for meta in workbook.sheets_metadata
        if meta.typ == calamine.SheetTypeEnum.WorkSheet and meta.visible == calamine.SheetVisibleEnum.Visible
    ]
    parsed: dict[str, calamine.CalamineSheet] = {}
    if parse:
        for sheet_name in visible:
            try:
                parsed[sheet_name] = workbook.get_sheet_by_name(sheet_name)
            except calamine.CalamineError:
                break  # read again, in order, by read_workbook: its error is said there
    return workbook, visible, parsed


class _Parsing:
    """calamine opening a workbook and parsing its visible sheets in a thread (``overlap``)."""

    def __init__(self, path: Path):
        self._path = path
        self._answer: _Opened | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)  # a refused file's parse is not awaited
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = _open(self._path, parse=True)
        except BaseException as error:  # handed to the reading thread by result()
            self._error = error

    def result(self) -> tuple[calamine.CalamineWorkbook, list[str], dict[str, calamine.CalamineSheet]]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._answer is not None
        return self._answer


def _describe_failure(name: str, exc: Exception, sheet: str | None = None) -> str:
    text = str(exc).lower()
    if "declared uncompressed size" in text or "zip" in text:
        return tr("File {file} is damaged: its parts do not match the sizes the file declares for them.", file=name)
    if "password" in text or "encrypt" in text:
        return tr("File {file} is protected with a password; ask the supplier for an unprotected copy.", file=name)
    if "invalid ole" in text or "not an office document" in text:
        return tr("File {file} is not a spreadsheet or is damaged.", file=name)
    too_large = "cell limit" in text or "too large" in text
    if sheet:
        if too_large:
            return tr(
                "Sheet {sheet} of file {file} declares more cells than a price list can have; it was refused.",
                sheet=sheet,
                file=name,
            )
        return tr("Sheet {sheet} of file {file} is damaged or incomplete and cannot be read.", sheet=sheet, file=name)
    if too_large:
        return tr("File {file} declares more cells than a price list can have; it was refused.", file=name)
    return tr("File {file} is damaged or incomplete and cannot be read.", file=name)
