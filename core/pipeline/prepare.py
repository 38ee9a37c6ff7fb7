"""Stage prepare: data/training + data/feedback -> data/prepared/{features.parquet, preprocessing.json}."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from core.catalogs import load_catalogs
from core.model.dataset import prepare_dataset
from core.pipeline import load_params, printing_progress, stage_arguments
from core.training_data import load_feedback

TRAINING = Path("data/training/offers.parquet")
FEEDBACK = Path("data/feedback")
OUT = Path("data/prepared")


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    section = load_params(args.params).get("prepare", {})
    progress = printing_progress("prepare")
    catalogs = load_catalogs()
    progress.step(0.05, f"reading {TRAINING}")
    offers = pd.read_parquet(TRAINING)
    feedback = load_feedback(FEEDBACK, catalogs)
    progress.step(0.2, f"{len(offers)} synthetic offers, {len(feedback)} feedback labels")
    table, prep = prepare_dataset(offers, feedback, catalogs, float(section.get("test_share", 0.2)),
                                  float(section.get("val_share", 0.1)), float(section.get("feedback_weight", 5.0)))
    OUT.mkdir(parents=True, exist_ok=True)
    table.to_parquet(OUT / "features.parquet", index=False)
    (OUT / "preprocessing.json").write_text(json.dumps(prep, indent=1, sort_keys=True), encoding="utf-8")
    counts = table["split"].value_counts().to_dict()
    progress.step(1.0, f"{len(prep['features'])} features; rows per split {counts}")


if __name__ == "__main__":
    main()
