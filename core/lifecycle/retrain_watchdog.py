"""The watchdog of a retraining: ``python -m core.lifecycle.retrain_watchdog PARENT GROUP PROJECT``.

``sourcing retrain`` starts it beside the pipeline, in a session of its own. When the retraining
process disappears without stopping the pipeline itself (kill -9, a crash, the terminal closed),
the watchdog is left with a new parent: it stops the pipeline's whole process group (DVC, the
stage, Spark's JVM and Python workers) and puts dvc.lock and the outputs back as they were
(core.lifecycle.retrain_guard). When the retraining ends normally it stops the watchdog first.

On Linux the pipeline's first process also gets SIGTERM from the kernel when its parent dies
(prctl PR_SET_PDEATHSIG, ``die_with_parent``); the watchdog then finishes the job for the rest
of the group. Windows has neither process groups nor PDEATHSIG: there a job object would be
needed; retraining is documented as a Linux (or WSL) admin task (docs/retraining.md).
"""

from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from core.lifecycle.retrain_guard import RunGuard, stop_process_group

POLL_S = 0.5
PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """preexec_fn (Linux): the kernel sends SIGTERM to this child when its parent dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def death_signal_supported() -> bool:
    return sys.platform.startswith("linux")


def start_watchdog(group: int, project: Path) -> subprocess.Popen:
    """The watchdog of this process's pipeline (process group ``group``) in ``project``."""
    return subprocess.Popen(
        [sys.executable, "-m", "core.lifecycle.retrain_watchdog", str(os.getpid()), str(group), str(project)],
        cwd=project,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # neither the terminal's Ctrl+C nor the pipeline's group reaches it
    )


def stop_watchdog(watchdog: subprocess.Popen | None) -> None:
    if watchdog is None or watchdog.poll() is not None:
        return
    watchdog.terminate()
    try:
        watchdog.wait(5)
    except subprocess.TimeoutExpired:
        watchdog.kill()
        watchdog.wait()


def cancel_when_orphaned(cancel: Callable[[], None], poll: float = POLL_S) -> threading.Thread | None:
    """Call ``cancel`` once the process that started this one is gone (the admin window crashed
    or was killed): the retraining then stops and undoes itself as on Cancel. POSIX only."""
    if sys.platform.startswith("win"):
        return None
    parent = os.getppid()

    def watch_parent() -> None:
        while os.getppid() == parent:
            time.sleep(poll)
        cancel()

    thread = threading.Thread(target=watch_parent, name="parent-watch", daemon=True)
    thread.start()
    return thread


def watch(parent: int, group: int, project: Path) -> int:
    """Wait for the parent to go away; then stop its pipeline and undo the run."""
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # the parent ended normally
    while os.getppid() == parent:
        time.sleep(POLL_S)
    stop_process_group(group)
    guard = RunGuard(project)
    owner = guard.owner()
    if owner is not None and owner.get("pid") == parent:
        guard.restore()
    return 0


if __name__ == "__main__":
    sys.exit(watch(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])))
