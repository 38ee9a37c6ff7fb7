"""Find the header row of a price list and map its columns onto the canonical ones.

Suppliers name columns in Spanish or English, with accents or without, with units in
the header ("Precio S/", "Unit price (USD)"). Each header cell is compared with the
synonyms below after folding (lower case, no accents); the mapping has a confidence
0-100 per column. The header row is the row among the first ``HEADER_SEARCH_ROWS`` with
the most recognised cells (at least a product and a price). A header split over two rows
("Precio" above "S/. x kg") is joined. An explicit mapping (remembered per supplier by
the app, or passed on the command line) overrides the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from core.reading.raw_sheet import RawSheet
from core.text import fold, is_blank

HEADER_SEARCH_ROWS = 40
MIN_CONFIDENCE = 80

# Targets: the canonical columns, plus "pack" (one cell holding quantity and unit, e.g.
# "saco 50 kg") and "ignore" (known columns that carry nothing we use, so that they are
# not mistaken for something else).
SYNONYMS: dict[str, list[str]] = {
    "supplier": ["proveedor", "supplier", "vendor", "empresa", "razon social", "distribuidor", "vendedor"],
    "product": ["producto", "product", "item", "descripcion", "description", "articulo", "nombre",
                "insumo", "detalle", "descripcion del producto", "product name", "nombre del producto",
                "especie", "variedad", "producto / variedad"],
    "pack": ["presentacion", "pack", "pack size", "unidad", "unidad de venta", "unit", "formato", "medida",
             "size", "contenido", "envase x", "presentation", "sale unit", "unidad de medida",
             "u.m", "um", "uom", "unit of measure", "packing"],
    "pack_qty": ["cantidad", "qty", "quantity", "peso", "peso neto", "contenido neto", "net weight", "pack qty"],
    "pack_unit": ["pack unit", "unidad de empaque"],
    "price": ["precio", "price", "precio unitario", "unit price", "costo", "valor", "p.u", "pu", "precio venta",
              "precio de venta", "tarifa", "cost", "precio por unidad", "price per unit", "precio lista",
              "list price", "importe", "precio referencial"],
    "currency": ["moneda", "currency", "divisa", "tipo de moneda"],
    "origin": ["procedencia", "origen", "origin", "country of origin", "lugar de origen", "zona de produccion",
               "region", "zona", "puerto de desembarque", "puerto", "pais de origen", "country", "provenance",
               "producer region", "place of origin", "lugar de cultivo"],
    "transport_mode": ["transporte", "transport", "shipping", "envio", "medio de transporte", "modo de transporte",
                       "transport mode", "shipment", "flete", "via", "freight"],
    "certifications": ["certificacion", "certificaciones", "certification", "certifications", "sello", "sellos",
                       "label", "labels", "certificados", "certificado", "certificates"],
    "practice": ["practica", "practice", "arte de pesca", "metodo de pesca", "fishing method", "crianza",
                 "sistema de produccion", "production method", "sistema de crianza", "metodo de cultivo",
                 "practica de produccion", "farming practice", "production practice", "tipo de cultivo"],
    "packaging": ["empaque", "embalaje", "packaging", "envase", "envasado", "tipo de empaque", "packaging type"],
    "lead_time_days": ["entrega", "entrega (dias)", "tiempo de entrega", "lead time", "plazo de entrega",
                       "dias de entrega", "delivery days", "delivery", "plazo", "lead time (days)", "dias"],
    "sustainability_score": ["puntaje auditado", "audited score", "sustainability score", "puntaje de sostenibilidad",
                             "score auditado", "puntaje", "audit score", "calificacion auditada"],
    "ignore": ["categoria", "category", "codigo", "code", "sku", "item no", "stock", "observaciones", "notes",
               "notas", "comentarios", "comments", "n", "no", "nro", "#", "item #", "disponibilidad",
               "availability", "marca", "brand", "subtotal", "total", "familia", "linea", "grupo"],
}

# Currency named in a header ("Precio S/", "Unit price (USD)") applies to the whole column.
_HEADER_CURRENCY = [
    (re.compile(r"(us\$|usd|dolares|dollars?|\$)"), "USD"),
    (re.compile(r"(eur|euros?|€)"), "EUR"),
    (re.compile(r"(s/|soles|pen\b|nuevos soles)"), "PEN"),
]
_PARENTHESES = re.compile(r"\(.*?\)|\[.*?\]")

_CHOICES = [(syn, target) for target, words in SYNONYMS.items() for syn in words]
_CHOICE_TEXT = [c[0] for c in _CHOICES]


def match_header(cell: object) -> tuple[str, float]:
    """Best canonical target for one header cell and its confidence (0-100)."""
    text = fold(cell)
    if not text:
        return "", 0.0
    candidates = {text, fold(_PARENTHESES.sub(" ", text))}
    # "precio s/ x kg" -> also try the leading words alone
    words = text.split()
    for n in (1, 2, 3):
        if len(words) > n:
            candidates.add(" ".join(words[:n]))
    best_target, best_score = "", 0.0
    for candidate in candidates:
        if not candidate:
            continue
        found = process.extractOne(candidate, _CHOICE_TEXT, scorer=fuzz.ratio)
        if found is None:
            continue
        syn, score, index = found
        if candidate != text:
            score *= 0.95  # a partial header is slightly less certain
        if score > best_score:
            best_target, best_score = _CHOICES[index][1], float(score)
    return best_target, round(best_score, 1)


def header_currency(cell: object) -> str:
    text = fold(cell)
    for pattern, code in _HEADER_CURRENCY:
        if pattern.search(text):
            return code
    return ""


@dataclass
class ColumnMapping:
    """Where each canonical column is in a sheet."""

    header_index: int  # index into RawSheet.rows of the (last) header row
    headers: list[str]  # header text per column, as the supplier wrote it
    columns: dict[str, int]  # target -> column index
    confidence: dict[str, float]  # target -> 0-100
    currency_hint: str = ""  # currency named in the price header
    unmapped: list[str] = field(default_factory=list)  # supplier headers we did not use

    def header_of(self, target: str) -> str:
        index = self.columns.get(target)
        return self.headers[index] if index is not None and index < len(self.headers) else ""


def _row_labels(sheet: RawSheet, index: int) -> list[str]:
    return ["" if is_blank(v) else str(v).strip() for v in sheet.rows[index]]


def _score_row(labels: list[str]) -> tuple[int, dict[str, tuple[int, float]]]:
    found: dict[str, tuple[int, float]] = {}
    for col, label in enumerate(labels):
        if not label or len(label) > 60:
            continue
        target, score = match_header(label)
        if score >= MIN_CONFIDENCE and target and (target not in found or score > found[target][1]):
            found[target] = (col, score)
    useful = {t: v for t, v in found.items() if t != "ignore"}
    return len(useful), found


def find_mapping(sheet: RawSheet, explicit: dict[str, str] | None = None) -> ColumnMapping | None:
    """Locate the header and map columns. ``explicit`` maps supplier header text -> target.

    Returns None when no row looks like a price-list header (no product or no price).
    """
    explicit_folded = {fold(k): v for k, v in (explicit or {}).items()}
    limit = min(len(sheet.rows), HEADER_SEARCH_ROWS)
    sheet.fill_merged(range(0, limit))
    best: tuple[int, int, dict[str, tuple[int, float]], list[str]] | None = None
    for index in range(limit):
        labels = _row_labels(sheet, index)
        if sum(1 for label in labels if label) < 2:
            continue
        # A header split over two rows: join this row with the next one when the next holds
        # only short text (units, currencies) under some of these labels.
        joined = _join_with_next(sheet, index, labels)
        for candidate_labels, last_index in ((labels, index), (joined, index + 1)):
            if candidate_labels is None:
                continue
            count, found = _score_row(candidate_labels)
            for col, label in enumerate(candidate_labels):
                target = explicit_folded.get(fold(label))
                if target:
                    found[target] = (col, 100.0)
                    count = len([t for t in found if t != "ignore"])
            if "product" not in found or "price" not in found:
                continue
            if candidate_labels is joined:
                # prefer the two-row header when the row below leaves the product column empty
                # (a data row always names its product)
                below = sheet.rows[index + 1]
                product_col = found["product"][0]
                if product_col < len(below) and not is_blank(below[product_col]):
                    continue
                count += 0.5
            if best is None or count > best[0]:
                best = (count, last_index, found, candidate_labels)
    if best is None:
        return None
    _, header_index, found, labels = best
    columns = {t: c for t, (c, _) in found.items() if t != "ignore"}
    confidence = {t: s for t, (_, s) in found.items() if t != "ignore"}
    used = set(columns.values()) | {c for t, (c, _) in found.items() if t == "ignore"}
    unmapped = [label for col, label in enumerate(labels) if label and col not in used]
    currency = header_currency(labels[columns["price"]])
    return ColumnMapping(header_index, labels, columns, confidence, currency, unmapped)


def _join_with_next(sheet: RawSheet, index: int, labels: list[str]) -> list[str] | None:
    if index + 1 >= len(sheet.rows):
        return None
    below = _row_labels(sheet, index + 1)
    texts = [v for v in below if v]
    if not texts or any(re.search(r"\d", v) for v in texts):
        return None
    if not all(len(v) <= 15 for v in texts):
        return None
    width = max(len(labels), len(below))
    joined = []
    for col in range(width):
        top = labels[col] if col < len(labels) else ""
        bottom = below[col] if col < len(below) else ""
        joined.append(f"{top} {bottom}".strip())
    return joined
