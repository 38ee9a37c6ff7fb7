"""The workspace's schema and its versions: every database is brought to ``SCHEMA_VERSION``
by running the migrations it has not had yet, in order, in one transaction.

How to change the schema (for every branch that needs a table or a column):

1. Write ``def _vN_to_vN1(db: sqlite3.Connection) -> None`` below the last migration. It runs
   plain ``db.execute`` statements (never ``executescript``: it would commit half-way) and may
   read and rewrite rows. It must work on any database of version N, including an empty one.
2. Append it to ``MIGRATIONS``. ``SCHEMA_VERSION`` is ``len(MIGRATIONS)``; nothing else changes.
3. Never edit a migration that has been released: databases on users' PCs already ran it.
   Freeze column lists in the migration (do not build them from ``core.contract``), so that a
   later change to the contract does not change what an old migration does.
4. Add a test that opens a database of version N with rows in it and checks they survive
   (tests/test_workspace_migration.py shows how a version-1 database is made by version-1 code).

The version lives in ``PRAGMA user_version`` (0 for a database made before this mechanism: it
is version 1 when it has the version-1 tables, else empty). ``meta.schema_version`` repeats it
for people reading the file. A database of a newer version than this code knows is refused
with one sentence, never altered.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable

from core.errors import UserError
from core.i18n import tr

# -- version 1 (the first release), verbatim as it shipped ---------------------------------
_V1_OFFER_COLUMNS = (
    '"supplier" TEXT, "product" TEXT, "ingredient" TEXT, "pack_qty" REAL, "pack_unit" TEXT, "price" REAL, '
    '"currency" TEXT, "origin" TEXT, "transport_mode" TEXT, "certifications" TEXT, "practice" TEXT, '
    '"packaging" TEXT, "lead_time_days" REAL, "sustainability_score" REAL, "source_file" TEXT, '
    '"source_sheet" TEXT, "source_row" INTEGER, "base_unit" TEXT, "price_pen_per_base_unit" REAL, '
    '"origin_place" TEXT, "distance_km" REAL, "kg_co2e_per_base_unit" REAL, "match_score" REAL, "flags" TEXT'
)
_V1_STATEMENTS = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS imports (
    id INTEGER PRIMARY KEY, created TEXT NOT NULL, files TEXT NOT NULL,
    rows_read INTEGER NOT NULL, rows_imported INTEGER NOT NULL, summary TEXT NOT NULL, report TEXT NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS offers (
    offer_id INTEGER PRIMARY KEY, import_id INTEGER NOT NULL REFERENCES imports(id), {_V1_OFFER_COLUMNS})""",
    "CREATE INDEX IF NOT EXISTS offers_by_file ON offers(source_file)",
    "CREATE TABLE IF NOT EXISTS mappings (supplier TEXT PRIMARY KEY, mapping TEXT NOT NULL, updated TEXT NOT NULL)",
    """CREATE TABLE IF NOT EXISTS labels (
    id INTEGER PRIMARY KEY, offer_id INTEGER, score REAL NOT NULL, note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, offer TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS exports (id INTEGER PRIMARY KEY, created TEXT NOT NULL, path TEXT NOT NULL,
    offers INTEGER NOT NULL)""",
    "CREATE TABLE IF NOT EXISTS session (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
)


def _v0_to_v1(db: sqlite3.Connection) -> None:
    """An empty file gets the first release's tables."""
    for statement in _V1_STATEMENTS:
        db.execute(statement)


