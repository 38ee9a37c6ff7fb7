"""Stage train: data/prepared -> build/model (model.keras, preprocessing.json, train_info.json)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd

from core.model.dataset import arrays
from core.model.ensemble import FitConfig, fit_ensemble
from core.model.hpsearch import search
from core.model.network import HyperParams
from core.pipeline import load_params, printing_progress, stage_arguments

PREPARED = Path("data/prepared")
OUT = Path("build/model")
HISTORY = Path("reports/train_history.csv")


def train(table: pd.DataFrame, section: dict, progress) -> tuple[object, dict]:
    """Search the space on a small ensemble, then train the full ensemble with the best point."""
    x_train, y_train, w_train = arrays(table, "train")
    x_val, y_val, _ = arrays(table, "val")
    seed = int(section.get("seed", 42))
    coverage = float(section.get("interval", 0.9))
    spec = section.get("search", {}) or {}
    best, trials = HyperParams().to_dict(), []
    if spec.get("space") and int(spec.get("trials", 0)) > 0:
        config = FitConfig(int(spec.get("members", 2)), int(spec.get("epochs", 10)),
                           int(spec.get("patience", 3)), seed)
        best, trials = search(spec["space"], int(spec["trials"]), x_train, y_train, x_val, y_val, config,
                              w_train, coverage, progress.sub(0.0, 0.5))
    final = FitConfig(int(section.get("members", 5)), int(section.get("epochs", 40)),
                      int(section.get("patience", 5)), seed)
    model, history = fit_ensemble(x_train, y_train, x_val, y_val, HyperParams.from_dict(best), final, w_train,
                                  progress.sub(0.5, 1.0))
    info = {"hyperparameters": best, "search": trials, "members": final.members, "seed": seed,
            "interval": coverage, "history": history, "rows": {"train": len(y_train), "val": len(y_val)}}
    return model, info


def main(argv=None) -> None:
    args = stage_arguments(__doc__, argv)
    section = load_params(args.params).get("train", {})
    progress = printing_progress("train")
    table = pd.read_parquet(PREPARED / "features.parquet")
    model, info = train(table, section, progress)
    OUT.mkdir(parents=True, exist_ok=True)
    model.save(OUT / "model.keras")
    shutil.copyfile(PREPARED / "preprocessing.json", OUT / "preprocessing.json")
    (OUT / "train_info.json").write_text(json.dumps(info, indent=1), encoding="utf-8")
    HISTORY.parent.mkdir(parents=True, exist_ok=True)
    history = pd.DataFrame(info["history"])
    history.insert(0, "epoch", range(1, len(history) + 1))
    history.to_csv(HISTORY, index=False)
    progress.step(1.0, f"best hyperparameters {info['hyperparameters']}; model -> {OUT}")


if __name__ == "__main__":
    main()
