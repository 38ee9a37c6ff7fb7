"""The workspace: the app's state in one SQLite database in the user's data folder.

It holds the imports (with their report), the offers they produced, the column mapping
remembered per supplier, the audited labels the sustainability officer enters, the export
history and a few session values (what was selected when the app closed). Source files are
never touched. Every write is one transaction: it happens entirely or not at all.

A damaged or locked database raises ``UserError`` with one plain sentence; ``move_aside``
renames a damaged file (it is kept, never deleted) so that a fresh workspace can start.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import math
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from core.atomic_write import atomic_path
from core.contract import CANONICAL_COLUMNS, DERIVED_COLUMNS, OFFER_COLUMNS
from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir

SCHEMA_VERSION = 1
WORKSPACE_FILE = "workspace.sqlite"
FEEDBACK_FILE = "audited_labels.csv"  # replaced as a whole on every export

_SQL_TYPES = {"str": "TEXT", "float": "REAL", "int": "INTEGER"}


_OFFER_TYPES = {**CANONICAL_COLUMNS, **DERIVED_COLUMNS}


def _offer_columns_sql() -> str:
    return ", ".join(f'"{c}" {_SQL_TYPES[_OFFER_TYPES[c]]}' for c in OFFER_COLUMNS)


SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, created TEXT NOT NULL, files TEXT NOT NULL,
    rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL, summary TEXT NOT NULL, report TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS offers (
    offer_id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id), {_offer_columns_sql()});
CREATE INDEX IF NOT EXISTS offers_by_file ON offers(source_file);
CREATE TABLE IF NOT EXISTS mappings (supplier TEXT PRIMARY KEY, mapping TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY, offer_id INTEGER, score REAL NOT NULL, note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, offer TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS exports (id INTEGER PRIMARY KEY, created TEXT NOT NULL, path TEXT NOT NULL,
    offers INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS session (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _add_new_offer_columns(db: sqlite3.Connection) -> None:
    """A workspace made before a derived column existed (e.g. the transport leg) gets it, empty
    for the offers stored then, so that new imports can be stored next to the old ones."""
    present = {row[1] for row in db.execute("PRAGMA table_info(offers)")}
    for column in OFFER_COLUMNS:
        if column not in present:
            db.execute(f'ALTER TABLE offers ADD COLUMN "{column}" {_SQL_TYPES[_OFFER_TYPES[column]]}')


def workspace_path() -> Path:
    return user_data_dir() / WORKSPACE_FILE


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _plain(value: object) -> object:
    """A value SQLite and JSON accept: NaN -> None, numpy scalars -> Python."""
    if value is None:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


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
                for statement in SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                _add_new_offer_columns(db)
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

    # -- imports and offers ------------------------------------------------------------
    def add_import(
        self, offers: pd.DataFrame, report_frame: pd.DataFrame, files: list[str], summary: str, rows_read: int = 0
    ) -> int:
        """Store one committed import. Offers of the same source files are replaced (a newer list)."""
        columns = [c for c in OFFER_COLUMNS]
        quoted = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        frame = offers.reindex(columns=columns)
        rows = [tuple(_plain(v) for v in record) for record in frame.itertuples(index=False, name=None)]
        report_json = report_frame.to_json(orient="records", force_ascii=False)
        with self._write():
            cursor = self._db.execute(
                "INSERT INTO imports (created, files, rows_read, rows_imported, summary, report) VALUES (?,?,?,?,?,?)",
                (_now(), json.dumps(files, ensure_ascii=False), int(rows_read), len(rows), summary, report_json),
            )
            import_id = cursor.lastrowid
            self._db.executemany("DELETE FROM offers WHERE source_file = ?", [(f,) for f in files])
            self._db.executemany(f"INSERT INTO offers (import_id, {quoted}) VALUES ({import_id}, {marks})", rows)
        return int(import_id)

    def offers(self) -> pd.DataFrame:
        """Every offer in the workspace, with its ``offer_id``, in the canonical + derived columns."""
        frame = pd.read_sql_query("SELECT * FROM offers ORDER BY offer_id", self._db)
        frame = frame.drop(columns=["import_id"])
        for column, kind in _OFFER_TYPES.items():
            if kind == "str":
                frame[column] = frame[column].fillna("").astype(str)
            elif kind == "float":
                frame[column] = frame[column].astype("float64")
        return frame

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
        canonical = {c: _plain(offer.get(c)) for c in CANONICAL_COLUMNS if c != "sustainability_score"}
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
