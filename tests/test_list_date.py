"""The date of a price list, read from what the supplier wrote (core.reading.list_date)."""

from __future__ import annotations

import datetime as dt
import os
import string

import pytest
from conftest import SAMPLES
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importer import import_files
from core.reading.list_date import FROM_FILE, FROM_MODIFIED, dates_in_text, find_list_date
from core.reading.raw_sheet import RawSheet

SPANISH_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


@pytest.mark.parametrize(
    "name, expected, evidence",
    [
        ("distribuidora_andina.xlsx", dt.date(2026, 11, 16), "Semana 47 – 2026"),  # ISO week 47: its Monday
        ("mercado_mixto_semana48.xlsx", dt.date(2026, 11, 23), "Del 23 al 29 de noviembre de 2026"),
        ("pesqueria_del_pacifico.xls", dt.date(2026, 11, 23), "vigente del 23/11/2026 al 29/11/2026"),
        ("gourmet_imports_usd.xlsx", dt.date(2026, 11, 15), "valid 15 Nov – 31 Dec 2026"),
        ("bodega_selva_central.csv", dt.date(2026, 11, 1), "Lista de precios noviembre 2026"),
        ("granja_sierra.ods", dt.date(2026, 11, 16), "semana 47 – 2026"),
    ],
)
def test_each_sample_list_is_dated_from_its_title(name, expected, evidence):
    path = SAMPLES / name
    result = import_files([path])
    found = find_list_date(path, [(p.sheet, p.mapping.header_index if p.mapping else None) for p in result.previews])
    assert found.date == expected and found.source == FROM_FILE
    assert evidence in found.evidence


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Válido hasta el 30/11/2026", dt.date(2026, 11, 30)),
        ("Lista de precios - Noviembre 2026", dt.date(2026, 11, 1)),
        ("LISTA DE PRECIOS – SEMANA 48", dt.date(2026, 11, 23)),  # the year of the file
        ("Semana Nº 5 del 2027", dt.date(2027, 2, 1)),
        ("Precios del 28 dic al 3 ene 2027", dt.date(2026, 12, 28)),
        ("Price list November 30, 2026", dt.date(2026, 11, 30)),
        ("Emitida 2026-11-20 · vence 2026-11-27", dt.date(2026, 11, 20)),
        ("Lima, 23.11.26", dt.date(2026, 11, 23)),
        ("Setiembre 2026", dt.date(2026, 9, 1)),
    ],
)
def test_written_dates_are_read(text, expected):
    assert dates_in_text(text, 2026)[0][1] == expected


@pytest.mark.parametrize(
    "text",
    ["Telf. (064) 555-0132", "Jr. Ayacucho 845, Huancayo", "Saco de 50 kg a 210 soles", "Mariscos 2026 selectos"],
)
def test_phone_numbers_addresses_and_packs_are_not_dates(text):
    assert [d for p, d in dates_in_text(text, 2026) if p == 0] == []


def test_a_list_without_a_written_date_takes_the_files_modification_date(tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Producto,Precio\nPapa amarilla,4.50\n", encoding="utf-8")
    saved = dt.datetime(2026, 10, 5, 9, 30).timestamp()
    os.utime(path, (saved, saved))
    found = find_list_date(path, [(RawSheet("lista.csv", "", [["Producto", "Precio"]]), 0)])
    assert found == find_list_date(path)
    assert found.date == dt.date(2026, 10, 5) and found.source == FROM_MODIFIED


def test_a_date_in_the_title_row_beats_the_file_name_and_an_implausible_year_is_ignored(tmp_path):
    path = tmp_path / "lista_semana_12.xlsx"
    path.write_bytes(b"")
    sheet = RawSheet(path.name, "Hoja1", [["Catálogo 1999 – precios del 02/03/2026"], ["Producto", "Precio"]])
    found = find_list_date(path, [(sheet, 1)])
    assert found.date == dt.date(2026, 3, 2)


def test_a_date_cell_above_the_header_is_read(tmp_path):
    path = tmp_path / "lista.xlsx"
    path.write_bytes(b"")
    sheet = RawSheet(path.name, "Precios", [["Fecha:", dt.datetime(2026, 11, 9)], ["Producto", "Precio"]])
    assert find_list_date(path, [(sheet, 1)]).date == dt.date(2026, 11, 9)


NOISE = st.text(alphabet=string.ascii_letters + " ·–-", max_size=25).filter(lambda s: not s.rstrip().endswith("-"))


def _written(date: dt.date, style: int) -> str:
    month = SPANISH_MONTHS[date.month - 1]
    return [
        f"{date.day:02d}/{date.month:02d}/{date.year}",
        f"{date.day} de {month} de {date.year}",
        date.isoformat(),
        f"del {date.day} al {date.day} de {month} de {date.year}",
    ][style]


@settings(max_examples=200, deadline=None)
@given(
    date=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    style=st.integers(0, 3),
    before=NOISE,
    after=NOISE,
)
def test_any_day_written_in_a_title_is_read_back(date, style, before, after):
    text = f"{before} {_written(date, style)} {after}"
    assert dates_in_text(text, 2026)[0] == (0, date)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_reading_any_text_never_fails_and_gives_real_dates(text):
    for precision, date in dates_in_text(text, 2026):
        assert precision in (0, 1, 2) and isinstance(date, dt.date)
