"""Where the Spark jobs run: the ``spark`` section of params.yaml, with the overrides
``sourcing retrain`` passes down.

params.yaml holds the defaults the DVC stages read::

    spark:
      engine: spark          # spark | pandas: which path the prepare and train stages take
      master: "local[*]"     # local[N], spark://host:port, yarn, k8s://...
      driver_memory: 2g
      parallelism: 2

``sourcing retrain --master URL`` (and --driver-memory, --parallelism, --engine) cannot edit
params.yaml (that would change the tracked parameters and force every stage to run again),
so it sets environment variables that the stages read on top of the file:
SOURCING_SPARK_MASTER, SOURCING_SPARK_DRIVER_MEMORY, SOURCING_SPARK_PARALLELISM and
SOURCING_ENGINE. Without a ``spark`` section the stages use pandas. Where the job runs does
not change what it computes, so DVC is right not to track them.

Also the checks an admin can act on before Spark starts (Java, a reachable cluster). Nothing
here imports pyspark: core.spark.session builds the session from a SparkConfig.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from core.errors import UserError
from core.i18n import tr

MIN_JAVA = 17


@dataclass(frozen=True)
class SparkConfig:
    master: str = "local[*]"
    driver_memory: str = "2g"
    parallelism: int = 2
    shuffle_partitions: int = 2
    ui: bool = False
    app_name: str = "sustainable-sourcing"
    # Extra Spark settings as (key, value) pairs: tests pin spark.sql.shuffle.partitions etc.
    extra: tuple[tuple[str, str], ...] = ()


def java_major_version() -> int | None:
    """The major version of the java on PATH (or JAVA_HOME), None when there is none."""
    java_home = os.environ.get("JAVA_HOME")
    java = os.path.join(java_home, "bin", "java") if java_home else shutil.which("java")
    if not java or not os.path.exists(java):
        return None
    try:
        done = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', done.stderr + done.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2)) if major == 1 and found.group(2) else major


def check_java() -> int:
    version = java_major_version()
    if version is None:
        raise UserError(
            tr(
                "Retraining needs Java {min} or newer and no Java was found; install it "
                "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless; Windows: Eclipse Temurin 17) "
                "and try again.",
                min=MIN_JAVA,
            )
        )
    if version < MIN_JAVA:
        raise UserError(
            tr(
                "Retraining needs Java {min} or newer but Java {found} was found; install Java {min} and try again.",
                min=MIN_JAVA,
                found=version,
            )
        )
    return version


def check_master_reachable(master: str, timeout: float = 5.0) -> None:
    """For spark://host:port (and comma-separated HA lists), fail early with one sentence."""
    if not master.startswith("spark://"):
        return
    for address in master[len("spark://") :].split(","):
        parsed = urlparse(f"spark://{address}")
        try:
            with socket.create_connection((parsed.hostname, parsed.port or 7077), timeout=timeout):
                return
        except OSError:
            continue
    raise UserError(
        tr(
            "The Spark cluster at {master} cannot be reached; check the address in the settings "
            "or that the cluster is running.",
            master=master,
        )
    )


ENGINES = ("spark", "pandas")
ENV = {
    "master": "SOURCING_SPARK_MASTER",
    "driver_memory": "SOURCING_SPARK_DRIVER_MEMORY",
    "parallelism": "SOURCING_SPARK_PARALLELISM",
    "engine": "SOURCING_ENGINE",
}


@dataclass(frozen=True)
class SparkParams:
    engine: str = "spark"
    config: SparkConfig = field(default_factory=SparkConfig)

    @property
    def use_spark(self) -> bool:
        return self.engine == "spark"


def spark_params(params: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> SparkParams:
    """The whole params.yaml (or just its ``spark`` section) + environment overrides."""
    environ = os.environ if environ is None else environ
    section = dict(params.get("spark", params) or {})
    for key, variable in ENV.items():
        if environ.get(variable):
            section[key] = environ[variable]
    engine = str(section.get("engine", "pandas")).lower()
    if engine not in ENGINES:
        engine = "pandas"
    parallelism = max(1, int(section.get("parallelism", 2)))
    config = SparkConfig(
        master=str(section.get("master", "local[*]")),
        driver_memory=str(section.get("driver_memory", "2g")),
        parallelism=parallelism,
        shuffle_partitions=max(1, int(section.get("shuffle_partitions", parallelism))),
        ui=bool(section.get("ui", False)),
    )
    return SparkParams(engine, config)


def override_environment(
    master: str | None = None,
    driver_memory: str | None = None,
    parallelism: int | None = None,
    engine: str | None = None,
) -> dict[str, str]:
    """The environment variables that carry command-line overrides to the stages."""
    values = {"master": master, "driver_memory": driver_memory, "parallelism": parallelism, "engine": engine}
    return {ENV[key]: str(value) for key, value in values.items() if value not in (None, "")}
