"""Where things live: the read-only application files (catalogs, samples, bundled models)
and the user's writable data folder (workspace database, logs, new model versions)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "sustainable-sourcing"


def app_root() -> Path:
    """Folder holding data/, models/ and resources/: the source tree, or the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def reference_dir() -> Path:
    return app_root() / "data" / "reference"


def samples_dir() -> Path:
    return app_root() / "data" / "samples"


def bundled_models_dir() -> Path:
    return app_root() / "models"


def user_data_dir_path() -> Path:
    """Where the user's writable folder is (not created). SOURCING_DATA_DIR overrides it (tests,
    portable installs)."""
    override = os.environ.get("SOURCING_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / APP_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / APP_NAME


def user_data_dir() -> Path:
    """The user's writable folder, created if needed (OSError when it cannot be: callers turn it
    into one sentence with core.os_errors)."""
    path = user_data_dir_path()
    path.mkdir(parents=True, exist_ok=True)
    return path
