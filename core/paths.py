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


def user_data_dir_path(platform: str | None = None) -> Path:
    """Where the user's writable folder is (not created). SOURCING_DATA_DIR overrides it (tests,
    portable installs). ``platform`` (default ``sys.platform``) is a parameter so that the
    Windows and macOS folders are tested on any machine."""
    platform = platform or sys.platform
    override = os.environ.get("SOURCING_DATA_DIR")
    if override:
        return Path(override)
    if platform.startswith("win"):
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_NAME
    if platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_NAME
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / APP_NAME


def user_data_dir(platform: str | None = None) -> Path:
    """The user's writable folder, created if needed (OSError when it cannot be: callers turn it
    into one sentence with core.os_errors)."""
    path = user_data_dir_path(platform)
    path.mkdir(parents=True, exist_ok=True)
    return path


WORKSPACE_FILE = "workspace.sqlite"  # the user's SQLite workspace (core.appstate.workspace)


def workspace_path() -> Path:
    return user_data_dir() / WORKSPACE_FILE
