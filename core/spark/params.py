"""The ``spark`` section of params.yaml, with the overrides ``sourcing retrain`` passes down.

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
SOURCING_ENGINE. Without a ``spark`` section the stages use pandas. Where the job runs does not change what it computes, so DVC is right not to
track them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Mapping

from core.spark.session import SparkConfig

ENGINES = ("spark", "pandas")
ENV = {"master": "SOURCING_SPARK_MASTER", "driver_memory": "SOURCING_SPARK_DRIVER_MEMORY",
       "parallelism": "SOURCING_SPARK_PARALLELISM", "engine": "SOURCING_ENGINE"}


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
    config = SparkConfig(master=str(section.get("master", "local[*]")),
                         driver_memory=str(section.get("driver_memory", "2g")),
                         parallelism=parallelism,
                         shuffle_partitions=max(1, int(section.get("shuffle_partitions", parallelism))),
                         ui=bool(section.get("ui", False)))
    return SparkParams(engine, config)


def override_environment(master: str | None = None, driver_memory: str | None = None,
                         parallelism: int | None = None, engine: str | None = None) -> dict[str, str]:
    """The environment variables that carry command-line overrides to the stages."""
    values = {"master": master, "driver_memory": driver_memory, "parallelism": parallelism, "engine": engine}
    return {ENV[key]: str(value) for key, value in values.items() if value not in (None, "")}
