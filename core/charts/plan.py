"""The cost/carbon trade-off of the week's plan, drawn into a given matplotlib Axes.

x: kg CO2e of the plan, y: its cost in S/; one point per cap (the greenest plan at the left
end, the cheapest at the right), joined in order; the chosen plan ringed, the current
suppliers' plan as a separate mark when it exists. Texts come in ``labels``.
"""

from __future__ import annotations

import math

from core.charts.offers import PALETTE
from core.i18n import tr


def trade_off(ax, points: list[tuple[float, float]], selected: int | None = None, current=None, labels=None) -> None:
    """``points``: (kg CO2e, S/) of each frontier plan, greenest first. The points are the
    first collection added (picker on), so a click on point ``i`` names frontier plan ``i``."""
    text = {
        "x": tr("kg CO2e of the week's purchases"),
        "y": tr("Cost of the week (S/)"),
        "greenest": tr("Greenest"),
        "cheapest": tr("Cheapest"),
        "current": tr("Current suppliers"),
        "empty": tr("Make the trade-off chart to compare plans"),
    }
    text.update(labels or {})
    ax.clear()
    if not points:
        ax.text(0.5, 0.5, text["empty"], ha="center", va="center", transform=ax.transAxes, color="#666666")
        ax.set_axis_off()
        return
    ax.set_axis_on()
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    ax.scatter(xs, ys, s=46, c=PALETTE["pareto"], picker=True, pickradius=8, zorder=3, edgecolors="white")
    ax.plot(xs, ys, color=PALETTE["pareto"], linewidth=1.2, zorder=2)
    ax.annotate(text["greenest"], (xs[0], ys[0]), textcoords="offset points", xytext=(6, 6), fontsize=8)
    ax.annotate(text["cheapest"], (xs[-1], ys[-1]), textcoords="offset points", xytext=(-6, 8), fontsize=8, ha="right")
    if selected is not None and 0 <= selected < len(points):
        ax.scatter(
            [xs[selected]],
            [ys[selected]],
            s=170,
            facecolors="none",
            edgecolors=PALETTE["selected"],
            linewidths=2,
            zorder=4,
        )
    if current is not None and all(math.isfinite(v) for v in current):
        ax.scatter(
            [current[0]],
            [current[1]],
            s=60,
            marker="D",
            c=PALETTE["excluded"],
            edgecolors="#555555",
            zorder=3,
            label=text["current"],
        )
        ax.legend(loc="upper right", fontsize=8, frameon=False)
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    ax.grid(True, color="#e6e6e6", linewidth=0.6)
    ax.ticklabel_format(style="plain", useOffset=False)
