"""Stage generate: synthetic labelled offers -> data/training/offers.parquet.

The file is written so that `dvc repro` on any machine (with the same library versions)
produces the same bytes, hence the md5 the committed dvc.lock records: rows in a fixed order
(source_row), every float rounded to fixed decimals (last-bit differences between CPUs' math
libraries do not reach the file), and parquet writer options fixed, with neither the pandas
nor the Arrow schema metadata (they name the library versions). Parquet itself stores no
timestamp; the one writer-dependent field is the footer's created_by, the pyarrow version."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from core.catalogs import load_catalogs
from core.i18n import tr
from core.lifecycle.training_data import GeneratorParams, generate_offers
from core.pipeline import load_params, printing_progress, stage_arguments

OUT = Path("data/training/offers.parquet")
ROW_GROUP = 50_000
DECIMALS = 6


def write_reproducibly(frame: pd.DataFrame, path: Path, row_group_size: int = ROW_GROUP) -> None:
    """Parquet bytes that depend only on the values: fixed order and rounding, fixed options."""
    frame = frame.sort_values("source_row", kind="stable").reset_index(drop=True)
    floats = frame.select_dtypes(include="floating").columns
    frame[floats] = np.round(frame[floats].to_numpy(dtype=float), DECIMALS)
    table = pa.Table.from_pandas(frame, preserve_index=False).replace_schema_metadata(None)
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(
        table,
        path,
        row_group_size=row_group_size,  # row groups: Spark reads them in parallel
        version="2.6",
        data_page_version="1.0",
        compression="zstd",
        compression_level=3,
        use_dictionary=True,
        write_statistics=True,
        store_schema=False,
        write_page_index=False,
        write_page_checksum=False,
    )


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    section = load_params(args.params).get("generate", {})
    params = GeneratorParams(**{k: v for k, v in section.items() if k in GeneratorParams.__dataclass_fields__})
    offers = generate_offers(load_catalogs(), params, printing_progress("generate"))
    write_reproducibly(offers, OUT)
    summary = tr("{offers} offers, {suppliers} suppliers", offers=len(offers), suppliers=offers["supplier"].nunique())
    print(f"[generate] {summary} -> {OUT}", flush=True)


if __name__ == "__main__":
    main()
