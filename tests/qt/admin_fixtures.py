"""Shared set-up of the admin screen tests: a small project folder (training data + dvc.lock)
and the admin window over a main window, with the retrain command injectable."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

FAKE_RETRAIN = Path(__file__).with_name("fake_retrain.py")
LOCK = """schema: '2.0'
stages:
  generate:
    cmd: python -m core.pipeline.generate --params params.yaml
    outs:
    - path: data/training
      hash: md5
      md5: {md5}
"""


@lru_cache(maxsize=1)
def training_offers() -> pd.DataFrame:
    from core.catalogs import load_catalogs
    from core.lifecycle.training_data import GeneratorParams, generate_offers

    return generate_offers(load_catalogs(), GeneratorParams(n_offers=800, n_suppliers=80, seed=5))


def make_project(folder: Path, md5: str = "feedfacefeedfacefeedfacefeedface.dir") -> Path:
    (folder / "data" / "training").mkdir(parents=True)
    (folder / "data" / "feedback").mkdir(parents=True)
    training_offers().to_parquet(folder / "data" / "training" / "offers.parquet")
    (folder / "dvc.lock").write_text(LOCK.format(md5=md5), encoding="utf-8")
    return folder


def fake_command(mode: str, *extra: str, seen: list | None = None):
    def command(master: str):
        if seen is not None:
            seen.append(master)
        return sys.executable, [str(FAKE_RETRAIN), mode, *extra]

    return command
