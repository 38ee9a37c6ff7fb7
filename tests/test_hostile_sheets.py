"""Issue 13, case 1: reading cannot take the process down.

Each hostile file is a few KB, written by the test. The streaming check (core.reading.sheet_scan)
refuses it in one sentence before calamine sees it; whatever gets past that is read in a child
process capped at 300 MB (core.reading.reader_process), whose peak memory is measured here."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import REPO, SAMPLES
from hostile_files import (
    HEADER,
    MAIN,
    ROWS,
    corner_xlsx,
    ods_cell,
    ods_price_rows,
    ods_row,
    price_rows,
    sheet_xml,
    text_cell,
    write_ods,
    write_xlsx,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import Cancelled, ReadError
from core.importer import import_files
from core.progress import Progress
from core.reading.reader_process import READER_MEMORY_MB, run_reader
from core.reading.sheet_scan import scan_extents

PEAK_LIMIT_MB = 300
SPANS = "was refused: a sheet spans"


def refused(path: Path) -> tuple[str, float]:
    """The sentence a file is refused with, and the reader process's own peak memory in MB."""
    with pytest.raises(ReadError) as raised:
        run_reader(path)
    message = str(raised.value)
    assert "\n" not in message and path.name in message and message.endswith("."), message
    return message, raised.value.reader_peak_mb


# --------------------------------------------------------------------------- the file, end to end


