"""The review screen, layout and wiring only: ingredients on the left, the ranked options
with their filter and constraint toggles in the middle, weights and the selected offer on
the right, charts below. Data comes from the Session; selections travel as offer ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.cleansing.review import waiting_for_review
from core.errors import UserError
from core.history.series import ingredient_history
from core.i18n import current_language
from desktop_app.change_ingredient import ChangeIngredientDialog
from desktop_app.detail_pane import DetailPane
from desktop_app.error_dialog import show_error
from desktop_app.ingredient_list import INGREDIENT_ROLE, IngredientListModel, ingredient_names
from desktop_app.offers_table import COLUMNS, OFFER_ID_ROLE, OffersFilterProxy, OffersTableModel
from desktop_app.session import Session
from desktop_app.translations import Retranslated
from desktop_app.weights_panel import WeightsPanel

if TYPE_CHECKING:  # the charts (matplotlib) load after the first paint
    from desktop_app.charts_panel import ChartsPanel

NAME_COLUMNS = ("product", "supplier", "origin", "certifications")  # sized to their text on every ingredient
NAME_WIDTH_MIN = 110  # product and supplier give up width down to this for price and unit (_keep_price_in_view)
NAME_WIDTH_MAX = 200  # a long product name is cut (its tooltip has it all) so price and unit stay in view
# Default widths of the ingredient list and the right pane: at 1280 px the offers table in between
# still shows rank, product, supplier, score, price and unit; a wider window widens only the table.
SIDE_WIDTHS = (215, 330)
RECOMMENDED_FROM_WIDTH = 300  # the ingredient list shows its "Recommended" column from this width on


def column_of(key: str) -> int:
    return next(i for i, c in enumerate(COLUMNS) if c.key == key)


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside it) instead of walking its cells
    return view


class ReviewView(Retranslated, QWidget):
    auditEntered = Signal(int, object)  # offer id, the audit entered: the window stores it

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self._ingredient: str | None = None
        self._auto_selected = False
        self.pending_selection: int | None = None
        self._columns_sized = False
        # ingredients
        self.ingredients = IngredientListModel(self)
        self.ingredient_view = _table(self.ingredients)
        self.ingredient_view.setObjectName("ingredientList")
        self.ingredient_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ingredient_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ingredient_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ingredient_view.horizontalHeader().setMinimumSectionSize(40)
        self.ingredient_view.selectionModel().currentRowChanged.connect(self._ingredient_chosen)
        # offers
        self.offers = OffersTableModel(self)
        self.proxy = OffersFilterProxy(self)
        self.proxy.setSourceModel(self.offers)
        self.table = _table(self.proxy)
        self.table.setObjectName("offersTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(self._offer_chosen)
        # "Change ingredient…" on each row: context menu and a shortcut
        self.change_action = QAction(self)
        self.change_action.setObjectName("changeIngredientAction")
        self.change_action.setShortcut(QKeySequence("Ctrl+I"))
        self.change_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.change_action.triggered.connect(lambda: self.change_ingredient())
        self.table.addAction(self.change_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.change_dialog: ChangeIngredientDialog | None = None
        self.filter = QLineEdit()
        self.filter.setObjectName("offerFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.find_action = QAction(self)  # Ctrl+F: to the filter, its text selected to type over
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.focus_filter)
        self.addAction(self.find_action)
        self.certified_only = QCheckBox()
        self.certified_only.toggled.connect(lambda on: session.set_constraint("certified_only", on))
        self.no_air = QCheckBox()
        self.no_air.toggled.connect(lambda on: session.set_constraint("no_air_freight", on))
        self.show_excluded = QCheckBox()
        self.show_excluded.toggled.connect(self.proxy.set_show_excluded)
        self.show_excluded.toggled.connect(lambda _on: self._update_heading())
        self.heading = QLabel()
        self.heading.setObjectName("offersHeading")
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        for box in (self.certified_only, self.no_air, self.show_excluded):
            bar.addWidget(box)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.heading)
        middle_layout.addLayout(bar)
        middle_layout.addWidget(self.table, 1)
        # right: weights and detail
        self.weights = WeightsPanel(session.weights.as_dict())
        self.weights.weightsChanged.connect(session.set_weights)
        self.detail = DetailPane()
        self.detail.auditEntered.connect(self._audited)
        self.detail.audit_box.auditor.setText(str(session.workspace.session("auditor", "") or ""))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.weights)
        right_layout.addWidget(self.detail, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # texts wrap instead
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the weights inside, not to the frame
        # charts: installed after the window shows (matplotlib is slow to import)
        self.charts: ChartsPanel | None = None
        self.charts_slot = QWidget()
        self.charts_slot.setMinimumHeight(170)
        QVBoxLayout(self.charts_slot).setContentsMargins(0, 0, 0, 0)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setObjectName("reviewPanes")
        top.addWidget(self.ingredient_view)
        top.addWidget(middle)
        top.addWidget(scroll)
        top.setSizes([SIDE_WIDTHS[0], 690, SIDE_WIDTHS[1]])
        for pane, stretch in enumerate((1, 4, 1)):  # the window's extra width (or lack of it) goes mostly to the table
            top.setStretchFactor(pane, stretch)
            top.setCollapsible(pane, False)
        self.ingredient_view.setMinimumWidth(150)
        self.ingredient_view.installEventFilter(self)  # its "Recommended" column only when there is room
        self.table.viewport().installEventFilter(self)  # price and unit stay in view as the table narrows
        scroll.setMinimumWidth(280)
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.setObjectName("reviewSplit")
        outer.addWidget(top)
        outer.addWidget(self.charts_slot)
        outer.setSizes([480, 320])  # at 720 px high the chart keeps about 210 px (it had 154)
        outer.setStretchFactor(0, 3)
        outer.setStretchFactor(1, 2)
        outer.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(outer)
        session.rankedChanged.connect(self.refresh)
        # Tab goes pane by pane: ingredients, filter and its toggles, offers, then the weights and the detail
        for first, second in (
            (self.ingredient_view, self.filter),
            (self.filter, self.certified_only),
            (self.certified_only, self.no_air),
            (self.no_air, self.show_excluded),
            (self.show_excluded, self.table),
        ):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.ingredient_view and event.type() == QEvent.Type.Resize:
            self.ingredient_view.setColumnHidden(2, self.ingredient_view.width() < RECOMMENDED_FROM_WIDTH)
        elif watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._keep_price_in_view()
        return super().eventFilter(watched, event)

    def _keep_price_in_view(self) -> None:
        """Narrow the product and supplier columns (their tooltips keep the whole text), down to
        NAME_WIDTH_MIN, until the unit column ends inside the table: price and unit are read on
        every click, the names only need to be recognised."""
        unit = column_of("base_unit")
        over = self.table.columnViewportPosition(unit) + self.table.columnWidth(unit) - self.table.viewport().width()
        over += self.table.horizontalScrollBar().value()  # positions are relative to the scrolled view
        for key in ("product", "supplier"):
            if over <= 0:
                return
            column = column_of(key)
            width = self.table.columnWidth(column)
            narrower = max(NAME_WIDTH_MIN, width - over)
            self.table.setColumnWidth(column, narrower)
            over -= width - narrower

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    def install_charts(self) -> None:
        """Create the charts (imports matplotlib); the window is already on screen by then."""
        if self.charts is not None:
            return
        from desktop_app.charts_panel import ChartsPanel  # matplotlib loads after the first paint (start time)

        self.charts = ChartsPanel()
        self.charts.offerPicked.connect(self.select_offer)
        self.charts.history_source = lambda ingredient: ingredient_history(self.session.workspace, ingredient)
        self.session.historyChanged.connect(self.charts.history_changed)
        layout = self.charts_slot.layout()
        assert layout is not None  # made in __init__
        layout.addWidget(self.charts)
        self.detail.install_chart()
        self._show_charts()
        offer_id = self.detail.offer_id()
        if offer_id is not None:
            self.charts.set_selected(self.session.offer(offer_id))

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by product, supplier, origin…"))
        self.certified_only.setText(self.tr("Certified only"))
        self.no_air.setText(self.tr("No air freight"))
        self.show_excluded.setText(self.tr("Show excluded"))
        self.change_action.setText(self.tr("Change ingredient…"))
        self.filter.setToolTip(self.tr("Filter the offers (Ctrl+F)"))
        self.offers.retranslate()
        self.ingredients.retranslate()
        self._update_heading()

    # -- data in ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """New ranking: keep the chosen ingredient and offer when they still exist."""
        keep_offer = None if self._auto_selected else self.detail.offer_id()
        if self.pending_selection is not None:
            keep_offer, self.pending_selection = self.pending_selection, None
        frame = self.session.ranked
        self.offers.jump_pct = self.session.settings.price_jump_pct
        self.offers.stale_days = self.session.settings.stale_after_days
        self.detail.jump_pct = self.session.settings.price_jump_pct
        self.detail.stale_days = self.session.settings.stale_after_days
        self.ingredients.set_frame(frame, current_language())
        if self._ingredient is None or self.ingredients.row_of(self._ingredient) < 0:
            self._ingredient = (
                self.ingredients.data(self.ingredients.index(0, 0), INGREDIENT_ROLE)
                if self.ingredients.rowCount()
                else None
            )
        self._select_ingredient_row(self._ingredient)
        self._show_ingredient()
        if keep_offer is not None and self.offers.row_of(keep_offer) >= 0:
            self.select_offer(keep_offer)
        else:
            self._select_top_option()

    def _select_top_option(self) -> None:
        """Show the recommended option in detail, so the pane is never blank when there is one."""
        self.table.sortByColumn(
            self.table.horizontalHeader().sortIndicatorSection(), self.table.horizontalHeader().sortIndicatorOrder()
        )
        first = self.proxy.index(0, 0)
        if first.isValid():
            self.select_offer(self.offers.data(self.proxy.mapToSource(first), OFFER_ID_ROLE))
            self._auto_selected = True  # follows the ranking until the user picks an offer
        else:
            self.detail.show_offer(None)

    def _show_ingredient(self) -> None:
        """Put the chosen ingredient's options in the table and the charts (drawn just after)."""
        self.offers.set_frame(self._ingredient_frame())
        if self.offers.rowCount() <= 500:  # reading whole names matters more than a few ms
            if not self._columns_sized:
                self.table.resizeColumnsToContents()
                self._columns_sized = self.offers.rowCount() > 0
            else:  # numbers keep their width; sizing every column costs most of a click
                for key in NAME_COLUMNS:
                    self.table.resizeColumnToContents(column_of(key))
            for key in NAME_COLUMNS:
                column = column_of(key)
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), NAME_WIDTH_MAX))
            self._keep_price_in_view()
        self._update_heading()
        self._show_charts()

    def _update_heading(self) -> None:
        count = self.proxy.rowCount()
        if self.session.ranked.empty:
            self.heading.setText(self.tr("No offers yet. Import a supplier's price list (Ctrl+O) or drop it here."))
        else:
            text = self.tr("%n option(s)", "", count)
            waiting = int(waiting_for_review(self._ingredient_frame()).sum())
            if waiting:
                text += " · " + self.tr("%n wait for review (shown with “Show excluded”)", "", waiting)
            self.heading.setText(text)

    def _ingredient_frame(self) -> pd.DataFrame:
        frame = self.session.ranked
        if frame.empty or self._ingredient is None or "ingredient" not in frame:
            return frame
        return frame[frame["ingredient"].to_numpy() == self._ingredient]

    def _show_charts(self) -> None:
        if self.charts is not None:
            self.charts.set_frame(self._ingredient_frame())
            ingredient = self._ingredient or None
            title = ingredient_names([ingredient], current_language())[ingredient] if ingredient else ""
            self.charts.set_ingredient(ingredient, title)

    def _select_ingredient_row(self, ident: str | None) -> None:
        row = self.ingredients.row_of(ident) if ident is not None else -1
        if row >= 0:
            model = self.ingredient_view.selectionModel()
            model.blockSignals(True)
            model.setCurrentIndex(
                self.ingredients.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            model.blockSignals(False)

    # -- selections ---------------------------------------------------------------------------
    def _ingredient_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        self._ingredient = self.ingredients.data(current, INGREDIENT_ROLE)
        self._show_ingredient()
        self._select_top_option()

    def _offer_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        source = self.proxy.mapToSource(current)
        offer_id = self.offers.data(source, OFFER_ID_ROLE)
        self._auto_selected = False
        self._show_offer(offer_id)

    def _show_offer(self, offer_id: int) -> None:
        offer = self.session.offer(offer_id)
        self.detail.show_offer(offer, self.session.explanation(offer_id) or "")
        if offer is not None:  # computed in the background; the pane shows it if still on this offer
            self.session.request_explanation(offer_id, self.detail.show_explanation)
        if self.charts is not None:
            self.charts.set_selected(offer)

    def select_offer(self, offer_id: int) -> None:
        """Select an offer's row (from a chart click or after a re-rank)."""
        offer = self.session.offer(offer_id)
        if offer is None:
            return
        ingredient = str(offer.get("ingredient", ""))
        if ingredient != self._ingredient:
            self._ingredient = ingredient
            self._select_ingredient_row(ingredient)
            self._show_ingredient()
        row = self.offers.row_of(offer_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.offers.index(row, 0))
        if not proxy_index.isValid():  # hidden by the text filter or as excluded
            self.filter.clear()
            self.proxy.set_show_excluded(True)
            self.show_excluded.setChecked(True)
            proxy_index = self.proxy.mapFromSource(self.offers.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(proxy_index)

    def selected_offer_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.offers.data(self.proxy.mapToSource(index), OFFER_ID_ROLE)

    # -- the chef's corrections -------------------------------------------------------------------
    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self.table)
        menu.addAction(self.change_action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def change_ingredient(self, offer_id: int | None = None) -> ChangeIngredientDialog | None:
        """Ask which ingredient the selected offer is; remember and apply the answer."""
        offer_id = offer_id if offer_id is not None else self.selected_offer_id()
        if offer_id is None:
            return None
        chosen = int(offer_id)
        offer = self.session.offer(chosen)
        if offer is None:
            return None
        dialog = ChangeIngredientDialog(str(offer["product"]), str(offer["supplier"]), str(offer["ingredient"]), self)
        dialog.accepted.connect(lambda: self._apply_ingredient(chosen, dialog.choice))
        self.change_dialog = dialog
        dialog.open()
        return dialog

    def _apply_ingredient(self, offer_id: int, ingredient: str | None) -> None:
        if ingredient is None:
            return
        try:
            self.session.change_ingredient(offer_id, ingredient)
        except UserError as error:
            show_error(self, error)
            return
        self._auto_selected = False
        self.pending_selection = offer_id  # select it again once the new ranking arrives

    def _audited(self, offer_id: int, entry: dict) -> None:
        self.auditEntered.emit(offer_id, entry)
