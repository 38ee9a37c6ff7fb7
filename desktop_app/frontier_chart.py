"""The cost/carbon trade-off chart of the plan tab; clicking a point chooses that plan.
Drawing is core.charts.plan; this is the canvas and the click."""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.charts import plan as charts
from desktop_app.translations import Retranslated


class FrontierChart(Retranslated, QWidget):
    pointPicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.canvas = FigureCanvasQTAgg(Figure(figsize=(5, 3), layout="constrained"))
        self.canvas.setMinimumHeight(200)
        self.axes = self.canvas.figure.add_subplot()
        self.canvas.mpl_connect("pick_event", self._picked)
        self._points: list[tuple[float, float]] = []
        self._selected: int | None = None
        self._current = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.redraw()

    def _labels(self) -> dict[str, str]:
        return {
            "x": self.tr("kg CO2e of the week's purchases"),
            "y": self.tr("Cost of the week (S/)"),
            "greenest": self.tr("Greenest"),
            "cheapest": self.tr("Cheapest"),
            "current": self.tr("Current suppliers"),
            "empty": self.tr("Press “Plan with trade-off chart” to compare plans"),
        }

    def show_points(self, points: list[tuple[float, float]], selected: int | None, current=None) -> None:
        self._points, self._selected, self._current = list(points), selected, current
        self.redraw()

    def redraw(self) -> None:
        charts.trade_off(self.axes, self._points, self._selected, self._current, self._labels())
        self.canvas.draw_idle()

    def retranslate(self) -> None:
        self.redraw()

    def _picked(self, event) -> None:
        indexes = getattr(event, "ind", None)
        if indexes is None or len(indexes) == 0 or not self._points:
            return
        mouse = event.mouseevent
        screen = self.axes.transData.transform(event.artist.get_offsets())
        best = min(indexes, key=lambda i: (screen[i][0] - mouse.x) ** 2 + (screen[i][1] - mouse.y) ** 2)
        self.pointPicked.emit(int(best))
