"""Read a price list in a child process with a memory cap, so that no file can take down the
command line or the window.

Spreadsheet parsing is native code (calamine, in Rust) working on files from outside the
restaurant. The streaming checks (file_guard, sheet_scan) refuse every hostile shape we know
of before parsing, but a file they do not foresee must still not abort the process that holds
the user's work: when a Rust allocation fails the process aborts (SIGABRT), whatever Python
does. So the file is read by ``python -m core.reading.reader_process`` (in the packaged app:
``sourcing --read-worker``), capped at READER_MEMORY_MB of address space (RLIMIT_AS on
Linux and macOS; on Windows the child has no cap, see docs/installing.md, but a crash there
still ends only the child). The parent gets the sheets, or one sentence: the child's own
refusal, "needs more memory than a price list", or "the reader stopped".

The child answers on stdout with JSON lines (progress, then the sheets or an error): no pickle,
so a child that a malicious file took over cannot make the parent run anything. Progress
arrives while the child works; cancelling kills the child at once.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import core
from core.errors import ReadError
from core.i18n import current_language, set_language, tr
from core.os_errors import READ, describe_os_error
from core.progress import Progress
from core.reading.csv_reader import read_csv
from core.reading.file_guard import inspect_file
from core.reading.raw_sheet import RawSheet
from core.reading.workbook_reader import read_workbook

try:
    import resource  # POSIX: the memory cap of the child
except ImportError:  # Windows: no RLIMIT_AS (docs/installing.md)
    resource = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

READER_MEMORY_MB = 300  # a 50,000-row list needs about 75 MB; refused files never get further
MEMORY_ENV = "SOURCING_READER_MEMORY_MB"  # IT may raise it; the tests lower it
WORKER_FLAG = "--read-worker"  # the packaged `sourcing` program's way into worker_main
POLL_S = 0.1
_ENCODED = "$"  # key of the JSON objects that stand for dates and times


# ------------------------------------------------------------------------------- in this process


def read_file_here(path: Path, progress: Progress | None = None, overlap: bool = False) -> list[RawSheet]:
    """Every sheet of a price list file, read in this process after the safety checks (with
    ``overlap``, calamine parses while the sheet scan runs: see workbook_reader)."""
    progress = progress or Progress.silent()
    kind = inspect_file(path)
    if kind.kind == "text":
        sheet, _, _ = read_csv(path)
        progress.step(1.0)
        return [sheet]
    return read_workbook(path, progress, overlap=overlap)


# ------------------------------------------------------------------------------- the wire format


def _encode_value(value: object) -> object:
    if isinstance(value, dt.datetime):
        return {_ENCODED: "datetime", "v": value.isoformat()}
    if isinstance(value, dt.date):
        return {_ENCODED: "date", "v": value.isoformat()}
    if isinstance(value, dt.time):
        return {_ENCODED: "time", "v": value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {_ENCODED: "timedelta", "v": value.total_seconds()}
    return str(value)  # anything else a reader may return is shown as text


def _decode_object(obj: dict[str, Any]) -> object:
    kind = obj.get(_ENCODED)
    if kind == "datetime":
        return dt.datetime.fromisoformat(obj["v"])
    if kind == "date":
        return dt.date.fromisoformat(obj["v"])
    if kind == "time":
        return dt.time.fromisoformat(obj["v"])
    if kind == "timedelta":
        return dt.timedelta(seconds=float(obj["v"]))
    raise ValueError("unexpected object from the reader process")


def encode_sheets(sheets: list[RawSheet], peak_mb: float = 0.0) -> str:
    payload = [
        {
            "file": s.file,
            "sheet": s.sheet,
            "rows": s.rows,
            "first_row": s.first_row,
            "first_col": s.first_col,
            "merged": s.merged,
        }
        for s in sheets
    ]
    return json.dumps({"sheets": payload, "peak_mb": peak_mb}, default=_encode_value, ensure_ascii=False)


def decode_sheets(payload: list[dict[str, Any]]) -> list[RawSheet]:
    sheets = []
    for item in payload:
        merged = [((int(a), int(b)), (int(c), int(d))) for (a, b), (c, d) in item["merged"]]
        rows = item["rows"]
        if type(rows) is not list or not all(type(row) is list for row in rows):
            raise ValueError("unexpected rows from the reader process")
        sheets.append(
            RawSheet(
                str(item["file"]),
                str(item["sheet"]),
                rows,  # lists of cells as JSON gave them: no copy
                int(item["first_row"]),
                int(item["first_col"]),
                merged,
            )
        )
    return sheets


# ------------------------------------------------------------------------------- the child


def _limit_memory(megabytes: int) -> None:
    if megabytes <= 0 or resource is None:
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def worker_main() -> int:
    """The child: one request on stdin, JSON lines on stdout. Exit 0 unless it crashed."""
    gc.disable()  # one file, then the process ends: no collector passes over the rows it builds
    request = json.loads(sys.stdin.readline())
    set_language(request.get("lang") or "es")
    out = sys.stdout

    def send(line: str) -> None:
        out.write(line + "\n")
        out.flush()

    progress = Progress(lambda fraction, message: send(json.dumps({"progress": fraction, "message": message})))
    _limit_memory(int(request.get("memory_mb") or 0))
    try:
        sheets = read_file_here(Path(request["path"]), progress, overlap=not request.get("careful"))
        send(encode_sheets(sheets, own_peak_mb()))
    except ReadError as error:
        send(json.dumps({"error": str(error), "peak_mb": own_peak_mb()}, ensure_ascii=False))
    except MemoryError:
        send(json.dumps({"memory": True, "peak_mb": own_peak_mb()}))
    return 0


def run_worker() -> NoReturn:
    """The child's program: worker_main, then the process ends at once (a refused file's parse
    may still run in its thread, see workbook_reader's overlap; the rows need no tearing down)."""
    code = worker_main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def own_peak_mb() -> float:
    """This process's peak resident memory since it started its program (Linux: VmHWM, which,
    unlike ru_maxrss, does not include the parent's memory at fork time)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    if resource is not None:  # macOS: bytes
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024)
    return 0.0


# ------------------------------------------------------------------------------- the parent


@dataclass
class ReaderRun:
    """What one child run gave: the sheets, and the child's peak resident memory in MB."""

    sheets: list[RawSheet]
    peak_mb: float


