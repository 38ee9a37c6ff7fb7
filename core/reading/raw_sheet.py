"""A sheet as it was read: cell values with their spreadsheet coordinates."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawSheet:
    file: str  # file name as the user knows it
    sheet: str  # sheet name ("" for csv)
    rows: list[list[object]]  # cell values; rows[0] is spreadsheet row ``first_row``
    first_row: int = 1  # 1-based row number of rows[0]
    first_col: int = 0  # 0-based column index of rows[i][0]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # absolute, 0-based

    def row_number(self, index: int) -> int:
        """The 1-based row number a spreadsheet program shows for rows[index]."""
        return self.first_row + index

    def fill_merged(self, row_indexes: range) -> None:
        """Copy each merged block's top-left value into its other cells, for the given rows."""
        for (r0, c0), (r1, c1) in self.merged:
            top_index = r0 - (self.first_row - 1)
            if top_index < 0 or top_index >= len(self.rows):
                continue
            left = c0 - self.first_col
            row = self.rows[top_index]
            if not 0 <= left < len(row):
                continue
            value = row[left]
            for r in range(r0, r1 + 1):
                index = r - (self.first_row - 1)
                if index not in row_indexes or index >= len(self.rows):
                    continue
                target = self.rows[index]
                for c in range(max(c0, self.first_col), c1 + 1):
                    col = c - self.first_col
                    if 0 <= col < len(target) and (target[col] == "" or target[col] is None):
                        target[col] = value
