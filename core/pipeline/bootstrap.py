"""Make sure a model is active: when none is, run the DVC pipeline (``dvc repro``) with its
progress lines streamed, then register and promote the candidate it produced.

``python -m core.pipeline.bootstrap`` (the README's run command calls ``ensure_model``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from core.errors import UserError
from core.i18n import tr
from core.model.registry import ModelRegistry
from core.paths import app_root
from core.progress import Progress

STAGES = ("generate", "prepare", "train", "evaluate", "audit_experiment")


def run_pipeline(root: Path | None = None, progress: Progress | None = None, force: bool = False) -> Path:
    """``dvc repro`` in ``root`` (default: the source tree) as a child process; returns the
    candidate bundle folder. Each stage's start moves the progress on by a quarter."""
    root = Path(root or app_root())
    progress = progress or Progress.silent()
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    command = [sys.executable, "-m", "dvc", "repro"] + (["--force"] if force else [])
    try:
        child = subprocess.Popen(
            command, cwd=root, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
        )
    except OSError as exc:
        raise UserError(tr("The training pipeline could not be started: {reason}.", reason=exc)) from exc
    assert child.stdout is not None
    done = 0.0
    for line in child.stdout:
        line = line.rstrip()
        for k, stage in enumerate(STAGES):
            if line.startswith(f"Running stage '{stage}'"):
                done = k / len(STAGES)
        if line:
            progress.step(done, line)
    if child.wait() != 0:
        raise UserError(
            tr("The training pipeline failed (dvc repro exit code {code}); see the log above.", code=child.returncode)
        )
    progress.step(1.0, tr("pipeline finished"))
    return root / "build" / "candidate"


def ensure_model(progress: Progress | None = None, registry=None) -> str:
    """Return the active model version, training and promoting the default one if none is."""
    registry = registry or ModelRegistry()
    active = registry.active_version()
    if active:
        return active
    candidate = run_pipeline(progress=progress)
    version = registry.register(candidate)
    registry.promote(version)
    return version


def main() -> int:
    def show(fraction: float, message: str) -> None:
        print(f"[{fraction:4.0%}] {message}", file=sys.stderr, flush=True)

    try:
        version = ensure_model(Progress(show))
    except UserError as exc:
        print(f"sourcing: {exc}", file=sys.stderr)
        return 2
    print(tr("Model {version} is active.", version=version))
    return 0


if __name__ == "__main__":
    sys.exit(main())
