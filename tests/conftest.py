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


@pytest.fixture(scope="session", autouse=True)
def _translations_built():
    """The .qm/.mo files the app reads, rebuilt when a .ts/.po is newer (the set-up builds them too)."""
    from core.i18n_build import build

    build()


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


# Tests that start Spark, run DVC pipelines or train Keras models: still in the default run
# (`make test`, CI), left out by `make test-fast` for the inner loop.
HEAVY_MODULES = {
    "test_pipeline_dvc",
    "test_retrain",
    "test_dataset_versions",
    "test_spark_prepare",
    "test_spark_score",
    "test_spark_train",
    "test_admin_dataset",
    "test_admin_models",
    "test_model_bundle",
    "test_scoring",
    "test_sanity_pairs",
    "test_scores_arrive",
    # whole commands in their own processes (a Python start and the bundled model each), the
    # shared corpus, the numpy/Keras parity and the exhaustive plan check: seconds each
    "test_corpus",
    "test_cli",
    "test_cli_history",
    "test_corrections_cli",
    "test_numpy_network",
    "test_plan_optimality",
    "test_os_errors",
    "test_site_cmd",
}
HEAVY_TESTS = {  # load TensorFlow and the bundled model
    "test_rank_runs_the_whole_path_into_a_workbook",
    "test_plan_runs_the_whole_path_from_the_samples",
    "test_the_command_line_records_lists_and_ranks_with_audits",
    "test_libreoffice_opens_the_report",
    "test_the_queue_lists_the_most_useful_unaudited_offers_first",  # trains the tiny Keras bundle
    "test_the_shipped_model_never_lowers_a_score_when_a_certificate_is_added",  # 5,000-pair grid
    "test_the_smoke_test_stops_at_once_with_the_app_s_sentence_when_the_export_cannot_be_written",  # the whole app
    # processes of their own that must be waited out (a lock held by another process, a child that
    # ignores the request to stop, processes under other hash seeds): seconds each
    "test_a_commit_blocked_by_another_process_shows_what_is_stored_and_the_retry_keeps_everything",
    "test_a_process_that_ignores_the_request_to_stop_is_killed",
    "test_cancel_stops_the_process_and_leaves_the_model_and_dataset_untouched",
    "test_posix_stop_ends_a_child_that_ignores_sigint_and_its_grandchild",
    "test_the_same_names_read_the_same_in_every_process_whatever_its_hash_seed",
}


def pytest_collection_modifyitems(config, items):
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1]
        if "spark" in getattr(item, "fixturenames", ()) or module in HEAVY_MODULES or item.originalname in HEAVY_TESTS:
            item.add_marker(pytest.mark.heavy)
