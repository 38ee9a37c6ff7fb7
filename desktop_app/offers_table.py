"""The ranked options table: a QAbstractTableModel over one ingredient's rows of the ranking,
and its filter proxy.

The model holds the options of the ingredient on screen (the ingredient list chooses it) and
copies each shown column into a plain list, so ``data`` is a list lookup and a re-rank of
10,000 offers refreshes the table in milliseconds. Sorting uses the raw value (``SORT_ROLE``);
the proxy filters by text and hides excluded offers unless asked to show them.

Each offer shows its list's date (in italics when the list is stale) and its change since the
supplier's previous list; a price jump beyond the setting is marked for review.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from core.catalogs import load_catalogs
from core.i18n import current_language
from core.unit_names import unit_name
from desktop_app.change_text import change_cell, change_summary

CHANGE_FIELDS = (
    "change_status",
    "change_pct",
    "price_pen_per_base_unit",
    "previous_price_pen_per_base_unit",
    "previous_list_date",
    "base_unit",
    "certifications_added",
    "certifications_dropped",
    "score_change",
    "price_jump",
)
OFFER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
HANDLED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SORT_ROLE,
        OFFER_ID_ROLE,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
    }
)


def _number(value: Any) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return math.nan
    return number


def _fmt(digits: int, suffix: str = "") -> Callable[[object], str]:
    def format_value(value: object) -> str:
        number = _number(value)
        return "" if math.isnan(number) else f"{number:,.{digits}f}{suffix}"

    return format_value


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)


def _certifications(value: object) -> str:
    """The certificates by name in the user's language ('eu_organic;fairtrade' -> 'Orgánico UE, Comercio justo')."""
    ids = _text(value)
    return load_catalogs().label("certifications", ids, current_language()) if ids else ""


def _score_source(value: object) -> str:
    """Where the sustainability score came from, as the table says it."""
    texts = {
        "audited": lambda: QCoreApplication.translate("OffersTableModel", "audited"),
        "model": lambda: QCoreApplication.translate("OffersTableModel", "model"),
        "price_list": lambda: QCoreApplication.translate("OffersTableModel", "price list"),
    }
    return texts[value]() if value in texts else ""


@dataclass(frozen=True)
class Column:
    key: str
    title: Callable[[], str]
    show: Callable[[object], str] = _text
    numeric: bool = False


COLUMNS = [
    Column("rank", lambda: QCoreApplication.translate("OffersTableModel", "Rank"), _fmt(0), True),
    Column("product", lambda: QCoreApplication.translate("OffersTableModel", "Product")),
    Column("supplier", lambda: QCoreApplication.translate("OffersTableModel", "Supplier")),
    Column(
        "score_for_ranking", lambda: QCoreApplication.translate("OffersTableModel", "Sustainability"), _fmt(2), True
    ),
    Column(
        "price_pen_per_base_unit",
        lambda: QCoreApplication.translate("OffersTableModel", "Price (S/)"),  # per the next column's unit
        _fmt(2),
        True,
    ),
    Column("base_unit", lambda: QCoreApplication.translate("OffersTableModel", "Unit"), unit_name),
    Column("change_pct", lambda: QCoreApplication.translate("OffersTableModel", "Price change"), numeric=True),
    Column("distance_km", lambda: QCoreApplication.translate("OffersTableModel", "Distance (km)"), _fmt(0), True),
    Column("kg_co2e_per_base_unit", lambda: QCoreApplication.translate("OffersTableModel", "kg CO2e"), _fmt(2), True),
    Column("lead_time_days", lambda: QCoreApplication.translate("OffersTableModel", "Lead time (days)"), _fmt(0), True),
    Column("score_source", lambda: QCoreApplication.translate("OffersTableModel", "Score"), _score_source),
    Column("origin", lambda: QCoreApplication.translate("OffersTableModel", "Origin")),
    Column("certifications", lambda: QCoreApplication.translate("OffersTableModel", "Certifications"), _certifications),
    Column("rank_score", lambda: QCoreApplication.translate("OffersTableModel", "Overall"), _fmt(3), True),
    Column("list_date", lambda: QCoreApplication.translate("OffersTableModel", "List date")),
]
JUMP_COLOUR = QColor("#c2410c")


def _flags(frame: pd.DataFrame, column: str) -> list[bool]:
    return frame[column].fillna(False).astype(bool).tolist() if column in frame else [False] * len(frame)


class OffersTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._values: dict[str, list] = {}
        self._ids: list[int] = []
        self._eligible: list[bool] = []
        self._reasons: list[str] = []
        self._ingredients: list[str] = []
        self._review: list[bool] = []
        self._jump: list[bool] = []
        self._stale: list[bool] = []
        self._status: list[str] = []
        self._records: list[dict] = []
        self.jump_pct: float | None = None
        self.stale_days: int | None = None
        self._rows = 0

    def set_frame(self, frame: pd.DataFrame) -> None:
        self.beginResetModel()
        self._rows = len(frame)
        self._values = {c.key: (frame[c.key].tolist() if c.key in frame else [None] * self._rows) for c in COLUMNS}
        if "origin" in frame:  # the catalog's name of the place, in the reader's language
            places = frame["origin_place"] if "origin_place" in frame else None
            self._values["origin"] = load_catalogs().origin_names(places, frame["origin"], current_language())
        self._ids = frame["offer_id"].astype(int).tolist() if "offer_id" in frame else list(range(self._rows))
        self._eligible = frame["eligible"].astype(bool).tolist() if "eligible" in frame else [True] * self._rows
        self._reasons = (
            frame["excluded_reason"].fillna("").astype(str).tolist()
            if "excluded_reason" in frame
            else [""] * self._rows
        )
        self._ingredients = (
            frame["ingredient"].fillna("").astype(str).tolist() if "ingredient" in frame else [""] * self._rows
        )
        ood = frame["ood"].fillna(False).astype(bool) if "ood" in frame else pd.Series(False, index=frame.index)
        flags = frame["flags"].fillna("").astype(str) if "flags" in frame else pd.Series("", index=frame.index)
        self._jump = _flags(frame, "price_jump")
        self._stale = _flags(frame, "stale")
        self._status = frame["change_status"].fillna("").astype(str).tolist() if "change_status" in frame else []
        self._review = [r or j for r, j in zip((ood | (flags != "")).tolist(), self._jump, strict=True)]
        change_fields = [c for c in CHANGE_FIELDS if c in frame]
        self._records = frame[change_fields].to_dict("records") if change_fields else [{}] * self._rows
        self.endResetModel()

    # -- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in HANDLED_ROLES or not index.isValid():
            return None  # the view asks for a dozen roles per cell when it sizes the columns
        row, column = index.row(), COLUMNS[index.column()]
        value = self._values[column.key][row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.key == "change_pct":
                return change_cell(self._status[row] if self._status else "", value)
            text = column.show(value)
            if column.key == "product" and self._review[row]:
                text = "⚠ " + text
            if column.key == "score_for_ranking" and text and self._values["score_source"][row] == "audited":
                text = "✔ " + text  # the officer's audited score, not the model's estimate
            if column.key == "list_date" and self._stale[row]:
                text += " · " + QCoreApplication.translate("OffersTableModel", "stale")
            return text
        if role == SORT_ROLE:
            if column.numeric:
                number = _number(value)
                return math.inf if math.isnan(number) else number
            return _text(value).casefold()
        if role == OFFER_ID_ROLE:
            return self._ids[row]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.key == "change_pct" and self._jump[row]:
                return QBrush(JUMP_COLOUR)
            if not self._eligible[row]:
                return QBrush(QColor("#8a8a8a"))
        if role == Qt.ItemDataRole.FontRole and (
            (column.key == "change_pct" and self._jump[row]) or (column.key == "list_date" and self._stale[row])
        ):
            font = QFont()
            font.setBold(column.key == "change_pct")
            font.setItalic(column.key == "list_date")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column.key)
        return None

    def _tooltip(self, row: int, key: str) -> str | None:
        if key in ("score_for_ranking", "score_source") and self._values["score_source"][row] == "audited":
            return QCoreApplication.translate(
                "OffersTableModel", "Audited score: the ranking uses it instead of the model's estimate."
            )
        if key == "change_pct" and self._records[row]:
            return change_summary(self._records[row], self.jump_pct)
        if key == "list_date" and self._stale[row]:
            # self.tr: pyside6-lupdate reads a count (%n) only there, not in QCoreApplication.translate
            return self.tr(
                "This list is older than %n day(s): ask the supplier for a new one.", "", int(self.stale_days or 0)
            )
        if not self._eligible[row] and self._reasons[row]:
            return self._reasons[row]
        if self._jump[row]:
            return QCoreApplication.translate(
                "OffersTableModel", "Needs review: the price changed more than %1 % since the previous list."
            ).replace("%1", f"{self.jump_pct or 0:g}")
        if self._review[row]:
            return QCoreApplication.translate(
                "OffersTableModel", "Needs review: flagged at import or unlike the offers the model learned from."
            )
        if key in ("product", "supplier", "origin", "certifications"):  # the whole text, when the column cuts it
            value = self._values[key][row]
            return (_certifications(value) if key == "certifications" else _text(value)) or None
        return None

    # -- helpers for the views -----------------------------------------------------------
    def row_of(self, offer_id: int) -> int:
        try:
            return self._ids.index(offer_id)
        except ValueError:
            return -1

    def eligible_at(self, row: int) -> bool:
        return self._eligible[row]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class OffersFilterProxy(QSortFilterProxyModel):
    """Rows matching a text, eligible only unless asked otherwise, sorted by the raw values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._show_excluded = False
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_show_excluded(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_excluded", show))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, OffersTableModel)
        if not self._show_excluded and not model.eligible_at(source_row):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
