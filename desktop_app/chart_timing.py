"""When the charts redraw: once the changes pause, not at every step.

Holding an arrow key in a table or dragging a slider changes the offer shown many times a second;
drawing a matplotlib chart costs tens of milliseconds, so every chart waits for a short pause and
draws once, at most REDRAW_PAUSE_MS after the last change (the table and texts follow at once).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

REDRAW_PAUSE_MS = 120  # within 150 ms of the last key


def pause_timer(parent: QObject, draw: Callable[[], None]) -> QTimer:
    """A single-shot timer that calls ``draw`` REDRAW_PAUSE_MS after its last ``start()``."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(REDRAW_PAUSE_MS)
    timer.timeout.connect(draw)
    return timer
