"""Upgrading without loss: a workspace written by the first release (schema version 1) opens in
this version with every import, offer, mapping, label, export and session value still there,
in one transaction (a failed upgrade leaves the file as it was).

The version-1 database is written by version-1 code: core/appstate/workspace.py as it was at
the release commit, read from git into a module of its own, fed with real imports of the
sample price lists."""

from __future__ import annotations

import importlib.util
import sqlite3
import subprocess

import pandas as pd
import pytest
from conftest import REPO, SAMPLES
from history_data import write_next_week

from core.appstate import schema
from core.appstate.schema import SCHEMA_VERSION
from core.appstate.workspace import Workspace
from core.contract import OFFER_COLUMNS
from core.errors import UserError
from core.history.lists import save_import
from core.history.series import INGREDIENT_ROWS, ingredient_history
from core.importer import import_files

V1_COMMIT = "e80c08186050d30a281f1cae2eff803dfd4ba7ca"  # the release with workspace schema version 1


@pytest.fixture(scope="module")
def v1(tmp_path_factory):
    """core.appstate.workspace of the version-1 release, as a module of its own."""
    done = subprocess.run(
        ["git", "show", f"{V1_COMMIT}:core/appstate/workspace.py"], cwd=REPO, capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.fail(f"The version-1 workspace code is read from git commit {V1_COMMIT}: {done.stderr.strip()}")
    path = tmp_path_factory.mktemp("v1") / "workspace_v1.py"
    path.write_text(done.stdout, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("workspace_v1", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SCHEMA_VERSION == 1
    return module


def write_v1_workspace(v1, path, monkeypatch) -> dict:
    """Two imports a week apart (the second re-imports one file), a remembered mapping, an
    audited label, an export and a session value, all through version-1 code."""
    workspace = v1.Workspace.open(path)
    first = import_files([SAMPLES / "distribuidora_andina.xlsx", SAMPLES / "pesqueria_del_pacifico.xls"])
    second = import_files([SAMPLES / "granja_sierra.ods", SAMPLES / "pesqueria_del_pacifico.xls"])
    for when, result in (("2026-11-16T09:00:00", first), ("2026-11-23T10:30:00", second)):
        monkeypatch.setattr(v1, "_now", lambda when=when: when)
        report = result.report
        workspace.add_import(result.offers, report.to_frame(), report.files, report.summary(), report.rows_read)
    monkeypatch.setattr(v1, "_now", lambda: "2026-11-24T08:00:00")
    workspace.save_mapping("Bodega selva", {"Distintivo": "certifications"})
    offers = workspace.offers()
    chosen = offers[offers["product"] == "Quinua blanca"].iloc[0]
    workspace.add_label(int(chosen["offer_id"]), 0.82, chosen.to_dict(), "visited the farm")
    workspace.add_export("/home/chef/informe.xlsx", len(offers))
    workspace.set_session("weights", {"sustainability": 70, "price": 30})
    before = {
        "offers": workspace.offers(),
        "imports": workspace.imports(),
        "reports": [workspace.import_report(i["id"]) for i in workspace.imports()],
        "mappings": workspace.all_mappings(),
        "labels": workspace.labels(),
        "exports": workspace.exports(),
        "session": workspace.session("weights"),
    }
    workspace.close()
    return before


def flagged_rows(report: pd.DataFrame, files: set[str]) -> int:
    rows = report[(report["severity"] == "flagged") & report["file"].isin(files)]
    return len(rows.drop_duplicates(["file", "sheet", "row"]))


def test_a_version_1_workspace_upgrades_with_every_import_mapping_label_and_export(v1, tmp_path, monkeypatch):
    path = tmp_path / "workspace.sqlite"
    before = write_v1_workspace(v1, path, monkeypatch)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 0

    workspace = Workspace.open(path)
    try:
        assert workspace.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION == 7
        assert workspace.query("SELECT value FROM meta WHERE key = 'schema_version'") == [("7",)]
        assert workspace.imports() == before["imports"]
        for entry, report in zip(workspace.imports(), before["reports"], strict=True):
            pd.testing.assert_frame_equal(workspace.import_report(entry["id"]), report)
        assert workspace.all_mappings() == before["mappings"]
        pd.testing.assert_frame_equal(workspace.labels(), before["labels"])
        assert workspace.exports() == before["exports"]
        assert workspace.session("weights") == before["session"]
        # every offer is still there, each in a list of its supplier dated the day it was imported
        now = workspace.current_offers().set_index("offer_id").sort_index()
        old = before["offers"].set_index("offer_id").sort_index()
        pd.testing.assert_frame_equal(now[OFFER_COLUMNS], old[OFFER_COLUMNS])
        lists = workspace.price_lists().set_index("supplier")
        assert lists["list_date"].dt.date.astype(str).to_dict() == {
            "Distribuidora Andina S.A.C.": "2026-11-16",
            "Granja sierra": "2026-11-23",
            "Pesquería del Pacífico S.A.C.": "2026-11-23",
        }
        assert set(lists["date_source"]) == {"imported"} and lists["current"].all()
        assert lists["offers"].sum() == len(old)
        assert lists["refused"].to_dict() == {
            "Distribuidora Andina S.A.C.": 0,
            "Granja sierra": 3,  # rows 15, 17 and 24
            "Pesquería del Pacífico S.A.C.": 1,  # row 31, counted once (its first import was replaced)
        }
        # rows the reports flagged for review are counted to their lists (the replaced import's are gone)
        first, second = before["reports"]
        expected = flagged_rows(first, {"distribuidora_andina.xlsx"}) + flagged_rows(
            second, {"granja_sierra.ods", "pesqueria_del_pacifico.xls"}
        )
        assert lists["flagged"].sum() == expected > 0
        label = workspace.labels().iloc[0]
        assert label["offer_id"] in now.index and label["sustainability_score"] == 0.82
    finally:
        workspace.close()
    again = Workspace.open(path)  # a second opening changes nothing
    assert again.price_lists()["offers"].sum() == len(before["offers"])
    again.close()


def test_a_failed_upgrade_leaves_the_version_1_file_as_it_was(v1, tmp_path, monkeypatch):
    path = tmp_path / "workspace.sqlite"
    before = write_v1_workspace(v1, path, monkeypatch)

    real_step = schema.MIGRATIONS[1]

    def broken(db):  # the whole version-2 step runs, then the disk fails
        real_step(db)
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(UserError):
        Workspace.open(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 0
    assert db.execute("SELECT name FROM sqlite_master WHERE name = 'price_lists'").fetchall() == []
    assert db.execute("SELECT COUNT(*) FROM offers").fetchone()[0] == len(before["offers"])
    assert "list_id" not in [row[1] for row in db.execute("PRAGMA table_info(offers)")]
    db.close()


def test_a_workspace_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "workspace.sqlite"
    Workspace.open(path).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    with pytest.raises(UserError, match="newer version of the app"):
        Workspace.open(path)
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION + 1


def test_a_new_workspace_runs_every_migration_in_order(tmp_path):
    workspace = Workspace.open(tmp_path / "new.sqlite")
    tables = {row[0] for row in workspace.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"imports", "offers", "mappings", "labels", "exports", "session", "price_lists"} <= tables
    assert workspace.query("PRAGMA user_version")[0][0] == len(schema.MIGRATIONS)
    workspace.close()


def test_a_version_5_workspace_keeps_its_price_history_and_reads_it_from_one_index(tmp_path):
    """Versions 6 and 7 only change an index: the history of an ingredient is the same after the
    upgrade, and SQLite reads it, flags included, from the index alone (not one table page per offer)."""
    path = tmp_path / "workspace.sqlite"
    workspace = Workspace.open(path)
    andina = SAMPLES / "distribuidora_andina.xlsx"
    save_import(workspace, import_files([andina]), [andina])
    week48 = write_next_week(andina, tmp_path / "andina_semana48.xlsx")
    save_import(workspace, import_files([week48]), [week48])
    before = ingredient_history(workspace, "quinoa")
    workspace.close()
    db = sqlite3.connect(path)  # the indexes as versions 2 to 5 had them
    db.execute("DROP INDEX offers_by_ingredient_history_flags")
    db.execute("CREATE INDEX offers_by_ingredient ON offers(ingredient, list_id)")
    db.execute("PRAGMA user_version = 5")
    db.commit()
    db.close()

    workspace = Workspace.open(path)
    try:
        assert workspace.query("PRAGMA user_version")[0][0] == SCHEMA_VERSION
        plan = " ".join(str(step[-1]) for step in workspace.query("EXPLAIN QUERY PLAN " + INGREDIENT_ROWS, ("quinoa",)))
        assert "COVERING INDEX offers_by_ingredient_history_flags" in plan
        assert not workspace.query("SELECT name FROM sqlite_master WHERE name = 'offers_by_ingredient'")
        after = ingredient_history(workspace, "quinoa")
        assert len(after.by_supplier) == 2
        pd.testing.assert_frame_equal(after.by_supplier, before.by_supplier)
        pd.testing.assert_frame_equal(after.median, before.median)
    finally:
        workspace.close()
