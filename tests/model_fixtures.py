"""A tiny real model for the model tests: a few hundred synthetic offers from the real
catalogs, a 2-member ensemble trained for 2 epochs, written as a real bundle. Built once per
test session (memoised here, since several test modules use it)."""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd


@lru_cache(maxsize=1)
def tiny_training_table() -> tuple[pd.DataFrame, pd.DataFrame, dict]:
    from core.catalogs import load_catalogs
    from core.lifecycle.training_data import GeneratorParams, generate_offers
    from core.model.dataset import prepare_dataset

    catalogs = load_catalogs()
    offers = generate_offers(catalogs, GeneratorParams(n_offers=600, n_suppliers=60, seed=3))
    table, prep = prepare_dataset(offers, pd.DataFrame(), catalogs)
    return offers, table, prep


@lru_cache(maxsize=1)
def tiny_bundle_dir() -> Path:
    from core.model.bundle import write_bundle
    from core.model.dataset import arrays
    from core.model.ensemble import FitConfig, fit_ensemble
    from core.model.network import HyperParams

    _, table, prep = tiny_training_table()
    x_train, y_train, _ = arrays(table, "train")
    x_val, y_val, _ = arrays(table, "val")
    model, _ = fit_ensemble(
        x_train, y_train, x_val, y_val, HyperParams(units=(16,)), FitConfig(members=2, epochs=2, patience=1, seed=1)
    )
    folder = Path(tempfile.mkdtemp(prefix="tiny-bundle-")) / "candidate"
    write_bundle(
        folder,
        model,
        prep,
        {"version": "candidate", "interval": 0.9, "metrics": {"keras": {"mae": 0.1, "r2": 0.5, "ndcg_at_3": 0.9}}},
    )
    return folder


def offer(**values) -> dict:
    """One canonical offer with sensible defaults."""
    row = {
        "supplier": "Proveedor de prueba",
        "product": "producto",
        "ingredient": "",
        "pack_qty": 1.0,
        "pack_unit": "kg",
        "price": 10.0,
        "currency": "PEN",
        "origin": "",
        "transport_mode": "",
        "certifications": "",
        "practice": "",
        "packaging": "",
        "lead_time_days": 2.0,
        "sustainability_score": np.nan,
        "source_file": "test",
        "source_sheet": "",
        "source_row": 1,
    }
    row.update(values)
    return row


def tiny_pipeline_params(spark: dict) -> dict:
    """params.yaml for a pipeline run in seconds (a few hundred offers, two tiny trials)."""
    return {
        "spark": spark,
        "generate": {"seed": 5, "n_offers": 700, "n_suppliers": 60, "label_noise": 0.035, "supplier_bias": 0.02},
        "prepare": {"test_share": 0.25, "val_share": 0.15, "feedback_weight": 5.0},
        "train": {
            "seed": 3,
            "members": 2,
            "epochs": 2,
            "patience": 2,
            "interval": 0.9,
            "search": {
                "trials": 2,
                "members": 1,
                "epochs": 1,
                "patience": 1,
                "space": {"units": [[16], [8]], "learning_rate": [0.003], "batch_size": [128]},
            },
        },
        "evaluate": {"threshold": 0.6, "seed": 7},
    }
