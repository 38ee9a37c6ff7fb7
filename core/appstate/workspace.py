"""The workspace: the app's state in one SQLite database in the user's data folder.

It holds the imports (with their report), the dated price lists and their offers (history:
core.appstate.price_lists), the model's stored scores, the column mapping remembered per
supplier, the audited labels the sustainability officer enters, the export history and a few
session values (what was selected when the app closed). Source files are never touched.
Every write is one transaction: it happens entirely or not at all. Opening a workspace
brings its schema up to date (core.appstate.schema) in one transaction too.

A damaged or locked database raises ``UserError`` with one plain sentence; ``move_aside``
renames a damaged file (it is kept, never deleted) so that a fresh workspace can start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from core.appstate import price_lists, schema
from core.atomic_write import atomic_path
from core.contract import CANONICAL_COLUMNS
from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir

SCHEMA_VERSION = schema.SCHEMA_VERSION
WORKSPACE_FILE = "workspace.sqlite"
FEEDBACK_FILE = "audited_labels.csv"  # replaced as a whole on every export


def workspace_path() -> Path:
    return user_data_dir() / WORKSPACE_FILE


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class Workspace:
    """Open with ``Workspace.open()``; raises UserError when the file is damaged or locked."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._db = connection

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None, timeout: float = 2.0) -> Workspace:
        path = Path(path or workspace_path())
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise UserError(tr("The workspace {path} cannot be opened ({error}).", path=path, error=error)) from error
        try:
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(str(check))
            with _transaction(db):
                found = schema.upgrade(db)
                if 0 < found < 2:  # offers from before dated lists: link each product to its previous list
                    price_lists.relink_all(db)
        except sqlite3.OperationalError as error:
            db.close()
            if "locked" in str(error).lower() or "busy" in str(error).lower():
                raise UserError(
                    tr("The workspace is being used by another copy of the app; close it and try again.")
                ) from error
            raise UserError(tr("The workspace file {path} is damaged and cannot be opened.", path=path)) from error
        except sqlite3.DatabaseError as error:
            db.close()
            raise UserError(tr("The workspace file {path} is damaged and cannot be opened.", path=path)) from error
        except UserError:
            db.close()
            raise
        return cls(path, db)

    @staticmethod
    def move_aside(path: Path | None = None) -> Path:
        """Rename a damaged workspace file out of the way (kept for IT) and return its new name."""
        path = Path(path or workspace_path())
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
        for suffix in ("", "-wal", "-shm", "-journal"):
            part = Path(str(path) + suffix)
            if part.exists():
                part.rename(Path(str(target) + suffix))
        return target

    def close(self) -> None:
        self._db.close()

    def _write(self) -> contextlib.AbstractContextManager:
        return _transaction(self._db)

    # -- imports, dated price lists and offers ----------------------------------------------
    def add_import(
        self, offers: pd.DataFrame, report_frame: pd.DataFrame, files: list[str], summary: str, rows_read: int = 0
    ) -> int:
        """Store one committed import as dated price lists (core.appstate.price_lists).

        ``offers`` may carry ``list_date`` (else: today), ``date_source``, ``date_evidence`` and
        ``complete`` per row (core.history.lists.dated_offers adds them). A list of the same
        supplier and date is replaced file by file; lists of other dates stay as history.
        """
        report_json = report_frame.to_json(orient="records", force_ascii=False)
        with self._write():
            cursor = self._db.execute(
                "INSERT INTO imports (created, files, rows_read, rows_imported, summary, report) VALUES (?,?,?,?,?,?)",
                (_now(), json.dumps(files, ensure_ascii=False), int(rows_read), len(offers), summary, report_json),
            )
            import_id = int(cursor.lastrowid or 0)
            price_lists.store_offers(self._db, import_id, offers, report_frame)
        return import_id

    def current_offers(self) -> pd.DataFrame:
        """The offers of each supplier's newest list: what the app ranks and plans with.

        Canonical + derived columns, ``offer_id``, ``list_id`` and ``list_date`` (ISO text).
        """
        frame = price_lists.read_offers(self._db, f"WHERE o.list_id IN ({price_lists.CURRENT_LISTS})")
        return frame.drop(columns=["complete", "stored_score", "score_model"])

    def offers(self) -> pd.DataFrame:
        """The current offers (``current_offers``); kept for callers from before dated lists."""
        return self.current_offers()

    def history_offers(self, where: str = "", params: tuple = ()) -> pd.DataFrame:
        """Offers of every stored list (or those matching ``where``, SQL over ``o`` = offers and
        ``p`` = price_lists) with ``list_date``, ``complete`` and ``stored_score``."""
        return price_lists.read_offers(self._db, where, params)

    def price_lists(self) -> pd.DataFrame:
        """Every stored list with its counts (core.appstate.price_lists.lists_frame)."""
        return price_lists.lists_frame(self._db)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of a read-only query (for the history's aggregate views)."""
        return self._db.execute(sql, params).fetchall()

    def valid_standing_weeks(self, params: str) -> set[str]:
        """Weeks whose supplier-standing facts were computed with ``params`` and are still valid."""
        return price_lists.valid_standing_weeks(self._db, params)

    def save_standing_facts(self, weeks: list[str], params: str, facts: pd.DataFrame) -> None:
        with self._write():
            price_lists.save_standing_facts(self._db, weeks, params, facts)

    def save_scores(self, scores: pd.DataFrame, model_version: str) -> int:
        """Remember the model's scores of these offers (history charts and standings read them);
        returns how many differed from the stored ones."""
        if scores.empty:
            return 0
        with self._write():
            return price_lists.save_scores(self._db, scores, model_version)

    def offers_to_score(self, model_version: str, limit: int | None = None) -> pd.DataFrame:
        """Stored offers without a score from ``model_version``, newest lists first."""
        frame = price_lists.read_offers(self._db, "WHERE o.score_model IS NULL OR o.score_model <> ?", (model_version,))
        frame = frame.sort_values(["list_date", "offer_id"], ascending=[False, True], kind="stable")
        return frame.head(limit) if limit else frame

    def imports(self) -> list[dict]:
        rows = self._db.execute("SELECT id, created, files, rows_read, rows_imported, summary FROM imports ORDER BY id")
        return [
            dict(id=r[0], created=r[1], files=json.loads(r[2]), rows_read=r[3], rows_imported=r[4], summary=r[5])
            for r in rows
        ]

    def import_report(self, import_id: int) -> pd.DataFrame:
        row = self._db.execute("SELECT report FROM imports WHERE id = ?", (import_id,)).fetchone()
        return pd.read_json(_as_buffer(row[0]), orient="records") if row else pd.DataFrame()

    # -- column mappings per supplier -----------------------------------------------------
    def save_mapping(self, supplier: str, mapping: dict[str, str]) -> None:
        with self._write():
            self._db.execute(
                "INSERT OR REPLACE INTO mappings VALUES (?, ?, ?)",
                (supplier, json.dumps(mapping, ensure_ascii=False), _now()),
            )

    def all_mappings(self) -> dict[str, dict[str, str]]:
        return {
            supplier: json.loads(text) for supplier, text in self._db.execute("SELECT supplier, mapping FROM mappings")
        }

    def mapping_for(self, supplier: str) -> dict[str, str]:
        row = self._db.execute("SELECT mapping FROM mappings WHERE supplier = ?", (supplier,)).fetchone()
        return json.loads(row[0]) if row else {}

    # -- audited labels ----------------------------------------------------------------------
    def add_label(self, offer_id: int | None, score: float, offer: dict, note: str = "") -> None:
        """Store an audited sustainability score (0..1) with the offer's canonical values."""
        score = float(score)
        if not 0.0 <= score <= 1.0:
            raise UserError(tr("An audited score must be between 0 and 1."))
        canonical = {c: price_lists.plain_value(offer.get(c)) for c in CANONICAL_COLUMNS if c != "sustainability_score"}
        with self._write():
            self._db.execute(
                "INSERT INTO labels (offer_id, score, note, created, offer) VALUES (?,?,?,?,?)",
                (offer_id, score, note, _now(), json.dumps(canonical, ensure_ascii=False)),
            )

    def labels(self) -> pd.DataFrame:
        """The latest audited score per offer, with the offer's canonical columns."""
        rows = self._db.execute("SELECT offer_id, score, created, offer FROM labels ORDER BY id").fetchall()
        latest: dict[object, dict] = {}
        for offer_id, score, created, offer in rows:
            record = json.loads(offer)
            record.update(sustainability_score=score, offer_id=offer_id, audited=created)
            latest[offer_id if offer_id is not None else (record.get("source_file"), record.get("source_row"))] = record
        columns = list(CANONICAL_COLUMNS) + ["offer_id", "audited"]
        return pd.DataFrame(list(latest.values()), columns=columns)

    def export_labels(self, folder: Path) -> Path:
        """Write the audited labels as a feedback CSV for retraining (canonical columns)."""
        frame = self.labels()[list(CANONICAL_COLUMNS)]
        target = Path(folder) / FEEDBACK_FILE
        with atomic_path(target) as tmp:
            frame.to_csv(tmp, index=False)
        return target

    # -- export history and session -----------------------------------------------------------
    def add_export(self, path: Path | str, offers: int) -> None:
        with self._write():
            self._db.execute("INSERT INTO exports (created, path, offers) VALUES (?,?,?)", (_now(), str(path), offers))

    def exports(self) -> list[dict]:
        rows = self._db.execute("SELECT created, path, offers FROM exports ORDER BY id")
        return [dict(created=r[0], path=r[1], offers=r[2]) for r in rows]

    def set_session(self, key: str, value: object) -> None:
        with self._write():
            self._db.execute("INSERT OR REPLACE INTO session VALUES (?, ?)", (key, json.dumps(value)))

    def session(self, key: str, default: object = None) -> object:
        row = self._db.execute("SELECT value FROM session WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default


def _as_buffer(text: str) -> io.StringIO:
    return io.StringIO(text)


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the body raises; sqlite errors become UserError."""
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise UserError(
                tr("The workspace is being used by another copy of the app; close it and try again.")
            ) from error
        raise
    try:
        yield
    except sqlite3.DatabaseError as error:
        db.execute("ROLLBACK")
        raise UserError(tr("The workspace could not be saved ({error}); nothing was changed.", error=error)) from error
    except BaseException:
        db.execute("ROLLBACK")
        raise
    else:
        db.execute("COMMIT")
