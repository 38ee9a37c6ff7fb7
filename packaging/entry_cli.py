"""Frozen entry point of the `sourcing` command line (the same as pyproject's console script)."""

import sys

from core.cli import main

if __name__ == "__main__":
    sys.exit(main())
