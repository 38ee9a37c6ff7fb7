"""Table models of the plan tab: the week's needs and the suppliers' terms (editable), the
dishes with their covers, and read-only tables for the plan and its comparison.

Models hold plain rows; every check and conversion is core.planning's (resolve_ingredient,
parse_delivery_days). Editing emits ``edited`` so the view can save to the workspace.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.catalogs import load_catalogs
from core.cleansing.numbers import parse_number
from core.i18n import current_language
from core.planning.needs import resolve_ingredient, resolve_unit
from core.planning.terms import day_names, parse_delivery_days, source_text
from core.unit_names import unit_name

EDIT = Qt.ItemDataRole.EditRole
SHOW = Qt.ItemDataRole.DisplayRole
WRONG = QBrush(QColor("#f8d7da"))


def _number(value: Any, decimals: int = 2) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return f"{float(value):,.{decimals}f}"


def typed_number(value: Any) -> float | None:
    """What the user typed in a cell, read by the price lists' number grammar ("1,500" is
    fifteen hundred, "1,5" one and a half, "S/ 2.000,50" too); None when it is not a number."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value) if math.isfinite(value) else None
    number = parse_number(str(value).replace("S/", "").strip())
    return number if number is not None and math.isfinite(number) else None


def ingredient_label(ident: str) -> str:
    return load_catalogs().ingredient_name(ident, current_language()) if ident else ""


class Rows(QAbstractTableModel):
    """Rows of dicts under fixed keys; subclasses say the headers and what may be edited."""

    edited = Signal()
    keys: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []

    def headers(self) -> list[str]:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section, orientation, role=SHOW):
        if role == SHOW and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.keys) - 1, 0))
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.keys) - 1))

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) for r in rows]
        self.endResetModel()


NAME_CHARS_SHOWN = 20  # about what a capped name column shows whole; longer names get their tooltip


def _unit_shown(value: object) -> str:
    """A need's unit in the reader's words ('docena' for dozen); as typed when it is not one."""
    unit = resolve_unit(str(value or ""), load_catalogs()) if value else None
    return unit_name(unit) if unit else str(value or "")


class NeedsModel(Rows):
    """The week's needs: ingredient (catalog id once recognised), quantity, unit, current supplier."""

    keys = ("ingredient", "quantity", "unit", "current_supplier")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("NeedsModel", "Ingredient"),
            QCoreApplication.translate("NeedsModel", "Quantity"),
            QCoreApplication.translate("NeedsModel", "Unit"),
            QCoreApplication.translate("NeedsModel", "Current supplier"),
        ]

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index, role=SHOW):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        value = row.get(key, "")
        known = bool(resolve_ingredient(str(row.get("ingredient", "")), load_catalogs()))
        if role == SHOW:
            if key == "ingredient":
                return ingredient_label(value) if known else str(value)
            if key == "quantity":
                return _number(value, 3).rstrip("0").rstrip(".") if value != "" else ""
            if key == "unit":
                return _unit_shown(value)
            return str(value or "")
        if role == EDIT:
            if key == "unit":
                return _unit_shown(value)
            return ingredient_label(value) if key == "ingredient" and known else value
        if role == Qt.ItemDataRole.BackgroundRole:
            if key == "ingredient" and not known:
                return WRONG
            if key == "unit" and value and resolve_unit(str(value), load_catalogs()) is None:
                return WRONG
            if key == "quantity" and not (isinstance(value, (int, float)) and value > 0):
                return WRONG
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "quantity":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("ingredient", "current_supplier"):
            shown = self.data(index, SHOW)
            return shown if len(shown) > NAME_CHARS_SHOWN else None  # a name the column may show cut
        return None

    def setData(self, index, value, role=EDIT):
        if role != EDIT or not index.isValid():
            return False
        key = self.keys[index.column()]
        row = self.rows[index.row()]
        if key == "ingredient":
            row[key] = resolve_ingredient(str(value), load_catalogs()) or str(value).strip()
            if not row.get("unit") and row[key] in load_catalogs().ingredients.index:
                row["unit"] = load_catalogs().ingredients.at[row[key], "base_unit"]
        elif key == "quantity":
            quantity = typed_number(value)
            if quantity is None or quantity < 0:
                return False
            row[key] = quantity
        else:
            row[key] = str(value).strip()
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.keys) - 1))
        self.edited.emit()
        return True

    def add_row(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(dict(ingredient="", quantity=1.0, unit="", current_supplier=""))
        self.endInsertRows()
        self.edited.emit()
        return len(self.rows) - 1

    def remove(self, positions: list[int]) -> None:
        for position in sorted(set(positions), reverse=True):
            self.beginRemoveRows(QModelIndex(), position, position)
            del self.rows[position]
            self.endRemoveRows()
        self.edited.emit()

    def frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=list(self.keys))


