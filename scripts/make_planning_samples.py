"""Write the purchase-planning samples in data/samples/planning/: a week's needs (CSV), the
suppliers' terms (CSV) and the tasting menu's recipes (xlsx, as a chef keeps them).

    python scripts/make_planning_samples.py

They fit the sample price lists in data/samples/ (the same ingredients and supplier names);
data/samples/README.md describes them. Deterministic: fixed document dates.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

OUT = Path(__file__).resolve().parents[1] / "data" / "samples" / "planning"

# ingredient as a cook writes it (Spanish or English), quantity, unit, current supplier
NEEDS = [
    ("Papa amarilla", 35, "kg", "Distribuidora Andina S.A.C."),
    ("Corvina", 14, "kg", "Pesquería del Pacífico S.A.C."),
    ("Limón", 18, "kg", "Frutas del Norte E.I.R.L."),
    ("Cebolla roja", 12, "kg", "Distribuidora Andina S.A.C."),
    ("Ají amarillo", 4, "kg", ""),
    ("Ají limo", 800, "g", "Huerta Lurín"),
    ("Culantro", 2.5, "kg", "Huerta Lurín"),
    ("Camote", 10, "kg", ""),
    ("Palta", 8, "kg", "Frutas del Norte E.I.R.L."),
    ("Pulpo", 6, "kg", "Pesca Fresca Chorrillos"),
    ("Langostinos", 8, "kg", "Pesca Fresca Chorrillos"),
    ("Cuy", 9, "kg", "Granja sierra"),
    ("Papa nativa", 6, "kg", ""),
    ("Huacatay", 300, "g", ""),
    ("Huevos", 15, "docena", "Granja sierra"),
    ("Leche", 12, "l", ""),
    ("Quinua", 6, "kg", ""),
    ("Parmesano", 1.5, "kg", "Gourmet Imports Peru S.A.C."),
    ("Mantequilla", 3, "kg", "Granja sierra"),
    ("Aceite de oliva", 6, "l", "Gourmet Imports Peru S.A.C."),
    ("Aguaymanto", 3, "kg", ""),
    ("Cacao", 1.5, "kg", "Bodega selva central"),
    ("Paiche", 5, "kg", ""),
    ("Anchoveta", 3, "kg", ""),
]

# supplier, minimum order (S/), delivery days, maximum order (S/)
SUPPLIERS = [
    ("Distribuidora Andina S.A.C.", 300, "lunes, jueves", ""),
    ("Pesquería del Pacífico S.A.C.", 400, "martes, viernes", ""),
    ("Gourmet Imports Peru S.A.C.", 250, "miércoles", ""),
    ("Granja sierra", 250, "lunes, jueves", ""),
    ("Bodega selva central", 60, "viernes", ""),
    ("Huerta Lurín", 0, "lun-sáb", ""),
    ("Pesca Fresca Chorrillos", 350, "martes, jueves, sábado", ""),
    ("Agro Mantaro S.A.C.", 200, "martes", ""),
    ("Frutas del Norte E.I.R.L.", 120, "lunes, miércoles, viernes", ""),
    ("Importadora Sol Andino", 600, "jueves", 2500),
]

# dish, ingredient, quantity per portion, unit, yield (usable share after trimming)
RECIPES = [
    ("Ceviche de corvina", "Corvina", 180, "g", 0.6),
    ("Ceviche de corvina", "Limón", 80, "g", 0.45),
    ("Ceviche de corvina", "Cebolla roja", 40, "g", 0.9),
    ("Ceviche de corvina", "Ají limo", 5, "g", 0.85),
    ("Ceviche de corvina", "Culantro", 3, "g", 0.7),
    ("Ceviche de corvina", "Camote", 80, "g", 0.85),
    ("Causa de pulpo", "Papa amarilla", 200, "g", 0.85),
    ("Causa de pulpo", "Ají amarillo", 20, "g", 0.8),
    ("Causa de pulpo", "Palta", 50, "g", 0.7),
    ("Causa de pulpo", "Pulpo", 70, "g", 0.55),
    ("Causa de pulpo", "Limón", 20, "g", 0.45),
    ("Cuy con papas nativas", "Cuy", 350, "g", 0.7),
    ("Cuy con papas nativas", "Papa nativa", 150, "g", 0.9),
    ("Cuy con papas nativas", "Huacatay", 5, "g", 0.8),
    ("Quinotto de langostinos", "Quinua", 80, "g", 1.0),
    ("Quinotto de langostinos", "Langostinos", 110, "g", 0.6),
    ("Quinotto de langostinos", "Parmesano", 15, "g", 1.0),
    ("Quinotto de langostinos", "Mantequilla", 10, "g", 1.0),
    ("Quinotto de langostinos", "Leche", 40, "ml", 1.0),
    ("Paiche a la brasa", "Paiche", 200, "g", 0.85),
    ("Paiche a la brasa", "Aceite de oliva", 15, "ml", 1.0),
    ("Paiche a la brasa", "Ají amarillo", 10, "g", 0.8),
    ("Crema de aguaymanto y cacao", "Aguaymanto", 50, "g", 0.9),
    ("Crema de aguaymanto y cacao", "Cacao", 20, "g", 1.0),
    ("Crema de aguaymanto y cacao", "Leche", 100, "ml", 1.0),
    ("Crema de aguaymanto y cacao", "Huevos", 1, "unidad", 1.0),
]


def write_csv(path: Path, header: list[str], rows: list[tuple]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_recipes(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Recetas"
    ws["A1"] = "Recetas del menú degustación — cantidades por porción"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([])
    ws.append(["Plato", "Ingrediente", "Cantidad por porción", "Unidad", "Rendimiento"])
    for cell in ws[3]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F6F4A")
    for dish, ingredient, quantity, unit, usable in RECIPES:
        ws.append([dish, ingredient, quantity, unit, usable])
        ws.cell(ws.max_row, 5).number_format = "0%"
    for column, width in zip("ABCDE", (30, 18, 20, 9, 12), strict=True):
        ws.column_dimensions[column].width = width
    wb.properties.created = wb.properties.modified = dt.datetime(2026, 5, 4, 9, 0, 0)
    wb.save(path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "needs_week.csv", ["ingredient", "quantity", "unit", "current_supplier"], NEEDS)
    write_csv(OUT / "suppliers.csv", ["supplier", "min_order_pen", "delivery_days", "max_order_pen"], SUPPLIERS)
    write_recipes(OUT / "recipes.xlsx")
    print(f"wrote needs_week.csv, suppliers.csv and recipes.xlsx to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
