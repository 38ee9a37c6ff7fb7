"""The workspace database: imports, offers, mappings, labels, exports; transactions; damage."""

from __future__ import annotations

import sqlite3

import pandas as pd
import pytest

from core.appstate.workspace import FEEDBACK_FILE, Workspace, workspace_path
from core.contract import CANONICAL_COLUMNS, OFFER_COLUMNS
from core.errors import UserError


def offers_frame(file="andina.xlsx", products=("Papa amarilla", "Quinua blanca")) -> pd.DataFrame:
    rows = []
    for i, product in enumerate(products):
        row = {c: "" for c in OFFER_COLUMNS}
        row.update(
            supplier="Distribuidora Andina S.A.C.",
            product=product,
            ingredient=f"ing_{i}",
            pack_qty=50.0,
            pack_unit="kg",
            price=120.0 + i,
            currency="PEN",
            sustainability_score=float("nan"),
            lead_time_days=2.0,
            source_file=file,
            source_sheet="Tubérculos",
            source_row=5 + i,
            price_pen_per_base_unit=2.4,
            distance_km=250.0,
            kg_co2e_per_base_unit=0.5,
            transport_kg_co2e_per_base_unit=0.03,
            match_score=97.0,
        )
        rows.append(row)
    return pd.DataFrame(rows, columns=OFFER_COLUMNS)


REPORT = pd.DataFrame(
    [("andina.xlsx", "Tubérculos", 7, "Precio", "refused", "no_price", "No price.")],
    columns=["file", "sheet", "row", "column", "severity", "rule", "message"],
)


@pytest.fixture
def workspace():
    ws = Workspace.open()
    yield ws
    ws.close()


def test_an_import_keeps_every_offer_with_its_provenance(workspace):
    workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers", rows_read=3)
    offers = workspace.offers()
    assert list(offers["product"]) == ["Papa amarilla", "Quinua blanca"]
    assert list(offers["source_row"]) == [5, 6] and set(offers["source_sheet"]) == {"Tubérculos"}
    assert offers["sustainability_score"].isna().all() and offers["offer_id"].is_unique
    assert workspace.imports()[0]["rows_read"] == 3
    assert workspace.import_report(workspace.imports()[0]["id"]).iloc[0]["severity"] == "refused"


def test_reopening_restores_the_last_session(workspace):
    workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
    workspace.set_session("weights", {"price": 0.8})
    workspace.close()
    again = Workspace.open()
    assert len(again.offers()) == 2 and again.session("weights") == {"price": 0.8}
    again.close()


def test_a_newer_list_of_the_same_file_replaces_its_offers(workspace):
    workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
    workspace.add_import(offers_frame(file="mar.csv", products=("Corvina",)), REPORT, ["mar.csv"], "1 offer")
    workspace.add_import(offers_frame(products=("Olluco",)), REPORT, ["andina.xlsx"], "1 offer")
    assert sorted(workspace.offers()["product"]) == ["Corvina", "Olluco"]


def test_a_failed_write_leaves_nothing_half_done(workspace):
    workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
    bad = offers_frame(products=("Olluco",))
    bad["price"] = [object()]  # sqlite cannot store this: the insert fails mid-transaction
    with pytest.raises((UserError, sqlite3.Error)):
        workspace.add_import(bad, REPORT, ["andina.xlsx"], "1 offer")
    assert sorted(workspace.offers()["product"]) == ["Papa amarilla", "Quinua blanca"]
    assert len(workspace.imports()) == 1


def test_column_mapping_is_remembered_per_supplier(workspace):
    workspace.save_mapping("Bodega Selva", {"Distintivo": "certifications"})
    workspace.save_mapping("Bodega Selva", {"Distintivo": "certifications", "Zona": "origin"})
    assert workspace.mapping_for("Bodega Selva") == {"Distintivo": "certifications", "Zona": "origin"}
    assert workspace.mapping_for("Otro") == {}
    assert workspace.all_mappings() == {"Bodega Selva": {"Distintivo": "certifications", "Zona": "origin"}}


def test_audited_labels_export_as_canonical_feedback_csv(workspace, tmp_path):
    workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
    offers = workspace.offers()
    first = offers.iloc[0]
    workspace.add_label(int(first.offer_id), 0.4, first.to_dict())
    workspace.add_label(int(first.offer_id), 0.85, first.to_dict())  # corrected: the latest counts
    with pytest.raises(UserError):
        workspace.add_label(int(first.offer_id), 1.5, first.to_dict())
    path = workspace.export_labels(tmp_path)
    assert path.name == FEEDBACK_FILE
    written = pd.read_csv(path)
    assert list(written.columns) == list(CANONICAL_COLUMNS)
    assert len(written) == 1 and written.iloc[0]["sustainability_score"] == 0.85
    assert written.iloc[0]["product"] == "Papa amarilla" and written.iloc[0]["source_row"] == 5


def test_export_history(workspace):
    workspace.add_export("/tmp/informe.xlsx", 12)
    assert workspace.exports()[0]["path"] == "/tmp/informe.xlsx" and workspace.exports()[0]["offers"] == 12


