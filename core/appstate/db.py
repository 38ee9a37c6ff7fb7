"""SQLite helpers shared by the workspace's parts: one transaction per write, plain values."""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import sqlite3
from collections.abc import Iterator

from core.errors import UserError
from core.i18n import tr


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def plain(value: object) -> object:
    """A value SQLite and JSON accept: NaN -> None, numpy scalars -> Python."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the body raises; sqlite errors become UserError."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise UserError(
                tr("The workspace is being used by another copy of the app; close it and try again.")
            ) from error
        raise
    try:
        yield
    except sqlite3.DatabaseError as error:
        db.execute("ROLLBACK")
        raise UserError(tr("The workspace could not be saved ({error}); nothing was changed.", error=error)) from error
    except BaseException:
        db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
