"""The date of a price list, read from what the supplier wrote above the table.

Suppliers date their lists in the title rows: "Lista de precios – Semana 47 – 2026", "Del 23 al
29 de noviembre de 2026", "vigente del 23/11/2026 al 29/11/2026", "Price list valid 15 Nov – 31
Dec 2026", "Lista de precios noviembre 2026", "Válido hasta el 30/11/2026". ``find_list_date``
looks at the rows above the header of each sheet, then the sheet names, then the file name, and
returns the first date it can read, preferring a day (a range's first day, or a single date)
over a week (its Monday) over a month (its first day). When nothing is written, the file's
modification date is the list's date. The import dialog shows where the date came from and
lets the user correct it.

Numeric dates are read day first, as in Peru (23/11/2026). Dates before 2000 or more than a
year after the file was saved are not taken as the list's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from core.text import fold

FROM_FILE, FROM_MODIFIED, FROM_USER, FROM_IMPORT = "file", "modified", "user", "imported"

MONTHS = {
    "enero": 1, "ene": 1, "january": 1, "jan": 1,
    "febrero": 2, "feb": 2, "february": 2,
    "marzo": 3, "mar": 3, "march": 3,
    "abril": 4, "abr": 4, "april": 4, "apr": 4,
    "mayo": 5, "may": 5,
    "junio": 6, "jun": 6, "june": 6,
    "julio": 7, "jul": 7, "july": 7,
    "agosto": 8, "ago": 8, "august": 8, "aug": 8,
    "septiembre": 9, "setiembre": 9, "sep": 9, "set": 9, "sept": 9, "september": 9,
    "octubre": 10, "oct": 10, "october": 10,
    "noviembre": 11, "nov": 11, "november": 11,
    "diciembre": 12, "dic": 12, "december": 12, "dec": 12,
}  # fmt: skip
_MONTH = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(\d{4})"
_OF = r"(?:\s+de(?:l)?\s+|\s*,\s*|\s+)"  # "de 2026", "del 2026", ", 2026", " 2026"
_TO = r"\s*(?:al|a|-|–|—|to|hasta|until)\s*"

# "del 23 al 29 de noviembre de 2026", "15 nov – 31 dec 2026", "23 de noviembre al 6 de diciembre"
_RANGE = re.compile(
    rf"\b(\d{{1,2}})(?:\s+(?:de\s+)?{_MONTH})?(?:{_OF}{_YEAR})?{_TO}(\d{{1,2}})\s+(?:de\s+)?{_MONTH}(?:{_OF}{_YEAR})?\b"
)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WRITTEN = re.compile(rf"\b(\d{{1,2}})\s+(?:de\s+)?{_MONTH}{_OF}{_YEAR}\b")
_WRITTEN_EN = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")
_WEEK = re.compile(r"\b(?:semana|sem|week|wk)\.?\s*(?:n[o°]?\.?\s*)?(\d{1,2})(?!\d)")
_MONTH_YEAR = re.compile(rf"\b{_MONTH}{_OF}{_YEAR}\b")
_ANY_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")

DAY, WEEK, MONTH = 0, 1, 2  # how precise a date is: a day is preferred over a week over a month


@dataclass(frozen=True)
class ListDate:
    date: dt.date
    source: str  # FROM_FILE, FROM_MODIFIED, FROM_USER or FROM_IMPORT
    evidence: str = ""  # the text the date was read from (as the supplier wrote it)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if year < 100 else year


def dates_in_text(text: str, default_year: int) -> list[tuple[int, dt.date]]:
    """Every (precision, date) written in ``text``, in the order of precision, then position."""
    folded = fold(text)
    found: list[tuple[int, int, dt.date]] = []  # (precision, position, date)

    def add(precision: int, position: int, date: dt.date | None) -> None:
        if date is not None:
            found.append((precision, position, date))

    for m in _RANGE.finditer(folded):
        first_month = MONTHS[m.group(2)] if m.group(2) else MONTHS[m.group(5)]
        end_year = int(m.group(6)) if m.group(6) else None
        start_year = int(m.group(3)) if m.group(3) else end_year
        if start_year is None:
            start_year = default_year
        start = _day(start_year, first_month, int(m.group(1)))
        end = _day(end_year or start_year, MONTHS[m.group(5)], int(m.group(4)))
        if start is not None and end is not None and start > end and not m.group(3):
            start = _day(start_year - 1, first_month, int(m.group(1)))  # "28 dic – 3 ene 2027"
        add(DAY, m.start(), start)
    for m in _ISO.finditer(folded):
        add(DAY, m.start(), _day(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    for m in _NUMERIC.finditer(folded):
        add(DAY, m.start(), _day(_full_year(m.group(3)), int(m.group(2)), int(m.group(1))))
    for m in _WRITTEN.finditer(folded):
        add(DAY, m.start(), _day(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))))
    for m in _WRITTEN_EN.finditer(folded):
        add(DAY, m.start(), _day(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))))
    years = [int(y) for y in _ANY_YEAR.findall(folded)]
    for m in _WEEK.finditer(folded):
        week = int(m.group(1))
        year = years[0] if years else default_year
        try:
            add(WEEK, m.start(), dt.date.fromisocalendar(year, week, 1))
        except ValueError:
            pass
    for m in _MONTH_YEAR.finditer(folded):
        add(MONTH, m.start(), _day(int(m.group(2)), MONTHS[m.group(1)], 1))
    found.sort(key=lambda item: (item[0], item[1]))
    return [(precision, date) for precision, _, date in found]


def _plausible(date: dt.date, saved: dt.date) -> bool:
    return dt.date(2000, 1, 1) <= date <= saved + dt.timedelta(days=366)


def _title_texts(sheets: Iterable[tuple[object, int | None]]) -> list[str]:
    """The cells above each sheet's header (the whole first rows when it has none), then the sheet names."""
    texts: list[str] = []
    names: list[str] = []
    for sheet, header_index in sheets:
        rows = getattr(sheet, "rows", [])
        limit = header_index if header_index is not None else min(len(rows), 10)
        for row in rows[:limit]:
            for value in row:
                if isinstance(value, dt.datetime):
                    texts.append(value.date().isoformat())
                elif isinstance(value, dt.date):
                    texts.append(value.isoformat())
                elif isinstance(value, str) and value.strip():
                    texts.append(value.strip())
        name = getattr(sheet, "sheet", "")
        if name:
            names.append(str(name))
    return texts + names


def modified_date(path: Path) -> dt.date:
    return dt.datetime.fromtimestamp(Path(path).stat().st_mtime).date()


def find_list_date(path: Path, sheets: Iterable[tuple[object, int | None]] = ()) -> ListDate:
    """The list's date: written in a title row, a sheet name or the file name; else the file's
    modification date. ``sheets``: (RawSheet, header row index or None) pairs."""
    saved = modified_date(path)
    texts = _title_texts(sheets) + [re.sub(r"[_]+", " ", Path(path).stem)]
    best: tuple[int, dt.date, str] | None = None
    for text in texts:
        # the first plausible date of a text speaks for it ("del 23/11 al 29/11": the 23rd)
        first = next(((p, d) for p, d in dates_in_text(text, saved.year) if _plausible(d, saved)), None)
        if first is not None and (best is None or first[0] < best[0]):
            best = (first[0], first[1], text)
        if best is not None and best[0] == DAY:
            break
    if best is None:
        return ListDate(saved, FROM_MODIFIED, saved.isoformat())
    return ListDate(best[1], FROM_FILE, best[2][:120])
