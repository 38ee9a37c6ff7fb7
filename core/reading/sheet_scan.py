"""How big a workbook's sheets really are, found by streaming their XML with bounded memory,
before any reader (calamine) materialises them.

calamine turns a sheet into one rectangular block spanning every cell that holds a value: a
2 KB xlsx with cells A1 and XFD1048576 makes it allocate 17 billion cells (512 GiB) and the
allocator aborts the whole process. An ods row of 16,384 repeated values, itself repeated
thousands of times, does the same from a few hundred bytes. So each sheet part is streamed
here, 1 MB at a time, and its rectangle is computed as calamine will compute it (or larger); a
sheet that spans more than a price list ever holds is refused in one sentence.

xlsx/xlsm: the common case (every cell written ``<c r="B7" …>``, as Excel, LibreOffice and
openpyxl write them) is counted with compiled patterns over the raw bytes; when any cell is
written otherwise (no reference: its place then depends on the cells before it; a prefix; odd
spacing) or the XML is not plain UTF-8/ASCII, the part is walked with expat, following
calamine's rules for implicit positions. The rectangle of cells holding a value decides;
a declared ``<dimension>`` only counts when it reaches beyond the last row or column a
spreadsheet can have (calamine uses it only as a capacity hint below 100,000 cells, and real
files declare A1:XFD1048576 for a handful of cells: corpus issue_174.xlsx).

ods: content.xml is walked with expat, expanding ``number-rows-repeated`` /
``number-columns-repeated`` as calamine does, by arithmetic, without materialising them.

DTDs and entity declarations are refused (defusedxml's rule). xls and xlsb are binary: their
limits are enforced by the memory cap of the process that reads them (core.reading.isolation).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from xml.parsers import expat

from core.errors import ReadError
from core.i18n import tr
from core.progress import Progress

MAX_CELLS_PER_SHEET = 2_000_000  # 100,000 rows x 20 columns: far beyond any price list
EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384
CHUNK = 1 << 20
PEEK = 4096
MAX_OPEN_TAG = 64 * 1024  # a start tag longer than this is not from any spreadsheet program

_NAME = rb"(?:[^\s<>/!?=\"']*:)?"  # an optional namespace prefix, as calamine ignores it
_CELL_START = re.compile(rb"<c[ \t\r\n/>]")  # a cell element (quick_xml ends names at these)
_R_ATTRIBUTE = re.compile(rb"[ \t\r\n]r[ \t\r\n]*=[ \t\r\n]*[\"']")
_PREFIXED_CELL_START = re.compile(rb"<[^\s<>/!?=\"']+:c[\s/>]")
_COLON_C = re.compile(rb":c")  # a compiled search finds it three times faster than ``in`` (21 MB sheets)
_CANONICAL_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')  # what Excel, LibreOffice, openpyxl write
_ROW_WITH_REF = b'<row r="'
_DIMENSION = re.compile(rb"<" + _NAME + rb"dimension\s[^>]*?\bref\s*=\s*[\"']([^\"']{1,40})[\"']")
_ENCODING = re.compile(rb"^<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_ASCII_COMPATIBLE = {b"utf-8", b"utf8", b"us-ascii", b"ascii", b"iso-8859-1", b"latin-1", b"latin1", b"windows-1252"}
_REF = re.compile(r"^([A-Za-z]*)([0-9]+)$")

WORKSHEET_ROOTS = {"worksheet"}
ODS_ROOTS = {"document-content", "document"}


@dataclass(frozen=True)
class Extent:
    """A sheet part's size: the rectangle calamine would allocate and what it declares."""

    part: str
    rows: int = 0
    cols: int = 0
    declared_rows: int = 0
    declared_cols: int = 0
    out_of_range: bool = False  # a cell or dimension beyond Excel's 1,048,576 x 16,384
    kept: int = 0  # ods: cells calamine keeps before shaping the rectangle

    @property
    def cells(self) -> int:
        return max(self.rows * self.cols, self.kept)

    @property
    def declared_cells(self) -> int:
        return self.declared_rows * self.declared_cols


