"""Dated price lists in the workspace: how an import is stored as lists, which list of each
supplier is current, and the stored scores. Plain functions over the workspace's connection;
``Workspace`` calls them inside its transactions (core.appstate.workspace).

A price list is one supplier's offers on one date. An import may hold several lists (a file
with a supplier column, or files of several suppliers). Re-importing a file for the same
supplier and date replaces that file's offers in that list and nothing else; a list of a new
date is added beside the older ones, which stay as history. The newest list of each supplier
is its current one.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

import numpy as np
import pandas as pd

from core.appstate.product_matching import MATCH_COLUMNS, previous_occurrence
from core.contract import CANONICAL_COLUMNS, DERIVED_COLUMNS, OFFER_COLUMNS
from core.reading.list_date import FROM_IMPORT

OFFER_TYPES = {**CANONICAL_COLUMNS, **DERIVED_COLUMNS}
# Offer columns beyond the contract: its list, its link to the previous list, completeness, stored score.
# Optional columns of the offers frame given to ``store_offers`` (core.history.lists adds them).
LIST_COLUMNS = ("list_date", "date_source", "date_evidence", "complete")

# The newest list of each supplier.
CURRENT_LISTS = """SELECT p.id FROM price_lists p
    JOIN (SELECT supplier, MAX(list_date) AS list_date FROM price_lists GROUP BY supplier) newest
    ON newest.supplier = p.supplier AND newest.list_date = p.list_date"""
# The list before the newest of each supplier (what the current one is compared with).
PREVIOUS_LISTS = """SELECT p.id FROM price_lists p
    JOIN (SELECT q.supplier, MAX(q.list_date) AS list_date FROM price_lists q
          JOIN (SELECT supplier, MAX(list_date) AS newest FROM price_lists GROUP BY supplier) n
          ON n.supplier = q.supplier AND q.list_date < n.newest GROUP BY q.supplier) before
    ON before.supplier = p.supplier AND before.list_date = p.list_date"""


def plain_value(value: object) -> object:
    """A value SQLite and JSON accept: NaN -> None, numpy scalars -> Python."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value != value:
        return None
    return value


def _iso(value: object, default: str) -> str:
    if value is None or (isinstance(value, float) and value != value) or value == "":
        return default
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return pd.Timestamp(str(value)).strftime("%Y-%m-%d")


def refused_rows(report: pd.DataFrame) -> dict[tuple[str, str], int]:
    """(file, sheet) -> number of distinct rows the import refused."""
    if report is None or report.empty or "severity" not in report:
        return {}
    refused = report[report["severity"] == "refused"].drop_duplicates(["file", "sheet", "row"])
    return {(str(f), str(s)): int(n) for (f, s), n in refused.groupby(["file", "sheet"]).size().items()}


def flagged_rows(offers: pd.DataFrame, report: pd.DataFrame) -> np.ndarray:
    """1 where the import report flagged the offer's source row for review, else 0."""
    if report is None or report.empty or "severity" not in report:
        return np.zeros(len(offers), dtype=int)
    flagged = report[report["severity"] == "flagged"]
    keys = set(zip(flagged["file"].astype(str), flagged["sheet"].astype(str), flagged["row"].astype(int), strict=True))
    rows = zip(offers["source_file"], offers["source_sheet"], offers["source_row"].astype(int), strict=True)
    return np.array([int(key in keys) for key in rows], dtype=int)


