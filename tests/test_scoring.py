"""Scoring offers: the contract columns, intervals, explanations that add up, derived columns
filled for canonical-only input, TensorFlow loaded only when scoring starts."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from conftest import REPO
from model_fixtures import offer, tiny_bundle_dir, tiny_training_table

from core.contract import OFFER_COLUMNS, SCORED_COLUMNS
from core.features import GROUPS, build_features
from core.model.bundle import load_bundle
from core.model.scoring import score_offers, shapley_weights


@pytest.fixture(scope="module")
def bundle():
    return load_bundle(tiny_bundle_dir())


def test_scores_every_row_with_interval_ood_and_explanation(bundle):
    offers = tiny_training_table()[0].head(40).reset_index(drop=True)
    scored = score_offers(offers, bundle)
    assert len(scored) == 40
    assert list(scored.columns[: len(OFFER_COLUMNS)]) == OFFER_COLUMNS
    assert set(SCORED_COLUMNS) <= set(scored.columns)
    assert scored["supplier"].tolist() == offers["supplier"].tolist()
    assert scored["ood"].dtype == bool
    pred, low, high = scored["sustainability_score_pred"], scored["score_low"], scored["score_high"]
    assert ((0 <= low) & (low <= pred + 1e-4) & (pred <= high + 1e-4) & (high <= 1)).all()
    assert (high - low).min() > 0

    explained = scored["explanation"].map(json.loads)
    assert list(explained.iloc[0]) == list(GROUPS)
    baseline = float(bundle.raw(np.asarray([bundle.prep["baseline"]], np.float32))[:, 0::2].mean())
    total = explained.map(lambda e: sum(e.values())).to_numpy()
    raw = bundle.raw(build_features(offers, bundle.prep)[0])[:, 0::2].mean(axis=1)
    np.testing.assert_allclose(total + baseline, raw, atol=2e-3)


def test_shapley_weights_give_each_group_its_exact_share_of_an_additive_model():
    masks, weights = shapley_weights(3)
    values = masks @ np.array([0.1, -0.2, 0.4])  # additive game: contributions are the coefficients
    np.testing.assert_allclose(values @ weights, [0.1, -0.2, 0.4])


def test_canonical_only_offers_get_their_derived_columns(bundle):
    canonical = pd.DataFrame([offer(ingredient="quinoa", origin="Puno"), offer(ingredient="quinoa", origin="")])
    scored = score_offers(canonical, bundle, explain=False)
    assert scored.loc[0, "distance_km"] > 0 and np.isfinite(scored.loc[0, "kg_co2e_per_base_unit"])
    assert scored["explanation"].eq("").all()
    assert scored["sustainability_score_pred"].notna().all()


def test_compiled_forward_pass_matches_model_predict(bundle):
    x = build_features(tiny_training_table()[0].head(64), bundle.prep)[0]
    np.testing.assert_allclose(bundle.raw(x), bundle.model.predict(x, verbose=0), atol=1e-5)


def test_tensorflow_is_not_imported_until_scoring_starts():
    code = (
        "import sys, core.model.scoring, core.features, core.model.registry, core.cli.score_cmd; "
        "print('tensorflow' in sys.modules, 'keras' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["False", "False"], done.stderr


def test_score_command_writes_the_scored_table(tmp_path):
    from core.cli import main
    from core.model.registry import ModelRegistry

    registry = ModelRegistry()
    registry.promote(registry.register(tiny_bundle_dir()))
    source = tmp_path / "offers.csv"
    pd.DataFrame([offer(ingredient="quinoa", origin="Puno", certifications="organic")]).to_csv(source, index=False)
    out = tmp_path / "scored.csv"
    assert main(["score", str(source), "--out", str(out), "--explain", "all"]) == 0
    scored = pd.read_csv(out)
    assert set(json.loads(scored.loc[0, "explanation"])) == set(GROUPS)
    for quiet in ([], ["--no-explain"], ["--explain", "none"]):  # explanations only when asked for
        assert main(["score", str(source), "--out", str(out), *quiet]) == 0
        assert pd.read_csv(out)["explanation"].isna().all()
    assert {
        "sustainability_score_pred",
        "score_low",
        "score_high",
        "ood",
        "explanation",
        "kg_co2e_per_base_unit",
    } <= set(scored.columns)
    assert main(["score", str(tmp_path / "missing.csv"), "--out", str(out)]) == 2
