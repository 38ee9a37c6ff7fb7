"""The canonical offers table: column names and types shared by import, scoring,
training and reports (shared/DESIGN.md, "Canonical offers table")."""

from __future__ import annotations

CANONICAL_COLUMNS: dict[str, str] = {
    "supplier": "str",
    "product": "str",
    "ingredient": "str",  # catalog id, "" when unmatched
    "pack_qty": "float",
    "pack_unit": "str",
    "price": "float",
    "currency": "str",  # ISO 4217
    "origin": "str",
    "transport_mode": "str",
    "certifications": "str",  # ';'-separated catalog ids
    "practice": "str",
    "packaging": "str",
    "lead_time_days": "float",
    "sustainability_score": "float",  # audited label in [0, 1], NaN when unknown
    "source_file": "str",
    "source_sheet": "str",
    "source_row": "int",
}

DERIVED_COLUMNS: dict[str, str] = {
    "base_unit": "str",  # kg, l or unit
    "price_pen_per_base_unit": "float",
    "origin_place": "str",  # places catalog id
    "distance_km": "float",
    "kg_co2e_per_base_unit": "float",  # ingredient footprint + transport leg
    "transport_kg_co2e_per_base_unit": "float",  # the transport leg alone
    "match_score": "float",  # 0-100
    "flags": "str",  # ';'-separated
}

SCORED_COLUMNS: dict[str, str] = {
    "sustainability_score_pred": "float",
    "score_low": "float",
    "score_high": "float",
    "ood": "bool",  # out of distribution: unknown category or value outside training range
    "explanation": "str",  # JSON {feature group: contribution}
}

OFFER_COLUMNS = list(CANONICAL_COLUMNS) + list(DERIVED_COLUMNS)


def list_values(cell: str) -> list[str]:
    """Split a ';'-separated catalog-id cell ("organic;fairtrade") into ids."""
    if not isinstance(cell, str) or not cell:
        return []
    return [part for part in (p.strip() for p in cell.split(";")) if part]


# The import report: one entry per fix, flag or refusal (and per file-level note).
# severity: "fixed" (a value was changed or filled), "flagged" (kept but needs a look),
# "refused" (row not imported), "info" (a file-level note: sheet skipped, header found…).
REPORT_COLUMNS: dict[str, str] = {
    "file": "str",
    "sheet": "str",
    "row": "int",  # 1-based row number as the spreadsheet program shows it; 0 = whole file/sheet
    "column": "str",  # the supplier's column header, "" when not about one column
    "severity": "str",
    "rule": "str",  # short rule id, documented in docs/cleansing.md
    "message": "str",  # one plain sentence in the user's language
}
SEVERITIES = ("fixed", "flagged", "refused", "info")
