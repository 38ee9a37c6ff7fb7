"""Plain-sentence error and information messages, with the technical details folded away.

The dialogs are opened window-modal and non-blocking (``open``), so background results and
tests keep flowing; the last one shown is kept for tests and for the user to read.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.errors import UserError
from core.os_errors import describe_os_error

log = logging.getLogger(__name__)


def plain_message(error: BaseException) -> str:
    """One sentence a chef can act on: a UserError's own message, otherwise a generic one."""
    if isinstance(error, UserError):
        return str(error)
    if isinstance(error, OSError):  # a file, folder or disk problem: which one, and what to do
        return describe_os_error(error)
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something went wrong and the task was stopped. Nothing was changed; the details are in the log file.",
    )


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> QMessageBox:
    """Show ``error`` as a plain sentence; its technical details under "Show Details…"."""
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    if isinstance(error, (UserError, OSError)):
        log.info("User error: %s", plain_message(error))
    else:
        log.error("Unexpected error:\n%s", details)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        title or QCoreApplication.translate("ErrorDialog", "Could not finish"),
        plain_message(error),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessage")
    box.setDetailedText(details)
    box.open()
    return box


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("infoMessage")
    box.open()
    return box
