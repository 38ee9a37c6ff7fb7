"""A tiny real model for the model tests: a few hundred synthetic offers from the real
catalogs, a 2-member ensemble trained for 2 epochs, written as a real bundle. Built once per
test session (memoised here, since several test modules use it)."""

from __future__ import annotations

import itertools
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
    from core.model.network import HyperParams, NetworkLayout

    _, table, prep = tiny_training_table()
    x_train, y_train, _ = arrays(table, "train")
    x_val, y_val, _ = arrays(table, "val")
    config = FitConfig(NetworkLayout.from_prep(prep), members=2, epochs=2, patience=1, seed=1)
    model, _ = fit_ensemble(x_train, y_train, x_val, y_val, HyperParams(units=(16,), monotone_units=4), config)
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
        "prepare": {"test_share": 0.25, "val_share": 0.15},
        "train": {
            "seed": 3,
            "members": 2,
            "epochs": 2,
            "patience": 2,
            "interval": 0.9,
            "prior_weight": 50.0,
            "audit_share": 0.25,
            "bootstrap": True,
            "search": {
                "trials": 2,
                "members": 1,
                "epochs": 1,
                "patience": 1,
                "space": {"units": [[16], [8]], "learning_rate": [0.003], "batch_size": [128]},
            },
        },
        "evaluate": {"threshold": 0.6, "seed": 7, "gbm_space": {"learning_rate": [0.1], "max_leaf_nodes": [7, 15]}},
        "audit_experiment": {
            "seed": 2,
            "pool_offers": 300,
            "heldout_offers": 150,
            "sizes": [0, 10, 20],
            "repeats": 1,
            "members": 2,
            "epochs": 2,
            "prior_weight": 20.0,
            "hyperparameters": {"units": [8], "monotone_units": 4, "learning_rate": 0.003, "batch_size": 128},
        },
    }


def certificate_grid(cat) -> tuple[list[dict], list[dict]]:
    """Pairs (offer, the same offer with one more certificate): ingredients of every category x
    origins x starting label sets x every catalog certificate, zero-bonus ones included."""
    ingredients = cat.ingredients.groupby("category").head(2).index.tolist()
    origins = ["Cusco", "Lurín", "Chile", "España"]
    start_sets = ["", "organic", "fairtrade", "msc", "bio_suisse;fairtrade", "rainforest_alliance;spp;demeter"]
    practices = ["", "agroforestry", "bottom_trawl"]
    before, after = [], []
    for ingredient, origin, start, practice in itertools.product(ingredients, origins, start_sets, practices):
        for cert in cat.certifications.index:
            if cert in start.split(";"):
                continue
            base = dict(ingredient=ingredient, origin=origin, practice=practice, transport_mode="truck")
            before.append(offer(certifications=start, **base))
            after.append(offer(certifications=";".join(filter(None, [start, cert])), **base))
    return before, after
