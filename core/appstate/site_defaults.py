"""Site defaults: a settings file IT deploys next to the installation (docs/installing.md).

The file gives the defaults of one site (restaurant location, exchange rates, language, DVC
remote, Spark master); a user's own settings.json still wins for every key the user has saved.
``load_site_defaults()`` finds the file and returns the values it holds as a dict keyed by the
names of ``core.appstate.settings.Settings`` fields; core.appstate.settings merges them under the user's values.

Where the file is looked for, first match wins:
1. ``SOURCING_SITE_CONFIG`` (environment variable): a path to the file. When it is set but the
   file does not exist, nothing else is tried (IT meant that file; the log says it is missing).
2. Next to the installation: the folder of the executables in the packaged (frozen) app; for a
   pip install, the Python environment's folder (``sys.prefix``, e.g. ``.venv/``), so that a
   developer's checkout and the tests are not affected by a file lying around.
   Names tried: site-defaults.toml, site-defaults.json.

TOML or JSON by suffix. A file that cannot be read, or a value of the wrong type, never stops
the app: the problem is logged and that file (or that value) is ignored. Nothing here imports Qt.

The admin PIN (``admin_pin_hash = "scrypt$…"``, written by the installer, issue 18) is the one
setting read ONLY from the file next to the installation (2. above, never through
SOURCING_SITE_CONFIG, which any user can point at a file of their own), and it takes
precedence over any PIN set in the app: ``site_admin_pin_hash()``. It protects only where
users cannot write that folder (an all-users install); docs/installing.md says so.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from core.i18n import tr

log = logging.getLogger(__name__)

ENV_VAR = "SOURCING_SITE_CONFIG"
FILE_NAMES = ("site-defaults.toml", "site-defaults.json")

# The settings a site may preset, with the JSON type each must have.
# admin_pin_hash: the site's admin PIN as `sourcing site pin-hash` prints it (install.sh --site-defaults
# deploys it in a file only an administrator can write; issue 13 gives it precedence over the user's).
_STRINGS = ("restaurant_place", "language", "dvc_remote", "spark_master", "admin_pin_hash")
_NUMBERS = ("restaurant_lat", "restaurant_lon")
_NUMBER_TABLES = ("currency_rates", "default_weights")
SITE_KEYS = _STRINGS + _NUMBERS + _NUMBER_TABLES
PIN_KEY = "admin_pin_hash"  # read by site_admin_pin_hash only, never merged into the user's settings
_PIN_HASH = re.compile(r"^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$")


def is_pin_hash(value: object) -> bool:
    """The shape core.appstate.admin_pin.hash_pin writes: scrypt$N$r$p$salt$digest."""
    return isinstance(value, str) and _PIN_HASH.match(value.strip()) is not None


def installation_dir() -> Path:
    """The folder holding the programs: beside the executable when frozen, else the Python environment."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.prefix)


def site_defaults_path() -> Path | None:
    """The site defaults file in use, or None when there is none."""
    configured = os.environ.get(ENV_VAR, "").strip()
    if configured:
        path = Path(configured).expanduser()
        if path.is_file():
            return path
        log.warning("%s points at %s, which is not a file; no site defaults are used.", ENV_VAR, path)
        return None
    for name in FILE_NAMES:
        path = installation_dir() / name
        if path.is_file():
            return path
    return None


def read_site_file(path: Path) -> dict[str, Any]:
    """The raw mapping in ``path`` (TOML or JSON by suffix); ValueError when it cannot be parsed."""
    data_bytes = path.read_bytes()
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(data_bytes.decode("utf-8-sig"))
        else:
            data = tomllib.loads(data_bytes.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise ValueError(tr("it is not text in UTF-8")) from error
    except json.JSONDecodeError as error:
        raise ValueError(
            tr("it is not valid JSON at line {line}, column {column}", line=error.lineno, column=error.colno)
        ) from error
    except tomllib.TOMLDecodeError as error:  # its own words are English: where it stopped is what IT needs
        where = _TOML_PLACE.search(str(error))
        if where is None:
            raise ValueError(tr("it is not valid TOML (it ends before a setting is complete)")) from error
        raise ValueError(
            tr("it is not valid TOML at line {line}, column {column}", line=where[1], column=where[2])
        ) from error
    if not isinstance(data, dict):
        raise ValueError(tr("it does not hold a table of settings"))
    return data


_TOML_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def validate(data: dict[str, Any], source: str = "site defaults") -> dict[str, Any]:
    """Keep the known keys whose values have the right type; log every key that is dropped."""
    clean: dict[str, Any] = {}
    for key, value in data.items():
        if key == PIN_KEY:  # read by site_admin_pin_hash, and only from the file next to the programs
            if source != str(installed_site_file()):
                log.warning("%s: %r is read only from the site file next to the programs; ignored here.", source, key)
            elif not is_pin_hash(value):
                log.warning("%s: %r is not a PIN hash written by `sourcing site pin-hash`; ignored.", source, key)
            continue
        if key not in SITE_KEYS:
            log.warning("%s: unknown setting %r ignored.", source, key)
        elif key in _STRINGS and isinstance(value, str):
            clean[key] = value.strip()
        elif key in _NUMBERS and _is_number(value):
            clean[key] = float(value)
        elif key in _NUMBER_TABLES and isinstance(value, dict):
            table = {str(k): float(v) for k, v in value.items() if _is_number(v)}
            if len(table) != len(value):
                log.warning("%s: non-numeric entries of %r ignored.", source, key)
            if key == "currency_rates":
                table = {k.upper(): v for k, v in table.items() if v > 0}
            clean[key] = table
        else:
            log.warning("%s: %r has a value of the wrong type (%s) and is ignored.", source, key, type(value).__name__)
    if ("restaurant_lat" in clean) != ("restaurant_lon" in clean):
        log.warning("%s: restaurant_lat and restaurant_lon go together; both ignored.", source)
        clean.pop("restaurant_lat", None)
        clean.pop("restaurant_lon", None)
    return clean


def load_site_defaults(path: Path | None = None) -> dict[str, Any]:
    """The site's settings defaults (Settings field name -> value); {} when there is no usable file."""
    path = path or site_defaults_path()
    if path is None:
        return {}
    try:
        data = read_site_file(path)
    except (OSError, ValueError) as error:
        log.warning("Site defaults %s could not be read (%s); built-in defaults are used.", path, error)
        return {}
    values = validate(data, source=str(path))
    log.info("Site defaults read from %s: %s", path, ", ".join(sorted(values)) or "nothing usable")
    return values


def installed_site_file() -> Path | None:
    """The site defaults file next to the installation, whatever SOURCING_SITE_CONFIG says."""
    for name in FILE_NAMES:
        path = installation_dir() / name
        if path.is_file():
            return path
    return None


def site_admin_pin_hash() -> str:
    """The admin PIN hash IT deployed next to the programs; '' when there is none (or it is malformed,
    which is logged: the app then behaves as without a site PIN, never opens without any check)."""
    path = installed_site_file()
    if path is None:
        return ""
    try:
        value = read_site_file(path).get(PIN_KEY, "")
    except (OSError, ValueError) as error:
        log.warning("Site defaults %s could not be read for the admin PIN (%s).", path, error)
        return ""
    if not value:
        return ""
    if not is_pin_hash(value):
        log.warning("%s: %s is not a PIN hash made by the installer; it is ignored.", path, PIN_KEY)
        return ""
    if os.access(path, os.W_OK) or os.access(path.parent, os.W_OK):
        log.warning("%s can be changed by this user: its admin PIN protects nothing (docs/installing.md).", path)
    return value.strip()