def test_the_two_cell_corner_file_is_refused_in_one_sentence_by_the_command(tmp_path):
    """Before: `memory allocation of 549755813888 bytes failed`, SIGABRT, exit 134."""
    path = corner_xlsx(tmp_path / "esquina.xlsx")
    assert path.stat().st_size < 3000
    done = subprocess.run(
        [sys.executable, "-m", "core.cli", "--lang", "en", "import", str(path), "--out", str(tmp_path / "o.csv")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        "sourcing: File esquina.xlsx was refused: a sheet spans 17,179,869,184 cells (a price list sheet may "
        "have at most 2,000,000); reading it would need far more memory than a price list."
    )
    assert not (tmp_path / "o.csv").exists()


# --------------------------------------------------------------------------- xlsx shapes


def _far_row(cells: str) -> str:
    return f'<row r="1048576">{cells}</row>'


HOSTILE_XLSX = {
    # cells without references take their place from the cells before them (calamine's rule)
    "implicit_places": sheet_xml(price_rows() + _far_row("<c><v>1</v></c>" * 16384)),
    # a reference hidden in another attribute's value must not be taken for the cell's own
    "hidden_reference": sheet_xml(price_rows() + _far_row("<c s=\" r='A1'\"><v>1</v></c>" * 16384)),
    # a fake end of the cell data in a comment, real cells after it
    "fake_end": sheet_xml(price_rows() + "<!-- </sheetData> -->" + _far_row(text_cell("x", "XFD1048576"))),
    # a reference in lower case (calamine reads it)
    "lower_case": sheet_xml(price_rows() + _far_row(text_cell("x", "xfd1048576"))),
    # a row far beyond the last row a spreadsheet can have
    "beyond_excel": sheet_xml(price_rows() + '<row r="4000000000">' + text_cell("x", "A4000000000") + "</row>"),
    # the same worksheet under a namespace prefix
    "prefixed": sheet_xml(price_rows() + _far_row(text_cell("x", "XFD1048576")))
    .replace("<worksheet", "<x:worksheet")
    .replace("</worksheet>", "</x:worksheet>")
    .replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"')
    .replace("<sheetData>", "<x:sheetData>")
    .replace("</sheetData>", "</x:sheetData>")
    .replace("<row", "<x:row")
    .replace("</row>", "</x:row>")
    .replace("<c ", "<x:c ")
    .replace("</c>", "</x:c>")
    .replace("<is>", "<x:is>")
    .replace("</is>", "</x:is>")
    .replace("<t>", "<x:t>")
    .replace("</t>", "</x:t>"),
}


@pytest.mark.parametrize("shape", sorted(HOSTILE_XLSX))
def test_hostile_xlsx_shapes_are_refused_before_reading_in_bounded_memory(tmp_path, shape):
    path = write_xlsx(tmp_path / f"{shape}.xlsx", HOSTILE_XLSX[shape])
    assert path.stat().st_size < 10_000
    message, peak = refused(path)
    assert SPANS in message or "beyond the last row or column" in message, message
    assert 0 < peak < PEAK_LIMIT_MB


def test_a_duplicate_reference_is_refused_as_not_well_formed(tmp_path):
    sheet = sheet_xml(price_rows() + _far_row('<c r="A1048576" r="XFD1048576"><v>1</v></c>'))
    message, _ = refused(write_xlsx(tmp_path / "doble.xlsx", sheet))
    assert "not well-formed" in message


def test_a_huge_declared_dimension_with_few_cells_is_read(tmp_path):
    """Gnumeric declares A1:XFD1048576 and writes formatting-only cells at the last rows
    (corpus issue_174.xlsx): calamine reads it in a few KB, so it must not be refused."""
    styled = '<row r="1048576">' + "".join(f'<c r="{c}1048576" s="0"/>' for c in "ABCD") + "</row>"
    path = write_xlsx(tmp_path / "gnumeric.xlsx", sheet_xml(price_rows() + styled, dimension="A1:XFD1048576"))
    result = import_files([path])
    assert list(result.offers["product"]) == ["Papa amarilla", "Quinua blanca"]


def test_cells_without_references_are_placed_as_calamine_places_them(tmp_path):
    rows = "".join("<row>" + "".join(text_cell(v) for v in values) + "</row>" for values in [HEADER, *ROWS])
    path = write_xlsx(tmp_path / "sin_referencias.xlsx", sheet_xml(rows))
    (extent,) = scan_extents(path)
    assert (extent.rows, extent.cols) == (3, 4)
    assert sorted(import_files([path]).offers["product"]) == ["Papa amarilla", "Quinua blanca"]


# --------------------------------------------------------------------------- ods shapes

HOSTILE_ODS = {
    # one row of 16,384 values, repeated over every row a sheet has
    "wide_and_repeated": ods_row(ods_cell("x", 16384), 1048576),
    # 65 million cells from a few hundred bytes (before: 8.3 GB of memory and 69 s, then refused)
    "sixty_five_million": ods_price_rows() + ods_row(ods_cell("x", 1000), 65000),
    # a price list and one far cell, the gap made of repeated empty rows and cells
    "corner": ods_price_rows()
    + ods_row(ods_cell(None, 16384), 1048570)
    + ods_row(ods_cell(None, 16383) + ods_cell("x")),
    # empty runs are kept when any cell follows: 16,384 cells per row element, none with a value
    "kept_empty_runs": ods_price_rows() + ods_row(ods_cell(None, 16384) + ods_cell(None)) * 8000,
}


@pytest.mark.parametrize("shape", sorted(HOSTILE_ODS))
def test_hostile_ods_shapes_are_refused_before_reading_in_bounded_memory(tmp_path, shape):
    path = write_ods(tmp_path / f"{shape}.ods", HOSTILE_ODS[shape])
    assert path.stat().st_size < 10_000
    message, peak = refused(path)
    assert SPANS in message, message
    assert 0 < peak < PEAK_LIMIT_MB


def test_an_ods_with_long_empty_tails_is_read(tmp_path):
    """LibreOffice ends every sheet with ~a million repeated empty rows of 1,024 empty cells."""
    rows = ods_price_rows() + ods_row(ods_cell(None, 1024), 1048573)
    path = write_ods(tmp_path / "libreoffice.ods", rows)
    (extent,) = scan_extents(path)
    assert (extent.rows, extent.cols) == (3, 4)
    assert sorted(import_files([path]).offers["product"]) == ["Papa amarilla", "Quinua blanca"]


# --------------------------------------------------------------------------- the reader process


def test_a_native_crash_of_the_reader_is_one_sentence(tmp_path, monkeypatch):
    """calamine aborts its process (SIGABRT) when an allocation fails. A sparse sheet just under
    the cell limit (A1 and T95000: 1.9 million cells, 61 MB for calamine) under a 60 MB cap makes
    a real one; the caller gets one sentence and goes on."""
    far = '<row r="95000">' + text_cell("x", "T95000") + "</row>"
    path = write_xlsx(tmp_path / "disperso.xlsx", sheet_xml(price_rows() + far))
    monkeypatch.setenv("SOURCING_READER_MEMORY_MB", "60")
    with pytest.raises(ReadError) as raised:
        run_reader(path)
    assert str(raised.value) == (
        "File disperso.xlsx was refused: reading it needs more than the 60 MB of memory a price list may use, "
        "which only a damaged or hostile file does."
    )
    monkeypatch.delenv("SOURCING_READER_MEMORY_MB")
    assert len(run_reader(path).sheets[0].rows) == 95000  # under the normal cap it is merely big


def test_the_samples_are_read_in_the_child_with_their_peak_memory_measured():
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".xlsx", ".xls", ".ods", ".csv"):
            run = run_reader(path)
            assert run.sheets and run.sheets[0].file == path.name
            assert 5 < run.peak_mb < READER_MEMORY_MB