def memory_limit_mb() -> int:
    try:
        return int(os.environ.get(MEMORY_ENV, READER_MEMORY_MB))
    except ValueError:
        return READER_MEMORY_MB


def reader_command() -> list[str]:
    """The program that reads a file: this Python with ``-m``, or the packaged ``sourcing``."""
    if getattr(sys, "frozen", False):
        cli = Path(sys.executable).with_name("sourcing.exe" if sys.platform.startswith("win") else "sourcing")
        return [str(cli), WORKER_FLAG]
    return [sys.executable, "-m", "core.reading.reader_process"]


def _child_environment() -> dict[str, str]:
    env = dict(os.environ)
    package_root = str(Path(core.__file__).resolve().parent.parent)  # the same code as this process
    env["PYTHONPATH"] = os.pathsep.join(p for p in (package_root, env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    env.setdefault("RUST_BACKTRACE", "0")
    return env


def read_file_isolated(path: Path, progress: Progress | None = None) -> list[RawSheet]:
    """Every sheet of a price list, read in a child process with a memory cap (see the module)."""
    return run_reader(path, progress).sheets


def run_reader(path: Path, progress: Progress | None = None, memory_mb: int | None = None) -> ReaderRun:
    return StartedReader(path, memory_mb).finish(progress)


class StartedReader:
    """A child process reading one file, started ahead of need: ``finish`` waits for its sheets
    (relaying its progress), ``stop`` kills it when they are no longer wanted. The child works
    while this process does something else (loads pandas, cleanses the previous file)."""

    def __init__(self, path: Path, memory_mb: int | None = None, careful: bool = False):
        self.path = path = Path(path)
        self.careful = careful
        if not path.is_dir():  # a folder is refused by file_guard, in its own words
            try:  # a file this user cannot open is said here, before any process starts
                with path.open("rb"):
                    pass
            except OSError as error:
                raise ReadError(describe_os_error(error, path.name, READ)) from error
        self.limit = memory_limit_mb() if memory_mb is None else memory_mb
        creation = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console window from the GUI on Windows
        self.child = child = subprocess.Popen(
            reader_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_child_environment(),
            creationflags=creation,
        )
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self.errors = _StderrWatch()
        self.pumps = [
            threading.Thread(
                target=_pump, args=(child.stdout, self.lines.put, lambda: self.lines.put(None)), daemon=True
            ),
            threading.Thread(target=_pump, args=(child.stderr, self.errors.add), daemon=True),
        ]
        for pump in self.pumps:
            pump.start()
        try:
            request = {
                "path": str(path.resolve()),
                "lang": current_language(),
                "memory_mb": self.limit,
                "careful": careful,
            }
            child.stdin.write((json.dumps(request) + "\n").encode("utf-8"))  # type: ignore[union-attr]
            child.stdin.close()  # type: ignore[union-attr]
        except BaseException:
            self.stop()
            raise

    def finish(self, progress: Progress | None = None) -> ReaderRun:
        """The sheets, or ReadError with one sentence; Cancelled (from ``progress``) kills the child.

        A child that read with overlap (calamine parsing while the sheet scan runs) and then
        crashed or ran out of memory may have been stopped by the parse of a sheet the scan would
        have refused in its own words: the file is read once more, scan first."""
        progress = progress or Progress.silent()
        try:
            answer = _follow(self.child, self.lines, progress)
        except BaseException:
            _kill(self.child)
            raise
        finally:
            self._end()
        path, limit = self.path, self.limit
        if not self.careful and (answer is None or answer.get("memory")):
            log.info("Reading %s again, the sheet scan first", path.name)
            return StartedReader(path, limit, careful=True).finish(progress)
        if answer is None:
            raise ReadError(_crash_sentence(path, self.child.returncode, self.errors, limit))
        peak_mb = float(answer.get("peak_mb") or 0.0)
        if "error" in answer or answer.get("memory"):
            refusal = ReadError(str(answer["error"]) if "error" in answer else _memory_sentence(path, limit))
            refusal.reader_peak_mb = peak_mb  # type: ignore[attr-defined]  # for tests and benchmarks
            raise refusal
        try:
            return ReaderRun(decode_sheets(answer["sheets"]), peak_mb)
        except (KeyError, TypeError, ValueError) as error:  # not what a reader writes: a child taken over
            raise ReadError(_crash_sentence(path, self.child.returncode, self.errors, limit)) from error

    def stop(self) -> None:
        """Kill the child (its answer is not wanted) and wait for it."""
        _kill(self.child)
        self._end()

    def _end(self) -> None:
        _reap(self.child)
        for pump in self.pumps:
            pump.join(5)


class ReadAhead:
    """Reads price list files in child processes, each file's child started before its sheets
    are asked for: the first at once, the next as soon as the one before is handed over (so it
    reads while that one is cleansed). One child at a time; ``close`` kills one not asked for.
    A file that cannot be opened (or a reader that cannot be started) gives its error when the
    file's sheets are asked for, in order, after whatever the caller checks first."""

    def __init__(self, paths: list[Path], memory_mb: int | None = None):
        self._waiting = [Path(p) for p in paths]
        self._memory_mb = memory_mb
        self._path: Path | None = None  # the file whose child runs (or whose refusal waits)
        self._started: StartedReader | None = None
        self._refusal: Exception | None = None
        self._start_next()

    def _start_next(self) -> None:
        self._path, self._started, self._refusal = None, None, None
        if self._waiting:
            self._path = self._waiting.pop(0)
            try:
                self._started = StartedReader(self._path, self._memory_mb)
            except (ReadError, OSError) as refusal:  # said when its turn comes, as reading it then would
                self._refusal = refusal

    def read(self, path: Path, progress: Progress | None = None) -> list[RawSheet]:
        """Every sheet of ``path``: from the child started for it, else from a new one."""
        if self._path is None or Path(path) != self._path:
            return read_file_isolated(Path(path), progress)
        started, refusal = self._started, self._refusal
        self._path, self._started, self._refusal = None, None, None
        if refusal is not None:
            raise refusal
        assert started is not None
        sheets = started.finish(progress).sheets
        self._start_next()
        return sheets

    def close(self) -> None:
        if self._started is not None:
            self._started.stop()
            self._started = None

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _pump(stream, sink: Callable[[bytes], None], at_end: Callable[[], None] | None = None) -> None:
    """Hand every line of a child's stream to ``sink`` (a thread: the pipes must never fill up)."""
    try:
        for line in iter(stream.readline, b""):
            sink(line)
    finally:
        stream.close()
        if at_end is not None:
            at_end()


def _decode_json(line: bytes) -> dict[str, Any]:
    return json.loads(line, object_hook=lambda obj: _decode_object(obj) if _ENCODED in obj else obj)


def _follow(child: subprocess.Popen, lines: queue.Queue, progress: Progress) -> dict[str, Any] | None:
    """Relay the child's progress until its answer; None when it ended without one."""
    while True:
        try:
            line = lines.get(timeout=POLL_S)
        except queue.Empty:
            progress.check()  # the user's Cancel: raises Cancelled, the child is killed
            continue
        if line is None:
            return None
        try:
            message = _decode_json(line)
        except ValueError:
            return None  # cut off mid-line: the child died while answering
        if "progress" in message:
            progress.step(float(message["progress"]), str(message.get("message") or ""))
        else:
            return message


def _kill(child: subprocess.Popen) -> None:
    try:
        child.kill()
    except OSError:
        pass


def _reap(child: subprocess.Popen, timeout: float = 10.0) -> None:
    """Wait for the child to end (it has answered, or was killed); kill it if it lingers."""
    try:
        child.wait(timeout)
    except subprocess.TimeoutExpired:
        _kill(child)
        child.wait()


def _memory_sentence(path: Path, limit_mb: int) -> str:
    return tr(
        "File {file} was refused: reading it needs more than the {limit} MB of memory a price list may use, "
        "which only a damaged or hostile file does.",
        file=path.name,
        limit=limit_mb,
    )


class _StderrWatch:
    """The child's stderr: its last lines for the log, and whether it ran out of memory (Rust
    prints "memory allocation of N bytes failed" before a long backtrace)."""

    MARKERS = ("memory allocation", "memoryerror", "out of memory", "cannot allocate memory")

    def __init__(self) -> None:
        self.tail: deque[str] = deque(maxlen=20)
        self.out_of_memory = False

    def add(self, line: bytes) -> None:
        text = line.decode("utf-8", errors="replace")
        self.tail.append(text)
        self.out_of_memory |= any(marker in text.lower() for marker in self.MARKERS)


def _crash_sentence(path: Path, returncode: int | None, stderr: _StderrWatch, limit_mb: int) -> str:
    log.warning("The reader process for %s ended with %s: %s", path.name, returncode, "".join(stderr.tail)[-2000:])
    killed = returncode is not None and returncode < 0 and -returncode == getattr(signal, "SIGKILL", 9)
    if stderr.out_of_memory or killed:  # killed: the kernel's OOM killer
        return _memory_sentence(path, limit_mb)
    return tr(
        "File {file} was refused: the spreadsheet reader stopped on it (the file is damaged or built to harm "
        "spreadsheet programs). Nothing else was affected.",
        file=path.name,
    )


if __name__ == "__main__":
    run_worker()
