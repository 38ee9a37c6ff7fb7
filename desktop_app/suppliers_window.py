"""The suppliers window: how each supplier stands in a month or quarter (ranked, with the change
since the period before), one supplier's scorecard over time, and what changed in the latest
lists. Figures come from core.history; the standing weeks are judged in the background when
they are not ready (BackgroundOp), so choosing a period never freezes the window."""

from __future__ import annotations

import pandas as pd
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.charts import history as history_charts
from core.history.lists import current_offers, dropped_products
from core.history.standing import MONTH, QUARTER, periods, scorecard, standing_table, weeks_to_judge
from core.history.upkeep import prepare_standing_file
from core.ranking.rank import Constraints
from desktop_app.offers_table import SORT_ROLE
from desktop_app.operations import BackgroundOp
from desktop_app.session import Session
from desktop_app.standing_models import SUPPLIER_ROLE, ChangesModel, StandingModel, changes_frame
from desktop_app.translations import Retranslated


def _table(model, name: str) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


def fit_columns(view: QTableView, minimum: int = 56) -> None:
    """Columns sized to their contents; when that is wider than the view, a column whose header
    is wider than its values gives up header room first, its header then written on two lines
    (never narrower than its longest word, so no word is cut), and at 1280 px the whole table is
    in view without scrolling. Each header's tooltip has it whole too."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    header.setTextElideMode(Qt.TextElideMode.ElideNone)  # Qt elides before it wraps: wrapped, not cut
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
    model, metrics = view.model(), header.fontMetrics()
    count = header.count()
    widths = [header.sectionSize(c) for c in range(count)]
    padding = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
    words = [
        max(
            (metrics.horizontalAdvance(w) for w in str(model.headerData(c, Qt.Orientation.Horizontal) or "").split()),
            default=0,
        )
        + padding
        for c in range(count)
    ]
    floors = [max(min(view.sizeHintForColumn(c), widths[c]), minimum, min(words[c], widths[c])) for c in range(count)]
    slack = [max(w - f, 0) for w, f in zip(widths, floors, strict=True)]
    excess = sum(widths) - view.viewport().width()
    header.setMinimumHeight(0)
    if excess <= 0 or not sum(slack):
        return
    share = min(1.0, excess / sum(slack))
    for column in range(count):
        if slack[column]:
            header.resizeSection(column, widths[column] - int(round(slack[column] * share)))
    header.setMinimumHeight(2 * metrics.lineSpacing() + padding)  # the narrowed headers on two lines


class JumpFilter(QSortFilterProxyModel):
    """Only the price jumps, when asked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.only_jumps = False
        self.setSortRole(SORT_ROLE)

    def set_only_jumps(self, only: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.only_jumps = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.only_jumps = only
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        model = self.sourceModel()
        return not self.only_jumps or (isinstance(model, ChangesModel) and model.is_jump(source_row))


class SuppliersWindow(Retranslated, QWidget):
    def __init__(self, session: Session, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("suppliersWindow")
        self.session = session
        self.resize(1180, 680)
        self.kind = QComboBox()
        self.kind.setObjectName("periodKind")
        self.kind.currentIndexChanged.connect(lambda _i: self.fill_periods())
        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.currentIndexChanged.connect(lambda _i: self.show_standing())
        self.kind_label, self.period_label, self.status = QLabel(), QLabel(), QLabel()
        self.status.setObjectName("standingStatus")
        bar = QHBoxLayout()
        for widget in (self.kind_label, self.kind, self.period_label, self.period):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        # standing
        self.standing = StandingModel(self)
        self.standing_view, self.standing_proxy = _table(self.standing, "standingTable")
        self.standing_view.doubleClicked.connect(self._open_scorecard)
        self.note = QLabel()
        self.note.setWordWrap(True)
        standing_page = QWidget()
        standing_layout = QVBoxLayout(standing_page)
        standing_layout.addWidget(self.standing_view, 1)
        standing_layout.addWidget(self.note)
        # scorecard
        self.supplier = QComboBox()
        self.supplier.setObjectName("scorecardSupplier")
        self.supplier.currentIndexChanged.connect(lambda _i: self.show_scorecard())
        self.card = FigureCanvasQTAgg(Figure(figsize=(8, 4)))
        self.card.setObjectName("scorecardChart")
        self.card.figure.subplots_adjust(left=0.08, right=0.74, top=0.95, bottom=0.08, hspace=0.35)
        self.card_share_axes = self.card.figure.add_subplot(2, 1, 1)
        self.card_index_axes = self.card.figure.add_subplot(2, 1, 2)
        self.supplier_label = QLabel()
        card_page = QWidget()
        card_layout = QVBoxLayout(card_page)
        supplier_row = QHBoxLayout()
        supplier_row.addWidget(self.supplier_label)
        supplier_row.addWidget(self.supplier, 1)
        card_layout.addLayout(supplier_row)
        card_layout.addWidget(self.card, 1)
        # latest changes
        self.changes = ChangesModel(self)
        self.changes_filter = JumpFilter(self)
        self.changes_filter.setSourceModel(self.changes)
        self.changes_view = QTableView()
        self.changes_view.setObjectName("changesTable")
        self.changes_view.setModel(self.changes_filter)
        self.changes_view.setSortingEnabled(True)
        self.changes_view.verticalHeader().setVisible(False)
        self.changes_view.setAlternatingRowColors(True)
        self.only_jumps = QCheckBox()
        self.only_jumps.setObjectName("onlyJumps")
        self.only_jumps.toggled.connect(self.changes_filter.set_only_jumps)
        changes_page = QWidget()
        changes_layout = QVBoxLayout(changes_page)
        changes_layout.addWidget(self.only_jumps)
        changes_layout.addWidget(self.changes_view, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(standing_page, "")
        self.tabs.addTab(card_page, "")
        self.tabs.addTab(changes_page, "")
        self.tabs.currentChanged.connect(lambda _i: self.show_current_tab())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self._preparing: BackgroundOp | None = None
        self._lists = pd.DataFrame()
        self._stale = True  # read again when next shown
        session.historyChanged.connect(self.refresh)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Suppliers over time"))
        self.kind_label.setText(self.tr("Period:"))
        self.period_label.setText(self.tr("Showing:"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Quarter"), QUARTER)
        self.kind.addItem(self.tr("Month"), MONTH)
        self.kind.setCurrentIndex(max(self.kind.findData(current or QUARTER), 0))
        self.kind.blockSignals(False)
        self.tabs.setTabText(0, self.tr("Standing"))
        self.tabs.setTabText(1, self.tr("Scorecard"))
        self.tabs.setTabText(2, self.tr("Latest changes"))
        self.supplier_label.setText(self.tr("Supplier:"))
        self.only_jumps.setText(self.tr("Only price changes above the threshold"))
        self.note.setText(
            self.tr(
                "Recommended: share of the supplier's offers that were the best option of their ingredient that "
                "week, with the default weights of the settings. Price index: its prices against each ingredient's "
                "market median (100 = median; below 100 is cheaper). Complete rows: origin, transport and "
                "certification stated. Flagged or refused: rows flagged or refused at import. Changes compare with "
                "the previous period. Double-click a supplier for its scorecard."
            )
        )
        self.standing.retranslate()
        self.changes.retranslate()
        self.show_current_tab()

    # -- data ---------------------------------------------------------------------------------------
    def _params(self) -> tuple:
        return self.session.standing_weights(), Constraints(), self.session.settings.stale_after_days

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        for view in (self.standing_view, self.changes_view):
            if view.model() is not None and view.model().rowCount():
                fit_columns(view)

    def refresh(self) -> None:
        """New lists or scores: periods, suppliers and the tab on screen read again (when shown;
        a hidden or closed window reads when it is shown again)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        lists = self.session.workspace.price_lists()
        self._lists = lists
        suppliers = sorted(set(lists["supplier"])) if not lists.empty else []
        chosen = self.supplier.currentText()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItems(suppliers)
        if chosen in suppliers:
            self.supplier.setCurrentText(chosen)
        self.supplier.blockSignals(False)
        self.fill_periods()

    def fill_periods(self) -> None:
        kind = self.kind.currentData() or QUARTER
        chosen = self.period.currentText()
        found = periods(self._lists, kind)
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems(found)
        if chosen in found:
            self.period.setCurrentText(chosen)
        self.period.blockSignals(False)
        self.show_current_tab()

    def show_current_tab(self) -> None:
        if not self.isVisible():
            self._stale = True
            return
        [self.show_standing, self.show_scorecard, self.show_changes][self.tabs.currentIndex()]()

    def _ready(self, periods_wanted: list[str] | None, kind: str) -> bool:
        """True when the standing weeks are judged; else judge them in the background first."""
        weights, constraints, stale = self._params()
        if not weeks_to_judge(self.session.workspace, periods_wanted, kind, weights, constraints, stale):
            return True
        if self._preparing is None:
            path = self.session.workspace.path
            self.status.setText(self.tr("Comparing the suppliers week by week…"))
            self._preparing = (
                BackgroundOp(self, lambda p: prepare_standing_file(path, weights, constraints, stale, p))
                .success(self._prepared)
                .failure(self._prepared)
                .run()
            )
        return False

    def _prepared(self, _result=None) -> None:
        self._preparing = None
        self.status.clear()
        self.show_current_tab()

    def show_standing(self) -> None:
        kind, period = self.kind.currentData() or QUARTER, self.period.currentText()
        if not period:
            self.standing.set_frame(pd.DataFrame())
            self.status.setText(self.tr("No price lists stored yet."))
            return
        if not self._ready([period], kind):
            return
        weights, constraints, stale = self._params()
        table = standing_table(self.session.workspace, kind, [period], weights, constraints, stale)
        self.standing.set_frame(table)
        self.standing_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.standing_view)
        self.status.setText(self.tr("%n supplier(s) in %1", "", len(table)).replace("%1", period))

    def show_scorecard(self) -> None:
        supplier, kind = self.supplier.currentText(), self.kind.currentData() or QUARTER
        card = pd.DataFrame(columns=["period"])
        if supplier:
            if not self._ready(None, kind):
                return
            weights, constraints, stale = self._params()
            card = scorecard(self.session.workspace, supplier, kind, weights, constraints, stale)
        history_charts.scorecard(
            self.card_share_axes,
            self.card_index_axes,
            card,
            {
                "recommended": self.tr("Share recommended"),
                "score": self.tr("Mean sustainability score"),
                "completeness": self.tr("Complete rows"),
                "index": self.tr("Price index (100 = market median)"),
                "empty": self.tr("No lists from this supplier yet"),
            },
        )
        self.card.draw_idle()

    def show_changes(self) -> None:
        settings = self.session.settings
        current = current_offers(self.session.workspace, settings.stale_after_days, settings.price_jump_pct)
        self.changes.set_frame(changes_frame(current, dropped_products(self.session.workspace)))
        self.changes_view.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # the largest changes first
        fit_columns(self.changes_view)

    def _open_scorecard(self, index) -> None:
        supplier = self.standing_proxy.data(index, SUPPLIER_ROLE)
        if supplier:
            self.supplier.setCurrentText(supplier)
            self.tabs.setCurrentIndex(1)
