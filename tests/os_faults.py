"""Real operating-system faults for tests: files and folders without permission, a full disk.

As root (containers, CI images) permissions do not apply, so ``unprivileged(command)`` runs a
command as ``nobody``; folders it must reach are made with ``world_folder()``. A full disk is a
real tmpfs of a few KB when the test may mount one; otherwise (only for ENOSPC, as the issue
allows) flushing a file there fails with ENOSPC at the OS boundary (os.fsync, as on a filesystem
with delayed allocation).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

NOBODY = 65534


def unprivileged(command: list[str]) -> list[str]:
    """``command`` run without root's power to ignore file permissions (as ``nobody`` when the
    tests run as root, as in containers; unchanged otherwise)."""
    if os.geteuid() != 0:
        return command
    setpriv = shutil.which("setpriv")
    assert setpriv, "running as root without setpriv (util-linux): permissions cannot be tested"
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]


@contextlib.contextmanager
def world_folder() -> Iterator[Path]:
    """A folder anyone may use (pytest's tmp_path is private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="sourcing-os-"))
    folder.chmod(0o777)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def full_disk(folder: Path, monkeypatch, size: str = "8k") -> Iterator[Path]:
    """``folder`` made a tiny disk: a mounted tmpfs of ``size``, else ENOSPC when a file there is flushed."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = (
        os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)]).returncode
        == 0
    )
    if not mounted:  # flushing to a full disk fails with ENOSPC (delayed allocation): at the OS boundary
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if Path(os.readlink(f"/proc/self/fd/{fd}")).parent == folder:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", fsync)
    try:
        yield folder
    finally:
        if mounted:
            subprocess.run(["umount", str(folder)], check=False)
