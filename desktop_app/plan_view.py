"""The plan tab, layout and wiring only: the week's needs, recipes and supplier terms on the
left; the plan's options, its comparison with the cheapest, greenest and current-suppliers
plans, the orders by supplier and the cost/carbon trade-off chart (click a point to choose
that plan) on the right. Every computation is core.planning, run through BackgroundOp."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.errors import Cancelled, UserError
from core.i18n import current_language
from core.planning.needs import read_needs, resolve_needs
from core.planning.optimiser import PlanOptions
from core.planning.recipes import needs_from_recipes, read_recipes, resolve_recipes
from core.planning.terms import merge_terms
from core.planning.week import WeekPlan, plan_week
from core.ranking.rank import Constraints
from desktop_app.error_dialog import show_error, show_info
from desktop_app.operations import BackgroundOp
from desktop_app.plan_jobs import comparison_columns, dish_table, plan_columns, save_orders, save_plan_csv, terms_rows
from desktop_app.plan_models import DishesModel, NeedsModel, ReadOnlyModel, Rows, TermsModel
from desktop_app.session import Session
from desktop_app.translations import Retranslated

FRONTIER_POINTS = 9
TABLE_FILTER = "*.csv *.xlsx *.xls *.ods"


def next_monday(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7 or 7)


NAME_COLUMN_MAX = 170  # px: the narrowest a name column is squeezed to when room is short (NameWidths)
NEEDS_NAME_MAX = 150  # px: the needs' ingredient, so that their current supplier keeps about 100 px at 1280
DISH_NAME_MAX = 130  # px: the dishes, so that their cost per portion shows at 1280


def _table(model, editable: bool = False) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    model.modelReset.connect(view.resizeColumnsToContents)  # whole names readable; few rows
    if editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
    return view


class NameWidths(QObject):
    """Name columns fitted to the room their table has: whole when it is wide (at 1920 px the
    order lines' products were cut at 170 px beside an empty stretched score column), and down to
    ``narrowest`` px when it is not, so that at 1280x720 the needs show their current supplier and
    the order lines what is ordered and what it costs; the tooltips keep the names whole."""

    def __init__(self, view: QTableView, model: Rows, keys: tuple[str, ...], narrowest: int = NAME_COLUMN_MAX):
        super().__init__(view)
        self.view, self.model, self.keys, self.narrowest = view, model, keys, narrowest
        view.viewport().installEventFilter(self)
        model.modelReset.connect(self.fit)  # after the view's resizeColumnsToContents, connected before

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        natural = lambda p: max(view.sizeHintForColumn(p), header.sectionSizeHint(p))
        names = [p for p, key in enumerate(self.model.keys) if key in self.keys]
        stretched = {p for p in range(header.count()) if header.sectionResizeMode(p) == QHeaderView.ResizeMode.Stretch}
        if header.stretchLastSection():
            stretched.add(header.count() - 1)
        others = sum(
            natural(p) if p in stretched else view.columnWidth(p)
            for p in range(header.count())
            if p not in names and not header.isSectionHidden(p)
        )
        whole = {p: natural(p) for p in names}
        squeezed = {p: min(width, self.narrowest) for p, width in whole.items()}
        spare = view.viewport().width() - others - sum(squeezed.values())
        for p in names:  # the room left goes to the names in order, each up to its whole width
            extra = max(0, min(spare, whole[p] - squeezed[p]))
            spare -= extra
            view.setColumnWidth(p, squeezed[p] + extra)


class PlanView(Retranslated, QWidget):
    planned = Signal()

    def __init__(self, session: Session, settings, parent=None):
        super().__init__(parent)
        self.setObjectName("planView")
        self.session, self.settings = session, settings
        self.workspace = session.workspace
        self.week: WeekPlan | None = None
        self.selected_point: int | None = None
        self.chart: Any = None  # the FrontierChart, made once matplotlib may load
        # inputs: needs, recipes, suppliers
        self.week_start = QDateEdit()
        self.week_start.setObjectName("planWeek")
        self.week_start.setCalendarPopup(True)
        self.week_start.setDisplayFormat("dd/MM/yyyy")
        monday = next_monday()
        self.week_start.setDate(QDate(monday.year, monday.month, monday.day))
        self.week_start.dateChanged.connect(lambda _date: self.load_week())
        self.week_label = QLabel()
        self.needs = NeedsModel(self)
        self.needs.edited.connect(self._save_needs)
        self.needs_view = _table(self.needs, editable=True)
        NameWidths(self.needs_view, self.needs, ("ingredient",), NEEDS_NAME_MAX)
        supplier_column = self.needs.keys.index("current_supplier")  # takes the width left, names cut with "…"
        self.needs_view.horizontalHeader().setSectionResizeMode(supplier_column, QHeaderView.ResizeMode.Stretch)
        self.needs_view.setObjectName("needsTable")
        self.add_need, self.remove_need, self.import_needs = QPushButton(), QPushButton(), QPushButton()
        self.add_need.clicked.connect(self._add_need)
        self.remove_need.clicked.connect(self._remove_needs)
        self.import_needs.clicked.connect(self.choose_needs_file)
        needs_page = QWidget()
        needs_layout = QVBoxLayout(needs_page)
        week_row = QHBoxLayout()
        week_row.addWidget(self.week_label)
        week_row.addWidget(self.week_start)
        week_row.addStretch(1)
        needs_layout.addLayout(week_row)
        needs_layout.addWidget(self.needs_view, 1)
        needs_buttons = QHBoxLayout()
        for button in (self.add_need, self.remove_need, self.import_needs):
            needs_buttons.addWidget(button)
        needs_layout.addLayout(needs_buttons)
        self.dishes = DishesModel(self)
        self.dishes.edited.connect(self._save_covers)
        self.dishes_view = _table(self.dishes, editable=True)
        self.dishes_view.setObjectName("dishesTable")
        NameWidths(self.dishes_view, self.dishes, ("dish",), DISH_NAME_MAX)
        self.import_recipes, self.use_recipes = QPushButton(), QPushButton()
        self.import_recipes.clicked.connect(self.choose_recipes_file)
        self.use_recipes.clicked.connect(self.needs_from_covers)
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        recipes_page = QWidget()
        recipes_layout = QVBoxLayout(recipes_page)
        recipes_layout.addWidget(self.dishes_view, 1)
        recipes_layout.addWidget(self.basis_label)
        # one button a row: side by side, the Spanish "Usar los cubiertos como necesidades de la
        # semana" made the inputs pane 473 px wide and pushed the orders' kg CO2e out of view at 1280 px
        for button in (self.import_recipes, self.use_recipes):
            recipes_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.terms = TermsModel(self)
        self.terms.edited.connect(self._save_terms)
        self.terms_view = _table(self.terms, editable=True)
        self.terms_view.setObjectName("termsTable")
        self.terms_hint = QLabel()
        self.terms_hint.setWordWrap(True)
        terms_page = QWidget()
        terms_layout = QVBoxLayout(terms_page)
        terms_layout.addWidget(self.terms_view, 1)
        terms_layout.addWidget(self.terms_hint)
        self.inputs = QTabWidget()
        for page in (needs_page, recipes_page, terms_page):
            self.inputs.addTab(page, "")
        # options and actions
        self.objective = QComboBox()
        self.objective.setObjectName("planObjective")
        self.budget = QDoubleSpinBox()
        self.budget.setRange(0.0, 10_000_000.0)
        self.budget.setDecimals(2)
        self.budget.setSingleStep(100.0)
        self.max_suppliers = QSpinBox()
        self.max_suppliers.setRange(0, 200)
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(0.0, 1.0)
        self.min_score.setSingleStep(0.05)
        self.no_air, self.certified = QCheckBox(), QCheckBox()
        self.options_box = QGroupBox()
        form = QFormLayout(self.options_box)
        self.option_labels = [QLabel() for _ in range(4)]
        for label, widget in zip(self.option_labels, (self.objective, self.budget, self.max_suppliers, self.min_score)):
            form.addRow(label, widget)
        form.addRow(self.no_air)
        form.addRow(self.certified)
        self.plan_button, self.frontier_button = QPushButton(), QPushButton()
        self.plan_button.setObjectName("makePlan")
        self.frontier_button.setObjectName("makeFrontier")
        self.plan_button.clicked.connect(lambda: self.make_plan(frontier=False))
        self.frontier_button.clicked.connect(lambda: self.make_plan(frontier=True))
        self.orders_button, self.csv_button = QPushButton(), QPushButton()
        self.orders_button.clicked.connect(self.choose_orders_path)
        self.csv_button.clicked.connect(self.choose_csv_path)
        actions = QVBoxLayout()
        for button in (self.plan_button, self.frontier_button, self.orders_button, self.csv_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.options_box, 1)
        top.addLayout(actions)
        # results
        self.status = QLabel()
        self.status.setObjectName("planStatus")
        self.status.setWordWrap(True)
        self.comparison = ReadOnlyModel(comparison_columns(), self)
        self.comparison_view = _table(self.comparison)
        self.comparison_view.setObjectName("planComparison")
        # the four plans, no scrolling, and room for a horizontal scroll bar in a narrow window
        scroll_bar = self.comparison_view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.comparison_view.setFixedHeight(26 + 4 * 24 + 4 + scroll_bar)
        self.lines = ReadOnlyModel(plan_columns(), self)
        self.lines_view = _table(self.lines)
        self.lines_view.setObjectName("planLines")
        NameWidths(self.lines_view, self.lines, ("supplier", "product"))
        self.chart_slot = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_slot)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.results = QTabWidget()
        self.results.addTab(self.lines_view, "")
        self.results.addTab(self.chart_slot, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.comparison_view)
        right_layout.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("planPanes")  # named: the window remembers where the user drags it
        splitter.addWidget(self.inputs)
        splitter.addWidget(right)
        splitter.setSizes([400, 870])  # at 1280 px the order lines show through their kg CO2e
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        session.offersChanged.connect(self.refresh_terms)
        self.retranslate()
        self._update_buttons()

    # -- start, language ------------------------------------------------------------------------
    def install_chart(self) -> None:
        """Create the trade-off chart (imports matplotlib) once the window is on screen."""
        if self.chart is not None:
            return
        from desktop_app.frontier_chart import FrontierChart  # matplotlib loads after the first paint (start time)

        self.chart = FrontierChart()
        self.chart.pointPicked.connect(self.choose_point)
        self.chart_layout.addWidget(self.chart)
        self._draw_chart()

    def retranslate(self) -> None:
        self.week_label.setText(self.tr("Week of"))
        self.inputs.setTabText(0, self.tr("Needs"))
        self.inputs.setTabText(1, self.tr("Recipes"))
        self.inputs.setTabText(2, self.tr("Suppliers"))
        self.add_need.setText(self.tr("Add ingredient"))
        self.remove_need.setText(self.tr("Remove"))
        self.import_needs.setText(self.tr("Import needs…"))
        self.import_recipes.setText(self.tr("Import recipes…"))
        self.use_recipes.setText(self.tr("Use the covers as this week's needs"))
        self.terms_hint.setText(
            self.tr(
                "Minimum orders read from a price list cannot be changed here; enter the terms of the other "
                "suppliers (a minimum of 0 means none)."
            )
        )
        self.options_box.setTitle(self.tr("Plan"))
        current = self.objective.currentIndex()
        self.objective.clear()
        self.objective.addItem(self.tr("Lowest cost"), "cost")
        self.objective.addItem(self.tr("Lowest kg CO2e"), "co2")
        self.objective.setCurrentIndex(max(current, 0))
        for label, text in zip(
            self.option_labels,
            (self.tr("Minimise"), self.tr("Budget (S/)"), self.tr("Most suppliers"), self.tr("Minimum score")),
        ):
            label.setText(text)
        self.budget.setSpecialValueText(self.tr("no limit"))
        self.max_suppliers.setSpecialValueText(self.tr("no limit"))
        self.min_score.setSpecialValueText(self.tr("none"))
        self.no_air.setText(self.tr("No air freight"))
        self.certified.setText(self.tr("Certified only"))
        self.plan_button.setText(self.tr("Make the plan"))
        self.frontier_button.setText(self.tr("Plan with trade-off chart"))
        self.orders_button.setText(self.tr("Save orders…"))
        self.csv_button.setText(self.tr("Save plan as CSV…"))
        self.results.setTabText(0, self.tr("Orders by supplier"))
        self.results.setTabText(1, self.tr("Cost and carbon trade-off"))
        for model in (self.needs, self.terms, self.dishes, self.comparison, self.lines):
            model.retranslate()
        self._show_status()
        self._draw_chart()

    # -- the week's needs ---------------------------------------------------------------------------
    def week_key(self) -> str:
        return self.week_start.date().toString("yyyy-MM-dd")

    def week_date(self) -> dt.date:
        return dt.date.fromisoformat(self.week_key())

    def load_week(self) -> None:
        """The needs, covers and current suppliers saved for the chosen week."""
        saved = self.workspace.needs(self.week_key())
        current = self.workspace.current_suppliers()
        rows = [dict(r, current_supplier=current.get(r["ingredient"], "")) for r in saved.to_dict("records")]
        self.needs.set_rows(rows)
        self.refresh_dishes()
        self.refresh_terms()
        self.week, self.selected_point = None, None
        self._show_plan()

    def _save_needs(self) -> None:
        frame = self.needs.frame()
        try:
            self.workspace.save_needs(self.week_key(), frame.fillna(""))
            known = {r["ingredient"]: r.get("current_supplier", "") for r in self.needs.rows if r.get("ingredient")}
            marked = self.workspace.current_suppliers()
            for ingredient, supplier in known.items():
                if marked.get(ingredient, "") != supplier:
                    self.workspace.set_current_supplier(ingredient, supplier)
                    self.session.current_changed()
        except UserError as error:
            show_error(self, error)

    def _add_need(self) -> None:
        row = self.needs.add_row()
        self.needs_view.edit(self.needs.index(row, 0))

    def _remove_needs(self) -> None:
        self.needs.remove([i.row() for i in self.needs_view.selectionModel().selectedRows()])

    def set_needs(self, needs: pd.DataFrame) -> None:
        """Show resolved needs (NEEDS_COLUMNS) as the week's and save them."""
        current = self.workspace.current_suppliers()
        rows = []
        for r in needs.to_dict("records"):
            supplier = r.get("current_supplier") or current.get(r["ingredient"], "")
            rows.append(
                dict(
                    ingredient=r["ingredient"],
                    quantity=round(float(r["quantity"]), 3),
                    unit=r["unit"],
                    current_supplier=supplier,
                )
            )
        self.needs.set_rows(rows)
        self._save_needs()

    def choose_needs_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the week's needs"),
            str(Path.home()),
            self.tr("Tables (%1)").replace("%1", TABLE_FILTER),
        )
        if name:
            self.import_needs_file(Path(name))

    def import_needs_file(self, path: Path) -> BackgroundOp:
        return BackgroundOp(self, lambda p: read_needs(path)).success(self.set_needs).run()

    # -- recipes -----------------------------------------------------------------------------------------
    def choose_recipes_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import recipes"), str(Path.home()), self.tr("Tables (%1)").replace("%1", TABLE_FILTER)
        )
        if name:
            self.import_recipes_file(Path(name))

    def import_recipes_file(self, path: Path) -> BackgroundOp:
        return BackgroundOp(self, lambda p: read_recipes(path)).success(self._recipes_read).run()

    def _recipes_read(self, recipes: pd.DataFrame) -> None:
        self.workspace.save_recipes(recipes)
        self.refresh_dishes()

    def recipes(self) -> pd.DataFrame:
        return resolve_recipes(self.workspace.recipes())

    def refresh_dishes(self) -> None:
        """Dishes with this week's covers, priced at the plan (or the cheapest plannable offers)."""
        recipes, covers = self.recipes(), self.workspace.covers(self.week_key())
        scored = self.session.scored
        lines = self.week.plan.lines if self.week is not None else None
        self.basis_label.setText(
            self.tr("Cost and kg CO2e per portion as bought in the plan.")
            if lines is not None
            else self.tr("Cost and kg CO2e per portion at the cheapest offer that may be planned.")
        )
        BackgroundOp(self, lambda p: dish_table(recipes, scored, lines, covers)).success(self.dishes.set_rows).run()

    def _save_covers(self) -> None:
        self.workspace.save_covers(self.week_key(), self.dishes.covers())

    def needs_from_covers(self) -> None:
        try:
            needs = needs_from_recipes(self.recipes(), {k: v for k, v in self.dishes.covers().items() if v > 0})
        except UserError as error:
            show_error(self, error)
            return
        self.set_needs(needs)
        self.inputs.setCurrentIndex(0)

    # -- supplier terms -------------------------------------------------------------------------------------
    def refresh_terms(self) -> None:
        self.terms.set_rows(terms_rows(self.session.offers, self.workspace.terms()))

    def _save_terms(self) -> None:
        try:
            self.workspace.save_terms(self.terms.entered(), "window")
        except UserError as error:
            show_error(self, error)

    # -- planning -------------------------------------------------------------------------------------------
    def options(self) -> PlanOptions:
        return PlanOptions(
            objective=self.objective.currentData() or "cost",
            budget_pen=self.budget.value() or None,
            max_suppliers=self.max_suppliers.value() or None,
            constraints=Constraints(
                certified_only=self.certified.isChecked(),
                no_air_freight=self.no_air.isChecked(),
                min_score=self.min_score.value() or None,
            ),
        )

    def make_plan(self, frontier: bool = False) -> BackgroundOp | None:
        try:
            needs = resolve_needs(self.needs.frame())
            options = self.options()
        except UserError as error:
            self._fail(error)
            return None
        scored, lang = self.session.scored, current_language()
        stored = self.workspace.terms()
        terms = merge_terms(stored[stored["source"] == "price_list"], stored[stored["source"] == "window"])
        marked = self.workspace.current_suppliers()
        points = FRONTIER_POINTS if frontier else 0
        self.status.setText(self.tr("Planning…"))
        return (
            BackgroundOp(
                self, lambda p: plan_week(needs, scored, terms, options, marked, points, lang=lang, progress=p)
            )
            .with_progress(self.tr("Planning the week's purchases…"))
            .success(self._planned)
            .failure(self._fail)
            .run()
        )

    def _planned(self, week: WeekPlan) -> None:
        self.week = week
        self.selected_point = (
            (len(week.frontier) - 1 if week.options.objective == "cost" else 0) if week.frontier else None
        )
        self._show_plan()
        self.refresh_dishes()
        if week.frontier:
            self.results.setCurrentIndex(1)
        self.planned.emit()

    def _fail(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self._show_status()
            return
        if not isinstance(error, UserError):
            show_error(self, error)
        self.week = None
        self._show_plan()
        self.status.setText(str(error))
        self.status.setStyleSheet("color: #b42318;")

    def choose_point(self, position: int) -> None:
        """A click on the trade-off chart: that point's plan becomes the plan."""
        if self.week is None or not 0 <= position < len(self.week.frontier):
            return
        self.selected_point = position
        self.week = self.week.choose(self.week.frontier[position].plan)
        self._show_plan()
        self.refresh_dishes()

    def _show_plan(self) -> None:
        week = self.week
        self.comparison.set_frame(week.comparison() if week is not None else pd.DataFrame())
        self.lines.set_frame(week.plan.lines if week is not None else pd.DataFrame())
        self._show_status()
        self._draw_chart()
        self._update_buttons()

    def _show_status(self) -> None:
        self.status.setStyleSheet("")
        week = self.week
        if week is None:
            self.status.setText(self.tr("Enter the week's needs (or import them), then make the plan."))
            return
        plan = week.plan
        quality = (
            self.tr("proven optimal")
            if plan.optimal and plan.gap <= 1e-6
            else self.tr("within %1 % of the best possible").replace("%1", f"{plan.gap * 100:.2f}")
        )
        text = (
            self.tr("S/ %1 · %2 kg CO2e · %n delivery(ies) · %4", "", plan.deliveries)
            .replace("%1", f"{plan.cost_pen:,.2f}")
            .replace("%2", f"{plan.kg_co2e:,.1f}")
            .replace("%4", quality)
        )
        if not week.current.available and any(r.get("current_supplier") for r in self.needs.rows):
            text += "\n" + self.tr("Current suppliers: %1").replace("%1", week.current.problem)
        self.status.setText(text)

    def _draw_chart(self) -> None:
        if self.chart is None:
            return
        week = self.week
        points = [(p.plan.kg_co2e, p.plan.cost_pen) for p in week.frontier] if week is not None else []
        current = None
        if week is not None and week.current.available:
            current = (week.current.kg_co2e, week.current.cost_pen)
        self.chart.show_points(points, self.selected_point, current)

    def _update_buttons(self) -> None:
        has_plan = self.week is not None and not self.week.plan.lines.empty
        self.orders_button.setEnabled(has_plan)
        self.csv_button.setEnabled(has_plan)

    # -- saving ------------------------------------------------------------------------------------------------
    def choose_orders_path(self) -> None:
        suggested = str(Path.home() / self.tr("orders_%1.xlsx").replace("%1", self.week_key()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the orders"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.save_orders_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def save_orders_to(self, path: Path) -> BackgroundOp | None:
        if self.week is None:
            return None
        week, restaurant, lang, start = self.week, self.settings.restaurant_name, current_language(), self.week_date()
        return (
            BackgroundOp(self, lambda p: save_orders(path, week, restaurant, lang, start, p))
            .with_progress(self.tr("Writing the orders…"))
            .success(self._orders_saved)
            .run()
        )

    def _orders_saved(self, path: Path) -> None:
        show_info(self, self.tr("Orders saved"), self.tr("The orders were saved as:\n%1").replace("%1", str(path)))

    def choose_csv_path(self) -> None:
        suggested = str(Path.home() / self.tr("plan_%1.csv").replace("%1", self.week_key()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the plan as CSV"), suggested, self.tr("CSV file (*.csv)")
        )
        if name and self.week is not None:
            week = self.week
            path = Path(name) if name.lower().endswith(".csv") else Path(name + ".csv")  # as the workbooks get .xlsx
            BackgroundOp(self, lambda p: save_plan_csv(path, week)).run()
