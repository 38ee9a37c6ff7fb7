"""The package scores with Keras on JAX, the dev venv and training with TensorFlow: the same
bundle must give the same scores on both (max difference <= 1e-5 on fixed reference offers).

* Always: this interpreter's backend (TensorFlow in the dev venv) against the stored outputs
  that TensorFlow computed for the reference offers (tests/data/parity_v1.json, written by
  ``python tests/inference_parity.py --write``).
* When JAX is installed here, or SOURCING_PARITY_PYTHON names an interpreter that has it (the
  package's build venv: ``make test-package`` passes it), the same offers are scored by a real
  Keras-on-JAX process and compared; otherwise that test is skipped, saying why.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from inference_parity import BUNDLE, REPO, dense, load_reference, model_digest

from core.model.bundle import load_bundle, padded_rows
from core.model.ensemble import combine_members

TOLERANCE = 1e-5


@pytest.fixture(scope="module")
def reference() -> dict:
    data = load_reference()
    assert data["model_sha256"] == model_digest(), "models/v1 changed: rewrite the reference (see its module)"
    return data


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(BUNDLE)


def _jax_python() -> str | None:
    configured = os.environ.get("SOURCING_PARITY_PYTHON", "").strip()
    if configured:
        return configured
    return sys.executable if importlib.util.find_spec("jax") else None


def _assert_same_scores(raw: np.ndarray, expected: np.ndarray) -> None:
    assert raw.shape == expected.shape
    assert np.abs(raw - expected).max() <= TOLERANCE
    # What the user sees (score and interval per offer) follows from the raw outputs.
    for ours, theirs in zip(combine_members(raw), combine_members(expected)):
        assert np.abs(ours - theirs).max() <= TOLERANCE


def test_scores_on_this_backend_match_the_tensorflow_reference(reference, bundle):
    x = dense(reference["rows"], reference["n_features"])
    assert len(x) >= 500 and reference["backend"] == "tensorflow"
    raw = bundle.raw(x)
    _assert_same_scores(raw, np.asarray(reference["raw"], np.float32))
    score = combine_members(raw)[0]
    assert score.min() < 0.3 and score.max() > 0.7  # the offers span the range, not one corner


def test_keras_on_jax_scores_the_bundle_like_tensorflow(reference):
    python = _jax_python()
    if python is None:
        pytest.skip("JAX is not installed here; set SOURCING_PARITY_PYTHON to the package build venv's python")
    env = dict(os.environ, KERAS_BACKEND="jax", JAX_PLATFORMS="cpu")
    done = subprocess.run(
        [python, str(REPO / "tests" / "inference_parity.py"), "--score"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["backend"] == "jax"
    _assert_same_scores(np.asarray(result["raw"], np.float32), np.asarray(reference["raw"], np.float32))


def test_scores_do_not_depend_on_how_many_offers_are_scored_together(reference, bundle):
    """raw() pads every call to a power of two; no row may change with the padding."""
    x = dense(reference["rows"], reference["n_features"])
    whole = bundle.raw(x)
    for n in (1, 255, 256, 257, 300):
        np.testing.assert_allclose(bundle.raw(x[:n]), whole[:n], atol=TOLERANCE)
    assert [padded_rows(n) for n in (1, 256, 257, 100_000, 131_072)] == [256, 256, 512, 131_072, 131_072]
