"""Write files so that a reader never sees a half-written one: write to a temporary file in
the same folder, flush it to disk, then rename it over the target (atomic on one filesystem).

The temporary file is named ``.<target name>.<pid>-<random>.tmp``. A run that is killed
(power cut, kill -9) cannot remove it, so it is removed later: before the next write to the same
target, and for the whole user data folder when the app or the command line starts
(``remove_stale_temporaries``). Only files with that name whose process is gone (or that are
older than a day) are removed; nothing else is ever touched.

Errors a user can cause (the target is a folder, a read-only folder, a full disk) are raised as
one-sentence ``UserError``s (core.os_errors); the target is then left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from core.os_errors import CREATE_FOLDER, WRITE, os_user_error

log = logging.getLogger(__name__)

_TEMPORARY = re.compile(r"^\.(?P<target>.+)\.(?:(?P<pid>\d+)-)?[A-Za-z0-9_]{6,12}\.tmp$")
STALE_AFTER_S = 24 * 3600  # no write takes a day: older temporaries are leftovers whatever their pid
LEGACY_STALE_AFTER_S = 3600  # temporaries named before the pid was part of the name


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path next to ``target``; on success it replaces ``target``.

    If the body raises, the temporary file is removed and ``target`` is left as it was.
    """
    target = Path(target)
    if target.is_dir():
        raise os_user_error(IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target)), target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise os_user_error(error, error.filename or target.parent, CREATE_FOLDER) from error
    remove_stale_temporaries(target.parent, target.name)
    try:
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise os_user_error(error, target, WRITE) from error
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        try:
            yield tmp
            with open(tmp, "rb+") as written:
                os.fsync(written.fileno())
            os.replace(tmp, target)
        except OSError as error:  # the body's writes and the rename: all about ``target``
            raise os_user_error(error, target, WRITE) from error
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_text_atomic(target: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding=encoding)


def is_stale_temporary(path: Path, now: float | None = None) -> bool:
    """True for a temporary file of ``atomic_path`` whose writer is gone."""
    match = _TEMPORARY.match(path.name)
    if match is None:
        return False
    try:
        age = (now or time.time()) - path.lstat().st_mtime
    except OSError:
        return False
    if match["pid"] is None:
        return age > LEGACY_STALE_AFTER_S
    return age > STALE_AFTER_S or not _process_alive(int(match["pid"]))


def remove_stale_temporaries(folder: Path, target_name: str | None = None, depth: int = 0) -> list[Path]:
    """Remove leftover temporaries in ``folder`` (of ``target_name`` only, when given; into
    ``depth`` levels of sub-folders). Returns what was removed; never raises."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                if depth > 0:
                    removed += remove_stale_temporaries(path, target_name, depth - 1)
                continue
        except OSError:
            continue
        match = _TEMPORARY.match(entry.name)
        if match is None or (target_name is not None and match["target"] != target_name):
            continue
        if entry.is_file(follow_symlinks=False) and is_stale_temporary(path):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    if removed:
        log.info("Removed %d leftover temporary file(s) of interrupted writes in %s", len(removed), folder)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform.startswith("win"):
        return True  # no cheap probe without extra packages: the age rule applies instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def ensure_writable_target(target: str | os.PathLike[str]) -> None:
    """Fail early, with the sentence ``atomic_path`` would give, when ``target`` cannot be
    written (before minutes of work whose result would then be lost). Leaves nothing behind."""
    try:
        with atomic_path(target):
            raise _Probe()
    except _Probe:
        pass


class _Probe(Exception):
    """Stops ``ensure_writable_target`` before it replaces anything."""
