"""The stored lists over time as one table (``sourcing history``): one row per supplier,
ingredient, product and list date, with the change against the same supplier's previous list.

Filters name things as a person would: an ingredient by its catalog id or any of its Spanish
or English names, a supplier by its name in any case. A name that matches nothing is one
sentence saying what is stored.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.appstate.workspace import Workspace
from core.catalogs import load_catalogs
from core.errors import UserError
from core.history.changes import DEFAULT_JUMP_PCT, with_changes
from core.i18n import tr
from core.text import fold

HISTORY_COLUMNS = [
    "list_date",
    "supplier",
    "ingredient",
    "product",
    "pack_qty",
    "pack_unit",
    "base_unit",
    "price_pen_per_base_unit",
    "change_pct",
    "previous_list_date",
    "previous_price_pen_per_base_unit",
    "price_jump",
    "sustainability_score_pred",
    "score_change",
    "certifications",
    "certifications_added",
    "certifications_dropped",
    "change_status",
    "source_file",
]


def parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise UserError(
            tr(
                "The {option} value '{value}' is not a date written YYYY-MM-DD, e.g. 2026-11-23.",
                option=option,
                value=text,
            )
        ) from None


def ingredient_id(text: str) -> str:
    """A catalog id from an id or a Spanish or English name ("quinoa", "Quinua", "quinua blanca")."""
    catalogs = load_catalogs()
    if text in catalogs.ingredients.index:
        return text
    match = catalogs.ingredient_vocabulary.lookup(text)
    if match is None or match.score < 90:
        raise UserError(
            tr("No ingredient is called '{name}': give its catalog id or name, e.g. quinoa or Quinua.", name=text)
        )
    return match.id


def supplier_name(workspace: Workspace, text: str) -> str:
    """The stored supplier called ``text`` (case and accents ignored)."""
    stored = [row[0] for row in workspace.query("SELECT DISTINCT supplier FROM price_lists ORDER BY supplier")]
    for name in stored:
        if fold(name) == fold(text):
            return name
    partial = [name for name in stored if fold(text) in fold(name)]
    if len(partial) == 1:
        return partial[0]
    raise UserError(
        tr(
            "No stored price list is from a supplier called '{name}'; stored suppliers: {names}.",
            name=text,
            names=", ".join(stored[:12]) + (" …" if len(stored) > 12 else "") if stored else "—",
        )
    )


def history_table(
    workspace: Workspace,
    ingredient: str | None = None,
    supplier: str | None = None,
    since: dt.date | None = None,
    jump_pct: float = DEFAULT_JUMP_PCT,
) -> pd.DataFrame:
    """HISTORY_COLUMNS, sorted by supplier, ingredient, product and date. Each change is against
    the supplier's previous list of that product, also when that list is before ``since``."""
    conditions, params = [], []
    for condition, value in (
        ("p.supplier = ?", supplier),
        ("o.ingredient = ?", ingredient),
        ("p.list_date >= ?", since.isoformat() if since else None),
    ):
        if value:
            conditions.append(condition)
            params.append(value)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    history = workspace.history_offers(where, tuple(params))
    compared = with_changes(history, score_column="stored_score", jump_pct=jump_pct)
    compared["sustainability_score_pred"] = compared["stored_score"]
    table = compared.reindex(columns=HISTORY_COLUMNS)
    table = table.sort_values(["supplier", "ingredient", "product", "list_date"], kind="stable")
    return table.reset_index(drop=True)
