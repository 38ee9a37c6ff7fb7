"""The chef's review step in the import dialog: the products that need a decision (ingredient
not recognised or uncertain, implausible price, unknown place or certificate), one row per
supplier and product or text, and a panel to decide: pick the catalog entry from a
searchable list, accept the price, or say it is not in the catalog. Each decision is emitted
as a core ``Correction``; the dialog remembers it in the workspace and reads the lists again,
so the same decision applies to every later list of that supplier."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.catalogs import load_catalogs
from core.cleansing.corrections import NOT_IN_CATALOG, Correction, price_value
from core.cleansing.review import Question, question_text
from core.i18n import current_language
from desktop_app.catalog_picker import CatalogPicker
from desktop_app.translations import Retranslated

PICKER_KIND = {"ingredient": "ingredient", "price": "ingredient", "place": "place", "certification": "certification"}


WHY_COLUMN = 2  # of the questions table: supplier, as written, why, offers


class QuestionsModel(QAbstractTableModel):
    """The questions, one per row: supplier, as written, why, offers."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.questions: list[Question] = []

    def set_questions(self, questions: list[Question]) -> None:
        self.beginResetModel()
        # what blocks a recommendation first, then the rest, each in the order of the lists
        self.questions = sorted(questions, key=lambda q: not q.blocking)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.questions)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Supplier"), self.tr("As written"), self.tr("Why"), self.tr("Offers"))[section]
        return None

    def why(self, question: Question) -> str:
        if question.reason == "uncertain_match":
            catalogs, lang = load_catalogs(), current_language()
            name = catalogs.ingredient_name(question.ingredient, lang)
            if question.also:
                other = catalogs.ingredient_name(question.also, lang)
                return self.tr("Read as %1, but it also names %2").replace("%1", name).replace("%2", other)
            if question.made_into:
                return (
                    self.tr("Read as %1, but '%2' may make it another product")
                    .replace("%1", name)
                    .replace("%2", question.made_into)
                )
            return self.tr("Read as %1, not sure").replace("%1", name)
        texts = {
            "unmatched_ingredient": self.tr("Ingredient not recognised"),
            "price_implausible": self.tr("Price far from the usual"),
            "price_outlier": self.tr("Price far from the other offers"),
            "origin_unknown": self.tr("Origin not in the catalog"),
            "certification_unknown": self.tr("Certificate not in the catalog"),
        }
        return texts.get(question.reason, question.reason)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        question = self.questions[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (question.supplier, question.written, self.why(question), str(question.offers))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return question_text(question)
        if role == Qt.ItemDataRole.FontRole and question.blocking:
            font = QFont()
            font.setBold(True)  # these offers are not recommended until decided
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        if self.questions:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.questions) - 1, 3))


class ReviewStep(Retranslated, QWidget):
    """Questions on the left, the decision on the right; ``decided`` carries each decision."""

    decided = Signal(object)  # core.cleansing.corrections.Correction

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewStep")
        self.model = QuestionsModel(self)
        self.table = QTableView()
        self.table.setObjectName("reviewQuestions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the reason takes the width left and wraps ("Read as …, but it also names …"): the number of
        # offers stays in view at 1280x720, the rows as tall as their reason
        header.setSectionResizeMode(WHY_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a one-line reason keeps the usual row height
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show(current.row()))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.sentence = QLabel()
        self.sentence.setObjectName("reviewSentence")
        self.sentence.setWordWrap(True)
        self.picker_title = QLabel()
        self.picker = CatalogPicker("ingredient", current_language())
        self.picker.chosen.connect(lambda _ident: self.use_entry())
        self.use_button = QPushButton()
        self.use_button.setObjectName("reviewUse")
        self.use_button.clicked.connect(self.use_entry)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("reviewAcceptPrice")
        self.accept_button.clicked.connect(self.accept_price)
        self.absent_button = QPushButton()
        self.absent_button.setObjectName("reviewNotInCatalog")
        self.absent_button.clicked.connect(self.not_in_catalog)
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.accept_button, self.absent_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self.sentence)
        panel_layout.addWidget(self.picker_title)
        panel_layout.addWidget(self.picker, 1)
        panel_layout.addLayout(buttons)
        panel_layout.addWidget(self.remembered)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(panel)
        split.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        self.retranslate()
        self._show(-1)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "These products need your decision. Offers in bold are kept but not recommended until you decide; "
                "each decision is remembered for the supplier and applied to its next lists."
            )
        )
        self.accept_button.setText(self.tr("Accept the price"))
        self.absent_button.setText(self.tr("Not in the catalog"))
        self.remembered.setText(self.tr("Decisions can be undone with “Change ingredient…” or `sourcing corrections`."))
        self.picker.retranslate()
        self.model.retranslate()
        self._show(self.table.currentIndex().row())

    # -- questions in -------------------------------------------------------------------------
    def set_questions(self, questions: list[Question]) -> None:
        self.model.set_questions(questions)
        if self.model.rowCount():
            self.table.selectRow(0)
            self._show(0)
        else:
            self._show(-1)

    def count(self) -> int:
        return self.model.rowCount()

    def current(self) -> Question | None:
        row = self.table.currentIndex().row()
        return self.model.questions[row] if 0 <= row < len(self.model.questions) else None

    def _show(self, row: int) -> None:
        question = self.model.questions[row] if 0 <= row < len(self.model.questions) else None
        for widget in (self.picker, self.use_button, self.accept_button, self.absent_button):
            widget.setEnabled(question is not None)
        if question is None:
            self.sentence.setText(self.tr("Nothing waits for a decision."))
            self.picker_title.clear()
            return
        self.sentence.setText(question_text(question))
        kind = PICKER_KIND[question.kind]
        self.picker_title.setText(
            {
                "ingredient": self.tr("Which ingredient is it?"),
                "price": self.tr("If the price is right, accept it; if the ingredient is wrong, pick the right one:"),
                "place": self.tr("Which place of the catalog is it?"),
                "certification": self.tr("Which certificate of the catalog is it?"),
            }[question.kind]
        )
        if self.picker.kind != kind:
            self.picker.set_kind(kind, current_language())
        if question.ingredient and kind == "ingredient":
            self.picker.select(question.ingredient)  # confirming the reading is one click
        self.use_button.setText(
            {
                "ingredient": self.tr("Use this ingredient"),
                "place": self.tr("Use this place"),
                "certification": self.tr("Use this certificate"),
            }[kind]
        )
        self.accept_button.setVisible(question.kind == "price")
        self.absent_button.setVisible(question.kind != "price")

    # -- decisions out ----------------------------------------------------------------------------
    def _decide(self, kind: str, value: str) -> None:
        question = self.current()
        if question is None:
            return
        today = dt.date.today().isoformat()
        self.decided.emit(Correction(question.supplier, kind, question.written, value, today))

    def use_entry(self) -> None:
        question, ident = self.current(), self.picker.current_id()
        if question is not None and ident:
            self._decide("ingredient" if question.kind == "price" else question.kind, ident)

    def accept_price(self) -> None:
        question = self.current()
        if question is not None and question.kind == "price":
            self._decide("price", price_value(question.price, question.currency))

    def not_in_catalog(self) -> None:
        question = self.current()
        if question is not None and question.kind != "price":
            self._decide(question.kind, NOT_IN_CATALOG)
