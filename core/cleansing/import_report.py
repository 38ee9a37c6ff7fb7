"""The import report: every fix, flag and refusal, with file, sheet, row and column."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import repeat

import pandas as pd

from core.contract import REPORT_COLUMNS
from core.i18n import tr, trn


@dataclass
class ImportReport:
    entries: list[tuple] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    rows_read: int = 0
    rows_imported: int = 0
    # (supplier, label) of each certificate the catalog does not know, for the review step
    unknown_certificates: list[tuple[str, str]] = field(default_factory=list)
    # (supplier, product) -> (another ingredient it names, a word making it another product), for
    # the review step's question about a doubtful match ("Manteca de cacao": ("cacao", ""))
    match_doubts: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)

    def add(self, file: str, sheet: str, row: int, column: str, severity: str, rule: str, message: str) -> None:
        self.entries.append((file, sheet, int(row), column, severity, rule, message))

    def add_rows(
        self, files, sheets, rows, column: str, severity: str, rule: str, messages: Iterable[str] | str
    ) -> None:
        """Entries for many rows at once (``files``, ``sheets``, ``rows``, ``messages`` of one
        length; one message for all when a string): price lists are long."""
        count = len(rows)
        said = repeat(messages, count) if isinstance(messages, str) else messages
        kind = repeat(column, count), repeat(severity, count), repeat(rule, count)
        self.entries.extend(zip(files, sheets, (int(r) for r in rows), *kind, said))

    def add_offers(
        self, offers: pd.DataFrame, positions, severity: str, rule: str, message: Callable[[int], str]
    ) -> None:
        """One entry per offer at ``positions`` (rules over the finished offers table), with its
        file, sheet and row; ``message(position)`` says what was found."""
        files, sheets = offers["source_file"].to_numpy(), offers["source_sheet"].to_numpy()
        rows = offers["source_row"].to_numpy()
        for i in map(int, positions):
            self.add(files[i], sheets[i], int(rows[i]), "", severity, rule, message(i))

    def extend(self, other: ImportReport) -> None:
        self.entries.extend(other.entries)
        self.files.extend(other.files)
        self.rows_read += other.rows_read
        self.rows_imported += other.rows_imported
        self.unknown_certificates.extend(other.unknown_certificates)
        self.match_doubts.update(other.match_doubts)

    def to_frame(self) -> pd.DataFrame:
        frame = pd.DataFrame(self.entries, columns=list(REPORT_COLUMNS))
        return frame.astype({"row": "int64"})

    def count(self, severity: str) -> int:
        return sum(1 for entry in self.entries if entry[4] == severity)

    def rows_with(self, severity: str) -> int:
        return self._rows_by_severity().get(severity, 0)

    def _rows_by_severity(self) -> dict[str, int]:
        """How many rows (file, sheet, row) have an entry of each severity: one pass."""
        rows: dict[str, set[tuple]] = {}
        for file, sheet, row, _, severity, _, _ in self.entries:
            if row > 0:
                rows.setdefault(severity, set()).add((file, sheet, row))
        return {severity: len(found) for severity, found in rows.items()}

    def summary(self, imported: bool = True) -> str:
        """One sentence of counts; ``imported=False`` before anything is stored (a preview)."""
        rows = self._rows_by_severity()
        files, read, offers = len(self.files), self.rows_read, self.rows_imported
        refused, flagged, fixed = rows.get("refused", 0), rows.get("flagged", 0), rows.get("fixed", 0)
        return tr(
            "{files}, {read}: {offers}, {refused}, {flagged}, {fixed}.",
            files=trn("{count} file", "{count} files", files),
            read=trn("{count} row read", "{count} rows read", read),
            offers=(
                trn("{count} offer imported", "{count} offers imported", offers)
                if imported
                else trn("{count} offer ready to import", "{count} offers ready to import", offers)
            ),
            refused=trn("{count} row refused", "{count} rows refused", refused),
            flagged=trn("{count} row flagged for review", "{count} rows flagged for review", flagged),
            fixed=trn("{count} row with values fixed", "{count} rows with values fixed", fixed),
        )

    def render_text(self, max_lines_per_rule: int = 200) -> str:
        """The report as a person reads it on the command line."""
        lines = [self.summary()]
        by_severity: dict[str, list[tuple]] = {s: [] for s in ("refused", "flagged", "fixed", "info")}
        for entry in self.entries:
            if entry[4] in by_severity:
                by_severity[entry[4]].append(entry)
        titles = {
            "refused": tr("Refused rows (not imported)"),
            "flagged": tr("Flagged (imported, please review)"),
            "fixed": tr("Fixed or filled in"),
            "info": tr("Notes"),
        }
        for severity, entries in by_severity.items():
            if not entries:
                continue
            lines.append("")
            lines.append(f"{titles[severity]}: {len(entries)}")
            of_rule = Counter(entry[5] for entry in entries)
            shown: Counter[str] = Counter()
            row_word = tr("row")
            for file, sheet, row, column, _, rule, message in entries:
                shown[rule] += 1
                if shown[rule] > max_lines_per_rule:
                    continue
                where = file + (f" [{sheet}]" if sheet else "") + (f" {row_word} {row}" if row else "")
                where += f" ({column})" if column else ""
                lines.append(f"  - {where}: {message}")
                if shown[rule] == max_lines_per_rule and of_rule[rule] > max_lines_per_rule:
                    # right under the last one shown of its kind: at the end, after other kinds, the
                    # lines "… and 76 more of the same kind." did not say of which
                    lines.append(
                        "  " + tr("… and {count} more of the same kind.", count=of_rule[rule] - max_lines_per_rule)
                    )
        return "\n".join(lines)