class _Box:
    """The smallest rectangle holding every (row, col) added; 0-based, inclusive."""

    def __init__(self) -> None:
        self.top = self.left = None  # type: int | None
        self.bottom = self.right = -1

    def add(self, row_min: int, row_max: int, col_min: int, col_max: int) -> None:
        self.top = row_min if self.top is None else min(self.top, row_min)
        self.left = col_min if self.left is None else min(self.left, col_min)
        self.bottom, self.right = max(self.bottom, row_max), max(self.right, col_max)

    def size(self) -> tuple[int, int]:
        if self.top is None or self.left is None:
            return 0, 0
        return self.bottom - self.top + 1, self.right - self.left + 1


def column_number(letters: str) -> int:
    """'A' -> 1, 'XFD' -> 16384 (0 for no letters), case-insensitive as calamine reads them."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'B7' -> (6, 1), 0-based (column -1 when the reference has no letters); None if malformed."""
    match = _REF.match(ref.strip())
    if match is None or int(match[2]) == 0:
        return None
    return int(match[2]) - 1, column_number(match[1]) - 1


def _declared(ref: bytes | str | None) -> tuple[int, int, bool]:
    """Rows and columns a ``<dimension ref="A1:XFD1048576">`` declares, and whether it is out of range."""
    if not ref:
        return 0, 0, False
    text = ref.decode("ascii", "replace") if isinstance(ref, bytes) else ref
    corners = [parse_ref(part) for part in text.split(":")]
    if not corners or any(c is None or c[1] < 0 for c in corners) or len(corners) > 2:
        return 0, 0, False  # calamine refuses a malformed dimension itself
    (r0, c0), (r1, c1) = corners[0], corners[-1]  # type: ignore[misc]
    rows, cols = abs(r1 - r0) + 1, abs(c1 - c0) + 1
    return rows, cols, max(r0, r1) >= EXCEL_ROWS or max(c0, c1) >= EXCEL_COLUMNS


# ---------------------------------------------------------------------------------------- expat


class _Stop(Exception):
    """Ends an expat walk early (the root element was found)."""


def _safe_parser() -> expat.XMLParserType:
    """An expat parser that refuses DTDs and entity declarations (defusedxml's rule)."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = False

    def refuse(*_args):
        raise ValueError("DTD or entity declaration")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    return parser


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def root_name(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> str:
    """Local name of a member's root element ('' for anything that is not XML)."""
    found: list[str] = []
    parser = _safe_parser()

    def start(name: str, _attrs) -> None:
        found.append(_local(name))
        raise _Stop()

    parser.StartElementHandler = start
    try:
        with archive.open(info) as stream:
            for _ in range(16):  # the root is within the first 64 KB of any sane part
                chunk = stream.read(PEEK)
                parser.Parse(chunk, not chunk)
                if not chunk:
                    break
    except _Stop:
        pass
    except (expat.ExpatError, ValueError, OSError, zipfile.BadZipFile, RuntimeError, EOFError):
        return ""
    return found[0] if found else ""


def _walk(archive: zipfile.ZipFile, info: zipfile.ZipInfo, parser: expat.XMLParserType, progress: Progress) -> None:
    with archive.open(info) as stream:
        done = 0
        while chunk := stream.read(CHUNK):
            parser.Parse(chunk, False)
            done += len(chunk)
            progress.step(done / max(info.file_size, 1))
        parser.Parse(b"", True)


# ---------------------------------------------------------------------------------------- xlsx


