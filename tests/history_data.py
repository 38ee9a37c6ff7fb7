"""Realistic price-list history for tests and benchmarks: suppliers with distinct product names
(catalog ingredients with their Spanish synonyms, qualities and packs), imported once through
the real importer, then week after week with drifting prices, occasional jumps, certificates
gained and lost, and products coming and going. Stored through Workspace.add_import with
their list dates, scores through Workspace.save_scores."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import numpy as np
import openpyxl
import pandas as pd

from core.catalogs import load_catalogs
from core.importer import import_files

SUPPLIERS = [
    ("Distribuidora Andina S.A.C.", "Huancayo"),
    ("Agro Mantaro S.A.C.", "Jauja"),
    ("Pesquería del Pacífico S.A.C.", "Paita"),
    ("Bodega Selva Central E.I.R.L.", "Chanchamayo"),
    ("Granja Sierra Verde S.R.L.", "Cajamarca"),
    ("Frutos del Norte S.A.C.", "Piura"),
    ("Cooperativa Agraria Valle Sagrado", "Cusco"),
    ("Mercado Mayorista Lima S.A.", "Lima"),
    ("Gourmet Imports Peru S.A.C.", "Callao"),
    ("Altiplano Orgánico E.I.R.L.", "Puno"),
]
QUALITIES = [
    "selecta",
    "de primera",
    "extra",
    "de chacra",
    "calibre 1",
    "premium",
    "seleccionada",
    "de temporada",
    "lavada",
    "para cocina",
    "familiar",
    "gourmet",
]
PACKS = {
    "kg": ["x kg", "saco 25 kg", "bolsa 500 g", "caja x 10 kg", "arroba", "bolsa 2 kg"],
    "l": ["botella 1 l", "galonera 5 l", "botella 500 ml", "bidón 20 l"],
    "unit": ["x unidad", "docena", "caja x 30 und", "paquete x 6 und"],
}
CERTIFICATES = ["", "", "Orgánico", "Comercio Justo", "Orgánico, Comercio Justo", "—", "Rainforest Alliance"]
TRANSPORT = ["camión", "camión refrigerado", "", "avión", "barco"]
TRANSPORT_WITHOUT_AIR = ["camión", "camión refrigerado", ""]


def supplier_rows(name: str, origin: str, offers: int, rng: random.Random) -> list[list[object]]:
    """``offers`` rows of a supplier's list with product names distinct within the list."""
    catalog = load_catalogs().ingredients
    ingredients = catalog.sample(n=min(len(catalog), max(1, offers // 3)), random_state=rng.randrange(10**6))
    rows, seen = [], set()
    while len(rows) < offers:
        for _, ingredient in ingredients.iterrows():
            if len(rows) >= offers:
                break
            synonyms = [s for s in str(ingredient["synonyms"]).split(";") if s] or [ingredient["name_es"]]
            base = rng.choice([ingredient["name_es"], *synonyms[:3]])
            product = f"{base[:1].upper()}{base[1:]} {rng.choice(QUALITIES)}"
            pack = rng.choice(PACKS.get(ingredient["base_unit"], PACKS["kg"]))
            if (product, pack) in seen:
                product = f"{product} lote {len(rows)}"
            seen.add((product, pack))
            price = round(rng.uniform(2.5, 180.0), 2)
            transport = rng.choice(TRANSPORT if origin in ("Callao", "Lima") else TRANSPORT_WITHOUT_AIR)
            rows.append(
                [product, pack, price, "PEN", origin, rng.choice(CERTIFICATES), transport, rng.choice([1, 2, 3])]
            )
    return rows


def write_supplier_list(path: Path, name: str, origin: str, offers: int, seed: int) -> Path:
    rng = random.Random(seed)
    header = ["Producto", "Presentación", "Precio", "Moneda", "Procedencia", "Certificación", "Transporte", "Entrega"]
    frame = pd.DataFrame(supplier_rows(name, origin, offers, rng), columns=header)
    frame.insert(0, "Proveedor", name)
    frame.to_csv(path, index=False, encoding="utf-8")
    return path


def base_offers(folder: Path, suppliers: int, offers: int, seed: int = 11) -> pd.DataFrame:
    """Each supplier's first list, read and cleansed by the real importer."""
    paths = [
        write_supplier_list(folder / f"lista_{i:02d}.csv", name, origin, offers, seed + i)
        for i, (name, origin) in enumerate(SUPPLIERS[:suppliers])
    ]
    return import_files(paths).offers


def weekly_lists(base: pd.DataFrame, weeks: int, start: dt.date, seed: int = 5):
    """Yield (week number, offers with list_date) for each week: prices drift ~2 % a week, 2 % of
    offers jump 20-35 %, 1 % change certificate, 2 % are missing from a week's list."""
    rng = np.random.default_rng(seed)
    supplier_day = {s: i % 5 for i, s in enumerate(dict.fromkeys(base["supplier"]))}
    factor = np.ones(len(base))
    certificates = base["certifications"].to_numpy(dtype=object).copy()
    for week in range(weeks):
        if week:
            factor *= np.exp(rng.normal(0.002, 0.02, len(base)))
            jumps = rng.random(len(base)) < 0.02
            factor[jumps] *= rng.choice([0.72, 1.2, 1.35], jumps.sum())
            toggled = rng.random(len(base)) < 0.01
            certificates[toggled] = np.where(certificates[toggled] == "", "organic", "")
        present = rng.random(len(base)) >= 0.02 if week else np.ones(len(base), dtype=bool)
        frame = base.assign(
            price=base["price"] * factor,
            price_pen_per_base_unit=base["price_pen_per_base_unit"] * factor,
            certifications=certificates,
        )[present].copy()
        days = frame["supplier"].map(supplier_day).to_numpy()
        frame["list_date"] = [(start + dt.timedelta(days=7 * week + int(d))).isoformat() for d in days]
        frame["date_source"] = "file"
        frame["date_evidence"] = f"Semana {week + 1}"
        frame["complete"] = (
            (frame["origin"] != "") & (frame["certifications"] != "") & ~frame["flags"].str.contains("transport")
        ).astype(float)
        yield week, frame


def fill_workspace(workspace, base: pd.DataFrame, weeks: int, start: dt.date, model_version: str = "test") -> None:
    """Store ``weeks`` weekly lists of every supplier in ``base``, and a score for every offer
    (steady per product, higher with a certificate)."""
    frames = [frame for _, frame in weekly_lists(base, weeks, start)]
    history = pd.concat(frames, ignore_index=True)  # one import: the links are made once per supplier
    workspace.add_import(history, pd.DataFrame(), [f"semana_{w + 1}" for w in range(weeks)], "", len(history))
    stored = workspace.history_offers()
    product = pd.util.hash_pandas_object(stored[["supplier", "product"]], index=False).to_numpy()
    score = 0.25 + 0.55 * (product % 1000) / 1000.0 + np.where(stored["certifications"] != "", 0.1, 0.0)
    scores = pd.DataFrame({"offer_id": stored["offer_id"], "sustainability_score_pred": np.clip(score, 0, 1)})
    workspace.save_scores(scores, model_version)


def _price(cell: object) -> float | None:
    if isinstance(cell, (int, float)):
        return float(cell)
    if isinstance(cell, str):
        digits = cell.replace("S/.", "").replace("S/", "").replace("soles", "").strip().replace(",", ".")
        try:
            return float(digits)
        except ValueError:
            return None
    return None


def write_next_week(source: Path, target: Path) -> Path:
    """Distribuidora Andina's list of the following week (Semana 48): quinoa +18 %, the other
    prices ±2 %, papa peruanita without its organic label, olluco gone and mashua morada new."""
    workbook = openpyxl.load_workbook(source)
    for sheet in workbook.worksheets:
        sheet.cell(3, 1).value = "Lista de precios – Semana 48 – 2026"
        for row in sheet.iter_rows(min_row=5):
            name, price = row[0].value, _price(row[2].value)
            if not isinstance(name, str) or price is None:
                continue
            factor = 1.18 if name.startswith("Quinua") else (1.02 if len(name) % 2 else 0.99)
            row[2].value = round(price * factor, 2)
            if name == "Papa peruanita":
                row[4].value = "—"
            if name == "Olluco":
                row[0].value, row[4].value = "Mashua morada", "Orgánico"
    workbook.save(target)
    return target
