"""Price lists are read in child processes started ahead of need (core.reading.reader_process:
ReadAhead): the first file's child at once, the next while the one before is cleansed, and
`sourcing import` starts reading before it loads pandas. What a user could notice: the same
sheets and the same one-sentence refusals as before, in the same order, no process left
behind, and a command whose imports stay light (no TensorFlow, SciPy or plotting for an import;
no pandas in the child that holds the untrusted file under its memory cap)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import time

import psutil
import pytest
from conftest import REPO, SAMPLES
from hostile_files import price_rows, sheet_xml, text_cell, write_xlsx

from core.cli import main
from core.errors import ReadError
from core.importer import import_files
from core.reading import reader_process
from core.reading.reader_process import ReadAhead, read_file_isolated
from core.reading.workbook_reader import read_workbook

HEAVY = ("tensorflow", "keras", "jax", "scipy", "sklearn", "matplotlib", "pyspark", "PySide6", "openpyxl", "h5py")


def _children() -> set[psutil.Process]:
    return set(psutil.Process().children(recursive=True))


def test_files_are_read_ahead_in_order_with_the_sheets_read_alone_gives():
    paths = [SAMPLES / "distribuidora_andina.xlsx", SAMPLES / "granja_sierra.ods", SAMPLES / "bodega_selva_central.csv"]
    before = _children()
    with ReadAhead(paths) as ahead:
        for position, path in enumerate(paths):
            assert len(_children() - before) == 1  # this file's child is already at work
            assert ahead.read(path) == read_file_isolated(path)
            if position < len(paths) - 1:
                assert len(_children() - before) == 1  # the next one's, while this one is cleansed
    assert _children() <= before


def test_a_file_that_cannot_be_read_is_said_when_its_turn_comes(tmp_path):
    missing = tmp_path / "lista_que_no_esta.xlsx"
    first = SAMPLES / "granja_sierra.ods"
    with ReadAhead([first, missing]) as ahead:
        assert ahead.read(first)[0].file == "granja_sierra.ods"  # the missing one does not stop it
        with pytest.raises(ReadError) as ahead_refusal:
            ahead.read(missing)
    with pytest.raises(ReadError) as alone_refusal:
        read_file_isolated(missing)
    assert str(ahead_refusal.value) == str(alone_refusal.value)
    assert "lista_que_no_esta.xlsx" in str(ahead_refusal.value)


def test_an_import_that_stops_early_leaves_no_reader_behind(tmp_path):
    not_a_list = tmp_path / "notas.csv"
    not_a_list.write_text("nada que ver\nsolo texto\n", encoding="utf-8")
    before = _children()
    with pytest.raises(ReadError, match="notas.csv"):
        import_files([not_a_list, SAMPLES / "distribuidora_andina.xlsx"])  # the second was being read
    deadline = time.monotonic() + 10
    while _children() - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _children() <= before


def test_the_commands_own_checks_come_first_though_reading_has_started(tmp_path, monkeypatch, capsys):
    """`sourcing import` starts its reader before checking where the offers go; a reader that
    cannot even start is said after that check, where reading the file would have said it."""
    monkeypatch.setenv("SOURCING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(reader_process, "reader_command", lambda: [str(tmp_path / "no" / "reader")])
    sample = str(SAMPLES / "granja_sierra.ods")
    assert main(["--lang", "en", "import", sample, "--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == (
        f"sourcing: {tmp_path} is a folder; give the name of a file to write instead."
    )
    assert main(["--lang", "en", "import", sample, "--out", str(tmp_path / "offers.csv")]) == 2
    assert "no/reader" in capsys.readouterr().err
    assert not (tmp_path / "offers.csv").exists()
    assert gc.isenabled()  # the command pauses the collector only while it runs


COLD_IMPORT = (
    f"HEAVY = {HEAVY!r}\n"
    + """
import json, sys
from core.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "loaded": [m for m in HEAVY if m in sys.modules]}), file=sys.stderr)
"""
)


def test_sourcing_import_loads_no_model_plotting_or_gui_library(tmp_path):
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            COLD_IMPORT,
            "--lang",
            "en",
            "import",
            str(SAMPLES / "distribuidora_andina.xlsx"),
            "--out",
            str(tmp_path / "offers.csv"),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "SOURCING_DATA_DIR": str(tmp_path / "data")},
    )
    outcome = json.loads(done.stderr.strip().splitlines()[-1])
    assert outcome == {"code": 0, "loaded": []}, done.stderr[-2000:]


CHILD = (
    f"HEAVY = {HEAVY!r}\n"
    + """
import json, sys
from core.reading.reader_process import worker_main
worker_main()
print(json.dumps({"loaded": [m for m in ("pandas", "numpy", *HEAVY) if m in sys.modules]}))
"""
)


def test_the_reader_child_reads_cells_without_pandas():
    """The child holds the untrusted file under a 300 MB cap: pandas and numpy would take a
    third of it, and a cold import is as long as the reading."""
    request = {"path": str(SAMPLES / "distribuidora_andina.xlsx"), "lang": "en", "memory_mb": 300}
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=REPO,
        input=json.dumps(request) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = done.stdout.strip().splitlines()
    assert "sheets" in json.loads(lines[-2])
    assert json.loads(lines[-1]) == {"loaded": []}


# ------------------------------------------------------------------ calamine parsing while the scan runs


def test_reading_with_the_scan_overlapped_gives_the_same_sheets():
    """The child parses with calamine while the sheet scan runs (workbook_reader's overlap): the
    rows, places and merged cells are those of the scan-first reading, for every sample."""
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".xlsx", ".ods", ".xls"):
            first = read_workbook(path, overlap=False)
            overlapped = read_workbook(path, overlap=True)
            assert [(s.sheet, s.rows, s.first_row, s.first_col, s.merged) for s in overlapped] == [
                (s.sheet, s.rows, s.first_row, s.first_col, s.merged) for s in first
            ], path.name


def test_a_file_the_overlapped_parse_crashes_on_is_read_again_scan_first(tmp_path, monkeypatch, caplog):
    """A sparse sheet under a small cap: calamine's parse aborts the child (SIGABRT) while the scan
    passes. The overlapped child dies; the file is read again scan first (and dies again, since it
    really needs the memory): one sentence, and the second reading is in the log."""
    far = '<row r="95000">' + text_cell("x", "T95000") + "</row>"
    path = write_xlsx(tmp_path / "disperso.xlsx", sheet_xml(price_rows() + far))
    monkeypatch.setenv("SOURCING_READER_MEMORY_MB", "60")
    with caplog.at_level("INFO", logger="core.reading.reader_process"), pytest.raises(ReadError) as raised:
        read_file_isolated(path)
    assert "needs more than the 60 MB of memory" in str(raised.value)
    assert "Reading disperso.xlsx again, the sheet scan first" in caplog.text
    assert not _children()
