"""Supplier terms: minimum order value (S/), delivery days and an optional maximum order.

They come, in this order of precedence, from the price list itself (a column "pedido mínimo",
"compra mínima" or "minimum order", read at import: core.cleansing.supplier_terms), from what
the manager entered per supplier in the window (kept in the workspace), and from a
``--suppliers SUPPLIERS.csv`` file (columns ``supplier``, ``min_order_pen``, optional
``delivery_days`` and ``max_order_pen``). A supplier nobody says anything about has no
minimum, no maximum and unknown delivery days.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from core.cleansing.supplier_terms import SUPPLIER_TERMS_COLUMNS
from core.errors import UserError
from core.i18n import N_, tr
from core.planning.table_file import TableSpec, number_value, read_table, text_value, where
from core.text import fold

TERMS_COLUMNS = SUPPLIER_TERMS_COLUMNS  # the import reads the minimum orders a list states into the same columns
SOURCES = {"price_list": N_("price list"), "window": N_("entered"), "file": N_("suppliers file")}
PRECEDENCE = ("price_list", "window", "file")

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = (N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"))
_DAY_WORDS = {
    "mon": ("lunes", "lun", "lu", "monday", "mon", "mo"),
    "tue": ("martes", "mar", "ma", "tuesday", "tue", "tu"),
    "wed": ("miercoles", "mie", "mi", "wednesday", "wed", "we"),
    "thu": ("jueves", "jue", "ju", "thursday", "thu", "th"),
    "fri": ("viernes", "vie", "vi", "friday", "fri", "fr"),
    "sat": ("sabado", "sab", "sa", "saturday", "sat"),
    "sun": ("domingo", "dom", "do", "sunday", "sun", "su"),
}
_WORD_TO_DAY = {word: day for day, words in _DAY_WORDS.items() for word in words}
_RANGE = re.compile(r"^\s*([a-z]+)(?:\s*-\s*|\s+(?:a|to|al|hasta)\s+)([a-z]+)\s*$")

SUPPLIERS_SPEC = TableSpec(
    columns={
        "supplier": ("supplier", "proveedor", "empresa", "razon social", "vendor"),
        "min_order_pen": (
            "min_order_pen",
            "pedido minimo",
            "compra minima",
            "minimum order",
            "min order",
            "monto minimo",
            "minimo",
        ),
        "max_order_pen": ("max_order_pen", "pedido maximo", "maximum order", "max order", "compra maxima", "maximo"),
        "delivery_days": ("delivery_days", "dias de reparto", "dias de entrega", "delivery days", "reparto", "entrega"),
    },
    required=("supplier", "min_order_pen"),
)


def parse_delivery_days(text: object) -> str:
    """'lunes, jueves' / 'Mon;Thu' / 'lun-vie' -> 'mon;thu' / 'mon;tue;wed;thu;fri'. ValueError if unreadable."""
    folded = fold(text)
    if not folded:
        return ""
    days: set[str] = set()
    for part in [p for p in re.split(r"[;,/]|\by\b|\band\b", folded) if p.strip()]:
        ranged = _RANGE.match(part)
        if ranged and ranged.group(1) in _WORD_TO_DAY and ranged.group(2) in _WORD_TO_DAY:
            start, end = DAYS.index(_WORD_TO_DAY[ranged.group(1)]), DAYS.index(_WORD_TO_DAY[ranged.group(2)])
            span = range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)]
            days.update(DAYS[i] for i in span)
            continue
        word = part.strip().rstrip(".")
        if word not in _WORD_TO_DAY:
            raise ValueError(part.strip())
        days.add(_WORD_TO_DAY[word])
    return ";".join(day for day in DAYS if day in days)


def day_names(codes: str, lang: str | None = None) -> str:
    """'mon;thu' -> 'Monday, Thursday' in ``lang``."""
    return ", ".join(tr(DAY_NAMES[DAYS.index(c)], lang=lang) for c in str(codes).split(";") if c in DAYS)


def next_delivery(codes: str, start: dt.date) -> dt.date | None:
    """The first delivery day on or after ``start``; None when the days are unknown."""
    days = [DAYS.index(c) for c in str(codes).split(";") if c in DAYS]
    if not days:
        return None
    return min(start + dt.timedelta(days=(d - start.weekday()) % 7) for d in days)


def empty_terms() -> pd.DataFrame:
    return pd.DataFrame(columns=TERMS_COLUMNS)


def check_terms(frame: pd.DataFrame, source: str) -> pd.DataFrame:
    """Terms as TERMS_COLUMNS with ``source`` set; amounts must be zero or more, max >= min."""
    out = frame.reindex(columns=TERMS_COLUMNS).copy()
    out["supplier"] = out["supplier"].fillna("").astype(str).str.strip()
    out = out[out["supplier"] != ""]
    for column in ("min_order_pen", "max_order_pen"):
        out[column] = pd.to_numeric(out[column], errors="coerce").astype(float)
        negative = out[column] < 0
        if negative.any():
            raise UserError(
                tr("The order amount of {supplier} cannot be negative.", supplier=out.loc[negative, "supplier"].iloc[0])
            )
    low = out["max_order_pen"] < out["min_order_pen"]
    if low.any():
        raise UserError(
            tr("The maximum order of {supplier} is below its minimum order.", supplier=out.loc[low, "supplier"].iloc[0])
        )
    out["delivery_days"] = out["delivery_days"].fillna("").astype(str)
    out["source"] = source
    return out.drop_duplicates("supplier", keep="last").reset_index(drop=True)


def read_suppliers_file(path: Path) -> pd.DataFrame:
    """``--suppliers SUPPLIERS.csv``: supplier, min_order_pen[, delivery_days, max_order_pen]."""
    table = read_table(Path(path), SUPPLIERS_SPEC)
    records = []
    for row in table.frame.to_dict("records"):
        number = int(row["row"])
        supplier = text_value(row["supplier"])
        if not supplier:
            raise UserError(tr("{where}: the supplier is missing.", where=where(table, number, "supplier")))
        minimum = number_value(table, number, "min_order_pen", row["min_order_pen"], required=False)
        maximum = number_value(table, number, "max_order_pen", row.get("max_order_pen"), required=False)
        try:
            days = parse_delivery_days(row.get("delivery_days"))
        except ValueError as error:
            raise UserError(
                tr(
                    "{where}: '{value}' is not a day of the week.",
                    where=where(table, number, "delivery_days"),
                    value=str(error),
                )
            ) from None
        records.append(dict(supplier=supplier, min_order_pen=minimum, max_order_pen=maximum, delivery_days=days))
    return check_terms(pd.DataFrame(records, columns=TERMS_COLUMNS[:-1]), "file")


def merge_terms(*sources: pd.DataFrame) -> pd.DataFrame:
    """One row per supplier: for each value, the first source (in PRECEDENCE order) that gives it."""
    frames = [s for s in sources if s is not None and not s.empty]
    if not frames:
        return empty_terms()
    stacked = pd.concat([f.reindex(columns=TERMS_COLUMNS) for f in frames], ignore_index=True)
    stacked["_rank"] = stacked["source"].map({s: i for i, s in enumerate(PRECEDENCE)}).fillna(len(PRECEDENCE))
    stacked["delivery_days"] = stacked["delivery_days"].fillna("").astype(str).replace("", None)
    stacked["_minimum_from"] = stacked["source"].where(stacked["min_order_pen"].notna())
    stacked = stacked.sort_values(["supplier", "_rank"], kind="stable")
    merged = stacked.groupby("supplier", sort=True).first()  # first non-empty value of each column
    merged["source"] = merged["_minimum_from"].fillna(merged["source"])
    merged["delivery_days"] = merged["delivery_days"].fillna("")
    for column in ("min_order_pen", "max_order_pen"):
        merged[column] = merged[column].astype(float)
    return merged.reset_index()[TERMS_COLUMNS]


def source_text(source: str, lang: str | None = None) -> str:
    return tr(SOURCES[source], lang=lang) if source in SOURCES else source
