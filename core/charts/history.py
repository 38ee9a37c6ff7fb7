"""Charts of the history, drawn into given matplotlib Axes (no pyplot state): one ingredient's
price per base unit over time (a line per supplier and the market median) with its score
below, and one supplier's scorecard over the periods. Texts come in ``labels`` so that the
caller chooses the language (defaults: core.i18n)."""

from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np
import pandas as pd
from matplotlib.ticker import MaxNLocator

from core.charts.offers import _labels
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


def _empty(ax, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#666666")
    ax.set_axis_off()


def supplier_colour(position: int) -> str:
    return SUPPLIER_COLOURS[position % len(SUPPLIER_COLOURS)]


MONTHS_SHOWN = 8  # at most this many date labels on the time axis


def date_ticks(first: float, last: float) -> tuple[list[float], list[str]]:
    """Tick positions (matplotlib date numbers) and labels for a time axis: the first day of
    every month (or every few months) in the range, written 11/2026; days (23/11) when the range
    is under two months. Numbers, day first as in Peru, read the same in every language.
    Computed directly: date locators cost more than the whole drawing."""
    start, end = mdates.num2date(first).date(), mdates.num2date(last).date()
    if (end - start).days < 62:
        step = max(1, (end - start).days // 6 or 1)
        days = [start + dt.timedelta(days=d) for d in range(0, (end - start).days + 1, step)]
        return [float(mdates.date2num(d)) for d in days], [f"{d.day}/{d.month}" for d in days]
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = -(-months // MONTHS_SHOWN)
    ticks = []
    year, month = start.year, start.month + (1 if start.day > 1 else 0)
    while (year, month) <= (end.year, end.month) or month > 12:
        if month > 12:
            year, month = year + 1, month - 12
            continue
        ticks.append(dt.date(year, month, 1))
        month += step
    return [float(mdates.date2num(d)) for d in ticks], [f"{d.month}/{d.year}" for d in ticks]


class PriceHistoryChart:
    """One ingredient's price per base unit over time on ``price_ax`` (a line per supplier, the
    market median dashed) and its sustainability score below on ``score_ax`` (may be None).

    Made once per pair of axes and shown again for every ingredient: the lines are updated in
    place instead of clearing the axes, which keeps a redraw within the 100 ms a click may take.
    With ``legend`` False the caller shows the legend, the title and what the axes measure
    (``shown()`` gives names and colours): text is most of what drawing costs.
    """

    def __init__(self, price_ax, score_ax=None, labels: dict[str, str] | None = None, legend: bool = True):
        self.price_ax, self.score_ax, self.legend = price_ax, score_ax, legend
        self.text = _labels(
            labels,
            price=tr("S/ per base unit"),
            score=tr("Sustainability score"),
            median=tr("Market median"),
            empty=tr("No price history for this ingredient yet"),
        )
        self._prices: list = []
        self._scores: list = []
        self._has_data = True
        self._entries: list[tuple[str, str]] = []
        price_ax.clear()
        if legend:
            price_ax.set_ylabel(self.text["price"], fontsize=8)
        price_ax.tick_params(labelsize=8)
        price_ax.yaxis.set_major_locator(MaxNLocator(4))
        price_ax.grid(True, axis="y", alpha=0.3)
        (self._median,) = price_ax.plot([], [], color=MEDIAN_COLOUR, linestyle="--", linewidth=1.6, zorder=3)
        self._message = price_ax.text(
            0.5, 0.5, "", ha="center", va="center", transform=price_ax.transAxes, color="#666666"
        )
        if score_ax is not None:
            score_ax.clear()
            price_ax.tick_params(labelbottom=False)  # the score axes below carries the dates
            if legend:
                score_ax.set_ylabel(self.text["score"], fontsize=8)
            score_ax.set_ylim(-0.02, 1.02)
            score_ax.set_yticks([0, 0.5, 1])
            score_ax.tick_params(labelsize=8)
            score_ax.grid(True, axis="y", alpha=0.3)
        if not legend:  # no axis titles: where they would go need not be measured from the tick labels at every draw
            for ax in (a for a in (price_ax, score_ax) if a is not None):
                ax.xaxis.set_label_coords(0.5, 0.0)
                ax.yaxis.set_label_coords(0.0, 0.5)

    def _line(self, pool: list, ax, position: int):
        while len(pool) <= position:
            (line,) = ax.plot([], [], linewidth=1.4, marker="o", markersize=3)
            pool.append(line)
        return pool[position]

    def show(self, history: IngredientHistory, title: str = "") -> list[tuple[str, str]]:
        """Draw ``history``; returns (supplier, colour) for each line, then the median's."""
        rows = history.by_supplier
        names = rows["supplier"].to_numpy() if not history.empty else np.zeros(0, dtype=object)
        suppliers = list(dict.fromkeys(names))
        if bool(suppliers) != self._has_data:  # tick settings are slow to change: only when needed
            self._has_data = bool(suppliers)
            for ax in (a for a in (self.price_ax, self.score_ax) if a is not None):
                ax.set_frame_on(self._has_data)
                ax.tick_params(left=self._has_data, bottom=self._has_data, labelleft=self._has_data)
            self._message.set_text("" if suppliers else self.text["empty"])
        dates = mdates.date2num(rows["list_date"].to_numpy()) if suppliers else np.zeros(0)
        prices = rows["price"].to_numpy(dtype=float) if suppliers else np.zeros(0)
        scores = rows["score"].to_numpy(dtype=float) if suppliers else np.zeros(0)
        for position in range(max(len(suppliers), len(self._prices))):
            lines = [self._line(self._prices, self.price_ax, position)]
            if self.score_ax is not None:
                lines.append(self._line(self._scores, self.score_ax, position))
            if position >= len(suppliers):
                for line in lines:
                    line.set_visible(False)
                continue
            mine = names == suppliers[position]
            for line, values in zip(lines, (prices, scores), strict=False):
                line.set_data(dates[mine], values[mine])
                line.set_color(supplier_colour(position))
                line.set_visible(True)
            lines[0].set_label(legend_name(suppliers[position]))
        median = history.median if suppliers else pd.DataFrame(columns=["week", "price"])
        self._median.set_data(mdates.date2num(median["week"].to_numpy()), median["price"].to_numpy())
        self._median.set_label(self.text["median"])
        self._median.set_visible(bool(suppliers))
        if self.legend:
            self.price_ax.set_title(title, fontsize=9, loc="left")
        if suppliers:
            self._rescale(dates, rows["price"].to_numpy(), median["price"].to_numpy())
        else:
            (self.score_ax if self.score_ax is not None else self.price_ax).set_xticks([])
        self._entries = [(s, supplier_colour(i)) for i, s in enumerate(suppliers)]  # whole names: the window wraps them
        if suppliers:
            self._entries.append((self.text["median"], MEDIAN_COLOUR))
        legend = self.price_ax.get_legend()
        if legend is not None:
            legend.remove()
        if self.legend and suppliers:
            self.price_ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, frameon=False)
        return self._entries

    def _rescale(self, dates: np.ndarray, prices: np.ndarray, medians: np.ndarray) -> None:
        known = np.concatenate([prices[np.isfinite(prices)], medians[np.isfinite(medians)]])
        low, high = (float(known.min()), float(known.max())) if len(known) else (0.0, 1.0)
        pad = (high - low) * 0.06 or max(abs(high) * 0.06, 0.5)
        self.price_ax.set_ylim(low - pad, high + pad)
        first, last = float(dates.min()), float(dates.max())
        span = max(last - first, 6.0)
        bottom = self.score_ax if self.score_ax is not None else self.price_ax
        bottom.set_xlim(first - span * 0.03, last + span * 0.03)
        ticks, names = date_ticks(first, last)
        bottom.set_xticks(ticks, names)

    def shown(self) -> list[tuple[str, str]]:
        return list(self._entries)


def legend_name(name: str, room: int = 28) -> str:
    """A supplier's name for a matplotlib legend, which cannot wrap: cut with a mark."""
    return name if len(name) <= room else name[: room - 1].rstrip() + "…"


def price_history(
    price_ax, score_ax, history: IngredientHistory, title: str = "", labels: dict[str, str] | None = None
) -> list[str]:
    """Draw ``history`` once (see PriceHistoryChart); returns the suppliers in colour order."""
    entries = PriceHistoryChart(price_ax, score_ax, labels).show(history, title)
    return [name for name, _ in entries[:-1]]


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
