"""The dataset panel's core on a real git + DVC repository: training data version, pending
audited labels, and adding them as a new DVC-tracked version (pushed to a local remote)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from model_fixtures import offer

from core.appstate.workspace import Workspace
from core.errors import UserError
from core.lifecycle.dataset_versions import add_labels_version, pending_labels, training_data_info

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

DVC_YAML = """stages:
  prepare:
    cmd: python -c "print('prepare')"
    deps:
      - data/training
      - data/feedback
    outs:
      - data/prepared
"""


def run(*command, cwd):
    done = subprocess.run(list(command), cwd=cwd, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def git(repo, *args):
    return run("git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args, cwd=repo)


def dvc(repo, *args):
    return run(sys.executable, "-m", "dvc", *args, cwd=repo)


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    dvc(root, "init", "-q")
    dvc(root, "config", "core.analytics", "false")
    (root / "data" / "training").mkdir(parents=True)
    pd.DataFrame([offer(product=f"p{i}", sustainability_score=0.5) for i in range(7)]).to_parquet(
        root / "data" / "training" / "offers.parquet"
    )
    (root / "data" / "feedback").mkdir()
    (root / "data" / "feedback" / ".gitkeep").write_text("")
    (root / "dvc.yaml").write_text(DVC_YAML)
    (root / "dvc.lock").write_text(
        "schema: '2.0'\nstages:\n  generate:\n    cmd: x\n    outs:\n    - path: data/training\n"
        "      hash: md5\n      md5: 0123456789abcdef0123456789abcdef.dir\n"
    )
    git(root, "add", "dvc.yaml", "dvc.lock", "data/feedback/.gitkeep", ".dvc")
    git(root, "commit", "-q", "-m", "start")
    return root


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "ws.sqlite")
    yield ws
    ws.close()


def label(ws, offer_id, score, **values):
    ws.add_label(offer_id, score, offer(**values))


def test_training_data_info_reads_the_lock_the_parquet_footer_and_git(repo):
    info = training_data_info(repo)
    assert info.md5 == "0123456789abcdef0123456789abcdef.dir" and info.short_hash == "0123456789"
    assert info.rows == 7 and info.present
    assert info.last_change[:4].isdigit() and "T" in info.last_change  # the commit date, ISO 8601


def test_without_pulled_data_the_rows_are_unknown(repo):
    shutil.rmtree(repo / "data" / "training")
    info = training_data_info(repo)
    assert info.rows is None and not info.present and info.md5


def test_labels_become_a_dvc_version_and_are_no_longer_pending(repo, workspace, tmp_path):
    remote = tmp_path / "remote"
    dvc(repo, "remote", "add", "store", str(remote))
    label(workspace, 1, 0.8, product="Quinua orgánica", source_row=3)
    label(workspace, 2, 0.3, product="Salmón importado", source_row=4)
    # the app's working copy is there too; it must not survive next to the version (double count)
    (repo / "data" / "feedback" / "audited_labels.csv").write_text("supplier\n")
    pending = pending_labels(workspace, repo)
    assert sorted(pending["product"]) == ["Quinua orgánica", "Salmón importado"]

    version = add_labels_version(repo, pending, remote="store")

    assert version.labels == 2 and version.pushed_to == "store"
    written = pd.read_csv(version.path)
    assert sorted(written["product"]) == ["Quinua orgánica", "Salmón importado"]
    assert np.allclose(sorted(written["sustainability_score"]), [0.3, 0.8])
    assert not (repo / "data" / "feedback" / "audited_labels.csv").exists()
    assert (repo / "data" / "feedback.dvc").is_file() and version.md5.endswith(".dir")
    assert any(p.is_file() for p in remote.rglob("*"))  # the files reached the remote
    assert pending_labels(workspace, repo).empty
    # the pipeline still reads data/feedback as a dependency of prepare
    status = dvc(repo, "status", "prepare")
    assert "data/feedback" in status or "changed" in status or status.strip()

    # a later label is the only pending one, and goes into a second version
    label(workspace, 1, 0.9, product="Quinua orgánica", source_row=3)
    again = pending_labels(workspace, repo)
    assert list(again["sustainability_score"]) == [0.9]
    second = add_labels_version(repo, again)
    assert second.pushed_to == "" and second.md5 != version.md5


def test_no_labels_and_a_bad_remote_are_plain_sentences(repo, workspace):
    with pytest.raises(UserError, match="no new audited labels"):
        add_labels_version(repo, pending_labels(workspace, repo))
    label(workspace, 1, 0.7)
    with pytest.raises(UserError) as error:
        add_labels_version(repo, pending_labels(workspace, repo), remote="nowhere")
    message = str(error.value)
    assert "could not be pushed" in message and "\n" not in message and "Traceback" not in message
