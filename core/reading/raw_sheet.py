"""A sheet as it was read: cell values with their spreadsheet coordinates."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawSheet:
    file: str  # file name as the user knows it
    sheet: str  # sheet name ("" for csv)
    rows: list[list[Any]]  # cell values; rows[0] is spreadsheet row ``first_row``
    first_row: int = 1  # 1-based row number of rows[0]
    first_col: int = 0  # 0-based column index of rows[i][0]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # absolute, 0-based

    def row_number(self, index: int) -> int:
        """The 1-based row number a spreadsheet program shows for rows[index]."""
        return self.first_row + index

    def with_merged_filled(self, count: int) -> list[list[object]]:
        """A copy of the first ``count`` rows where each merged block's top-left value is
        repeated in its other cells (for reading headers; data rows are never altered)."""
        rows = [list(row) for row in self.rows[:count]]
        for (r0, c0), (r1, c1) in self.merged:
            top, left = r0 - (self.first_row - 1), c0 - self.first_col
            if not (0 <= top < len(rows) and 0 <= left < len(rows[top])):
                continue
            value = rows[top][left]
            for index in range(max(top, 0), min(r1 - (self.first_row - 1), len(rows) - 1) + 1):
                target = rows[index]
                for col in range(max(left, 0), min(c1 - self.first_col, len(target) - 1) + 1):
                    if target[col] == "" or target[col] is None:
                        target[col] = value
        return rows
