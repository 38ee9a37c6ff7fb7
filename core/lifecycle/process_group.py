"""A child process in a group of its own, and stopping the whole group, on POSIX and Windows.

Retraining runs ``dvc repro`` as a child; it starts the stage scripts, which start Spark's JVM.
Cancel must stop every one of them, not only the child.

POSIX: ``start_new_session=True`` gives the child its own session and process group. The group
gets SIGINT (DVC releases its lock, the stage script stops, the JVM exits with it), then
SIGTERM, then SIGKILL, each after a grace period; then we wait until no member is left.

Windows has no signals for a group: CTRL_BREAK_EVENT ends Python children at once (Python has
no SIGBREAK handler) but a JVM only prints a thread dump, and once the child is gone its own
children can no longer be found through it. So the Windows plan is one step, taken while the
tree is whole: ``taskkill /T /F /PID child`` ends the child and every process it started.
Nothing there stops gracefully; the caller restores DVC's outputs afterwards in both cases
(core.lifecycle.retrain.restore_outputs). ``CREATE_NEW_PROCESS_GROUP`` keeps a Ctrl+C typed in
the console away from the child, so that the parent alone decides how the child stops.

``platform`` is a parameter so that the Windows plan is tested on Linux too (its process
handling itself is run on the Windows CI runner: tests/test_process_group.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

CREATE_NEW_PROCESS_GROUP = 0x00000200  # subprocess.CREATE_NEW_PROCESS_GROUP, defined on Windows only
WINDOWS = "win32"


def popen_options(platform: str = sys.platform) -> dict[str, Any]:
    """Popen keyword arguments that start the child in a group of its own."""
    if platform == WINDOWS:
        return {"creationflags": CREATE_NEW_PROCESS_GROUP}
    return {"start_new_session": True}


def taskkill_command(pid: int) -> list[str]:
    """End ``pid`` and every process it started (/T), without asking them (/F)."""
    return ["taskkill", "/T", "/F", "/PID", str(pid)]


@dataclass(frozen=True)
class StopStep:
    name: str  # what is sent, as a person reading the log knows it
    send: Callable[[subprocess.Popen], None]


def _signal_group(sig: int) -> Callable[[subprocess.Popen], None]:
    return lambda process: os.killpg(process.pid, sig)


def _kill_tree(process: subprocess.Popen) -> None:
    done = subprocess.run(taskkill_command(process.pid), capture_output=True, check=False)
    if done.returncode != 0 and process.poll() is None:
        process.kill()  # taskkill refused: at least the child itself ends


def stop_steps(platform: str = sys.platform) -> list[StopStep]:
    """What is sent, in order, until the child has ended (module doc)."""
    if platform == WINDOWS:
        return [StopStep("taskkill /T /F", _kill_tree)]
    return [
        StopStep("SIGINT", _signal_group(signal.SIGINT)),
        StopStep("SIGTERM", _signal_group(signal.SIGTERM)),
        StopStep("SIGKILL", _signal_group(signal.SIGKILL)),
    ]


def stop_group(process: subprocess.Popen, grace: float, platform: str = sys.platform) -> list[str]:
    """Stop ``process`` and its group; returns the names of the steps that were sent."""
    sent: list[str] = []
    for step in stop_steps(platform):
        if process.poll() is not None and platform == WINDOWS:
            break  # its tree can no longer be found through it
        try:
            step.send(process)
        except ProcessLookupError:
            break
        sent.append(step.name)
        try:
            process.wait(grace)
            break
        except subprocess.TimeoutExpired:
            continue
    if platform != WINDOWS:
        _reap_group(process.pid)
    return sent


def _reap_group(pgid: int, wait: float = 10.0) -> None:
    """Wait until no process of the group is left (a JVM may outlive its parent briefly)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except (ProcessLookupError, PermissionError):
            return
        time.sleep(0.2)
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def follow_output(
    process: subprocess.Popen,
    on_line: Callable[[str], None],
    check: Callable[[], None],
    grace: float,
    poll: float = 0.1,
) -> None:
    """Hand each line ``process`` writes (stdout, text mode) to ``on_line`` as it comes, until it
    ends. A thread reads the pipe, so that it never fills while this thread calls ``check``
    between lines: when ``check`` raises (the user's Cancel) or anything else goes wrong, the
    whole group is stopped (``stop_group`` with ``grace``) and the error goes on."""
    lines: deque[str] = deque()

    def pump() -> None:
        for line in process.stdout:  # type: ignore[union-attr]
            lines.append(line.rstrip("\n"))

    reader = threading.Thread(target=pump, name="child-output", daemon=True)
    reader.start()
    try:
        while True:
            while lines:
                on_line(lines.popleft())
            check()
            if process.poll() is not None and not reader.is_alive() and not lines:
                return
            time.sleep(poll)
    except BaseException:
        stop_group(process, grace)
        reader.join(5)
        raise