def _fast_xlsx(archive: zipfile.ZipFile, info: zipfile.ZipInfo, progress: Progress) -> Extent | None:
    """The rectangle of every cell reference, when every cell is written the canonical way
    (``<c r="B7" …``, the reference its first attribute, as Excel, LibreOffice and openpyxl
    write cells) and no cell has a second ``r``: then each cell's place is its reference, and the
    cells before it (or tags in comments) cannot move it.

    Plain byte counts decide that (a pattern only when they disagree, at the edges of the cell
    data), and one compiled pattern collects the references. Cells without a value, and any
    reference outside the cell data, are counted too: the rectangle can only be larger than
    calamine's. None when a cell is written otherwise or the bytes are not ASCII-compatible:
    then only the exact walk can tell."""
    box = _Box()
    declared: bytes | None = None
    out_of_range = False
    before_data = True
    carry = b""
    done = 0
    with archive.open(info) as stream:
        head = stream.read(512)
        encoding = _ENCODING.match(head.lstrip(b"\xef\xbb\xbf"))
        if b"\x00" in head or (encoding and encoding[1].lower() not in _ASCII_COMPATIBLE):
            return None
        carry = head
        while True:
            chunk = stream.read(CHUNK)
            data = carry + chunk
            if chunk:
                cut = data.rfind(b">") + 1  # keep an unfinished tag for the next round
                data, carry = data[:cut], data[cut:]
                if len(carry) > MAX_OPEN_TAG:
                    return None  # an absurdly long tag or text: leave it to the exact walk
            if before_data:  # <dimension> comes before <sheetData>
                data_start = data.find(b"sheetData")
                if declared is None and (found := _DIMENSION.search(data if data_start < 0 else data[:data_start])):
                    declared = found[1]
                before_data = data_start < 0
            canonical = data.count(b'<c r="')
            rows_with_ref = data.count(_ROW_WITH_REF)
            if (
                (canonical != data.count(b"<c") and canonical != len(_CELL_START.findall(data)))
                or (  # every "r=" is a cell's or a row's (each of those holds one): no second r
                    data.count(b"r=") != canonical + rows_with_ref
                    and len(_R_ATTRIBUTE.findall(data)) != canonical + rows_with_ref
                )
                or (_COLON_C.search(data) and _PREFIXED_CELL_START.search(data))
            ):
                return None  # a cell written otherwise, a second r=, a prefix: walk it exactly
            refs = _CANONICAL_CELL.findall(data)
            if len(refs) != canonical:
                return None  # a reference in lower case, or beyond column XFD / row 9,999,999
            if refs:  # fold this chunk into the box: memory stays bounded by the distinct values
                row_numbers = [int(row) for row in set(map(itemgetter(1), refs))]
                column_numbers = [column_number(c.decode("ascii")) for c in set(map(itemgetter(0), refs))]
                box.add(min(row_numbers) - 1, max(row_numbers) - 1, min(column_numbers) - 1, max(column_numbers) - 1)
                out_of_range |= max(row_numbers) > EXCEL_ROWS or max(column_numbers) > EXCEL_COLUMNS
            done += len(chunk)
            progress.step(done / max(info.file_size, 1))
            if not chunk:
                break
    rows, cols = box.size()
    declared_rows, declared_cols, declared_out = _declared(declared)
    return Extent(info.filename, rows, cols, declared_rows, declared_cols, out_of_range or declared_out)


class _XlsxWalk:
    """calamine's positions for cells with and without references (xlsx cells_reader)."""

    def __init__(self) -> None:
        self.box = _Box()
        self.row = self.col = 0
        self.cell: tuple[int, int] | None = None
        self.cell_has_content = False
        self.declared: str | None = None
        self.out_of_range = False
        self.in_data = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        if local == "dimension" and self.declared is None:
            self.declared = attrs.get("ref", "")
        elif local == "sheetData":
            self.in_data = True
        elif not self.in_data:
            return
        elif local == "row":
            position = parse_ref(attrs["r"]) if "r" in attrs else None
            if position is not None:
                self.row = position[0]
        elif local == "c":
            position = parse_ref(attrs["r"]) if "r" in attrs else None
            if position is not None and position[1] >= 0:
                self.col = position[1]
                self.cell = position
            else:
                self.cell = (self.row, self.col)
            self.cell_has_content = False
        elif self.cell is not None:
            self.cell_has_content = True  # <v>, <is>, <f>: the cell may hold a value

    def end(self, name: str) -> None:
        if not self.in_data:
            return
        local = _local(name)
        if local == "c" and self.cell is not None:
            if self.cell_has_content:
                row, col = self.cell
                self.box.add(row, row, col, col)
                self.out_of_range |= row >= EXCEL_ROWS or col >= EXCEL_COLUMNS
            self.cell = None
            self.col += 1
        elif local == "row":
            self.row += 1
            self.col = 0
        elif local == "sheetData":
            self.in_data = False


