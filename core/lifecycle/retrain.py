"""Retraining: run the DVC pipeline (``dvc repro``) as a child process, turn its output into
progress, stop it cleanly on cancel, and register the candidate bundle it leaves.

``retrain(project, progress, on_event=...)`` is a plain function: the command line
(``sourcing retrain``) prints its events as JSON lines, the admin screen runs that command
as a separate process and parses them, and the tests call it directly.

- Progress: the stages print ``[stage]  42.0% message`` lines (core.pipeline); DVC prints
  ``Running stage 'x'`` and ``Stage 'x' didn't change, skipping``. Each stage has a share of
  the whole (STAGE_SHARE), so the fraction only grows.
- Cancel (``progress.cancel()``, which the CLI calls on SIGINT/SIGTERM): the child runs in
  its own process group; it gets SIGINT (DVC stops and releases its locks, the stage script
  stops, pyspark's JVM exits with it and Spark kills its executors), then SIGTERM and SIGKILL
  if it lingers (on Windows the whole tree is ended at once: core.lifecycle.process_group).
  dvc.lock and every output were saved before the run (retrain_guard) and are
  put back exactly, also when the pipeline fails; nothing is registered, and the active model
  is never touched (promotion is always a separate, human step).
- Killed (kill -9, a crash): the pipeline's first process gets SIGTERM from the kernel (Linux
  PR_SET_PDEATHSIG) and a watchdog process (retrain_watchdog) stops the rest of its group and
  puts the files back. If even that did not happen (a power cut), the next retraining finds the
  abandoned run, stops its leftovers, puts the files back and says so before it starts.
- Refusals, one sentence each: no project, a DVC lock held by another process, Java missing or
  too old (Spark engine), a cluster that cannot be reached.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
import zc.lockfile

from core.errors import Cancelled, UserError
from core.i18n import LANGUAGE_ENV, N_, current_language, tr
from core.lifecycle.process_group import follow_output, popen_options
from core.lifecycle.retrain_guard import RunGuard, recover_abandoned_run
from core.lifecycle.retrain_watchdog import death_signal_supported, die_with_parent, start_watchdog, stop_watchdog
from core.lifecycle.spark_config import check_java, check_master_reachable, override_environment, spark_params
from core.model.bundle import read_metadata
from core.model.registry import ModelRegistry
from core.progress import Progress

STAGES = ("generate", "prepare", "train", "evaluate", "audit_experiment")
# audit_experiment reruns only when the code, catalogs or synthetic data change, not with new audits
STAGE_SHARE = {
    "generate": 0.10,
    "prepare": 0.20,
    "train": 0.45,
    "evaluate": 0.10,
    "audit_experiment": 0.10,
    "register": 0.05,
}
# what the command line calls each stage in its progress lines (the admin screen has its own words)
STAGE_NAMES = {
    "start": N_("starting"),
    "pull": N_("getting the data"),
    "generate": N_("generating"),
    "prepare": N_("preparing the data"),
    "train": N_("training"),
    "evaluate": N_("evaluating"),
    "audit_experiment": N_("measuring how audits teach the model"),
    "register": N_("registering the candidate"),
    "done": N_("done"),
}
CANDIDATE = Path("build/candidate")
LOCK_FILE = Path(".dvc/tmp/lock")
STAGE_LINE = re.compile(r"^\[(?P<stage>\w+)\]\s+(?P<percent>[\d.]+)% ?(?P<message>.*?)(?:\s+\(\d+ s\))?$")
RUNNING = re.compile(r"Running stage '(?P<stage>[\w-]+)'")
SKIPPED = re.compile(r"Stage '(?P<stage>[\w-]+)' (?:didn't change|is cached)")
USER_ERROR = re.compile(r"\b(?:UserError|ReadError|BundleError|RetrainError): (?P<sentence>.+)$")
LOCK_BUSY = ("Unable to acquire lock", "is busy, it is being blocked by")
GRACE_SECONDS = 15.0

Event = Callable[[dict[str, Any]], None]


class RetrainError(UserError):
    """The pipeline failed or was refused; the message is one sentence."""


@dataclass(frozen=True)
class RetrainResult:
    version: str
    candidate: Path
    metrics: dict[str, Any]
    dataset_hash: str


@dataclass(frozen=True)
class Overrides:
    """Command-line overrides of params.yaml's ``spark`` section (None: keep the file's)."""

    master: str | None = None
    driver_memory: str | None = None
    parallelism: int | None = None
    engine: str | None = None


class StageTracker:
    """DVC's and the stages' output lines -> (stage, overall fraction, message) events."""

    def __init__(self, emit: Event):
        self.emit = emit
        self.done = 0.0  # share of the stages finished or skipped
        self.stage: str | None = None
        self.fraction = 0.0

    def _start(self, stage: str | None) -> None:
        """The stage that runs now (None: none); the one before it counts as finished."""
        if self.stage and self.stage != stage:
            self.done += STAGE_SHARE.get(self.stage, 0.0)
        self.stage = stage

    def feed(self, line: str) -> None:
        line = line.rstrip()
        if match := RUNNING.search(line):
            self._start(match["stage"])
            self._emit(match["stage"], 0.0, tr("running stage {stage}", stage=match["stage"]))
        elif match := SKIPPED.search(line):
            stage = match["stage"]
            self._start(None)  # a skipped stage comes after the running one has finished
            self.done += STAGE_SHARE.get(stage, 0.0)
            self._emit(stage, 1.0, tr("stage {stage} is up to date, skipped", stage=stage), within_stage=False)
        elif match := STAGE_LINE.match(line):
            stage = match["stage"]
            if stage != self.stage:
                self._start(stage)
            self._emit(stage, float(match["percent"]) / 100.0, match["message"])

    def finish_pipeline(self) -> None:
        if self.stage:
            self.done += STAGE_SHARE.get(self.stage, 0.0)
            self.stage = None

    def _emit(self, stage: str, within: float, message: str, *, within_stage: bool = True) -> None:
        share = STAGE_SHARE.get(stage, 0.0) if within_stage and stage == self.stage else 0.0
        overall = min(max(self.done + share * min(max(within, 0.0), 1.0), self.fraction), 1.0)
        self.fraction = overall
        self.emit({"stage": stage, "fraction": round(overall, 4), "message": message})


def read_params(project: Path) -> dict[str, Any]:
    path = project / "params.yaml"
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}) if path.is_file() else {}


def check_project(project: Path) -> None:
    if not (project / "dvc.yaml").is_file() or not (project / ".dvc").is_dir():
        raise RetrainError(
            tr("{path} is not a project with a DVC pipeline (dvc.yaml and .dvc are needed).", path=project)
        )


def check_dvc_lock(project: Path) -> None:
    """Refuse when another DVC process holds the repository lock."""
    lock_path = project / LOCK_FILE
    if not lock_path.exists():
        return

    try:
        zc.lockfile.LockFile(str(lock_path)).close()
    except zc.lockfile.LockError:
        raise RetrainError(
            tr("Another DVC command is running in {path}; wait until it finishes and try again.", path=project)
        ) from None


def check_spark(project: Path, overrides: Overrides) -> str:
    """Java and the cluster, when the stages will use Spark; returns the engine."""

    env = {**os.environ, **override_environment(**overrides.__dict__)}
    params = spark_params(read_params(project), env)
    if params.use_spark:
        check_java()
        check_master_reachable(params.config.master)
    return params.engine


def child_environment(overrides: Overrides) -> dict[str, str]:
    env = dict(os.environ)
    env.update(override_environment(**overrides.__dict__))
    env[LANGUAGE_ENV] = current_language()  # the stages speak the language of this run
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONUNBUFFERED"] = "1"
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("DVC_NO_ANALYTICS", "1")  # no usage reports from a back-office PC, no lingering daemon
    return env


def _failure_sentence(tail: list[str]) -> str:
    text = "\n".join(tail)
    if any(marker in text for marker in LOCK_BUSY):
        return tr("Another DVC command is running in this project; wait until it finishes and try again.")
    for line in reversed(tail):  # a stage's own one-sentence error (e.g. the cluster went away)
        if match := USER_ERROR.search(line):
            return match["sentence"].strip()
    for line in reversed(tail):
        line = line.strip()
        if line.startswith("ERROR:") or line.startswith("sourcing:") or "Error" in line.split(":")[0]:
            reason = re.sub(r"^(ERROR:|sourcing:)\s*", "", line)
            return tr("Retraining failed: {reason}", reason=reason[:300])
    return tr("Retraining failed; the log above says where.")


def run_pipeline(
    project: Path,
    progress: Progress,
    emit: Event,
    overrides: Overrides,
    log: Callable[[str], None] | None = None,
    force: bool = False,
    poll: float = 0.2,
) -> None:
    """``dvc repro`` in its own process group; cancel stops it and restores the outputs."""
    env = child_environment(overrides)
    command = [sys.executable, "-m", "dvc", "repro", *(["--force"] if force else [])]
    process = subprocess.Popen(
        command,
        cwd=project,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        bufsize=1,
        **popen_options(),  # its own process group: one signal reaches DVC, the stage, the JVM
        preexec_fn=die_with_parent if death_signal_supported() else None,
    )
    RunGuard(project).set_group(process.pid)
    watchdog = start_watchdog(process.pid, project)
    tracker = StageTracker(emit)
    tail: deque[str] = deque(maxlen=60)

    def line_out(line: str) -> None:
        tail.append(line.rstrip())
        if log:
            log(line)
        tracker.feed(line)

    def check() -> None:
        if progress.cancelled:
            raise Cancelled()

    try:
        follow_output(process, line_out, check, GRACE_SECONDS, poll)
    finally:
        stop_watchdog(watchdog)  # this process is alive and cleans up itself
    if process.returncode != 0:
        raise RetrainError(_failure_sentence(list(tail)))
    tracker.finish_pipeline()


def retrain(
    project: str | Path,
    progress: Progress | None = None,
    on_event: Event | None = None,
    overrides: Overrides = Overrides(),
    registry=None,
    log: Callable[[str], None] | None = None,
    force: bool = False,
) -> RetrainResult:
    """Run the pipeline in ``project`` and register its candidate (never promoted)."""
    project = Path(project).resolve()
    progress = progress or Progress.silent()
    emit = on_event or (lambda event: None)

    def event(data: dict[str, Any]) -> None:
        emit(data)
        if progress.report is not None:
            stage = str(data["stage"])
            name = tr(STAGE_NAMES[stage]) if stage in STAGE_NAMES else stage
            progress.report(data["fraction"], f"{name}: {data['message']}")

    check_project(project)
    abandoned = recover_abandoned_run(project)  # also frees DVC's lock if its leftovers held it
    if abandoned is not None:
        event({"stage": "start", "fraction": 0.0, "message": abandoned_sentence(abandoned)})
    check_dvc_lock(project)
    engine = check_spark(project, overrides)
    event({"stage": "start", "fraction": 0.0, "message": tr("running the pipeline ({engine})", engine=engine)})
    guard = RunGuard(project)
    guard.save()
    try:
        run_pipeline(project, progress, event, overrides, log, force)
        progress.check()
    except BaseException:  # cancelled, failed or interrupted: everything as it was before
        guard.restore()
        raise
    guard.discard()
    candidate = project / CANDIDATE
    registry = registry or ModelRegistry()
    version = registry.register(candidate)  # atomic: a staging folder renamed into place
    meta = read_metadata(registry.path_of(version))
    event(
        {
            "stage": "register",
            "fraction": 1.0,
            "message": tr(
                "candidate registered as {version}; promote it with `sourcing models promote {version}`",
                version=version,
            ),
        }
    )
    return RetrainResult(
        version, registry.path_of(version), dict(meta.get("metrics", {})), str(meta.get("dataset_hash", ""))
    )


def abandoned_sentence(pid: int) -> str:
    return tr(
        "A previous retraining (process {pid}) ended without finishing; what was left of it was stopped and "
        "the pipeline's files were put back as they were.",
        pid=pid,
    )


def event_line(event: dict[str, Any]) -> str:
    """One JSON object per line: what the admin screen parses."""
    return json.dumps(event, ensure_ascii=False, sort_keys=True)


__all__ = ["Overrides", "RetrainError", "RetrainResult", "StageTracker", "event_line", "retrain"]
