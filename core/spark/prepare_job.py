"""The prepare stage on Spark: the DVC-tracked training parquet (+ the officer's feedback)
-> the features table, through ``mapInPandas`` over the core's own per-chunk functions.

Two passes, as in ``core.model.dataset.prepare_dataset``:
1. ``derive_chunk`` on every partition, keeping the training split's columns the
   scaling needs (``NUMERIC_INPUTS``); they are gathered on the driver (a few columns)
   and ``fit_preprocessing`` computes the very same statistics as the pandas path (an exact
   median included, which Spark's approximate percentiles would not give).
2. ``prepare_chunk`` on every partition with an explicit output schema; rows without a label
   are dropped, the baseline (mean training feature vector) is a Spark aggregate, and the
   table is written as parquet (a folder of part files, in input order).

The catalogs and ``prep`` travel to the workers inside the pickled function: the workers
need the installed package (``core``), not the data folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from core.contract import CANONICAL_COLUMNS
from core.features import NUMERIC_INPUTS, fit_preprocessing
from core.i18n import tr
from core.model.dataset import derive_chunk, prepare_chunk, supplier_split
from core.progress import Progress

FIT_SCHEMA = ", ".join(f"{name} {kind}" for name, kind in NUMERIC_INPUTS.items())


def input_columns(columns: list[str]) -> list[str]:
    """The columns prepare_chunk reads: the canonical ones and the offer's month."""
    return [c for c in CANONICAL_COLUMNS if c in columns] + (["month"] if "month" in columns else [])


def output_schema(prep: dict[str, Any]) -> str:
    features = ", ".join(f"f{k} float" for k in range(len(prep["features"])))
    meta = "label float, rubric float, audited boolean, split string, supplier string, ingredient string"
    return f"{features}, ood boolean, {meta}"


def feedback_frame(spark, feedback: pd.DataFrame, like):
    """The (small, pandas) feedback table as a Spark DataFrame with the schema of ``like``."""
    # pyspark (and its JVM) only when a Spark job runs
    from pyspark.sql.types import DoubleType, FloatType, IntegerType, LongType, StringType

    frame = pd.DataFrame(index=range(len(feedback)))
    for field in like.schema.fields:
        values = feedback[field.name] if field.name in feedback else pd.Series([None] * len(feedback))
        values = values.reset_index(drop=True)
        if isinstance(field.dataType, StringType):
            frame[field.name] = values.where(values.notna(), None).map(lambda v: None if v is None else str(v))
        elif isinstance(field.dataType, (LongType, IntegerType)):
            numbers = pd.to_numeric(values, errors="coerce")  # a missing month stays missing
            frame[field.name] = pd.Series([None if pd.isna(v) else int(v) for v in numbers], dtype=object)
        elif isinstance(field.dataType, (DoubleType, FloatType)):
            frame[field.name] = pd.to_numeric(values, errors="coerce").astype(float)
        else:
            frame[field.name] = values
    return spark.createDataFrame(frame, schema=like.schema)


def read_sources(spark, training_parquet: str | Path, feedback: pd.DataFrame):
    """(offers, feedback or None) as Spark DataFrames holding only the columns prepare reads."""
    offers = spark.read.parquet(str(Path(training_parquet).resolve()))
    offers = offers.select(*input_columns(offers.columns))
    extra = feedback_frame(spark, feedback, offers) if len(feedback) else None
    return offers, extra


def fit_prep_on_spark(spark, offers, extra, catalogs, test_share: float, val_share: float) -> dict[str, Any]:
    """Preprocessing constants (vocabularies, scaling) from the training split, as prepare_dataset."""

    def training_rows(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        for chunk in batches:
            derived = derive_chunk(chunk, catalogs)
            keep = supplier_split(derived["supplier"], test_share, val_share) == "train"
            yield derived.loc[keep, list(NUMERIC_INPUTS)].reset_index(drop=True)

    sources = offers if extra is None else offers.unionByName(extra)
    rows = sources.mapInPandas(training_rows, FIT_SCHEMA).toPandas()
    return fit_preprocessing(catalogs, offers=rows)


def prepare_on_spark(spark, offers, extra, prep: dict[str, Any], catalogs, test_share: float, val_share: float):
    """The features table as a Spark DataFrame (labelled rows only), offers first, feedback after."""
    from pyspark.sql import functions as F  # pyspark (and its JVM) only when a Spark job runs

    schema = output_schema(prep)

    def featurise(audited: bool):
        def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
            for chunk in batches:
                yield prepare_chunk(chunk, prep, catalogs, test_share, val_share, audited)

        return run

    table = offers.mapInPandas(featurise(False), schema)
    if extra is not None:
        table = table.unionByName(extra.mapInPandas(featurise(True), schema))
    return table.where(F.col("label").isNotNull() & ~F.isnan("label"))


def baseline_on_spark(table, prep: dict[str, Any]) -> list[float]:
    """Mean training feature vector (the explanations' reference point), rounded as pandas does."""
    from pyspark.sql import functions as F  # pyspark (and its JVM) only when a Spark job runs

    names = [f"f{k}" for k in range(len(prep["features"]))]
    row = table.where(F.col("split") == "train").agg(*(F.avg(c).alias(c) for c in names)).first()
    return [round(float(row[c]) if row[c] is not None else float("nan"), 6) for c in names]


def run_prepare(
    spark,
    training_parquet: str | Path,
    feedback: pd.DataFrame,
    catalogs,
    out_dir: str | Path,
    test_share: float = 0.2,
    val_share: float = 0.1,
    progress: Progress | None = None,
) -> tuple[dict[str, Any], dict[str, int]]:
    """The whole stage: write ``out_dir``/features.parquet; return (prep, rows per split)."""
    progress = progress or Progress.silent()
    offers, extra = read_sources(spark, training_parquet, feedback)
    progress.step(
        0.05,
        tr("{count} Spark partitions; fitting the scaling on the training split", count=offers.rdd.getNumPartitions()),
    )
    prep = fit_prep_on_spark(spark, offers, extra, catalogs, test_share, val_share)
    progress.step(0.35, tr("featurising every offer (mapInPandas)"))
    target = Path(out_dir).resolve() / "features.parquet"
    prepare_on_spark(spark, offers, extra, prep, catalogs, test_share, val_share).write.mode("overwrite").parquet(
        str(target)
    )
    progress.step(0.85, tr("baseline and split counts"))
    written = spark.read.parquet(str(target))
    prep["baseline"] = baseline_on_spark(written, prep)
    counts = {r["split"]: int(r["count"]) for r in written.groupBy("split").count().collect()}
    for marker in [*target.glob(".*.crc"), target / "_SUCCESS"]:  # Hadoop's bookkeeping, not data
        marker.unlink(missing_ok=True)
    return prep, counts


__all__ = ["baseline_on_spark", "fit_prep_on_spark", "output_schema", "prepare_on_spark", "read_sources", "run_prepare"]
