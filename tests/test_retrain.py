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
        "Stage 'audit_experiment' didn't change, skipping",
    ]:
        tracker.feed(line)
    assert [e["stage"] for e in events] == [
        "generate",
        "prepare",
        "prepare",
        "train",
        "train",
        "evaluate",
        "evaluate",
        "audit_experiment",
    ]
    fractions = [e["fraction"] for e in events]
    assert fractions == sorted(fractions) and fractions[0] == 0.1 and fractions[-1] == 0.95
    assert events[2] == {"stage": "prepare", "fraction": 0.2, "message": "featurising every offer (mapInPandas)"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("es", "[prepare]  35.0% calculando las variables de cada oferta"),
        ("en", "[prepare]  35.0% featurising every offer"),
    ],
)
def test_the_stages_print_their_progress_in_the_language_of_the_run_that_started_them(language, expected):
    """The app runs `sourcing --lang xx retrain`; DVC runs the stages as new processes, which
    learn the language from the environment the command gives them."""
    from core.i18n import set_language
    from core.lifecycle.retrain import Overrides, child_environment

    set_language(language)
    try:
        env = child_environment(Overrides())
    finally:
        set_language("es")
    stage = (
        "from core.i18n import tr; from core.pipeline import printing_progress; "
        "printing_progress('prepare').step(0.35, tr('featurising every offer (mapInPandas)'))"
    )
    done = subprocess.run([sys.executable, "-c", stage], cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(expected), done.stdout
    events = []
    StageTracker(events.append).feed(done.stdout.strip())  # the progress bar reads either language
    assert events[0]["stage"] == "prepare" and events[0]["message"].startswith(expected.split("% ")[1])


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
    # everything as before the run: there was no dvc.lock and no dataset yet, so there is none now
    assert not (project / "dvc.lock").exists()
    assert not (project / "data" / "training").exists() and not (project / "data" / "prepared").exists()
    assert not (project / ".dvc" / "tmp" / "sourcing-retrain").exists()
    check_dvc_lock(project)  # the DVC lock is free again
    assert not processes_in(project)  # no Spark JVM or Python worker left behind


# ------------------------------------------------------------------ issue 13, case 6: nothing left behind

PANDAS = tiny_pipeline_params({"engine": "pandas", "master": "local[1]", "driver_memory": "1g", "parallelism": 1})


def _git(project: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture(scope="module")
def trained_project(tmp_path_factory):
    """A git + DVC project whose pipeline has run once (pandas engine): dvc.lock holds every
    stage, the cache every output. Tests work on copies."""
    root = tmp_path_factory.mktemp("trained") / "project"
    make_project(root)
    (root / "params.yaml").write_text(yaml.safe_dump(PANDAS), encoding="utf-8")
    shutil.rmtree(root / ".dvc")
    _git(root, "init", "-q")
    subprocess.run([sys.executable, "-m", "dvc", "init", "-q"], cwd=root, check=True, env=environment(root))
    user_data = tmp_path_factory.mktemp("trained-user")
    with_active_model(user_data)
    process = retrain_process(root, user_data)
    _, err = process.communicate(timeout=900)
    assert process.returncode == 0, err[-3000:]
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "trained")
    return root


def copy_of(trained: Path, target: Path) -> Path:
    shutil.copytree(trained, target, symlinks=True)
    return target


def workspace_state(project: Path) -> dict:
    """What a cancelled or killed retraining must leave exactly as it was: git's view, the DVC
    workspace's view, and the bytes of dvc.lock and of every file under data/, build/, reports/."""
    import hashlib

    files = {}
    for top in ("data", "build", "reports"):
        for path in sorted((project / top).rglob("*")):
            if path.is_file():
                files[str(path.relative_to(project))] = hashlib.sha256(path.read_bytes()).hexdigest()
    lock = project / "dvc.lock"
    files["dvc.lock"] = hashlib.sha256(lock.read_bytes()).hexdigest() if lock.exists() else None
    status = subprocess.run(
        [sys.executable, "-m", "dvc", "status", "--json"],
        cwd=project,
        env=environment(project),
        capture_output=True,
        text=True,
        timeout=300,
    )
    return {"git": _git(project, "status", "--porcelain"), "dvc": status.stdout.strip(), "files": files}


def wait_for_stage(process: subprocess.Popen, stage: str, words: str = "") -> list[dict]:
    seen = []
    for line in process.stdout:
        event = json.loads(line)
        seen.append(event)
        if event["stage"] == stage and words in event["message"]:
            return seen
    raise AssertionError(f"the run ended before stage {stage}: {seen}")


@pytest.mark.timeout(1200)
def test_cancel_puts_dvc_lock_and_the_data_back_exactly(trained_project, tmp_path):
    """Before: a cancelled retrain left dvc.lock modified and data/prepared empty."""
    project = copy_of(trained_project, tmp_path / "project")
    before = workspace_state(project)
    assert before["git"] == "" and before["dvc"] == "{}"
    user_data = tmp_path / "user"
    process = retrain_process(project, user_data, "--force")
    wait_for_stage(process, "train")  # generate and prepare were redone: dvc.lock and data/ changed
    time.sleep(1.0)
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=300)
    assert process.returncode == 130, err[-3000:]
    assert workspace_state(project) == before
    assert not (project / ".dvc" / "tmp" / "sourcing-retrain").exists()
    assert not processes_in(project)


