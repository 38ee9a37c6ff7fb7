"""Charts of the admin screen, drawn into a given matplotlib Axes (no pyplot state): the
candidate vs active metrics, the per-category errors, the drift (PSI per feature, against the
documented thresholds) and the predicted-score distribution over time."""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.charts.offers import PALETTE, _labels
from core.i18n import tr
from core.lifecycle.drift import PSI_ALERT, PSI_WARNING

ACTIVE_COLOUR, CANDIDATE_COLOUR = "#9bb7a5", "#1f6f4a"
STATUS_COLOUR = {"stable": "#2f7d5b", "warning": "#e8a317", "alert": "#c2410c"}


def _empty(ax, text: str) -> None:
    ax.clear()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_axis_off()


def metric_bars(ax, rows, labels: dict[str, str] | None = None) -> None:
    """Grouped bars per metric: active vs candidate (core.lifecycle.model_comparison.MetricRow list)."""
    text = _labels(labels, active=tr("Active"), candidate=tr("Candidate"), empty=tr("No candidate to compare"))
    rows = [r for r in rows if not (np.isnan(r.active) and np.isnan(r.candidate))]
    if not rows:
        _empty(ax, text["empty"])
        return
    ax.clear()
    ax.set_axis_on()
    positions = np.arange(len(rows))
    ax.bar(positions - 0.2, [r.active for r in rows], 0.4, color=ACTIVE_COLOUR, label=text["active"])
    ax.bar(positions + 0.2, [r.candidate for r in rows], 0.4, color=CANDIDATE_COLOUR, label=text["candidate"])
    ax.set_xticks(positions, [text.get(r.key, r.key) for r in rows], fontsize=8)
    heights = [v for r in rows for v in (r.active, r.candidate) if np.isfinite(v)]
    ax.set_ylim(0, 1.22 * max([*heights, 1e-9]))  # room above the bars for the legend, which never covers one
    ax.legend(fontsize=8, frameon=False, loc="upper center", ncol=2)
    ax.grid(True, axis="y", alpha=0.3)


def category_error_bars(ax, frame: pd.DataFrame, names: list[str], labels: dict[str, str] | None = None) -> None:
    """Horizontal bars of MAE per category, one colour per model (columns ``names``)."""
    text = _labels(labels, x=tr("Mean absolute error"), empty=tr("Errors per category not computed yet"))
    if frame.empty or not names:
        _empty(ax, text["empty"])
        return
    ax.clear()
    ax.set_axis_on()
    positions = np.arange(len(frame))[::-1]
    height = 0.8 / len(names)
    colours = [ACTIVE_COLOUR, CANDIDATE_COLOUR, PALETTE["selected"]]
    for i, name in enumerate(names):
        ax.barh(
            positions + (i - (len(names) - 1) / 2) * height,
            frame[name].astype(float),
            height,
            color=colours[i % len(colours)],
            label=text.get(name, name),
        )
    ax.set_yticks(positions, frame["category"].astype(str), fontsize=8)
    ax.set_xlabel(text["x"], fontsize=8)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    ax.grid(True, axis="x", alpha=0.3)


def psi_bars(ax, features: pd.DataFrame, labels: dict[str, str] | None = None) -> None:
    """PSI per feature, coloured by status, with the warning and alert thresholds drawn."""
    text = _labels(
        labels,
        x=tr("Population stability index (PSI)"),
        warning=tr("moderate shift"),
        alert=tr("large shift"),
        empty=tr("No drift computed yet"),
    )
    if features.empty:
        _empty(ax, text["empty"])
        return
    ax.clear()
    ax.set_axis_on()
    positions = np.arange(len(features))[::-1]
    ax.barh(positions, features["psi"].astype(float), color=[STATUS_COLOUR[s] for s in features["status"]])
    ax.set_yticks(positions, features["feature"].astype(str), fontsize=8)
    ax.axvline(PSI_WARNING, color=STATUS_COLOUR["warning"], linestyle="--", linewidth=1, label=text["warning"])
    ax.axvline(PSI_ALERT, color=STATUS_COLOUR["alert"], linestyle="--", linewidth=1, label=text["alert"])
    ax.set_xlabel(text["x"], fontsize=8)
    ax.legend(fontsize=8, frameon=False, loc="lower right")
    ax.grid(True, axis="x", alpha=0.3)


def score_over_time(ax, distribution: pd.DataFrame, labels: dict[str, str] | None = None) -> None:
    """Mean predicted score per period with the 10th-90th percentile band
    (core.lifecycle.drift.score_distribution_over_time)."""
    text = _labels(
        labels,
        y=tr("Predicted sustainability score"),
        mean=tr("mean"),
        band=tr("10th–90th percentile"),
        empty=tr("No scored offers in this period"),
    )
    if distribution.empty:
        _empty(ax, text["empty"])
        return
    ax.clear()
    ax.set_axis_on()
    periods = pd.to_datetime(distribution["period"])
    ax.fill_between(
        periods,
        distribution["p10"].astype(float),
        distribution["p90"].astype(float),
        color=ACTIVE_COLOUR,
        alpha=0.5,
        label=text["band"],
    )
    ax.plot(periods, distribution["mean"].astype(float), marker="o", color=CANDIDATE_COLOUR, label=text["mean"])
    ax.set_ylim(-0.02, 1.02)
    ax.set_ylabel(text["y"], fontsize=8)
    ax.tick_params(axis="x", labelsize=7, rotation=30)
    ax.legend(fontsize=8, frameon=False, loc="lower left")
    ax.grid(True, alpha=0.3)
