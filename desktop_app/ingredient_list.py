"""The ingredient list: each ingredient with its number of offers and the recommended option.

The recommendation is the ranking's first eligible offer of that ingredient (rank 1).
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from core.catalogs import load_catalogs

INGREDIENT_ROLE = Qt.ItemDataRole.UserRole + 1
UNMATCHED = ""


def ingredient_names(ids: list[str], lang: str) -> dict[str, str]:
    """Catalog names in the user's language; the id itself when the catalogs cannot say."""
    try:
        catalogs = load_catalogs()
        return {i: catalogs.ingredient_name(i, lang) for i in ids}
    except Exception:  # catalogs missing: show ids rather than nothing
        return {i: i for i in ids}


class IngredientListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple[str, str, int, str]] = []  # id, name, offers, recommended

    def set_frame(self, ranked: pd.DataFrame, lang: str) -> None:
        self.beginResetModel()
        self._rows = []
        if not ranked.empty and "ingredient" in ranked:
            counts = ranked.groupby("ingredient", sort=False).size()
            names = ingredient_names([i for i in counts.index if i], lang)
            best: dict[str, str] = {}
            if "rank" in ranked:
                first = ranked["rank"].eq(1).fillna(False).astype(bool)
                top = ranked[first & ranked["eligible"].astype(bool)] if "eligible" in ranked else ranked[first]
                best = {r.ingredient: f"{r.product} — {r.supplier}" for r in top.itertuples()}
            for ident, count in counts.items():
                name = (
                    names.get(ident, ident)
                    if ident
                    else QCoreApplication.translate("IngredientListModel", "(not recognised)")
                )
                self._rows.append((ident, str(name), int(count), best.get(ident, "")))
            self._rows.sort(key=lambda r: (r[0] == UNMATCHED, r[1].casefold()))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("IngredientListModel", "Ingredient"),
                QCoreApplication.translate("IngredientListModel", "Offers"),
                QCoreApplication.translate("IngredientListModel", "Recommended"),
            )[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        ident, name, count, best = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (name, str(count), best)[index.column()]
        if role == INGREDIENT_ROLE:
            return ident
        if role == Qt.ItemDataRole.ToolTipRole and best:  # also when the narrow list hides that column
            if index.column() == 2:
                return best
            return QCoreApplication.translate("IngredientListModel", "Recommended: %1").replace("%1", best)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, ident: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry[0] == ident:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
