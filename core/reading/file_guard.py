"""Checks made before a spreadsheet is handed to a parser.

Price lists come from outside the restaurant, so a file is untrusted until proven
otherwise. Before parsing we look at its first bytes (what it really is, whatever its
name says) and, for zip-based formats (xlsx, xlsm, xlsb, ods), at the archive directory:
declared sizes and compression ratios, so that a 300 KB file that would expand to
gigabytes (a zip bomb) is refused without being expanded. XML parsing itself is done by
calamine, which does not expand DTD entities, and openpyxl uses defusedxml when it is
installed (it is a dependency), so entity-expansion bombs do not apply.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from core.errors import ReadError
from core.i18n import tr
from core.os_errors import READ, describe_os_error
from core.reading.formats import SPREADSHEET_SUFFIXES, TEXT_SUFFIXES, suffix_names

MAX_FILE_BYTES = 100 * 1024 * 1024  # a price list is never this large
MAX_UNCOMPRESSED_BYTES = 400 * 1024 * 1024  # total of all archive members
MAX_MEMBER_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_MEMBERS = 5000

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class FileKind:
    kind: str  # "workbook" or "text"
    container: str  # "zip", "ole", "text"


def inspect_file(path: Path) -> FileKind:
    """Decide how to read ``path`` or raise ReadError with one plain sentence."""
    try:
        return _inspect(path)
    except OSError as error:  # no permission, a vanished network drive, ...
        raise ReadError(describe_os_error(error, path.name, READ)) from error


def _inspect(path: Path) -> FileKind:
    name = path.name
    if not path.exists():
        raise ReadError(tr("File {file} does not exist.", file=name))
    if not path.is_file():
        raise ReadError(tr("{file} is a folder, not a price list file.", file=name))
    size = path.stat().st_size
    if size == 0:
        raise ReadError(tr("File {file} is empty.", file=name))
    if size > MAX_FILE_BYTES:
        raise ReadError(
            tr(
                "File {file} is {size} MB; price lists larger than {limit} MB are not accepted.",
                file=name,
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    with path.open("rb") as handle:
        head = handle.read(8)
    suffix = path.suffix.lower()
    if head.startswith(ZIP_MAGIC):
        check_zip_archive(path)
        return FileKind("workbook", "zip")
    if head == OLE_MAGIC:
        return FileKind("workbook", "ole")
    if suffix in SPREADSHEET_SUFFIXES:
        if suffix == ".xls" and _looks_like_html_or_text(path):
            raise ReadError(
                tr(
                    "File {file} is named .xls but is really a web page or text export; "
                    "open it in a spreadsheet program and save it as .xlsx.",
                    file=name,
                )
            )
        if suffix == ".xls" and head[:2] in (b"\x09\x00", b"\x09\x02", b"\x09\x04", b"\x09\x08"):
            # Bare BIFF2-4 streams (Excel 2.x-4.0, before 1993) are not inside an OLE container.
            raise ReadError(
                tr(
                    "File {file} is in a pre-1993 Excel format that cannot be read; "
                    "save it as .xlsx in a spreadsheet program.",
                    file=name,
                )
            )
        raise ReadError(
            tr(
                "File {file} is not a spreadsheet (its contents do not match its {suffix} name) or it is damaged.",
                file=name,
                suffix=suffix,
            )
        )
    if suffix in TEXT_SUFFIXES or _looks_like_text(path):
        return FileKind("text", "text")
    raise ReadError(
        tr("File {file} is not a price list: only {types} files can be imported.", file=name, types=suffix_names())
    )


def check_zip_archive(path: Path) -> None:
    """Refuse archives whose declared contents are too large or too compressed."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(
            tr("File {file} is damaged or incomplete (its zip structure cannot be read).", file=name)
        ) from exc
    if len(members) > MAX_MEMBERS:
        raise ReadError(
            tr("File {file} has {count} parts inside; it is not a normal spreadsheet.", file=name, count=len(members))
        )
    total = 0
    for member in members:
        total += member.file_size
        if member.file_size > RATIO_FLOOR:
            ratio = member.file_size / max(member.compress_size, 1)
            if ratio > MAX_MEMBER_RATIO:
                raise ReadError(
                    tr(
                        "File {file} was refused: a part of it would expand {ratio}-fold "
                        "({size} MB), which is how zip bombs work.",
                        file=name,
                        ratio=int(ratio),
                        size=member.file_size // (1024 * 1024),
                    )
                )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ReadError(
            tr(
                "File {file} was refused: it would expand to {size} MB, more than the {limit} MB a price list may use.",
                file=name,
                size=total // (1024 * 1024),
                limit=MAX_UNCOMPRESSED_BYTES // (1024 * 1024),
            )
        )


def _sample(path: Path, size: int = 4096) -> bytes:
    with path.open("rb") as handle:
        return handle.read(size)


def _looks_like_text(path: Path) -> bool:
    sample = _sample(path)
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
        return True
    except UnicodeDecodeError:
        # cp1252/latin-1 text: mostly printable bytes
        printable = sum(1 for b in sample if b >= 32 or b in (9, 10, 13))
        return printable / max(len(sample), 1) > 0.95


def _looks_like_html_or_text(path: Path) -> bool:
    sample = _sample(path, 512).lstrip().lower()
    return sample.startswith((b"<", b"<?xml", b"<html", b"<table")) or _looks_like_text(path)
