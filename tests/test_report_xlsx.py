"""The Excel report: read back with openpyxl, opened by LibreOffice, safe against formula injection."""

from __future__ import annotations

import dataclasses
import errno
import os
import re
import shutil
import subprocess
import zipfile
from datetime import datetime
from xml.etree import ElementTree

import numpy as np
import openpyxl
import pandas as pd
import pytest
from babel.messages.extract import extract_from_file
from conftest import REPO
from openpyxl.chart import BarChart, ScatterChart

import core.report.cells as report_cells
import core.report.sheets as report_xlsx
from core.contract import REPORT_COLUMNS
from core.errors import Cancelled, UserError
from core.i18n import catalog_messages
from core.paths import reference_dir
from core.progress import Progress
from core.ranking.rank import EXCLUSIONS, Constraints, Weights, rank_offers
from core.ranking.summary import NOTES, summarise
from core.report.about import ReportAbout
from core.report.workbook import write_report

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
HOSTILE = ['=HYPERLINK("http://x","click")', "@SUM(A1)", "+51 999 888 777", "-2+3", "\tTabbed S.A.C.", "\rCR S.R.L."]
WEIGHTS = Weights(sustainability=0.5, price=0.3, distance=0.1, co2=0.1)
CONSTRAINTS = Constraints(no_air_freight=True)


def scored_offers() -> pd.DataFrame:
    rng = np.random.default_rng(4)
    rows = []
    for k, ingredient in enumerate(["papa_amarilla", "quinoa", "aji_amarillo"]):
        for j in range(6):
            rows.append(
                dict(
                    ingredient=ingredient,
                    supplier=f"Proveedor {k}{j}",
                    product=f"Producto {k}{j}",
                    price_pen_per_base_unit=float(rng.uniform(2, 20)),
                    base_unit="kg",
                    sustainability_score_pred=float(rng.uniform(0.1, 0.9)),
                    distance_km=float(rng.uniform(5, 900)),
                    kg_co2e_per_base_unit=float(rng.uniform(0.2, 5)),
                    lead_time_days=float(rng.integers(1, 6)),
                    transport_mode="truck",
                    certifications="organic;fairtrade",
                    origin="Huancayo",
                    source_file="lista.xlsx",
                    source_row=j + 2,
                    ood=False,
                    current=j == 5,
                )
            )
    frame = pd.DataFrame(rows)
    frame["transport_kg_co2e_per_base_unit"] = frame["kg_co2e_per_base_unit"] * 0.1
    frame["score_low"] = frame["sustainability_score_pred"] - 0.1
    frame["score_high"] = frame["sustainability_score_pred"] + 0.1
    # Hostile supplier texts; the first is the best papa offer, so it is also on the Summary sheet.
    frame.loc[0, ["sustainability_score_pred", "price_pen_per_base_unit"]] = [0.99, 1.0]
    frame.loc[:5, "supplier"] = HOSTILE
    frame.loc[6, "product"] = "=1+1"
    frame.loc[7, "transport_mode"] = "air"
    frame.loc[8, "lead_time_days"] = np.nan
    frame.loc[9, "product"] = "bad\x01char & <tag>"
    unmatched = dict(rows[0], ingredient="", supplier="Desconocido", product="Cosa rara")
    return pd.concat([frame, pd.DataFrame([unmatched])], ignore_index=True)


def import_report() -> pd.DataFrame:
    rows = [
        ("lista.xlsx", "Precios", 4, "Precio", "refused", "price_missing", "The row has no price."),
        ("=cmd|' /C calc'!A0.csv", "", 0, "", "info", "header_found", "-1+1 header found"),
        ("lista.xlsx", "Precios", 9, "Origen", "flagged", "origin_unknown", "Unknown origin."),
    ]
    return pd.DataFrame(rows, columns=list(REPORT_COLUMNS))


ABOUT = ReportAbout(
    model_version="2026.11.1",
    method="weighted",
    weights=WEIGHTS,
    constraints=CONSTRAINTS,
    created=datetime(2026, 11, 20, 9, 30),
    data_sources=("Catálogo de referencia",),
)


