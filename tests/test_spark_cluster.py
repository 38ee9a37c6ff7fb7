"""A real Spark standalone cluster: scripts/spark_standalone.sh starts a master and a worker on
loopback from the pyspark installation, `sourcing retrain --master spark://127.0.0.1:PORT`
runs the whole pipeline on it, and the script stops them. Slow (~3 minutes): `make test-slow`."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import REPO
from test_retrain import environment, make_project, processes_in, retrain_process, with_active_model

SCRIPT = REPO / "scripts" / "spark_standalone.sh"


@pytest.fixture
def cluster(tmp_path):
    env = {
        **environment(tmp_path),
        "SPARK_STANDALONE_DIR": str(tmp_path / "standalone"),
        "PYTHON": str(REPO / ".venv" / "bin" / "python"),
    }
    started = subprocess.run(
        ["bash", str(SCRIPT), "start"], cwd=REPO, env=env, capture_output=True, text=True, timeout=180
    )
    try:
        assert started.returncode == 0, started.stderr
        yield started.stdout.strip().splitlines()[-1], tmp_path / "standalone"
    finally:
        subprocess.run(["bash", str(SCRIPT), "stop"], cwd=REPO, env=env, capture_output=True, timeout=120)


@pytest.mark.slow
def test_retrain_runs_on_a_real_standalone_cluster(cluster, tmp_path):
    master, state = cluster
    assert master.startswith("spark://127.0.0.1:")
    project = make_project(tmp_path / "project")
    user_data = tmp_path / "userdata"
    active = with_active_model(user_data)
    process = retrain_process(project, user_data, "--master", master)
    out, err = process.communicate(timeout=900)
    assert process.returncode == 0, err[-3000:]
    events = [json.loads(line) for line in out.splitlines()]
    assert any(master in e["message"] for e in events if e["stage"] == "prepare")
    assert events[-1]["stage"] == "register" and events[-1]["fraction"] == 1.0

    from core.model.registry import ModelRegistry

    registry = ModelRegistry([user_data / "models"])
    assert registry.active_version() == active and len(registry.list_versions()) == 2
    applications = sorted(p.name for p in (state / "work").iterdir())
    assert len(applications) == 2  # prepare and train each ran as an application on the worker
    assert not processes_in(project)


@pytest.mark.slow
def test_the_script_stops_what_it_started(cluster):
    _, state = cluster
    import psutil

    pids = [int((state / f"{name}.pid").read_text()) for name in ("master", "worker")]
    assert all(psutil.pid_exists(pid) for pid in pids)
    env = {
        "SPARK_STANDALONE_DIR": str(state),
        "PATH": "/usr/bin:/bin",
        "PYTHON": str(REPO / ".venv" / "bin" / "python"),
    }
    assert subprocess.run(["bash", str(SCRIPT), "stop"], cwd=REPO, env=env, timeout=120).returncode == 0
    assert not (state / "master.pid").exists() and not (state / "worker.pid").exists()
    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE for pid in pids)
    status = subprocess.run(["bash", str(SCRIPT), "status"], cwd=REPO, env=env, capture_output=True, text=True)
    assert status.returncode == 1 and "stopped" in status.stdout
