#!/usr/bin/env python3
"""Write the sample supplier price lists in data/samples/ (deterministically).

    python scripts/make_samples.py            # writes data/samples/*, prints the row table
    python scripts/make_samples.py --out DIR  # writes somewhere else (the tests may do this)

The six files imitate what real suppliers of a Lima restaurant send: each one is written by
the library that kind of supplier software uses (openpyxl for .xlsx, xlwt for a legacy BIFF8
.xls, odfpy for .ods, the csv module for a cp1252 ";" CSV) and each carries its own mess.
Every company name in them is fictional.

Row numbers are never typed by hand: every row is appended to a plan, its spreadsheet row
number (1-based, as a spreadsheet program shows it) is the plan position, and the deliberate
mess is attached to the row when it is appended. The same plan writes the file, the README
table and ``expected.json`` (machine-readable, for the tests), and is checked against what
python-calamine (or the csv module) reads back from the written file.

Needs openpyxl, xlwt and odfpy to write; python-calamine to check (skipped with a warning when
it is missing). Output is byte-for-byte reproducible for a given set of library versions: zip
entry times, document dates and authors are fixed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "data" / "samples"
FIXED_TIME = dt.datetime(2026, 11, 16, 8, 30, 0)  # "document saved" time written into every file

# What a correct importer is expected to do with a row or cell (only "refuse" is a hard contract).
EXPECT = {
    "refuse": "row not imported (import report severity 'refused')",
    "flag": "row imported, marked for a look (severity 'flagged')",
    "fix": "value normalised or filled (severity 'fixed')",
    "skip": "not an offer: title, header, note, section or blank row; no offer and no refusal",
}


# --------------------------------------------------------------------------------------------
# The plan: sheets as lists of rows, each row with its kind and its deliberate mess
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Formula:
    """A formula cell; ``cached`` is the value a spreadsheet program stores next to it."""

    text: str  # without the leading "="
    cached: float


@dataclass
class Issue:
    row: int
    column: str  # supplier header the issue is about ("" = whole row)
    expect: str  # refuse / flag / fix / skip
    rule: str  # short descriptive label
    why: str


@dataclass
class Sheet:
    name: str
    ncols: int
    rows: list[list] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)  # title/blank/header/section/data/note
    issues: list[Issue] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)
    header: list[str] = field(default_factory=list)  # the column names used in issue texts
    formats: dict[int, str] = field(default_factory=dict)  # column index -> number format

    def add(self, cells, kind="data", merge=False) -> int:
        cells = list(cells) + [None] * (self.ncols - len(cells))
        self.rows.append(cells)
        self.kinds.append(kind)
        r = len(self.rows)
        if merge:
            self.merges.append((r, 1, r, self.ncols))
        return r

    def issue(self, row, column, expect, rule, why):
        assert expect in EXPECT, expect
        self.issues.append(Issue(row, column, expect, rule, why))

    @property
    def data_rows(self) -> list[int]:
        return [i + 1 for i, k in enumerate(self.kinds) if k == "data"]

    @property
    def refused_rows(self) -> list[int]:
        return sorted({i.row for i in self.issues if i.expect == "refuse"})


@dataclass
class SampleFile:
    name: str
    fmt: str  # xlsx / xls / ods / csv
    supplier: str
    story: str
    layout: str
    sheets: list[Sheet]
    writer_note: str


def note_layout(sh: Sheet, title_rows: list[int], header_rows: list[int]):
    for r in title_rows:
        sh.issue(r, "", "skip", "title_row", "company title / address / list name above the header")
    for r in header_rows:
        sh.issue(r, "", "skip", "header_row", "column header")


def add_notes(sh: Sheet, notes: list[str], merge=True):
    for text in notes:
        r = sh.add([text], kind="note", merge=merge)
        sh.issue(r, "", "skip", "footer_note", f"note under the table: {text!r}")


def add_blank(sh: Sheet, in_table=False) -> int:
    r = sh.add([], kind="blank")
    if in_table:
        sh.issue(r, "", "skip", "blank_row", "empty row in the middle of the table; the table goes on below it")
    return r


def add_section(sh: Sheet, text: str, merge=True) -> int:
    r = sh.add([text], kind="section", merge=merge)
    sh.issue(r, "", "skip", "section_row", f"category band {text!r} (only the first cell filled)")
    return r


def annotate_price(sh: Sheet, r: int, col_name: str, value):
    """Record the generic price mess of one cell (text prices, decimal commas...)."""
    if isinstance(value, str) and value.strip():
        if re.search(r"\d", value):
            why = f"price written as text {value!r}"
            if re.search(r"\d,\d{2}(?!\d)", value) and not re.search(r"\d\.\d", value):
                why += " with a decimal comma"
            sh.issue(r, col_name, "fix", "price_text", why)


# --------------------------------------------------------------------------------------------
# 1. Distribuidora Andina (xlsx, two sheets, merged title, text prices)
# --------------------------------------------------------------------------------------------

ANDINA_HEADER = [
    "Producto",
    "Presentación",
    "Precio S/",
    "Procedencia",
    "Certificación",
    "Transporte",
    "Entrega (días)",
    "Empaque",
]

ANDINA_TUBERCULOS = [
    # producto, presentación, precio, procedencia, certificación, transporte, entrega, empaque
    ("Papa amarilla", "x kg", "S/ 4,50", "Huancayo", "—", "Camión", 2, "Saco de yute"),
    ("Papa amarilla", "saco 50 kg", 210.00, "Valle del Mantaro", "—", "Camión", 2, "Saco de yute"),
    ("Papa huayro", "x kg", 4.20, "Huancavelica", "—", "Camión", 3, "Saco de yute"),
    ("Papa peruanita", "x kg", "S/.5.80", "Huánuco", "Orgánico", "Camión", 3, "Jaba retornable"),
    (
        "Papa nativa surtida (huamantanga, pumamaqui)",
        "1/2 kg",
        6.50,
        "Cusco",
        "Orgánico SENASA",
        "Camión",
        "3-4",
        "Bolsa de papel",
    ),
    ("Papa blanca Yungay", "saco 50 kg", 95.00, "Huánuco", "—", "Camión", 2, "Saco de polipropileno"),
    ("Papa canchán", "arroba", "28.00 soles", "Valle del Mantaro", "—", "Camión", 2, "Saco de yute"),
    ("Oca", "x kg", 3.80, "Puno", "—", "Camión", 4, "Saco de yute"),
    ("Olluco", "x kg", "S/ 4,20", "Junín", "—", "Camión", 2, "Jaba retornable"),
    ("Mashua amarilla", "x kg", 4.50, "Cusco", "Orgánico", "Camión", 4, "Saco de yute"),
    ("Camote amarillo", "x kg", 2.80, "Cañete", "—", "Camión", 1, "Jaba retornable"),
    ("Yuca blanca", "x kg", 2.50, "Chanchamayo", "—", "Camión", 2, "Saco de polipropileno"),
    None,  # blank row in the middle of the table
    ("Quinua blanca", "x kg", "S/ 11,50", "Puno", "Orgánico", "Camión", 4, "Bolsa plástica"),
    ("Quinua roja", "x kg", 13.00, "Puno", "Orgánico SENASA", "Camión", 4, "Bolsa plástica"),
    ("Quinua negra", "saco 25 kg", 340.00, "Puno", "Comercio Justo", "Camión", 5, "Saco de polipropileno"),
    ("Kiwicha", "x kg", 12.50, "Ayacucho", "Orgánico", "Camión", 4, "Bolsa plástica"),
    ("Cañihua", "x kg", "S/ 15,00", "Puno", "Orgánico", "Camión", 5, "Bolsa plástica"),
    ("Maíz morado", "x kg", 5.50, "Huaraz", "—", "Camión", 3, "Saco de yute"),
    ("Maíz mote pelado", "arroba", "S/ 69,00", "Cusco", "—", "Camión", 4, "Saco de yute"),
    ("Haba seca", "x kg", 7.80, "Junín", "—", "Camión", 2, "Saco de yute"),
    ("Tarwi (chocho) desamargado", "x kg", "S/.14.00", "Cusco", "Comercio Justo", "Camión", "3-4", "Bolsa plástica"),
    ("Chuño negro", "x kg", 12.00, "Puno", "—", "Camión", 5, "Saco de yute"),
    ("Tunta (moraya)", "1/2 kg", 9.50, "Puno", "—", "Camión", 5, "Bolsa plástica"),
]

ANDINA_AJIES = [
    ("Ají amarillo fresco", "x kg", "S/ 7,50", "Huaral", "—", "Camión", 1, "Jaba retornable"),
    ("Ají amarillo fresco", "arroba", 92.00, "Ica", "—", "Camión", 2, "Jaba retornable"),
    ("Ají limo rojo", "x kg", 9.00, "Lambayeque", "—", "Camión", 2, "Jaba retornable"),
    ("Ají panca seco", "x kg", "S/ 16,00", "Arequipa", "—", "Camión", 3, "Bolsa plástica"),
    ("Ají mirasol seco", "1/2 kg", 11.00, "Arequipa", "—", "Camión", 3, "Bolsa plástica"),
    ("Rocoto", "x kg", 5.00, "Oxapampa", "—", "Camión", 2, "Jaba retornable"),
    ("Ají charapita", "1/2 kg", "22.00 soles", "Iquitos", "—", "Avión", 2, "Táper plástico"),
    ("Huacatay", "atado", 1.50, "Huancayo", "Orgánico", "Camión", 1, "Sin empaque"),
    ("Muña", "atado", "S/ 2,00", "Cusco", "Orgánico SENASA", "Camión", 3, "Sin empaque"),
    ("Culantro", "atado", 1.00, "Cañete", "—", "Camión", 1, "Sin empaque"),
    ("Hierba buena", "atado", 1.00, "Cañete", "—", "Camión", 1, "Sin empaque"),
    ("Perejil crespo", "atado", 1.20, "Cañete", "—", "Camión", 1, "Sin empaque"),
    ("Paico", "atado", 1.50, "Valle del Mantaro", "—", "Camión", 2, "Sin empaque"),
    ("Chincho", "atado", "2.50 soles", "Ayacucho", "—", "Camión", 3, "Sin empaque"),
    ("Orégano seco", "x kg", 28.00, "Candarave (Tacna)", "Orgánico", "Camión", 4, "Bolsa plástica"),
    ("Ajo morado", "x kg", 9.50, "Arequipa", "—", "Camión", 3, "Malla"),
    ("Cebolla roja", "saco 50 kg", 85.00, "Arequipa", "—", "Camión", 3, "Malla"),
]


def build_andina() -> SampleFile:
    sheets = []
    for name, rows in (("Tubérculos y granos", ANDINA_TUBERCULOS), ("Ajíes y hierbas", ANDINA_AJIES)):
        sh = Sheet(name, ncols=len(ANDINA_HEADER), header=ANDINA_HEADER)
        sh.formats = {2: '"S/ "#,##0.00'}
        t = [
            sh.add(["DISTRIBUIDORA ANDINA S.A.C."], "title", merge=True),
            sh.add(
                [
                    "Jr. Ayacucho 845, Huancayo – Junín · Almacén Lima: Mercado Mayorista de Santa Anita, "
                    "pabellón 3 · Telf. (064) 555-0132"
                ],
                "title",
                merge=True,
            ),
            sh.add(["Lista de precios – Semana 47 – 2026"], "title", merge=True),
        ]
        h = sh.add(ANDINA_HEADER, "header")
        note_layout(sh, t, [h])
        sh.issue(t[0], "", "skip", "merged_title", "title merged across A:H (real merged cells)")
        n = 0
        for rec in rows:
            if rec is None:
                add_blank(sh, in_table=True)
                continue
            r = sh.add(rec)
            n += 1
            annotate_price(sh, r, "Precio S/", rec[2])
            pack = rec[1]
            if pack == "arroba":
                sh.issue(r, "Presentación", "fix", "pack_arroba", "pack 'arroba' = 11.5 kg (Peruvian arroba)")
            elif pack == "1/2 kg":
                sh.issue(r, "Presentación", "fix", "pack_fraction", "pack '1/2 kg' = 0.5 kg")
            elif pack == "atado":
                sh.issue(r, "Presentación", "fix", "pack_bunch", "pack 'atado' = 1 bunch")
            if isinstance(rec[6], str):
                sh.issue(r, "Entrega (días)", "fix", "lead_time_range", f"lead time given as a range {rec[6]!r}")
        add_blank(sh)
        add_notes(
            sh,
            [
                "Precios incluyen IGV.",
                f"Total de ítems: {n}",
                "Pedidos hasta el jueves 12:00 – pedidos@distribuidora-andina.example",
            ],
        )
        sheets.append(sh)
    return SampleFile(
        "distribuidora_andina.xlsx",
        "xlsx",
        "Distribuidora Andina S.A.C.",
        "A Huancayo wholesaler of tubers, Andean grains, ajíes and fresh herbs from the Mantaro "
        "valley and the southern highlands, with a stall in Lima's wholesale market. The sales "
        "assistant keeps the list in Excel and types prices however they come.",
        "Two sheets, same layout: rows 1–3 company title, address and list name, each merged "
        "across A:H (a coloured banner with a big title); header on row 4; offers below; a blank "
        "row, then notes (IGV, item count, ordering deadline) merged across A:H. Numeric prices "
        'carry the number format "S/ " #,##0.00; many prices are text.',
        sheets,
        "openpyxl (merged cells, fills, fonts, borders, frozen panes, column widths)",
    )


# --------------------------------------------------------------------------------------------
# 2. Pesquería del Pacífico (legacy .xls, two-row header, category bands)
# --------------------------------------------------------------------------------------------

PESCA_HEADER = [
    "Código",
    "Especie",
    "Presentación",
    "Precio S/. x kg",
    "Puerto de desembarque",
    "Zona de pesca / región",
    "Arte de pesca",
    "Certificación",
    "Transporte",
    "Entrega (días)",
    "Empaque",
]
PESCA_GROUP = ["Código", "Producto", None, "Precio", "Origen", None, "Sostenibilidad", None, "Logística", None, None]
PESCA_SUB = [
    None,
    "Especie",
    "Presentación",
    "S/. x kg",
    "Puerto de desembarque",
    "Zona de pesca / región",
    "Arte de pesca",
    "Certificación",
    "Transporte",
    "Entrega (días)",
    "Empaque",
]

PESCA_ROWS = [
    ("PESCADOS DE MAR", None),
    (
        "Corvina",
        "Filete fresco sin piel",
        58.00,
        "Paita",
        "Piura",
        "Cordel",
        "ninguna",
        "Camión refrigerado",
        1,
        "Caja de tecnopor con hielo",
    ),
    (
        "Corvina",
        "Entera eviscerada",
        42.00,
        "Pucusana",
        "Lima",
        "Cordel",
        "ninguna",
        "Camión refrigerado",
        1,
        "Caja de tecnopor con hielo",
    ),
    (
        "Lenguado",
        "Filete fresco",
        65.00,
        "Callao",
        "Lima",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        1,
        "Caja de tecnopor con hielo",
    ),
    (
        "Lenguado",
        "Entero",
        "S/. 48.00",
        "Ilo",
        "Moquegua",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        2,
        "Caja de tecnopor con hielo",
    ),
    (
        "Chita",
        "Entera",
        38.00,
        "Pucusana",
        "Lima",
        "Cordel",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    (
        "Cabrilla",
        "Entera",
        24.00,
        "Callao",
        "Lima",
        "Espinel",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    (
        "Pejerrey",
        "Entero",
        14.00,
        "Pucusana",
        "Lima",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    (
        "Bonito",
        "Entero",
        12.00,
        "Chimbote",
        "Áncash",
        "Cerco",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    (
        "Anchoveta",
        "Fresca entera",
        6.00,
        "Chimbote",
        "Áncash",
        "Cerco",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    ("Anchoveta", "Filete en salazón", 28.00, "Chimbote", "Áncash", "Cerco", "ninguna", "Camión", 3, "Balde plástico"),
    (
        "Merluza",
        "Filete congelado",
        18.00,
        "Paita",
        "Piura",
        "Arrastre de fondo",
        "ninguna",
        "Camión frigorífico",
        2,
        "Caja de cartón encerado",
    ),
    (
        "Perico (mahi mahi)",
        "Filete congelado",
        28.00,
        "Paita",
        "Piura",
        "Espinel",
        "FIP (en mejora)",
        "Camión frigorífico",
        2,
        "Caja de cartón encerado",
    ),
    (
        "Atún aleta amarilla",
        "Lomo fresco",
        48.00,
        "Paita",
        "Piura",
        "Cordel",
        "MSC",
        "Camión refrigerado",
        2,
        "Bolsa al vacío",
    ),
    ("MARISCOS", None),
    (
        "Pulpo",
        "Entero fresco",
        38.00,
        "Ilo",
        "Moquegua",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        2,
        "Caja de tecnopor con hielo",
    ),
    (
        "Pulpo",
        "Tentáculos cocidos",
        "S/.  62,00",
        "Callao",
        "Lima",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        1,
        "Bolsa al vacío",
    ),
    (
        "Pota",
        "Manto en filete",
        9.50,
        "Paita",
        "Piura",
        "Cordel",
        "ninguna",
        "Camión frigorífico",
        2,
        "Caja de cartón encerado",
    ),
    (
        "Calamar",
        "Entero",
        22.00,
        "Callao",
        "Lima",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        1,
        "Jaba plástica retornable",
    ),
    (
        "Conchas de abanico",
        "Tallo con coral, sin valva",
        45.00,
        "Parachique",
        "Piura (bahía de Sechura)",
        "Acuicultura",
        "ASC",
        "Camión refrigerado",
        2,
        "Bolsa al vacío",
    ),
    (
        "Conchas de abanico",
        "En valva",
        18.00,
        "Paita",
        "Piura (bahía de Sechura)",
        "Acuicultura",
        "ninguna",
        "Camión refrigerado",
        2,
        "Malla",
    ),
    (
        "Langostinos",
        "Enteros 21/25",
        42.00,
        "Puerto Pizarro",
        "Tumbes",
        "Acuicultura",
        "ASC",
        "Camión frigorífico",
        2,
        "Caja de cartón encerado",
    ),
    (
        "Langostinos",
        "Cola pelada 31/40",
        55.00,
        "Puerto Pizarro",
        "Tumbes",
        "Acuicultura",
        "ASC",
        "Camión frigorífico",
        2,
        "Bolsa al vacío",
    ),
    (
        "Camarón de río",
        "Entero vivo",
        120.00,
        "—",
        "Camaná (Arequipa)",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        2,
        "Caja de tecnopor",
    ),
    (
        "Erizo",
        "Lenguas",
        "consultar",
        "Ilo",
        "Moquegua",
        "Pesca artesanal",
        "ninguna",
        "Camión refrigerado",
        2,
        "Táper plástico",
    ),
    ("AMAZONÍA Y LAGOS (AGUA DULCE)", None),
    (
        "Paiche",
        "Filete fresco",
        42.00,
        "—",
        "Ucayali (Pucallpa)",
        "Acuicultura",
        "ninguna",
        "Camión refrigerado",
        3,
        "Bolsa al vacío",
    ),
    (
        "Paiche",
        "Filete congelado",
        38.00,
        "—",
        "Loreto (Iquitos)",
        "Acuicultura",
        "ninguna",
        "Avión",
        2,
        "Bolsa al vacío",
    ),
    (
        "Doncella",
        "Entera",
        25.00,
        "—",
        "Loreto (Iquitos)",
        "Pesca artesanal",
        "ninguna",
        "Avión",
        3,
        "Caja de tecnopor",
    ),
    (
        "Trucha arcoíris",
        "Filete fresco",
        28.00,
        "—",
        "Puno (lago Titicaca)",
        "Acuicultura",
        "ninguna",
        "Camión refrigerado",
        3,
        "Bolsa al vacío",
    ),
]


def build_pesca() -> SampleFile:
    sh = Sheet("Precios", ncols=len(PESCA_HEADER), header=PESCA_HEADER)
    t = [
        sh.add(["PESQUERÍA DEL PACÍFICO S.A.C."], "title", merge=True),
        sh.add(
            ["Terminal Pesquero de Villa María del Triunfo, puesto 112 · Lima · Telf. (01) 555-0147"],
            "title",
            merge=True,
        ),
        sh.add(["Lista de precios por mayor – vigente del 23/11/2026 al 29/11/2026"], "title", merge=True),
    ]
    b = add_blank(sh)
    sh.issue(b, "", "skip", "blank_row", "empty row between the title and the header")
    h1 = sh.add(PESCA_GROUP, "header")
    h2 = sh.add(PESCA_SUB, "header")
    # group labels merged over their sub-columns; "Código" merged over both header rows
    sh.merges += [(h1, 1, h2, 1), (h1, 2, h1, 3), (h1, 5, h1, 6), (h1, 7, h1, 8), (h1, 9, h1, 11)]
    note_layout(sh, t, [h1, h2])
    sh.issue(
        h1,
        "Precio",
        "fix",
        "two_row_header",
        f"header split over rows {h1}-{h2}: 'Precio' on row {h1}, 'S/. x kg' under it on row {h2} "
        "(currency PEN and pack 1 kg come from the header); group labels merged over sub-columns",
    )
    code = 0
    for rec in PESCA_ROWS:
        if rec[1] is None:
            add_section(sh, rec[0])
            continue
        code += 1
        cells = [f"PP-{code:03d}", *rec]
        r = sh.add(cells)
        price = rec[2]
        if price == "consultar":
            sh.issue(
                r,
                "Precio S/. x kg",
                "refuse",
                "price_missing",
                "price is 'consultar' (price on request): no price to import",
            )
        else:
            annotate_price(sh, r, "Precio S/. x kg", price)
        if rec[3] == "—":
            sh.issue(
                r,
                "Puerto de desembarque",
                "fix",
                "origin_fallback",
                "no port ('—', inland water): origin comes from 'Zona de pesca / región'",
            )
    add_blank(sh)
    add_notes(
        sh,
        [
            "Precios en soles por kg, no incluyen IGV (18 %).",
            "Productos sujetos a disponibilidad y a las vedas dispuestas por PRODUCE.",
        ],
    )
    return SampleFile(
        "pesqueria_del_pacifico.xls",
        "xls",
        "Pesquería del Pacífico S.A.C.",
        "A seafood wholesaler at the Villa María del Triunfo fish terminal, buying from artisanal "
        "landings (Pucusana, Callao, Ilo), industrial ports (Chimbote, Paita), shrimp and scallop "
        "farms in Tumbes and Sechura, and Amazon aquaculture (paiche from Ucayali and Loreto). Its "
        "invoicing program still exports the old Excel 97-2003 format.",
        "One sheet 'Precios': rows 1–3 title block merged across A:K, a blank row, then a header "
        "split over two rows (group labels 'Producto', 'Precio', 'Origen', 'Sostenibilidad', "
        "'Logística' merged over their sub-columns; 'Código' merged down over both rows; the unit "
        "and currency 'S/. x kg' sit under 'Precio'). Offers are grouped under category bands "
        "(a row with only the first cell filled, merged across). Notes at the bottom.",
        [sh],
        "xlwt (BIFF8 .xls, Excel 97-2003: merged cells, bold/filled styles, column widths)",
    )


# --------------------------------------------------------------------------------------------
# 3. Bodega Selva Central (cp1252 ";" CSV with decimal comma)
# --------------------------------------------------------------------------------------------

SELVA_HEADER = [
    "Código",
    "Producto",
    "Categoría",
    "Presentación",
    "Precio unitario",
    "Moneda",
    "Origen",
    "Certificación",
    "Transporte",
    "Plazo de entrega",
    "Empaque",
]

SELVA_ROWS = [
    # producto, categoría, presentación, precio, moneda, origen, certificación, transporte, plazo, empaque
    (
        "Café tostado en grano",
        "Café",
        "bolsa 1 kg",
        "68,00",
        "PEN",
        "Villa Rica",
        "Orgánico, Comercio Justo",
        "Camión",
        "3 días",
        "Bolsa con válvula",
    ),
    (
        "Café tostado molido",
        "Café",
        "bolsa 250 g",
        "19,50",
        "PEN",
        "Chanchamayo",
        "Rainforest Alliance",
        "Camión",
        "3 días",
        "Bolsa con válvula",
    ),
    (
        "Café tostado en grano",
        "Café",
        "caja 10 x 1 kg",
        "650,00",
        "PEN",
        "Chanchamayo",
        "Rainforest Alliance",
        "Camión",
        "3 días",
        "Caja de cartón",
    ),
    (
        "Café verde (oro) lavado",
        "Café",
        "quintal 46 kg",
        "1.150,00",
        "PEN",
        "Villa Rica",
        "Orgánico, Comercio Justo",
        "Camión",
        "5 días",
        "Saco de yute",
    ),
    (
        "Café tostado especial (geisha)",
        "Café",
        "bolsa 500 g",
        "45,00",
        "",
        "Oxapampa",
        "Orgánico",
        "Camión",
        "4 días",
        "Bolsa con válvula",
    ),
    (
        "Cacao en grano fermentado y seco",
        "Cacao",
        "x kg",
        "32,00",
        "PEN",
        "Quillabamba",
        "Orgánico",
        "Camión",
        "5 días",
        "Saco de yute",
    ),
    ("Cacao nibs", "Cacao", "bolsa 1 kg", "52,00", "S/", "Satipo", "Orgánico", "Camión", "4 días", "Bolsa plástica"),
    (
        "Cacao nibs",
        "Cacao",
        "bolsa 500 g",
        "28,00",
        "PEN",
        "Tingo María",
        "Orgánico, Comercio Justo",
        "Camión",
        "4 días",
        "Bolsa kraft",
    ),
    (
        "Pasta de cacao 100 %",
        "Cacao",
        "x kg",
        "58,00",
        "PEN",
        "Quillabamba",
        "Comercio Justo",
        "Camión",
        "5 días",
        "Bolsa plástica",
    ),
    ("Manteca de cacao", "Cacao", "x kg", "75,00", "PEN", "Satipo", "Orgánico", "Camión", "5 días", "Bolsa plástica"),
    (
        "Cacao en polvo natural",
        "Cacao",
        "bolsa 1 kg",
        "46,50",
        "PEN",
        "Tingo María",
        "",
        "Camión",
        "4 días",
        "Bolsa plástica",
    ),
    (
        "Camu camu pulpa congelada",
        "Frutas amazónicas",
        "x kg",
        "14,00",
        "PEN",
        "Pucallpa",
        "",
        "Camión refrigerado",
        "4 días",
        "Bolsa plástica",
    ),
    (
        "Camu camu en polvo",
        "Frutas amazónicas",
        "bolsa 250 g",
        "32,00",
        "PEN",
        "Pucallpa",
        "Orgánico",
        "Camión",
        "4 días",
        "Doypack",
    ),
    (
        "Aguaje pulpa congelada",
        "Frutas amazónicas",
        "x kg",
        "12,00",
        "PEN",
        "Iquitos",
        "",
        "Avión",
        "3 días",
        "Bolsa plástica",
    ),
    ("Cocona fresca", "Frutas amazónicas", "x kg", "4,50", "PEN", "Tingo María", "", "Camión", "3 días", "Jaba"),
    (
        "Cocona pulpa congelada",
        "Frutas amazónicas",
        "x kg",
        "9,00",
        "",
        "Tingo María",
        "",
        "Camión refrigerado",
        "3 días",
        "Bolsa plástica",
    ),
    (
        "Sacha inchi tostado",
        "Semillas",
        "x kg",
        "38,50",
        "PEN",
        "Satipo",
        "Orgánico",
        "Camión",
        "4 días",
        "Bolsa plástica",
    ),
    (
        "Aceite de sacha inchi",
        "Semillas",
        "botella 500 ml",
        "35,00",
        "PEN",
        "Satipo",
        "Orgánico, Comercio Justo",
        "Camión",
        "4 días",
        "Botella de vidrio",
    ),
    ("Kion (jengibre) fresco", "Raíces", "x kg", "6,50", "PEN", "Satipo", "", "Camión", "2 días", "Jaba"),
    (
        "Kion (jengibre) fresco",
        "Raíces",
        "saco 20 kg",
        "110,00",
        "PEN",
        "Satipo",
        "",
        "Camión",
        "2 días",
        "Saco de polipropileno",
    ),
    ("Cúrcuma fresca", "Raíces", "x kg", "8,00", "PEN", "Oxapampa", "Orgánico", "Camión", "2 días", "Jaba"),
    (
        "Cúrcuma en polvo",
        "Raíces",
        "bolsa 500 g",
        "22,00",
        "S/",
        "Oxapampa",
        "Orgánico",
        "Camión",
        "3 días",
        "Bolsa kraft",
    ),
    (
        "Plátano bellaco",
        "Frutas",
        "racimo aprox. 18 kg",
        "35,00",
        "PEN",
        "Chanchamayo",
        "",
        "Camión",
        "2 días",
        "A granel",
    ),
    (
        "Plátano de seda",
        "Frutas",
        "caja 18 kg",
        "38,00",
        "PEN",
        "Chanchamayo",
        "Rainforest Alliance",
        "Camión",
        "2 días",
        "Caja de cartón",
    ),
    ("Plátano isla", "Frutas", "x kg", "3,20", "PEN", "Satipo", "", "Camión", "2 días", "A granel"),
    ("Palta fuerte", "Frutas", "x kg", "6,50", "PEN", "Villa Rica", "", "Camión", "2 días", "Jaba"),
    ("Piña golden", "Frutas", "unidad", "4,50", "PEN", "Chanchamayo", "", "Camión", "2 días", "A granel"),
    ("Granadilla", "Frutas", "ciento", "45,00", "", "Oxapampa", "", "Camión", "2 días", "Caja de madera"),
    (
        "Naranja de jugo",
        "Frutas",
        "saco 40 kg",
        "60,00",
        "PEN",
        "Chanchamayo",
        "",
        "Camión",
        "2 días",
        "Saco de polipropileno",
    ),
    (
        "Miel de abeja multifloral",
        "Otros",
        "frasco 1 kg",
        "agotado",
        "PEN",
        "Oxapampa",
        "Orgánico",
        "Camión",
        "5 a 7 días",
        "Frasco de vidrio",
    ),
    ("Achiote en grano", "Otros", "x kg", "18,00", "PEN", "Satipo", "", "Camión", "4 días", "Bolsa plástica"),
    ("Hoja de bijao", "Otros", "ciento", "12,00", "PEN", "Satipo", "", "Bus (encomienda)", "2 días", "Atado"),
    ("Sachaculantro", "Otros", "atado", "1,50", "PEN", "Tingo María", "", "Bus (encomienda)", "2 días", "Sin empaque"),
]


def build_selva() -> SampleFile:
    sh = Sheet("bodega_selva_central", ncols=len(SELVA_HEADER), header=SELVA_HEADER)
    t = sh.add(["Bodega Selva Central E.I.R.L. - Lista de precios noviembre 2026 - La Merced, Chanchamayo"], "title")
    b = add_blank(sh)
    h = sh.add(SELVA_HEADER, "header")
    note_layout(sh, [t], [h])
    sh.issue(b, "", "skip", "blank_row", "line of empty fields (';;;;;;;;;;') between title and header")
    sh.issue(h, "", "fix", "csv_dialect", "cp1252 encoding, ';' separator, CRLF line ends, decimal comma")
    for i, rec in enumerate(SELVA_ROWS, 1):
        r = sh.add([f"BSC-{i:03d}", *rec])
        price, cur = rec[3], rec[4]
        if price == "agotado":
            sh.issue(r, "Precio unitario", "refuse", "price_missing", "price is 'agotado' (sold out): no price")
        elif "." in price:
            sh.issue(
                r,
                "Precio unitario",
                "fix",
                "thousands_separator",
                f"{price!r}: dot is a thousands separator, comma the decimal mark (= 1150.00)",
            )
        if cur == "":
            sh.issue(r, "Moneda", "fix", "currency_missing", "currency cell empty: PEN (the whole list is in soles)")
        elif cur == "S/":
            sh.issue(r, "Moneda", "fix", "currency_synonym", "currency written 'S/' = PEN")
        if "," in rec[6]:
            sh.issue(
                r,
                "Certificación",
                "fix",
                "certification_list",
                f"two certifications in one cell, comma-separated: {rec[6]!r}",
            )
    return SampleFile(
        "bodega_selva_central.csv",
        "csv",
        "Bodega Selva Central E.I.R.L.",
        "A family business in La Merced (Chanchamayo) that gathers coffee, cacao, Amazonian fruit, "
        "roots and bananas from small growers in the central jungle (Villa Rica, Oxapampa, Satipo, "
        "Tingo María, Quillabamba). The list is saved from Excel on a Spanish-locale Windows PC as "
        "'CSV (delimitado por punto y coma)'.",
        "Plain text, cp1252, ';'-separated, CRLF, decimal comma (\"38,50\") and a thousands dot "
        '("1.150,00"), no quoting. Line 1 is a title, line 2 an empty record (only separators), '
        "line 3 the header with accented names; offers from line 4. Row numbers are line numbers.",
        [sh],
        "the csv module (delimiter ';', encoding cp1252, lineterminator CRLF)",
    )


# --------------------------------------------------------------------------------------------
# 4. Gourmet Imports (USD xlsx, English, second sheet without a table)
# --------------------------------------------------------------------------------------------

GOURMET_HEADER = [
    "SKU",
    "Item",
    "Category",
    "Pack size",
    "Unit price (USD)",
    "Country of origin",
    "Shipping",
    "Certifications",
    "Lead time",
    "Packaging",
]

GOURMET_ROWS = [
    (
        "Extra virgin olive oil, Picual",
        "Oils & vinegars",
        "500 ml",
        "US$ 6.90",
        "Spain",
        "sea",
        "EU Organic",
        "10 days",
        "Glass bottle",
    ),
    ("Extra virgin olive oil, Arbequina", "Oils & vinegars", "5 l", 52.00, "Spain", "sea", "", "10 days", "Tin"),
    (
        "Extra virgin olive oil, Koroneiki",
        "Oils & vinegars",
        "1 l",
        "$13.50",
        "Greece",
        "sea",
        "DOP",
        "3 weeks",
        "Glass bottle",
    ),
    (
        "Extra virgin olive oil, Toscano IGP",
        "Oils & vinegars",
        "case of 6 x 1 l",
        84.00,
        "Italy",
        "sea",
        "IGP",
        "3 weeks",
        "Glass bottle",
    ),
    ("Black truffle oil", "Oils & vinegars", "250 ml", "$18.90", "Italy", "sea", "", "3 weeks", "Glass bottle"),
    ("White truffle oil", "Oils & vinegars", "100 ml", 14.50, "Italy", "air freight", "", "7 days", "Glass bottle"),
    (
        "Balsamic vinegar of Modena IGP",
        "Oils & vinegars",
        "500 ml",
        "US$ 8.50",
        "Italy",
        "sea",
        "IGP",
        "3 weeks",
        "Glass bottle",
    ),
    (
        "Aceto balsamico tradizionale 12 years",
        "Oils & vinegars",
        "100 ml",
        65.00,
        "Italy",
        "by air",
        "DOP",
        "10 days",
        "Glass bottle",
    ),
    ("Sherry vinegar reserva", "Oils & vinegars", "750 ml", 5.90, "Spain", "sea", "DOP", "3 weeks", "Glass bottle"),
    ("Parmigiano Reggiano 24 months", "Cheese", "1 kg", 32.00, "Italy", "sea", "DOP", "2-3 weeks", "Vacuum pack"),
    ("Grana Padano 16 months", "Cheese", "1 lb", "$11.90", "Italy", "sea", "DOP", "2-3 weeks", "Vacuum pack"),
    ("Manchego curado 12 months", "Cheese", "3 kg wheel", 78.00, "Spain", "sea", "DOP", "3 weeks", "Wax rind"),
    ("Brie de Meaux", "Cheese", "1 kg", "US$ 28.50", "France", "air freight", "AOP", "7 days", "Wooden box"),
    ("Brie", "Cheese", "12 x 125 g", 45.00, "France", "by air", "", "7 days", "Cardboard"),
    ("Mascarpone", "Cheese", "500 g", 7.80, "Italy", "air freight", "", "7 days", "Plastic tub"),
    ("Burrata", "Cheese", "8 x 125 g", "$36.00", "Italy", "by air", "", "5 days", "Plastic tub"),
    (
        "Atlantic salmon fillet, fresh",
        "Seafood",
        "1 kg",
        24.50,
        "Norway",
        "air freight",
        "ASC",
        "5 days",
        "Polystyrene box",
    ),
    (
        "Atlantic salmon fillet, frozen",
        "Seafood",
        "case of 10 x 1 kg",
        215.00,
        "Chile",
        "sea",
        "ASC",
        "3 weeks",
        "Cardboard",
    ),
    ("Smoked salmon, sliced", "Seafood", "200 g", "US$ 9.80", "Norway", "by air", "", "7 days", "Vacuum pack"),
    ("Cantabrian anchovies in olive oil", "Seafood", "12 x 50 g", 48.00, "Spain", "sea", "MSC", "3 weeks", "Tin"),
    ("Bonito del norte in olive oil", "Seafood", "6 x 200 g", "$22.00", "Spain", "sea", "MSC", "3 weeks", "Glass jar"),
    (
        "Butter, unsalted, AOP Charentes-Poitou",
        "Dairy",
        "250 g",
        "$4.20",
        "France",
        "air freight",
        "AOP",
        "7 days",
        "Paper wrap",
    ),
    ("Butter, salted", "Dairy", "12 x 250 g", 38.00, "New Zealand", "sea", "", "4 weeks", "Paper wrap"),
    ("Butter, unsalted", "Dairy", "25 kg block", 245.00, "New Zealand", "sea", "", "4 weeks", "Cardboard"),
    (
        "Jamón ibérico de bellota, sliced",
        "Charcuterie",
        "100 g",
        16.00,
        "Spain",
        "air freight",
        "DOP",
        "10 days",
        "Vacuum pack",
    ),
    ("Arborio rice", "Dry goods", "1 kg", 4.20, "Italy", "sea", "", "3 weeks", "Vacuum pack"),
    ("Carnaroli rice", "Dry goods", "1 kg", "$5.40", "Italy", "sea", "EU Organic", "3 weeks", "Vacuum pack"),
    ("Saffron threads", "Dry goods", "1 g", 9.50, "Spain", "by air", "DOP", "10 days", "Glass jar"),
    ("Maldon sea salt flakes", "Dry goods", "1.4 kg", 14.50, "United Kingdom", "sea", "", "4 weeks", "Cardboard"),
    ("Truffle salt", "Dry goods", "100 g", "discontinued", "Italy", "sea", "", "", "Glass jar"),
    (
        "Vanilla pods, Bourbon",
        "Dry goods",
        "100 g",
        45.00,
        "Madagascar",
        "air freight",
        "EU Organic",
        "10 days",
        "Glass tube",
    ),
]

GOURMET_TERMS = [
    "TERMS & CONDITIONS",
    "",
    "1. Prices are in US dollars (USD), excluding IGV (18 %), delivered to your kitchen in Lima.",
    "2. Payment: 30 days after invoice, by bank transfer to our USD account.",
    "3. Minimum order: US$ 150.00. Orders below the minimum carry a delivery fee of US$ 12.00.",
    "4. Lead times count from order confirmation; air-freight items arrive on Tuesdays and Fridays.",
    "5. Cheese and seafood travel in the cold chain; please receive them at 0-4 °C.",
    "",
    "Gourmet Imports Peru S.A.C. · Av. La Paz 1180, Miraflores, Lima · sales@gourmet-imports.example",
]


def build_gourmet() -> SampleFile:
    sh = Sheet("Price list", ncols=len(GOURMET_HEADER), header=GOURMET_HEADER)
    sh.formats = {4: '"US$ "#,##0.00'}
    t = [
        sh.add(["GOURMET IMPORTS PERU S.A.C."], "title", merge=True),
        sh.add(
            ["Fine food importers · Miraflores, Lima · Prices in US dollars, excluding IGV, delivered Lima"],
            "title",
            merge=True,
        ),
        sh.add(["Price list valid 15 Nov – 31 Dec 2026"], "title", merge=True),
    ]
    b = add_blank(sh)
    sh.issue(b, "", "skip", "blank_row", "empty row between the title block and the header")
    h = sh.add(GOURMET_HEADER, "header")
    note_layout(sh, t, [h])
    for i, rec in enumerate(GOURMET_ROWS, 1):
        r = sh.add([f"GI-{1000 + i * 7}", *rec])
        price = rec[3]
        if price == "discontinued":
            sh.issue(r, "Unit price (USD)", "refuse", "price_missing", "price is 'discontinued': no price")
        else:
            annotate_price(sh, r, "Unit price (USD)", price)
        pack = rec[2]
        if " x " in pack:
            sh.issue(r, "Pack size", "fix", "pack_multi", f"multi-pack {pack!r}: quantity = count x size")
        elif pack.endswith(" lb"):
            sh.issue(r, "Pack size", "fix", "pack_pound", "pack in pounds (1 lb = 0.4536 kg)")
        if rec[7] and not rec[7].endswith("days"):
            sh.issue(r, "Lead time", "fix", "lead_time_text", f"lead time {rec[7]!r} (weeks or a range)")
    terms = Sheet("Terms & conditions", ncols=1)
    for line in GOURMET_TERMS:
        terms.add([line or None], "note" if line else "blank")
    terms.issue(0, "", "skip", "no_table_sheet", "sheet of text without a price table: skipped (info)")
    return SampleFile(
        "gourmet_imports_usd.xlsx",
        "xlsx",
        "Gourmet Imports Peru S.A.C.",
        "A Miraflores importer of European and Oceanian fine foods (olive oil, cheese, butter, "
        "salmon, vinegars, truffle oil). Its list is in English and in US dollars; everything "
        "arrives by sea to Callao or by air to Lima.",
        "Sheet 'Price list': rows 1–3 title block merged across A:J, a blank row, header on row 5 "
        "(English names), offers below with an autofilter and frozen header. Numeric prices carry "
        'the number format "US$ " #,##0.00; many prices are text ("US$ 3.99", "$12.50"). A second '
        "sheet 'Terms & conditions' holds only text (no table).",
        [sh, terms],
        "openpyxl (merged cells, fills, fonts, autofilter, frozen panes)",
    )


# --------------------------------------------------------------------------------------------
# 5. Granja Sierra Verde (ods; dairy, eggs, meat; missing/zero/duplicate/outlier)
# --------------------------------------------------------------------------------------------

GRANJA_HEADER = [
    "Producto",
    "Unidad de venta",
    "Precio (S/)",
    "Origen",
    "Práctica",
    "Empaque",
    "Transporte",
    "Entrega (días)",
    "Observaciones",
]

G = "Camión refrigerado"
GRANJA_ROWS = [
    ("Queso fresco de vaca", "x kg", 22.00, "Cajamarca", "pastoreo", "al vacío", G, 2, ""),
    ("Queso andino madurado", "x kg", 38.00, "Cajamarca", "pastoreo", "al vacío", G, 2, "Maduración 3 meses"),
    ("Queso mantecoso", "x kg", 32.00, "Cajamarca", "pastoreo", "al vacío", G, 2, ""),
    ("Queso paria", "x kg", 28.00, "Puno", "crianza familiar", "bolsa plástica", G, 3, ""),
    ("Queso de cabra fresco", "x kg", 55.00, "Ayacucho", "pastoreo", "al vacío", G, 3, ""),
    ("Queso fresco de vaca", "x kg", 450.00, "Jauja", "pastoreo", "bolsa plástica", G, 1, ""),  # outlier
    ("Mantequilla artesanal", "500 g", 18.00, "Cajamarca", "pastoreo", "papel encerado", G, 2, ""),
    ("Mantequilla artesanal", "x kg", 34.00, "Jauja", "pastoreo", "papel encerado", G, 1, ""),
    ("Leche fresca de vaca", "x litro", 3.80, "Jauja", "pastoreo", "porongo retornable", G, 1, "Pedido mínimo 20 l"),
    ("Leche fresca de vaca", "porongo 30 l", 105.00, "Jauja", "pastoreo", "porongo retornable", G, 1, ""),
    ("Leche de cabra", "x litro", 0, "Ayacucho", "crianza familiar", "botella plástica", G, 3, "Temporada baja"),
    ("Yogurt natural", "1 l", 9.50, "Jauja", "pastoreo", "botella plástica", G, 1, ""),
    ("Mantequilla artesanal", "500 g", 18.00, "Cajamarca", "pastoreo", "papel encerado", G, 2, ""),  # duplicate
    ("Huevos de corral", "docena", 13.00, "Jauja", "de corral", "bandeja de cartón", "Camión", 1, ""),
    ("Huevos de corral", "jaba x 180 und", 95.00, "Jauja", "de corral", "jaba retornable", "Camión", 1, ""),
    (
        "Huevos rosados de granja",
        "jaba x 180 und",
        72.00,
        "Chincha",
        "crianza en jaula",
        "jaba retornable",
        "Camión",
        2,
        "",
    ),
    ("Huevos de codorniz", "bandeja 24 und", 5.50, "Huaral", "engorde intensivo", "bandeja plástica", "Camión", 1, ""),
    (
        "Cuy entero beneficiado",
        "x unidad",
        38.00,
        "Cajamarca",
        "crianza familiar",
        "al vacío",
        G,
        2,
        "Peso aprox. 900 g",
    ),
    (
        "Cuy entero beneficiado",
        "x unidad",
        42.00,
        "Huancayo",
        "crianza familiar",
        "al vacío",
        G,
        1,
        "Peso aprox. 1.1 kg",
    ),
    ("Cuy entero (raza Perú)", "x unidad", None, "Jauja", "crianza familiar", "al vacío", G, 1, "Consultar precio"),
    ("Carne de alpaca – lomo", "x kg", 38.00, "Puno", "pastoreo", "al vacío", G, 3, ""),
    ("Carne de alpaca – pierna", "x kg", 28.00, "Puno", "pastoreo", "al vacío", G, 3, ""),
    ("Charqui de alpaca", "1/2 kg", 30.00, "Puno", "pastoreo", "bolsa plástica", "Camión", 4, ""),
    ("Cordero – canal entera", "x kg", 28.00, "Junín", "pastoreo", "bolsa plástica", G, 2, "Peso sujeto a canal"),
    ("Cordero – pierna", "x kg", 36.00, "Junín", "pastoreo", "al vacío", G, 2, ""),
    ("Pato criollo entero", "x unidad", 70.00, "Lambayeque", "de corral", "bolsa plástica", G, 3, "Peso aprox. 2.5 kg"),
    ("Magret de pato", "x kg", 65.00, "Huaral", "engorde intensivo", "al vacío", G, 2, ""),
    ("Pollo de corral entero", "x kg", 16.00, "Jauja", "de corral", "bolsa plástica", G, 1, ""),
    ("Pollo de granja entero", "x kg", 9.50, "Huaral", "engorde intensivo", "bolsa plástica", G, 1, ""),
    ("Cerdo – panceta", "x kg", 24.00, "Huaral", "engorde intensivo", "al vacío", G, 1, ""),
    ("Cerdo – pierna", "x kg", 18.00, "Jauja", "crianza familiar", "bolsa plástica", G, 1, ""),
]


def build_granja() -> SampleFile:
    sh = Sheet("Precios semana 47", ncols=len(GRANJA_HEADER), header=GRANJA_HEADER)
    t = [
        sh.add(["Granja Sierra Verde – Lácteos, huevos y carnes de la sierra central"], "title", merge=True),
        sh.add(
            ["Jauja, Junín · Pedidos por WhatsApp 964 555 0190 · Lista de la semana 47 – 2026"], "title", merge=True
        ),
    ]
    b = add_blank(sh)
    sh.issue(b, "", "skip", "blank_row", "empty row between the title and the header")
    h = sh.add(GRANJA_HEADER, "header")
    note_layout(sh, t, [h])
    seen: dict[tuple, int] = {}
    for rec in GRANJA_ROWS:
        r = sh.add(rec)
        price = rec[2]
        if price is None:
            sh.issue(r, "Precio (S/)", "refuse", "price_missing", "price cell empty ('Consultar precio')")
        elif price == 0:
            sh.issue(r, "Precio (S/)", "refuse", "price_zero", "price is 0")
        elif price == 450.00:
            sh.issue(
                r,
                "Precio (S/)",
                "flag",
                "price_outlier",
                "S/ 450 per kg of queso fresco: about 20 times the other queso fresco offers (a typo for 45.00?)",
            )
        if rec in seen:
            sh.issue(r, "", "refuse", "duplicate", f"exact duplicate of row {seen[rec]} (every cell equal)")
        else:
            seen[rec] = r
        if rec[1] == "1/2 kg":
            sh.issue(r, "Unidad de venta", "fix", "pack_fraction", "pack '1/2 kg' = 0.5 kg")
        if rec[1].startswith("jaba x 180"):
            sh.issue(r, "Unidad de venta", "fix", "pack_count", "pack 'jaba x 180 und' = 180 eggs (15 dozen)")
    add_blank(sh)
    add_notes(sh, ["Precios en soles, incluyen IGV. Productos frescos: confirmar disponibilidad un día antes."])
    return SampleFile(
        "granja_sierra.ods",
        "ods",
        "Granja Sierra Verde",
        "A family farm and collection centre near Jauja (Junín) that also resells cheese from "
        "Cajamarca and Puno, alpaca from Puno and free-range eggs. The owner uses LibreOffice Calc "
        "and saves in its own format.",
        "One sheet 'Precios semana 47': rows 1–2 title merged across A:I, a blank row, header on "
        "row 4, offers below (prices are currency cells in PEN shown as 'S/ 22,00'), a blank row "
        "and a note. Columns for practice (pastoreo, de corral, crianza familiar, engorde "
        "intensivo) and packaging (al vacío, jaba retornable, bolsa plástica, porongo retornable).",
        [sh],
        "odfpy (OpenDocument spreadsheet: currency-typed cells, spanned title cells, bold header)",
    )


# --------------------------------------------------------------------------------------------
# 6. Mercado mixto semana 48 (aggregator xlsx for the cleansing tests)
# --------------------------------------------------------------------------------------------

MIXTO_HEADER = [
    "Proveedor",
    "Producto",
    "Presentación",
    "Precio",
    "Moneda",
    "Procedencia",
    "Certificación",
    "Práctica",
    "Empaque",
    "Transporte",
    "Entrega (días)",
    "Puntaje auditado",
]

AM, HL, FN, PF, IS, DA = (
    "Agro Mantaro S.A.C.",
    "Huerta Lurín",
    "Frutas del Norte E.I.R.L.",
    "Pesca Fresca Chorrillos",
    "Importadora Sol Andino",
    "Distribuidora Andina S.A.C.",
)
TRK, REF, AIR, SEA = "camión", "camión refrigerado", "avión", "marítimo"

# each entry: (cells, tag); tag drives the issues recorded for the row
MIXTO_ROWS = [
    (
        (AM, "Papa amarilla", "x kg", 4.20, "PEN", "Huancayo", "—", "convencional", "saco de yute", TRK, 2, 0.55),
        "same_product_a",
    ),
    ((AM, "Papa amarilla", "x kg", 4.20, "PEN", "Huancayo", "—", "convencional", "saco de yute", TRK, 2, 0.55), "dup"),
    (
        (AM, "Papa amarilla", "x kg", 4.90, "PEN", "Cusco", "Orgánico", "agroecológica", "saco de yute", TRK, 3, None),
        "same_product_b",
    ),
    (
        (
            DA,
            "papas amarillas",
            "saco 50 kg",
            200.00,
            "Soles",
            "Valle del Mantaro",
            "—",
            "convencional",
            "saco de yute",
            TRK,
            2,
            None,
        ),
        "misspelled",
    ),
    (
        (DA, "quinua", "x kg", 10.50, "PEN", "Puno", "Orgánico", "agroecológica", "bolsa plástica", TRK, 4, 0.82),
        "misspelled",
    ),
    (
        (DA, "aji amarrillo", "x kg", 7.00, "S/", "Huaral", "—", "convencional", "jaba retornable", TRK, 1, None),
        "misspelled",
    ),
    (
        (HL, "Ají limo", "x kg", 8.50, "PEN", "Lurín", "Orgánico", "agroecológica", "jaba retornable", TRK, 1, "0,68"),
        "score_text",
    ),
    (
        (
            HL,
            "Tomate italiano",
            "caja 25 kg",
            Formula("25*2.4", 60.0),
            "PEN",
            "Cañete",
            "—",
            "convencional",
            "caja de madera",
            TRK,
            1,
            None,
        ),
        "formula",
    ),
    (
        (
            HL,
            "Cebolla roja",
            "bolsa 4 kg",
            Formula("4*2.5", 10.0),
            "PEN",
            "Arequipa",
            "—",
            "convencional",
            "malla",
            TRK,
            2,
            None,
        ),
        "formula",
    ),
    ((HL, "Culantro", "atado", 1.00, "PEN", "Lurín", "Orgánico", "agroecológica", "sin empaque", TRK, 1, None), ""),
    (
        (HL, "Producto especial casa", "x kg", 25.00, "PEN", "Lurín", "—", "—", "bolsa plástica", TRK, 1, None),
        "unknown",
    ),
    (
        (FN, "palta hass", "x kg", 7.50, "PEN", "La Libertad", "—", "convencional", "jaba retornable", TRK, 2, None),
        "misspelled",
    ),
    ((FN, "Palta fuerte", "x kg", 6.00, "PEN", "Huaral", "—", "convencional", "jaba retornable", TRK, 1, None), ""),
    ((FN, "Limón sutil", "x kg", 4.50, "PEN", "Piura", "—", "convencional", "saco de polipropileno", TRK, 2, None), ""),
    (
        (FN, "Mango Kent", "x kg", -4.00, "PEN", "Piura", "—", "convencional", "jaba retornable", TRK, 2, None),
        "negative",
    ),
    (
        (FN, "Maracuyá", "0 kg", 15.00, "PEN", "Huaral", "—", "convencional", "saco de polipropileno", TRK, 1, None),
        "zero_pack",
    ),
    (
        (
            FN,
            "Lúcuma",
            "x kg",
            dt.datetime(2026, 5, 8),
            "PEN",
            "Ayacucho",
            "—",
            "convencional",
            "jaba retornable",
            TRK,
            3,
            None,
        ),
        "date",
    ),
    (
        (
            FN,
            "Aguaymanto",
            "x kg",
            9.00,
            "PEN",
            "Cajamarca",
            "Orgánico",
            "agroecológica",
            "bandeja plástica",
            TRK,
            3,
            0.77,
        ),
        "",
    ),
    ((FN, "Plátano de seda", "x kg", 2.80, "PEN", "Tumbes", "—", "convencional", "caja de cartón", TRK, 3, None), ""),
    ((PF, "Corvina", "x kg", 48.00, "PEN", "Chorrillos", "—", "cordel", "caja de tecnopor", REF, 1, None), ""),
    (
        (PF, "Pulpo", "x kg", 36.00, "PEN", "Ilo", "—", "pesca artesanal", "caja de tecnopor", REF, 2, 0.45),
        "dup_source",
    ),
    ((PF, "Langostinos", "x kg", 45.00, "PEN", "Tumbes", "ASC", "acuicultura", "bolsa al vacío", REF, 2, None), ""),
    (
        (PF, "Conchas de abanico", "x kg", 40.00, "PEN", "Sechura", "—", "acuicultura", "bolsa al vacío", REF, 2, None),
        "",
    ),
    ((PF, "Pejerrey", "x kg", 13.00, "PEN", "Pucusana", "—", "pesca artesanal", "jaba retornable", REF, 1, None), ""),
    ((PF, "Merluza", "x kg", 17.50, "PEN", "Paita", "—", "arrastre de fondo", "caja de cartón", REF, 2, 0.30), ""),
    (
        (
            IS,
            "Aceite de oliva extra virgen",
            "1 l",
            11.50,
            "USD",
            "España",
            "Orgánico UE",
            "convencional",
            "botella de vidrio",
            SEA,
            20,
            None,
        ),
        "usd",
    ),
    ((IS, "Queso parmesano", "x kg", 29.00, "US$", "Italia", "DOP", "convencional", "al vacío", SEA, 20, None), "usd"),
    (
        (
            IS,
            "Salmón noruego",
            "x kg",
            23.50,
            "dólares",
            "Noruega",
            "ASC",
            "acuicultura",
            "caja de tecnopor",
            AIR,
            5,
            0.62,
        ),
        "usd",
    ),
    (
        (
            IS,
            "Mantequilla francesa",
            "250 g",
            4.50,
            "USD",
            "Francia",
            "AOP",
            "convencional",
            "papel encerado",
            AIR,
            7,
            None,
        ),
        "usd",
    ),
    ((PF, "Pulpo", "x kg", 36.00, "PEN", "Ilo", "—", "pesca artesanal", "caja de tecnopor", REF, 2, 0.45), "dup"),
    (
        (
            DA,
            "Cacao nibs",
            "x kg",
            48.00,
            "PEN",
            "Satipo",
            "Orgánico, Comercio Justo",
            "agroecológica",
            "bolsa kraft",
            TRK,
            4,
            0.91,
        ),
        "",
    ),
    (
        (
            DA,
            "Café tostado en grano",
            "x kg",
            72.00,
            "PEN",
            "Villa Rica",
            "Rainforest Alliance",
            "agroecológica",
            "bolsa con válvula",
            TRK,
            3,
            None,
        ),
        "",
    ),
    ((AM, "Cuy entero", "unidad", 40.00, "PEN", "Cajamarca", "—", "crianza familiar", "al vacío", REF, 2, None), ""),
    (
        (
            AM,
            "Huevos de corral",
            "docena",
            12.00,
            "soles",
            "Jauja",
            "—",
            "de corral",
            "bandeja de cartón",
            TRK,
            1,
            None,
        ),
        "",
    ),
    (
        (
            AM,
            "Huevos de corral",
            "jaba x 180 und",
            90.00,
            "PEN",
            "Jauja",
            "—",
            "de corral",
            "jaba retornable",
            TRK,
            1,
            None,
        ),
        "",
    ),
    (
        (HL, "Albahaca", "atado", 1.50, "", "Lurín", "Orgánico", "agroecológica", "sin empaque", TRK, 1, None),
        "currency_empty",
    ),
]


def build_mixto() -> SampleFile:
    sh = Sheet("Semana 48", ncols=len(MIXTO_HEADER), header=MIXTO_HEADER)
    t = [
        sh.add(["MERCADO MIXTO – Lista consolidada de proveedores – Semana 48"], "title", merge=True),
        sh.add(
            ["Del 23 al 29 de noviembre de 2026 · precios referenciales por proveedor · Moneda según columna 'Moneda'"],
            "title",
            merge=True,
        ),
    ]
    h = sh.add(MIXTO_HEADER, "header")
    note_layout(sh, t, [h])
    first_of: dict[tuple, int] = {}
    same_a = None
    for cells, tag in MIXTO_ROWS:
        r = sh.add(cells)
        key = tuple(cells)
        if tag == "dup":
            sh.issue(
                r,
                "",
                "refuse",
                "duplicate",
                f"exact duplicate of row {first_of[key]} (same supplier, product, pack, origin, price)",
            )
        first_of.setdefault(key, r)
        if tag == "same_product_a":
            same_a = r
        elif tag == "same_product_b":
            sh.issue(
                r,
                "",
                "skip",
                "distinct_offer",
                f"same supplier and product as row {same_a} but another origin and price: a distinct "
                "offer, NOT a duplicate (imported, no report entry needed)",
            )
        elif tag == "misspelled":
            sh.issue(
                r,
                "Producto",
                "fix",
                "fuzzy_name",
                f"misspelled or plural product name {cells[1]!r}: matched to the catalog by fuzzy match",
            )
        elif tag == "unknown":
            sh.issue(
                r,
                "Producto",
                "flag",
                "unmatched_ingredient",
                f"{cells[1]!r} matches nothing in the catalog: imported with an empty ingredient",
            )
        elif tag == "negative":
            sh.issue(r, "Precio", "refuse", "price_negative", f"negative price {cells[3]}")
        elif tag == "zero_pack":
            sh.issue(r, "Presentación", "refuse", "pack_zero", "pack '0 kg': zero quantity")
        elif tag == "date":
            sh.issue(
                r,
                "Precio",
                "refuse",
                "price_not_number",
                "price cell holds a date (2026-05-08, '8/5' typed and turned into a date), not a number",
            )
        elif tag == "formula":
            f = cells[3]
            sh.issue(
                r,
                "Precio",
                "fix",
                "formula",
                f"price is the formula ={f.text}; its cached value {f.cached:g} is the price",
            )
        elif tag == "usd":
            sh.issue(r, "Moneda", "fix", "currency_synonym", f"currency {cells[4]!r} = USD")
        elif tag == "currency_empty":
            sh.issue(
                r,
                "Moneda",
                "fix",
                "currency_missing",
                "currency cell empty: PEN (the list's default and this supplier's only currency); not a refusal",
            )
        elif tag == "score_text":
            sh.issue(
                r, "Puntaje auditado", "fix", "score_text", "audited score written as text with a decimal comma '0,68'"
            )
        if cells[4] in ("Soles", "soles", "S/"):
            sh.issue(r, "Moneda", "fix", "currency_synonym", f"currency {cells[4]!r} = PEN")
    return SampleFile(
        "mercado_mixto_semana48.xlsx",
        "xlsx",
        "Mercado Mixto (aggregator list)",
        "A consolidated weekly list that a buying cooperative of Lima restaurants builds by pasting "
        "the offers of six suppliers into one sheet (Agro Mantaro, Huerta Lurín, Frutas del Norte, "
        "Pesca Fresca Chorrillos, Importadora Sol Andino, Distribuidora Andina). It is the fixture for "
        "the cleansing rules (duplicates, bad prices and packs, fuzzy names, currencies, formulas).",
        "One sheet 'Semana 48': rows 1–2 title merged across A:L, header on row 3 with an "
        "autofilter, offers from row 4. A 'Proveedor' column (several suppliers in one file), a "
        "'Moneda' column mixing PEN, S/, Soles, soles, USD, US$, dólares and one empty cell, and an audited "
        "sustainability score 'Puntaje auditado' (0–1) on a handful of rows.",
        [sh],
        "openpyxl (merged title, autofilter, a formula with its cached value, a date-formatted cell)",
    )


BUILDERS = [build_andina, build_pesca, build_selva, build_gourmet, build_granja, build_mixto]


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


def _cell_value(v):
    return v.cached if isinstance(v, Formula) else v


def normalize_zip(path: Path, patch=None):
    """Rewrite a zip container with fixed entry times (and optional member patches), keeping
    the order and compression of every entry, so that the output is reproducible."""
    src = zipfile.ZipFile(path)
    entries = [(info, src.read(info.filename)) for info in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as dst:
        for info, data in entries:
            if patch:
                data = patch(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = info.compress_type
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_xlsx(sf: SampleFile, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    palette = {
        "distribuidora_andina.xlsx": ("1F5C2E", "DCEBDD"),
        "gourmet_imports_usd.xlsx": ("3B2A4D", "E6E0EE"),
        "mercado_mixto_semana48.xlsx": ("8A4B0F", "F6E7D4"),
    }[sf.name]
    dark, light = palette
    thin = Side(style="thin", color="999999")
    wb = Workbook()
    wb.remove(wb.active)
    formulas: dict[int, dict[str, float]] = {}
    for si, sh in enumerate(sf.sheets):
        ws = wb.create_sheet(sh.name)
        formulas[si + 1] = {}
        first_title = True
        header_row = None
        for ri, (cells, kind) in enumerate(zip(sh.rows, sh.kinds, strict=False), 1):
            for ci, v in enumerate(cells, 1):
                if v is None:
                    continue
                c = ws.cell(ri, ci)
                if isinstance(v, Formula):
                    c.value = "=" + v.text
                    formulas[si + 1][c.coordinate] = v.cached
                else:
                    c.value = v
                if kind == "data":
                    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
                    fmt = sh.formats.get(ci - 1)
                    if isinstance(v, dt.datetime):
                        c.number_format = "dd/mm/yyyy"
                    elif fmt and isinstance(_cell_value(v), (int, float)):
                        c.number_format = fmt
                    elif isinstance(v, float) and ci - 1 != 11:
                        c.number_format = "0.00"
            if kind == "title":
                c = ws.cell(ri, 1)
                if first_title:
                    c.font = Font(name="Georgia", size=20, bold=True, color="FFFFFF")
                    c.fill = PatternFill("solid", fgColor=dark)
                    ws.row_dimensions[ri].height = 34
                    first_title = False
                else:
                    c.font = Font(size=11, italic=True, color=dark)
                    c.fill = PatternFill("solid", fgColor=light)
                c.alignment = Alignment(horizontal="center", vertical="center")
            elif kind == "header":
                header_row = ri
                for ci in range(1, sh.ncols + 1):
                    c = ws.cell(ri, ci)
                    c.font = Font(bold=True, color="FFFFFF")
                    c.fill = PatternFill("solid", fgColor=dark)
                    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                    c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            elif kind == "note":
                ws.cell(ri, 1).font = Font(italic=True, size=9, color="555555")
        for r1, c1, r2, c2 in sh.merges:
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
        # column widths from the longest text
        for ci in range(1, sh.ncols + 1):
            longest = max(
                (
                    len(str(_cell_value(row[ci - 1])))
                    for row, k in zip(sh.rows, sh.kinds, strict=False)
                    if k in ("data", "header") and row[ci - 1] is not None
                ),
                default=60,
            )
            ws.column_dimensions[get_column_letter(ci)].width = min(max(10, longest + 2), 48)
        if header_row:
            ws.freeze_panes = ws.cell(header_row + 1, 1)
            if sf.name != "distribuidora_andina.xlsx":
                last = max(i + 1 for i, k in enumerate(sh.kinds) if k == "data")
                ws.auto_filter.ref = f"A{header_row}:{get_column_letter(sh.ncols)}{last}"
    company = sf.supplier
    wb.properties.creator = company
    wb.properties.lastModifiedBy = company
    wb.properties.title = sf.name.rsplit(".", 1)[0]
    wb.properties.created = FIXED_TIME
    wb.save(path)

    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")

    def patch(name, data):
        if name == "docProps/core.xml":
            return re.sub(
                rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + stamp.encode() + rb"\g<2>", data
            )
        m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
        if m and formulas.get(int(m.group(1))):
            text = data.decode("utf-8")
            for ref, cached in formulas[int(m.group(1))].items():
                text, n = re.subn(rf'(<c r="{ref}"[^>]*><f>[^<]*</f>)<v\s*/>', rf"\g<1><v>{cached:g}</v>", text)
                assert n == 1, (name, ref)  # Excel stores the computed value next to the formula
            return text.encode("utf-8")
        return data

    normalize_zip(path, patch)


def write_xls(sf: SampleFile, path: Path):
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    st_title = xlwt.easyxf(
        "font: name Arial, bold on, height 320, colour white; "
        "pattern: pattern solid, fore_colour dark_blue; align: horiz centre, vert centre"
    )
    st_sub = xlwt.easyxf("font: name Arial, italic on, height 200; align: horiz centre")
    st_head = xlwt.easyxf(
        "font: name Arial, bold on, colour white; pattern: pattern solid, fore_colour teal; "
        "align: horiz centre, vert centre, wrap on; borders: left thin, right thin, top thin, bottom thin"
    )
    st_sect = xlwt.easyxf("font: name Arial, bold on, colour dark_blue; pattern: pattern solid, fore_colour ice_blue")
    st_text = xlwt.easyxf("font: name Arial; borders: left thin, right thin, top thin, bottom thin")
    st_num = xlwt.easyxf(
        "font: name Arial; borders: left thin, right thin, top thin, bottom thin", num_format_str="#,##0.00"
    )
    st_int = xlwt.easyxf("font: name Arial; borders: left thin, right thin, top thin, bottom thin; align: horiz centre")
    st_note = xlwt.easyxf("font: name Arial, italic on, height 180")
    for sh in sf.sheets:
        ws = wb.add_sheet(sh.name)
        merged_at = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in sh.merges}
        covered = {(r, c) for r1, c1, r2, c2 in sh.merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - set(
            merged_at
        )
        first_title = True
        for ri, (cells, kind) in enumerate(zip(sh.rows, sh.kinds, strict=False), 1):
            for ci, v in enumerate(cells, 1):
                if (ri, ci) in covered:
                    continue
                if kind == "title":
                    style = st_title if first_title else st_sub
                elif kind == "header":
                    style = st_head
                elif kind == "section":
                    style = st_sect
                elif kind == "note":
                    style = st_note
                elif isinstance(v, float):
                    style = st_num
                elif isinstance(v, int):
                    style = st_int
                else:
                    style = st_text
                if v is None and kind not in ("header", "data") and (ri, ci) not in merged_at:
                    continue
                value = "" if v is None else v
                if (ri, ci) in merged_at:
                    r2, c2 = merged_at[(ri, ci)]
                    ws.write_merge(ri - 1, r2 - 1, ci - 1, c2 - 1, value, style)
                else:
                    ws.write(ri - 1, ci - 1, value, style)
            if kind == "title":
                if first_title:
                    ws.row(ri - 1).height_mismatch = True
                    ws.row(ri - 1).height = 520
                first_title = False
        widths = [9, 20, 26, 11, 20, 24, 17, 16, 20, 10, 27]
        for ci, w in enumerate(widths[: sh.ncols]):
            ws.col(ci).width = 256 * w
    wb.save(str(path))


def write_ods(sf: SampleFile, path: Path):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import ParagraphProperties, Style, TableCellProperties, TableColumnProperties, TextProperties
    from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    s_title = Style(name="Titulo", family="table-cell")
    s_title.addElement(TextProperties(fontsize="16pt", fontweight="bold", color="#ffffff"))
    s_title.addElement(TableCellProperties(backgroundcolor="#6b4226"))
    s_sub = Style(name="Subtitulo", family="table-cell")
    s_sub.addElement(TextProperties(fontstyle="italic", color="#6b4226"))
    s_head = Style(name="Encabezado", family="table-cell")
    s_head.addElement(TextProperties(fontweight="bold"))
    s_head.addElement(TableCellProperties(backgroundcolor="#f2e3c6", border="0.5pt solid #000000"))
    s_head.addElement(ParagraphProperties(textalign="center"))
    s_note = Style(name="Nota", family="table-cell")
    s_note.addElement(TextProperties(fontstyle="italic", fontsize="9pt"))
    for s in (s_title, s_sub, s_head, s_note):
        doc.automaticstyles.addElement(s)
    col_styles = []
    for i, w in enumerate([5.2, 3.0, 2.4, 2.6, 3.2, 3.6, 3.6, 2.4, 4.2]):
        cs = Style(name=f"co{i + 1}", family="table-column")
        cs.addElement(TableColumnProperties(columnwidth=f"{w}cm"))
        doc.automaticstyles.addElement(cs)
        col_styles.append(cs)

    for sh in sf.sheets:
        table = Table(name=sh.name)
        for i in range(sh.ncols):
            table.addElement(TableColumn(stylename=col_styles[i % len(col_styles)]))
        spans = {r1: c2 - c1 + 1 for r1, c1, r2, c2 in sh.merges}
        first_title = True
        for ri, (cells, kind) in enumerate(zip(sh.rows, sh.kinds, strict=False), 1):
            tr = TableRow()
            if kind in ("title", "note"):
                style = (s_title if first_title else s_sub) if kind == "title" else s_note
                first_title = first_title and kind != "title"
                span = spans.get(ri, 1)
                tc = (
                    TableCell(valuetype="string", stylename=style, numbercolumnsspanned=span)
                    if span > 1
                    else TableCell(valuetype="string", stylename=style)
                )
                tc.addElement(P(text=str(cells[0])))
                tr.addElement(tc)
                for _ in range(span - 1):
                    tr.addElement(CoveredTableCell())
            elif kind == "blank":
                tr.addElement(TableCell())
            else:
                for ci, v in enumerate(cells):
                    kw = {"stylename": s_head} if kind == "header" else {}
                    if v is None or v == "":
                        tc = TableCell(**kw)
                    elif isinstance(v, (int, float)) and kind == "data" and ci == 2:
                        tc = TableCell(valuetype="currency", currency="PEN", value=float(v), **kw)
                        tc.addElement(
                            P(text=f"S/ {float(v):,.2f}".replace(",", "X").replace(".", ",").replace("X", "."))
                        )
                    elif isinstance(v, (int, float)):
                        tc = TableCell(valuetype="float", value=v, **kw)
                        tc.addElement(P(text=str(v)))
                    else:
                        tc = TableCell(valuetype="string", **kw)
                        tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
            table.addElement(tr)
        doc.spreadsheet.addElement(table)
    doc._now = FIXED_TIME.timetuple()[:6]  # zip entry times used by odfpy
    doc.save(str(path))
    normalize_zip(path)


def write_csv(sf: SampleFile, path: Path):
    (sh,) = sf.sheets
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for cells in sh.rows:
        w.writerow(["" if v is None else v for v in cells])
    path.write_bytes(buf.getvalue().encode("cp1252"))


WRITERS = {"xlsx": write_xlsx, "xls": write_xls, "ods": write_ods, "csv": write_csv}


# --------------------------------------------------------------------------------------------
# Read-back check: what a reader sees must be the plan, row for row
# --------------------------------------------------------------------------------------------


def _same(expected, got) -> bool:
    expected = _cell_value(expected)
    if expected is None or expected == "":
        return got in (None, "")
    if isinstance(expected, dt.datetime):
        return isinstance(got, (dt.date, dt.datetime)) and got.timetuple()[:3] == expected.timetuple()[:3]
    if isinstance(expected, (int, float)):
        return isinstance(got, (int, float)) and not isinstance(got, bool) and abs(got - expected) < 1e-9
    return str(got) == str(expected)


def check(sf: SampleFile, path: Path):
    """Read the written file back and compare it cell by cell with the plan."""
    if sf.fmt == "csv":
        with open(path, encoding="cp1252", newline="") as fh:
            sheets = {sf.sheets[0].name: [row for row in csv.reader(fh, delimiter=";")]}
        for sh in sf.sheets:  # in a CSV every value is text
            got = sheets[sh.name]
            assert len(got) == len(sh.rows), (sf.name, len(got), len(sh.rows))
            for ri, (exp, row) in enumerate(zip(sh.rows, got, strict=False), 1):
                want = ["" if v is None else str(v) for v in exp]
                assert row == want, (sf.name, ri, row, want)
        return "csv module (cp1252, ';')"
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:  # pragma: no cover
        print("warning: python-calamine missing, read-back check skipped", file=sys.stderr)
        return "not checked"
    wb = CalamineWorkbook.from_path(str(path))
    assert wb.sheet_names == [s.name for s in sf.sheets], (sf.name, wb.sheet_names)
    for sh in sf.sheets:
        got = wb.get_sheet_by_name(sh.name).to_python(skip_empty_area=False)
        while got and all(v in ("", None) for v in got[-1]):
            got.pop()
        while len(got) < len(sh.rows):  # trailing blank rows are not stored
            got.append([])
        assert len(got) == len(sh.rows), (sf.name, sh.name, len(got), len(sh.rows))
        for ri, (exp, row) in enumerate(zip(sh.rows, got, strict=False), 1):
            row = list(row) + [""] * (sh.ncols - len(row))
            for ci, v in enumerate(exp):
                assert _same(v, row[ci]), (sf.name, sh.name, ri, ci + 1, v, row[ci])
    return "python-calamine"


# --------------------------------------------------------------------------------------------
# README and expected.json
# --------------------------------------------------------------------------------------------


def _col_letter(sh: Sheet, column: str) -> str:
    if column and column in sh.header:
        i = sh.header.index(column)
        return f"{column} ({chr(ord('A') + i)})"
    return column


def expected_json(files: list[SampleFile]) -> dict:
    out = {
        "about": "Expected import outcome of every sample file, written by scripts/make_samples.py. "
        "Rows are 1-based as a spreadsheet program shows them (CSV: line numbers). "
        "'refused' rows are a contract: a correct importer refuses exactly these.",
        "expect": EXPECT,
        "files": {},
    }
    for sf in files:
        sheets = {}
        for sh in sf.sheets:
            data = sh.data_rows
            refused = sh.refused_rows
            sheets[sh.name] = {
                "header_rows": [i + 1 for i, k in enumerate(sh.kinds) if k == "header"],
                "data_rows": data,
                "refused_rows": refused,
                "offers": len([r for r in data if r not in refused]),
                "issues": [
                    {"row": i.row, "column": i.column, "expect": i.expect, "rule": i.rule, "why": i.why}
                    for i in sorted(sh.issues, key=lambda i: (i.row, i.expect != "refuse"))
                ],
            }
        out["files"][sf.name] = {"format": sf.fmt, "supplier": sf.supplier, "sheets": sheets}
    return out


def readme(files: list[SampleFile], checked: dict[str, str]) -> str:
    L = [
        "# Sample supplier price lists",
        "",
        "Realistic price lists as suppliers of a fine-dining restaurant in Lima send them, for the",
        "README demo, the documentation and the tests. **Every company, address, phone number and",
        "e-mail in them is fictional**; products, places, fishing gears and price levels are meant",
        "to look like the Lima wholesale market in 2025–2026.",
        "",
        "Do not edit these files by hand: they are written by `scripts/make_samples.py`, which also",
        "writes this README and `expected.json`. Regenerate with",
        "",
        "```",
        "python scripts/make_samples.py      # needs openpyxl, xlwt, odfpy; python-calamine to check",
        "```",
        "",
        "The script is deterministic (fixed document dates and zip entry times): the same library",
        "versions give byte-identical files. After writing, it reads every file back (python-calamine",
        "for spreadsheets, the csv module for CSV) and checks each cell against its plan, so the row",
        "numbers below are what a reader sees.",
        "",
        "Row numbers are **1-based, as a spreadsheet program shows them** (for the CSV: line",
        "numbers), the same convention as the `row` column of the import report (`core/contract.py`).",
        "",
        "What a correct importer should do with each listed row or cell:",
        "",
        "| expect | meaning |",
        "| --- | --- |",
    ]
    for k, v in EXPECT.items():
        L.append(f"| {k} | {v} |")
    L += [
        "",
        "Only the **refuse** lists are a hard contract (the tests assert exactly those rows). The",
        "`fix`, `flag` and `skip` entries describe the intended behaviour; the labels in the `rule`",
        "column are descriptive and need not equal the importer's rule ids. A row whose only",
        "non-empty cell is the first one (title, section band, note) is never an offer and never a",
        "refusal. `expected.json` holds the same information for the tests.",
        "",
        "## Overview",
        "",
        "| file | format | sheet | header row(s) | offer rows | refused | offers to import |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for sf in files:
        for sh in sf.sheets:
            hdr = [i + 1 for i, k in enumerate(sh.kinds) if k == "header"]
            data = sh.data_rows
            ref = sh.refused_rows
            rng = f"{len(data)} ({data[0]}–{data[-1]})" if data else "0"
            L.append(
                f"| `{sf.name}` | {sf.fmt} | {sh.name} | {', '.join(map(str, hdr)) or '—'} | {rng} | "
                f"{', '.join(map(str, ref)) or '—'} | {len(data) - len(ref)} |"
            )
    for sf in files:
        L += [
            "",
            f"## `{sf.name}` — {sf.supplier}",
            "",
            sf.story,
            "",
            f"**Layout.** {sf.layout}",
            "",
            f"Written with {sf.writer_note}; read back with {checked.get(sf.name, '—')}.",
            "",
        ]
        for sh in sf.sheets:
            ref = [i for i in sh.issues if i.expect == "refuse"]
            L.append(f"### Sheet `{sh.name}`")
            L.append("")
            if ref:
                L.append("Rows a correct importer must **refuse**:")
                L.append("")
                L.append("| row | column | rule | why |")
                L.append("| --- | --- | --- | --- |")
                for i in sorted(ref, key=lambda i: i.row):
                    L.append(f"| {i.row} | {_col_letter(sh, i.column) or '(whole row)'} | {i.rule} | {i.why} |")
            else:
                L.append("No row is to be refused.")
            other = [i for i in sh.issues if i.expect != "refuse"]
            if other:
                L += [
                    "",
                    "Deliberate mess (fixed, flagged or skipped):",
                    "",
                    "| row | column | expect | rule | what |",
                    "| --- | --- | --- | --- | --- |",
                ]
                for i in sorted(other, key=lambda i: i.row):
                    where = "(sheet)" if i.row == 0 else str(i.row)
                    L.append(f"| {where} | {_col_letter(sh, i.column) or '—'} | {i.expect} | {i.rule} | {i.why} |")
            L.append("")
    return "\n".join(L).rstrip() + "\n" + PLANNING_SECTION


# The planning samples are written by scripts/make_planning_samples.py; this keeps their
# section when the README is regenerated.
PLANNING_SECTION = "\n".join(
    [
        "",
        "## Planning samples (`planning/`)",
        "",
        "For the purchase plan (`docs/planning.md`), written by `scripts/make_planning_samples.py`",
        "(not by this script); they fit the price lists above (same ingredients, same supplier names as",
        "the import reads them).",
        "",
        "| file | what |",
        "| --- | --- |",
        "| `planning/needs_week.csv` | a week's needs of a tasting-menu restaurant: 24 ingredients as a cook "
        "writes them (Spanish names, kg, g, docena, l), with the current supplier of 14 of them; anchoveta is"
        " cheapest at an offer flagged as an implausible price, which the plan must not buy |",
        "| `planning/recipes.xlsx` | six dishes (sheet `Recetas`, title above the header): ingredient, "
        "quantity per portion, unit and yield (usable share after trimming, as a percentage) |",
        "| `planning/suppliers.csv` | the ten suppliers' terms: minimum order in soles, delivery days "
        '("lunes, jueves", "lun-sáb"), one maximum order |',
        "",
        "`sourcing plan data/samples/planning/needs_week.csv data/samples/*.xlsx data/samples/*.xls "
        "data/samples/*.ods data/samples/*.csv --suppliers data/samples/planning/suppliers.csv --out plan.csv"
        " --orders orders.xlsx --frontier frontier.csv`",
        "plans the week from them.",
        "",
    ]
)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default data/samples)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    files = [b() for b in BUILDERS]
    checked = {}
    for sf in files:
        path = args.out / sf.name
        WRITERS[sf.fmt](sf, path)
        checked[sf.name] = check(sf, path)
    (args.out / "README.md").write_text(readme(files, checked), encoding="utf-8")
    (args.out / "expected.json").write_text(
        json.dumps(expected_json(files), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    for sf in files:
        for sh in sf.sheets:
            data, ref = sh.data_rows, sh.refused_rows
            print(f"{sf.name} [{sh.name}]: {len(data)} offer rows, refuse {ref or 'none'}")
            for i in sorted((i for i in sh.issues if i.expect in ("refuse", "flag")), key=lambda i: i.row):
                print(f"    row {i.row:>3} {i.expect:<6} {i.rule}: {i.why}")
    print(f"wrote {len(files)} files, README.md and expected.json to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
