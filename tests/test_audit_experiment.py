"""Learning the officer's judgement: the simulated officer's documented departures, the queue
of offers to audit next, and the experiment that trains on her audits (tiny, real Keras)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from model_fixtures import offer, tiny_training_table

from core.catalogs import load_catalogs
from core.cleansing.derive import derive_columns
from core.lifecycle.audit_experiment import ExperimentParams, experiment_data, run_experiment, summarise
from core.lifecycle.officer import officer_departures, officer_judgement
from core.lifecycle.training_data import GeneratorParams, generate_offers
from core.model.audit_queue import offers_to_audit, pick_for_audit
from core.model.dataset import derive_chunk
from core.rubric import rubric_score

MONTH = 5


@pytest.fixture(scope="module")
def prep():
    return tiny_training_table()[2]


def test_the_officer_departs_from_the_rubric_only_as_documented(prep):
    frame = derive_columns(
        pd.DataFrame(
            [
                offer(ingredient="quinoa", origin="Puno", transport_mode="truck", practice="conventional"),
                offer(ingredient="quinoa", origin="Puno", transport_mode="air", practice="conventional"),
                offer(ingredient="tomate", origin="Huaral", transport_mode="truck", practice="conventional"),
                offer(ingredient="quinoa", origin="Puno", transport_mode="truck", packaging="styrofoam"),
                offer(ingredient="quinoa", origin="Puno", transport_mode="truck", certifications="fairtrade"),
                offer(ingredient="quinoa", origin="Puno", transport_mode="truck", practice="agroecological"),
                offer(
                    ingredient="quinoa",
                    origin="Puno",
                    transport_mode="truck",
                    practice="agroecological",
                    certifications="organic",
                ),
            ]
        ),
        load_catalogs(),
    )
    departures = officer_departures(frame, prep, MONTH)
    assert departures.iloc[0].abs().sum() == 0  # a plain trucked offer from far away: she agrees
    assert departures.at[1, "air"] == -10
    assert departures.at[2, "local_season"] == 6
    assert departures.at[3, "styrofoam"] == -6
    assert departures.at[4, "fair_trade_domestic"] == 5
    assert departures.at[5, "unverified_practice"] < 0 and departures.at[6, "unverified_practice"] == 0
    judged, rubric = officer_judgement(frame, prep, MONTH), rubric_score(frame, prep, MONTH)
    assert judged[0] == pytest.approx(rubric[0]) and judged[1] < rubric[1] and judged[2] > rubric[2]


def test_audits_are_picked_by_priority_and_spread_over_ingredients():
    priority = np.array([0.9, 0.8, 0.7, 0.6, 0.5, 0.1])
    groups = np.array(["a", "a", "a", "b", "c", "c"])
    assert pick_for_audit(priority, groups, 4, per_group=2).tolist() == [0, 1, 3, 4]
    assert pick_for_audit(priority, groups, 6, per_group=1).tolist() == [0, 3, 4, 1, 2, 5]


def test_offers_to_audit_skips_audited_and_unfamiliar_offers(prep):
    frame = derive_columns(
        pd.DataFrame(
            [
                offer(ingredient=i, origin="Cusco", transport_mode="truck")
                for i in ("quinoa", "olluco", "oca", "maiz_morado")
            ]
        ),
        load_catalogs(),
    )
    rubric = rubric_score(frame, prep)
    frame["sustainability_score_pred"] = rubric + np.array([0.0, 0.2, 0.05, 0.3])
    frame["score_low"] = frame["sustainability_score_pred"] - 0.05
    frame["score_high"] = frame["sustainability_score_pred"] + 0.05
    frame["ood"] = [False, False, False, True]
    frame.loc[2, "sustainability_score"] = 0.5  # already audited
    queue = offers_to_audit(frame, prep, k=5)
    assert queue["ingredient"].tolist() == ["olluco", "quinoa"]
    assert queue["priority"].tolist() == pytest.approx([0.3, 0.1], abs=1e-4)


@pytest.mark.heavy
def test_the_experiment_runs_every_strategy_and_size_and_starts_at_the_rubric(prep):
    catalogs = load_catalogs()
    offers = derive_chunk(generate_offers(catalogs, GeneratorParams(n_offers=1500, n_suppliers=80, seed=9)), catalogs)
    params = ExperimentParams.from_dict(
        {
            "pool_offers": 600,
            "heldout_offers": 300,
            "sizes": [0, 20, 40],
            "repeats": 1,
            "members": 2,
            "epochs": 3,
            "hyperparameters": {"units": [8], "monotone_units": 4, "learning_rate": 0.01, "batch_size": 128},
        }
    )
    results = run_experiment(offers, prep, params, 0.25, 0.15)
    assert sorted(zip(results["strategy"], results["audits"])) == sorted(
        (s, n) for s in ("active", "random") for n in (0, 20, 40)
    )
    start = results[results["audits"] == 0]
    assert np.allclose(start["mae"], start["rubric_mae"], atol=0.003)  # no audit: the model is the rubric
    curve, headline = summarise(results)
    assert list(curve.columns) == ["audits", "rubric_only", "active", "random"]
    assert headline["rubric_only_mae"] > 0.02  # she does depart from the rubric


@pytest.mark.heavy
def test_audits_that_disagree_move_the_model_and_widen_its_interval(prep):
    from core.lifecycle.audit_experiment import _fit
    from core.model.ensemble import combine_members, predict_raw
    from core.model.network import NetworkLayout

    catalogs = load_catalogs()
    offers = derive_chunk(generate_offers(catalogs, GeneratorParams(n_offers=3000, n_suppliers=120, seed=4)), catalogs)
    params = ExperimentParams.from_dict({"pool_offers": 1500, "heldout_offers": 800, "members": 3, "epochs": 20})
    data = experiment_data(offers, prep, params, 0.25, 0.15, seed=3)
    layout = NetworkLayout.from_prep(prep)
    air = data.x_heldout[:, prep["features"].index("not_air")] == 0
    flown = np.flatnonzero(data.x_pool[:, prep["features"].index("not_air")] == 0)[:60]
    assert air.sum() >= 30 and len(flown) == 60
    before = combine_members(predict_raw(_fit(data, np.zeros(0, int), params, layout, 1), data.x_heldout))
    after = combine_members(predict_raw(_fit(data, flown, params, layout, 1), data.x_heldout))
    moved = (after[0] - data.rubric_heldout)[air].mean()
    assert moved < -0.03  # she marks flights down; the model learned it for offers it never saw
    width = lambda m: (m[2] - m[1])[air].mean()
    assert width(after) > width(before)