class TermsModel(Rows):
    """One row per supplier; the minimum a price list states is shown but not editable."""

    keys = ("supplier", "min_order_pen", "max_order_pen", "delivery_days", "source")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("TermsModel", "Supplier"),
            QCoreApplication.translate("TermsModel", "Minimum order (S/)"),
            QCoreApplication.translate("TermsModel", "Maximum order (S/)"),
            QCoreApplication.translate("TermsModel", "Delivery days"),
            QCoreApplication.translate("TermsModel", "From"),
        ]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = super().flags(index)
        fixed = self.rows[index.row()].get("source") == "price_list" and self.keys[index.column()] == "min_order_pen"
        if self.keys[index.column()] in ("supplier", "source") or fixed:
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=SHOW):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        value = row.get(key)
        if role == SHOW:
            if key in ("min_order_pen", "max_order_pen"):
                return _number(value)
            if key == "delivery_days":
                return day_names(value or "", current_language())
            if key == "source":
                return source_text(value, current_language()) if value else ""
            return str(value or "")
        if role == EDIT:
            return day_names(value or "", current_language()) if key == "delivery_days" else value
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("min_order_pen", "max_order_pen"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=EDIT):
        if role != EDIT or not index.isValid():
            return False
        key = self.keys[index.column()]
        row = self.rows[index.row()]
        if key == "delivery_days":
            try:
                row[key] = parse_delivery_days(value)
            except ValueError:
                return False
        else:
            number = math.nan if str(value).replace("S/", "").strip() == "" else typed_number(value)
            if number is None or number < 0:
                return False
            row[key] = number
        if row.get("source") != "price_list":
            row["source"] = "window"
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.keys) - 1))
        self.edited.emit()
        return True

    def entered(self) -> pd.DataFrame:
        """What the manager entered (rows not from a price list)."""
        frame = pd.DataFrame(self.rows, columns=list(self.keys))
        return frame[frame["source"] == "window"]


class DishesModel(Rows):
    """Dishes with their expected covers (editable), cost and kg CO2e per portion."""

    keys = ("dish", "ingredients", "covers", "cost_pen", "kg_co2e")

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("DishesModel", "Dish"),
            QCoreApplication.translate("DishesModel", "Ingredients"),
            QCoreApplication.translate("DishesModel", "Covers"),
            QCoreApplication.translate("DishesModel", "S/ per portion"),
            QCoreApplication.translate("DishesModel", "kg CO2e per portion"),
        ]

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and self.keys[index.column()] == "covers" else base

    def data(self, index, role=SHOW):
        if not index.isValid():
            return None
        row, key = self.rows[index.row()], self.keys[index.column()]
        value = row.get(key)
        if role in (SHOW, EDIT):
            if key == "cost_pen":
                return _number(value)
            if key == "kg_co2e":
                return _number(value, 3)
            if key == "covers":
                return int(value or 0) if role == EDIT else str(int(value or 0))
            return str(value if value is not None else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "dish":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and key == "dish":
            return str(value or "")  # the column may show it cut (plan_view's NameWidths)
        return None

    def setData(self, index, value, role=EDIT):
        if role != EDIT or not index.isValid() or self.keys[index.column()] != "covers":
            return False
        number = typed_number(value)
        if number is None or number < 0 or not number.is_integer():
            return False  # covers are whole guests: "12.7" is refused, not cut to 12
        self.rows[index.row()]["covers"] = int(number)
        self.dataChanged.emit(index, index)
        self.edited.emit()
        return True

    def covers(self) -> dict[str, float]:
        return {r["dish"]: float(r.get("covers") or 0) for r in self.rows}


@dataclass
class Column:
    header: Callable[[], str]
    key: str
    show: Callable[[Any], str] = str
    right: bool = False
    show_row: Callable[[dict], str] | None = None  # a cell made of several values of the row ("35 × 1 kg")


class ReadOnlyModel(Rows):
    """A frame shown as it is, through column specs (plan lines, comparison)."""

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.keys = tuple(c.key for c in columns)

    def headers(self) -> list[str]:
        return [c.header() for c in self.columns]

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.set_rows(frame.to_dict("records"))

    def data(self, index, role=SHOW):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        value = row.get(column.key)
        if role == SHOW:
            if value is None or (isinstance(value, float) and math.isnan(value)):
                return ""
            return column.show_row(row) if column.show_row is not None else column.show(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(value, str) and len(value) > NAME_CHARS_SHOWN:
            return value  # a name the column may show cut (plan_view caps the name columns' width)
        return None
