"""`sourcing retrain`: the real DVC pipeline on Spark (local[1]) in a copy of the project,
its JSON progress lines, cancellation that leaves everything as it was, and the one-sentence
refusals (busy DVC lock, no Java, unreachable cluster)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
import yaml
from conftest import REPO
from model_fixtures import tiny_bundle_dir, tiny_pipeline_params

from core.lifecycle.retrain import StageTracker

TINY = tiny_pipeline_params({"engine": "spark", "master": "local[1]", "driver_memory": "1g", "parallelism": 1})


def make_project(root: Path) -> Path:
    """What the pipeline needs: core (importable from the project folder), the catalogs, the
    translations, dvc.yaml, tiny params, a feedback label file and a DVC repository."""
    shutil.copytree(REPO / "core", root / "core", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(REPO / "data" / "reference", root / "data" / "reference")
    shutil.copytree(
        REPO / "resources" / "translations", root / "resources" / "translations", ignore=shutil.ignore_patterns("*.qm")
    )
    shutil.copy(REPO / "dvc.yaml", root / "dvc.yaml")
    (root / "params.yaml").write_text(yaml.safe_dump(TINY), encoding="utf-8")
    feedback = root / "data" / "feedback"
    feedback.mkdir(parents=True)
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
    subprocess.run(
        [sys.executable, "-m", "dvc", "init", "--no-scm", "-q"],
        cwd=root,
        check=True,
        env={**os.environ, "DVC_NO_ANALYTICS": "1"},
    )
    return root


def with_active_model(user_data: Path) -> str:
    """A registry holding one promoted model, as on a machine that already scores offers."""
    from core.model.registry import ModelRegistry

    registry = ModelRegistry([user_data / "models"])
    version = registry.register(tiny_bundle_dir())
    registry.promote(version)
    return version


def environment(user_data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(SOURCING_DATA_DIR=str(user_data), TF_CPP_MIN_LOG_LEVEL="3", PYTHONUNBUFFERED="1", DVC_NO_ANALYTICS="1")
    env.pop("PYTHONPATH", None)
    return env


def retrain_process(project: Path, user_data: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "core.cli", "--lang", "en", "retrain", *args],
        cwd=project,
        env=environment(user_data),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def lock_md5(project: Path, stage: str, out: str) -> str:
    lock = yaml.safe_load((project / "dvc.lock").read_text(encoding="utf-8"))
    return [o["md5"] for o in lock["stages"][stage]["outs"] if o["path"] == out][0]


def processes_in(project: Path) -> list[str]:
    import psutil

    found = []
    for process in psutil.process_iter(["cwd", "cmdline"]):
        try:
            if process.info["cwd"] and Path(process.info["cwd"]) == project:
                found.append(" ".join(process.info["cmdline"] or [])[:120])
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


# ------------------------------------------------------------------ progress lines, no pipeline


def test_stage_lines_become_growing_fractions():
    events = []
    tracker = StageTracker(events.append)
    for line in [
        "Stage 'generate' didn't change, skipping",
        "Running stage 'prepare':",
        "[prepare]  50.0% featurising every offer (mapInPandas)  (3 s)",
        "Running stage 'train':",
        "[train]  25.0% 2 trials: 1/2 tasks done  (21 s)",
        "some other log line",
        "Running stage 'evaluate':",
        "[evaluate] 100.0% MAE keras 0.1  (4 s)",
    ]:
        tracker.feed(line)
    assert [e["stage"] for e in events] == ["generate", "prepare", "prepare", "train", "train", "evaluate", "evaluate"]
    fractions = [e["fraction"] for e in events]
    assert fractions == sorted(fractions) and fractions[0] == 0.1 and fractions[-1] == 0.95
    assert events[2] == {"stage": "prepare", "fraction": 0.2, "message": "featurising every offer (mapInPandas)"}


def test_a_failed_stage_is_told_in_one_sentence():
    from core.lifecycle.retrain import _failure_sentence

    lost = [
        "Traceback (most recent call last):",
        "core.errors.UserError: The Spark cluster at spark://10.0.0.5:7077 "
        "cannot be reached; check the address in the settings or that the cluster is running.",
        "ERROR: failed to reproduce 'prepare': failed to run: python -m core.pipeline.prepare, exited with 1",
    ]
    assert _failure_sentence(lost).startswith("The Spark cluster at spark://10.0.0.5:7077 cannot be reached")
    assert "Another DVC command is running" in _failure_sentence(["ERROR: Unable to acquire lock. Most likely"])
    assert _failure_sentence(lost[2:]) == (
        "Retraining failed: failed to reproduce 'prepare': failed to run: "
        "python -m core.pipeline.prepare, exited with 1"
    )


# ------------------------------------------------------------------ refusals: one sentence, exit 2


@pytest.fixture
def bare_project(tmp_path):
    (tmp_path / "dvc.yaml").write_text("stages: {}\n")
    (tmp_path / "params.yaml").write_text(yaml.safe_dump({"spark": {"engine": "spark", "master": "local[1]"}}))
    subprocess.run(
        [sys.executable, "-m", "dvc", "init", "--no-scm", "-q"],
        cwd=tmp_path,
        check=True,
        env={**os.environ, "DVC_NO_ANALYTICS": "1"},
    )
    return tmp_path


def _refusal(capsys, *args) -> str:
    from core.cli import main

    assert main(["retrain", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    return err


def test_a_busy_dvc_lock_is_refused_in_one_sentence(bare_project, capsys):
    import zc.lockfile

    held = zc.lockfile.LockFile(str(bare_project / ".dvc" / "tmp" / "lock"))
    try:
        err = _refusal(capsys, "--project", str(bare_project))
    finally:
        held.close()
    assert "Another DVC command is running" in err


def test_missing_java_is_refused_in_one_sentence(bare_project, capsys, monkeypatch, tmp_path_factory):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path_factory.mktemp("no-java")))
    err = _refusal(capsys, "--project", str(bare_project))
    assert "needs Java 17 or newer and no Java was found" in err


def test_an_unreachable_cluster_is_refused_in_one_sentence(bare_project, capsys):
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    err = _refusal(capsys, "--project", str(bare_project), "--master", f"spark://127.0.0.1:{port}")
    assert f"spark://127.0.0.1:{port} cannot be reached" in err


def test_a_folder_without_a_pipeline_is_refused(tmp_path, capsys):
    assert "is not a project with a DVC pipeline" in _refusal(capsys, "--project", str(tmp_path))


# ------------------------------------------------------------------ the real pipeline


def test_retrain_runs_the_pipeline_on_spark_and_registers_a_candidate(tmp_path):
    project = make_project(tmp_path / "project")
    user_data = tmp_path / "userdata"
    active = with_active_model(user_data)
    process = retrain_process(project, user_data)
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-3000:]

    events = [json.loads(line) for line in out.splitlines()]
    assert all(set(e) == {"stage", "fraction", "message"} for e in events)
    stages = [e["stage"] for e in events]
    for stage in ("generate", "prepare", "train", "evaluate", "register"):
        assert stage in stages
    fractions = [e["fraction"] for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any("tasks done" in e["message"] for e in events if e["stage"] == "train")  # trials on Spark

    from core.model.bundle import verify_bundle
    from core.model.registry import ModelRegistry

    registry = ModelRegistry([user_data / "models"])
    assert registry.active_version() == active  # registered, never promoted
    candidate = [v for v in registry.list_versions() if v.version != active]
    assert len(candidate) == 1 and candidate[0].valid
    meta = verify_bundle(candidate[0].path)
    assert meta["dataset_hash"] == lock_md5(project, "generate", "data/training")
    assert meta["metrics"]["keras"]["mae"] >= 0
    assert "registered" in err.splitlines()[-1] and "active model is unchanged" in err.splitlines()[-1]
    assert (project / "data" / "prepared" / "features.parquet").is_dir()  # written by Spark
    assert not processes_in(project)


def test_cancel_stops_spark_and_leaves_everything_as_it_was(tmp_path):
    project = make_project(tmp_path / "project")
    user_data = tmp_path / "userdata"
    active = with_active_model(user_data)
    models_before = sorted(p.name for p in (user_data / "models").iterdir())
    process = retrain_process(project, user_data)
    for line in process.stdout:  # wait until the first stage is done and Spark is at work
        event = json.loads(line)
        if event["stage"] == "prepare" and "Spark partitions" in event["message"]:
            break
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=180)
    assert process.returncode == 130, err[-3000:]
    assert "cancelled" in err.splitlines()[-1]

    from core.lifecycle.retrain import check_dvc_lock
    from core.model.registry import ModelRegistry

    registry = ModelRegistry([user_data / "models"])
    assert registry.active_version() == active
    assert sorted(p.name for p in (user_data / "models").iterdir()) == models_before  # nothing half-registered
    assert not (project / "build" / "candidate").exists()
    training = project / "data" / "training" / "offers.parquet"
    assert training.is_file()  # the dataset of the finished first stage is intact
    lock = yaml.safe_load((project / "dvc.lock").read_text(encoding="utf-8"))
    assert set(lock["stages"]) == {"generate"}
    check_dvc_lock(project)  # the DVC lock is free again
    status = subprocess.run(
        [sys.executable, "-m", "dvc", "status", "generate"],
        cwd=project,
        env=environment(user_data),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert status.returncode == 0 and "changed" not in status.stdout  # data/training matches dvc.lock
    assert not processes_in(project)  # no Spark JVM or Python worker left behind
