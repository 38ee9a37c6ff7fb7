"""A searchable list of catalog entries (ingredients, places or certificates): type any part
of the Spanish or English name or of a synonym ("wacatay", "black mint", "huacatay"), pick
one. Used by the import dialog's review step and by "Change ingredient…"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from core.catalogs import Catalogs, load_catalogs
from core.contract import list_values
from core.text import fold

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def catalog_entries(catalogs: Catalogs, kind: str, lang: str) -> list[tuple[str, str, str]]:
    """(id, label shown, text searched) of every entry of a kind: ingredient, place, certification."""
    entries = []
    if kind == "place":
        places = catalogs.places
        for row in places.itertuples(index=False):
            region = places.at[row.parent, "name"] if row.parent in places.index and row.kind == "town" else ""
            label = f"{row.name} ({region})" if region else row.name
            entries.append((row.id, label, " ".join([row.id, row.name, region, *list_values(row.aliases)])))
        return entries
    frame = catalogs.ingredients if kind == "ingredient" else catalogs.certifications
    aliases = "synonyms" if kind == "ingredient" else "aliases"
    first, second = ("name_es", "name_en") if lang == "es" else ("name_en", "name_es")
    for row in frame.itertuples(index=False):
        record = row._asdict()
        label = f"{record[first]} — {record[second]}" if record[first] != record[second] else record[first]
        search = " ".join([record["id"], record["name_es"], record["name_en"], *list_values(record[aliases])])
        entries.append((record["id"], label, search))
    return sorted(entries, key=lambda entry: fold(entry[1]))


class _WordsFilter(QSortFilterProxyModel):
    """Rows whose searched text holds every typed word (no accents, any case)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        searched = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE) or ""
        return all(word in searched for word in self._words)


class CatalogPicker(QWidget):
    """A filter box over the entries of one catalog; ``chosen`` on double click or Enter."""

    chosen = Signal(str)

    def __init__(self, kind: str = "ingredient", lang: str = "es", parent=None):
        super().__init__(parent)
        self.setObjectName("catalogPicker")
        self.model = QStandardItemModel(self)
        self.proxy = _WordsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("catalogSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_current)
        self.view = QListView()
        self.view.setObjectName("catalogEntries")
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.doubleClicked.connect(lambda _index: self._choose_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        self.kind = ""
        self.set_kind(kind, lang)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Type part of a name or synonym (Spanish or English)…"))

    def set_kind(self, kind: str, lang: str) -> None:
        """Show the entries of ``kind`` (ingredient, place or certification)."""
        self.kind = kind
        self.model.clear()
        for ident, label, search in catalog_entries(load_catalogs(), kind, lang):
            item = QStandardItem(label)
            item.setData(ident, ID_ROLE)
            item.setData(fold(search), SEARCH_ROLE)
            item.setToolTip(search)
            self.model.appendRow(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def select(self, ident: str) -> None:
        """Make ``ident`` the current entry (clearing the filter if it hides it)."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == ident:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    self.search.clear()
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
                return

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # an entry chosen while hidden (another tab) is scrolled into view once it shows
        if self.view.currentIndex().isValid():
            self.view.scrollTo(self.view.currentIndex(), QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _choose_current(self) -> None:
        ident = self.current_id()
        if ident:
            self.chosen.emit(ident)
