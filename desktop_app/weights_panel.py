"""Sliders for the ranking weights. Moving one re-ranks live: changes are gathered for a few
milliseconds and sent as one ``weightsChanged``; the ranking runs in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

from core.ranking.rank import CRITERIA
from desktop_app.translations import Retranslated

DEBOUNCE_MS = 40


class WeightsPanel(Retranslated, QWidget):
    weightsChanged = Signal(dict)

    def __init__(self, weights: dict[str, float], parent=None):
        super().__init__(parent)
        self._defaults = dict(weights)
        self.sliders: dict[str, QSlider] = {}
        self._values: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        for name in CRITERIA:
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"weight_{name}")
            slider.setRange(0, 100)
            slider.setValue(round(weights.get(name, 0.0) * 100))
            slider.valueChanged.connect(self._changed)
            value = QLabel()
            value.setMinimumWidth(40)
            slider.setMinimumWidth(80)
            row = QHBoxLayout()
            row.addWidget(slider)
            row.addWidget(value)
            label = QLabel()
            form.addRow(label, row)
            self.sliders[name], self._values[name], self._names[name] = slider, value, label
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.reset)
        form.addRow(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        self._show_values()
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("What matters most"))
        names = {
            "sustainability": self.tr("Sustainability"),
            "price": self.tr("Price"),
            "distance": self.tr("Distance"),
            "co2": self.tr("Carbon footprint"),
            "lead_time": self.tr("Lead time"),
        }
        for name, label in self._names.items():
            label.setText(names[name])
        self.reset_button.setText(self.tr("Back to my default weights"))

    def weights(self) -> dict[str, float]:
        return {name: slider.value() / 100.0 for name, slider in self.sliders.items()}

    def set_weights(self, weights: dict[str, float], emit: bool = True) -> None:
        for name, slider in self.sliders.items():
            slider.blockSignals(True)
            slider.setValue(round(weights.get(name, 0.0) * 100))
            slider.blockSignals(False)
        self._show_values()
        if emit:
            self._emit()

    def reset(self) -> None:
        self.set_weights(self._defaults)

    def _changed(self) -> None:
        self._show_values()
        self._timer.start()

    def _show_values(self) -> None:
        total = sum(s.value() for s in self.sliders.values()) or 1
        for name, slider in self.sliders.items():
            self._values[name].setText(f"{round(100 * slider.value() / total)}%")

    def _emit(self) -> None:
        self._timer.stop()
        self.weightsChanged.emit(self.weights())
