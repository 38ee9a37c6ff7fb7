"""Errors a user can cause. Their message is one plain sentence that says what is
wrong and where; the command line prints it and exits with code 2, the window shows it."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad file, a wrong column, an unknown model."""


class ReadError(UserError):
    """A file that cannot be read as a price list (corrupt, encrypted, too large, not a spreadsheet)."""


class Cancelled(Exception):
    """The user cancelled a long operation; nothing was written."""
