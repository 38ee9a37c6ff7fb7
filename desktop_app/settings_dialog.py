"""Settings: restaurant location, exchange rates, language, default weights, price history,
admin fields.

Edits a copy of core.appstate.settings.Settings; the caller saves it and applies what changed."""

from __future__ import annotations

import copy

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from core.appstate.admin_pin import SITE, find_pin
from core.appstate.settings import Settings
from core.catalogs import load_catalogs
from core.cleansing.exchange_rates import checked_rates
from core.errors import UserError
from core.ranking.rank import CRITERIA
from desktop_app.error_dialog import show_error

RATE_CURRENCIES = ("USD", "EUR")


def _spin(maximum: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    return spin


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.original = settings
        self.place = QLineEdit(settings.restaurant_place)
        self.lat = QLineEdit("" if settings.restaurant_lat is None else str(settings.restaurant_lat))
        self.lon = QLineEdit("" if settings.restaurant_lon is None else str(settings.restaurant_lon))
        self.rates = {code: _spin(1000.0, 4, 0.01) for code in RATE_CURRENCIES}
        for code, spin in self.rates.items():
            spin.setValue(settings.currency_rates.get(code, 0.0))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.addItem("Español (Perú)", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.weights = {name: _spin(1.0, 2, 0.05) for name in CRITERIA}
        for name, spin in self.weights.items():
            spin.setValue(settings.default_weights.get(name, 0.0))
        self.stale_days = QSpinBox()
        self.stale_days.setObjectName("staleDays")
        self.stale_days.setRange(1, 3650)
        self.stale_days.setValue(settings.stale_after_days)
        self.jump_pct = _spin(1000.0, 1, 1.0)
        self.jump_pct.setObjectName("jumpPercent")
        self.jump_pct.setMinimum(0.1)
        self.jump_pct.setValue(settings.price_jump_pct)
        self.pin_state = QLabel()
        self.spark = QLineEdit(settings.spark_master)
        self.dvc = QLineEdit(settings.dvc_remote)
        self.boxes = {k: QGroupBox() for k in ("place", "rates", "general", "weights", "history", "admin")}
        self.forms = {k: QFormLayout(box) for k, box in self.boxes.items()}
        self.captions: dict[str, QLabel] = {}

        def row(box: str, key: str, widget) -> None:
            self.captions[key] = QLabel()
            self.forms[box].addRow(self.captions[key], widget)

        row("place", "place", self.place)
        row("place", "lat", self.lat)
        row("place", "lon", self.lon)
        for code, spin in self.rates.items():
            row("rates", code, spin)
        row("general", "language", self.language)
        for name, spin in self.weights.items():
            row("weights", name, spin)
        row("history", "stale", self.stale_days)
        row("history", "jump", self.jump_pct)
        row("admin", "pin", self.pin_state)
        row("admin", "spark", self.spark)
        row("admin", "dvc", self.dvc)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        titles = {
            "place": self.tr("Restaurant location"),
            "rates": self.tr("Exchange rates to soles (0 = use the bundled rate)"),
            "general": self.tr("Language"),
            "weights": self.tr("Default weights"),
            "history": self.tr("Price history"),
            "admin": self.tr("Administration"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        captions = {
            "place": self.tr("Place (town or region)"),
            "lat": self.tr("Latitude (optional)"),
            "lon": self.tr("Longitude (optional)"),
            "USD": self.tr("1 US dollar in soles"),
            "EUR": self.tr("1 euro in soles"),
            "language": self.tr("Language of the app"),
            "sustainability": self.tr("Sustainability"),
            "price": self.tr("Price"),
            "distance": self.tr("Distance"),
            "co2": self.tr("Carbon footprint"),
            "lead_time": self.tr("Lead time"),
            "stale": self.tr("A list is stale after (days)"),
            "jump": self.tr("Flag a price change above (%)"),
            "pin": self.tr("Admin PIN"),
            "spark": self.tr("Spark master"),
            "dvc": self.tr("DVC remote"),
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        source = find_pin(self.original.admin_pin_hash)
        if source.where == SITE:
            self.pin_state.setText(self.tr("set by IT for this computer"))
        else:
            self.pin_state.setText(self.tr("set") if source.is_set else self.tr("not set (set it on the admin screen)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Close only with exchange rates that pass the core's checks (one sentence otherwise)."""
        try:
            checked_rates(
                load_catalogs(), {code: spin.value() for code, spin in self.rates.items() if spin.value() > 0}
            )
        except UserError as error:
            show_error(self, error)
            return
        super().accept()

    def result_settings(self) -> Settings:
        """A new Settings with the dialog's values (the original is left untouched)."""
        settings = copy.deepcopy(self.original)
        settings.restaurant_place = self.place.text().strip() or "lima"
        settings.restaurant_lat = _float_or_none(self.lat.text())
        settings.restaurant_lon = _float_or_none(self.lon.text())
        if settings.restaurant_lat is None or settings.restaurant_lon is None:
            settings.restaurant_lat = settings.restaurant_lon = None
        settings.currency_rates = {code: spin.value() for code, spin in self.rates.items() if spin.value() > 0}
        settings.language = self.language.currentData()
        settings.default_weights = {name: spin.value() for name, spin in self.weights.items()}
        settings.stale_after_days = self.stale_days.value()
        settings.price_jump_pct = self.jump_pct.value()
        settings.spark_master = self.spark.text().strip() or "local[*]"
        settings.dvc_remote = self.dvc.text().strip()
        return settings


def _float_or_none(text: str) -> float | None:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
