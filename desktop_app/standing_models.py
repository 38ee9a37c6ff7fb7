"""Table models of the suppliers window: the standing of each supplier in a period, and the
latest changes of the current lists (changed, new and dropped products). Plain list lookups in
``data``; numbers sort by value (``SORT_ROLE``)."""

from __future__ import annotations

import math
from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.change_text import certificate_names, change_cell
from desktop_app.offers_table import JUMP_COLOUR, SORT_ROLE, Column

SUPPLIER_ROLE = Qt.ItemDataRole.UserRole + 3
HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        SUPPLIER_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)


def _number(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return number


def _percent(value: object) -> str:
    number = _number(value)
    return "" if math.isnan(number) else f"{number * 100:.0f} %"


def _points(value: object) -> str:
    number = _number(value)
    return "" if math.isnan(number) else f"{number * 100:+.0f}"


def _fixed(digits: int, signed: bool = False) -> Callable[[object], str]:
    def show(value: object) -> str:
        number = _number(value)
        if math.isnan(number):
            return ""
        return f"{number:+.{digits}f}" if signed else f"{number:.{digits}f}"

    return show


def _rank_change(value: object) -> str:
    number = _number(value)
    if math.isnan(number):
        return QCoreApplication.translate("StandingModel", "new")
    if number > 0:
        return f"▲ {number:.0f}"
    if number < 0:
        return f"▼ {-number:.0f}"
    return "="


STANDING_FIELDS = [
    Column("rank", lambda: QCoreApplication.translate("StandingModel", "Rank"), _fixed(0), True),
    Column("rank_change", lambda: QCoreApplication.translate("StandingModel", "Rank change"), _rank_change, True),
    Column("supplier", lambda: QCoreApplication.translate("StandingModel", "Supplier"), str, False),
    Column("lists", lambda: QCoreApplication.translate("StandingModel", "Lists"), _fixed(0), True),
    Column("offers", lambda: QCoreApplication.translate("StandingModel", "Offers"), _fixed(0), True),
    Column("recommended_share", lambda: QCoreApplication.translate("StandingModel", "Recommended"), _percent, True),
    Column(
        "recommended_share_change",
        lambda: QCoreApplication.translate("StandingModel", "Change (points)"),
        _points,
        True,
    ),
    Column("mean_score", lambda: QCoreApplication.translate("StandingModel", "Mean sustainability"), _fixed(2), True),
    Column("mean_score_change", lambda: QCoreApplication.translate("StandingModel", "Change"), _fixed(2, True), True),
    Column("price_index", lambda: QCoreApplication.translate("StandingModel", "Price index"), _fixed(0), True),
    Column("price_index_change", lambda: QCoreApplication.translate("StandingModel", "Change"), _fixed(1, True), True),
    Column("completeness", lambda: QCoreApplication.translate("StandingModel", "Complete rows"), _percent, True),
    Column("flagged_share", lambda: QCoreApplication.translate("StandingModel", "Flagged or refused"), _percent, True),
]
CHANGE_FIELDS = [
    Column("supplier", lambda: QCoreApplication.translate("StandingModel", "Supplier"), str, False),
    Column("product", lambda: QCoreApplication.translate("StandingModel", "Product"), str, False),
    Column("change", lambda: QCoreApplication.translate("StandingModel", "Change"), str, True),
    Column(
        "previous_price_pen_per_base_unit",
        lambda: QCoreApplication.translate("StandingModel", "Before (S/ per base unit)"),
        _fixed(2),
        True,
    ),
    Column(
        "price_pen_per_base_unit",
        lambda: QCoreApplication.translate("StandingModel", "Now (S/ per base unit)"),
        _fixed(2),
        True,
    ),
    Column("certificates", lambda: QCoreApplication.translate("StandingModel", "Certificates"), str, False),
    Column("previous_list_date", lambda: QCoreApplication.translate("StandingModel", "Previous list"), str, False),
    Column("list_date", lambda: QCoreApplication.translate("StandingModel", "Current list"), str, False),
]


class FrameModel(QAbstractTableModel):
    """A read-only table over the columns ``fields`` name."""

    def __init__(self, fields: list[Column], parent=None):
        super().__init__(parent)
        self.fields = fields
        self._values: dict[str, list] = {f.key: [] for f in fields}
        self._rows = 0

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._rows = len(frame)
        self._values = {f.key: (frame[f.key].tolist() if f.key in frame else [None] * self._rows) for f in self.fields}
        self._extra(frame)
        self.endResetModel()

    def _extra(self, frame: pd.DataFrame) -> None:
        """Per-row facts a subclass keeps beside the shown values."""

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.fields)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole title where a narrow column cuts it
        ):
            return self.fields[section].title()
        return None

    def value(self, row: int, key: str) -> object:
        return self._values[key][row]

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in HANDLED_ROLES or not index.isValid():
            return None  # the view asks for a dozen roles per cell when it sizes the columns
        field = self.fields[index.column()]
        value = self._values[field.key][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None or (isinstance(value, float) and math.isnan(value)) else field.show(value)
        if role == SORT_ROLE:
            if field.numeric:
                number = _number(value)
                return -math.inf if math.isnan(number) else number
            return str(value or "").casefold()
        if role == SUPPLIER_ROLE:
            return self._values["supplier"][index.row()] if "supplier" in self._values else None
        if role == Qt.ItemDataRole.TextAlignmentRole and field.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self._more(index.row(), field.key, role)

    def _more(self, row: int, key: str, role) -> object:
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.fields) - 1)