def _exact_xlsx(archive: zipfile.ZipFile, info: zipfile.ZipInfo, progress: Progress) -> Extent:
    walk = _XlsxWalk()
    parser = _safe_parser()
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    _walk(archive, info, parser, progress)
    rows, cols = walk.box.size()
    declared_rows, declared_cols, declared_out = _declared(walk.declared)
    return Extent(info.filename, rows, cols, declared_rows, declared_cols, walk.out_of_range or declared_out)


# ---------------------------------------------------------------------------------------- ods

_ODS_VALUE_ATTRS = {"value", "string-value", "date-value", "time-value", "boolean-value", "value-type", "formula"}


class _TooBig(Exception):
    """An ods sheet passed the cell limit: no need to read further."""


class _OdsWalk:
    """calamine's ods arithmetic (ods.rs read_table/read_row/get_range), without materialising.

    calamine keeps, for every row element, its cells up to the last non-empty run (an empty run
    is kept when any cell follows it; repeats are capped at 16,384 columns and 1,048,576 rows in
    total): ``kept``. Then it spans the row elements from the first to the last one holding a
    value, each as often as it is repeated, over the columns from the leftmost to the rightmost
    value: ``rows`` x ``cols``. Both are bounded here."""

    def __init__(self, max_cells: int) -> None:
        self.max_cells = max_cells
        self.extents: list[tuple[int, int, int]] = []  # rows, cols, kept, per table
        self.table_depth = 0
        self.cell_depth = 0  # inside a cell everything (text, nested tables) is its content

    def _open_table(self) -> None:
        self.total_rows = self.span_rows = self.pending_rows = self.kept = 0
        self.seen_value_row = False
        self.left: int | None = None
        self.right = -1
        self.in_row = False

    def _close_table(self) -> None:
        cols = 0 if self.left is None else self.right - self.left + 1
        self.extents.append((self.span_rows if cols else 0, cols, self.kept))

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.cell_depth:
            self.cell_depth += 1
            return
        local = _local(name)
        if local == "table":
            self.table_depth += 1
            if self.table_depth == 1:
                self._open_table()
        elif self.table_depth != 1:
            return
        elif local == "table-row":
            self.row_repeats = min(_count(attrs, "number-rows-repeated"), max(EXCEL_ROWS - self.total_rows, 0))
            self.total_rows += self.row_repeats
            self.in_row = True
            self.row_cells = self.pending_empty = 0
            self.row_left: int | None = None
            self.row_right = -1
        elif local in ("table-cell", "covered-table-cell") and self.in_row:
            self.cell_depth = 1
            self.row_cells += min(self.pending_empty, EXCEL_COLUMNS - self.row_cells)  # kept: a cell follows
            self.pending_empty = 0
            repeats = min(_count(attrs, "number-columns-repeated"), EXCEL_COLUMNS - self.row_cells)
            if any(_local(key) in _ODS_VALUE_ATTRS for key in attrs):
                if repeats:
                    self.row_left = self.row_cells if self.row_left is None else self.row_left
                    self.row_right = self.row_cells + repeats - 1
                self.row_cells += repeats
            else:
                self.pending_empty = repeats

    def end(self, name: str) -> None:
        if self.cell_depth:
            self.cell_depth -= 1
            return
        local = _local(name)
        if local == "table":
            if self.table_depth == 1:
                self._close_table()
            self.table_depth -= 1
        elif local == "table-row" and self.table_depth == 1 and self.in_row:
            self.in_row = False
            self.kept += self.row_cells
            if self.row_left is None:
                if self.seen_value_row:
                    self.pending_rows += self.row_repeats
            else:
                self.left = self.row_left if self.left is None else min(self.left, self.row_left)
                self.right = max(self.right, self.row_right)
                self.span_rows += self.pending_rows + self.row_repeats
                self.pending_rows = 0
                self.seen_value_row = True
            cols = 0 if self.left is None else self.right - self.left + 1
            if self.kept > self.max_cells or self.span_rows * cols > self.max_cells:
                self._close_table()
                raise _TooBig()


