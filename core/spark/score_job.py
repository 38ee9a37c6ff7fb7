"""Batch scoring on Spark (``sourcing score --engine spark``) for catalogues too big for one
machine: Spark reads the offers CSV, every partition goes through ``core.model.scoring.score_offers``
(mapInPandas) and is rendered to CSV text by pandas itself, so the bytes written are the ones
the local path writes. The driver then joins the part files, in order, under one header and
renames the result into place (the output path must be on storage the workers share).

Each Python worker loads the bundle once (verified checksums, safe mode) and keeps it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from core.atomic_write import atomic_path
from core.errors import UserError
from core.i18n import tr
from core.model.bundle import load_bundle
from core.model.scoring import score_offers
from core.offers_csv import coerce_offers, read_offers
from core.progress import Progress

_BUNDLES: dict[str, Any] = {}


def _bundle(path: str):
    if path not in _BUNDLES:
        _BUNDLES[path] = load_bundle(path)
    return _BUNDLES[path]


def _scoring_function(bundle_dir: str, columns: list[str], explain: bool, month: int | None):
    def run(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        bundle = _bundle(bundle_dir)
        for chunk in batches:
            frame = coerce_offers(chunk[columns].fillna("").astype(str))
            scored = score_offers(frame, bundle, explain=explain, month=month)
            text = scored.to_csv(index=False, header=False, encoding="utf-8", lineterminator="\n")
            yield pd.DataFrame({"value": [text.rstrip("\n")]} if len(scored) else {"value": pd.Series([], dtype=str)})

    return run


def header_of(offers_csv: str | Path, bundle_dir: str | Path, explain: bool, month: int | None) -> str:
    """The header line the local path writes: score one empty table to get the columns."""
    empty = read_offers(Path(offers_csv), nrows=1).head(0)
    scored = score_offers(empty, _bundle(str(bundle_dir)), explain=explain, month=month)
    return ",".join(_csv_field(c) for c in scored.columns)


def _csv_field(name: str) -> str:
    return f'"{name}"' if any(ch in name for ch in ',"\n') else name


def score_on_spark(
    spark,
    offers_csv: str | Path,
    out_csv: str | Path,
    bundle_dir: str | Path,
    explain: bool = True,
    month: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Score ``offers_csv`` into ``out_csv`` with Spark; returns the number of rows scored."""
    from pyspark.sql import functions as F  # pyspark (and its JVM) only when a Spark job runs

    progress = progress or Progress.silent()
    offers_csv, out_csv, bundle_dir = Path(offers_csv).resolve(), Path(out_csv).resolve(), Path(bundle_dir).resolve()
    progress.step(0.02, tr("reading the offers with Spark"))
    frame = (
        spark.read.option("header", True)
        .option("inferSchema", False)
        .option("escape", '"')
        .option("encoding", "UTF-8")
        .csv(str(offers_csv))
    )
    columns = frame.columns
    header = header_of(offers_csv, bundle_dir, explain, month)
    scored = frame.mapInPandas(_scoring_function(str(bundle_dir), columns, explain, month), "value string")
    out_csv.parent.mkdir(parents=True, exist_ok=True)
    parts = Path(tempfile.mkdtemp(prefix=".scored-", dir=out_csv.parent))
    try:
        progress.step(0.1, tr("scoring on Spark"))
        scored.where(F.length("value") > 0).write.mode("overwrite").text(str(parts / "csv"))
        progress.step(0.9, tr("joining the parts"))
        with atomic_path(out_csv) as tmp, open(tmp, "w", encoding="utf-8", newline="") as out:
            out.write(header + "\n")
            for part in sorted((parts / "csv").glob("part-*")):
                with open(part, encoding="utf-8", newline="") as handle:
                    shutil.copyfileobj(handle, out)
        rows = frame.count()
    finally:
        shutil.rmtree(parts, ignore_errors=True)
    if not out_csv.is_file():
        raise UserError(tr("The scored offers could not be written to {path}.", path=out_csv))
    progress.step(1.0, tr("scored"))
    return rows


__all__ = ["score_on_spark"]
