"""DVC pipeline stages (dvc.yaml): generate -> prepare -> train -> evaluate.

Each stage is ``python -m core.pipeline.<stage> --params params.yaml``: a thin main() that
reads its own section of the params file and calls pure core functions, printing progress
lines so that ``dvc repro`` (and the GUI streaming its log) shows where it is.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import yaml

from core.i18n import use_language_of_environment
from core.progress import Progress


def stage_arguments(description: str, argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--params", type=Path, default=Path("params.yaml"), help="params file (default params.yaml)")
    return parser.parse_args(argv)


def load_params(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def printing_progress(stage: str) -> Progress:
    """Progress that prints '[stage]  42% message' lines (flushed: dvc streams them), in the
    language of the run that started DVC (SOURCING_LANG; else the default)."""
    use_language_of_environment()
    start = time.monotonic()
    last: dict[str, str | None] = {"text": None}

    def report(fraction: float, message: str) -> None:
        text = f"[{stage}] {fraction * 100:5.1f}% {message}"
        if text != last["text"]:
            print(f"{text}  ({time.monotonic() - start:.0f} s)", flush=True)
            last["text"] = text

    return Progress(report)
