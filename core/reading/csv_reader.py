"""Read a csv/txt price list: detect its encoding (UTF-8 with or without BOM, else
Windows-1252, else Latin-1) and its delimiter (comma, semicolon, tab or pipe). Decimal
commas are left as written; cleansing parses numbers in both styles."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from core.errors import ReadError
from core.i18n import tr
from core.os_errors import READ, describe_os_error
from core.reading.raw_sheet import RawSheet

DELIMITERS = [",", ";", "\t", "|"]
MAX_ROWS = 1_000_000


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name)."""
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def detect_delimiter(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        # Sniffer gives up on ragged files: take the delimiter that splits most lines alike.
        lines = [line for line in sample.splitlines() if line.strip()]
        best, best_score = ",", -1
        for delimiter in DELIMITERS:
            counts = [line.count(delimiter) for line in lines]
            if not counts or max(counts) == 0:
                continue
            score = max(counts.count(c) for c in set(counts) if c > 0)
            if score > best_score:
                best, best_score = delimiter, score
        return best


def read_csv(path: Path) -> tuple[RawSheet, str, str]:
    """Return the sheet, the encoding and the delimiter found."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(describe_os_error(exc, path.name, READ)) from exc
    text, encoding = decode_text(data)
    delimiter = detect_delimiter(text)
    rows: list[list[object]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise ReadError(
                    tr(
                        "File {file} has more than {limit} rows; split it into smaller price lists.",
                        file=path.name,
                        limit=MAX_ROWS,
                    )
                )
    except csv.Error as exc:
        raise ReadError(
            tr("File {file} is not a readable csv file (line {line}).", file=path.name, line=len(rows) + 1)
        ) from exc
    return RawSheet(path.name, "", rows), encoding, delimiter
