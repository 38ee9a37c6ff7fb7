"""Price lists as the workspace keeps them: dated, with what the supplier stated, and each
supplier's current list with its changes since the previous one.

- ``list_date_of``: the date a file's list carries (core.reading.list_date), from the sheets
  the importer read;
- ``dated_offers``: the offers about to be stored, with their list's date and whether each
  row stated its origin, transport and certification in the source (completeness);
- ``current_offers``: the offers of each supplier's newest list with ``stale``, and the change
  columns of core.history.changes against the supplier's previous list. This is the one
  function the views and the purchase plan read the current offers through.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from core.appstate.price_lists import CURRENT_LISTS, PREVIOUS_LISTS
from core.appstate.workspace import Workspace
from core.cleansing.vocabulary_values import says_none
from core.history.changes import DEFAULT_JUMP_PCT, with_changes
from core.i18n import tr
from core.importer import ImportResult, SheetPreview
from core.reading.list_date import FROM_FILE, FROM_IMPORT, FROM_MODIFIED, FROM_USER, ListDate, find_list_date
from core.text import is_blank

DEFAULT_STALE_DAYS = 45
# A row is complete when the supplier wrote all three. "Ninguna" is a statement about
# certification (there is none); for origin and transport it says nothing.
STATED = ("origin", "transport_mode", "certifications")


def list_date_of(path: Path, previews: Iterable[SheetPreview]) -> ListDate:
    """The date written in a file's title rows, sheet names or name; else its modification date."""
    sheets = [(p.sheet, p.mapping.header_index if p.mapping is not None else None) for p in previews]
    return find_list_date(Path(path), sheets)


def _stated(value: object, target: str) -> bool:
    if is_blank(value):
        return False
    text = str(value).strip()
    return target == "certifications" or not says_none(text)


def stated_in_source(offers: pd.DataFrame, previews: Iterable[SheetPreview]) -> np.ndarray:
    """1.0 where the offer's source row states origin, transport and certification, 0.0 where
    it does not, NaN where the row is not among ``previews``."""
    sheets = {(p.sheet.file, p.sheet.sheet): p for p in previews if p.mapping is not None}
    result = np.full(len(offers), np.nan)
    keys = zip(offers["source_file"].astype(str), offers["source_sheet"].astype(str), offers["source_row"], strict=True)
    for position, (file, sheet, row) in enumerate(keys):
        preview = sheets.get((file, sheet))
        if preview is None or preview.mapping is None:
            continue
        index = int(row) - preview.sheet.first_row
        if not 0 <= index < len(preview.sheet.rows):
            continue
        cells = preview.sheet.rows[index]
        columns = preview.mapping.columns
        stated = all(t in columns and columns[t] < len(cells) and _stated(cells[columns[t]], t) for t in STATED)
        result[position] = 1.0 if stated else 0.0
    return result


def dated_offers(offers: pd.DataFrame, previews: Iterable[SheetPreview], dates: Mapping[str, ListDate]) -> pd.DataFrame:
    """``offers`` with ``list_date``, ``date_source``, ``date_evidence`` (from ``dates``, by source
    file name; today when a file is missing) and ``complete``, ready for Workspace.add_import."""
    today = ListDate(dt.date.today(), FROM_IMPORT, dt.date.today().isoformat())
    chosen = [dates.get(name, today) for name in offers["source_file"].astype(str)]
    return offers.assign(
        list_date=[d.date.isoformat() for d in chosen],
        date_source=[d.source for d in chosen],
        date_evidence=[d.evidence for d in chosen],
        complete=stated_in_source(offers, list(previews)),
    )


def is_stale(list_dates: pd.Series, stale_days: int, today: dt.date | None = None) -> np.ndarray:
    today = today or dt.date.today()
    age = (pd.Timestamp(today) - pd.to_datetime(list_dates)).dt.days
    return (age > int(stale_days)).to_numpy(dtype=bool)


def current_offers(
    workspace: Workspace,
    stale_days: int = DEFAULT_STALE_DAYS,
    jump_pct: float = DEFAULT_JUMP_PCT,
    today: dt.date | None = None,
) -> pd.DataFrame:
    """The offers of each supplier's newest list with ``stale`` (the list is older than
    ``stale_days``) and the changes since the supplier's previous list of each product
    (core.history.changes; ``previous_score`` is that offer's stored score: subtract it from
    the new score once the model has scored)."""
    offers = workspace.history_offers(f"WHERE o.list_id IN ({CURRENT_LISTS})")
    current = with_changes(offers, None, jump_pct)
    current["stale"] = is_stale(current["list_date"], stale_days, today)
    return current.drop(columns=["complete", "stored_score", "score_model", "score_change"]).reset_index(drop=True)


def dropped_products(workspace: Workspace) -> pd.DataFrame:
    """Offers of each supplier's previous list whose product its current list no longer has:
    ``supplier``, ``product``, ``ingredient``, ``pack_qty``, ``pack_unit``, the price per base
    unit, ``previous_list_date`` (the list that still had it) and ``list_date`` (the current one)."""
    rows = workspace.query(
        f"""SELECT o.supplier, o.product, o.ingredient, o.pack_qty, o.pack_unit, o.price_pen_per_base_unit,
            p.list_date, (SELECT MAX(list_date) FROM price_lists c WHERE c.supplier = p.supplier)
        FROM offers o JOIN price_lists p ON p.id = o.list_id
        WHERE o.list_id IN ({PREVIOUS_LISTS}) AND o.offer_id NOT IN (
            SELECT previous_offer_id FROM offers WHERE list_id IN ({CURRENT_LISTS}) AND previous_offer_id IS NOT NULL)
        ORDER BY o.supplier, o.product"""
    )
    columns = [
        "supplier",
        "product",
        "ingredient",
        "pack_qty",
        "pack_unit",
        "price_pen_per_base_unit",
        "previous_list_date",
        "list_date",
    ]
    return pd.DataFrame.from_records(rows, columns=columns)


def save_import(
    workspace: Workspace, result: ImportResult, paths: list[Path], given: dt.date | None = None
) -> pd.DataFrame:
    """Store an import's offers as dated lists: each file's date is ``given`` (the user's), else
    what the file says, else its modification date. Returns one row per stored list: supplier,
    list_date, date_source, date_evidence, offers."""
    dates = {}
    for path in paths:
        if given is not None:
            dates[path.name] = ListDate(given, FROM_USER, given.isoformat())
        else:
            dates[path.name] = list_date_of(path, [p for p in result.previews if p.sheet.file == path.name])
    dated = dated_offers(result.offers, result.previews, dates)
    report = result.report
    workspace.add_import(dated, report.to_frame(), [p.name for p in paths], report.summary(), report.rows_read)
    stored = dated.groupby(["supplier", "list_date"], sort=True)
    return stored.agg(
        date_source=("date_source", "first"), date_evidence=("date_evidence", "first"), offers=("product", "size")
    ).reset_index()


def date_origin(source: str, evidence: str) -> str:
    """Where a list's date came from, as a person reads it ("read from the file: 'Semana 48'")."""
    if source == FROM_FILE:
        return tr("read from the file: “{text}”", text=evidence)
    if source == FROM_MODIFIED:
        return tr("the file's modification date")
    if source == FROM_IMPORT:
        return tr("the day it was imported")
    return tr("given by the user")
