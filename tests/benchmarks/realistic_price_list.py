"""A large supplier price list as real ones are: almost every product name is different.

Real lists name a product with its variety, grade, size, farm or brand and often a lot or code
("Papa amarilla Tumbay selecta cal. 2 - Fundo Santa Rosa (lote 4821)"), so a benchmark whose
names repeat would let every per-name cache hide the real cost. Names here are built from the
ingredient catalog's Spanish names and synonyms with such qualifiers and are all distinct.
The layout copies the sample lists: a company title, a blank row, then a header with code,
product, category, pack, price (numbers and "S/ 12,50" text), currency, origin, certification,
transport, lead time and packaging.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

import openpyxl

REFERENCE = Path(__file__).resolve().parents[2] / "data" / "reference"
HEADER = [
    "Código",
    "Producto",
    "Categoría",
    "Presentación",
    "Precio",
    "Moneda",
    "Procedencia",
    "Certificación",
    "Transporte",
    "Entrega (días)",
    "Empaque",
]
GRADES = ["extra", "primera", "selecta", "premium", "de segunda", "especial", "estándar", "gourmet", "fresco", ""]
SIZES = ["cal. 1", "cal. 2", "cal. 3", "mediano", "grande", "chico", "jumbo", "baby", "", ""]
ESTATES = [
    "Fundo Santa Rosa",
    "Coop. Agraria Los Andes",
    "Hacienda El Carmen",
    "Asoc. Productores Valle Sagrado",
    "Finca La Esperanza",
    "Comunidad Campesina Chincheros",
    "Granja San Martín",
    "Fundo Las Lomas",
    "Cooperativa Pangoa",
    "Agroindustrias del Sur",
    "Caleta San José",
    "Pesquera Santa Elena",
]
PACKS = ["x kg", "saco 50 kg", "caja 10 kg", "bolsa 500 g", "atado", "docena", "x unidad", "1/2 kg", "5 l", "arroba"]
ORIGINS = [
    "Huancayo",
    "Puno",
    "Lima",
    "Huaral",
    "Pucallpa",
    "Paita",
    "Callao",
    "Arequipa",
    "Cajamarca",
    "Chanchamayo",
    "Cusco",
    "Iquitos",
    "Piura",
    "Ayacucho",
    "Junín",
    "Chile",
    "España",
    "Noruega",
]
CERTS = ["", "", "Orgánico", "Comercio Justo", "Orgánico, Comercio Justo", "—", "Rainforest Alliance", "MSC"]
TRANSPORT = ["Camión", "Camión refrigerado", "Avión", "Barco", ""]
PACKAGING = ["Jaba reutilizable", "Bolsa plástica", "Caja de cartón", "A granel", "Saco de rafia", "Tecnopor", ""]


def catalog_names() -> list[tuple[str, str]]:
    """(Spanish name or synonym, category) for every ingredient of the catalog."""
    names = []
    with open(REFERENCE / "ingredients.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            spellings = [row["name_es"]] + row["synonyms"].split(";")
            for spelling in dict.fromkeys(s.strip() for s in spellings if s.strip()):
                names.append((spelling[:1].upper() + spelling[1:], row["category"]))
    return names


def write_realistic_price_list(path: Path, rows: int, seed: int = 11) -> Path:
    """Write ``rows`` offers with distinct product names to an xlsx file (write-only, fast)."""
    rng = random.Random(seed)
    names = catalog_names()
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Lista de precios")
    ws.append(["DISTRIBUIDORA GASTRONÓMICA DEL PACÍFICO S.A.C. — Lista de precios"])
    ws.append([])
    ws.append(HEADER)
    for number in range(rows):
        name, category = rng.choice(names)
        parts = [name, rng.choice(GRADES), rng.choice(SIZES)]
        product = " ".join(p for p in parts if p)
        product = f"{product} - {rng.choice(ESTATES)} (lote {number + 1:05d})"  # the lot makes each name unique
        price = round(rng.uniform(2, 180), 2)
        price_cell: object = price if rng.random() < 0.7 else f"S/ {price:.2f}".replace(".", ",")
        ws.append(
            [
                f"DGP-{number + 1:05d}",
                product,
                category,
                rng.choice(PACKS),
                price_cell,
                "S/",
                rng.choice(ORIGINS),
                rng.choice(CERTS),
                rng.choice(TRANSPORT),
                rng.choice([1, 2, 3, 5, "2-3"]),
                rng.choice(PACKAGING),
            ]
        )
    wb.save(path)
    return path