def test_cancelling_kills_the_reader_at_once(tmp_path):
    rows = "".join(
        f'<row r="{r}">' + "".join(text_cell(f"v{r}", f"{c}{r}") for c in "ABCD") + "</row>" for r in range(1, 30000)
    )
    path = write_xlsx(tmp_path / "larga.xlsx", sheet_xml(rows))
    children_before = set(psutil.Process().children())
    progress = Progress(lambda fraction, message: progress.cancel())  # Cancel at the first progress
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_reader(path, progress)
    assert time.monotonic() - started < 10
    assert set(psutil.Process().children()) <= children_before  # the child is gone, not orphaned


# ------------------------------------------------------------- property: never smaller than calamine's block

_cell = st.tuples(
    st.one_of(st.none(), st.tuples(st.integers(0, 12), st.integers(1, 30))),  # its reference, or none
    st.sampled_from(["value", "self_closed", "empty"]),
)
_row = st.tuples(st.one_of(st.none(), st.integers(1, 30)), st.lists(_cell, max_size=6))


def _letters(col: int) -> str:
    return "ABCDEFGHIJKLM"[col]


def _xlsx_from(rows) -> str:
    parts = []
    for row_ref, cells in rows:
        out = []
        for ref, kind in cells:
            where = f' r="{_letters(ref[0])}{ref[1]}"' if ref else ""
            if kind == "value":
                out.append(f"<c{where}><v>1</v></c>")
            elif kind == "self_closed":
                out.append(f'<c{where} s="1"/>')
            else:
                out.append(f"<c{where}></c>")
        attr = f' r="{row_ref}"' if row_ref else ""
        parts.append(f"<row{attr}>{''.join(out)}</row>")
    return sheet_xml("".join(parts))


def _calamine_block(path: Path) -> tuple[int, int]:
    import python_calamine

    with python_calamine.CalamineWorkbook.from_path(str(path)) as workbook:
        sheet = workbook.get_sheet_by_index(0)
        return sheet.height, sheet.width


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_row, max_size=8))
def test_the_scanned_xlsx_block_is_never_smaller_than_calamines(tmp_path, rows):
    path = write_xlsx(tmp_path / "azar.xlsx", _xlsx_from(rows))
    (extent,) = scan_extents(path)
    height, width = _calamine_block(path)
    assert extent.rows >= height and extent.cols >= width


_ods_cell = st.tuples(st.booleans(), st.integers(1, 4))  # has a value, columns repeated
_ods_row = st.tuples(st.lists(_ods_cell, max_size=5), st.integers(1, 4))  # cells, rows repeated


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(_ods_row, max_size=7))
def test_the_scanned_ods_block_is_never_smaller_than_calamines(tmp_path, rows):
    content = "".join(
        ods_row("".join(ods_cell("x" if value else None, repeat) for value, repeat in cells), repeats)
        for cells, repeats in rows
    )
    path = write_ods(tmp_path / "azar.ods", content)
    (extent,) = scan_extents(path)
    height, width = _calamine_block(path)
    assert extent.rows >= height and extent.cols >= width
    assert (extent.rows, extent.cols) == (height, width)  # the walk follows calamine exactly
