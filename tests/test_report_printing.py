"""The Excel report and the purchase orders print: A4 landscape, text of 8 pt or more on paper,
header rows (and the ingredient column) repeated, technical columns off the page, each chart on
its own page, page numbers in the footer. Checked in the saved workbook's page set-up, then on
the PDF pages LibreOffice prints from it."""

from __future__ import annotations

import re
import shutil
import subprocess

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string
from test_history_report import workspace, write  # noqa: F401  (the fixture is used by name)
from test_plan_outputs import small_week

from core.planning.orders import write_orders
from core.planning.week import plan_week
from core.report.charts import PAGE_ROWS

A4_LANDSCAPE_PT = (841.9, 595.3)


def column_points(ws, first: int, last: int) -> float:
    """Printed width at 100 % of columns first..last: Excel's column width is in characters of
    Calibri 11 (7 pixels each plus 5 of padding, at 96 dpi)."""
    total = 0.0
    for index in range(first, last + 1):
        letter = openpyxl.utils.get_column_letter(index)
        width = ws.column_dimensions[letter].width if letter in ws.column_dimensions else None
        total += int((width or 8.43) * 7 + 5) * 0.75
    return total


def print_columns(ws) -> tuple[int, int]:
    if not ws.print_area:
        return 1, ws.max_column
    first, last = re.findall(r"\$([A-Z]+)\$\d+", ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area)
    return column_index_from_string(first), column_index_from_string(last)


def printed_font_pt(ws, landscape: bool = True) -> float:
    """The smallest font of the sheet as it comes out of the printer."""
    smallest = min([11.0] + [float(c.font.sz) for row in ws.iter_rows() for c in row if c.font and c.font.sz])
    if ws.sheet_properties.pageSetUpPr.fitToPage:
        paper = (297 if landscape else 210) / 25.4 * 72 - 72  # half-inch side margins
        first, last = print_columns(ws)
        return smallest * min(1.0, paper / column_points(ws, first, last))
    return smallest * ws.page_setup.scale / 100


@pytest.fixture
def report(workspace, tmp_path):  # noqa: F811  (the history fixture)
    return write(workspace, tmp_path / "informe.xlsx", "es")


def test_every_sheet_is_a4_landscape_with_page_numbers_and_text_of_8_pt_or_more(report):
    wb = openpyxl.load_workbook(report)
    assert wb.sheetnames == [
        "Resumen",
        "Opciones",
        "Gráficos",
        "Evolución de precios",
        "Proveedores",
        "Problemas de importación",
        "Acerca de",
    ]
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9, ws.title  # A4
        assert ws.page_setup.orientation == "landscape", ws.title
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, ws.title
        assert printed_font_pt(ws) >= 8.0, ws.title


def test_wide_tables_print_across_pages_with_their_header_and_ingredient_repeated(report):
    wb = openpyxl.load_workbook(report)
    for title, header_row in (("Resumen", 4), ("Opciones", 1)):
        ws = wb[title]
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, title  # one page wide would be ~4 pt
        assert ws.print_title_rows == f"${header_row}:${header_row}", title
        assert ws.print_title_cols == "$A:$A" and ws.cell(header_row, 1).value == "Ingrediente"
        assert ws.page_setup.pageOrder == "overThenDown"  # a band of rows page after page
    summary = wb["Resumen"]
    assert summary.print_area.startswith("'Resumen'!$A$4")  # the title is in the page header instead
    assert summary.oddHeader.left.text.startswith("Informe de abastecimiento sostenible")


def test_technical_columns_are_on_screen_but_not_on_paper(report):
    options = openpyxl.load_workbook(report)["Opciones"]
    head = [c.value for c in options[1]]
    first, last = print_columns(options)
    printed, screen_only = head[first - 1 : last], head[last:]
    assert {"Proveedor", "Producto", "Precio (S/ por unidad base)", "Transporte"} <= set(printed)
    assert "Fila de origen" in screen_only and "Puntaje del modelo" in screen_only
    assert not {h for h in printed if h.startswith("Aporte")}
    assert all(h in head for h in screen_only)


