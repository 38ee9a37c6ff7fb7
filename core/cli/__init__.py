"""The ``sourcing`` command line (shared/DESIGN.md, "Command line").

Errors a user can cause end with exit code 2 and one plain sentence on stderr, never a
traceback. Each subcommand lives in its own module with ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import sys
from collections.abc import Callable, Sequence

from core.atomic_write import remove_stale_temporaries
from core.errors import Cancelled, UserError
from core.i18n import N_, set_language, supported_language, tr
from core.os_errors import describe_os_error
from core.paths import user_data_dir_path
from core.reading.reader_process import WORKER_FLAG, run_worker

EXIT_USER_ERROR = 2
EXIT_CANCELLED = 130


COMMANDS = {
    "import": "import_cmd",
    "score": "score_cmd",
    "rank": "rank_cmd",
    "plan": "plan_cmd",
    "corrections": "corrections_cmd",
    "retrain": "retrain_cmd",
    "models": "models_cmd",
    "site": "site_cmd",
    "audits": "audits_cmd",
    "history": "history_cmd",
}


# argparse's own texts that a user meets ("usage:", "the following arguments are required: %s"),
# marked here so that they are translated with ours; argparse looks them up through its module's
# ``_`` at the moment it writes them, which ``_argparse_in_our_language`` points at ``tr``
ARGPARSE_TEXTS = (
    N_("usage: "),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("expected at least one argument"),
    N_("expected at most one argument"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("options"),
    N_("positional arguments"),
    N_("show this help message and exit"),
)


# The placeholders of the help ("--supplier SUPPLIER", "FILE [FILE ...]"), translated where the
# parser is built (_translate_metavars): Spanish help reads "--supplier PROVEEDOR"
METAVARS = frozenset(
    (
        N_("ACCEPT_PRICE"),
        N_("ACTION"),
        N_("AUDITOR"),
        N_("CERTIFICATION"),
        N_("COMMAND"),
        N_("CUR=RATE"),
        N_("EVIDENCE"),
        N_("FILE"),
        N_("FRONTIER"),
        N_("INGREDIENT"),
        N_("LANG"),
        N_("MAPPING"),
        N_("MAX_PRICE"),
        N_("MIN_SCORE"),
        N_("NAME"),
        N_("NEEDS.csv"),
        N_("NOTE"),
        N_("OFFERS.csv"),
        N_("ORDERS"),
        N_("ORIGIN"),
        N_("OUT"),
        N_("PACK_QTY"),
        N_("PACK_UNIT"),
        N_("POINTS"),
        N_("PRICE_LIST"),
        N_("PRODUCT"),
        N_("PROJECT"),
        N_("REPORT"),
        N_("RESTAURANT"),
        N_("SCORE"),
        N_("SIZE"),
        N_("SUPPLIER"),
        N_("SUPPLIERS.csv"),
        N_("VALUE"),
        N_("VERSION"),
        N_("WEIGHTS"),
        N_("YYYY-MM-DD"),
        N_("candidate"),
        N_("file"),
        N_("version"),
    )
)


def _translate_metavars(parser: argparse.ArgumentParser) -> None:
    """Every placeholder of ``parser`` and its subcommands' in the current language (argparse
    writes the dest in capitals when an argument names none)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _translate_metavars(sub)
        if action.nargs == 0 or isinstance(action, argparse._HelpAction):
            continue
        if action.metavar is None and action.choices is not None:
            continue  # argparse shows the choices themselves: "{none,all}"
        shown = action.metavar or (action.dest.upper() if action.option_strings else action.dest)
        if isinstance(shown, str) and shown in METAVARS:
            action.metavar = tr(shown)


def _argparse_in_our_language() -> None:
    argparse._ = tr  # type: ignore[attr-defined]  # a text without a translation stays argparse's


def _before_command(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """The value of ``--lang`` (``--lang X`` or ``--lang=X``) given before the subcommand, and the
    subcommand named, if it is one of ours (the help is written in that language, and only that
    command's module is loaded)."""
    rest, lang = list(argv), None
    while rest and rest[0].startswith("-"):
        option = rest.pop(0)
        if option.startswith("--lang="):
            lang = option.partition("=")[2]
        elif option == "--lang" and rest:
            lang = rest.pop(0)
    return lang, (rest[0] if rest and rest[0] in COMMANDS else None)


def _language(value: str) -> str:
    """``--lang``: es or en (es_PE, en-GB and the like too); another is refused in one sentence."""
    code = supported_language(value)
    if code is None:
        raise argparse.ArgumentTypeError(tr("'{value}' is not a language of this program: use es or en", value=value))
    return code


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` naming a command, only that command's module is loaded (a
    cold start of `sourcing import` need not load the model, report and Spark modules)."""
    parser = argparse.ArgumentParser(
        prog="sourcing",
        description=tr(
            "Sustainable Sourcing Optimizer: import supplier price lists, score their "
            "sustainability, rank the options per ingredient and export reports."
        ),
    )
    parser.add_argument("--lang", default=None, type=_language, help=tr("language of messages and reports: es or en"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    wanted = _before_command(argv)[1] if argv is not None else None
    for name, module_name in COMMANDS.items():
        if wanted is not None and name != wanted:
            continue
        try:
            module = importlib.import_module(f"core.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"core.cli.{module_name}":
                raise
            continue
        module.register(subparsers)
    _translate_metavars(parser)
    return parser


def _work(args: argparse.Namespace) -> Callable[[argparse.Namespace], int | None]:
    """The command's work: ``args.run``, a function, or the name of the module whose ``run`` does
    it, loaded by name only now, after the command's ``start`` (a cold `sourcing import` reads its
    files in child processes while pandas and the cleansing modules load)."""
    if callable(args.run):
        return args.run
    return importlib.import_module(f"core.cli.{args.run}").run


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [WORKER_FLAG]:  # the packaged app reads price lists through this program
        run_worker()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    with contextlib.suppress(AttributeError, ValueError):  # a replaced stdout (a test's) may not have it
        # what goes to stdout and stderr stays in order when both go to one file or pipe (a log, CI):
        # "Offers written to …" ran into the report's last line there
        sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    _argparse_in_our_language()
    asked = _before_command(arguments)[0]
    if asked is not None and supported_language(asked):
        set_language(asked)  # before the parser is built: its help and errors are in that language
    args = build_parser(arguments).parse_args(arguments)
    if args.lang:
        set_language(args.lang)
    remove_stale_temporaries(user_data_dir_path(), depth=2)  # left by runs that were killed
    try:
        with contextlib.ExitStack() as started:
            if getattr(args, "start", None) is not None:
                started.enter_context(args.start(args))  # e.g. `import`: its files are being read meanwhile
            return int(_work(args)(args) or 0)
    except UserError as exc:
        print(f"sourcing: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except OSError as exc:  # a file, folder or disk problem no command turned into a sentence itself
        logging.getLogger(__name__).debug("OS error", exc_info=True)
        print(f"sourcing: {describe_os_error(exc)}", file=sys.stderr)
        return EXIT_USER_ERROR
    except (Cancelled, KeyboardInterrupt):
        print(tr("sourcing: cancelled; nothing was written."), file=sys.stderr)
        return EXIT_CANCELLED


if __name__ == "__main__":
    sys.exit(main())
