"""Write files so that a reader never sees a half-written one: write to a temporary file in
the same folder, flush it to disk, then rename it over the target (atomic on one filesystem).

Windows differs in one way that users meet: a file another program holds open (Excel keeps
an open workbook locked; an antivirus or the search indexer opens a new file for a moment)
cannot be replaced, and the rename fails with PermissionError. POSIX renames over open files.
So on Windows the rename is retried for about a second (the scanner lets go), and a target
still locked after that gives one sentence naming the file instead of a traceback.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from core.errors import UserError
from core.i18n import tr

REPLACE_TRIES_WINDOWS = 10
REPLACE_PAUSE = 0.1


class FileNotWritable(UserError, PermissionError):
    """A target that cannot be replaced: one sentence for the user, still an OSError for callers."""


def replace_file(
    source: Path,
    target: Path,
    platform: str = sys.platform,
    replace: Callable[[Path, Path], None] = os.replace,
    pause: float = REPLACE_PAUSE,
) -> None:
    """``os.replace(source, target)``; on Windows retried while another program holds ``target``."""
    tries = REPLACE_TRIES_WINDOWS if platform == "win32" else 1
    for attempt in range(1, tries + 1):
        try:
            replace(source, target)
            return
        except PermissionError as error:
            if attempt < tries:
                time.sleep(pause)
                continue
            if platform == "win32":
                raise FileNotWritable(
                    tr("{file} is open in another program (Excel?): close it there and try again.", file=target)
                ) from error
            raise FileNotWritable(tr("{file} cannot be written: permission denied.", file=target)) from error


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    If the body raises, the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as written:
            os.fsync(written.fileno())
        replace_file(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_text_atomic(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding=encoding)
