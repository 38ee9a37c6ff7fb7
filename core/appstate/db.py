"""Small SQLite helpers shared by the workspace's parts (the transaction itself lives with the
workspace: core.appstate.workspace._transaction)."""

from __future__ import annotations

import datetime as dt

from core.appstate.price_lists import plain_value as plain

__all__ = ["now", "plain"]


def now() -> str:
    """The time a row was written, as stored in every table (ISO, seconds)."""
    return dt.datetime.now().isoformat(timespec="seconds")