def store_offers(db: sqlite3.Connection, import_id: int, offers: pd.DataFrame, report: pd.DataFrame) -> list[int]:
    """Store an import's offers as dated lists (inside the caller's transaction); returns the list ids.

    Offers without a ``list_date`` are dated the day of import. Offers whose row the report
    flagged are marked ``flagged``; refused rows of a sheet count against the list with most
    offers from that sheet.
    """
    today = dt.date.today().isoformat()
    frame = offers.reset_index(drop=True)
    dates = frame["list_date"].astype(object).fillna("") if "list_date" in frame else pd.Series([""] * len(frame))
    frame = frame.assign(
        supplier=frame["supplier"].fillna("").astype(str),
        list_date=dates.map({v: _iso(v, today) for v in pd.unique(dates.astype(object))}).to_numpy(),
        source_file=frame["source_file"].fillna("").astype(str),
        source_sheet=frame["source_sheet"].fillna("").astype(str),
    )
    frame["flagged"] = flagged_rows(frame, report)
    refused = refused_rows(report)
    sheet_keys = ["source_file", "source_sheet", "supplier", "list_date"]
    owners = frame.groupby(sheet_keys).size().reset_index(name="n").sort_values("n", ascending=False, kind="stable")
    owners = owners.drop_duplicates(["source_file", "source_sheet"])
    owner_of = {(f, s): (sup, d) for f, s, sup, d in owners[sheet_keys].itertuples(index=False, name=None)}
    columns = list(OFFER_COLUMNS) + ["complete", "flagged"]
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    list_ids = []
    for (supplier, list_date), part in frame.groupby(["supplier", "list_date"], sort=False):
        first = part.iloc[0]
        source = str(first.get("date_source") or FROM_IMPORT) if "date_source" in part else FROM_IMPORT
        evidence = str(first.get("date_evidence") or "") if "date_evidence" in part else ""
        row = db.execute(
            "SELECT id FROM price_lists WHERE supplier = ? AND list_date = ?", (supplier, list_date)
        ).fetchone()
        if row is None:
            list_id = db.execute(
                "INSERT INTO price_lists (supplier, list_date, date_source, date_evidence, import_id) "
                "VALUES (?, ?, ?, ?, ?)",
                (supplier, list_date, source, evidence, import_id),
            ).lastrowid
            list_id = int(list_id or 0)
        else:
            list_id = row[0]
            db.execute(
                "UPDATE price_lists SET date_source = ?, date_evidence = ?, import_id = ? WHERE id = ?",
                (source, evidence, import_id, list_id),
            )
        files = sorted(set(part["source_file"]))
        db.executemany("DELETE FROM offers WHERE list_id = ? AND source_file = ?", [(list_id, f) for f in files])
        for file in files:
            owned = [n for (f, s), n in refused.items() if f == file and owner_of.get((f, s)) == (supplier, list_date)]
            count = sum(owned)
            db.execute("INSERT OR REPLACE INTO price_list_files VALUES (?, ?, ?)", (list_id, file, count))
        values = part.reindex(columns=columns)
        rows = values.astype(object).where(values.notna(), None).to_numpy().tolist()
        db.executemany(
            f"INSERT INTO offers (import_id, list_id, {quoted}) VALUES ({int(import_id)}, {int(list_id)}, {marks})",
            rows,
        )
        list_ids.append(int(list_id))
    _count_offers(db, list_ids)
    earliest = frame["list_date"].min() if len(frame) else None
    if earliest:
        relink(db, sorted(set(frame["supplier"])), earliest)
        invalidate_standing(db, earliest)
    return list_ids


_LINK_ROWS = """SELECT o.offer_id, o.supplier, o.list_id, p.list_date, o.product, o.pack_qty, o.pack_unit, o.origin,
    o.price_pen_per_base_unit, o.previous_offer_id FROM offers o JOIN price_lists p ON p.id = o.list_id
    WHERE p.supplier = ?"""


def relink(db: sqlite3.Connection, suppliers: Sequence[str], from_date: str = "") -> None:
    """Link each offer of these suppliers' lists dated ``from_date`` or later to the same product
    in the supplier's previous list that had it (core.appstate.product_matching)."""
    for supplier in suppliers:
        rows = db.execute(_LINK_ROWS, (supplier,)).fetchall()
        frame = pd.DataFrame.from_records(rows, columns=[*MATCH_COLUMNS, "stored"])
        links = previous_occurrence(frame)
        stored = pd.to_numeric(frame["stored"]).fillna(-1).to_numpy(dtype=np.int64)
        changed = (links != stored) & (frame["list_date"] >= from_date).to_numpy()
        db.executemany(
            "UPDATE offers SET previous_offer_id = ? WHERE offer_id = ?",
            [
                (int(link) if link >= 0 else None, int(offer))
                for link, offer in zip(links[changed], frame["offer_id"].to_numpy()[changed], strict=True)
            ],
        )


