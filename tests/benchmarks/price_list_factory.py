"""Large price lists for the benchmarks, written as suppliers write them.

In real lists almost every product name is distinct ("Papa amarilla tumbay selecta",
"Quinua roja orgánica de Puno", "Filete de corvina sin piel"), so the names here are built
from the catalog's names and synonyms with varieties, grades, cuts, sizes and brands, a
few misspelt and a few not in the catalog at all; every name is different. Packs, prices
(numbers and text such as "S/ 12,50"), origins, lists of certifications and lead times
vary as in the sample lists.
"""

from __future__ import annotations

import random
from pathlib import Path

import openpyxl

from core.catalogs import load_catalogs
from core.contract import list_values

DESCRIPTORS = [
    "fresco",
    "fresca",
    "orgánico",
    "de temporada",
    "selecto",
    "extra",
    "primera",
    "segunda",
    "nacional",
    "entero",
    "en trozos",
    "pelado",
    "lavado",
    "sin piel",
    "deshidratado",
    "molido",
    "en grano",
    "congelado",
    "IQF",
    "premium",
    "baby",
    "grande",
    "mediano",
    "chico",
    "calibre 12",
    "calibre 18",
    "talla M",
    "talla L",
    "de chacra",
    "andino",
    "de la sierra",
    "de la selva",
    "del valle",
    "tipo exportación",
    "a granel",
    "limpio",
]
BRANDS = [
    "Don Pepe",
    "Sierra Verde",
    "La Chacra",
    "Valle Sur",
    "Inti",
    "Pachamama",
    "Mar Azul",
    "Los Andes",
    "Huerto Lima",
    "Amazonía Viva",
    "Caleta Norte",
    "El Ayllu",
]
UNKNOWN = [
    "Mix especial de la casa",
    "Hoja de bijao",
    "Sal de Maldon",
    "Vinagre de jerez",
    "Salsa de ostión",
    "Pasta de miso",
    "Alga nori",
    "Polvo de hornear",
    "Gelatina sin sabor",
    "Esencia de vainilla artificial",
]
# packs by the ingredient's base unit, with their size in that unit
PACKS = {
    "kg": [
        ("x kg", 1.0),
        ("saco 50 kg", 50.0),
        ("caja x 20 kg", 20.0),
        ("500 g", 0.5),
        ("1/2 kg", 0.5),
        ("arroba", 11.5),
    ],
    "l": [("x litro", 1.0), ("5 l", 5.0), ("botella 750 ml", 0.75)],
    "unit": [("x unidad", 1.0), ("docena", 12.0), ("jaba x 180 und", 180.0)],
}
ORIGINS = [
    "Huancayo",
    "Puno",
    "Lima",
    "Huaral",
    "Pucallpa",
    "Paita",
    "Callao",
    "Arequipa",
    "España",
    "Cajamarca",
    "Chanchamayo",
    "Cusco",
    "Iquitos",
    "Piura",
    "Noruega",
    "Ayacucho",
    "Junín",
    "Jaén",
    "Villa Rica",
    "Chile",
]
CERTS = [
    "",
    "Orgánico",
    "Comercio Justo",
    "Orgánico, Comercio Justo",
    "—",
    "Rainforest Alliance",
    "Rainforest Alliance; Comercio Justo",
    "Fairtrade / Orgánico SENASA",
]


def _catalog_names() -> list[tuple[str, str]]:
    """(name or synonym, ingredient id) of every catalog ingredient."""
    names = []
    for row in load_catalogs().ingredients.itertuples(index=False):
        names.extend((name, row.id) for name in [row.name_es, *list_values(row.synonyms)[:4]])
    return names


def _misspell(rng: random.Random, name: str) -> str:
    if len(name) < 6:
        return name
    k = rng.randrange(1, len(name) - 1)
    return name[:k] + name[k + 1 :]


def distinct_offers(count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` (product name, ingredient id or "") with all names different: catalog names with
    descriptors and brands, 3 % misspelt, 2 % not in the catalog."""
    rng = random.Random(seed)
    bases = _catalog_names()
    seen: set[str] = set()
    offers: list[tuple[str, str]] = []
    while len(offers) < count:
        roll = rng.random()
        if roll < 0.02:
            name, ident = f"{rng.choice(UNKNOWN)} {rng.choice(BRANDS)} {rng.randrange(100, 999)}", ""
        else:
            base, ident = rng.choice(bases)
            if roll < 0.05:
                base = _misspell(rng, base)
            words = [base[:1].upper() + base[1:]] + rng.sample(DESCRIPTORS, rng.randint(1, 3))
            if rng.random() < 0.6:
                words.append(rng.choice(BRANDS))
            if rng.random() < 0.3:
                words.append(f"{rng.choice(['lote', 'cód.', 'ref.'])} {rng.randrange(1, 9999)}")
            name = " ".join(words)
        if name not in seen:
            seen.add(name)
            offers.append((name, ident))
    return offers


def distinct_names(count: int, seed: int = 7) -> list[str]:
    return [name for name, _ in distinct_offers(count, seed)]


def write_price_list(path: Path, rows: int, seed: int = 7) -> list[str]:
    """An xlsx price list of ``rows`` offers with distinct product names; returns the names.
    Packs suit the ingredient and prices lie in its reference band, as in a real list, except
    for one offer in 200 with a typing slip (a price a hundred times too high)."""
    rng = random.Random(seed)
    ingredients = load_catalogs().ingredients
    offers = distinct_offers(rows, seed)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Precios")
    sheet.append(["DISTRIBUIDORA BENCHMARK S.A.C."])
    sheet.append([])
    sheet.append(["Producto", "Presentación", "Precio", "Moneda", "Procedencia", "Certificación", "Entrega (días)"])
    for name, ident in offers:
        if ident:
            row = ingredients.loc[ident]
            pack, size = rng.choice(PACKS[row["base_unit"]])
            price = rng.uniform(row["price_low_pen"], row["price_high_pen"]) * size
        else:
            (pack, size), price = rng.choice(PACKS["kg"]), rng.uniform(3, 120)
        if rng.random() < 0.005:
            price *= 100
        price = round(price, 2)
        price_cell = price if rng.random() < 0.6 else f"S/ {price:,.2f}".replace(",", " ").replace(".", ",")
        certificate, lead = rng.choice(CERTS), rng.choice([1, 2, "2-3"])
        sheet.append([name, pack, price_cell, "S/", rng.choice(ORIGINS), certificate, lead])
    workbook.save(path)
    return [name for name, _ in offers]
