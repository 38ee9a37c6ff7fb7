"""Realistic weeks for the purchase-plan benchmark (and a few tests): needs, scored offers and
supplier terms shaped like a Lima restaurant's market, not like uniform noise.

- Ingredients fall in nine categories (vegetables and tubers, fruit, herbs, fish and seafood,
  meat, dairy and eggs, dry goods, oils, imported fine foods) with their own price range per
  base unit, pack sizes (1 kg bag, 10 kg box, 25/50 kg sack, 20 l drum, bunch, …), weekly
  quantities and kg CO2e per base unit.
- A few broadline distributors carry every category; the other suppliers specialise in one or
  two (a fish terminal stall, a herb grower, an importer).
- A supplier quotes an ingredient in one to two pack sizes; its price per base unit is the
  market price times the supplier's price level (about ±6 %), the offer's own spread (about
  ±10 %) and a volume discount for bigger packs (4 % per doubling).
- Minimum orders: broadliners S/ 300–800, specialists S/ 100–600, one supplier in five none.
- Every product name is distinct ("Papa amarilla 17 saco 50 kg — Proveedor 03").
"""

from __future__ import annotations

import numpy as np
import pandas as pd

CATEGORIES = {  # share, S/ per base unit, pack sizes, weekly need, kg CO2e per base unit, base unit
    "verdura": (0.30, (1.5, 8.0), (1, 5, 10, 25, 50), (3, 60), (0.3, 1.5), "kg"),
    "fruta": (0.10, (3.0, 15.0), (1, 5, 10, 20), (2, 30), (0.4, 2.0), "kg"),
    "hierba": (0.08, (1.5, 4.0), (1, 10, 20), (5, 60), (0.05, 0.3), "unit"),
    "pescado": (0.12, (18.0, 90.0), (1, 5, 10), (2, 25), (3.0, 15.0), "kg"),
    "carne": (0.08, (20.0, 70.0), (1, 5, 10, 20), (3, 30), (7.0, 60.0), "kg"),
    "lacteo": (0.08, (10.0, 60.0), (0.5, 1, 5), (2, 20), (3.0, 20.0), "kg"),
    "abarrote": (0.14, (4.0, 30.0), (1, 5, 25, 50), (2, 40), (1.0, 4.0), "kg"),
    "aceite": (0.05, (8.0, 60.0), (1, 5, 20), (2, 20), (3.0, 6.0), "l"),
    "fino": (0.05, (40.0, 250.0), (0.125, 0.25, 1), (0.5, 4), (5.0, 25.0), "kg"),
}


def week(ingredients: int, offers: int, suppliers: int, broadliners: int, seed: int = 0):
    """(needs, scored offers, terms) of one week."""
    rng = np.random.default_rng(seed)
    names = list(CATEGORIES)
    share = np.array([CATEGORIES[c][0] for c in names])
    category = rng.choice(len(names), ingredients, p=share / share.sum())
    spec = [CATEGORIES[names[c]] for c in category]
    market = np.array([rng.uniform(*s[1]) for s in spec])
    footprint = np.array([rng.uniform(*s[4]) for s in spec])
    need = np.array([np.exp(rng.uniform(*np.log(s[3]))) for s in spec]).round(1)
    carries = [
        set(range(len(names))) if s < broadliners else set(rng.choice(len(names), rng.integers(1, 3), replace=False))
        for s in range(suppliers)
    ]
    level = np.exp(rng.normal(0.0, 0.06, suppliers))
    sellers = [[s for s in range(suppliers) if category[i] in carries[s]] for i in range(ingredients)]
    rows = []
    while len(rows) < offers:
        for i in rng.permutation(ingredients):
            if len(rows) >= offers:
                break
            s = int(rng.choice(sellers[i]))
            sizes = spec[i][2]
            for size in rng.choice(sizes, min(len(sizes), int(rng.integers(1, 3))), replace=False):
                if len(rows) < offers:
                    rows.append((int(i), s, float(size)))
    ing = np.array([r[0] for r in rows])
    sup = np.array([r[1] for r in rows])
    size = np.array([r[2] for r in rows])
    smallest = np.array([min(spec[i][2]) for i in ing])
    per_unit = (
        market[ing] * level[sup] * np.exp(rng.normal(0.0, 0.10, len(rows))) * (1 - 0.04 * np.log2(size / smallest))
    )
    price = (per_unit * size).round(2)
    unit = np.array([spec[i][5] for i in ing])
    ids = [f"{names[category[i]]}_{i:03d}" for i in range(ingredients)]
    supplier_names = [f"Proveedor {s:02d} S.A.C." for s in range(suppliers)]
    score = rng.uniform(0.2, 0.9, len(rows))
    scored = pd.DataFrame(
        {
            "supplier": [supplier_names[s] for s in sup],
            "product": [
                f"{ids[i].replace('_', ' ').capitalize()} {q:g} {u} — {supplier_names[s][:13]} #{k}"
                for k, (i, s, q, u) in enumerate(zip(ing, sup, size, unit))
            ],
            "ingredient": [ids[i] for i in ing],
            "pack_qty": size,
            "pack_unit": unit,
            "price": price,
            "currency": "PEN",
            "origin": "Lima",
            "transport_mode": "truck",
            "certifications": np.where(rng.random(len(rows)) < 0.3, "organic", ""),
            "base_unit": unit,
            "price_pen_per_base_unit": price / size,
            "kg_co2e_per_base_unit": footprint[ing] * np.exp(rng.normal(0.0, 0.3, len(rows))),
            "distance_km": rng.uniform(5, 900, len(rows)),
            "flags": "",
            "sustainability_score_pred": score,
        }
    )
    needs = pd.DataFrame(
        {
            "ingredient": ids,
            "quantity": need,
            "unit": [s[5] for s in spec],
            "quantity_base": need,
            "base_unit": [s[5] for s in spec],
            "current_supplier": "",
        }
    )
    minimum = np.where(rng.random(suppliers) < 0.2, 0.0, rng.uniform(100, 600, suppliers)).round(-1)
    minimum[:broadliners] = rng.uniform(300, 800, broadliners).round(-1)
    terms = pd.DataFrame(
        {
            "supplier": supplier_names,
            "min_order_pen": minimum,
            "max_order_pen": np.nan,
            "delivery_days": "mon;thu",
            "source": "file",
        }
    )
    return needs, scored, terms


def typical_week(seed: int = 0):
    """60 ingredients, 600 offers, 15 suppliers with minimum orders."""
    return week(60, 600, 15, 3, seed)


def large_week(seed: int = 0):
    """300 ingredients, 5,000 offers, 80 suppliers."""
    return week(300, 5000, 80, 6, seed)