def _count(attrs: dict[str, str], local_name: str) -> int:
    for key, value in attrs.items():
        if _local(key) == local_name:
            try:
                return max(int(value), 1)
            except ValueError:
                return 1  # calamine fails on it: nothing to allocate
    return 1


def _ods_extents(archive: zipfile.ZipFile, info: zipfile.ZipInfo, progress: Progress) -> list[Extent]:
    walk = _OdsWalk(MAX_CELLS_PER_SHEET)
    parser = _safe_parser()
    parser.StartElementHandler = walk.start
    parser.EndElementHandler = walk.end
    try:
        _walk(archive, info, parser, progress)
    except _TooBig:
        pass
    return [
        Extent(f"{info.filename}:{number}", rows, cols, kept=kept)
        for number, (rows, cols, kept) in enumerate(walk.extents, start=1)
    ]


# ---------------------------------------------------------------------------------------- check


def scan_extents(path: Path, progress: Progress | None = None) -> list[Extent]:
    """The extent of every sheet part of a zip-based workbook (xlsx, xlsm, ods); [] for others.

    Raises ReadError when a sheet part is not well-formed XML (calamine would be left to guess)."""
    progress = progress or Progress.silent()
    extents: list[Extent] = []
    with zipfile.ZipFile(path) as archive:
        members = [i for i in archive.infolist() if not i.is_dir() and i.file_size > 0]
        roots = {info.filename: root_name(archive, info) for info in members}
        parts = [i for i in members if roots[i.filename] in WORKSHEET_ROOTS | ODS_ROOTS]
        for position, info in enumerate(parts):
            part = progress.sub(position / max(len(parts), 1), (position + 1) / max(len(parts), 1))
            try:
                if roots[info.filename] in ODS_ROOTS:
                    extents.extend(_ods_extents(archive, info, part))
                else:
                    fast = _fast_xlsx(archive, info, part)
                    if fast is None or fast.out_of_range or fast.cells > MAX_CELLS_PER_SHEET:
                        fast = _exact_xlsx(archive, info, part)  # exact: formatting-only cells do not count
                    extents.append(fast)
            except (expat.ExpatError, ValueError) as error:
                raise ReadError(
                    tr(
                        "File {file} is damaged or was built to mislead spreadsheet readers (a sheet's XML is not "
                        "well-formed); it was refused.",
                        file=path.name,
                    )
                ) from error
    return extents


def check_sheet_sizes(path: Path, progress: Progress | None = None) -> None:
    """Refuse a workbook with a sheet that spans or declares more cells than a price list can have."""
    for extent in scan_extents(path, progress):
        if extent.out_of_range:
            raise ReadError(
                tr(
                    "File {file} was refused: a sheet refers to cells beyond the last row or column a spreadsheet "
                    "can have, which only a damaged or hostile file does.",
                    file=path.name,
                )
            )
        if extent.cells > MAX_CELLS_PER_SHEET:
            cells, limit = f"{extent.cells:,}", f"{MAX_CELLS_PER_SHEET:,}"
            raise ReadError(
                tr(
                    "File {file} was refused: a sheet spans {cells} cells (a price list sheet may have at most "
                    "{limit}); reading it would need far more memory than a price list.",
                    file=path.name,
                    cells=cells,
                    limit=limit,
                )
            )
