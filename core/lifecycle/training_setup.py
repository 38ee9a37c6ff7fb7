"""The training data on a PC that does not have them yet (a fresh install: data/training is
tracked by DVC, not by git, so a checkout or an installer brings only dvc.lock).

``prepare_training_data`` gets them the way the pipeline would: ``dvc pull`` of data/training
from the DVC remote when one is configured (the admin screen's setting, else the project's
default remote in .dvc/config), else ``dvc repro generate`` (the pipeline's own generate stage:
the synthetic data are drawn from params.yaml's seed, so they are the version dvc.lock names).
A remote that cannot be reached falls back to generating, and the result says so.

DVC runs as a child process in its own process group; cancel stops the group (as retraining
does) and the generate stage's output lines drive the progress. Nothing else is touched: the
model, the registry and the feedback labels stay as they were. Failures are one sentence.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from core.errors import Cancelled, UserError
from core.i18n import tr
from core.lifecycle.dataset_versions import TRAINING, TRAINING_FILE
from core.lifecycle.process_group import follow_output
from core.lifecycle.retrain import STAGE_LINE, Overrides, check_dvc_lock, check_project, child_environment
from core.progress import Progress

PULLED, GENERATED = "pulled", "generated"


@dataclass(frozen=True)
class PreparedData:
    how: str  # PULLED or GENERATED
    remote: str  # the remote pulled from (or that failed), "" when there is none
    note: str  # why the remote was not used, "" when it was (or there is none)


def training_data_present(root: Path) -> bool:
    return (Path(root) / TRAINING_FILE).is_file()


def default_remote(root: Path) -> str:
    """The project's default DVC remote (``core.remote`` in .dvc/config.local or .dvc/config)."""
    for name in ("config.local", "config"):
        parser = configparser.ConfigParser()
        try:
            parser.read(Path(root) / ".dvc" / name, encoding="utf-8")
        except (configparser.Error, UnicodeDecodeError):
            continue
        remote = parser.get("core", "remote", fallback="").strip()
        if remote:
            return remote
    return ""


def data_remote(root: Path, setting: str) -> str:
    """The remote to pull from: the admin's setting, else the project's default ("" for none)."""
    return setting.strip() or default_remote(root)


def _run_dvc(root: Path, arguments: list[str], progress: Progress, start: float, end: float) -> list[str]:
    """``dvc <arguments>`` in its own process group; returns its output lines. The generate
    stage's ``[generate] 42.0% message`` lines move the progress from ``start`` to ``end``."""
    process = subprocess.Popen(
        [sys.executable, "-m", "dvc", *arguments],
        cwd=root,
        env=child_environment(Overrides()),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        bufsize=1,
        start_new_session=True,  # one signal reaches DVC and the stage it runs
    )
    output: list[str] = []

    def line_out(line: str) -> None:
        output.append(line)
        if match := STAGE_LINE.match(line.strip()):
            fraction = min(float(match["percent"]) / 100, 1.0)
            progress.step(start + (end - start) * fraction, match["message"] or "")

    follow_output(process, line_out, progress.check, grace=5.0)
    if process.returncode != 0:
        raise UserError(_reason(output, process.returncode))
    return output


def _reason(output: list[str], code: int) -> str:
    """DVC's own words for a failure: its last ERROR line (with what follows a closing colon,
    e.g. the targets it could not check out), else its last line."""
    lines = [line.strip() for line in output]
    for k in range(len(lines) - 1, -1, -1):
        if lines[k].startswith("ERROR"):
            reason = lines[k].removeprefix("ERROR:").strip()
            if reason.endswith(":"):
                reason += " " + ", ".join(line for line in lines[k + 1 : k + 4] if line)
            return reason.strip()[:300]
    last = next((line.strip() for line in reversed(output) if line.strip()), "")
    return last[:300] or tr("exit code {code}", code=code)


def prepare_training_data(root: str | Path, remote: str = "", progress: Progress | None = None) -> PreparedData:
    """Pull data/training from ``remote`` (else the project's default remote), or generate it.
    Cancelled, it leaves no training data it had begun to bring (DVC stopped mid-way may already
    have written some, e.g. restoring a run from its cache in a blink)."""
    root = Path(root)
    had_data = (root / TRAINING).exists()
    try:
        return _prepare(root, remote, progress or Progress.silent())
    except Cancelled:
        if not had_data:
            shutil.rmtree(root / TRAINING, ignore_errors=True)
        raise


def _prepare(root: Path, remote: str, progress: Progress) -> PreparedData:
    if getattr(sys, "frozen", False):  # the installed app has no Python to run DVC with (sys.executable is the app)
        raise UserError(
            tr(
                "This installed app cannot get the training data: they are prepared on the admin computer with a "
                "Python install of the project (docs/installing.md, 'Retraining and Java')."
            )
        )
    check_project(root)
    check_dvc_lock(root)
    remote = data_remote(root, remote)
    note = ""
    if remote:
        progress.step(0.05, tr("Getting the training data from the DVC remote “{remote}”…", remote=remote))
        try:
            _run_dvc(root, ["pull", "-r", remote, TRAINING], progress, 0.05, 0.9)
        except UserError as error:
            note = tr(
                "The DVC remote “{remote}” could not give the training data (DVC says: {reason}); "
                "they were generated here instead, with the pipeline's generate stage.",
                remote=remote,
                reason=str(error),
            )
        else:
            if training_data_present(root):
                progress.step(1.0)
                return PreparedData(PULLED, remote, "")
            note = tr(
                "The DVC remote “{remote}” does not hold this version of the training data; they were generated "
                "here instead, with the pipeline's generate stage.",
                remote=remote,
            )
    progress.step(0.1, tr("Generating the training data with the pipeline's generate stage…"))
    try:
        _run_dvc(root, ["repro", "generate"], progress, 0.1, 0.95)
    except UserError as error:
        raise UserError(tr("The training data could not be generated: {reason}", reason=str(error))) from error
    if not training_data_present(root):
        raise UserError(
            tr("The generate stage finished but left no training data in {path}.", path=root / TRAINING_FILE)
        )
    progress.step(1.0)
    return PreparedData(GENERATED, remote, note)
