"""Reproducible anywhere: the training data that `dvc repro` generates are the same bytes in
another process, another folder, another time zone, locale and hash seed, so the md5 DVC
records in dvc.lock (the way it hashes a directory) is the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from conftest import REPO
from model_fixtures import tiny_pipeline_params

pytestmark = pytest.mark.heavy


def project(root: Path, params: dict | None = None) -> Path:
    """A fresh folder with what the generate stage reads; the tiny parameters unless ``params``."""
    shutil.copytree(REPO / "core", root / "core", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data" / "reference", root / "data" / "reference")
    shutil.copytree(REPO / "resources", root / "resources", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copy(REPO / "dvc.yaml", root / "dvc.yaml")
    chosen = params or tiny_pipeline_params({"engine": "pandas"})
    (root / "params.yaml").write_text(yaml.safe_dump(chosen), encoding="utf-8")
    return root


def dvc(root: Path, env_changes: dict[str, str], *args: str) -> None:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.update(env_changes)
    done = subprocess.run(
        [sys.executable, "-m", "dvc", *args], cwd=root, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]


def generated_md5(root: Path, env_changes: dict[str, str]) -> str:
    dvc(root, env_changes, "init", "--no-scm", "-q")
    dvc(root, env_changes, "repro", "generate")
    lock = yaml.safe_load((root / "dvc.lock").read_text(encoding="utf-8"))
    return next(o["md5"] for o in lock["stages"]["generate"]["outs"] if o["path"] == "data/training")


def test_two_machines_generate_the_same_training_data_md5(tmp_path):
    first = generated_md5(
        project(tmp_path / "one"), {"PYTHONHASHSEED": "1", "TZ": "UTC", "LC_ALL": "C.UTF-8", "OMP_NUM_THREADS": "1"}
    )
    second = generated_md5(
        project(tmp_path / "elsewhere" / "two"),
        {"PYTHONHASHSEED": "4242", "TZ": "America/Lima", "LC_ALL": "C", "OMP_NUM_THREADS": "2"},
    )
    assert first == second
    written = pq.read_metadata(tmp_path / "one" / "data" / "training" / "offers.parquet")
    assert written.metadata is None  # no pandas / Arrow schema metadata naming library versions


@pytest.mark.slow
def test_the_committed_dvc_lock_md5_of_the_training_data_is_regenerated_elsewhere(tmp_path):
    """The full training data of params.yaml, generated in a fresh folder with another time
    zone, locale and hash seed, is the directory DVC recorded in the committed dvc.lock."""
    params = yaml.safe_load((REPO / "params.yaml").read_text(encoding="utf-8"))
    lock = yaml.safe_load((REPO / "dvc.lock").read_text(encoding="utf-8"))
    committed = next(o["md5"] for o in lock["stages"]["generate"]["outs"] if o["path"] == "data/training")
    env = {"PYTHONHASHSEED": "777", "TZ": "Asia/Tokyo", "LC_ALL": "C", "OMP_NUM_THREADS": "1"}
    assert generated_md5(project(tmp_path / "another" / "clone", params), env) == committed
