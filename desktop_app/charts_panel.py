"""The charts beside the table: price vs sustainability (click a point to select its offer),
the top options, the selected offer's criteria breakdown, and the ingredient's price history
(a line per supplier and the market median, the score below). Drawing is core.charts.offers
and core.charts.history; the history comes from the ``history_source`` the view sets."""

from __future__ import annotations

import html
from collections.abc import Callable

import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QTabWidget, QToolTip, QVBoxLayout, QWidget

from core.charts import history as history_charts
from core.charts import offers as charts
from core.history.series import IngredientHistory
from core.unit_names import unit_name
from desktop_app.chart_timing import pause_timer
from desktop_app.translations import Retranslated

HISTORY_TAB = 3


def _canvas() -> FigureCanvasQTAgg:
    canvas = FigureCanvasQTAgg(Figure(figsize=(5, 3.2), layout="constrained"))
    canvas.setMinimumHeight(150)  # fits under the table at 720 px
    return canvas


class ChartsPanel(Retranslated, QWidget):
    offerPicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._frame = pd.DataFrame()
        self._selected: pd.Series | None = None
        self._selected_id: int | None = None
        self._scatter_ids: list[int] = []
        self.scatter = _canvas()
        self.scatter_axes = self.scatter.figure.add_subplot()
        self.scatter.mpl_connect("pick_event", self._picked)
        self.scatter.mpl_connect("motion_notify_event", self._hovered)  # a point's offer in a tooltip
        self.top = _canvas()
        self.top_axes = self.top.figure.add_subplot()
        self.breakdown = _canvas()
        self.breakdown_axes = self.breakdown.figure.add_subplot()
        # A fixed layout and a Qt legend: constrained layout and matplotlib's legend text would
        # cost most of the 100 ms the history may take after a click.
        self.history = FigureCanvasQTAgg(Figure(figsize=(5, 3.2)))
        self.history.setObjectName("historyChart")
        self.history.setMinimumHeight(150)
        self.history.figure.subplots_adjust(left=0.08, right=0.98, top=0.9, bottom=0.12, hspace=0.1)
        grid = self.history.figure.add_gridspec(3, 1)
        self.history_price_axes = self.history.figure.add_subplot(grid[:2, 0])
        self.history_score_axes = self.history.figure.add_subplot(grid[2, 0], sharex=self.history_price_axes)
        self.history_chart: history_charts.PriceHistoryChart | None = None
        self.history_legend = QLabel()
        self.history_legend.setObjectName("historyLegend")
        self.history_legend.setWordWrap(True)
        self.history_legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # the legend scrolls: a busy ingredient has more suppliers than a short chart has lines
        legend_area = QScrollArea()
        legend_area.setWidget(self.history_legend)
        legend_area.setWidgetResizable(True)
        legend_area.setFrameShape(QFrame.Shape.NoFrame)
        legend_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        legend_area.setMinimumWidth(230)
        legend_area.setMaximumWidth(300)
        history_page = QWidget()
        history_layout = QHBoxLayout(history_page)
        history_layout.setContentsMargins(0, 0, 4, 0)
        history_layout.addWidget(self.history, 1)
        history_layout.addWidget(legend_area)
        self.history_source: Callable[[str], IngredientHistory] | None = None
        self._ingredient: tuple[str, str] | None = None  # (id, name shown as the title)
        # Redraws are gathered and done once the changes pause (desktop_app.chart_timing), so that the
        # table updates first and a burst (arrow keys held, a slider dragged) draws once.
        self._redraw_timer = pause_timer(self, self.redraw)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scatter, "")
        self.tabs.addTab(self.top, "")
        self.tabs.addTab(self.breakdown, "")
        self.tabs.addTab(history_page, "")
        self._dirty: set[int] = {0, 1, 2, HISTORY_TAB}
        self.tabs.currentChanged.connect(self._draw_tab)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Price vs sustainability"))
        self.tabs.setTabText(1, self.tr("Top options"))
        self.tabs.setTabText(2, self.tr("Criteria of the selected offer"))
        self.tabs.setTabText(HISTORY_TAB, self.tr("Price history"))
        self.history_chart = None  # labels in the new language
        self._dirty.add(HISTORY_TAB)
        self._redraw_timer.start()

    def _labels(self) -> dict[str, dict[str, str]]:
        return {
            "scatter": {
                "x": self.tr("Price (S/ per base unit)"),
                "y": self.tr("Sustainability"),  # short: the axis is about 150 px high at 720 px
                "pareto": self.tr("Best trade-offs (Pareto front)"),
                "excluded": self.tr("Not recommended: excluded, or waiting for your review"),
                "empty": self.tr("No offers to show"),
            },
            "top": {"x": self.tr("Overall score"), "empty": self.tr("No ranked offers")},
            "history": {
                "price": self.tr("S/ per base unit"),
                "score": self.tr("Sustainability"),
                "median": self.tr("Market median"),
                "empty": self.tr("No price history for this ingredient yet"),
            },
            "breakdown": {
                "x": self.tr("Contribution to the overall score"),
                "empty": self.tr("Select an offer"),
                "sustainability": self.tr("Sustainability"),
                "price": self.tr("Price"),
                "distance": self.tr("Distance"),
                "co2": self.tr("kg CO2e"),
                "lead_time": self.tr("Lead time"),
            },
        }

    def set_frame(self, frame: pd.DataFrame) -> None:
        """The offers of the ingredient on screen."""
        self._frame = frame
        self._redraw_timer.start()

    def set_ingredient(self, ingredient: str | None, title: str = "") -> None:
        """The ingredient whose price history the history tab shows."""
        chosen = (ingredient, title) if ingredient else None
        if chosen != self._ingredient:
            self._ingredient = chosen
            self._dirty.add(HISTORY_TAB)
            if self.tabs.currentIndex() == HISTORY_TAB:
                self._draw_tab(HISTORY_TAB)

    def history_changed(self) -> None:
        """New lists or scores were stored: the history tab reads again when it is shown."""
        self._dirty.add(HISTORY_TAB)
        if self.tabs.currentIndex() == HISTORY_TAB:
            self._redraw_timer.start()

    def set_selected(self, offer: pd.Series | None) -> None:
        self._selected = offer
        self._selected_id = int(offer["offer_id"]) if offer is not None and "offer_id" in offer else None
        self._redraw_timer.start()

    def redraw(self) -> None:
        """Draw the chart on the visible tab now; the others when their tab is opened."""
        self._redraw_timer.stop()
        self._dirty |= {0, 1, 2}  # the history does not depend on the ranking
        self._draw_tab(self.tabs.currentIndex())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._draw_tab(self.tabs.currentIndex())  # what changed while the window was hidden

    def _draw_tab(self, tab: int) -> None:
        if tab not in self._dirty or not self.isVisible():
            return  # drawn when shown (a closed window must not read a closed workspace)
        self._dirty.discard(tab)
        labels = self._labels()
        if tab == 0:
            self._scatter_ids = charts.price_vs_sustainability(
                self.scatter_axes, self._frame, self._selected_id, labels["scatter"]
            )
            self.scatter.draw_idle()
        elif tab == 1:
            charts.top_options(self.top_axes, self._frame, selected_id=self._selected_id, labels=labels["top"])
            self.top.draw_idle()
        elif tab == 2:
            charts.criteria_breakdown(self.breakdown_axes, self._selected, labels["breakdown"])
            self.breakdown.draw_idle()
        elif tab == HISTORY_TAB:
            self._draw_history(labels["history"])

    def _draw_history(self, labels: dict[str, str]) -> None:
        ingredient, title = self._ingredient or ("", "")
        if ingredient and self.history_source is not None:
            history = self.history_source(ingredient)
        else:
            history = IngredientHistory(ingredient, pd.DataFrame(columns=["supplier"]), pd.DataFrame())
        if self.history_chart is None:
            self.history_chart = history_charts.PriceHistoryChart(
                self.history_price_axes, self.history_score_axes, labels, legend=False
            )
        entries = self.history_chart.show(history)
        lines = [
            f'<span style="color:{colour}; font-size:11pt">{"┅" if i == len(entries) - 1 else "━"}</span>'
            f"&nbsp;{html.escape(name)}"
            for i, (name, colour) in enumerate(entries)
        ]
        axes = self.tr("Above: %1. Below: sustainability score (0 to 1).").replace("%1", labels["price"])
        heading = f"<b>{html.escape(title)}</b><br><small>{html.escape(axes)}</small>" if entries else ""
        self.history_legend.setText(heading + "<br>" + "<br>".join(lines))
        self.history.draw_idle()

    def scatter_ids(self) -> list[int]:
        return list(self._scatter_ids)

    def point_text(self, offer_id: int) -> str:
        """What the tooltip of an offer's point says: product, supplier, price and score."""
        rows = self._frame[self._frame["offer_id"] == offer_id] if "offer_id" in self._frame else self._frame[:0]
        if rows.empty:
            return ""
        offer = rows.iloc[0]
        score = offer.get(charts.score_column(self._frame))
        unit = unit_name(offer.get("base_unit", "") or "")
        lines = [f"{offer.get('product', '')} — {offer.get('supplier', '')}"]
        price = pd.to_numeric(pd.Series([offer.get("price_pen_per_base_unit")]), errors="coerce").iloc[0]
        if pd.notna(price):
            lines.append(self.tr("S/ %1 per %2").replace("%1", f"{price:,.2f}").replace("%2", unit))
        if pd.notna(score):
            lines.append(self.tr("Sustainability %1").replace("%1", f"{float(score):.2f}"))
        return "\n".join(lines)

    def nearest_point(self, x: float, y: float, reach: float = 8.0) -> int | None:
        """The offer whose point is within ``reach`` pixels of (x, y) in the figure's pixels."""
        collections = self.scatter_axes.collections
        if not collections or not self._scatter_ids:
            return None
        points = self.scatter_axes.transData.transform(collections[0].get_offsets())
        distances = [(px - x) ** 2 + (py - y) ** 2 for px, py in points]
        best = min(range(len(distances)), key=distances.__getitem__)
        return self._scatter_ids[best] if distances[best] <= reach**2 and best < len(self._scatter_ids) else None

    def _hovered(self, event) -> None:
        offer_id = self.nearest_point(event.x, event.y) if event.inaxes is self.scatter_axes else None
        if offer_id is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self.point_text(offer_id), self.scatter)

    def _picked(self, event) -> None:
        indexes = getattr(event, "ind", None)
        if indexes is None or len(indexes) == 0 or not self._scatter_ids:
            return
        mouse = event.mouseevent
        # several points under the cursor: take the nearest one
        points = self.scatter_axes.transData.transform(event.artist.get_offsets())
        best = min(indexes, key=lambda i: (points[i][0] - mouse.x) ** 2 + (points[i][1] - mouse.y) ** 2)
        if best < len(self._scatter_ids):
            self.offerPicked.emit(self._scatter_ids[best])
