"""The workspace: the app's state in one SQLite database in the user's data folder.

It holds the imports (with their report), the dated price lists and their offers (history:
core.appstate.price_lists), the model's stored scores, the column mapping and the chef's
corrections remembered per supplier, the audited scores and labels the sustainability officer
enters, the export history and a few session values (what was selected when the app closed).
Source files are never touched. Every write is one transaction: it happens entirely or not at
all. Opening a workspace brings its schema up to date (core.appstate.schema) in one
transaction too.

A damaged or locked database raises ``UserError`` with one plain sentence; ``move_aside``
renames a damaged file (it is kept, never deleted) so that a fresh workspace can start.

Every write either commits or is rolled back, also when COMMIT itself fails (another program
holding a read lock past the busy timeout, a full disk): the connection is then out of its
transaction and usable again, and what it reads is what the file holds. Reads wait up to the
same busy timeout for a writer elsewhere. SQLite errors reach callers as one sentence.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from core.appstate import price_lists, schema
from core.appstate.audit_entry import EVIDENCE_FOLDER, Audit, keep_evidence
from core.appstate.db import now
from core.appstate.planning_store import PlanningStore
from core.atomic_write import atomic_path
from core.cleansing.corrections import Correction, CorrectionBook
from core.contract import CANONICAL_COLUMNS, OFFER_COLUMNS
from core.errors import UserError
from core.i18n import tr
from core.os_errors import describe_os_error
from core.paths import workspace_path
from core.ranking.audits import AUDIT_FIELDS

log = logging.getLogger(__name__)

SCHEMA_VERSION = schema.SCHEMA_VERSION
BUSY_TIMEOUT_S = 5.0  # how long a write waits for another program's lock before giving up
FEEDBACK_FILE = "audited_labels.csv"  # replaced as a whole on every export


class Workspace(PlanningStore):
    """Open with ``Workspace.open()``; raises UserError when the file is damaged or locked."""

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = path
        self._db = connection

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | None = None, timeout: float = BUSY_TIMEOUT_S) -> Workspace:
        path = Path(path or workspace_path())
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise UserError(describe_os_error(error, path.parent, "folder")) from error
        try:
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise UserError(_sentence(error, path, opening=True)) from error
        try:
            db.execute("PRAGMA foreign_keys = ON")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(str(check))
            with _transaction(db, path):
                found = schema.upgrade(db)
                if 0 < found < 2:  # offers from before dated lists: link each product to its previous list
                    price_lists.relink_all(db)
        except UserError:
            db.close()
            raise
        except sqlite3.Error as error:
            db.close()
            raise UserError(_sentence(error, path, opening=True)) from error
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
        return _transaction(self._db, self.path)

    def _read(self) -> contextlib.AbstractContextManager:
        return _reading(self.path)

    @property
    def in_transaction(self) -> bool:
        """True only inside a write (never after one, whatever happened to it)."""
        return self._db.in_transaction

    # -- imports, dated price lists and offers ----------------------------------------------
    def add_import(
        self,
        offers: pd.DataFrame,
        report_frame: pd.DataFrame,
        files: list[str],
        summary: str,
        rows_read: int = 0,
        terms: pd.DataFrame | None = None,
    ) -> int:
        """Store one committed import as dated price lists (core.appstate.price_lists).

        ``offers`` may carry ``list_date`` (else: today), ``date_source``, ``date_evidence`` and
        ``complete`` per row (core.history.lists.dated_offers adds them). A list of the same
        supplier and date is replaced file by file; lists of other dates stay as history.
        Minimum orders the lists state (``terms``) replace what earlier lists said.
        """
        report_json = report_frame.to_json(orient="records", force_ascii=False)
        with self._write():
            cursor = self._db.execute(
                "INSERT INTO imports (created, files, rows_read, rows_imported, summary, report) VALUES (?,?,?,?,?,?)",
                (now(), json.dumps(files, ensure_ascii=False), int(rows_read), len(offers), summary, report_json),
            )
            import_id = int(cursor.lastrowid or 0)
            price_lists.store_offers(self._db, import_id, offers, report_frame)
            if terms is not None and not terms.empty:
                self._put_terms(terms, "price_list")
        return import_id

    def current_offers(self) -> pd.DataFrame:
        """The offers of each supplier's newest list: what the app ranks and plans with.

        Canonical + derived columns, ``offer_id``, ``list_id`` and ``list_date`` (ISO text).
        """
        with self._read():
            frame = price_lists.read_offers(self._db, f"WHERE {price_lists.CURRENT_OFFERS}")
        return frame.drop(columns=["complete", "stored_score", "score_model"])

    def offers(self) -> pd.DataFrame:
        """The current offers (``current_offers``); kept for callers from before dated lists."""
        return self.current_offers()

    def history_offers(self, where: str = "", params: tuple = ()) -> pd.DataFrame:
        """Offers of every stored list (or those matching ``where``, SQL over ``o`` = offers and
        ``p`` = price_lists) with ``list_date``, ``complete`` and ``stored_score``."""
        with self._read():
            return price_lists.read_offers(self._db, where, params)

    def price_lists(self) -> pd.DataFrame:
        """Every stored list with its counts (core.appstate.price_lists.lists_frame)."""
        with self._read():
            return price_lists.lists_frame(self._db)

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Rows of a read-only query (for the history's aggregate views)."""
        with self._read():
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
        with self._read():
            rows = self._db.execute(
                "SELECT id, created, files, rows_read, rows_imported, summary FROM imports ORDER BY id"
            ).fetchall()
        return [
            dict(id=r[0], created=r[1], files=json.loads(r[2]), rows_read=r[3], rows_imported=r[4], summary=r[5])
            for r in rows
        ]

    def import_report(self, import_id: int) -> pd.DataFrame:
        with self._read():
            row = self._db.execute("SELECT report FROM imports WHERE id = ?", (import_id,)).fetchone()
        return pd.read_json(_as_buffer(row[0]), orient="records") if row else pd.DataFrame()

    # -- column mappings per supplier -----------------------------------------------------
    def save_mapping(self, supplier: str, mapping: dict[str, str]) -> None:
        with self._write():
            self._db.execute(
                "INSERT OR REPLACE INTO mappings VALUES (?, ?, ?)",
                (supplier, json.dumps(mapping, ensure_ascii=False), now()),
            )

    def all_mappings(self) -> dict[str, dict[str, str]]:
        with self._read():
            rows = self._db.execute("SELECT supplier, mapping FROM mappings").fetchall()
        return {supplier: json.loads(text) for supplier, text in rows}

    def mapping_for(self, supplier: str) -> dict[str, str]:
        with self._read():
            row = self._db.execute("SELECT mapping FROM mappings WHERE supplier = ?", (supplier,)).fetchone()
        return json.loads(row[0]) if row else {}

    # -- the chef's corrections per supplier (core/cleansing/corrections.py) ---------------------
    def add_correction(self, correction: Correction) -> int:
        """Remember a decision; a newer one for the same supplier, kind and text replaces it."""
        kind, supplier_key, written_key = correction.key
        with self._write():
            self._db.execute(
                "DELETE FROM corrections WHERE kind = ? AND supplier_key = ? AND written_key = ?",
                (kind, supplier_key, written_key),
            )
            cursor = self._db.execute(
                "INSERT INTO corrections (supplier, kind, written, value, created, supplier_key, written_key) "
                "VALUES (?,?,?,?,?,?,?)",
                (correction.supplier, kind, correction.written, correction.value, correction.created or now())
                + (supplier_key, written_key),
            )
        return int(cursor.lastrowid or 0)

    def remove_correction(self, correction_id: int) -> bool:
        with self._write():
            cursor = self._db.execute("DELETE FROM corrections WHERE id = ?", (int(correction_id),))
        return cursor.rowcount > 0

    def corrections(self) -> list[Correction]:
        return read_corrections(self._db)

    def update_offers(self, offers: pd.DataFrame) -> None:
        """Write changed offers back (by ``offer_id``), e.g. after the chef changed an ingredient."""
        columns = [c for c in OFFER_COLUMNS if c in offers]
        assignments = ", ".join(f'"{c}" = ?' for c in columns)
        rows = [
            tuple(price_lists.plain_value(v) for v in record[1:]) + (int(record[0]),)
            for record in offers[["offer_id", *columns]].itertuples(index=False, name=None)
        ]
        with self._write():
            self._db.executemany(f"UPDATE offers SET {assignments} WHERE offer_id = ?", rows)

    # -- audited labels ----------------------------------------------------------------------
    def add_label(self, offer_id: int | None, score: float, offer: dict, note: str = "") -> None:
        """Store an audited sustainability score (0..1) with the offer's canonical values."""
        score = float(score)
        if not 0.0 <= score <= 1.0:
            raise UserError(tr("An audited score must be between 0 and 1."))
        with self._write():
            self._insert_label(offer_id, score, offer, note)

    def _insert_label(self, offer_id: object, score: float, offer: dict, note: str) -> None:
        canonical = {c: price_lists.plain_value(offer.get(c)) for c in CANONICAL_COLUMNS if c != "sustainability_score"}
        self._db.execute(
            "INSERT INTO labels (offer_id, score, note, created, offer) VALUES (?,?,?,?,?)",
            (price_lists.plain_value(offer_id), score, note, now(), json.dumps(canonical, ensure_ascii=False)),
        )

    def labels(self) -> pd.DataFrame:
        """The latest audited score per offer, with the offer's canonical columns."""
        with self._read():
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

    # -- audited scores (core.ranking.audits) ------------------------------------------------
    def add_audit(self, audit: Audit, offer: dict | None = None, covered: pd.DataFrame | None = None) -> int:
        """Store an audit (its evidence file copied into the data folder, never the original
        touched) and, for retraining, an audited label for the offer or for each ``covered``
        offer of a supplier-and-ingredient audit. One transaction; returns the audit's id."""
        audit.check()
        evidence, digest = ("", "")
        if audit.evidence:
            evidence, digest = keep_evidence(Path(audit.evidence), self.path.parent / EVIDENCE_FOLDER)
        offers = [offer] if offer is not None else []
        if covered is not None:
            offers += [row for row in covered.to_dict("records")]
        try:
            with self._write():
                cursor = self._db.execute(
                    "INSERT INTO audits (scope, supplier, product, pack_qty, pack_unit, ingredient, score, auditor, "
                    "audit_date, note, evidence, evidence_sha256, offer_id, created) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        audit.scope,
                        audit.supplier,
                        audit.product,
                        price_lists.plain_value(audit.pack_qty),
                        audit.pack_unit,
                        audit.ingredient,
                        float(audit.score),
                        audit.auditor.strip(),
                        audit.audit_date,
                        audit.note,
                        evidence,
                        digest,
                        audit.offer_id,
                        now(),
                    ),
                )
                note = f"{audit.auditor.strip()} {audit.audit_date}: {audit.note}".strip()
                for row in offers:
                    self._insert_label(row.get("offer_id"), float(audit.score), row, note)
        except BaseException:
            if evidence and not self._evidence_in_use(evidence):
                (self.path.parent / EVIDENCE_FOLDER / Path(evidence).name).unlink(missing_ok=True)
            raise
        return int(cursor.lastrowid or 0)

    def _evidence_in_use(self, evidence: str) -> bool:
        return self._db.execute("SELECT 1 FROM audits WHERE evidence = ?", (evidence,)).fetchone() is not None

    def audits(self) -> pd.DataFrame:
        """Every audit, oldest first, in core.ranking.audits.AUDIT_FIELDS (evidence as a full path)."""
        frame = pd.read_sql_query(
            "SELECT id AS audit_id, scope, supplier, product, pack_qty, pack_unit, ingredient, score, auditor, "
            "audit_date, note, evidence, offer_id, created FROM audits ORDER BY id",
            self._db,
        )
        folder = self.path.parent / EVIDENCE_FOLDER
        frame["evidence"] = [str(folder / name) if name else "" for name in frame["evidence"]]
        return frame[AUDIT_FIELDS]

    def export_audits(self, path: Path) -> Path:
        """Every audit as CSV (UTF-8, header row), written atomically."""
        with atomic_path(Path(path)) as tmp:
            self.audits().to_csv(tmp, index=False, encoding="utf-8")
        return Path(path)

    # -- export history and session -----------------------------------------------------------
    def add_export(self, path: Path | str, offers: int) -> None:
        with self._write():
            self._db.execute("INSERT INTO exports (created, path, offers) VALUES (?,?,?)", (now(), str(path), offers))

    def exports(self) -> list[dict]:
        with self._read():
            rows = self._db.execute("SELECT created, path, offers FROM exports ORDER BY id").fetchall()
        return [dict(created=r[0], path=r[1], offers=r[2]) for r in rows]

    def set_session(self, key: str, value: object) -> None:
        with self._write():
            self._db.execute("INSERT OR REPLACE INTO session VALUES (?, ?)", (key, json.dumps(value)))

    def session(self, key: str, default: object = None) -> object:
        with self._read():
            row = self._db.execute("SELECT value FROM session WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default


def read_corrections(db: sqlite3.Connection) -> list[Correction]:
    """Every remembered correction, oldest first (none when the table does not exist yet)."""
    try:
        rows = db.execute("SELECT id, supplier, kind, written, value, created FROM corrections ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        return []
    return [
        Correction(supplier, kind, written, value, created, ident)
        for ident, supplier, kind, written, value, created in rows
    ]


def stored_corrections(path: Path | None = None) -> CorrectionBook:
    """The corrections of the workspace at ``path``, read without locking or creating it (the
    command line imports while the app may be open)."""
    path = Path(path or workspace_path())
    if not path.is_file():
        return CorrectionBook()
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error as error:
        raise UserError(tr("The workspace {path} cannot be opened ({error}).", path=path, error=error)) from error
    try:
        return CorrectionBook(read_corrections(db))
    except sqlite3.DatabaseError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            raise UserError(
                tr("The workspace is being used by another copy of the app; close it and try again.")
            ) from error
        raise UserError(tr("The workspace file {path} is damaged and cannot be opened.", path=path)) from error
    finally:
        db.close()


def _as_buffer(text: str) -> io.StringIO:
    return io.StringIO(text)


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection, path: Path) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when the body or the COMMIT fails.

    A COMMIT that fails (SQLITE_BUSY: another program still reads the file after the busy
    timeout; SQLITE_FULL: the disk is full) leaves SQLite inside the transaction, so every later
    write would fail and reads would see data the file does not hold: it is rolled back here.
    sqlite errors become one UserError sentence.
    """
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as error:
        raise UserError(_sentence(error, path)) from error
    try:
        yield
        db.execute("COMMIT")
    except BaseException as error:
        _rollback(db)
        if isinstance(error, sqlite3.Error):
            raise UserError(_sentence(error, path)) from error
        raise


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        raise UserError(_sentence(error, path, reading=True)) from error
    except pd.errors.DatabaseError as error:  # pandas wraps the sqlite error of read_sql_query
        cause = error.__cause__ if isinstance(error.__cause__, sqlite3.Error) else sqlite3.DatabaseError(str(error))
        raise UserError(_sentence(cause, path, reading=True)) from error


def _rollback(db: sqlite3.Connection) -> None:
    """Leave the transaction whatever state SQLite is in (it may have rolled back by itself)."""
    if not db.in_transaction:
        return
    try:
        db.execute("ROLLBACK")
    except sqlite3.Error:
        log.warning("ROLLBACK of the workspace failed", exc_info=True)


def _sentence(error: sqlite3.Error, path: Path, opening: bool = False, reading: bool = False) -> str:
    """One sentence for an SQLite error: what happened to the workspace and what to do."""
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        if reading:
            return tr(
                "The workspace is being written by another program (another copy of the app, a backup or "
                "a virus scanner); close it and try again."
            )
        return tr(
            "The workspace is being used by another program (another copy of the app, a backup or a virus "
            "scanner); nothing was saved. Close that program and try again."
        )
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return tr(
            "The disk holding the workspace {path} is full; nothing was saved. Free some space and try again.",
            path=path,
        )
    if name.startswith("SQLITE_READONLY") or "readonly" in text:
        return tr(
            "The workspace {path} is read-only; nothing was saved. Ask IT to let you write to that folder.", path=path
        )
    if name.startswith("SQLITE_CANTOPEN"):
        return tr(
            "The workspace {path} cannot be opened: its folder is missing or not writable. "
            "Ask IT to check the data folder.",
            path=path,
        )
    if name.startswith("SQLITE_IOERR") or "i/o error" in text:
        return tr(
            "The workspace {path} could not be read or written (disk error); nothing was saved. "
            "Check the disk or network drive and try again.",
            path=path,
        )
    if opening or isinstance(error, sqlite3.DatabaseError) and name in ("SQLITE_CORRUPT", "SQLITE_NOTADB", ""):
        return tr("The workspace file {path} is damaged and cannot be opened.", path=path)
    return tr("The workspace could not be saved ({error}); nothing was changed.", error=error)
