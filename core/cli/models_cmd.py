"""``sourcing models list / promote V / rollback / register DIR``: the model registry.

Changing the registry is admin work: when an admin PIN is set (core.appstate.admin_pin), promote,
rollback and register ask for it on a terminal, or read it from ``--pin-file`` (a file holding
the PIN, for scripts IT runs); wrong PINs wait as in the window. ``list`` only reads."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from core.appstate.admin_pin import PinGuard, damaged_sentence, find_pin
from core.appstate.settings import load_settings
from core.errors import UserError
from core.i18n import short_moment, tr
from core.model.registry import ModelRegistry
from core.os_errors import READ, describe_os_error


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "models",
        help=tr("list, promote or roll back model versions"),
        description=tr(
            "The model registry: every trained version, which one is active, and an atomic switch between them."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser(
        "list",
        help=tr("list the model versions with their test metrics"),
        description=tr("List the model versions with their test metrics."),
    )
    listing.set_defaults(run=run_list)
    promote = actions.add_parser(
        "promote",
        help=tr("make a version the active model"),
        description=tr("Make a version the active model after checking its files."),
    )
    promote.add_argument("version", help=tr("version name, e.g. v2"))
    add_pin_option(promote)
    promote.set_defaults(run=run_promote)
    rollback = actions.add_parser(
        "rollback",
        help=tr("go back to the previously active version"),
        description=tr("Go back to the previously active version."),
    )
    add_pin_option(rollback)
    rollback.set_defaults(run=run_rollback)
    register_cmd = actions.add_parser(
        "register",
        help=tr("add a trained candidate bundle as a new version"),
        description=tr(
            "Add a trained candidate bundle (e.g. build/candidate) as a new version; --promote also makes it active."
        ),
    )
    register_cmd.add_argument("candidate", help=tr("folder of the candidate bundle"))
    register_cmd.add_argument("--promote", action="store_true", help=tr("make the new version active"))
    add_pin_option(register_cmd)
    register_cmd.set_defaults(run=run_register)


def _registry():
    return ModelRegistry()


def add_pin_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pin-file",
        type=Path,
        default=None,
        metavar="FILE",
        help=tr("read the admin PIN from this file instead of asking for it"),
    )


def require_admin_pin(pin_file: Path | None) -> None:
    """Ask for the admin PIN when one is set; UserError when it is wrong, missing or locked."""
    source = find_pin(load_settings().admin_pin_hash)
    if source.damaged:
        raise UserError(damaged_sentence())
    if not source.hash:
        return  # no PIN chosen yet: as in the window, nothing to check
    if pin_file is not None:
        try:
            lines = pin_file.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise UserError(describe_os_error(error, pin_file, READ)) from error
        pin = lines[0].strip() if lines else ""
    elif sys.stdin.isatty():
        pin = getpass.getpass(tr("Admin PIN: "))
    else:
        raise UserError(
            tr("An admin PIN is set: run this command in a terminal to type it, or give it with --pin-file FILE.")
        )
    if not PinGuard.default().check(pin, source.hash):
        raise UserError(tr("Wrong admin PIN; nothing was changed."))


def run_list(args: argparse.Namespace) -> int:
    versions = _registry().list_versions()
    if not versions:
        print(tr("No model versions yet."))
        return 0
    # tr() outside the f-string, where pybabel's extractor can see it
    version_title, created_title, status_title = tr("version"), tr("created"), tr("status")
    print(f"  {version_title:<9} {created_title:<20} {'MAE':>7} {'R2':>7} {'NDCG@3':>7}  {status_title}")
    for info in versions:
        keras = info.metrics.get("keras", {})
        status = tr("ok") if info.valid else tr("damaged")
        mark = "*" if info.active else " "

        def number(name: str, metrics: dict = keras) -> str:
            value = metrics.get(name)
            return f"{value:7.4f}" if isinstance(value, (int, float)) else f"{'-':>7}"

        print(
            f"{mark} {info.version:<9} {short_moment(info.created):<20} {number('mae')} {number('r2')} "
            f"{number('ndcg_at_3')}  "
            f"{status}"
        )
    return 0


def run_promote(args: argparse.Namespace) -> int:
    require_admin_pin(args.pin_file)
    previous = _registry().promote(args.version)
    print(tr("Model {version} is now active (was {previous}).", version=args.version, previous=previous or tr("none")))
    return 0


def run_rollback(args: argparse.Namespace) -> int:
    require_admin_pin(args.pin_file)
    version = _registry().rollback()
    print(tr("Rolled back: model {version} is active again.", version=version))
    return 0


def run_register(args: argparse.Namespace) -> int:
    require_admin_pin(args.pin_file)
    registry = _registry()
    version = registry.register(args.candidate)
    if args.promote:
        registry.promote(version)
    if args.promote:
        print(tr("Registered the candidate as model {version} and made it active.", version=version))
    else:
        print(tr("Registered the candidate as model {version}.", version=version))
    return 0