class StandingModel(FrameModel):
    def __init__(self, parent=None):
        super().__init__(STANDING_FIELDS, parent)


def changes_frame(current: pd.DataFrame, dropped: pd.DataFrame) -> pd.DataFrame:
    """Changed and new offers of the current lists, then the products they no longer have."""
    moved = current[current["change_status"].isin(["changed", "new"])].copy()
    moved["change"] = [change_cell(s, c) for s, c in zip(moved["change_status"], moved["change_pct"], strict=True)]
    moved["certificates"] = [
        "; ".join(
            part
            for part in (("+ " + certificate_names(a)) if a else "", ("− " + certificate_names(d)) if d else "")
            if part
        )
        for a, d in zip(moved["certifications_added"], moved["certifications_dropped"], strict=True)
    ]
    gone = dropped.assign(
        change=QCoreApplication.translate("StandingModel", "no longer offered"),
        certificates="",
        previous_price_pen_per_base_unit=dropped["price_pen_per_base_unit"],
        price_pen_per_base_unit=math.nan,
        change_pct=math.nan,
        price_jump=False,
    )
    columns = [f.key for f in CHANGE_FIELDS] + ["change_pct", "price_jump"]
    frame = pd.concat([moved.reindex(columns=columns), gone.reindex(columns=columns)], ignore_index=True)
    return frame.sort_values(["supplier", "product"], kind="stable").reset_index(drop=True)


class ChangesModel(FrameModel):
    def __init__(self, parent=None):
        super().__init__(CHANGE_FIELDS, parent)
        self._jump: list[bool] = []
        self._change: list[float] = []

    def _extra(self, frame: pd.DataFrame) -> None:
        self._jump = frame["price_jump"].fillna(False).astype(bool).tolist() if "price_jump" in frame else []
        self._change = frame["change_pct"].tolist() if "change_pct" in frame else []

    def is_jump(self, row: int) -> bool:
        return bool(self._jump[row]) if self._jump else False

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if index.isValid() and role == SORT_ROLE and self.fields[index.column()].key == "change":
            number = _number(self._change[index.row()])
            return -math.inf if math.isnan(number) else abs(number)
        return super().data(index, role)

    def _more(self, row: int, key: str, role) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and key == "change" and self.is_jump(row):
            return QBrush(JUMP_COLOUR)
        if role == Qt.ItemDataRole.ForegroundRole and key == "change" and not self._jump:
            return QBrush(QColor("#495057"))
        return None