def test_long_import_messages_wrap_inside_the_page_instead_of_being_cut(tmp_path):
    from test_report_xlsx import ABOUT, import_report, scored_offers

    from core.ranking.rank import rank_offers
    from core.ranking.summary import summarise
    from core.report.workbook import write_report

    ranked = rank_offers(scored_offers(), ABOUT.weights)
    wb = openpyxl.load_workbook(write_report(tmp_path / "r.xlsx", ranked, summarise(ranked), import_report(), ABOUT))
    issues = wb["Problemas de importación"]
    message = [c.value for c in issues[1]].index("Mensaje") + 1
    assert issues.cell(2, message).alignment.wrap_text and print_columns(issues)[1] >= message


def test_each_chart_has_its_own_page(report):
    wb = openpyxl.load_workbook(report)
    charts = wb["Gráficos"]
    rows = [chart.anchor._from.row for chart in charts._charts]  # 0-based
    pages = [row // PAGE_ROWS for row in rows]
    assert len(set(pages)) == len(rows) == 2
    assert sorted(b.id for b in charts.row_breaks.brk) == [PAGE_ROWS]
    assert all(chart.height <= 15 for chart in charts._charts)  # cm: fits one A4 landscape page
    prices = wb["Evolución de precios"]
    assert len(prices._charts) == 2 and len(prices.row_breaks.brk) == 1  # the second chart starts a page
    assert prices._charts[1].anchor._from.row == prices.row_breaks.brk[0].id + 1  # a row below the break


def test_the_purchase_orders_print_on_a4_with_readable_text(tmp_path):
    week = plan_week(*small_week())
    wb = openpyxl.load_workbook(write_orders(tmp_path / "pedidos.xlsx", week, "Central", lang="es"))
    for ws in wb.worksheets:
        landscape = ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9 and "&P" in ws.oddFooter.center.text
        assert printed_font_pt(ws, landscape) >= 8.0, ws.title


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None or shutil.which("pdftotext") is None, reason="needs LibreOffice and poppler")
def test_the_printed_report_is_a4_pages_with_text_of_8_pt_or_more(report, tmp_path):
    profile = tmp_path / "lo-profile"
    done = subprocess.run(
        [_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf"]
        + ["--outdir", str(tmp_path), str(report)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    pdf = tmp_path / "informe.pdf"
    assert done.returncode == 0 and pdf.exists(), done.stderr[-2000:]
    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = boxes.split("<page ")[1:]
    sizes = [tuple(float(v) for v in re.search(r'width="([\d.]+)" height="([\d.]+)"', p).groups()) for p in pages]
    assert all(size == pytest.approx(A4_LANDSCAPE_PT, abs=1) for size in sizes)
    words = [re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', p) for p in pages]
    bottom = [max(float(top) for top, *_ in page) for page in words]
    footers = [" ".join(w for top, _, w in page if float(top) >= low - 1) for page, low in zip(words, bottom)]
    sheets = [sum(f.startswith(t + " ·") for f in footers) for t in ("Resumen", "Opciones", "Gráficos")]
    sheets += [sum(f.startswith(t + " ·") for f in footers) for t in ("Evolución de precios", "Proveedores")]
    # Summary and Options several pages across (3 ingredients: one band of rows); a page per chart
    assert sheets[0] >= 2 and sheets[1] >= 2 and sheets[2:] == [2, 2, 1], "\n".join(footers)
    assert len(pages) == sum(sheets) + 2  # and Import issues and About on a page each
    # A word's box is its font's height: on the About page (100 %, 11 pt) that calibrates it.
    about = words[-1]
    per_pt = (float(about[0][1]) - float(about[0][0])) / 11
    tables = ("Resumen", "Opciones", "Proveedores", "Problemas de importación", "Acerca de")
    for number, (page, footer) in enumerate(zip(words, footers, strict=True), start=1):
        if not footer.startswith(tables):
            continue  # chart pages: the charts' own 10 pt (a rotated axis title's box is its length)
        smallest = min(float(bottom) - float(top) for top, bottom, _ in page) / per_pt
        assert smallest >= 7.95, (number, smallest)
