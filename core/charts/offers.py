"""Charts of a ranking, drawn into a given matplotlib Axes (no pyplot state).

The window draws them into ``FigureCanvasQTAgg(Figure())``; the Excel report can draw the
same functions into a ``Figure`` saved as an image. Texts come in ``labels`` so that the
caller decides the language (defaults: core.i18n).
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd

from core.i18n import tr
from core.ranking.rank import CRITERIA

LOG_SCALE_FROM = 50  # prices spanning more than this factor get a logarithmic axis
PALETTE = {
    "point": "#9bb7a5",
    "pareto": "#1f6f4a",
    "selected": "#d9480f",
    "excluded": "#c8c8c8",
    "bar": "#2f7d5b",
    "positive": "#2f7d5b",
    "negative": "#c2410c",
}


def _labels(labels: dict[str, str] | None, **defaults: str) -> dict[str, str]:
    merged = dict(defaults)
    merged.update(labels or {})
    return merged


def score_column(frame: pd.DataFrame) -> str:
    """The score the ranking used (audited or the model's) when ranked, else the predicted score
    when there is one, else the price list's label column."""
    if "score_for_ranking" in frame and frame["score_for_ranking"].notna().any():
        return "score_for_ranking"
    if "sustainability_score_pred" in frame and frame["sustainability_score_pred"].notna().any():
        return "sustainability_score_pred"
    return "sustainability_score"


def price_vs_sustainability(
    ax, frame: pd.DataFrame, selected_id: int | None = None, labels: dict[str, str] | None = None
) -> list[int]:
    """Scatter of price per base unit against sustainability, Pareto front joined by a line.

    Returns the offer ids in the order of the picker-enabled points (the first collection
    added), so that a click on point ``i`` names offer ``ids[i]``.
    """
    text = _labels(
        labels,
        x=tr("Price (S/ per base unit)"),
        y=tr("Sustainability score"),
        pareto=tr("Best trade-offs (Pareto front)"),
        excluded=tr("Not recommended: excluded, or waiting for your review"),
        empty=tr("No offers to show"),
    )
    ax.clear()
    column = score_column(frame) if not frame.empty else "sustainability_score"
    if frame.empty or column not in frame:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return []
    x = pd.to_numeric(frame["price_pen_per_base_unit"], errors="coerce").to_numpy(float)
    priced = np.isfinite(x)
    if not priced.any():  # say so, rather than keep the previous ingredient's axis
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return []
    ax.set_axis_on()
    frame, x = frame[priced], x[priced]
    y = pd.to_numeric(frame[column], errors="coerce").to_numpy(float)
    y = np.where(np.isnan(y), 0.0, y)
    ids = frame["offer_id"].astype(int).tolist() if "offer_id" in frame else list(range(len(frame)))
    pareto = frame["pareto"].fillna(False).astype(bool).to_numpy() if "pareto" in frame else np.zeros(len(frame), bool)
    # an offer the ranking leaves out (a constraint, or a match or price waiting for review) is a
    # hollow point: shown, as in the table with "Show excluded", but not one to choose from
    eligible = frame["eligible"].fillna(False).astype(bool).to_numpy() if "eligible" in frame else np.ones(len(x), bool)
    colours = np.where(pareto, PALETTE["pareto"], PALETTE["point"])
    faces = np.where(eligible, colours, "none")
    edges = np.where(eligible, "white", PALETTE["point"])
    ax.scatter(
        x, y, facecolors=list(faces), edgecolors=list(edges), s=36, picker=True, pickradius=6, linewidths=1.0, zorder=2
    )
    if pareto.any():
        order = np.argsort(x[pareto])
        ax.plot(
            x[pareto][order], y[pareto][order], color=PALETTE["pareto"], linewidth=1.2, zorder=1, label=text["pareto"]
        )
    if not eligible.all():
        ax.scatter([], [], s=36, facecolors="none", edgecolors=PALETTE["point"], linewidths=1.0, label=text["excluded"])
    if pareto.any() or not eligible.all():
        ax.legend(loc="best", fontsize=8, frameon=False)  # where it covers the fewest points
    if selected_id is not None and selected_id in ids:
        i = ids.index(selected_id)
        ax.scatter([x[i]], [y[i]], s=160, facecolors="none", edgecolors=PALETTE["selected"], linewidths=2, zorder=3)
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    ax.set_ylim(-0.02, 1.02)
    low, high = float(x.min()), float(x.max())
    if low > 0 and high / low > LOG_SCALE_FROM:  # products of different kinds: S/ 2 and S/ 32,000 both readable
        ax.set_xscale("log")
    ax.grid(True, alpha=0.3)
    return ids


def top_options(
    ax, frame: pd.DataFrame, count: int = 8, selected_id: int | None = None, labels: dict[str, str] | None = None
) -> list[int]:
    """Horizontal bars of the overall ranking score of the best ``count`` eligible offers."""
    text = _labels(labels, x=tr("Overall score"), empty=tr("No ranked offers"))
    ax.clear()
    if frame.empty or "rank_score" not in frame:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return []
    ax.set_axis_on()
    shown = frame
    if "eligible" in shown:
        shown = shown[shown["eligible"].astype(bool)]
    shown = shown.sort_values("rank_score", ascending=False).head(count)
    ids = shown["offer_id"].astype(int).tolist() if "offer_id" in shown else list(range(len(shown)))
    names = [  # whole names, wrapped: a cut "Aceite de oliva extra vi" names nothing
        textwrap.fill(p, 34) + "\n" + textwrap.fill(s, 34)
        for p, s in zip(shown["product"].astype(str), shown["supplier"].astype(str), strict=False)
    ]
    colours = [PALETTE["selected"] if i == selected_id else PALETTE["bar"] for i in ids]
    positions = np.arange(len(shown))[::-1]
    scores = shown["rank_score"].astype(float).to_numpy()
    ax.barh(positions, scores, color=colours)
    for position, score in zip(positions, scores, strict=True):
        ax.text(score, position, f" {score:.2f}", va="center", fontsize=7)
    ax.set_yticks(positions, names, fontsize=7)
    # on the score's own scale (0 to 1): a lone offer scoring 0.19 is a short bar, not a full one
    ax.set_xlim(0, max(1.0, float(np.nanmax(scores)) if len(scores) else 1.0) * 1.08)
    ax.set_ylim(-0.6, max(len(shown), 1) - 0.4)
    ax.set_xlabel(text["x"])
    ax.grid(True, axis="x", alpha=0.3)
    return ids


def criteria_breakdown(ax, offer: pd.Series | None, labels: dict[str, str] | None = None) -> None:
    """How much each criterion adds to the selected offer's overall score (contrib_<criterion>)."""
    text = _labels(
        labels,
        x=tr("Contribution to the overall score"),
        empty=tr("Select an offer"),
        sustainability=tr("Sustainability"),
        price=tr("Price"),
        distance=tr("Distance"),
        co2=tr("kg CO2e"),
        lead_time=tr("Lead time"),
    )
    ax.clear()
    values = []
    if offer is not None:
        values = [(c, float(offer.get(f"contrib_{c}", math.nan))) for c in CRITERIA]
        values = [(c, v) for c, v in values if not math.isnan(v)]
    if not values:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return
    ax.set_axis_on()
    positions = np.arange(len(values))[::-1]
    numbers = [v for _, v in values]
    ax.barh(positions, numbers, color=[PALETTE["positive"] if v >= 0 else PALETTE["negative"] for v in numbers])
    ax.set_yticks(positions, [text.get(c, c) for c, _ in values], fontsize=8)
    ax.axvline(0, color="#444444", linewidth=0.8)
    ax.set_xlabel(text["x"])
    ax.grid(True, axis="x", alpha=0.3)


def explanation_bars(ax, contributions: dict[str, float], labels: dict[str, str] | None = None) -> None:
    """The model's explanation: each feature group's push up (green) or down (orange)."""
    text = _labels(labels, x=tr("Effect on the sustainability score"), empty=tr("No explanation yet"))
    ax.clear()
    if not contributions:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return
    ax.set_axis_on()
    items = list(contributions.items())
    positions = np.arange(len(items))[::-1]
    numbers = [float(v) for _, v in items]
    ax.barh(positions, numbers, color=[PALETTE["positive"] if v >= 0 else PALETTE["negative"] for v in numbers])
    ax.set_yticks(positions, [text.get(k, k.replace("_", " ")) for k, _ in items], fontsize=8)
    ax.axvline(0, color="#444444", linewidth=0.8)
    ax.set_xlabel(text["x"], fontsize=8)