@pytest.fixture(autouse=True)
def _no_catalog(tmp_path_factory, monkeypatch):
    """Ingredient names are the ids unless a test provides its own catalog."""
    monkeypatch.setattr(report_xlsx, "reference_dir", lambda: tmp_path_factory.mktemp("no_catalog"))


@pytest.fixture()
def ranked():
    return rank_offers(scored_offers(), WEIGHTS, CONSTRAINTS)


@pytest.fixture()
def workbook_path(tmp_path, ranked):
    return write_report(tmp_path / "reporte.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="en")


def headers(ws, row=1):
    return [c.value for c in ws[row]]


def test_workbook_reads_back_with_sheets_rows_and_layout(workbook_path, ranked):
    wb = openpyxl.load_workbook(workbook_path)
    assert wb.sheetnames == ["Summary", "Options", "Charts", "Import issues", "About"]

    options = wb["Options"]
    assert options.max_row == len(ranked) + 1
    assert options.freeze_panes == "C2"
    assert options.auto_filter.ref == f"A1:AJ{len(ranked) + 1}"
    head = headers(options)
    price_col = head.index("Price (S/ per base unit)") + 1
    co2_col = head.index("kg CO2e per base unit") + 1
    assert options.cell(2, price_col).number_format == '"S/" #,##0.00'
    assert options.cell(2, co2_col).number_format == '#,##0.00 "kg CO2e"'
    transport_col = head.index("of which transport (kg CO2e)") + 1
    assert transport_col == co2_col + 1  # the transport leg next to the whole footprint
    assert 0 <= options.cell(2, transport_col).value <= options.cell(2, co2_col).value
    assert isinstance(options.cell(2, price_col).value, float)
    scales = [rule.type for rng in options.conditional_formatting for rule in rng.rules]
    assert scales.count("colorScale") >= 3
    # Ranked offers first, by ingredient name then rank; the unrecognised one last.
    rows = list(options.iter_rows(min_row=2, values_only=True))
    assert rows[0][:2] == ("aji_amarillo", 1) and rows[-1][0] == "(not recognised)"
    assert rows[-1][head.index("Not ranked because")] == "ingredient not recognised"
    flown = [r for r in rows if r[head.index("Not ranked because")] == "air freight"]
    assert len(flown) == 1 and flown[0][1] is None

    summary = wb["Summary"]
    assert summary.freeze_panes == "B5"
    assert headers(summary, 4)[:5] == ["Ingredient", "Base unit", "Offers", "Ranked offers", "Recommended supplier"]
    assert [summary.cell(r, 1).value for r in (5, 6, 7)] == ["aji_amarillo", "papa_amarilla", "quinoa"]
    assert summary.cell(8, 1).value is None and summary.cell(9, 1).value == "Total"
    assert summary.cell(9, 3).value == len(ranked) - 1  # every recognised offer
    assert summary.cell(5, 7).number_format == '"S/" #,##0.00'

    charts = wb["Charts"]._charts
    assert len(charts) == 2
    assert {type(c) for c in charts} == {BarChart, ScatterChart}
    bar = next(c for c in charts if isinstance(c, BarChart))
    assert len(bar.series) == 3

    issues = wb["Import issues"]
    assert issues.max_row == 4 and issues.freeze_panes == "A2"
    assert [issues.cell(r, 5).value for r in (2, 3, 4)] == ["Refused", "Note", "Flagged"]
    assert issues.cell(3, 3).value is None  # row 0 = the whole file

    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    assert about["Model version"] == "2026.11.1"
    assert about["Weight: Sustainability"] == "50%" and about["No air freight"] == "Yes"
    assert about["Data sources"] == "Catálogo de referencia; lista.xlsx"
    assert "synthetic data" in about["Synthetic data"]
    assert about["Created"] == "2026-11-20 09:30"


def test_spanish_and_english_headers(tmp_path, ranked):
    summary = summarise(ranked)
    es = openpyxl.load_workbook(write_report(tmp_path / "es.xlsx", ranked, summary, import_report(), ABOUT, lang="es"))
    en = openpyxl.load_workbook(write_report(tmp_path / "en.xlsx", ranked, summary, import_report(), ABOUT, lang="en"))
    assert es.sheetnames == ["Resumen", "Opciones", "Gráficos", "Problemas de importación", "Acerca de"]
    assert headers(es["Opciones"])[:4] == ["Ingrediente", "Puesto", "Proveedor", "Producto"]
    assert headers(en["Options"])[:4] == ["Ingredient", "Rank", "Supplier", "Product"]
    reason = headers(en["Options"]).index("Not ranked because")  # same column order in both languages
    reasons = {r[reason] for r in es["Opciones"].iter_rows(min_row=2, values_only=True)}
    assert {"transporte aéreo", "ingrediente no reconocido"} <= reasons
    assert es["Resumen"].cell(1, 1).value == "Informe de abastecimiento sostenible"


def _cells(xml: bytes) -> dict[str, ElementTree.Element]:
    root = ElementTree.fromstring(xml)
    return {c.get("r"): c for c in root.iter(f"{{{NS['m']}}}c")}


def _cell_text(cell: ElementTree.Element) -> str:
    return "".join(t.text or "" for t in cell.iter(f"{{{NS['m']}}}t"))


def test_formula_like_supplier_text_is_plain_text_in_the_file(workbook_path):
    with zipfile.ZipFile(workbook_path) as archive:
        sheets = {name: archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/sheet")}
        styles = ElementTree.fromstring(archive.read("xl/styles.xml"))
    quoted = [xf.get("quotePrefix") == "1" for xf in styles.find("m:cellXfs", NS)]
    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheets.values()), "no formula anywhere"
    found = {}
    for name, xml in sheets.items():
        for ref, cell in _cells(xml).items():
            text = _cell_text(cell)
            if text and text[0] in "=+-@\t\r":
                assert cell.find("m:f", NS) is None
                assert cell.get("t") == "inlineStr"
                assert quoted[int(cell.get("s", 0))], f"{name} {ref} {text!r} lacks the quote prefix"
                found.setdefault(text, set()).add(name)
    for text in HOSTILE + ["=1+1", "=cmd|' /C calc'!A0.csv", "-1+1 header found"]:
        assert text in found, text
    assert len(found['=HYPERLINK("http://x","click")']) >= 2  # Options (bulk) and Summary (openpyxl)

    wb = openpyxl.load_workbook(workbook_path)
    suppliers = [r[2] for r in wb["Options"].iter_rows(min_row=2, values_only=True)]
    assert set(HOSTILE) <= set(suppliers)
    products = {r[3] for r in wb["Options"].iter_rows(min_row=2, values_only=True)}
    assert "badchar & <tag>" in products  # control character dropped, markup kept as text


def test_a_failure_while_writing_leaves_the_old_report_untouched(tmp_path, ranked, monkeypatch):
    target = tmp_path / "reporte.xlsx"
    write_report(target, ranked, summarise(ranked), import_report(), ABOUT, lang="en")
    before = target.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(report_cells, "_split_sheet", broken)
    with pytest.raises(UserError, match="is full; nothing was written"):
        write_report(target, ranked.iloc[:3], summarise(ranked.iloc[:3]), import_report(), ABOUT, lang="en")
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["reporte.xlsx"]


def test_cancelling_writes_nothing(tmp_path, ranked):
    progress = Progress(lambda fraction, message: progress.cancel() if fraction >= 0.3 else None)
    with pytest.raises(Cancelled):
        write_report(tmp_path / "r.xlsx", ranked, summarise(ranked), import_report(), ABOUT, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_progress_reaches_the_end(tmp_path, ranked):
    seen = []
    write_report(
        tmp_path / "r.xlsx",
        ranked,
        summarise(ranked),
        import_report(),
        ABOUT,
        progress=Progress(lambda fraction, message: seen.append(fraction)),
    )
    assert seen == sorted(seen) and seen[-1] == 1.0


def test_ingredient_names_come_from_the_catalog(tmp_path, ranked, monkeypatch):
    folder = tmp_path / "reference"
    folder.mkdir()
    (folder / "ingredients.csv").write_text(
        "id,name_es,name_en,category\npapa_amarilla,Papa amarilla,Yellow potato,tuber\nquinoa,Quinua,Quinoa,grain\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(report_xlsx, "reference_dir", lambda: folder)
    wb = openpyxl.load_workbook(
        write_report(tmp_path / "r.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="es")
    )
    names = [wb["Resumen"].cell(r, 1).value for r in (5, 6, 7)]
    assert names == ["aji_amarillo", "Papa amarilla", "Quinua"]  # no catalog row: the id


def test_empty_ranking_and_import_report_still_make_a_workbook(tmp_path):
    ranked = rank_offers(scored_offers().iloc[:0], WEIGHTS)
    path = write_report(
        tmp_path / "empty.xlsx", ranked, summarise(ranked), pd.DataFrame(columns=list(REPORT_COLUMNS)), ABOUT, lang="en"
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Summary", "Options", "Charts", "Import issues", "About"]
    assert wb["Options"].max_row == 1 and wb["Charts"]._charts == []
    assert wb["Import issues"].cell(1, 1).value.startswith("No issues")


def test_topsis_report_says_so(tmp_path):
    ranked = rank_offers(scored_offers(), WEIGHTS, method="topsis")
    path = write_report(
        tmp_path / "t.xlsx",
        ranked,
        summarise(ranked),
        import_report(),
        dataclasses.replace(ABOUT, method="topsis"),
        lang="en",
    )
    about = {r[0]: r[1] for r in openpyxl.load_workbook(path)["About"].iter_rows(values_only=True)}
    assert about["Ranking method"].startswith("TOPSIS")


def test_every_report_and_ranking_text_has_a_spanish_translation():
    messages = set()
    for module in ("ranking/rank", "ranking/summary", "report/sheets", "report/charts", "report/workbook"):
        for _, message, _, _ in extract_from_file(
            "python", REPO / "core" / f"{module}.py", keywords={"tr": None, "T": None}
        ):
            messages.add(message if isinstance(message, str) else message[0])
    messages |= set(EXCLUSIONS.values()) | {m for m in NOTES.values() if m}
    messages |= {report_xlsx.SYNTHETIC_NOTICE, *report_xlsx.METHOD_EXPLANATIONS.values()}
    messages |= {"Sustainability", "Price", "Distance", "kg CO2e", "Lead time"}
    spanish = catalog_messages("es")
    assert sorted(m for m in messages if m not in spanish) == []


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="LibreOffice (soffice/libreoffice) is not on PATH")
def test_libreoffice_opens_the_report(workbook_path, tmp_path):
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            str(workbook_path),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = tmp_path / "pdf" / "reporte.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", data)) >= 5


def test_long_tables_are_streamed_a_block_of_rows_at_a_time_with_the_same_cells(tmp_path, ranked, monkeypatch):
    whole = write_report(tmp_path / "whole.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="en")
    monkeypatch.setattr(report_cells, "ROW_BLOCK", 3)  # many blocks, tables side by side of other lengths
    blocks = write_report(tmp_path / "blocks.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="en")
    with zipfile.ZipFile(whole) as one, zipfile.ZipFile(blocks) as other:
        sheets = [n for n in one.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 5
        for name in sheets:
            assert one.read(name) == other.read(name), name


def test_text_longer_than_an_excel_cell_is_cut_with_a_mark_and_the_import_sheet_says_so(tmp_path):
    """Issue 13, case 7: a 1 MB supplier text reaches the report through both writers (openpyxl
    for the Summary sheet, the bulk writer for Options) and is cut once, visibly, in each."""
    offers = scored_offers()
    long_supplier = "Proveedor " + "x" * 1_000_000
    offers.loc[0, "supplier"] = long_supplier  # the best papa offer: on Summary and on Options
    offers.loc[9, "product"] = "=" + "y" * 40_000  # formula-like and too long: cut, still literal text
    ranked = rank_offers(offers, WEIGHTS, CONSTRAINTS)
    path = write_report(tmp_path / "largo.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="en")

    wb = openpyxl.load_workbook(path)
    cut = [
        (ws.title, cell.value)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and len(cell.value) > 1000
    ]
    assert {"Summary", "Options"} <= {title for title, _ in cut}  # (and the Charts data)
    assert all(len(text) == report_cells.CELL_TEXT_LIMIT and text.endswith("…") for _, text in cut)
    assert any(text.startswith("Proveedor xxx") for _, text in cut)
    assert any(text.startswith("=yyy") for _, text in cut)
    issues = wb["Import issues"]
    notice = issues.cell(1, 9).value
    assert notice == (
        f"{len(cut)} texts were longer than the 32,767 characters an Excel cell can hold; they were cut and end in “…”."
    )
    assert issues.max_row == 4  # the notice sits beside the header, the table is unchanged

    with zipfile.ZipFile(path) as archive:
        options = next(
            archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/") and b"=yyy" in archive.read(n)
        )
    cell = next(c for c in _cells(options).values() if _cell_text(c).startswith("=yyy"))
    assert cell.find("m:f", NS) is None and cell.get("t") == "inlineStr"


def test_a_report_without_long_texts_says_nothing_about_cutting(workbook_path):
    issues = openpyxl.load_workbook(workbook_path)["Import issues"]
    assert issues.max_column == 7  # nothing beside the table


def test_certificates_are_named_as_the_catalog_names_them_in_each_language(tmp_path, ranked, monkeypatch):
    monkeypatch.setattr(report_xlsx, "reference_dir", reference_dir)  # the shipped catalogs
    for lang, sheet, header, expected in (
        ("es", "Opciones", "Certificaciones", "Orgánico (certificado), Comercio Justo Fairtrade"),
        ("en", "Options", "Certifications", "Organic (certified, scheme not named), Fairtrade"),
    ):
        path = write_report(tmp_path / f"{lang}.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang=lang)
        rows = list(openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
        shown = {row[rows[0].index(header)] for row in rows[1:]}
        assert expected in shown and not any("organic;" in str(v) or "fairtrade" == v for v in shown)


def _total_row(ws, label_col: int = 1) -> int:
    return next(r for r in range(5, ws.max_row + 1) if ws.cell(r, label_col).value == "Total")


def test_the_switching_columns_are_there_when_current_suppliers_are_marked_and_their_total_adds_up(tmp_path, ranked):
    summary = summarise(ranked)
    book = openpyxl.load_workbook(write_report(tmp_path / "r.xlsx", ranked, summary, import_report(), ABOUT, lang="en"))
    head = headers(book["Summary"], 4)
    assert {"Current supplier", "Current price (S/)", "Cost change if switching (S/ per base unit)"} <= set(head)
    ws, total = book["Summary"], _total_row(book["Summary"])
    cost = head.index("Cost change if switching (S/ per base unit)") + 1
    assert ws.cell(total, cost).value == pytest.approx(summary["switch_cost_change"].sum())
    assert ws.cell(total, head.index("Offers") + 1).value == len(ranked) - 1
    assert "Current supplier" in headers(book["Options"])


def test_without_a_current_supplier_the_report_has_no_empty_switching_columns_and_says_why(tmp_path):
    ranked = rank_offers(scored_offers().assign(current=False), WEIGHTS, CONSTRAINTS)
    summary = summarise(ranked)
    book = openpyxl.load_workbook(write_report(tmp_path / "r.xlsx", ranked, summary, import_report(), ABOUT, lang="en"))
    ws = book["Summary"]
    head = [h for h in headers(ws, 4) if h]
    assert not [h for h in head if "switch" in h.lower() or h.startswith("Current")]
    assert "Current supplier" not in headers(book["Options"])
    # every total is on the first page across, so "Total" stands beside them in the base unit column
    # (bold), not in the ingredient column repeated on every page, where it stood alone on the right
    total = _total_row(ws, label_col=2)
    assert ws.cell(total, 1).value is None and ws.cell(total, 2).font.b
    assert ws.cell(total, head.index("Offers") + 1).value == len(ranked) - 1
    # the footnote wraps under the counts, within the first printed band: in the ingredient column,
    # which every printed page repeats, it ran across and was cut on the pages to the right
    counts_col = head.index("Ranked offers") + 1
    footnote = next(
        r for r in range(total, ws.max_row + 1) if "No current supplier" in str(ws.cell(r, counts_col).value)
    )
    assert not any(
        ws.cell(r, 1).value and "No current supplier" in str(ws.cell(r, 1).value) for r in range(total, ws.max_row + 1)
    )
    merged = next(m for m in ws.merged_cells.ranges if m.min_row == footnote)
    assert (merged.min_col, merged.max_col) == (counts_col, head.index("Sustainability") + 1)
    assert ws.cell(footnote, counts_col).alignment.wrap_text and ws.row_dimensions[footnote].height >= 30
    assert not any("switching lowers" in str(ws.cell(r, 4).value) for r in range(total, ws.max_row + 1))


def test_origins_are_named_as_the_places_catalog_names_them_in_each_language(tmp_path, monkeypatch):
    """An English list's 'Spain' and a Spanish list's 'España' are one country in each language;
    an origin the catalog does not know stays as the supplier wrote it."""
    monkeypatch.setattr(report_xlsx, "reference_dir", reference_dir)  # the shipped catalogs
    offers = scored_offers()
    offers["origin_place"] = ""
    offers.loc[0:1, ["origin", "origin_place"]] = [["Spain", "ES"], ["España", "ES"]]
    offers.loc[2, ["origin", "origin_place"]] = ["Greece", "GR"]
    ranked = rank_offers(offers, WEIGHTS, CONSTRAINTS)
    for lang, sheet, header, spain, greece in (
        ("es", "Opciones", "Origen", "España", "Grecia"),
        ("en", "Options", "Origin", "Spain", "Greece"),
    ):
        path = write_report(tmp_path / f"{lang}.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang=lang)
        rows = list(openpyxl.load_workbook(path, read_only=True)[sheet].iter_rows(values_only=True))
        column = rows[0].index(header)
        products = rows[0].index("Producto" if lang == "es" else "Product")
        shown = {row[products]: row[column] for row in rows[1:]}
        assert shown["Producto 00"] == shown["Producto 01"] == spain and shown["Producto 02"] == greece
        assert shown["Producto 03"] == "Huancayo"  # not in the catalog's ids given here: as written


def test_a_long_ingredient_name_is_printed_whole_on_two_lines(tmp_path, monkeypatch):
    """'Yellow chili pepper (ají amarillo)' was cut at 20 characters in the English report
    ("Yellow chili pepper (ají a"): the ingredient is what a reader looks for first."""
    monkeypatch.setattr(report_xlsx, "reference_dir", reference_dir)  # the shipped catalogs
    ranked = rank_offers(scored_offers(), WEIGHTS, CONSTRAINTS)
    book = openpyxl.load_workbook(
        write_report(tmp_path / "r.xlsx", ranked, summarise(ranked), import_report(), ABOUT, lang="en")
    )
    for sheet, first_row in (("Summary", 5), ("Options", 2)):
        ws = book[sheet]
        row = next(
            r for r in range(first_row, ws.max_row + 1) if ws.cell(r, 1).value == "Yellow chili pepper (ají amarillo)"
        )
        cell = ws.cell(row, 1)
        assert cell.alignment.wrap_text, sheet
        assert ws.row_dimensions[row].height and ws.row_dimensions[row].height >= 30, sheet  # room for its two lines
        assert ws.column_dimensions["A"].width >= 24 and len(cell.value) < 2 * ws.column_dimensions["A"].width


def test_a_report_of_one_offer_says_one_offer(tmp_path, capsys):
    """The About rows of a one-offer list said "1 offers, 1 ranked"."""
    from core.cli import main

    source = tmp_path / "lista.csv"
    source.write_text("Producto;Presentación;Precio (S/)\nPapa amarilla;saco 50 kg;150\n", encoding="utf-8")
    report = tmp_path / "informe.xlsx"
    assert main(["--lang", "en", "rank", str(source), "--report", str(report)]) == 0
    assert "1 offer ranked for 1 ingredient with model" in capsys.readouterr().out
    book = openpyxl.load_workbook(report, read_only=True)
    texts = {cell for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}
    book.close()
    assert "1 offer; ranked: 1" in texts
