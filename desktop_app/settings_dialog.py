"""Settings in plain words: restaurant and its place, exchange rates (the rate in use, the
included one until changed), language, default weights, price history, whether an admin PIN is
set. Technical settings (Spark master, DVC remote) belong to the admin screen and are kept as they
are.

Edits a copy of core.appstate.settings.Settings; the caller saves it and applies what changed."""

from __future__ import annotations

import copy
import math

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from core.appstate.admin_pin import SITE, find_pin
from core.appstate.settings import Settings
from core.catalogs import load_catalogs
from core.cleansing.exchange_rates import checked_rates
from core.cleansing.geography import in_peru
from core.errors import UserError
from core.ranking.rank import CRITERIA
from desktop_app.error_dialog import show_error
from desktop_app.translations import Retranslated

RATE_CURRENCIES = ("USD", "EUR")


def _spin(maximum: float, decimals: int, step: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(decimals)
    spin.setSingleStep(step)
    return spin


class SettingsDialog(Retranslated, QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.original = settings
        self.name = QLineEdit(settings.restaurant_name)
        self.name.setObjectName("restaurantName")
        catalogs = load_catalogs()
        self.places = catalogs.places
        self.place_lookup = catalogs.place_vocabulary
        self.place = QComboBox()  # names people know; the catalog id stays behind (item data)
        self.place.setObjectName("restaurantPlace")
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_places()
        self.place.setCurrentText(self._place_name(settings.restaurant_place))
        self.lat = QLineEdit("" if settings.restaurant_lat is None else str(settings.restaurant_lat))
        self.lon = QLineEdit("" if settings.restaurant_lon is None else str(settings.restaurant_lon))
        self.included_rates = {code: catalogs.rate_to_pen(code) or 0.0 for code in RATE_CURRENCIES}
        self.rate_dates = {code: str(catalogs.currencies.at[code, "rate_date"]) for code in RATE_CURRENCIES}
        self.rates = {code: _spin(1000.0, 4, 0.01) for code in RATE_CURRENCIES}
        for code, spin in self.rates.items():  # the rate in use: the user's, else the included one
            spin.setObjectName(f"rate{code}")
            spin.setMinimum(0.0001)
            spin.setValue(settings.currency_rates.get(code, self.included_rates[code]))
        self.rates_note = QLabel()
        self.rates_note.setObjectName("ratesNote")
        self.rates_note.setWordWrap(True)
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
        self.boxes = {k: QGroupBox() for k in ("place", "rates", "general", "weights", "history", "admin")}
        self.forms = {k: QFormLayout(box) for k, box in self.boxes.items()}
        self.captions: dict[str, QLabel] = {}

        def row(box: str, key: str, widget) -> None:
            self.captions[key] = QLabel()
            self.forms[box].addRow(self.captions[key], widget)

        row("place", "name", self.name)
        row("place", "place", self.place)
        row("place", "lat", self.lat)
        row("place", "lon", self.lon)
        for code, spin in self.rates.items():
            row("rates", code, spin)
        self.forms["rates"].addRow(self.rates_note)
        row("general", "language", self.language)
        for name, spin in self.weights.items():
            row("weights", name, spin)
        row("history", "stale", self.stale_days)
        row("history", "jump", self.jump_pct)
        row("admin", "pin", self.pin_state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        columns = QHBoxLayout()  # two columns: the dialog fits a 720 px high screen
        for keys in (("place", "rates", "general"), ("weights", "history", "admin")):
            column = QVBoxLayout()
            for key in keys:
                column.addWidget(self.boxes[key])
            column.addStretch(1)
            columns.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self._fill_places()
        titles = {
            "place": self.tr("Restaurant"),
            "rates": self.tr("Exchange rates to soles"),
            "general": self.tr("Language"),
            "weights": self.tr("Default weights"),
            "history": self.tr("Price history"),
            "admin": self.tr("Administration"),
        }
        for key, box in self.boxes.items():
            box.setTitle(titles[key])
        captions = {
            "name": self.tr("Name (printed on purchase orders)"),
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
        }
        for key, label in self.captions.items():
            label.setText(captions[key])
        included = "; ".join(
            self.tr("%1: %2 (%3)")
            .replace("%1", code)
            .replace("%2", f"{self.included_rates[code]:.4f}")
            .replace("%3", self.rate_dates[code])
            for code in RATE_CURRENCIES
        )
        self.rates_note.setText(
            self.tr("The rates in use. Included rates: %1. Change them to your bank's rate if it differs.").replace(
                "%1", included
            )
        )
        source = find_pin(self.original.admin_pin_hash)
        if source.where == SITE:
            self.pin_state.setText(self.tr("set by IT for this computer"))
        else:
            self.pin_state.setText(self.tr("set") if source.is_set else self.tr("not set (set it on the admin screen)"))

    def _place_label(self, ident: str) -> str:
        """A place's name; a region's says so ("Cusco (region)"), a town and its region share a name."""
        name = str(self.places.at[ident, "name"])
        kind = str(self.places.at[ident, "kind"])
        return self.tr("%1 (region)").replace("%1", name) if kind == "region" else name

    def _fill_places(self) -> None:
        current = self.chosen_place() if self.place.count() else None
        self.place.clear()
        local = self.places.index[self.places["kind"].isin(["town", "region"])]  # the restaurant is in Peru
        for ident in sorted(local, key=self._place_label):
            self.place.addItem(self._place_label(str(ident)), str(ident))
        if current is not None:
            self.place.setCurrentText(self._place_label(current))

    def _place_name(self, place: str) -> str:
        match = self.place_lookup.lookup(place or "lima")
        ident = match.id if match else "lima"
        return self._place_label(ident) if ident in self.places.index else place

    def chosen_place(self) -> str | None:
        """The catalog id of the place typed or chosen; None when the catalog does not know it."""
        text = self.place.currentText().strip()
        index = self.place.findText(text)
        if index >= 0:
            return str(self.place.itemData(index))
        match = self.place_lookup.lookup(text) if text else None
        return match.id if match else None

    def accept(self) -> None:
        """Close only with a known place and exchange rates that pass the core's checks (one sentence otherwise)."""
        try:
            checked_rates(load_catalogs(), {code: spin.value() for code, spin in self.rates.items()})
            if self.chosen_place() is None:
                raise UserError(
                    self.tr("“%1” is not a place the app knows: choose one from the list.").replace(
                        "%1", self.place.currentText().strip()
                    )
                )
            self._check_position()
        except UserError as error:
            show_error(self, error)
            return
        super().accept()

    def _check_position(self) -> None:
        """The restaurant's own latitude and longitude: both or neither, numbers, in Peru. A wrong one
        was dropped without a word and every distance measured from the place instead."""
        texts = {"lat": self.lat.text().strip(), "lon": self.lon.text().strip()}
        if not any(texts.values()):
            return
        if not all(texts.values()):
            raise UserError(
                self.tr("Give both the latitude and the longitude, or neither (the place's position is used then).")
            )
        lat, lon = _float_or_none(texts["lat"]), _float_or_none(texts["lon"])
        if lat is None or lon is None:
            label, text = (self.tr("latitude"), texts["lat"]) if lat is None else (self.tr("longitude"), texts["lon"])
            raise UserError(self.tr("The %1 “%2” is not a number.").replace("%1", label).replace("%2", text))
        if not in_peru(lat, lon):
            raise UserError(
                self.tr("%1, %2 is not in Peru: south and west are negative there (Lima is about -12.05, -77.04).")
                .replace("%1", texts["lat"])
                .replace("%2", texts["lon"])
            )

    def _rates_chosen(self) -> dict[str, float]:
        """Only the rates that differ from the included ones: an unchanged rate follows the app's updates."""
        return {
            code: spin.value()
            for code, spin in self.rates.items()
            if round(spin.value(), 4) != round(self.included_rates[code], 4)
        }

    def result_settings(self) -> Settings:
        """A new Settings with the dialog's values (the original is left untouched)."""
        settings = copy.deepcopy(self.original)
        settings.restaurant_name = self.name.text().strip()
        settings.restaurant_place = self.chosen_place() or "lima"
        settings.restaurant_lat = _float_or_none(self.lat.text())
        settings.restaurant_lon = _float_or_none(self.lon.text())
        if settings.restaurant_lat is None or settings.restaurant_lon is None:
            settings.restaurant_lat = settings.restaurant_lon = None
        settings.currency_rates = self._rates_chosen()
        settings.language = self.language.currentData()
        settings.default_weights = {name: spin.value() for name, spin in self.weights.items()}
        settings.stale_after_days = self.stale_days.value()
        settings.price_jump_pct = self.jump_pct.value()
        return settings


def _float_or_none(text: str) -> float | None:
    """A coordinate: its comma is always the decimal one ("-12,046" is not twelve thousand)."""
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None
    return number if math.isfinite(number) else None
