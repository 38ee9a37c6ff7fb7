"""Import price lists: choose files and sheets, check each list's date, the header and column
mapping (and correct them), read the cleansing report, decide what needs the chef (the review
step), then commit. Reading runs in the background with progress and cancel; no offer reaches
the workspace until the user presses Import (the chef's decisions are remembered at once). Each
supplier's list is stored with its date (a list of the same supplier and date replaces that one;
older ones stay as history)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.cleansing.corrections import Correction
from core.cleansing.review import questions, waiting_for_review
from core.errors import Cancelled, UserError
from core.history.lists import dated_offers
from core.reading.formats import file_dialog_patterns
from desktop_app.error_dialog import show_error
from desktop_app.file_dates import FileDatesTable
from desktop_app.import_job import ImportPreview, preview_import
from desktop_app.import_report_table import ImportReportModel, SeverityFilter
from desktop_app.operations import BackgroundOp
from desktop_app.review_step import ReviewStep
from desktop_app.sheet_preview import MappingEditor, SheetPreviewModel
from desktop_app.translations import Retranslated

SHEET_ROLE = Qt.ItemDataRole.UserRole + 1


class ImportDialog(Retranslated, QDialog):
    def __init__(self, session, paths: list[Path] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.session = session
        self.paths: list[Path] = []
        self.preview: ImportPreview | None = None
        self.corrections: dict[str, dict[str, str]] = {}  # file name -> header -> target
        self.committed_offers = 0
        self.operation: BackgroundOp | None = None
        self.resize(1100, 720)
        # files
        self.file_list = FileDatesTable()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)
        # sheets, preview and mapping
        self.sheet_list = QListWidget()
        self.sheet_list.setObjectName("importSheets")
        self.sheet_list.setWordWrap(True)  # "file · sheet — n offers" on two lines rather than cut
        self.sheet_list.setMinimumWidth(180)
        self.sheet_list.currentItemChanged.connect(self._sheet_chosen)
        self.sheet_list.itemChanged.connect(self._update_buttons)
        self.preview_model = SheetPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("sheetPreview")
        self.preview_view.setModel(self.preview_model)
        self.mapping = MappingEditor()
        self.mapping.mappingEdited.connect(self._mapping_edited)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("applyMapping")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.reread)
        mapping_panel = QWidget()
        mapping_layout = QVBoxLayout(mapping_panel)
        mapping_layout.setContentsMargins(0, 0, 0, 0)
        self.mapping_title = QLabel()
        self.mapping_title.setWordWrap(True)
        mapping_layout.addWidget(self.mapping_title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping)
        mapping_layout.addWidget(scroll, 1)
        mapping_layout.addWidget(self.apply_button)
        preview_split = QSplitter(Qt.Orientation.Horizontal)
        preview_split.addWidget(self.sheet_list)
        preview_split.addWidget(self.preview_view)
        preview_split.addWidget(mapping_panel)
        preview_split.setSizes([250, 520, 360])
        for pane, stretch in enumerate((1, 3, 1)):
            preview_split.setStretchFactor(pane, stretch)
            preview_split.setCollapsible(pane, False)
        # report
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.severity = QComboBox()
        self.severity.currentIndexChanged.connect(self._severity_chosen)
        self.report_model = ImportReportModel(self)
        self.report_filter = SeverityFilter(self)
        self.report_filter.setSourceModel(self.report_model)
        self.report_view = QTableView()
        self.report_view.setObjectName("importReport")
        self.report_view.setModel(self.report_filter)
        self.report_view.verticalHeader().setVisible(False)
        self.report_view.horizontalHeader().setStretchLastSection(True)
        self.report_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        product_column = ImportReportModel.KEYS.index("product")
        self.report_view.horizontalHeader().setSectionResizeMode(product_column, QHeaderView.ResizeMode.Interactive)
        self.report_view.horizontalHeader().resizeSection(product_column, 190)
        self.report_view.horizontalHeader().setSectionResizeMode(
            ImportReportModel.KEYS.index("message"), QHeaderView.ResizeMode.Stretch
        )
        self.report_view.setWordWrap(True)
        # the reasons wrap to the width they get: rows are fitted again (once) when it changes,
        # e.g. when the tab is first shown, not only at the width the hidden tab had
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(60)
        self._fit_rows.timeout.connect(self.report_view.resizeRowsToContents)
        message_column = ImportReportModel.KEYS.index("message")
        self.report_view.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: self._fit_rows.start() if column == message_column else None
        )
        self.report_view.doubleClicked.connect(self.show_report_row)
        report_panel = QWidget()
        report_layout = QVBoxLayout(report_panel)
        report_layout.addWidget(self.severity)
        report_layout.addWidget(self.report_view, 1)
        # the chef's review step: decisions remembered per supplier, applied by reading again
        self.review = ReviewStep()
        self.review.decided.connect(self.remember_decision)
        self.tabs = QTabWidget()
        self.tabs.addTab(preview_split, "")
        self.tabs.addTab(report_panel, "")
        self.tabs.addTab(self.review, "")
        self._reviewed_once = False
        # buttons
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("commitImport")
        self.import_button.setEnabled(False)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.files_title = QLabel()
        layout.addWidget(self.files_title)
        layout.addLayout(files_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        if paths:
            self.add_files(paths)

    # -- texts ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import price lists"))
        self.files_title.setText(
            self.tr("Price lists to import (Excel, LibreOffice or CSV), each with the date of its prices:")
        )
        self.file_list.retranslate()
        self.add_button.setText(self.tr("Add files…"))
        self.remove_button.setText(self.tr("Remove"))
        self.mapping_title.setText(self.tr("Check how each column is read; correct it if needed."))
        self.apply_button.setText(self.tr("Read again with these columns"))
        self.tabs.setTabText(0, self.tr("Sheets and columns"))
        self.tabs.setTabText(1, self.tr("Cleansing report"))
        self.tabs.setTabText(2, self.tr("Review (%n)", "", self.review.count()))
        current = self.severity.currentIndex()
        self.severity.blockSignals(True)
        self.severity.clear()
        for name, value in (
            (self.tr("Everything"), None),
            (self.tr("Refused rows"), "refused"),
            (self.tr("Flagged rows"), "flagged"),
            (self.tr("Fixed values"), "fixed"),
            (self.tr("Notes"), "info"),
        ):
            self.severity.addItem(name, value)
        self.severity.setCurrentIndex(max(current, 0))
        self.severity.blockSignals(False)
        self._update_buttons()

    def _severity_chosen(self, _index: int) -> None:
        self.report_filter.set_severity(self.severity.currentData())

    # -- files ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose price lists"),
            str(Path.home()),
            self.tr("Price lists (%1)").replace("%1", file_dialog_patterns()),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            path = Path(path)
            if path not in self.paths:
                self.paths.append(path)
                self.file_list.add(path.name)
        self.reread()

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.remove(row)
            self.paths.pop(row)
            self.reread()

    # -- reading in the background -------------------------------------------------------------
    def reread(self) -> None:
        """Read every file (with remembered and corrected mappings) in the background."""
        if not self.paths:
            self._show(ImportPreview())
            return
        paths = list(self.paths)
        remembered = self.session.workspace.all_mappings()
        corrections = {k: dict(v) for k, v in self.corrections.items()}
        settings = self.session.cleanse_settings()
        self.import_button.setEnabled(False)
        self.apply_button.setEnabled(False)
        self.operation = (
            BackgroundOp(self, lambda p: preview_import(paths, remembered, corrections, settings, p))
            .with_progress(self.tr("Reading price lists…"))
            .success(self._show)
            .failure(self._failed)
            .run()
        )

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("Reading was cancelled; nothing was imported."))
        else:
            show_error(self, error)
        self._update_buttons()

    def _show(self, preview: ImportPreview) -> None:
        self.operation = None
        self.preview = preview
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for file in preview.files:
            counts = file.offers.groupby("source_sheet").size().to_dict() if not file.offers.empty else {}
            for sheet in file.previews:
                offers = counts.get(sheet.sheet.sheet, 0)
                label = f"{file.path.name}" + (f" · {sheet.sheet.sheet}" if sheet.sheet.sheet else "")
                item = QListWidgetItem(label + " — " + self.tr("%n offer(s)", "", offers))
                item.setData(SHEET_ROLE, (file.path.name, sheet.sheet.sheet))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if offers else Qt.CheckState.Unchecked)
                if sheet.mapping is None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                    item.setToolTip(self.tr("No price list found in this sheet."))
                self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        if self.sheet_list.count():
            self.sheet_list.setCurrentRow(0)
        else:
            self.preview_model.set_preview(None)
            self.mapping.set_preview(None)
        for file in preview.files:
            self.file_list.set_detected(file.path.name, file.list_date)
        report = preview.report()
        self.report_model.set_frame(report.to_frame(), self.product_at)
        self.report_view.resizeRowsToContents()  # the reasons wrap rather than being cut
        offers = preview.offers()
        self.review.set_questions(questions(offers, report))
        self.tabs.setTabText(2, self.tr("Review (%n)", "", self.review.count()))
        waiting = int(waiting_for_review(offers).sum())
        summary = report.summary(imported=False) if preview.files else ""  # nothing is stored before Import
        if waiting:
            summary += " " + self.tr(
                "%n offer(s) wait for your decision (Review tab) and are not recommended until then.", "", waiting
            )
        self.summary.setText(summary)
        if self.review.count() and not self._reviewed_once:
            self._reviewed_once = True  # show the review step once after reading; then the user leads
            self.tabs.setCurrentWidget(self.review)
        if preview.errors:
            failed = [name for name in preview.errors]
            for name in failed:
                index = next(i for i, p in enumerate(self.paths) if p.name == name)
                self.paths.pop(index)
                self.file_list.remove(index)
            message = " ".join(preview.errors.values())
            show_error(self, UserError(message), self.tr("Some files could not be read"))
        self._update_buttons()

    # -- from the report to the sheet -------------------------------------------------------------------
    def product_at(self, file_name: str, sheet_name: str, row: int) -> str:
        """What the sheet says in its product column on ``row`` (refused rows included)."""
        _file, sheet = self._find_sheet(file_name, sheet_name)
        if sheet is None or sheet.mapping is None or "product" not in sheet.mapping.columns:
            return ""
        index, column = row - sheet.sheet.first_row, sheet.mapping.columns["product"]
        cells = sheet.sheet.rows[index] if 0 <= index < len(sheet.sheet.rows) else []
        value = cells[column] if column < len(cells) else None
        return "" if value is None or str(value).strip() in ("", "nan") else str(value).strip()

    def show_report_row(self, index) -> None:
        """Double-click on a report line: its sheet in the first tab, that row selected."""
        where = self.report_model.location(self.report_filter.mapToSource(index).row())
        if where is None:
            return
        file_name, sheet_name, row = where
        for position in range(self.sheet_list.count()):
            if tuple(self.sheet_list.item(position).data(SHEET_ROLE)) == (file_name, sheet_name):
                self.sheet_list.setCurrentRow(position)
                break
        else:
            return
        self.tabs.setCurrentIndex(0)
        target = self.preview_model.show_row(row)
        if target.isValid():
            self.preview_view.selectRow(target.row())
            self.preview_view.scrollTo(target, QTableView.ScrollHint.PositionAtCenter)
            self.preview_view.setFocus()

    # -- the chef's decisions -------------------------------------------------------------------
    def remember_decision(self, correction: Correction) -> None:
        """Store the decision for the supplier and read the lists again, so it shows at once."""
        try:
            self.session.workspace.add_correction(correction)
        except UserError as error:
            show_error(self, error)
            return
        self.reread()

    # -- sheets and mapping -------------------------------------------------------------------------
    def _find_sheet(self, file_name: str, sheet_name: str):
        for file in self.preview.files if self.preview else []:
            if file.path.name == file_name:
                for sheet in file.previews:
                    if sheet.sheet.sheet == sheet_name:
                        return file, sheet
        return None, None

    def _sheet_chosen(self, current: QListWidgetItem | None, _previous=None) -> None:
        if current is None:
            return
        file, sheet = self._find_sheet(*current.data(SHEET_ROLE))
        self.preview_model.set_preview(sheet)
        if sheet is not None and sheet.mapping is not None:
            self.preview_view.scrollTo(self.preview_model.index(sheet.mapping.header_index, 0))
        overrides = {**(file.mapping if file else {}), **self.corrections.get(current.data(SHEET_ROLE)[0], {})}
        self.mapping.set_preview(sheet, overrides)

    def current_file_name(self) -> str | None:
        item = self.sheet_list.currentItem()
        return item.data(SHEET_ROLE)[0] if item else None

    def _mapping_edited(self, header: str, target: str) -> None:
        name = self.current_file_name()
        if name is None:
            return
        self.corrections.setdefault(name, {})[header] = target
        self.apply_button.setEnabled(True)
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Columns changed: press “Read again with these columns” to see the result."))

    # -- commit --------------------------------------------------------------------------------------
    def chosen_sheets(self) -> set[tuple[str, str]]:
        chosen = set()
        for row in range(self.sheet_list.count()):
            item = self.sheet_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                chosen.add(tuple(item.data(SHEET_ROLE)))
        return chosen

    def _update_buttons(self, *_args) -> None:
        count = 0
        if self.preview is not None and not self.apply_button.isEnabled():
            count = len(self.preview.offers(self.chosen_sheets()))
        self.import_button.setEnabled(count > 0 and self.operation is None)
        self.import_button.setText(self.tr("Import %n offer(s)", "", count))

    def commit(self) -> None:
        """Store the chosen sheets' offers and remember each supplier's corrected mapping."""
        if self.preview is None:
            return
        sheets = self.chosen_sheets()
        offers = self.preview.offers(sheets)
        if offers.empty:
            return
        report = self.preview.report()
        files = sorted({f for f, _ in sheets})
        offers = dated_offers(offers, self.preview.previews(), self.file_list.dates())
        try:
            for file in self.preview.files:
                if file.path.name in self.corrections:
                    self.session.workspace.save_mapping(file.supplier_key, file.mapping)
            self.session.commit_offers(offers, report, files, self.preview.terms())
        except UserError as error:
            show_error(self, error)
            return
        self.committed_offers = len(offers)
        self.accept()
