"""Drift warnings appear for a shifted import and stay quiet for a like-for-like one."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from core.lifecycle.drift import PSI_ALERT, drift_report, psi, reference_profile, score_distribution_over_time


def offers(n, seed, air_share=0.05, price_scale=1.0, new_ingredient_share=0.0):
    rng = np.random.default_rng(seed)
    ingredients = rng.choice(["quinoa", "papa_amarilla", "corvina", "palta"], size=n)
    ingredients = np.where(rng.random(n) < new_ingredient_share, "dragon_fruit", ingredients)
    return pd.DataFrame(
        {
            "ingredient": ingredients,
            "transport_mode": np.where(rng.random(n) < air_share, "air", "truck"),
            "practice": rng.choice(["conventional", "agroecological"], size=n),
            "packaging": rng.choice(["bulk", "reusable_crate"], size=n),
            "certifications": rng.choice(["", "organic", "organic;fairtrade"], size=n),
            "currency": "PEN",
            "price_pen_per_base_unit": rng.lognormal(2.5, 0.5, size=n) * price_scale,
            "distance_km": rng.gamma(2.0, 300.0, size=n),
            "kg_co2e_per_base_unit": rng.lognormal(0.5, 0.8, size=n),
            "lead_time_days": rng.integers(1, 6, size=n).astype(float),
        }
    )


@pytest.fixture(scope="module")
def profile():
    return reference_profile(offers(20000, seed=1))


def test_profile_is_plain_json(profile):
    assert json.loads(json.dumps(profile)) == profile


def test_same_population_is_stable(profile):
    report = drift_report(profile, offers(3000, seed=2))
    assert report.worst == "stable", report.features
    assert report.features["psi"].max() < 0.05
    assert report.warnings == []


def test_shifted_import_raises_warnings_naming_the_features(profile):
    shifted = offers(3000, seed=3, air_share=0.6, price_scale=2.5, new_ingredient_share=0.2)
    report = drift_report(profile, shifted)
    by_feature = report.features.set_index("feature")
    assert by_feature.loc["price_pen_per_base_unit", "psi"] >= PSI_ALERT
    assert by_feature.loc["transport_mode", "status"] == "alert"
    assert by_feature.loc["distance_km", "status"] == "stable"
    assert report.unknown_share == pytest.approx(0.2, abs=0.03)
    assert report.worst == "alert"
    assert any("price_pen_per_base_unit" in w for w in report.warnings)
    assert any("never saw" in w for w in report.warnings)


def test_psi_known_value():
    assert psi([0.5, 0.5], [0.5, 0.5]) == 0
    assert psi([0.5, 0.5], [0.9, 0.1]) == pytest.approx(0.4 * np.log(1.8) - 0.4 * np.log(0.2), rel=1e-9)


def test_score_distribution_by_week():
    scored = pd.DataFrame(
        {
            "imported_at": ["2026-11-02T10:00:00Z", "2026-11-03T10:00:00Z", "2026-11-10T10:00:00Z"],
            "sustainability_score_pred": [0.4, 0.6, 0.8],
        }
    )
    weekly = score_distribution_over_time(scored)
    assert list(weekly["offers"]) == [2, 1]
    assert weekly["mean"].round(3).tolist() == [0.5, 0.8]