def relink_all(db: sqlite3.Connection) -> None:
    relink(db, [row[0] for row in db.execute("SELECT DISTINCT supplier FROM price_lists")])


def _count_offers(db: sqlite3.Connection, list_ids: list[int]) -> None:
    db.executemany(
        """UPDATE price_lists SET (offers, flagged, complete_known, complete) = (
            SELECT COUNT(*), COALESCE(SUM(flagged), 0), COUNT(complete), COALESCE(SUM(complete), 0)
            FROM offers WHERE list_id = price_lists.id) WHERE id = ?""",
        [(i,) for i in list_ids],
    )


def week_of(iso_date: str) -> str:
    """The Monday of the week of an ISO date, as ISO text."""
    day = dt.date.fromisoformat(iso_date[:10])
    return (day - dt.timedelta(days=day.weekday())).isoformat()


def invalidate_standing(db: sqlite3.Connection, from_date: str) -> None:
    """A list dated ``from_date`` changed: the standing facts of its week and every later week
    (where it may still be in the market) must be computed again."""
    db.execute("DELETE FROM standing_weeks WHERE week >= ?", (week_of(from_date),))


def valid_standing_weeks(db: sqlite3.Connection, params: str) -> set[str]:
    return {row[0] for row in db.execute("SELECT week FROM standing_weeks WHERE params = ?", (params,))}


STANDING_FACTS = ("judged", "recommended", "scored", "score_sum", "indexed", "log_index_sum")


def save_standing_facts(db: sqlite3.Connection, weeks: list[str], params: str, facts: pd.DataFrame) -> None:
    """Store the standing facts of lists (``list_id`` + STANDING_FACTS) and mark ``weeks`` judged."""
    rows = facts[["list_id", *STANDING_FACTS]].astype(object)
    db.executemany(
        f"INSERT OR REPLACE INTO standing_lists (list_id, params, {', '.join(STANDING_FACTS)}) "
        f"VALUES (?, {', '.join('?' for _ in range(len(STANDING_FACTS) + 1))})",
        [(row[0], params, *row[1:]) for row in rows.to_numpy().tolist()],
    )
    db.executemany("INSERT OR REPLACE INTO standing_weeks VALUES (?, ?)", [(w, params) for w in weeks])


def typed_offers(frame: pd.DataFrame) -> pd.DataFrame:
    """Offer rows as read from SQL with the contract's types (text never NaN, numbers float)."""
    for column, kind in OFFER_TYPES.items():
        if column not in frame:
            continue
        if kind == "str":
            frame[column] = frame[column].fillna("").astype(str)
        elif kind == "float":
            frame[column] = frame[column].astype("float64")
    return frame


