"""``sourcing score OFFERS.csv --out scored.csv``: add the model's score, interval,
out-of-distribution flag and explanation to an offers table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from core.atomic_write import ensure_writable_target
from core.cli.output_files import csv_file
from core.i18n import tr, trn
from core.lifecycle.spark_config import spark_params
from core.model.bundle import load_bundle, verify_bundle
from core.model.registry import ModelRegistry
from core.model.scoring import score_offers
from core.offers_csv import read_offers, write_offers
from core.progress import Progress
from core.spark.score_job import score_on_spark
from core.spark.session import build_session, stop_session


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "score",
        help=tr("score the sustainability of the offers in a CSV file"),
        description=tr(
            "Read an offers table written by `sourcing import` (or one with only the canonical "
            "columns), score every offer with the active model and write it with the columns "
            "sustainability_score_pred, score_low, score_high, ood and explanation added "
            "(explanations only with --explain all)."
        ),
    )
    parser.add_argument("offers", type=Path, metavar="OFFERS.csv", help=tr("offers table (CSV, UTF-8)"))
    parser.add_argument("--out", type=csv_file, required=True, help=tr("CSV file to write the scored offers to"))
    parser.add_argument(
        "--model", default=None, metavar="VERSION", help=tr("model version to use (default: the active one)")
    )
    parser.add_argument(
        "--month",
        type=int,
        default=None,
        choices=range(1, 13),
        metavar="1-12",
        help=tr("month the offers are for, for seasonality (default: this month)"),
    )
    parser.add_argument(
        "--explain",
        choices=("none", "all"),
        default="none",
        help=tr(
            "all: add every offer's explanation (128 model evaluations per offer, with progress); "
            "none (default): leave the explanation column empty"
        ),
    )
    parser.add_argument("--no-explain", action="store_true", help=tr("the same as --explain none (kept for scripts)"))
    parser.add_argument(
        "--engine",
        choices=("local", "spark"),
        default="local",
        help=tr("local (default) or spark: score with Spark, for catalogues too big for one machine"),
    )
    parser.add_argument(
        "--master",
        default=None,
        metavar="URL",
        help=tr("Spark master for --engine spark (default: params.yaml, else local[*])"),
    )
    parser.set_defaults(run=run)


def _printer(fraction: float, message: str) -> None:
    print(f"\r{fraction * 100:5.1f}% {message:<40}", end="", file=sys.stderr, flush=True)


class _LinePrinter:
    """Progress as lines for a log or a pipe: each new message, and every tenth of the way."""

    def __init__(self):
        self._message, self._tenth = "", -1

    def __call__(self, fraction: float, message: str) -> None:
        tenth = int(fraction * 10)
        if (message and message != self._message) or tenth > self._tenth:
            self._message, self._tenth = message or self._message, tenth
            print(f"[{fraction:4.0%}] {self._message}", file=sys.stderr, flush=True)


def wants_explanations(args: argparse.Namespace) -> bool:
    return args.explain == "all" and not args.no_explain


def run(args: argparse.Namespace) -> int:
    ensure_writable_target(args.out)
    if args.engine == "spark":
        return run_on_spark(args)
    offers = read_offers(args.offers)
    registry = ModelRegistry()
    bundle = load_bundle(registry.path_of(args.model)) if args.model else registry.load_active()
    explain = wants_explanations(args)
    progress = Progress(_printer if sys.stderr.isatty() else (_LinePrinter() if explain else None))
    scored = score_offers(offers, bundle, progress, explain=explain, month=args.month)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    write_offers(scored, args.out)
    unusual = int(scored["ood"].sum())
    print(
        trn(
            "{count} offer scored with model {version}; written to {path}.",
            "{count} offers scored with model {version}; written to {path}.",
            len(scored),
            version=bundle.version,
            path=args.out,
        ),
        file=sys.stderr,
    )
    if unusual:
        print(
            trn(
                "{count} offer is unlike the training data (ood = True): treat its score with care.",
                "{count} offers are unlike the training data (ood = True): treat their scores with care.",
                unusual,
            ),
            file=sys.stderr,
        )
    return 0


def run_on_spark(args: argparse.Namespace) -> int:
    read_offers(args.offers, nrows=100)  # the same one-sentence errors as the local path
    registry = ModelRegistry()
    version = args.model or registry.active_version()
    if not version:
        registry.load_active()  # raises the "no model is active yet" sentence
        return 2
    bundle_dir = registry.path_of(version)
    verify_bundle(bundle_dir)
    config = spark_params(_project_params(), {"SOURCING_SPARK_MASTER": args.master or ""}).config
    spark = build_session(config)
    try:
        rows = score_on_spark(
            spark, args.offers, args.out, bundle_dir, explain=wants_explanations(args), month=args.month
        )
    finally:
        stop_session()
    print(
        trn(
            "{count} offer scored with model {version}; written to {path}.",
            "{count} offers scored with model {version}; written to {path}.",
            rows,
            version=version,
            path=args.out,
        ),
        file=sys.stderr,
    )
    return 0


def _project_params() -> dict:
    """params.yaml of the project (its ``spark`` section), when there is one here."""
    path = Path("params.yaml")
    if not path.is_file():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
