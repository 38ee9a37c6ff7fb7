"""Shared test set-up: an isolated user data folder, offscreen Qt, and paths."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
CORPUS = Path(os.environ.get("SOURCING_CORPUS", REPO.parent / "shared" / "corpus" / "spreadsheets"))


@pytest.fixture(autouse=True)
def _user_data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own user data folder; nothing touches the real one."""
    monkeypatch.setenv("SOURCING_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(autouse=True)
def _english_core_text():
    """Core messages in English unless a test switches language itself."""
    from core.i18n import set_language

    set_language("en")
    yield
    set_language("en")
