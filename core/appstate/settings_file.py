"""Where the user's settings live, and the one setting the app needs before anything heavy loads.

The language is read here without pandas or the catalogs (core.appstate.settings needs both to
check rates and places), so the desktop app can speak the user's language on its start screen,
painted before the rest of the app is imported. The full settings are still read and checked by
``core.appstate.settings.load_settings``; this only peeks at the language.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.appstate.site_defaults import load_site_defaults
from core.i18n import DEFAULT_LANGUAGE, SUPPORTED
from core.paths import user_data_dir, user_data_dir_path

SETTINGS_FILE = "settings.json"


def settings_path() -> Path:
    """The settings file (its folder created when missing, as the app creates it at start)."""
    return user_data_dir() / SETTINGS_FILE


def stored_language(path: Path | None = None) -> str:
    """The language the settings will have: the user's saved one, else the site's, else Spanish."""
    language = load_site_defaults().get("language")
    try:
        data = json.loads((path or user_data_dir_path() / SETTINGS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if isinstance(data, dict) and isinstance(data.get("language"), str):
        language = data["language"]
    return language if language in SUPPORTED else DEFAULT_LANGUAGE  # as load_settings checks it
