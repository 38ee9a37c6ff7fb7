"""Progress and cancellation for long core work.

Every long job is a plain function taking a ``Progress``; the GUI wraps it in its one
background-operation helper, the command line passes ``Progress.silent()`` or a printer,
and tests call it directly. The job reports with ``progress.step(fraction, message)`` and
stops at the next check after ``cancel()`` by raising ``Cancelled``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from core.errors import Cancelled

Reporter = Callable[[float, str], None]


@dataclass
class Progress:
    report: Reporter | None = None
    _cancel: threading.Event = field(default_factory=threading.Event)
    _low: float = 0.0
    _high: float = 1.0

    @classmethod
    def silent(cls) -> Progress:
        return cls(None)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def step(self, fraction: float, message: str = "") -> None:
        """Report ``fraction`` (0..1) of this job done, then check for cancellation."""
        self.check()
        if self.report is not None:
            fraction = min(max(fraction, 0.0), 1.0)
            self.report(self._low + (self._high - self._low) * fraction, message)

    def sub(self, start: float, end: float) -> Progress:
        """A Progress for a part of this job spanning [start, end] of it; shares cancellation."""
        span = self._high - self._low
        return Progress(self.report, self._cancel, self._low + span * start, self._low + span * end)
