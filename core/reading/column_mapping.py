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

from core.i18n import N_
from core.reading.raw_sheet import RawSheet
from core.text import fold, is_blank

HEADER_SEARCH_ROWS = 40
MIN_CONFIDENCE = 80

# Targets: the canonical columns, plus "pack" (one cell holding quantity and unit, e.g.
# "saco 50 kg") and "ignore" (known columns that carry nothing we use, so that they are
# not mistaken for something else).
# What each canonical column is called where a person reads it (the import report's note on the
# columns read); translated where shown with tr(label).
TARGET_LABELS: dict[str, str] = {
    "supplier": N_("Supplier"),
    "product": N_("Product"),
    "pack": N_("Pack (quantity and unit)"),
    "pack_qty": N_("Pack quantity"),
    "pack_unit": N_("Pack unit"),
    "price": N_("Price"),
    "currency": N_("Currency"),
    "origin": N_("Origin"),
    "transport_mode": N_("Transport"),
    "certifications": N_("Certifications"),
    "practice": N_("Production practice"),
    "packaging": N_("Packaging"),
    "lead_time_days": N_("Lead time (days)"),
    "sustainability_score": N_("Audited score"),
    "min_order": N_("Minimum order"),
}
SYNONYMS: dict[str, list[str]] = {
    "supplier": ["proveedor", "supplier", "vendor", "empresa", "razon social", "distribuidor", "vendedor"],
    "product": [
        "producto",
        "product",
        "item",
        "descripcion",
        "description",
        "articulo",
        "nombre",
        "insumo",
        "detalle",
        "descripcion del producto",
        "product name",
        "nombre del producto",
        "especie",
        "variedad",
        "producto / variedad",
    ],
    "pack": [
        "presentacion",
        "pack",
        "pack size",
        "unidad",
        "unidad de venta",
        "unit",
        "formato",
        "medida",
        "size",
        "contenido",
        "envase x",
        "presentation",
        "sale unit",
        "unidad de medida",
        "u.m",
        "um",
        "uom",
        "unit of measure",
        "packing",
    ],
    "pack_qty": ["cantidad", "qty", "quantity", "peso", "peso neto", "contenido neto", "net weight", "pack qty"],
    "pack_unit": ["pack unit", "unidad de empaque"],
    "price": [
        "precio",
        "price",
        "precio unitario",
        "unit price",
        "costo",
        "valor",
        "p.u",
        "pu",
        "precio venta",
        "precio de venta",
        "tarifa",
        "cost",
        "precio por unidad",
        "price per unit",
        "precio lista",
        "list price",
        "importe",
        "precio referencial",
    ],
    "currency": ["moneda", "currency", "divisa", "tipo de moneda"],
    "origin": [
        "procedencia",
        "origen",
        "origin",
        "country of origin",
        "lugar de origen",
        "zona de produccion",
        "region",
        "zona",
        "puerto de desembarque",
        "puerto",
        "pais de origen",
        "country",
        "provenance",
        "producer region",
        "place of origin",
        "lugar de cultivo",
    ],
    "transport_mode": [
        "transporte",
        "transport",
        "shipping",
        "envio",
        "medio de transporte",
        "modo de transporte",
        "transport mode",
        "shipment",
        "flete",
        "via",
        "freight",
    ],
    "certifications": [
        "certificacion",
        "certificaciones",
        "certification",
        "certifications",
        "sello",
        "sellos",
        "label",
        "labels",
        "certificados",
        "certificado",
        "certificates",
    ],
    "practice": [
        "practica",
        "practice",
        "arte de pesca",
        "metodo de pesca",
        "fishing method",
        "crianza",
        "sistema de produccion",
        "production method",
        "sistema de crianza",
        "metodo de cultivo",
        "practica de produccion",
        "farming practice",
        "production practice",
        "tipo de cultivo",
    ],
    "packaging": ["empaque", "embalaje", "packaging", "envase", "envasado", "tipo de empaque", "packaging type"],
    "lead_time_days": [
        "entrega",
        "entrega (dias)",
        "tiempo de entrega",
        "lead time",
        "plazo de entrega",
        "dias de entrega",
        "delivery days",
        "delivery",
        "plazo",
        "lead time (days)",
        "dias",
    ],
    "sustainability_score": [
        "puntaje auditado",
        "audited score",
        "sustainability score",
        "puntaje de sostenibilidad",
        "score auditado",
        "puntaje",
        "audit score",
        "calificacion auditada",
    ],
    # A supplier-level term written on the list's rows (the same amount on each, or on one):
    # the smallest order the supplier delivers. Optional; read at import as the supplier's terms.
    "min_order": [
        "pedido minimo",
        "compra minima",
        "minimum order",
        "monto minimo",
        "minimo de pedido",
        "pedido minimo s/",
        "min order",
        "minimum order value",
        "importe minimo",
        "compra minima s/",
        "min. order",
    ],
    "ignore": [
        "categoria",
        "category",
        "codigo",
        "code",
        "sku",
        "item no",
        "stock",
        "observaciones",
        "notes",
        "notas",
        "comentarios",
        "comments",
        "n",
        "no",
        "nro",
        "#",
        "item #",
        "disponibilidad",
        "availability",
        "marca",
        "brand",
        "subtotal",
        "total",
        "familia",
        "linea",
        "grupo",
    ],
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
    # candidate texts with how certain a match on them is: the whole header, the header
    # without parenthesised units, then its leading words ("precio s/ x kg" -> "precio"),
    # longer parts being more certain than shorter ones
    candidates = {text: 1.0}
    without_units = fold(_PARENTHESES.sub(" ", text))
    candidates.setdefault(without_units, 0.98)
    words = without_units.split()
    for n in (1, 2, 3):
        if len(words) > n:
            part = " ".join(words[:n])
            candidates.setdefault(part, 0.85 + 0.1 * len(part) / len(without_units))
    best_target, best_score = "", 0.0
    for candidate, certainty in candidates.items():
        if not candidate:
            continue
        found = process.extractOne(candidate, _CHOICE_TEXT, scorer=fuzz.ratio)
        if found is None:
            continue
        syn, score, index = found
        score *= certainty
        if score > best_score:
            best_target, best_score = _CHOICES[index][1], float(score)
    return best_target, round(best_score, 1)


_PER_UNIT = re.compile(r"(?:\bx|\bpor|\bper|/)\s*(kg|kilo|g|lb|l|lt|litro|und|unidad|unit|docena|dozen|atado)\b")


def header_unit(cell: object) -> str:
    """The unit a price column is quoted per: "Precio S/. x kg", "Price (USD/kg)" -> "kg"."""
    found = _PER_UNIT.search(fold(cell))
    return found.group(1) if found else ""


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
    unit_hint: str = ""  # unit the price header quotes per ("Precio S/. x kg" -> "kg")
    unmapped: list[str] = field(default_factory=list)  # supplier headers we did not use
    not_found: list[str] = field(default_factory=list)  # headers of the explicit mapping this sheet lacks

    def header_of(self, target: str) -> str:
        index = self.columns.get(target)
        return self.headers[index] if index is not None and index < len(self.headers) else ""


def _labels(row: list[object]) -> list[str]:
    return ["" if is_blank(v) else str(v).strip() for v in row]


def _score_columns(
    options: list[list[str]], explicit: dict[str, str]
) -> tuple[float, dict[str, tuple[int, float]], list[str]]:
    """Map columns given, per column, the texts it could be read by (best first on ties).

    Returns (number of useful targets found, target -> (column, confidence), chosen label per column).
    An explicit mapping (the user's correction) wins: its column takes its target (or none,
    for "ignore") and no other column may take that target. Otherwise each target goes to
    the column where it scores highest (leftmost on ties).
    """
    forced: dict[int, tuple[str, str]] = {}
    for col, texts in enumerate(options):
        for text in texts:
            target = explicit.get(fold(text)) if text else None
            if target:
                forced[col] = (target, text)
                break
    taken = {target for target, _ in forced.values() if target != "ignore"}
    found: dict[str, tuple[int, float]] = {}
    labels: list[str] = []
    for col, texts in enumerate(options):
        if col in forced:
            target, text = forced[col]
            labels.append(text)
            found.setdefault(target, (col, 100.0))
            continue
        best_target, best_score, best_label = "", 0.0, texts[0] if texts else ""
        for text in texts:
            if not text or len(text) > 60:
                continue
            target, score = match_header(text)
            if target in taken:
                continue
            if score > best_score:
                best_target, best_score, best_label = target, score, text
        labels.append(best_label)
        if best_score >= MIN_CONFIDENCE and best_target:
            if best_target not in found or best_score > found[best_target][1]:
                found[best_target] = (col, best_score)
    useful = [t for t in found if t != "ignore"]
    return float(len(useful)), found, labels


def find_mapping(sheet: RawSheet, explicit: dict[str, str] | None = None) -> ColumnMapping | None:
    """Locate the header and map columns. ``explicit`` maps supplier header text -> target.

    Returns None when no row looks like a price-list header (no product or no price).
    """
    explicit_folded = {fold(k): v for k, v in (explicit or {}).items()}
    limit = min(len(sheet.rows), HEADER_SEARCH_ROWS)
    head = sheet.with_merged_filled(limit + 1)
    best = None  # (count, header index, found, labels, price header text)
    for index in range(limit):
        top = _labels(head[index])
        if sum(1 for label in top if label) < 2:
            continue
        candidates = [([[t] for t in top], index, top)]
        below = _two_row_below(head, index)
        if below is not None:
            # A header split over two rows ("Producto" above "Especie | Presentación", or
            # "Precio" above "S/. x kg"): each column may be named by its lower cell, both
            # together, or its upper cell.
            width = max(len(top), len(below))
            cells = [(top[c] if c < len(top) else "", below[c] if c < len(below) else "") for c in range(width)]
            options = [[b, f"{t} {b}".strip(), t] if b else [t] for t, b in cells]
            candidates.append((options, index + 1, [f"{t} {b}".strip() for t, b in cells]))
        for options, last_index, full_texts in candidates:
            count, found, labels = _score_columns(options, explicit_folded)
            if "product" not in found or "price" not in found:
                continue
            if last_index != index and below is not None:
                # On a tie, the two-row reading wins when the lower row cannot be a data row:
                # under the product column it is empty or itself a column name.
                under_product = below[found["product"][0]] if found["product"][0] < len(below) else ""
                if not under_product or match_header(under_product)[1] >= MIN_CONFIDENCE:
                    count += 0.5
            if best is None or count > best[0]:
                best = (count, last_index, found, labels, full_texts[found["price"][0]])
    if best is None:
        return None
    _, header_index, found, labels, price_text = best
    columns = {t: c for t, (c, _) in found.items() if t != "ignore"}
    confidence = {t: s for t, (_, s) in found.items() if t != "ignore"}
    used = set(columns.values()) | {c for t, (c, _) in found.items() if t == "ignore"}
    unmapped = [label for col, label in enumerate(labels) if label and col not in used]
    read_by = {fold(label) for label in labels if label}
    not_found = [header for header in explicit or {} if fold(header) not in read_by]
    return ColumnMapping(
        header_index,
        labels,
        columns,
        confidence,
        currency_hint=header_currency(price_text),
        unit_hint=header_unit(price_text),
        unmapped=unmapped,
        not_found=not_found,
    )


def _two_row_below(head: list[list[object]], index: int) -> list[str] | None:
    """The row under a header candidate when it can be the header's second line: it holds
    text and no digits (a data row always has a price or a pack number)."""
    if index + 1 >= len(head):
        return None
    below = _labels(head[index + 1])
    texts = [v for v in below if v]
    if not texts or any(re.search(r"\d", v) for v in texts):
        return None
    return below
