"""The one place that runs long work off the GUI thread (after Anki's operations/taskman).

Widgets never start threads. They build an operation and run it::

    BackgroundOp(self, lambda progress: import_files(paths, progress=progress)) \\
        .with_progress(self.tr("Importing price lists…")) \\
        .success(self._show_result) \\
        .failure(self._show_problem) \\
        .run()

``fn`` is a pure core function taking a core ``Progress``; it runs in a QThreadPool worker.
Progress messages, the result and any error come back to the main thread by signal. The
progress dialog's Cancel calls ``Progress.cancel()``; the job stops at its next check with
``Cancelled``, which is not an error. Without a ``failure`` callback errors are shown as a
plain-sentence dialog with the details folded away.

Work that parses untrusted files in native code (calamine reading a price list) goes one step
further: the worker thread starts a child process with a memory cap for it
(core.reading.reader_process) and relays its progress; Cancel kills the child, and a child that
crashes or runs out of memory comes back here as one ReadError sentence, so the window stays up.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.errors import Cancelled
from core.progress import Progress
from desktop_app.error_dialog import show_error

log = logging.getLogger(__name__)

_POOL: QThreadPool | None = None
_RUNNING: set[BackgroundOp] = set()


def thread_pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(4)
    return _POOL


class _ModelLane:
    """One long-lived thread for TensorFlow work (loading the model, scoring), one job at a time.

    Why not the pool: a pool thread gets a fresh Python thread state for every job, and
    TensorFlow keeps per-thread state (its eager context, traced graphs) in Python
    thread-locals, which die with it; calling the model again from the next job crashed the
    process intermittently. A plain thread that lives as long as the app keeps that state.
    """

    def __init__(self):
        self._jobs: queue.Queue = queue.Queue()
        self._thread = threading.Thread(target=self._serve, name="model-lane", daemon=True)
        self._thread.start()

    def start(self, job: _Job) -> None:
        self._jobs.put(job)

    def _serve(self) -> None:
        while True:
            self._jobs.get().run()


_MODEL_LANE: _ModelLane | None = None


def model_lane() -> _ModelLane:
    global _MODEL_LANE
    if _MODEL_LANE is None:
        _MODEL_LANE = _ModelLane()
    return _MODEL_LANE


def running() -> int:
    """How many operations have not delivered their result yet (tests wait for 0)."""
    return len(_RUNNING)


class _Signals(QObject):
    progressed = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], progress: Progress, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._progress, self._signals = fn, progress, signals

    def run(self) -> None:  # worker thread: no widgets here, only signals
        try:
            result = self._fn(self._progress)
        except BaseException as error:  # delivered to the main thread
            self._signals.failed.emit(error)
        else:
            self._signals.done.emit(result)


class BackgroundOp(QObject):
    def __init__(self, parent: QWidget | None, fn: Callable[[Progress], Any]):
        super().__init__(None)
        self._parent_widget = parent
        self._fn = fn
        self._label: str | None = None
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._on_progress: Callable[[float, str], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._lane = "default"
        self._last_report = 0.0
        self.progress = Progress(self._report)
        self._signals = _Signals()
        self._signals.progressed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._fail, Qt.ConnectionType.QueuedConnection)

    # -- builder -----------------------------------------------------------------------
    def with_progress(self, label: str) -> BackgroundOp:
        self._label = label
        return self

    def in_lane(self, lane: str) -> BackgroundOp:
        """Run in a named lane: "model" = the one TensorFlow thread (one job at a time)."""
        self._lane = lane
        return self

    def on_progress(self, callback: Callable[[float, str], None]) -> BackgroundOp:
        self._on_progress = callback
        return self

    def success(self, callback: Callable[[Any], None]) -> BackgroundOp:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> BackgroundOp:
        self._on_failure = callback
        return self

    def run(self) -> BackgroundOp:
        _RUNNING.add(self)
        if self._label is not None:
            self._dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 1000, self._parent_widget)
            self._dialog.setObjectName("operationProgress")
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(400)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)
            self._dialog.setValue(0)
        job = _Job(self._fn, self.progress, self._signals)
        if self._lane == "model":
            model_lane().start(job)
        else:
            thread_pool().start(job)
        return self

    def cancel(self) -> None:
        """Ask the core job to stop at its next progress check (the Cancel button)."""
        self.progress.cancel()

    # -- worker side ---------------------------------------------------------------------
    def _report(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if now - self._last_report >= 0.05 or fraction >= 1.0:  # do not flood the event loop
            self._last_report = now
            self._signals.progressed.emit(fraction, message)

    # -- main-thread side ------------------------------------------------------------------
    @Slot(float, str)
    def _show_progress(self, fraction: float, message: str) -> None:
        dialog = self._dialog  # setValue may process events: the job can finish meanwhile
        if dialog is not None:
            if message:
                dialog.setLabelText(message)
            dialog.setValue(int(fraction * 1000))
        if self._on_progress is not None:
            self._on_progress(fraction, message)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    @Slot(object)
    def _finish(self, result: Any) -> None:
        self._close_dialog()
        try:
            if self._on_success is not None:
                self._on_success(result)
        except Exception as error:  # a bug in a callback must not take the window down
            show_error(self._parent_widget, error)
        finally:
            _RUNNING.discard(self)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        self._close_dialog()
        try:
            if isinstance(error, Cancelled):
                log.info("Operation cancelled by the user.")
                if self._on_failure is not None:
                    self._on_failure(error)
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self._parent_widget, error)
        finally:
            _RUNNING.discard(self)


def run_later(callback: Callable[[], None], delay_ms: int = 0) -> None:
    """Run ``callback`` on the main thread once the event loop is free (after the window shows)."""
    QTimer.singleShot(delay_ms, callback)
