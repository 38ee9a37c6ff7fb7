"""Charts of the history, drawn into given matplotlib Axes (no pyplot state): one ingredient's
price per base unit over time (a line per supplier and the market median) with its score
below, and one supplier's scorecard over the periods. Texts come in ``labels`` so that the
caller chooses the language (defaults: core.i18n)."""

from __future__ import annotations

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from core.history.series import IngredientHistory
from core.i18n import tr

SUPPLIER_COLOURS = (
    "#1f6f4a",
    "#d9480f",
    "#1c7ed6",
    "#ae3ec9",
    "#e8a20c",
    "#0b7285",
    "#c2255c",
    "#5c940d",
    "#495057",
    "#845ef7",
)
MEDIAN_COLOUR = "#212529"


def _labels(labels: dict[str, str] | None, **defaults: str) -> dict[str, str]:
    merged = dict(defaults)
    merged.update(labels or {})
    return merged


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_axis_off()


def supplier_colour(position: int) -> str:
    return SUPPLIER_COLOURS[position % len(SUPPLIER_COLOURS)]


def _date_axis(ax) -> None:
    locator = mdates.AutoDateLocator(maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


def price_history(
    price_ax, score_ax, history: IngredientHistory, title: str = "", labels: dict[str, str] | None = None
) -> list[str]:
    """Price per base unit over time (one line per supplier, the market median dashed) on
    ``price_ax`` and the sustainability score over time on ``score_ax`` (may be None).
    Returns the suppliers in the order of their colours."""
    text = _labels(
        labels,
        price=tr("S/ per base unit"),
        score=tr("Sustainability score"),
        median=tr("Market median"),
        empty=tr("No price history for this ingredient yet"),
    )
    price_ax.clear()
    if score_ax is not None:
        score_ax.clear()
    if history.empty:
        _empty(price_ax, text["empty"])
        if score_ax is not None:
            score_ax.set_axis_off()
        return []
    price_ax.set_axis_on()
    suppliers = list(dict.fromkeys(history.by_supplier["supplier"]))
    for supplier, rows in history.by_supplier.groupby("supplier", sort=False):
        colour = supplier_colour(suppliers.index(supplier))
        style = dict(color=colour, linewidth=1.4, marker="o", markersize=3)
        price_ax.plot(rows["list_date"].to_numpy(), rows["price"].to_numpy(), label=supplier[:28], **style)
        if score_ax is not None:
            score_ax.plot(rows["list_date"].to_numpy(), rows["score"].to_numpy(), **style)
    if not history.median.empty:
        price_ax.plot(
            history.median["week"].to_numpy(),
            history.median["price"].to_numpy(),
            color=MEDIAN_COLOUR,
            linestyle="--",
            linewidth=1.6,
            label=text["median"],
        )
    price_ax.set_ylabel(text["price"], fontsize=8)
    price_ax.tick_params(labelsize=8)
    price_ax.grid(True, alpha=0.3)
    if title:
        price_ax.set_title(title, fontsize=9, loc="left")
    price_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    _date_axis(price_ax)
    if score_ax is not None:
        price_ax.tick_params(labelbottom=False)  # the score axes below carries the dates
        score_ax.set_axis_on()
        score_ax.set_ylabel(text["score"], fontsize=8)
        score_ax.set_ylim(-0.02, 1.02)
        score_ax.set_yticks([0, 0.5, 1])
        score_ax.tick_params(labelsize=8)
        score_ax.grid(True, alpha=0.3)
        _date_axis(score_ax)
    return suppliers


def scorecard(share_ax, index_ax, card: pd.DataFrame, labels: dict[str, str] | None = None) -> None:
    """A supplier's standing per period: recommended share, mean score and completeness (0–1)
    on ``share_ax``; price index (100 = market median) on ``index_ax``."""
    text = _labels(
        labels,
        recommended=tr("Share recommended"),
        score=tr("Mean sustainability score"),
        completeness=tr("Completeness"),
        index=tr("Price index (100 = market median)"),
        empty=tr("No lists from this supplier yet"),
    )
    share_ax.clear()
    index_ax.clear()
    if card.empty:
        _empty(share_ax, text["empty"])
        index_ax.set_axis_off()
        return
    share_ax.set_axis_on()
    index_ax.set_axis_on()
    positions = np.arange(len(card))
    periods = card["period"].astype(str).tolist()
    share = card["recommended_share"].astype(float).fillna(0)
    share_ax.bar(positions, share, color="#9bb7a5", label=text["recommended"])
    share_ax.plot(positions, card["mean_score"].astype(float), color="#1f6f4a", marker="o", label=text["score"])
    completeness = card["completeness"].astype(float)
    share_ax.plot(positions, completeness, color="#1c7ed6", marker="s", linestyle=":", label=text["completeness"])
    share_ax.set_ylim(0, 1.02)
    share_ax.set_xticks(positions, periods, fontsize=8)
    share_ax.grid(True, axis="y", alpha=0.3)
    share_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
    index_ax.axhline(100, color="#868e96", linewidth=0.8)
    index_ax.plot(positions, card["price_index"].astype(float), color="#d9480f", marker="o", label=text["index"])
    index_ax.set_xticks(positions, periods, fontsize=8)
    index_ax.set_ylabel(text["index"], fontsize=8)
    index_ax.grid(True, axis="y", alpha=0.3)
