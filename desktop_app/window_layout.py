"""Where the user left a window: its size and place, and the split between its panes (every
named QSplitter inside it), kept in the user's folder (window.ini, Qt's INI format) and put back
at the next start. Qt's restoreGeometry moves a window that would be off the screens (a monitor
unplugged) back onto one; a file that cannot be read or written only costs the layout."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from core.paths import user_data_dir_path

log = logging.getLogger(__name__)

LAYOUT_FILE = "window.ini"


def _store() -> QSettings:
    return QSettings(str(user_data_dir_path() / LAYOUT_FILE), QSettings.Format.IniFormat)


def _named_splitters(window: QWidget) -> list[QSplitter]:
    return [s for s in window.findChildren(QSplitter) if s.objectName()]


def save_layout(window: QWidget) -> None:
    """Remember ``window``'s geometry and the state of its named splitters (under its object name)."""
    store = _store()
    name = window.objectName()
    store.setValue(f"{name}/geometry", window.saveGeometry())
    for splitter in _named_splitters(window):
        store.setValue(f"{name}/splitters/{splitter.objectName()}", splitter.saveState())
    store.sync()
    if store.status() != QSettings.Status.NoError:
        log.warning("The window layout could not be saved in %s", store.fileName())


def restore_layout(window: QWidget) -> bool:
    """Put back what ``save_layout`` kept for ``window``; False when nothing was kept."""
    store = _store()
    name = window.objectName()
    geometry = store.value(f"{name}/geometry")
    if not isinstance(geometry, QByteArray):
        return False
    window.restoreGeometry(geometry)
    for splitter in _named_splitters(window):
        state = store.value(f"{name}/splitters/{splitter.objectName()}")
        if isinstance(state, QByteArray):
            splitter.restoreState(state)
    return True