@pytest.mark.timeout(1200)
def test_kill_9_of_the_retraining_leaves_no_process_and_puts_everything_back(trained_project, tmp_path):
    """Before: after kill -9, dvc repro, the JVM and Spark's Python workers kept running as
    orphans, and the next retrain was refused as "another DVC command is running"."""
    project = copy_of(trained_project, tmp_path / "project")
    params = yaml.safe_load((project / "params.yaml").read_text(encoding="utf-8"))
    params["spark"]["engine"] = "spark"
    (project / "params.yaml").write_text(yaml.safe_dump(params), encoding="utf-8")
    before = workspace_state(project)
    user_data = tmp_path / "user"
    process = retrain_process(project, user_data)
    wait_for_stage(process, "prepare", "Spark partitions")  # Spark's JVM and workers are at work
    assert any("java" in p for p in processes_in(project))
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    deadline = time.monotonic() + 90
    while processes_in(project) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not processes_in(project)  # DVC, the stage, the JVM and its workers died with it
    assert workspace_state(project) == before

    again = retrain_process(project, user_data)  # the next retraining is not refused: DVC runs it
    events = wait_for_stage(again, "prepare")
    assert all("previous retraining" not in e["message"] for e in events)  # nothing was left to recover
    again.send_signal(signal.SIGTERM)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 130 and "Another DVC command" not in err, err[-3000:]
    assert workspace_state(project) == before


@pytest.mark.timeout(1200)
def test_an_abandoned_run_is_recovered_with_one_plain_message_at_the_next_retrain(trained_project, tmp_path):
    """A run whose process and watchdog both vanished (a power cut, say) leaves its pipeline
    running on and holding DVC's lock; the next retraining stops it, puts the files back and says so."""
    import psutil

    project = copy_of(trained_project, tmp_path / "project")
    before = workspace_state(project)
    user_data = tmp_path / "user"
    process = retrain_process(project, user_data, "--force")
    wait_for_stage(process, "prepare")
    watchdogs = [c for c in psutil.Process(process.pid).children() if "retrain_watchdog" in " ".join(c.cmdline())]
    assert len(watchdogs) == 1
    watchdogs[0].kill()
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert processes_in(project)  # the orphaned pipeline runs on

    again = retrain_process(project, user_data, "--force")
    events = wait_for_stage(again, "start", "running the pipeline")
    assert events[0]["message"] == (
        f"A previous retraining (process {process.pid}) ended without finishing; what was left of it was "
        "stopped and the pipeline's files were put back as they were."
    )
    again.send_signal(signal.SIGTERM)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 130, err[-3000:]
    assert workspace_state(project) == before
    assert not processes_in(project)
