"""One small local Spark session for the whole test run: local[1], one shuffle partition, UI
off. Import the fixture into a test module with ``from spark_fixtures import spark``.
The session is memoised (not just session-scoped) because a fixture imported into several
modules is a separate fixture per module for pytest; the JVM ends with the test process."""

from __future__ import annotations

from functools import lru_cache

import pytest


@lru_cache(maxsize=1)
def test_session():
    from core.spark.session import SparkConfig, build_session

    return build_session(SparkConfig(master="local[1]", driver_memory="2g", parallelism=1, shuffle_partitions=1,
                                     extra=(("spark.sql.shuffle.partitions", "1"),)))


@pytest.fixture(scope="session")
def spark():
    try:
        from core.spark.session import check_java

        check_java()
    except Exception as exc:  # noqa: BLE001 - no Java here: the Spark tests cannot run
        pytest.skip(f"Spark needs Java: {exc}")
    return test_session()
