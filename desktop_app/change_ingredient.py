""" "Change ingredient…" for an offer in the table: pick the right ingredient from the catalog
(or say it is not in the catalog). The choice is remembered for the supplier and product, so
the supplier's next lists are read the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from core.cleansing.corrections import NOT_IN_CATALOG
from core.i18n import current_language
from desktop_app.catalog_picker import CatalogPicker
from desktop_app.translations import Retranslated


class ChangeIngredientDialog(Retranslated, QDialog):
    """``choice`` after ``accepted``: a catalog ingredient id, or NOT_IN_CATALOG."""

    def __init__(self, product: str, supplier: str, ingredient: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("changeIngredientDialog")
        self.product, self.supplier = product, supplier
        self.choice: str | None = None
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.picker = CatalogPicker("ingredient", current_language())
        self.picker.chosen.connect(lambda _ident: self.accept())
        if ingredient:
            self.picker.select(ingredient)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.absent = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.absent.setObjectName("changeNotInCatalog")
        self.absent.clicked.connect(self._not_in_catalog)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        self.retranslate()
        self.picker.search.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change ingredient"))
        self.question.setText(
            self.tr("Which ingredient is “%1” from %2? The choice is remembered for this supplier's next lists.")
            .replace("%1", self.product)
            .replace("%2", self.supplier)
        )
        self.absent.setText(self.tr("Not in the catalog"))
        self.picker.retranslate()

    def accept(self) -> None:
        if self.choice is None:
            self.choice = self.picker.current_id()
        if self.choice is not None:
            super().accept()

    def _not_in_catalog(self) -> None:
        self.choice = NOT_IN_CATALOG
        super().accept()
