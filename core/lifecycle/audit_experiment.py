"""The audit experiment: does the model learn the officer's judgement from a few audits, and
do actively chosen audits teach it faster than random ones? (docs/model_card.md)

Offers come from the DVC training data and are split by supplier as the prepare stage
splits them: the POOL (training suppliers) holds the rubric-labelled rows the model always
learns from and the offers the officer may audit; the HELD-OUT offers (test suppliers) are
labelled by the simulated officer (core.lifecycle.officer) and only ever used to measure.

For each strategy the officer audits N = 0, 50, 100, ... pool offers, the model is retrained
from scratch on the rubric rows plus her audits (core.model.dataset.with_audits), and its
MAE against her labels on the held-out offers is recorded, beside the rubric's own MAE:
- active: each batch is chosen by core.model.audit_queue with the model trained on the audits
  so far (widest interval + largest model-rubric disagreement, spread over ingredients);
- random: the first N offers of a seeded random order (so 50 is part of 100, ...).
Each strategy is repeated with different seeds (officer noise, random order, weights).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from core.features import build_features
from core.i18n import N_, tr
from core.lifecycle.officer import officer_labels
from core.model.audit_queue import audit_priority, pick_for_audit
from core.model.dataset import supplier_split, with_audits
from core.model.ensemble import FitConfig, combine_members, fit_ensemble, predict_raw
from core.model.network import HyperParams, NetworkLayout
from core.progress import Progress
from core.rubric import rubric_score

STRATEGIES = ("active", "random")
STRATEGY_NAMES = {"active": N_("active audits"), "random": N_("random audits")}  # for progress messages


@dataclass(frozen=True)
class ExperimentParams:
    seed: int = 11
    pool_offers: int = 4000  # training-supplier offers: rubric rows and audit candidates
    heldout_offers: int = 2000  # test-supplier offers the officer labels for the measurement
    sizes: tuple[int, ...] = (0, 50, 100, 200, 400)
    repeats: int = 2
    officer_noise: float = 0.02
    prior_weight: float = 20.0  # all rubric rows together weigh as much as this many audits
    audit_share: float = 0.25
    per_ingredient: int = 2
    members: int = 3
    epochs: int = 30
    interval: float = 0.9
    hyperparameters: dict[str, Any] = field(
        default_factory=lambda: {
            "units": [32],
            "monotone_units": 8,
            "learning_rate": 0.01,
            "l2": 1e-3,
            "batch_size": 128,
        }
    )

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> ExperimentParams:
        known = {k: v for k, v in values.items() if k in cls.__dataclass_fields__}
        if "sizes" in known:
            known["sizes"] = tuple(int(s) for s in known["sizes"])
        return cls(**known)


@dataclass
class ExperimentData:
    x_pool: np.ndarray
    y_pool: np.ndarray  # the synthetic (rubric + auditor noise) labels
    rubric_pool: np.ndarray
    groups_pool: np.ndarray  # ingredient ids, to spread audits
    officer_pool: np.ndarray  # what she would write if asked (read only when an offer is audited)
    x_heldout: np.ndarray
    officer_heldout: np.ndarray
    rubric_heldout: np.ndarray


def experiment_data(
    offers: pd.DataFrame, prep: dict[str, Any], params: ExperimentParams, test_share: float, val_share: float, seed: int
) -> ExperimentData:
    """Sample the pool and the held-out offers (seeded) and label them."""
    rng = np.random.default_rng(seed)
    split = supplier_split(offers["supplier"], test_share, val_share)
    labelled = offers["sustainability_score"].notna().to_numpy()
    pool = rng.permutation(np.flatnonzero((split == "train") & labelled))[: params.pool_offers]
    heldout = rng.permutation(np.flatnonzero(split == "test"))[: params.heldout_offers]
    chosen = offers.iloc[np.concatenate([pool, heldout])].reset_index(drop=True)
    month = pd.to_numeric(chosen["month"], errors="coerce").to_numpy(float)
    officer = officer_labels(chosen, prep, rng, params.officer_noise, month)
    rubric = rubric_score(chosen, prep, month)
    x, _ = build_features(chosen, prep)
    p = len(pool)
    return ExperimentData(
        x_pool=x[:p],
        y_pool=chosen["sustainability_score"].to_numpy(np.float32)[:p],
        rubric_pool=rubric[:p],
        groups_pool=chosen["ingredient"].fillna("").to_numpy()[:p],
        officer_pool=officer[:p],
        x_heldout=x[p:],
        officer_heldout=officer[p:],
        rubric_heldout=rubric[p:],
    )


def _fit(data: ExperimentData, audited: np.ndarray, params: ExperimentParams, layout: NetworkLayout, seed: int):
    prior = np.column_stack([data.rubric_pool, data.y_pool])
    x, y = with_audits(
        data.x_pool, prior, data.x_pool[audited], data.officer_pool[audited], params.prior_weight, params.audit_share
    )
    config = FitConfig(layout, params.members, params.epochs, 0, seed, bootstrap=True)
    hp = HyperParams.from_dict(params.hyperparameters)
    model, _ = fit_ensemble(x, y, data.x_pool[:256], data.y_pool[:256], hp, config)
    return model


def _measure(model, data: ExperimentData, params: ExperimentParams) -> dict[str, float]:
    mean, low, high = combine_members(predict_raw(model, data.x_heldout), params.interval)
    truth = data.officer_heldout
    return {
        "mae": float(np.mean(np.abs(mean - truth))),
        "coverage": float(np.mean((truth >= low) & (truth <= high))),
        "width": float(np.mean(high - low)),
    }


def run_strategy(
    strategy: str,
    data: ExperimentData,
    params: ExperimentParams,
    layout: NetworkLayout,
    seed: int,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """One strategy over the audit sizes: a row per size with the held-out metrics."""
    progress = progress or Progress.silent()
    order = np.random.default_rng(seed + 1).permutation(len(data.y_pool))
    audited = np.zeros(0, dtype=int)
    rows = []
    sizes = sorted(params.sizes)
    model = None
    for k, size in enumerate(sizes):
        progress.step(
            k / len(sizes), tr("{strategy}: {count} audits", strategy=tr(STRATEGY_NAMES[strategy]), count=size)
        )
        if strategy == "random":
            audited = order[:size]
        elif size > len(audited):
            candidates = np.setdiff1d(np.arange(len(data.y_pool)), audited)
            if model is None:
                model = _fit(data, audited, params, layout, seed)
            mean, low, high = combine_members(predict_raw(model, data.x_pool[candidates]), params.interval)
            priority = audit_priority(mean, low, high, data.rubric_pool[candidates])
            picks = pick_for_audit(priority, data.groups_pool[candidates], size - len(audited), params.per_ingredient)
            audited = np.concatenate([audited, candidates[picks]])
        model = _fit(data, audited, params, layout, seed)
        rows.append({"strategy": strategy, "audits": int(size), **_measure(model, data, params)})
    progress.step(1.0, tr("{strategy} done", strategy=tr(STRATEGY_NAMES[strategy])))
    return rows


def run_experiment(
    offers: pd.DataFrame,
    prep: dict[str, Any],
    params: ExperimentParams,
    test_share: float = 0.2,
    val_share: float = 0.1,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Every repeat and strategy: one row per (repeat, strategy, audits) with mae, coverage,
    width, and the rubric's own MAE on the same held-out labels."""
    progress = progress or Progress.silent()
    layout = NetworkLayout.from_prep(prep)
    rows = []
    runs = [(r, s) for r in range(params.repeats) for s in STRATEGIES]
    for k, (repeat, strategy) in enumerate(runs):
        seed = params.seed + 1000 * repeat
        data = experiment_data(offers, prep, params, test_share, val_share, seed)
        rubric_mae = float(np.mean(np.abs(data.rubric_heldout - data.officer_heldout)))
        part = progress.sub(k / len(runs), (k + 1) / len(runs))
        for row in run_strategy(strategy, data, params, layout, seed, part):
            rows.append({"repeat": repeat, **row, "rubric_mae": rubric_mae})
    return pd.DataFrame(rows)


def summarise(results: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, Any]]:
    """The curve (one row per audit count: rubric_only, active, random mean MAE) and the
    headline figures (the ratio at 200 audits against the rubric-only error)."""
    mean = results.groupby(["audits", "strategy"])["mae"].mean().unstack("strategy")
    curve = pd.DataFrame({"audits": mean.index.astype(int)})
    curve["rubric_only"] = float(results["rubric_mae"].mean())
    for strategy in STRATEGIES:
        curve[strategy] = mean[strategy].to_numpy() if strategy in mean else np.nan
    curve = curve.round(5)
    headline: dict[str, Any] = {"rubric_only_mae": round(float(results["rubric_mae"].mean()), 5)}
    for strategy in STRATEGIES:
        for size, value in zip(curve["audits"], curve[strategy], strict=False):
            headline[f"{strategy}_mae_{size}"] = float(value)
        at = curve.loc[curve["audits"] == 200, strategy]
        if len(at):
            headline[f"{strategy}_ratio_200"] = round(float(at.iloc[0]) / headline["rubric_only_mae"], 4)
    coverage = results.groupby("strategy")["coverage"].mean()
    headline.update({f"{s}_coverage": round(float(v), 4) for s, v in coverage.items()})
    return curve, headline
