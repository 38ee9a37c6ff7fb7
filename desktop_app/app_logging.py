"""The app's log: a rotating file in the user's data folder (logs/app.log).

Secrets never reach it: the admin PIN is not logged anywhere, and this filter blanks any
record that still mentions a PIN value by name, as a second line of defence.
"""

from __future__ import annotations

import logging
import re
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from core.paths import user_data_dir

LOG_NAME = "app.log"
_SECRET = re.compile(r"(pin|password|contraseña)\s*[=:]\s*\S+", re.IGNORECASE)


class _NoSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if _SECRET.search(message):
            record.msg = _SECRET.sub(r"\1=***", message)
            record.args = None
        return True


def log_dir() -> Path:
    folder = user_data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to logs/app.log (1 MB x 5 files) and record uncaught exceptions there."""
    path = log_dir() / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_NoSecrets())
    root.addHandler(handler)
    root.setLevel(level)

    def log_uncaught(kind, value, trace):
        logging.getLogger("desktop_app").error("Uncaught exception", exc_info=(kind, value, trace))
        sys.__excepthook__(kind, value, trace)

    sys.excepthook = log_uncaught
    return path
