"""One sheet's rows while they are cleansed: the raw arrays, which rows are still alive,
their flags, and the writer that puts every fix, flag and refusal in the import report.

The row cleanser (row_cleansing.py) runs one method per concern over a ``RowBatch``; the
helpers here make those methods short: ``Distinct`` computes a parser once per distinct
value of a column and spreads the results back to the rows, ``ReportRows`` writes report
entries for the rows a mask selects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from core.cleansing.import_report import ImportReport
from core.i18n import tr
from core.text import fold

RAW_COLUMNS = (
    "supplier",
    "product",
    "pack",
    "pack_qty",
    "pack_unit",
    "price",
    "currency",
    "origin",
    "transport_mode",
    "certifications",
    "practice",
    "packaging",
    "lead_time_days",
    "sustainability_score",
)
# Columns read as plain text (stripped strings) before any rule looks at them.
TEXT_COLUMNS = (
    "supplier",
    "product",
    "currency",
    "origin",
    "transport_mode",
    "certifications",
    "practice",
    "packaging",
)


def cell_text(value: object) -> str:
    """A cell as the text a person sees: '' for empty, 12 for 12.0, stripped."""
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


class Distinct:
    """The distinct values of a column: compute once per value, spread to the rows."""

    def __init__(self, values: np.ndarray):
        codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
        self.codes = np.where(codes < 0, len(uniques), codes)
        self.uniques = list(uniques) + [None]

    @classmethod
    def of_results(cls, results: np.ndarray, codes: np.ndarray) -> Distinct:
        """The distinct values of a column whose rows hold ``results[codes]``, found among the
        (few) ``results`` rather than the rows: a column's text from its cells' distinct values."""
        distinct = cls.__new__(cls)
        if len(set(results)) == len(results):  # no two cells with the same text (product names)
            distinct.codes, distinct.uniques = codes, [*results, None]
        else:
            inner = cls(results)
            distinct.codes, distinct.uniques = inner.codes[codes], inner.uniques
        return distinct

    def map_all(self, fn: Callable[[list], list]) -> np.ndarray:
        """Like ``map``, with ``fn`` given all the distinct values at once (a batch)."""
        results = np.empty(len(self.uniques), dtype=object)
        results[:-1] = fn(self.uniques[:-1]) if len(self.uniques) > 1 else []
        results[-1] = None
        return results[self.codes]

    def spread(self, results: np.ndarray, empty: object) -> np.ndarray:
        """Results computed for ``uniques`` but the last (in their order) spread to the rows, with
        ``empty`` for the empty cells (None, NaN)."""
        return np.append(results, np.array([empty], dtype=results.dtype))[self.codes]

    def map(self, fn: Callable[[Any], object]) -> np.ndarray:
        results = np.empty(len(self.uniques), dtype=object)
        for k, value in enumerate(self.uniques):
            results[k] = fn(value)
        return results[self.codes]


def attribute(items: np.ndarray, name: str, dtype=object) -> np.ndarray:
    """One attribute of each parsed item (``problem`` of each ParsedPrice…) as an array."""
    return np.array([getattr(item, name) for item in items], dtype=dtype) if len(items) else np.array([], dtype)


class ReportRows:
    """Writes report entries for the rows selected by a mask."""

    def __init__(self, report: ImportReport, files, sheets, rows, headers: dict[str, str]):
        self.report, self.files, self.sheets, self.rows, self.headers = report, files, sheets, rows, headers

    def say(self, mask: np.ndarray, column: str, severity: str, rule: str, message: Callable[[int], str] | str):
        header = self.headers.get(column, column) if column else ""
        for i in map(int, np.flatnonzero(mask)):
            text = message(i) if callable(message) else message
            self.report.add(self.files[i], self.sheets[i], int(self.rows[i]), header, severity, rule, text)

    def say_row(self, i: int, column: str, severity: str, rule: str, message: str) -> None:
        self.report.add(
            self.files[i], self.sheets[i], int(self.rows[i]), self.headers.get(column, column), severity, rule, message
        )

    def note_mappings(
        self, alive: np.ndarray, column: str, raw: np.ndarray, mapped: np.ndarray, label: Callable[[str], str] = str
    ) -> None:
        """'X' read as 'Y' (n rows, first at row r): once per distinct value that was renamed."""
        renamed = alive & (raw != "") & (mapped != "") & (mapped != raw)
        if not renamed.any():
            return
        # 'MSC' -> 'msc' is no renaming worth a note; decided once per distinct (raw, mapped) pair
        candidates = np.flatnonzero(renamed)
        pairs = pd.Series(list(zip(raw[candidates], mapped[candidates])))
        codes, distinct = pd.factorize(pairs)
        same = np.array([fold(r) in (fold(m.replace("_", " ")), fold(label(m))) for r, m in distinct], dtype=bool)
        renamed[candidates[same[codes]]] = False
        if not renamed.any():
            return
        keys = pd.Series(list(zip(raw[renamed], mapped[renamed])))
        first = ~keys.duplicated().to_numpy()
        counts = keys.map(keys.value_counts()).to_numpy()
        header = self.headers.get(column, column)
        rows = np.flatnonzero(renamed)
        for pos in np.flatnonzero(first):
            i = rows[pos]
            self.report.add(
                self.files[i],
                self.sheets[i],
                int(self.rows[i]),
                header,
                "info",
                "value_mapped",
                tr(
                    "'{raw}' read as '{id}' ({count} rows, first at row {row}).",
                    raw=raw[i],
                    id=label(mapped[i]),
                    count=int(counts[pos]),
                    row=int(self.rows[i]),
                )
                if counts[pos] > 1
                else tr("'{raw}' read as '{id}'.", raw=raw[i], id=label(mapped[i])),  # never "1 rows"
            )


@dataclass
class RowBatch:
    """The rows of one sheet under cleansing.

    ``raw`` holds the cells as read, ``text`` the text columns as stripped strings; ``alive``
    says which rows are still to be imported (a refusal clears it, so a row gets only its
    first refusal); ``flags`` collects the ';'-prefixed flags of each row; ``columns`` the
    canonical values the concerns have worked out so far."""

    raw: dict[str, np.ndarray]
    text: dict[str, np.ndarray]
    out: ReportRows
    alive: np.ndarray
    flags: np.ndarray
    columns: dict[str, np.ndarray] = field(default_factory=dict)
    cells: dict[str, Distinct] = field(default_factory=dict)  # distinct_cells, found once
    text_cells: dict[str, Distinct] = field(default_factory=dict)

    @classmethod
    def of(cls, frame: pd.DataFrame, headers: dict[str, str], report: ImportReport) -> RowBatch:
        n = len(frame)
        raw = {
            c: (frame[c].to_numpy(dtype=object) if c in frame else np.full(n, None, dtype=object)) for c in RAW_COLUMNS
        }
        files = frame["source_file"].to_numpy(dtype=object)
        sheets = frame["source_sheet"].to_numpy(dtype=object)
        rows = frame["source_row"].to_numpy()
        # object arrays of str: a fixed-width numpy string copy of 50,000 product names costs more
        # than all the comparisons it would speed up
        cells = {c: Distinct(raw[c]) for c in TEXT_COLUMNS}
        text, text_cells = {}, {}
        for c in TEXT_COLUMNS:  # each distinct cell's text, spread to the rows
            results = np.array([cell_text(value) for value in cells[c].uniques], dtype=object)
            text[c] = results[cells[c].codes]
            text_cells[c] = Distinct.of_results(results, cells[c].codes)
        out = ReportRows(report, files, sheets, rows, headers)
        provenance = {"source_file": files, "source_sheet": sheets, "source_row": rows}
        batch = cls(raw, text, out, np.ones(n, dtype=bool), np.full(n, "", dtype=object), provenance)
        batch.cells, batch.text_cells = cells, text_cells
        return batch

    def __len__(self) -> int:
        return len(self.alive)

    def refuse(self, mask: np.ndarray, column: str, rule: str, message: Callable[[int], str] | str) -> None:
        """Refuse the living rows of ``mask`` (reported once, with ``rule``)."""
        mask = mask & self.alive
        self.out.say(mask, column, "refused", rule, message)
        self.alive &= ~mask

    def flag(self, mask: np.ndarray, name: str) -> None:
        mask = mask & self.alive
        self.flags[mask] = self.flags[mask] + ";" + name

    def say(self, mask: np.ndarray, column: str, severity: str, rule: str, message: Callable[[int], str] | str) -> None:
        """A fix or flag sentence for the living rows of ``mask``."""
        self.out.say(mask & self.alive, column, severity, rule, message)

    def distinct(self, column: str, fn: Callable[[Any], object], text: bool = False) -> np.ndarray:
        """``fn`` of each row's raw cell (or its text), computed once per distinct value."""
        return self.distinct_cells(column, text).map(fn)

    def distinct_cells(self, column: str, text: bool = False) -> Distinct:
        """The distinct raw cells (or texts) of a column, found once and kept."""
        kept = self.text_cells if text else self.cells
        if column not in kept:
            kept[column] = Distinct(self.text[column] if text else self.raw[column])
        return kept[column]
