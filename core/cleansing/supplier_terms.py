"""Supplier terms written in a price list: a "pedido mínimo" / "compra mínima" / "minimum order"
column. It is a value of the supplier, not of the offer: suppliers repeat it on every row or
write it on the first one only. Read once per supplier of the sheet, in soles (the cell's
currency, else the column header's, else the row's currency column, else the list's), and
said in the import report. Rows that disagree keep the largest amount and are flagged.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from core.catalogs import Catalogs
from core.cleansing.import_report import ImportReport
from core.cleansing.numbers import PriceReader
from core.i18n import tr
from core.reading.column_mapping import header_currency
from core.text import is_blank

SUPPLIER_TERMS_COLUMNS = ["supplier", "min_order_pen", "max_order_pen", "delivery_days", "source"]


def empty_supplier_terms() -> pd.DataFrame:
    return pd.DataFrame(columns=SUPPLIER_TERMS_COLUMNS)


def _supplier_names(frame: pd.DataFrame, default: str) -> np.ndarray:
    if "supplier" not in frame:
        return np.full(len(frame), default, dtype=object)
    names = frame["supplier"].map(lambda v: "" if is_blank(v) else str(v).strip())
    return np.where(names == "", default, names).astype(object)


def minimum_orders(
    frame: pd.DataFrame,
    headers: dict[str, str],
    supplier: str,
    currency_hint: str,
    catalogs: Catalogs,
    rates: dict[str, float],
    report: ImportReport,
) -> pd.DataFrame:
    """SUPPLIER_TERMS_COLUMNS for the suppliers of one sheet whose list states a minimum order.

    ``frame``: the sheet's rows under canonical names (core.importer.sheet_to_raw_table).
    """
    if "min_order" not in frame or frame.empty:
        return empty_supplier_terms()
    header = headers.get("min_order", "min_order")
    column_currency = header_currency(header)
    names = _supplier_names(frame, supplier)
    prices = PriceReader(catalogs.currency_symbols)  # the one price grammar of the import
    rows = []
    for name in pd.unique(names):
        mine = frame[names == name]
        amounts = []
        for value, currency_cell, file, sheet, row in zip(
            mine["min_order"],
            mine["currency"] if "currency" in mine else [None] * len(mine),
            mine["source_file"],
            mine["source_sheet"],
            mine["source_row"],
            strict=False,
        ):
            if is_blank(value):
                continue
            parsed = prices.read(value)
            if parsed.amount is None or parsed.amount < 0:
                report.add(
                    file,
                    sheet,
                    int(row),
                    header,
                    "flagged",
                    "min_order_unreadable",
                    tr("The minimum order '{value}' cannot be read; it was left out.", value=str(value).strip()),
                )
                continue
            named = None if is_blank(currency_cell) else catalogs.currency_vocabulary.lookup(str(currency_cell))
            currency = parsed.currency or column_currency or (named.id if named else "") or currency_hint or "PEN"
            rate = catalogs.rate_to_pen(currency, rates)
            if rate is None:
                continue
            amounts.append((round(parsed.amount * rate, 2), file, sheet, int(row)))
        if not amounts:
            continue
        distinct = sorted({a[0] for a in amounts})
        first = amounts[0]
        if len(distinct) > 1:
            report.add(
                first[1],
                first[2],
                first[3],
                header,
                "flagged",
                "min_order_conflict",
                tr(
                    "The rows of {supplier} give different minimum orders ({amounts}); the largest, S/ {amount:,.2f}, "
                    "is used.",
                    supplier=name,
                    amounts=", ".join(f"S/ {a:,.2f}" for a in distinct),
                    amount=distinct[-1],
                ),
            )
        else:
            report.add(
                first[1],
                first[2],
                first[3],
                header,
                "info",
                "min_order_read",
                tr("Minimum order of {supplier}: S/ {amount:,.2f}.", supplier=name, amount=distinct[-1]),
            )
        rows.append(
            dict(supplier=name, min_order_pen=distinct[-1], max_order_pen=np.nan, delivery_days="", source="price_list")
        )
    return pd.DataFrame(rows, columns=SUPPLIER_TERMS_COLUMNS)
