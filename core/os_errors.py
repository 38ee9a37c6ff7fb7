"""Operating-system errors a user can cause, as one sentence: which file, what is wrong, what to do.

A price list without read permission, ``--out`` naming a folder, a read-only folder, a full
disk, a data folder that cannot be created: each reaches the user as the sentence built here
(the command line prints it and exits with code 2, the window shows it), never as
``[Errno 13] Permission denied`` or a traceback.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir_path

READ, WRITE, CREATE_FOLDER = "read", "write", "folder"

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def _shown(path: Path | str | None) -> str:
    return str(path) if path not in (None, "") else tr("the file")


def _is_folder(path: Path | str) -> bool:
    """Whether ``path`` is a folder; False where even that cannot be looked at (no permission)."""
    try:
        return Path(path).is_dir()
    except OSError:
        return False


def describe_os_error(error: OSError, path: Path | str | None = None, action: str = WRITE) -> str:
    """The sentence for ``error`` met while reading (``READ``), writing (``WRITE``) or creating
    a folder (``CREATE_FOLDER``) at ``path`` (default: the path the error names)."""
    path = path if path is not None else error.filename
    code = error.errno
    if _is_data_folder(path):
        return tr(
            "The data folder {path} cannot be created or written ({reason}). Set SOURCING_DATA_DIR to a "
            "folder you can write, or ask IT to fix the folder's permissions.",
            path=user_data_dir_path(),
            reason=_reason(error),
        )
    if code in _FULL:
        return tr(
            "The disk holding {path} is full; nothing was written. Free some space or choose another place "
            "and try again.",
            path=_shown(path),
        )
    if code == errno.EROFS:
        return tr("{path} is on a read-only disk; choose a folder on another disk.", path=_shown(path))
    if code == errno.EISDIR or (action == WRITE and path is not None and _is_folder(path)):
        return tr("{path} is a folder; give the name of a file to write instead.", path=_shown(path))
    if code == errno.ENOTDIR:
        return tr(
            "{path} cannot be used: a part of that path is a file, not a folder; check the path.", path=_shown(path)
        )
    if code == errno.ENOENT:
        if action == READ:
            return tr("File {path} does not exist; check the name and the folder.", path=_shown(path))
        return tr("The folder of {path} does not exist; create it or choose another place.", path=_shown(path))
    if code in _DENIED:
        if action == READ:
            return tr(
                "File {path} cannot be read: you do not have permission. Copy it to a folder of yours or ask "
                "IT for access.",
                path=_shown(path),
            )
        if action == CREATE_FOLDER:
            return tr(
                "The folder {path} cannot be created: you do not have permission there. Choose another place "
                "or ask IT for access.",
                path=_shown(path),
            )
        return tr(
            "{path} cannot be written: you do not have permission to write in that folder (or the file is "
            "read-only or open in another program). Choose another place or ask IT for access.",
            path=_shown(path),
        )
    if action == READ:
        return tr("File {path} cannot be read ({reason}).", path=_shown(path), reason=_reason(error))
    return tr("{path} cannot be written ({reason}); nothing was written.", path=_shown(path), reason=_reason(error))


def os_user_error(error: OSError, path: Path | str | None = None, action: str = WRITE) -> UserError:
    """``describe_os_error`` as a UserError, chained to ``error`` by the caller (``raise … from error``)."""
    return UserError(describe_os_error(error, path, action))


def _reason(error: OSError) -> str:
    return (error.strerror or str(error) or type(error).__name__).rstrip(".").lower()


def _is_data_folder(path: Path | str | None) -> bool:
    """True when ``path`` is the user data folder itself or one of the folders above it that
    creating it would need (so the sentence can name SOURCING_DATA_DIR)."""
    if path in (None, ""):
        return False
    try:
        target = Path(os.path.abspath(user_data_dir_path()))
        candidate = Path(os.path.abspath(path))
    except (OSError, ValueError):
        return False
    return candidate == target or candidate in target.parents and not candidate.exists()
