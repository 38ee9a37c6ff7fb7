"""``sourcing site check FILE / show / pin-hash``: IT's tools for the site defaults file
(docs/installing.md, "Site defaults"; install.sh --site-defaults runs ``check`` before it
installs a file)."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from pathlib import Path

from core.appstate.site_check import PIN_HASH_KEY, check_site_file, pin_hash_line
from core.appstate.site_defaults import load_site_defaults, site_defaults_path
from core.errors import UserError
from core.i18n import tr

EXIT_PROBLEMS = 2


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "site",
        help=tr("check, show or prepare the site defaults file IT deploys"),
        description=tr("The site defaults file: the settings IT presets for every user of a site."),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    check = actions.add_parser(
        "check",
        help=tr("say what a site defaults file sets and every line the app would ignore"),
        description=tr("Check a site defaults file before deploying it; exit code 2 when the app would ignore a line."),
    )
    check.add_argument("file", type=Path, help=tr("the site defaults file (TOML or JSON)"))
    check.set_defaults(run=run_check)
    show = actions.add_parser(
        "show",
        help=tr("show the site defaults file this installation uses and its values"),
        description=tr("Show the site defaults file this installation uses and its values."),
    )
    show.set_defaults(run=run_show)
    pin = actions.add_parser(
        "pin-hash",
        help=tr("print the admin PIN line for the site defaults file (PIN read from the terminal or stdin)"),
        description=tr(
            "Print the admin_pin_hash line for the site defaults file. The PIN is read from the terminal, "
            "or from standard input when it is not a terminal; it is never an argument, so it stays out of "
            "the shell history."
        ),
    )
    pin.set_defaults(run=run_pin_hash)


def _shown(key: str, value: object) -> str:
    return tr("(set)") if key == PIN_HASH_KEY else str(value)


def run_check(args: argparse.Namespace) -> int:
    if args.file.is_dir():
        raise UserError(tr("{path} is a folder; give the site defaults file (TOML or JSON).", path=args.file))
    if not args.file.is_file():
        raise UserError(tr("The site defaults file {path} does not exist.", path=args.file))
    # The reader's own log lines would repeat the sentences below: those are enough.
    logging.getLogger("core.appstate.site_defaults").setLevel(logging.ERROR)
    values, problems = check_site_file(args.file)
    for problem in problems:
        print(f"sourcing: {problem}", file=sys.stderr)
    if problems:
        return EXIT_PROBLEMS
    settings = ", ".join(f"{key}={_shown(key, values[key])}" for key in sorted(values)) or tr("nothing")
    print(tr("{path} is correct; it sets: {settings}", path=args.file, settings=settings))
    return 0


def run_show(args: argparse.Namespace) -> int:
    path = site_defaults_path()
    if path is None:
        print(tr("This installation uses no site defaults file."))
        return 0
    values = load_site_defaults(path)
    print(tr("Site defaults file: {path}", path=path))
    for key in sorted(values):
        print(f"  {key} = {_shown(key, values[key])}")
    return 0


def run_pin_hash(args: argparse.Namespace) -> int:
    if sys.stdin.isatty():
        pin = getpass.getpass(tr("Admin PIN: "))
        if getpass.getpass(tr("The same PIN again: ")) != pin:
            raise UserError(tr("The two PINs differ; nothing was printed."))
    else:
        pin = sys.stdin.readline().strip()
    print(pin_hash_line(pin))
    return 0
