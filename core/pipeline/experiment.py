"""Stage audit_experiment: data/training -> reports/audit_experiment.csv (the
curve `dvc plots` draws: MAE against the simulated officer on held-out offers per number of
audits, actively chosen vs random, beside the rubric alone) and reports/audit_experiment.json
(the headline figures and every run). core.lifecycle.audit_experiment has the method.

The scaling constants come from the training split as in the prepare stage, but the stage
does not read data/prepared: the officer's real audits (data/feedback) change that, and a
retraining with new audits need not rerun an experiment about a simulated officer."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from core.catalogs import load_catalogs
from core.features import fit_preprocessing
from core.i18n import tr
from core.lifecycle.audit_experiment import ExperimentParams, run_experiment, summarise
from core.model.dataset import derive_chunk, supplier_split
from core.model.ensemble import quiet_tensorflow
from core.pipeline import load_params, printing_progress, stage_arguments

TRAINING = Path("data/training/offers.parquet")
CURVE = Path("reports/audit_experiment.csv")
SUMMARY = Path("reports/audit_experiment.json")


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    params = load_params(args.params)
    experiment = ExperimentParams.from_dict(params.get("audit_experiment", {}) or {})
    shares = params.get("prepare", {})
    progress = printing_progress("audit_experiment")
    quiet_tensorflow()
    progress.step(0.0, tr("reading {path}", path=TRAINING))
    catalogs = load_catalogs()
    offers = derive_chunk(pd.read_parquet(TRAINING), catalogs)
    test_share, val_share = float(shares.get("test_share", 0.2)), float(shares.get("val_share", 0.1))
    training = offers[supplier_split(offers["supplier"], test_share, val_share) == "train"]
    prep = fit_preprocessing(catalogs, offers=training)
    results = run_experiment(offers, prep, experiment, test_share, val_share, progress.sub(0.05, 0.98))
    curve, headline = summarise(results)
    CURVE.parent.mkdir(parents=True, exist_ok=True)
    curve.to_csv(CURVE, index=False, lineterminator="\n")
    summary = {**headline, "runs": results.round(5).to_dict(orient="records")}
    SUMMARY.write_text(json.dumps(summary, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    ratio = headline.get("active_ratio_200")
    progress.step(
        1.0,
        tr("rubric alone MAE {mae}", mae=f"{headline['rubric_only_mae']:.4f}")
        + "; "
        + (
            tr("200 active audits: {ratio} of it", ratio=f"{ratio:.0%}")
            if ratio is not None
            else tr("no 200-audit point")
        )
        + f" -> {CURVE}",
    )


if __name__ == "__main__":
    main()
