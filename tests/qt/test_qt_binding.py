"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 dropped a reference to None
at every call of a Qt method that returns nothing, and on Python 3.11 (where None is not
immortal) the window aborted with "Fatal Python error: none_dealloc" after a few thousand
clicks, taking unsaved work with it."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_thousands_of_qt_calls_leave_the_reference_count_of_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for k in range(3000):  # a long week of clicks: texts set, events processed
        label.setText(str(k % 7))
        QApplication.processEvents()
    assert abs(sys.getrefcount(None) - before) < 100
