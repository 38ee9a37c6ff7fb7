"""Code that differs on Windows, tested here by passing the platform in (docs/installing.md,
"Windows: what differs"): stopping retraining's process tree, the user data folder, and
replacing a file another program holds open. The tests marked ``windows_only`` run the
Windows branch for real on the hosted Windows CI runner (packaging/ci/windows-build.yml).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.atomic_write import FileNotWritable, replace_file, write_text_atomic
from core.lifecycle.process_group import (
    CREATE_NEW_PROCESS_GROUP,
    popen_options,
    stop_group,
    stop_steps,
    taskkill_command,
)
from core.paths import APP_NAME, user_data_dir

ON_WINDOWS = sys.platform == "win32"
windows_only = pytest.mark.skipif(not ON_WINDOWS, reason="runs the real Windows branch: Windows CI runner only")
posix_only = pytest.mark.skipif(ON_WINDOWS, reason="POSIX process groups")

# A child that ignores SIGINT and starts a grandchild; both print their pid, then wait.
FAMILY = """
import signal, subprocess, sys, time
if hasattr(signal, "SIGINT"):
    signal.signal(signal.SIGINT, signal.SIG_IGN)
grandchild = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
print(grandchild.pid, flush=True)
time.sleep(600)
"""


def _alive(pid: int) -> bool:
    if ON_WINDOWS:
        listing = subprocess.run(["tasklist", "/FI", f"PID eq {pid}", "/NH"], capture_output=True, text=True)
        return str(pid) in listing.stdout
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (ended, not yet reaped by its parent) counts as gone
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return True


def _start_family(platform: str = sys.platform) -> tuple[subprocess.Popen, int]:
    child = subprocess.Popen(
        [sys.executable, "-c", FAMILY], stdout=subprocess.PIPE, text=True, **popen_options(platform)
    )
    grandchild = int(child.stdout.readline())  # type: ignore[union-attr]
    return child, grandchild


# ----------------------------------------------------------------- stopping retraining's tree


def test_windows_plan_ends_the_whole_tree_at_once_while_posix_asks_first():
    assert popen_options("win32") == {"creationflags": CREATE_NEW_PROCESS_GROUP}
    assert [s.name for s in stop_steps("win32")] == ["taskkill /T /F"]
    assert taskkill_command(4242) == ["taskkill", "/T", "/F", "/PID", "4242"]
    assert popen_options("linux") == {"start_new_session": True}
    assert [s.name for s in stop_steps("linux")] == ["SIGINT", "SIGTERM", "SIGKILL"]


def test_windows_plan_sends_nothing_to_a_child_that_already_ended():
    """Its tree can no longer be found through a dead child: nothing is sent (no taskkill run)."""
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait(60)
    assert stop_group(done, grace=1, platform="win32") == []


@posix_only
def test_posix_stop_ends_a_child_that_ignores_sigint_and_its_grandchild():
    child, grandchild = _start_family()
    assert _alive(grandchild)
    sent = stop_group(child, grace=2)
    assert sent == ["SIGINT", "SIGTERM"]  # SIGINT was ignored by the child, SIGTERM ended it
    assert child.returncode is not None
    deadline = time.monotonic() + 10
    while _alive(grandchild) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(grandchild)  # the grandchild was in the group and went with it


@windows_only
def test_windows_stop_ends_the_child_and_its_grandchild():
    child, grandchild = _start_family()
    assert _alive(grandchild)
    assert stop_group(child, grace=10) == ["taskkill /T /F"]
    assert child.returncode is not None and not _alive(grandchild)


# ----------------------------------------------------------------------- the user data folder


def test_user_data_folder_on_windows_is_under_localappdata(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCING_DATA_DIR", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    folder = user_data_dir(platform="win32")
    assert folder == tmp_path / "AppData" / "Local" / APP_NAME and folder.is_dir()


def test_user_data_folder_on_linux_follows_xdg_and_ignores_an_empty_one(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCING_DATA_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert user_data_dir(platform="linux") == tmp_path / "xdg" / APP_NAME
    monkeypatch.setenv("XDG_DATA_HOME", "")  # the XDG spec: empty means unset
    assert user_data_dir(platform="linux") == tmp_path / "home" / ".local" / "share" / APP_NAME


def test_sourcing_data_dir_moves_the_folder_on_every_platform(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCING_DATA_DIR", str(tmp_path / "usb"))
    for platform in ("win32", "linux", "darwin"):
        assert user_data_dir(platform=platform) == tmp_path / "usb"


# ----------------------------------------------------- replacing a file another program holds


class _HeldOpen:
    """Stands in for Windows refusing to replace a file another program holds (it cannot be
    made on Linux): the first ``times`` renames fail as Windows fails them, then the real one runs."""

    def __init__(self, times: int):
        self.left, self.calls = times, 0

    def __call__(self, source: Path, target: Path) -> None:
        self.calls += 1
        if self.left:
            self.left -= 1
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        os.replace(source, target)


def test_windows_waits_for_a_scanner_to_let_go_of_the_file(tmp_path):
    source, target = tmp_path / "new.tmp", tmp_path / "informe.xlsx"
    source.write_text("new")
    target.write_text("old")
    held = _HeldOpen(times=3)
    replace_file(source, target, platform="win32", replace=held, pause=0.01)
    assert held.calls == 4 and target.read_text() == "new" and not source.exists()


def test_windows_names_a_file_that_stays_open_in_excel_and_keeps_it(tmp_path):
    source, target = tmp_path / "new.tmp", tmp_path / "informe.xlsx"
    source.write_text("new")
    target.write_text("old")
    with pytest.raises(FileNotWritable) as refused:
        replace_file(source, target, platform="win32", replace=_HeldOpen(times=99), pause=0.0)
    assert "informe.xlsx" in str(refused.value) and "Excel" in str(refused.value)
    assert isinstance(refused.value, OSError)  # callers that handle OSError still do
    assert target.read_text() == "old"


def test_posix_does_not_retry_a_refused_rename(tmp_path):
    source, target = tmp_path / "new.tmp", tmp_path / "x.csv"
    source.write_text("new")
    held = _HeldOpen(times=1)
    with pytest.raises(PermissionError) as refused:  # said by core.os_errors, with its advice
        replace_file(source, target, platform="linux", replace=held, pause=0.0)
    assert held.calls == 1 and not isinstance(refused.value, FileNotWritable)


@windows_only
def test_windows_refuses_to_replace_a_file_held_open_and_says_so(tmp_path):
    """The real thing on the Windows runner: a file opened without sharing delete access."""
    import msvcrt  # noqa: F401 - Windows only

    target = tmp_path / "informe.xlsx"
    target.write_text("old")
    with open(target, "rb"):  # Python opens without FILE_SHARE_DELETE: the rename must fail
        with pytest.raises(FileNotWritable):
            write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert not list(tmp_path.glob(".informe.xlsx.*.tmp"))  # no temporary file left behind