def read_offers(db: sqlite3.Connection, where: str = "", params: Sequence[object] = ()) -> pd.DataFrame:
    """Offers with their list (``list_id``, ``list_date``, ``first_list``: the supplier's first),
    ``complete``, stored score (``stored_score``, ``score_model``) and the same product in the
    supplier's previous list that had it (``previous_offer_id``, ``previous_list_date``,
    ``previous_price_pen_per_base_unit``, ``previous_certifications``, ``previous_score``, and
    ``previous_pack_price`` when the pack and currency are the same), in offer order. ``where``
    may use ``o`` (offers) and ``p`` (price_lists)."""
    columns = ", ".join(f'o."{c}"' for c in OFFER_COLUMNS)
    sql = f"""SELECT o.offer_id, {columns}, o.list_id, p.list_date,
        p.list_date = (SELECT MIN(list_date) FROM price_lists f WHERE f.supplier = p.supplier) AS first_list,
        o.complete, o.score_pred AS stored_score, o.score_model, o.previous_offer_id,
        pp.list_date AS previous_list_date, prev.price_pen_per_base_unit AS previous_price_pen_per_base_unit,
        prev.certifications AS previous_certifications, prev.score_pred AS previous_score,
        CASE WHEN prev.pack_qty = o.pack_qty AND prev.pack_unit = o.pack_unit AND prev.currency = o.currency
             THEN prev.price END AS previous_pack_price
        FROM offers o JOIN price_lists p ON p.id = o.list_id
        LEFT JOIN offers prev ON prev.offer_id = o.previous_offer_id
        LEFT JOIN price_lists pp ON pp.id = prev.list_id
        {where} ORDER BY o.offer_id"""
    frame = typed_offers(pd.read_sql_query(sql, db, params=list(params)))
    floats = ["complete", "stored_score", "previous_price_pen_per_base_unit", "previous_score", "previous_pack_price"]
    frame[floats] = frame[floats].astype("float64")
    frame["first_list"] = frame["first_list"].astype(bool)
    frame["previous_certifications"] = frame["previous_certifications"].fillna("").astype(str)
    frame["previous_offer_id"] = frame["previous_offer_id"].astype("Int64")
    return frame


def lists_frame(db: sqlite3.Connection) -> pd.DataFrame:
    """Every stored list with its counts: offers, offers flagged at import, rows refused, offers
    whose completeness is known and complete ones, and whether it is its supplier's current list."""
    sql = f"""SELECT p.id AS list_id, p.supplier, p.list_date, p.date_source, p.date_evidence,
        p.offers, p.flagged, COALESCE(f.refused, 0) AS refused, p.complete_known, p.complete,
        p.id IN ({CURRENT_LISTS}) AS current
        FROM price_lists p
        LEFT JOIN (SELECT list_id, SUM(rows_refused) AS refused FROM price_list_files GROUP BY list_id) f
        ON f.list_id = p.id
        ORDER BY p.supplier, p.list_date"""
    frame = pd.read_sql_query(sql, db)
    frame["list_date"] = pd.to_datetime(frame["list_date"])
    frame["current"] = frame["current"].astype(bool)
    return frame


def save_scores(db: sqlite3.Connection, scores: pd.DataFrame, model_version: str) -> int:
    """Remember the model's score of offers (``offer_id``, ``sustainability_score_pred``, low,
    high). Only scores that differ from the stored ones are written (a changed score means the
    supplier standing of its week is judged again). Returns how many were written."""
    ids = scores["offer_id"].astype(int).to_numpy()
    marks = ",".join(str(int(i)) for i in ids) or "NULL"
    stored = pd.DataFrame.from_records(
        db.execute(f"SELECT offer_id, score_pred, score_model FROM offers WHERE offer_id IN ({marks})").fetchall(),
        columns=["offer_id", "score_pred", "score_model"],
    ).set_index("offer_id")
    values = scores.reindex(columns=["sustainability_score_pred", "score_low", "score_high"]).astype(float)
    values.index = ids
    values = values[values.index.isin(stored.index)]
    before = stored.reindex(values.index)
    same = (before["score_model"] == model_version) & (
        (before["score_pred"].astype(float) - values["sustainability_score_pred"]).abs().fillna(1.0) < 1e-9
    )
    changed = values[~same.to_numpy()]
    if changed.empty:
        return 0
    rows = changed.astype(object).where(changed.notna(), None)
    rows["model"] = model_version
    rows["offer_id"] = changed.index.to_numpy()
    db.executemany(
        "UPDATE offers SET score_pred = ?, score_low = ?, score_high = ?, score_model = ? WHERE offer_id = ?",
        rows.to_numpy().tolist(),
    )
    marks = ",".join(str(int(i)) for i in changed.index)
    earliest = db.execute(
        f"SELECT MIN(p.list_date) FROM offers o JOIN price_lists p ON p.id = o.list_id WHERE o.offer_id IN ({marks})"
    ).fetchone()[0]
    if earliest:
        invalidate_standing(db, earliest)
    return len(changed)
