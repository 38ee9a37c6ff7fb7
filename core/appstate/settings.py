"""The user's settings: one typed declaration with defaults and a version for migrations.

Stored as JSON in the user's data folder (``settings.json``), written atomically. A missing,
unreadable or partly wrong file never stops the app: unknown keys are dropped, values of the
wrong type fall back to their default, and older versions are migrated step by step.
The admin PIN is kept only as a hash (another part of the app sets and checks it).
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.appstate.site_defaults import load_site_defaults
from core.atomic_write import write_text_atomic
from core.catalogs import load_catalogs
from core.cleansing.exchange_rates import checked_rate
from core.cleansing.geography import restaurant_location
from core.cleansing.row_cleansing import CleanseSettings
from core.errors import UserError
from core.paths import user_data_dir
from core.ranking.rank import CRITERIA

SETTINGS_VERSION = 2
SETTINGS_FILE = "settings.json"
LANGUAGES = ("es", "en")

log = logging.getLogger(__name__)


def _default_weights() -> dict[str, float]:
    return {"sustainability": 0.5, "price": 0.3, "distance": 0.1, "co2": 0.1, "lead_time": 0.0}


@dataclass
class Settings:
    version: int = SETTINGS_VERSION
    # Restaurant location: a places-catalog id, or explicit coordinates (both lat and lon).
    restaurant_place: str = "lima"
    restaurant_lat: float | None = None
    restaurant_lon: float | None = None
    # Exchange rates to PEN that override the catalog defaults, e.g. {"USD": 3.75}.
    currency_rates: dict[str, float] = field(default_factory=dict)
    language: str = "es"
    default_weights: dict[str, float] = field(default_factory=_default_weights)
    admin_pin_hash: str = ""  # never the PIN itself
    spark_master: str = "local[*]"
    dvc_remote: str = ""
    # Price history: a supplier's current list older than this many days is marked stale; a price
    # per base unit that moved more than this percentage since the supplier's previous list is flagged.
    stale_after_days: int = 45
    price_jump_pct: float = 15.0

    def cleanse_settings(self):
        """The cleansing settings these imply (restaurant location, exchange rates)."""
        location = restaurant_location(
            load_catalogs(), self.restaurant_place or "lima", self.restaurant_lat, self.restaurant_lon
        )
        return CleanseSettings(restaurant=location, rates=dict(self.currency_rates))


def settings_path() -> Path:
    return user_data_dir() / SETTINGS_FILE


# Each migration takes the JSON dict of version N and returns version N + 1.
def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    # Version 1 kept the restaurant as one "restaurant" string and weights without co2/lead_time.
    if "restaurant" in data:
        data["restaurant_place"] = data.pop("restaurant")
    weights = data.get("default_weights")
    if isinstance(weights, dict):
        for name, value in _default_weights().items():
            weights.setdefault(name, value if name in ("co2", "lead_time") else 0.0)
    return data


MIGRATIONS = {1: _v1_to_v2}


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("version", 1)
    if not isinstance(version, int):
        version = 1
    while version < SETTINGS_VERSION and version in MIGRATIONS:
        data = MIGRATIONS[version](data)
        version += 1
    data["version"] = SETTINGS_VERSION
    return data


def _checked(name: str, value: Any, default: Any) -> Any:
    """``value`` if it has the type of ``default`` (numbers interchangeable), else ``default``."""
    if name in ("restaurant_lat", "restaurant_lon"):
        return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None
    if isinstance(default, bool):
        return value if isinstance(value, bool) else default
    if isinstance(default, (int, float)):
        return type(default)(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default
    if isinstance(default, str):
        return value if isinstance(value, str) else default
    if isinstance(default, dict):
        if not isinstance(value, dict):
            return default
        clean = {str(k): float(v) for k, v in value.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
        return clean
    return value


def from_dict(data: dict[str, Any]) -> Settings:
    data = _migrate(dict(data))
    defaults = Settings()
    values = {}
    for f in dataclasses.fields(Settings):
        if f.name in data:
            values[f.name] = _checked(f.name, data[f.name], getattr(defaults, f.name))
    settings = Settings(**values)
    if settings.language not in LANGUAGES:
        settings.language = "es"
    weights = _default_weights()
    weights.update({k: max(0.0, v) for k, v in settings.default_weights.items() if k in CRITERIA})
    settings.default_weights = weights
    settings.currency_rates = _plausible_rates(settings.currency_rates)
    if not 1 <= settings.stale_after_days <= 3650:
        settings.stale_after_days = defaults.stale_after_days
    if not 0 < settings.price_jump_pct <= 1000:
        settings.price_jump_pct = defaults.price_jump_pct
    return settings


def _plausible_rates(rates: dict[str, float]) -> dict[str, float]:
    """The saved exchange rates that pass the checks (a bad one falls back to the catalog's)."""
    kept = {}
    for code, rate in rates.items():
        try:
            kept[code.upper()] = checked_rate(load_catalogs(), code, rate)
        except UserError as error:
            log.warning("Exchange rate %s=%s ignored: %s", code, rate, error)
    return kept


def to_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


def site_defaults() -> dict[str, Any]:
    """The defaults IT deployed next to the installation (core.appstate.site_defaults); {} when none."""
    return load_site_defaults()


def default_settings(site: dict[str, Any] | None = None) -> Settings:
    """The built-in defaults with the site's defaults (``site``, else the deployed file) over them."""
    site = site_defaults() if site is None else site
    return from_dict({**site, "version": SETTINGS_VERSION}) if site else Settings()


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings over the site defaults over the built-in defaults.

    A key the user has saved always wins; the site defaults fill the rest (on a first start,
    everything). A file that cannot be read gives the (site) defaults.
    """
    path = path or settings_path()
    site = site_defaults()
    if not path.exists():
        return default_settings(site)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("settings file does not hold an object")
    except (OSError, ValueError) as error:
        log.warning("Settings file %s could not be read (%s); using defaults.", path, error)
        return default_settings(site)
    if site and "version" not in data:
        data["version"] = 1  # an unversioned user file is version 1, whatever the site file says
    return from_dict({**site, **data})


def save_settings(settings: Settings, path: Path | None = None) -> Path:
    path = path or settings_path()
    write_text_atomic(path, json.dumps(to_dict(settings), indent=2, ensure_ascii=False))
    return path
