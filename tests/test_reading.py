"""Reading price lists: file checks, header detection, column mapping, csv dialects."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from core.errors import ReadError
from core.reading.column_mapping import find_mapping, match_header
from core.reading.csv_reader import read_csv
from core.reading.file_guard import inspect_file
from core.reading.raw_sheet import RawSheet
from core.reading.workbook_reader import read_workbook


def _messy_workbook(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tubérculos"
    ws["A1"] = "DISTRIBUIDORA ANDINA S.A.C."
    ws.merge_cells("A1:F1")
    ws["A2"] = "Lista de precios - Semana 47"
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(["Producto", "Presentación", "Precio S/", "Procedencia", "Certificación", "Entrega (días)"])
    ws.append(["Papa amarilla", "saco 50 kg", "S/ 210,00", "Huancayo", "Orgánico", 2])
    ws.append([])
    ws.append(["Quinua blanca", "x kg", 11.5, "Puno", "—", 3])
    ws.append(["Precios incluyen IGV"])
    second = wb.create_sheet("Notas")
    second["A1"] = "Sin precios en esta hoja"
    wb.save(path)


def test_workbook_rows_keep_spreadsheet_row_numbers(tmp_path):
    path = tmp_path / "andina.xlsx"
    _messy_workbook(path)
    sheets = read_workbook(path)
    assert [s.sheet for s in sheets] == ["Tubérculos", "Notas"]
    first = sheets[0]
    mapping = find_mapping(first)
    assert mapping is not None
    assert first.row_number(mapping.header_index) == 4
    assert mapping.columns["product"] == 0 and mapping.columns["price"] == 2
    assert mapping.columns["pack"] == 1 and mapping.columns["origin"] == 3
    assert mapping.columns["certifications"] == 4 and mapping.columns["lead_time_days"] == 5
    assert mapping.currency_hint == "PEN"
    papa_index = next(i for i, r in enumerate(first.rows) if r and r[0] == "Papa amarilla")
    assert first.row_number(papa_index) == 5
    assert find_mapping(sheets[1]) is None


@pytest.mark.parametrize(
    "header,target",
    [
        ("Precio unitario (S/.)", "price"),
        ("Unit price (USD)", "price"),
        ("Descripción", "product"),
        ("Country of origin", "origin"),
        ("Arte de pesca", "practice"),
        ("Empaque", "packaging"),
        ("Lead time", "lead_time_days"),
        ("Moneda", "currency"),
        ("Certificaciones", "certifications"),
        ("PRESENTACION", "pack"),
        ("Shipping", "transport_mode"),
        ("Puntaje auditado", "sustainability_score"),
    ],
)
def test_headers_in_spanish_and_english_map_to_canonical_columns(header, target):
    found, confidence = match_header(header)
    assert found == target
    assert confidence >= 80


def test_header_split_over_two_rows_is_joined():
    sheet = RawSheet(
        "f.xlsx", "s", [["Producto", "Precio", "Origen"], ["", "US$ x kg", ""], ["Salmón", 22.5, "Noruega"]]
    )
    mapping = find_mapping(sheet)
    assert mapping.header_index == 1
    assert mapping.currency_hint == "USD"


def test_explicit_mapping_overrides_the_guess():
    sheet = RawSheet("f.csv", "", [["Artículo", "Importe", "Columna rara"], ["Quinua", "10", "Puno"]])
    mapping = find_mapping(sheet, {"Columna rara": "origin"})
    assert mapping.columns["origin"] == 2


def test_semicolon_cp1252_csv_with_decimal_comma(tmp_path):
    path = tmp_path / "bodega.csv"
    path.write_bytes("Producto;Precio unitario;Procedencia\nCafé tostado;58,50;Chanchamayo\n".encode("cp1252"))
    sheet, encoding, delimiter = read_csv(path)
    assert encoding == "cp1252" and delimiter == ";"
    assert sheet.rows[1] == ["Café tostado", "58,50", "Chanchamayo"]


def test_utf8_bom_comma_csv(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("\ufeffProduct,Price,Origin\nAjí amarillo,7.5,Lima\n".encode("utf-8"))
    sheet, encoding, delimiter = read_csv(path)
    assert encoding == "utf-8" and delimiter == ","
    assert sheet.rows[0][0] == "Product"


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w") as member:
            chunk = b"0" * (1024 * 1024)
            for _ in range(60):
                member.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(ReadError, match="zip bomb"):
        inspect_file(path)


def test_non_spreadsheet_with_spreadsheet_name_is_refused(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(ReadError, match="photo.xlsx"):
        inspect_file(path)


def test_empty_and_missing_files_get_plain_messages(tmp_path):
    empty = tmp_path / "vacio.csv"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        inspect_file(empty)
    with pytest.raises(ReadError, match="does not exist"):
        inspect_file(tmp_path / "nada.xlsx")


def test_truncated_xlsx_is_refused_with_one_sentence(tmp_path):
    path = tmp_path / "cortado.xlsx"
    _messy_workbook(tmp_path / "full.xlsx")
    data = (tmp_path / "full.xlsx").read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ReadError) as info:
        from core.importer import read_sheets

        read_sheets(path)
    message = str(info.value)
    assert "cortado.xlsx" in message and "\n" not in message


def test_a_corrected_column_takes_its_target_away_from_the_guess():
    sheet = RawSheet(
        "f.xlsx", "s", [["Producto", "Precio", "Procedencia", "Empaque"], ["Quinua", "10", "Puno", "saco"]]
    )
    moved = find_mapping(sheet, {"Empaque": "origin"})
    assert moved.columns["origin"] == 3 and "packaging" not in moved.columns
    ignored = find_mapping(sheet, {"Procedencia": "ignore"})
    assert "origin" not in ignored.columns