def test_a_damaged_database_is_a_plain_error_and_can_be_moved_aside():
    path = workspace_path()
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError) as raised:
        Workspace.open()
    message = str(raised.value)
    assert "damaged" in message and "Traceback" not in message
    assert path.read_bytes().startswith(b"this is not a database")  # nothing was overwritten
    kept = Workspace.move_aside()
    assert kept.exists() and kept.read_bytes().startswith(b"this is not a database") and not path.exists()
    fresh = Workspace.open()
    assert fresh.offers().empty
    fresh.close()


def test_a_locked_database_is_a_plain_error(workspace):
    other = sqlite3.connect(workspace.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError) as raised:
            Workspace.open(timeout=0.2)
        assert "another copy of the app" in str(raised.value)
        with pytest.raises(UserError):
            workspace._db.execute("PRAGMA busy_timeout = 200")
            workspace.save_mapping("X", {"a": "price"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    workspace.save_mapping("X", {"a": "price"})
    assert workspace.mapping_for("X") == {"a": "price"}


def test_a_workspace_from_before_the_transport_column_opens_and_keeps_its_offers(tmp_path):
    """A version-4 workspace has no transport-leg column: migration 5 adds it (empty for the
    offers stored then) and new imports are stored beside the old ones."""
    path = tmp_path / "old.sqlite"
    old = Workspace.open(path)
    old.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
    old.close()
    db = sqlite3.connect(path)
    db.execute('ALTER TABLE offers DROP COLUMN "transport_kg_co2e_per_base_unit"')
    db.execute("PRAGMA user_version = 4")
    db.commit()
    db.close()
    reopened = Workspace.open(path)
    assert reopened.offers()["transport_kg_co2e_per_base_unit"].isna().all()
    new = offers_frame(file="mar.csv", products=("Corvina",))
    new["transport_kg_co2e_per_base_unit"] = 0.04
    reopened.add_import(new, REPORT, ["mar.csv"], "1 offer")
    offers = reopened.offers()
    assert len(offers) == 3 and offers["transport_kg_co2e_per_base_unit"].tolist()[-1] == 0.04
    reopened.close()


READ_LOCK_HOLDER = r"""
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN")
count = db.execute("SELECT count(*) FROM offers").fetchone()[0]  # a SHARED lock until COMMIT
print(count, flush=True)
sys.stdin.readline()
db.execute("COMMIT")
db.close()
"""


class ReadLock:
    """Another process (a backup, a second copy of the app) reading the workspace file and
    holding its read lock until ``release()``."""

    def __init__(self, path):
        import subprocess
        import sys

        self.process = subprocess.Popen(
            [sys.executable, "-c", READ_LOCK_HOLDER, str(path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.count_seen = int(self.process.stdout.readline())

    def release(self) -> None:
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.wait(10) == 0


def stored_products(path) -> list[str]:
    """What the file holds, read by a connection of its own."""
    db = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in db.execute("SELECT product FROM offers"))
    finally:
        db.close()


def test_a_read_lock_of_another_process_at_commit_loses_nothing_once_released():
    """Issue 13, case 4: the COMMIT waits for the busy timeout, fails in one sentence, is rolled
    back (the connection is usable, it reads what the file holds) and the retry stores it all."""
    workspace = Workspace.open(timeout=0.3)
    try:
        workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
        lock = ReadLock(workspace.path)
        assert lock.count_seen == 2
        second = offers_frame(file="mar.csv", products=("Corvina", "Pulpo"))
        with pytest.raises(UserError) as raised:
            workspace.add_import(second, REPORT, ["mar.csv"], "2 offers")
        assert str(raised.value) == (
            "The workspace is being used by another program (another copy of the app, a backup or a virus "
            "scanner); nothing was saved. Close that program and try again."
        )
        assert not workspace.in_transaction
        assert sorted(workspace.offers()["product"]) == ["Papa amarilla", "Quinua blanca"]
        assert stored_products(workspace.path) == ["Papa amarilla", "Quinua blanca"]
        assert len(workspace.imports()) == 1

        lock.release()
        workspace.add_import(second, REPORT, ["mar.csv"], "2 offers")  # the user tries again
        expected = ["Corvina", "Papa amarilla", "Pulpo", "Quinua blanca"]
        assert sorted(workspace.offers()["product"]) == expected
        assert stored_products(workspace.path) == expected
        workspace.save_mapping("Mar", {"Precio": "price"})  # later writes work too
    finally:
        workspace.close()
    reopened = Workspace.open()
    assert len(reopened.offers()) == 4 and reopened.mapping_for("Mar") == {"Precio": "price"}
    reopened.close()


def test_a_short_read_by_another_process_is_waited_for():
    """The busy timeout: a reader that finishes within it does not make the write fail."""
    import threading

    workspace = Workspace.open(timeout=5.0)
    try:
        workspace.add_import(offers_frame(), REPORT, ["andina.xlsx"], "2 offers")
        lock = ReadLock(workspace.path)
        releaser = threading.Timer(0.5, lock.release)
        releaser.start()
        workspace.add_import(offers_frame(file="mar.csv", products=("Corvina",)), REPORT, ["mar.csv"], "1 offer")
        releaser.join()
        assert stored_products(workspace.path) == ["Corvina", "Papa amarilla", "Quinua blanca"]
    finally:
        workspace.close()
