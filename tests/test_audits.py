"""Audited scores count at once: stored in the workspace with auditor, date, note and a copy of
the evidence; applied by supplier and product (or supplier and ingredient) to later lists too;
the ranking uses them instead of the model's score and says so; the report and the labels for
retraining carry them."""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import openpyxl
import pandas as pd
import pytest
from model_fixtures import offer

from core.appstate.audit_entry import Audit
from core.appstate.workspace import Workspace
from core.errors import UserError
from core.ranking.audits import apply_audits
from core.ranking.rank import Weights, rank_offers
from core.ranking.summary import summarise
from core.report.about import report_about
from core.report.workbook import write_report

SUPPLIER = "Pesquería del Pacífico S.A.C."


def scored_offers() -> pd.DataFrame:
    """Three corvina offers of one supplier and one of another; the model prefers the second."""
    rows = [
        offer(supplier=SUPPLIER, product="Corvina entera", ingredient="corvina", pack_qty=1.0),
        offer(supplier=SUPPLIER, product="Corvina filete", ingredient="corvina", pack_qty=1.0),
        offer(supplier=SUPPLIER, product="Corvina entera", ingredient="corvina", pack_qty=5.0),
        offer(supplier="Mercado Mixto", product="Corvina entera", ingredient="corvina", pack_qty=1.0),
    ]
    frame = pd.DataFrame(rows)
    frame["price_pen_per_base_unit"] = [30.0, 30.0, 30.0, 30.0]
    frame["sustainability_score_pred"] = [0.40, 0.70, 0.40, 0.55]
    frame["score_low"], frame["score_high"] = frame["sustainability_score_pred"] - 0.1, 1.0
    frame["offer_id"] = [11, 12, 13, 14]
    return frame


def audit_row(audit_id, scope, score, **values) -> dict:
    row = dict(
        audit_id=audit_id,
        scope=scope,
        supplier=SUPPLIER,
        product="",
        pack_qty=np.nan,
        pack_unit="",
        ingredient="",
        score=score,
        auditor="Ana Torres",
        audit_date="2026-11-30",
        note="",
        evidence="",
        offer_id=None,
        created="",
    )
    row.update(values)
    return row


def test_an_offer_audit_beats_a_supplier_audit_and_the_newest_audit_wins():
    audits = pd.DataFrame(
        [
            audit_row(1, "supplier_ingredient", 0.30, supplier="PESQUERIA DEL PACIFICO S.A.C.", ingredient="corvina"),
            audit_row(2, "offer", 0.50, product="corvina entera", pack_qty=1.0, pack_unit="KG"),
            audit_row(3, "offer", 0.90, product="Corvina  Entera", pack_qty=1.0, pack_unit="kg", note="visita"),
        ]
    )
    applied = apply_audits(scored_offers(), audits)
    # same supplier and product, written with other case, accents and spaces: the newest offer audit
    assert applied.loc[0, "audited_score"] == 0.90 and applied.loc[0, "audit_note"] == "visita"
    assert applied.loc[0, "audit_scope"] == "offer"
    # the other products of the supplier's corvina, and the 5 kg pack: the supplier-and-ingredient audit
    assert list(applied["audited_score"].iloc[1:3]) == [0.30, 0.30]
    assert set(applied["audit_scope"].iloc[1:3]) == {"supplier_ingredient"}
    # another supplier's corvina is not covered
    assert np.isnan(applied.loc[3, "audited_score"]) and applied.loc[3, "audited_by"] == ""


def test_the_ranking_uses_the_audited_score_at_once_and_says_where_each_score_came_from():
    weights = Weights(sustainability=1.0)
    before = rank_offers(apply_audits(scored_offers(), None), weights)
    assert int(before.loc[before["rank"] == 1, "offer_id"].iloc[0]) == 12
    assert set(before["score_source"]) == {"model"}

    audits = pd.DataFrame([audit_row(1, "offer", 0.95, product="Corvina entera", pack_qty=1.0, pack_unit="kg")])
    after = rank_offers(apply_audits(scored_offers(), audits), weights)
    top = after.loc[after["rank"] == 1].iloc[0]
    assert int(top["offer_id"]) == 11 and top["score_for_ranking"] == 0.95 and top["score_source"] == "audited"
    assert top["sustainability_score_pred"] == 0.40  # the model's estimate stays visible beside it
    cautious = rank_offers(apply_audits(scored_offers(), audits), weights, cautious=True)
    assert cautious.loc[0, "score_for_ranking"] == 0.95  # an audit is not discounted like an estimate


@pytest.fixture
def workspace():
    ws = Workspace.open()
    yield ws
    ws.close()


def test_an_audit_is_stored_with_a_read_only_copy_of_its_evidence_and_feeds_retraining(workspace, tmp_path):
    evidence = tmp_path / "informe auditoría.pdf"
    evidence.write_bytes(b"%PDF-1.4 audit of the fishery")
    os.utime(evidence, (1_000_000_000, 1_000_000_000))
    offers = scored_offers()
    audit = Audit.for_offer(
        offers.iloc[0].to_dict(),
        "offer",
        0.8,
        "Ana Torres",
        audit_date="2026-11-30",
        note="Visita",
        evidence=str(evidence),
    )
    workspace.add_audit(audit, offer=offers.iloc[0].to_dict())
    covered = offers[offers["supplier"] == SUPPLIER]
    audit = Audit.for_offer(offers.iloc[1].to_dict(), "supplier_ingredient", 0.6, "Luis Rojas")
    workspace.add_audit(audit, covered=covered)

    stored = workspace.audits()
    assert list(stored["scope"]) == ["offer", "supplier_ingredient"]
    first = stored.iloc[0]
    assert (first["auditor"], first["audit_date"], first["note"], first["product"]) == (
        "Ana Torres",
        "2026-11-30",
        "Visita",
        "Corvina entera",
    )
    copy = first["evidence"]
    assert copy.endswith("informe auditoría.pdf") and open(copy, "rb").read() == evidence.read_bytes()
    assert oct(os.stat(copy).st_mode & 0o777) == "0o444"  # kept read-only
    assert evidence.stat().st_mtime == 1_000_000_000  # the original is only read
    assert stored.iloc[1]["audit_date"] == dt.date.today().isoformat()  # default: today

    labels = workspace.labels()  # what dataset_versions and the feedback CSV read for retraining
    assert sorted(labels["offer_id"]) == [11, 12, 13]
    assert labels.set_index("offer_id").loc[11, "sustainability_score"] == 0.6  # the newest label counts
    export = workspace.export_audits(tmp_path / "audits.csv")
    assert list(pd.read_csv(export)["auditor"]) == ["Ana Torres", "Luis Rojas"]


