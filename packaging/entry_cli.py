"""Frozen entry point of the `sourcing` command line (the same as pyproject's console script)."""

import sys

from frozen_backend import select_keras_backend

select_keras_backend()  # before core, which imports keras when it loads a model

from core.cli import main  # noqa: E402 - after the Keras backend is chosen

if __name__ == "__main__":
    sys.exit(main())
