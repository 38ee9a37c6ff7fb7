"""Small real DVC projects for the training-data set-up tests: the project's generate stage on
a few hundred offers, the data pushed to a local DVC remote, then removed as on a fresh install."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
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


_TEMPLATES: dict[bool, Path] = {}


def _template(with_remote: bool) -> Path:
    """Built once per test process (the generate stage takes seconds), copied for each test."""
    if with_remote not in _TEMPLATES:
        base = Path(tempfile.mkdtemp(prefix="training-project-"))
        atexit.register(shutil.rmtree, base, True)
        folder = base / "project"
        folder.mkdir()
        (folder / "dvc.yaml").write_text(yaml.safe_dump(PIPELINE), encoding="utf-8")
        (folder / "params.yaml").write_text(yaml.safe_dump(PARAMS), encoding="utf-8")
        dvc(folder, "init", "--no-scm", "-q")
        dvc(folder, "repro", "generate")
        if with_remote:
            dvc(folder, "remote", "add", "-d", "storage", str(base / "storage"))
            dvc(folder, "push", "-q")
        shutil.rmtree(folder / "data" / "training")
        shutil.rmtree(folder / ".dvc" / "cache")
        _TEMPLATES[with_remote] = folder
    return _TEMPLATES[with_remote]


def fresh_install(folder: Path, remote: bool = False) -> Path:
    """A project whose dvc.lock names a training data version that is not on this PC; with
    ``remote``, that version was pushed first to the project's default DVC remote "storage"."""
    shutil.copytree(_template(remote), folder)
    return folder
