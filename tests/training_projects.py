"""Small real DVC projects for the training-data set-up tests: the project's generate stage on
a few hundred offers, the data pushed to a local DVC remote, then removed as on a fresh install."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

PIPELINE = {
    "stages": {
        "generate": {
            "cmd": "python -m core.pipeline.generate --params params.yaml",
            "params": ["generate"],
            "outs": ["data/training"],
        }
    }
}
PARAMS = {"generate": {"seed": 7, "n_offers": 300, "n_suppliers": 30}}


def dvc(root: Path, *arguments: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    env["DVC_NO_ANALYTICS"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "dvc", *arguments], cwd=root, env=env, capture_output=True, text=True, check=True
    )


def fresh_install(folder: Path, remote: Path | None = None) -> Path:
    """A project whose dvc.lock names a training data version that is not on this PC; with
    ``remote``, that version was pushed there first (the default remote of the project)."""
    folder.mkdir(parents=True)
    (folder / "dvc.yaml").write_text(yaml.safe_dump(PIPELINE), encoding="utf-8")
    (folder / "params.yaml").write_text(yaml.safe_dump(PARAMS), encoding="utf-8")
    dvc(folder, "init", "--no-scm", "-q")
    dvc(folder, "repro", "generate")
    if remote is not None:
        dvc(folder, "remote", "add", "-d", "storage", str(remote))
        dvc(folder, "push", "-q")
    shutil.rmtree(folder / "data" / "training")
    shutil.rmtree(folder / ".dvc" / "cache")
    return folder
