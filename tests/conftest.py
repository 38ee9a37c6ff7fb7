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


@pytest.fixture(scope="session")
def spark():
    """One small local Spark session for the whole run: local[1], one shuffle partition, UI off;
    the JVM ends with the test process."""
    from core.lifecycle.spark_config import SparkConfig, check_java
    from core.spark.session import build_session

    check_java()  # no Java: the Spark tests fail with the sentence an admin would read
    config = SparkConfig(
        master="local[1]",
        driver_memory="2g",
        parallelism=1,
        shuffle_partitions=1,
        extra=(("spark.sql.shuffle.partitions", "1"),),
    )
    return build_session(config)