@pytest.mark.parametrize(
    "change, message",
    [
        (dict(score=1.2), "between 0 and 1"),
        (dict(auditor="  "), "auditor"),
        (dict(audit_date="30/11/2026"), "YYYY-MM-DD"),
        (dict(audit_date=(dt.date.today() + dt.timedelta(days=2)).isoformat()), "future"),
        (dict(evidence="/no/such/file.pdf"), "does not exist"),
        (dict(scope="everything"), "scope"),
    ],
)
def test_an_incomplete_audit_is_refused_with_one_sentence_and_nothing_is_stored(workspace, change, message):
    values = dict(scope="offer", supplier=SUPPLIER, product="Corvina entera", score=0.7, auditor="Ana Torres")
    values.update(change)
    with pytest.raises(UserError, match=message):
        workspace.add_audit(Audit(**values))
    assert workspace.audits().empty and workspace.labels().empty


def test_the_report_says_which_scores_are_audited_in_both_languages(tmp_path):
    audits = pd.DataFrame(
        [audit_row(1, "offer", 0.95, product="Corvina entera", pack_qty=1.0, pack_unit="kg", note="Visita")]
    )
    ranked = rank_offers(apply_audits(scored_offers(), audits), Weights(sustainability=1.0))
    for lang, sheets, source, audited in (
        ("en", ("Summary", "Options"), "Score source", "audited"),
        ("es", ("Resumen", "Opciones"), "Origen del puntaje", "auditado"),
    ):
        path = write_report(
            tmp_path / f"{lang}.xlsx",
            ranked,
            summarise(ranked),
            pd.DataFrame(),
            report_about("v1", Weights(sustainability=1.0)),
            lang=lang,
        )
        wb = openpyxl.load_workbook(path, read_only=True)
        options = list(wb[sheets[1]].iter_rows(values_only=True))
        head = list(options[0])
        by_source = [r[head.index(source)] for r in options[1:]]
        assert by_source.count(audited) == 1 and by_source.count("model" if lang == "en" else "modelo") == 3
        audited_row = next(r for r in options[1:] if r[head.index(source)] == audited)
        assert audited_row[head.index("Audited by" if lang == "en" else "Auditado por")] == "Ana Torres"
        summary = list(wb[sheets[0]].iter_rows(min_row=4, max_row=5, values_only=True))
        assert summary[1][list(summary[0]).index(source)] == audited  # the recommended offer is the audited one
        wb.close()


def test_the_command_line_records_lists_and_ranks_with_audits(tmp_path, capsys):
    from conftest import SAMPLES
    from model_fixtures import tiny_bundle_dir

    from core.cli import main
    from core.model.registry import ModelRegistry

    registry = ModelRegistry()
    registry.promote(registry.register(tiny_bundle_dir()))
    product = "Café verde (oro) lavado"
    base = ["audits", "add", "--supplier", "Bodega Selva Central", "--auditor", "Ana Torres"]
    assert main([*base, "--product", product, "--score", "0.82", "--note", "Visita a la finca"]) == 0
    for wrong, says in (
        (["--product", product, "--score", "2"], "between 0 and 1"),
        (["--ingredient", "unobtainium", "--score", "0.5"], "not an ingredient id"),
        (["--product", product, "--score", "0.5", "--date", "2026-13-01"], "YYYY-MM-DD"),
    ):
        capsys.readouterr()
        assert main([*base, *wrong]) == 2
        error = capsys.readouterr().err
        assert says in error and "Traceback" not in error and error.count("\n") == 1

    out = tmp_path / "audits.csv"
    assert main(["audits", "list", "--out", str(out)]) == 0
    assert "0.82  Ana Torres  Bodega Selva Central — Café verde (oro) lavado" in capsys.readouterr().out
    assert list(pd.read_csv(out)["note"]) == ["Visita a la finca"]

    ranked_csv = tmp_path / "ranked.csv"
    source = SAMPLES / "bodega_selva_central.csv"
    assert main(["rank", str(source), "--report", str(tmp_path / "r.xlsx"), "--out", str(ranked_csv)]) == 0
    assert "1 offer ranked on its audited score" in capsys.readouterr().out
    ranked = pd.read_csv(ranked_csv)
    audited = ranked[ranked["score_source"] == "audited"]
    assert list(audited["product"]) == [product] and list(audited["score_for_ranking"]) == [0.82]
    assert list(audited["audited_by"]) == ["Ana Torres"]
    assert (
        main(["rank", str(source), "--report", str(tmp_path / "r.xlsx"), "--out", str(ranked_csv), "--ignore-audits"])
        == 0
    )
    assert (pd.read_csv(ranked_csv)["score_source"] != "audited").all()
