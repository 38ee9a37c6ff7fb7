"""``sourcing retrain [--master URL]``: run the DVC pipeline and register a candidate model.

stdout carries one JSON object per line, ``{"stage": ..., "fraction": ..., "message": ...}``
(the admin screen parses them); the pipeline's own log goes to stderr. SIGINT or SIGTERM
cancels: the pipeline stops, dvc.lock and its outputs are put back exactly, nothing is
registered, exit code 130. So does the death of the process that started this one (the admin
window); kill -9 of this one is handled by its watchdog (core.lifecycle.retrain_watchdog).
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from core.errors import Cancelled
from core.i18n import tr
from core.lifecycle.retrain import Overrides, event_line, retrain
from core.lifecycle.retrain_watchdog import cancel_when_orphaned
from core.progress import Progress


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "retrain",
        help=tr("retrain the model with the DVC pipeline and register it as a candidate"),
        description=tr(
            "Run the DVC pipeline (generate, prepare, train, evaluate; Spark by default) and register "
            "the new model as a candidate version. The active model does not change: promote the "
            "candidate with `sourcing models promote`. Progress is printed on stdout as one JSON "
            "object per line."
        ),
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        help=tr("folder holding dvc.yaml and params.yaml (default: the current folder)"),
    )
    parser.add_argument(
        "--master",
        default=None,
        metavar="URL",
        help=tr("Spark master: local[*], local[2], spark://host:7077, yarn, k8s://... (default: params.yaml)"),
    )
    parser.add_argument(
        "--driver-memory",
        default=None,
        metavar="SIZE",
        help=tr("memory of the Spark driver, e.g. 2g (default: params.yaml)"),
    )
    parser.add_argument(
        "--parallelism", type=int, default=None, metavar="N", help=tr("Spark tasks run at once (default: params.yaml)")
    )
    parser.add_argument(
        "--engine",
        choices=("spark", "pandas"),
        default=None,
        help=tr("run prepare and train on Spark or in one process (default: params.yaml)"),
    )
    parser.add_argument("--force", action="store_true", help=tr("run every stage even if nothing changed"))
    parser.set_defaults(run=run)


def _stdout_event(event: dict) -> None:
    print(event_line(event), flush=True)


def _stderr_log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    progress = Progress(None)
    previous = {sig: signal.signal(sig, lambda *_: progress.cancel()) for sig in (signal.SIGINT, signal.SIGTERM)}
    cancel_when_orphaned(progress.cancel)  # the admin window that started us crashed: stop and undo
    try:
        result = retrain(
            args.project,
            progress,
            _stdout_event,
            Overrides(args.master, args.driver_memory, args.parallelism, args.engine),
            log=_stderr_log,
            force=args.force,
        )
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if progress.cancelled:
        raise Cancelled()
    keras = result.metrics.get("keras", {})
    print(
        tr(
            "Candidate model {version} registered (test MAE {mae}); the active model is unchanged.",
            version=result.version,
            mae=round(float(keras.get("mae", float("nan"))), 4),
        ),
        file=sys.stderr,
    )
    return 0
