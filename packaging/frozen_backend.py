"""The frozen app's Keras backend: the one its package was built with.

packaging/sourcing.spec writes the build venv's backend ("jax" for the shipped package,
"tensorflow" for the measured alternatives) to _internal/KERAS_BACKEND. Both frozen entry
points call ``select_keras_backend()`` first, before anything imports keras: Keras reads
KERAS_BACKEND once, at import. A KERAS_BACKEND the user's environment may hold is overridden
on purpose: the package carries one backend only. Without the file (a source checkout) nothing
is changed and Keras keeps its own default (TensorFlow).

KERAS_HOME goes to the app's user data folder: Keras writes its keras.json (naming the backend)
on first import, and in ~/.keras it would change the default backend of any other Keras the
user runs. There it stays with the app's data (and uninstall.sh --purge removes it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.paths import user_data_dir

BACKEND_FILE = "KERAS_BACKEND"


def bundled_backend(bundle_dir: Path | None = None) -> str | None:
    folder = bundle_dir or Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent))
    path = folder / BACKEND_FILE
    if not path.is_file():
        return None
    return path.read_text(encoding="utf-8").strip() or None


def select_keras_backend(bundle_dir: Path | None = None) -> str | None:
    backend = bundled_backend(bundle_dir)
    if backend:
        os.environ["KERAS_BACKEND"] = backend
        os.environ.setdefault("KERAS_HOME", str(user_data_dir() / "keras"))
        if backend == "jax":
            os.environ.setdefault("JAX_PLATFORMS", "cpu")  # no probing for GPUs the package cannot use
    return backend
