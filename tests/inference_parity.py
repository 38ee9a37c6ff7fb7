"""Reference offers and scores for the inference-backend parity test (tests/test_inference_parity.py).

The package scores with Keras on JAX; training and the dev venv use TensorFlow. The parity
test holds the feature rows of a fixed set of offers and the bundled model's raw outputs for
them, computed once with TensorFlow, in tests/data/parity_v1.json. Every backend must give
the same outputs (max difference <= 1e-5).

    python tests/inference_parity.py --write   # (re)write the reference, on TensorFlow only
    python tests/inference_parity.py --score   # this interpreter's backend: raw outputs as JSON on stdout

The reference offers: every sample price list in data/samples imported through the real
importer, 400 generated offers with distinct products (core.lifecycle.training_data, seed 18),
and three edge rows (the training baseline, all zeros, all ones) that push the sigmoid and
softplus heads to their limits. Rows are stored sparse (index, value): most features are one-hot.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
BUNDLE = REPO / "models" / "v1"
REFERENCE = REPO / "tests" / "data" / "parity_v1.json"
MONTH = 3  # fixed, so that seasonality does not depend on the day the reference was made


def reference_matrix() -> np.ndarray:
    """Feature rows of the reference offers (float32, bundle v1's feature layout)."""
    from core.catalogs import load_catalogs
    from core.cleansing.derive import derive_columns
    from core.features import build_features
    from core.importer import import_files
    from core.lifecycle.training_data import GeneratorParams, generate_offers

    prep = json.loads((BUNDLE / "preprocessing.json").read_text(encoding="utf-8"))
    catalogs = load_catalogs()
    samples = sorted(p for p in (REPO / "data" / "samples").iterdir() if p.suffix in {".csv", ".xlsx", ".xls", ".ods"})
    imported = import_files(samples, catalogs=catalogs).offers
    generated = generate_offers(catalogs, GeneratorParams(n_offers=400, n_suppliers=60, seed=18))
    x_samples, _ = build_features(derive_columns(imported, catalogs), prep, MONTH)
    x_generated, _ = build_features(generated, prep)
    n = len(prep["features"])
    edges = np.stack([np.asarray(prep["baseline"], np.float32), np.zeros(n, np.float32), np.ones(n, np.float32)])
    return np.concatenate([x_samples, x_generated, edges]).astype(np.float32)


def _float32s(values: np.ndarray) -> list[float]:
    """float32 values as the shortest decimals that read back as the same float32 (9 digits)."""
    return [float(f"{v:.9g}") for v in np.asarray(values, np.float32).ravel()]


def _sparse(x: np.ndarray) -> list[list[list[float]]]:
    return [[np.flatnonzero(row).tolist(), _float32s(row[row != 0])] for row in x]


def dense(rows: list, n_features: int) -> np.ndarray:
    x = np.zeros((len(rows), n_features), np.float32)
    for k, (indices, values) in enumerate(rows):
        x[k, indices] = values
    return x


def load_reference() -> dict:
    return json.loads(REFERENCE.read_text(encoding="utf-8"))


def raw_outputs(x: np.ndarray) -> np.ndarray:
    """The bundled model's raw member outputs for ``x`` on this interpreter's Keras backend."""
    from core.model.bundle import load_bundle

    return load_bundle(BUNDLE).raw(x)


def model_digest() -> str:
    return hashlib.sha256((BUNDLE / "model.keras").read_bytes()).hexdigest()


def write_reference() -> None:
    import keras  # the reference is defined as TensorFlow's outputs

    if keras.backend.backend() != "tensorflow":
        raise SystemExit("the reference is computed with TensorFlow: unset KERAS_BACKEND")
    x = reference_matrix()
    raw = raw_outputs(x)
    REFERENCE.parent.mkdir(parents=True, exist_ok=True)
    data = {
        "about": "tests/inference_parity.py: raw outputs of models/v1 on TensorFlow for fixed offers",
        "backend": "tensorflow",
        "keras": keras.__version__,
        "model_sha256": model_digest(),
        "n_features": int(x.shape[1]),
        "rows": _sparse(x),
        "raw": [_float32s(row) for row in raw],
    }
    REFERENCE.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {REFERENCE} ({len(x)} offers)")


def score_reference() -> None:
    import keras

    reference = load_reference()
    raw = raw_outputs(dense(reference["rows"], reference["n_features"]))
    print(json.dumps({"backend": keras.backend.backend(), "raw": raw.astype(float).tolist()}))


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", action="store_true")
    group.add_argument("--score", action="store_true")
    arguments = parser.parse_args()
    write_reference() if arguments.write else score_reference()