# -- version 2: dated price lists (history), stored scores, supplier-standing facts --------
def _v1_to_v2(db: sqlite3.Connection) -> None:
    """Price lists kept with their date. Each supplier's offers of one import day become one
    list dated that day (the date of import is all version 1 knew); refused rows are counted
    from the import reports.

    Offers gain their list, the same product's offer in the supplier's previous list that had
    it (core.appstate.product_matching; the workspace links the migrated offers after this
    step), whether the source stated origin, transport and certification
    (``complete``) and the model's stored score. ``standing_lists`` keeps what the supplier
    standing adds up per list (core.history.standing), valid for the weeks listed in
    ``standing_weeks`` with the parameters they were judged with."""
    db.execute(
        """CREATE TABLE price_lists (
        id INTEGER PRIMARY KEY, supplier TEXT NOT NULL, list_date TEXT NOT NULL,
        date_source TEXT NOT NULL, date_evidence TEXT NOT NULL DEFAULT '',
        import_id INTEGER REFERENCES imports(id),
        offers INTEGER NOT NULL DEFAULT 0, flagged INTEGER NOT NULL DEFAULT 0,
        complete_known INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0,
        UNIQUE (supplier, list_date))"""
    )
    db.execute(
        """CREATE TABLE price_list_files (
        list_id INTEGER NOT NULL REFERENCES price_lists(id) ON DELETE CASCADE, source_file TEXT NOT NULL,
        rows_refused INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (list_id, source_file))"""
    )
    for column in (
        "list_id INTEGER REFERENCES price_lists(id)",
        "previous_offer_id INTEGER",  # the same product in the supplier's previous list that had it
        "complete INTEGER",  # 1/0: origin, transport and certification stated in the source; NULL unknown
        "flagged INTEGER NOT NULL DEFAULT 0",  # 1: the import report flagged its row for review
        "score_pred REAL",
        "score_low REAL",
        "score_high REAL",
        "score_model TEXT",
    ):
        db.execute(f"ALTER TABLE offers ADD COLUMN {column}")
    db.execute("CREATE TABLE standing_weeks (week TEXT PRIMARY KEY, params TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE standing_lists (
        list_id INTEGER PRIMARY KEY REFERENCES price_lists(id) ON DELETE CASCADE, params TEXT NOT NULL,
        judged INTEGER NOT NULL, recommended INTEGER NOT NULL, scored INTEGER NOT NULL, score_sum REAL NOT NULL,
        indexed INTEGER NOT NULL, log_index_sum REAL NOT NULL)"""
    )
    db.execute(
        """INSERT INTO price_lists (supplier, list_date, date_source, date_evidence, import_id)
        SELECT COALESCE(o.supplier, ''), substr(i.created, 1, 10), 'imported', substr(i.created, 1, 10), MAX(i.id)
        FROM offers o JOIN imports i ON i.id = o.import_id
        GROUP BY COALESCE(o.supplier, ''), substr(i.created, 1, 10)"""
    )
    db.execute(
        """UPDATE offers SET list_id = (
            SELECT p.id FROM price_lists p, imports i
            WHERE i.id = offers.import_id AND p.supplier = COALESCE(offers.supplier, '')
              AND p.list_date = substr(i.created, 1, 10))"""
    )
    db.execute(
        """INSERT OR IGNORE INTO price_list_files (list_id, source_file)
        SELECT DISTINCT list_id, COALESCE(source_file, '') FROM offers WHERE list_id IS NOT NULL"""
    )
    _read_reports_v2(db)
    db.execute(
        """UPDATE price_lists SET
            offers = (SELECT COUNT(*) FROM offers WHERE list_id = price_lists.id),
            flagged = (SELECT COALESCE(SUM(flagged), 0) FROM offers WHERE list_id = price_lists.id)"""
    )
    db.execute("CREATE INDEX offers_by_list ON offers(list_id)")
    db.execute("CREATE INDEX offers_by_ingredient ON offers(ingredient, list_id)")
    db.execute("CREATE INDEX price_lists_by_date ON price_lists(list_date)")


def _rows_with(entries: list, severity: str) -> set[tuple]:
    return {
        (e.get("file", ""), e.get("sheet", ""), e.get("row"))
        for e in entries
        if isinstance(e, dict) and e.get("severity") == severity
    }


def _read_reports_v2(db: sqlite3.Connection) -> None:
    """From each version-1 import report: its offers flagged for review, and its refused rows,
    counted to the supplier with most offers in their file."""
    for import_id, report in db.execute("SELECT id, report FROM imports").fetchall():
        try:
            entries = json.loads(report or "[]")
        except ValueError:
            continue
        db.executemany(
            """UPDATE offers SET flagged = 1
            WHERE import_id = ? AND source_file = ? AND COALESCE(source_sheet, '') = ? AND source_row = ?""",
            [(import_id, f, s or "", r) for f, s, r in _rows_with(entries, "flagged")],
        )
        refused = Counter(f for f, _, _ in _rows_with(entries, "refused"))
        for source_file, count in refused.items():
            row = db.execute(
                """SELECT list_id FROM offers WHERE import_id = ? AND source_file = ?
                GROUP BY list_id ORDER BY COUNT(*) DESC LIMIT 1""",
                (import_id, source_file),
            ).fetchone()
            if row is not None:
                db.execute(
                    "UPDATE price_list_files SET rows_refused = rows_refused + ? WHERE list_id = ? AND source_file = ?",
                    (count, row[0], source_file),
                )


# MIGRATIONS[n] brings a database of version n to version n + 1. Append; never reorder or edit.
# -- version 3: audits (core.ranking.audits) and the chef's corrections (core.cleansing.corrections)
def _v2_to_v3(db: sqlite3.Connection) -> None:
    """The sustainability officer's audits (with their evidence file's copy and checksum) and the
    chef's decisions per supplier. IF NOT EXISTS: development builds created them unversioned."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS audits (
        id INTEGER PRIMARY KEY, scope TEXT NOT NULL, supplier TEXT NOT NULL, product TEXT NOT NULL DEFAULT '',
        pack_qty REAL, pack_unit TEXT NOT NULL DEFAULT '', ingredient TEXT NOT NULL DEFAULT '', score REAL NOT NULL,
        auditor TEXT NOT NULL, audit_date TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        evidence_sha256 TEXT NOT NULL DEFAULT '', offer_id INTEGER, created TEXT NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS corrections (
        id INTEGER PRIMARY KEY, supplier TEXT NOT NULL, kind TEXT NOT NULL, written TEXT NOT NULL,
        value TEXT NOT NULL, created TEXT NOT NULL, supplier_key TEXT NOT NULL, written_key TEXT NOT NULL,
        UNIQUE (kind, supplier_key, written_key))"""
    )


# -- version 4: purchase planning (core.appstate.planning_store, core.planning) -------------
def _v3_to_v4(db: sqlite3.Connection) -> None:
    """The week's needs, recipes and covers, the suppliers' terms (minimum and maximum order,
    delivery days; from price lists or entered in the window) and the current supplier of each
    ingredient."""
    db.execute(
        """CREATE TABLE IF NOT EXISTS plan_needs (
        week TEXT NOT NULL, position INTEGER NOT NULL, ingredient TEXT NOT NULL, quantity REAL NOT NULL,
        unit TEXT NOT NULL, PRIMARY KEY (week, position))"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS plan_recipes (
        position INTEGER PRIMARY KEY, dish TEXT NOT NULL, ingredient TEXT NOT NULL, quantity REAL NOT NULL,
        unit TEXT NOT NULL, yield REAL NOT NULL)"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS plan_covers (week TEXT NOT NULL, dish TEXT NOT NULL, covers REAL NOT NULL,
        PRIMARY KEY (week, dish))"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS supplier_terms (
        supplier TEXT NOT NULL, source TEXT NOT NULL, min_order_pen REAL, max_order_pen REAL,
        delivery_days TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL, PRIMARY KEY (supplier, source))"""
    )
    db.execute(
        """CREATE TABLE IF NOT EXISTS current_suppliers (
        ingredient TEXT PRIMARY KEY, supplier TEXT NOT NULL, updated TEXT NOT NULL)"""
    )


# -- version 5: the transport leg of an offer's footprint as its own figure (issue 14) ---------
def _v4_to_v5(db: sqlite3.Connection) -> None:
    """Offers gain the transport leg alone (kg CO2e per base unit; ``kg_co2e_per_base_unit`` is
    the ingredient plus this leg). Offers stored before keep it empty until imported again.
    Skipped when present: development builds added it unversioned."""
    present = {row[1] for row in db.execute("PRAGMA table_info(offers)")}
    if "transport_kg_co2e_per_base_unit" not in present:
        db.execute('ALTER TABLE offers ADD COLUMN "transport_kg_co2e_per_base_unit" REAL')


# -- version 6: an ingredient's price history read from one index (core.history.series) -----
def _v5_to_v6(db: sqlite3.Connection) -> None:
    """The history chart of an ingredient reads its offers' list, price and scores from the index
    alone. With only (ingredient, list_id) indexed, each of those offers (1,500 for an ingredient
    over a year of weekly lists) was read from its own table page, scattered over the whole file;
    in the index they lie side by side. IF NOT EXISTS: a file set back to an older version keeps it."""
    db.execute("DROP INDEX IF EXISTS offers_by_ingredient")
    db.execute(
        """CREATE INDEX IF NOT EXISTS offers_by_ingredient_history ON offers(
        ingredient, list_id, price_pen_per_base_unit, score_pred, sustainability_score)"""
    )


# -- version 7: the history leaves out what waits for review (core.history.series) -----------
def _v6_to_v7(db: sqlite3.Connection) -> None:
    """The history chart leaves out offers that wait for a person's decision (an implausible price,
    an uncertain ingredient: core.cleansing.review), as the ranking does; so it reads each offer's
    flags too, from the same one index (version 6), which gains them as its last column."""
    db.execute("DROP INDEX IF EXISTS offers_by_ingredient_history")
    db.execute(
        """CREATE INDEX IF NOT EXISTS offers_by_ingredient_history_flags ON offers(
        ingredient, list_id, price_pen_per_base_unit, score_pred, sustainability_score, flags)"""
    )


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _v0_to_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
    _v4_to_v5,
    _v5_to_v6,
    _v6_to_v7,
]
SCHEMA_VERSION = len(MIGRATIONS)


def stored_version(db: sqlite3.Connection) -> int:
    """The database's schema version (a file from before PRAGMA user_version: 1 if it has tables)."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    if version == 0:
        found = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'imports'").fetchone()
        version = 1 if found else 0
    return version


def upgrade(db: sqlite3.Connection) -> int:
    """Run the missing migrations; the caller holds the transaction. Returns the old version."""
    version = stored_version(db)
    if version > SCHEMA_VERSION:
        raise UserError(
            tr(
                "The workspace was saved by a newer version of the app (schema {found}, this one knows {known}); "
                "update the app to open it.",
                found=version,
                known=SCHEMA_VERSION,
            )
        )
    for step in MIGRATIONS[version:]:
        step(db)
    if version != SCHEMA_VERSION:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION:d}")
        db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    return version
