"""The app's look: resources/qss/app.qss on the whole application (every window and dialog),
applied by the app at start and by the screenshot script, so that pictures show what users see."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from core.paths import app_root


def apply_style_sheet(app: QApplication) -> None:
    qss = app_root() / "resources" / "qss" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
