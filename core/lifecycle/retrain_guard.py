"""A retraining leaves nothing behind: what the pipeline may change is saved before it runs and
put back exactly when it is cancelled, fails, or its process is killed.

``dvc repro`` rewrites dvc.lock after every stage and empties a stage's outputs before running
it; a run stopped half-way leaves a lock that describes outputs that are gone (before this
module: a modified dvc.lock and an empty data/prepared). So before the run, ``RunGuard.save``
copies dvc.lock and every output dvc.yaml declares (outs, metrics, plots, and the candidate
bundle) into ``.dvc/tmp/sourcing-retrain/``, with an owner file naming this process and the
process group of the pipeline. ``restore`` puts each path back as it was (or removes it when it
did not exist) and forgets the copy; ``discard`` forgets it after a successful run.

When the process that started the run is gone without either (kill -9, a crash, a power cut),
the next retraining finds the owner file of a dead process: ``recover_abandoned_run`` stops
what is left of its process group, puts everything back and says so in one sentence. The
watchdog (core.lifecycle.retrain_watchdog) usually does that within a second of the kill.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil  # installed with DVC, which retraining needs anyway
import yaml

RUN_FOLDER = Path(".dvc/tmp/sourcing-retrain")
OWNER_FILE = "owner.json"
MANIFEST_FILE = "manifest.json"
SAVED = "saved"
CANDIDATE = "build/candidate"


def pipeline_paths(project: Path) -> list[str]:
    """Every path dvc.yaml lets the pipeline write, plus dvc.lock and the candidate bundle."""
    spec = yaml.safe_load((project / "dvc.yaml").read_text(encoding="utf-8")) or {}
    paths = {"dvc.lock", CANDIDATE}
    for stage in (spec.get("stages") or {}).values():
        for kind in ("outs", "metrics", "plots"):
            for entry in stage.get(kind) or []:
                paths.add(next(iter(entry)) if isinstance(entry, dict) else str(entry))
    return sorted(p for p in paths if not Path(p).is_absolute() and ".." not in Path(p).parts)


def process_started(pid: int) -> float | None:
    """When process ``pid`` started (None if there is none): tells a live run from a reused pid."""
    try:
        return psutil.Process(pid).create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied, ValueError):
        return None


def _still_running(owner: dict[str, Any]) -> bool:
    pid, started = owner.get("pid"), owner.get("process_started")
    if not isinstance(pid, int):
        return False
    now_started = process_started(pid)
    return now_started is not None and (not isinstance(started, (int, float)) or abs(now_started - started) < 1.0)


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    return True


def stop_process_group(pgid: int, grace: float = 5.0) -> None:
    """SIGTERM to every process of the group, SIGKILL to what is left after ``grace`` seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pgid, sig)
        except (ProcessLookupError, PermissionError):
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            if not _group_alive(pgid):
                return
            time.sleep(0.1)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_dir() and not source.is_symlink():
        shutil.copytree(source, target, symlinks=True)
    else:
        shutil.copy2(source, target, follow_symlinks=False)


@dataclass
class RunGuard:
    project: Path

    @property
    def folder(self) -> Path:
        return self.project / RUN_FOLDER

    # -- the owner: who runs the pipeline --------------------------------------------------
    def owner(self) -> dict[str, Any] | None:
        try:
            data = json.loads((self.folder / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data if isinstance(data, dict) else None

    def set_group(self, pgid: int) -> None:
        """Record the pipeline's process group once it is started (for recovery)."""
        owner = self.owner() or {}
        owner["group"] = pgid
        (self.folder / OWNER_FILE).write_text(json.dumps(owner), encoding="utf-8")

    # -- saving, restoring ------------------------------------------------------------------
    def save(self) -> None:
        """Copy what the pipeline may change (the folder is replaced if a copy is left over)."""
        if self.folder.exists():
            shutil.rmtree(self.folder)
        saved = self.folder / SAVED
        saved.mkdir(parents=True)
        manifest = {}
        for relative in pipeline_paths(self.project):
            source = self.project / relative
            present = source.exists() or source.is_symlink()
            manifest[relative] = present
            if present:
                _copy(source, saved / relative)
        (self.folder / MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
        owner = {"pid": os.getpid(), "process_started": process_started(os.getpid()), "saved": time.time()}
        (self.folder / OWNER_FILE).write_text(json.dumps(owner), encoding="utf-8")

    def restore(self) -> bool:
        """Put every saved path back as it was; False when there was nothing saved."""
        try:
            manifest = json.loads((self.folder / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return False
        saved = self.folder / SAVED
        for relative, present in manifest.items():
            target = self.project / relative
            with contextlib.suppress(FileNotFoundError):
                _remove(target)
            if present and ((saved / relative).exists() or (saved / relative).is_symlink()):
                _copy(saved / relative, target)
        self.discard()
        return True

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def recover_abandoned_run(project: Path) -> int | None:
    """Undo a run whose process died without cleaning up; returns its pid (None: nothing to do).

    What is left of its pipeline (DVC, the stage, Spark's JVM and workers, holding DVC's lock)
    is stopped first, so the lock is free and nothing writes while the files are put back."""
    guard = RunGuard(project)
    owner = guard.owner()
    if owner is None:
        if guard.folder.exists():  # saved without an owner file: a run that died while saving
            guard.discard()
        return None
    pid = owner.get("pid")
    if not isinstance(pid, int) or pid == os.getpid() or _still_running(owner):
        return None
    group = owner.get("group")
    if isinstance(group, int) and group > 1:
        stop_process_group(group)
    guard.restore()
    return pid
