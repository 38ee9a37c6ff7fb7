"""The ``sourcing`` command line (shared/DESIGN.md, "Command line").

Errors a user can cause end with exit code 2 and one plain sentence on stderr, never a
traceback. Each subcommand lives in its own module with ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from core.errors import Cancelled, UserError
from core.i18n import set_language, tr

EXIT_USER_ERROR = 2
EXIT_CANCELLED = 130


def build_parser() -> argparse.ArgumentParser:
    from core.cli import import_cmd

    parser = argparse.ArgumentParser(
        prog="sourcing",
        description=tr(
            "Sustainable Sourcing Optimizer: import supplier price lists, score their "
            "sustainability, rank the options per ingredient and export reports."
        ),
    )
    parser.add_argument("--lang", default=None, help=tr("language of messages and reports: es or en"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    import_cmd.register(subparsers)
    for module_name in ("score_cmd", "rank_cmd", "retrain_cmd", "models_cmd", "site_cmd"):
        try:
            module = __import__(f"core.cli.{module_name}", fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name != f"core.cli.{module_name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        set_language(args.lang)
    try:
        return int(args.run(args) or 0)
    except UserError as exc:
        print(f"sourcing: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except (Cancelled, KeyboardInterrupt):
        print(tr("sourcing: cancelled; nothing was written."), file=sys.stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())
