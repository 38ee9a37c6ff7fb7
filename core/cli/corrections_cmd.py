"""``sourcing corrections list | add | remove``: the chef's corrections remembered per supplier
(the same ones the import dialog stores), applied by every later ``sourcing import``."""

from __future__ import annotations

import argparse
import datetime as dt

from rapidfuzz import process

from core.appstate.workspace import Workspace
from core.catalogs import Catalogs, Vocabulary, load_catalogs
from core.cleansing.corrections import NOT_IN_CATALOG, Correction, price_value, read_price_value
from core.cleansing.numbers import PriceReader
from core.errors import UserError
from core.i18n import N_, current_language, tr, trn
from core.text import fold


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "corrections",
        help=tr("list, add or remove the corrections remembered per supplier"),
        description=tr(
            "The chef's corrections, remembered per supplier: what a product is, that a price is right, "
            "what a place or certificate stands for. Every later import of that supplier applies them."
        ),
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser(
        "list", help=tr("list the remembered corrections"), description=tr("List the remembered corrections.")
    )
    listing.add_argument("--supplier", default=None, help=tr("only this supplier's corrections"))
    listing.set_defaults(run=run_list)
    add = actions.add_parser(
        "add",
        help=tr("remember a correction for a supplier"),
        description=tr(
            "Remember a correction for a supplier. Examples: --product Chincho --as huacatay; "
            "--product 'Panceta' --accept-price 'S/ 999,999'; --origin 'Valle Sagrado' --as Urubamba; "
            "--certification AOP --not-in-catalog."
        ),
    )
    add.add_argument("--supplier", required=True, help=tr("the supplier, as the import names it"))
    written = add.add_mutually_exclusive_group(required=True)
    written.add_argument("--product", help=tr("the product as the supplier writes it"))
    written.add_argument("--origin", help=tr("the origin as the supplier writes it"))
    written.add_argument("--certification", help=tr("the certificate as the supplier writes it"))
    decision = add.add_mutually_exclusive_group(required=True)
    decision.add_argument("--as", dest="value", help=tr("the catalog entry it is (name, synonym or id)"))
    decision.add_argument("--not-in-catalog", action="store_true", help=tr("it is not in the catalog"))
    decision.add_argument("--accept-price", help=tr("the pack price to accept for this product, e.g. 'S/ 85.50'"))
    add.set_defaults(run=run_add)
    remove = actions.add_parser(
        "remove",
        help=tr("forget corrections by their number"),
        description=tr("Forget corrections by their number (see `sourcing corrections list`)."),
    )
    remove.add_argument("ids", nargs="+", type=int, metavar="ID", help=tr("correction number"))
    remove.set_defaults(run=run_remove)


KIND_NAMES = {
    "ingredient": N_("ingredient"),
    "price": N_("price accepted"),
    "place": N_("place"),
    "certification": N_("certificate"),
}


def describe_value(correction: Correction, catalogs: Catalogs, lang: str | None = None) -> str:
    """The decision as a person reads it: 'Huacatay', 'not in the catalog', '999999 PEN'."""
    if correction.kind == "price":  # remembered as '1234.5 PEN': shown '1,234.50 PEN'
        remembered = read_price_value(correction.value)
        return f"{remembered[0]:,.2f} {remembered[1]}".strip() if remembered else correction.value
    if correction.value == NOT_IN_CATALOG:
        return tr("not in the catalog", lang=lang)
    column = {"ingredient": "ingredient", "place": "origin", "certification": "certifications"}[correction.kind]
    return catalogs.label(column, correction.value, lang or current_language())


def run_list(args: argparse.Namespace) -> int:
    workspace = Workspace.open()
    try:
        corrections = workspace.corrections()
    finally:
        workspace.close()
    if args.supplier:
        corrections = [c for c in corrections if fold(c.supplier) == fold(args.supplier)]
    if not corrections:
        print(tr("No corrections remembered yet."))
        return 0
    catalogs = load_catalogs()
    for c in corrections:
        print(
            tr(
                "{id:>4}  {date}  {supplier}: {kind} '{written}' -> {value}",
                id=c.id,
                date=c.when(),
                supplier=c.supplier,
                kind=tr(KIND_NAMES[c.kind]),
                written=c.written,
                value=describe_value(c, catalogs),
            )
        )
    return 0


NOT_FOUND = {
    "ingredient": N_("'{text}' is not among the catalog's ingredients; close names: {close}."),
    "place": N_("'{text}' is not among the catalog's places; close names: {close}."),
    "certification": N_("'{text}' is not among the catalog's certificates; close names: {close}."),
}


def _entry(vocabulary: Vocabulary, text: str, kind: str) -> str:
    """The catalog id a name, synonym or id stands for, or one sentence naming close ones."""
    found = vocabulary.exact(text)
    if found:
        return found
    close = [name for name, _, _ in process.extract(text.lower(), list(vocabulary.by_name), limit=3)]
    raise UserError(tr(NOT_FOUND[kind], text=text, close=", ".join(close)))


def correction_from_args(args: argparse.Namespace, catalogs: Catalogs) -> Correction:
    today = dt.date.today().isoformat()
    if args.product is not None:
        written = args.product
        if args.accept_price is not None:
            price = PriceReader(catalogs.currency_symbols).read(args.accept_price)
            if price.amount is None or price.amount <= 0:
                raise UserError(tr("The price '{value}' cannot be read as a positive price.", value=args.accept_price))
            return Correction(
                args.supplier, "price", written, price_value(price.amount, price.currency or "PEN"), today
            )
        kind, vocabulary = "ingredient", catalogs.ingredient_vocabulary
    elif args.accept_price is not None:
        raise UserError(tr("--accept-price goes with --product: a price belongs to a product."))
    elif args.origin is not None:
        written, kind, vocabulary = args.origin, "place", catalogs.place_vocabulary
    else:
        written = args.certification
        kind, vocabulary = "certification", catalogs.certification_vocabulary
    if not written.strip() or not args.supplier.strip():
        raise UserError(tr("Give the supplier and the text as the supplier writes it."))
    value = NOT_IN_CATALOG if args.not_in_catalog else _entry(vocabulary, args.value, kind)
    return Correction(args.supplier.strip(), kind, written.strip(), value, today)


def run_add(args: argparse.Namespace) -> int:
    catalogs = load_catalogs()
    correction = correction_from_args(args, catalogs)
    workspace = Workspace.open()
    try:
        ident = workspace.add_correction(correction)
    finally:
        workspace.close()
    print(
        tr(
            "Remembered as correction {id}: for {supplier}, {kind} '{written}' -> {value}.",
            id=ident,
            supplier=correction.supplier,
            kind=tr(KIND_NAMES[correction.kind]),
            written=correction.written,
            value=describe_value(correction, catalogs),
        )
    )
    return 0


def run_remove(args: argparse.Namespace) -> int:
    workspace = Workspace.open()
    try:
        known = {c.id for c in workspace.corrections()}
        missing = [i for i in args.ids if i not in known]
        if missing:  # nothing is forgotten when one number is wrong
            raise UserError(
                tr(
                    "There is no correction number {ids}; nothing was forgotten (see `sourcing corrections list`).",
                    ids=", ".join(map(str, missing)),
                )
            )
        for ident in args.ids:
            workspace.remove_correction(ident)
    finally:
        workspace.close()
    print(trn("Forgotten: {count} correction.", "Forgotten: {count} corrections.", len(args.ids)))
    return 0
