"""`sourcing retrain` as a separate process (QProcess): progress lines in, cancel, crash survival.

The command prints one JSON object per line on stdout ({"stage", "fraction", "message"}); any
other line is log text. Exit 0 = a candidate was registered; 2 = a user error, one sentence on
stderr; 130 = cancelled. Cancel sends SIGTERM (``terminate``): the command stops its pipeline
and puts dvc.lock and the data back; if it is still there after ``kill_after_ms`` it is killed,
and its watchdog does the same. If the window itself dies, the command notices (its parent is
gone) and cancels itself. Whatever happens to the process, the window stays up and
``finished`` says what happened in a plain sentence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, QTimer, Signal

from core.i18n import current_language

EXIT_USER_ERROR, EXIT_CANCELLED = 2, 130
SUCCEEDED, FAILED, CANCELLED = "succeeded", "failed", "cancelled"


def retrain_command(spark_master: str) -> tuple[str, list[str]]:
    """The program and arguments that start a retraining with ``spark_master``, speaking the
    app's language (its progress messages and its one-sentence errors are shown as they come)."""
    return sys.executable, [
        "-m",
        "core.cli",
        "--lang",
        current_language(),
        "retrain",
        "--master",
        spark_master or "local[*]",
    ]


class RetrainProcess(QObject):
    progressed = Signal(str, float, str)  # stage, fraction (0..1), message
    logged = Signal(str)  # one line for the log view
    finished = Signal(str, str)  # outcome (SUCCEEDED / FAILED / CANCELLED), plain sentence

    def __init__(self, working_dir: Path, parent: QObject | None = None, kill_after_ms: int = 30000):
        super().__init__(parent)
        self.working_dir = Path(working_dir)
        self.kill_after_ms = kill_after_ms
        self.process: QProcess | None = None
        self._cancelling = False
        self._done = False
        self._stdout_tail = b""
        self._stderr = b""
        self._kill_timer = QTimer(self)
        self._kill_timer.setSingleShot(True)
        self._kill_timer.timeout.connect(self._kill)

    def is_running(self) -> bool:
        return self.process is not None and self.process.state() != QProcess.ProcessState.NotRunning

    def start(self, program: str, arguments: list[str]) -> None:
        if self.is_running():
            return
        self._cancelling, self._done, self._stdout_tail, self._stderr = False, False, b"", b""
        process = QProcess(self)
        process.setWorkingDirectory(str(self.working_dir))
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("PYTHONUNBUFFERED", "1")  # lines must arrive while the job runs
        process.setProcessEnvironment(environment)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self.process = process
        self.logged.emit("$ " + " ".join([program, *arguments]))
        process.start(program, arguments)

    def cancel(self) -> None:
        """Ask the process to stop (SIGTERM); kill it if it has not stopped after a while."""
        if not self.is_running():
            return
        self._cancelling = True
        assert self.process is not None  # is_running() says there is one
        self.process.terminate()
        self._kill_timer.start(self.kill_after_ms)

    def _kill(self) -> None:
        if self.is_running():
            self.logged.emit(self.tr("The retraining did not stop when asked; it was ended forcibly."))
            assert self.process is not None
            self.process.kill()

    # -- output -------------------------------------------------------------------------------
    def _read_stdout(self) -> None:
        assert self.process is not None  # output arrives only from a started process
        data = self._stdout_tail + bytes(self.process.readAllStandardOutput().data())
        *lines, self._stdout_tail = data.split(b"\n")
        for raw in lines:
            self._line(raw.decode("utf-8", errors="replace").rstrip("\r"))

    def _read_stderr(self) -> None:
        assert self.process is not None
        data = bytes(self.process.readAllStandardError().data())
        self._stderr += data
        for line in data.decode("utf-8", errors="replace").splitlines():
            if line.strip():
                self.logged.emit(line)

    def _line(self, line: str) -> None:
        if not line.strip():
            return
        try:
            event = json.loads(line)
        except ValueError:
            event = None
        if isinstance(event, dict) and ("stage" in event or "fraction" in event):
            try:
                fraction = min(max(float(event.get("fraction", 0.0)), 0.0), 1.0)
            except (TypeError, ValueError):
                fraction = 0.0
            stage, message = str(event.get("stage", "")), str(event.get("message", ""))
            self.progressed.emit(stage, fraction, message)
            self.logged.emit(f"[{stage}] {message}" if message else f"[{stage}] {fraction:.0%}")
        else:
            self.logged.emit(line)

    # -- the end ------------------------------------------------------------------------------
    def _last_error_sentence(self) -> str:
        lines = [ln.strip() for ln in self._stderr.decode("utf-8", errors="replace").splitlines() if ln.strip()]
        text = lines[-1] if lines else ""
        return text.removeprefix("sourcing: ")

    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._stdout_tail:
            self._line(self._stdout_tail.decode("utf-8", errors="replace"))
            self._stdout_tail = b""
        self._kill_timer.stop()
        if self._cancelling:
            self._end(
                CANCELLED, self.tr("The retraining was cancelled; the active model and the dataset are unchanged.")
            )
        elif status == QProcess.ExitStatus.CrashExit:
            self._end(
                FAILED,
                self.tr(
                    "The retraining process crashed. The active model is unchanged; the log above shows how far it got."
                ),
            )
        elif code == 0:
            self._end(SUCCEEDED, self.tr("The retraining finished and registered a new candidate model."))
        elif code == EXIT_CANCELLED:
            self._end(
                CANCELLED, self.tr("The retraining was cancelled; the active model and the dataset are unchanged.")
            )
        elif code == EXIT_USER_ERROR and self._last_error_sentence():
            self._end(FAILED, self._last_error_sentence())
        else:
            self._end(
                FAILED,
                self.tr(
                    "The retraining stopped with an error (exit code %1). The active model is "
                    "unchanged; the log above has the details."
                ).replace("%1", str(code)),
            )

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._end(
                FAILED,
                self.tr("The retraining could not be started: %1").replace(
                    "%1", self.process.errorString() if self.process else ""
                ),
            )
        # crashes and kills also arrive through finished(); that one says what happened

    def _end(self, outcome: str, message: str) -> None:
        if self._done:
            return
        self._done = True
        self.logged.emit(message)
        self.finished.emit(outcome, message)
