"""The DVC pipeline for real: `dvc repro` on a tiny params file in a copy of the project
reproduces the same metrics, takes in the officer's feedback labels and leaves a candidate
bundle the registry accepts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import REPO
from model_fixtures import tiny_pipeline_params

from core.model.bundle import verify_bundle
from core.model.registry import ModelRegistry

# five stages, each a process starting TensorFlow: minutes on two shared cores
pytestmark = [pytest.mark.heavy, pytest.mark.timeout(1200)]
TINY = tiny_pipeline_params({"engine": "pandas"})  # the pandas path; tests/test_retrain.py runs the Spark one


def _dvc(project: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["TF_CPP_MIN_LOG_LEVEL"] = "3"
    done = subprocess.run(
        [sys.executable, "-m", "dvc", *args], cwd=project, env=env, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(REPO / "core", root / "core", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data" / "reference", root / "data" / "reference")
    shutil.copytree(REPO / "resources", root / "resources", ignore=shutil.ignore_patterns("*.qm"))
    shutil.copy(REPO / "dvc.yaml", root / "dvc.yaml")
    (root / "params.yaml").write_text(yaml.safe_dump(TINY), encoding="utf-8")
    feedback = root / "data" / "feedback"
    feedback.mkdir(parents=True)
    (feedback / ".gitkeep").write_text("")
    pd.DataFrame(
        [
            {
                "supplier": "Cooperativa Real",
                "product": "Quinua",
                "ingredient": "quinoa",
                "pack_qty": 1,
                "pack_unit": "kg",
                "price": 12,
                "currency": "PEN",
                "origin": "Puno",
                "transport_mode": "truck",
                "certifications": "organic",
                "practice": "",
                "packaging": "",
                "lead_time_days": 3,
                "sustainability_score": 0.83,
            }
        ]
        * 3
    ).to_csv(feedback / "officer.csv", index=False)
    _dvc(root, "init", "--no-scm", "-q")
    return root


def test_repro_runs_every_stage_and_writes_metrics_and_a_candidate(project):
    done = _dvc(project, "repro")
    for stage in ("generate", "prepare", "train", "evaluate", "audit_experiment"):
        assert f"Running stage '{stage}'" in done.stdout
    assert "[train]" in done.stdout  # visible progress lines
    metrics = json.loads((project / "reports" / "metrics.json").read_text())
    for model in ("keras", "rubric", "ridge", "hgb"):
        assert {"mae", "rmse", "r2", "precision", "recall", "f1", "ndcg_at_3"} <= set(metrics[model])
    assert 0.0 <= metrics["keras"]["coverage"] <= 1.0
    assert 0.0 <= metrics["keras"]["coverage_supplier_p10"] <= metrics["keras"]["coverage"]
    assert len(metrics["hgb_search"]) == TINY["train"]["search"]["trials"]  # the same search budget as Keras
    assert (project / "reports" / "calibration.csv").is_file()
    curve = pd.read_csv(project / "reports" / "audit_experiment.csv")
    assert list(curve.columns) == ["audits", "rubric_only", "active", "random"]
    assert curve["audits"].tolist() == TINY["audit_experiment"]["sizes"]

    table = pd.read_parquet(project / "data" / "prepared" / "features.parquet", columns=["audited", "supplier"])
    assert table.loc[table["supplier"] == "Cooperativa Real", "audited"].sum() == 3

    lock = yaml.safe_load((project / "dvc.lock").read_text())
    md5 = [o["md5"] for o in lock["stages"]["generate"]["outs"] if o["path"] == "data/training"][0]
    meta = verify_bundle(project / "build" / "candidate")
    assert meta["dataset_hash"] == md5
    assert meta["metrics"]["keras"] == metrics["keras"]
    assert meta["params"]["train"]["members"] == 2
    registry = ModelRegistry([project / "models"])
    registry.promote(registry.register(project / "build" / "candidate"))
    assert registry.load_active().version == "v1"

    status = _dvc(project, "status")
    assert "changed" not in status.stdout


def test_repro_is_deterministic(project):
    first = json.loads((project / "reports" / "metrics.json").read_text())
    _dvc(project, "repro", "--force")
    assert json.loads((project / "reports" / "metrics.json").read_text()) == first
