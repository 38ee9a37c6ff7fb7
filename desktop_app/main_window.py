"""The main window: menus, toolbar, shortcuts, drag and drop of price lists, status bar with
the model state, and the review screen in the middle. Long work goes through BackgroundOp."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QIcon, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from core.appstate.audit_entry import Audit
from core.appstate.settings import Settings, save_settings
from core.appstate.workspace import Workspace
from core.cleansing.review import waiting_for_review
from core.errors import UserError
from core.history.report_data import history_report_file
from core.paths import app_root
from core.reading.formats import is_price_list
from desktop_app.app_logging import log_dir
from desktop_app.error_dialog import show_error, show_info
from desktop_app.export_job import export_report, feedback_dir
from desktop_app.export_saved import ExportSavedMessage, suggested_report_path
from desktop_app.import_dialog import ImportDialog
from desktop_app.operations import BackgroundOp, run_later
from desktop_app.plan_view import PlanView
from desktop_app.review_view import ReviewView
from desktop_app.session import MODEL_LOADING, MODEL_READY, Session
from desktop_app.settings_dialog import SettingsDialog
from desktop_app.translations import Retranslated, apply_language
from desktop_app.window_layout import restore_layout, save_layout

if TYPE_CHECKING:  # the admin screen (matplotlib, the model registry) loads when first opened
    from desktop_app.admin.admin_window import AdminWindow

log = logging.getLogger(__name__)


def _icon(name: str) -> QIcon:
    path = app_root() / "resources" / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


class MainWindow(Retranslated, QMainWindow):
    def __init__(self, workspace: Workspace, settings: Settings):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.session = Session(workspace, settings, self)
        self.review = ReviewView(self.session)
        self.review.auditEntered.connect(self.save_audit)
        self.plan = PlanView(self.session, settings)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.review, "")
        self.tabs.addTab(self.plan, "")
        self.setCentralWidget(self.tabs)
        self.setAcceptDrops(True)
        self.resize(1360, 860)
        self.last_export: Path | None = None
        self.import_dialog: ImportDialog | None = None
        self.admin_window: AdminWindow | None = None
        self.suppliers_window: QWidget | None = None  # the suppliers window, made on first use
        self._make_actions()
        self._make_menus()
        self.review_label = QLabel()
        self.review_label.setObjectName("reviewStatus")
        self.statusBar().addPermanentWidget(self.review_label)
        self.model_label = QLabel()
        self.model_label.setObjectName("modelStatus")
        self.statusBar().addPermanentWidget(self.model_label)
        self.session.offersChanged.connect(self._show_review_status)
        self.session.modelStatusChanged.connect(self._show_model_status)
        self.session.rankedChanged.connect(self._update_actions)
        self.retranslate()
        restore_layout(self)  # the size, place and pane splits the user left, if any

    def after_show(self) -> None:
        """Once the window is on screen: restore the last session, then load the model."""
        run_later(self._restore)

    def _restore(self) -> None:
        self.review.install_charts()
        self.plan.install_chart()
        self.session.restore()
        self.plan.load_week()
        self.review.weights.set_weights(self.session.weights.as_dict(), emit=False)
        self.session.start_model_loading()

    # -- actions and menus ------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(name: str, slot, shortcut=None, icon: str | None = None) -> QAction:
            act = QAction(self)
            act.setObjectName(name)
            if shortcut is not None:
                act.setShortcut(shortcut)
            if icon:
                act.setIcon(_icon(icon))
            act.triggered.connect(slot)
            return act

        self.import_action = action("importAction", lambda: self.open_import_dialog(), QKeySequence("Ctrl+O"), "import")
        self.export_action = action("exportAction", lambda: self.choose_export_path(), QKeySequence("Ctrl+E"), "export")
        self.labels_action = action("exportLabelsAction", lambda: self.export_labels())
        self.settings_action = action(
            "settingsAction", lambda: self.open_settings(), QKeySequence("Ctrl+,"), "settings"
        )
        self.admin_action = action("adminAction", lambda: self.open_admin())
        self.suppliers_action = action(
            "suppliersAction", lambda: self.open_suppliers(), QKeySequence("Ctrl+Shift+U"), "suppliers"
        )
        self.quit_action = action("quitAction", self.close, QKeySequence("Ctrl+Q"))
        self.log_action = action("logAction", self._open_log_folder)
        self.about_action = action("aboutAction", self._about)
        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("es", "Español (Perú)"), ("en", "English")):
            act = QAction(name, self, checkable=True)
            act.setObjectName(f"language_{code}")
            act.setChecked(code == self.settings.language)
            act.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_group.addAction(act)
            self.language_actions[code] = act

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        for act in (self.import_action, self.export_action, self.labels_action):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.admin_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.suppliers_action)
        self.language_menu = self.view_menu.addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.log_action)
        self.help_menu.addAction(self.about_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for act in (self.import_action, self.export_action, self.suppliers_action, self.settings_action):
            self.toolbar.addAction(act)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sustainable Sourcing Optimizer"))
        self.tabs.setTabText(0, self.tr("Offers"))
        self.tabs.setTabText(1, self.tr("Purchase plan"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.import_action.setText(self.tr("Import price lists…"))
        self.import_action.setToolTip(self.tr("Import the price lists suppliers sent (Ctrl+O)"))
        self.export_action.setText(self.tr("Export Excel report…"))
        self.export_action.setToolTip(self.tr("Export the ranking as an Excel report (Ctrl+E)"))
        self.labels_action.setText(self.tr("Save audited scores for retraining"))
        self.settings_action.setText(self.tr("Settings…"))
        self.admin_action.setText(self.tr("Admin…"))
        self.suppliers_action.setText(self.tr("Suppliers over time…"))
        self.suppliers_action.setToolTip(
            self.tr("Supplier standing per month or quarter, scorecards and the latest price changes (Ctrl+Shift+U)")
        )
        self.quit_action.setText(self.tr("Quit"))
        self.log_action.setText(self.tr("Open the log folder"))
        self.about_action.setText(self.tr("About"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._show_model_status()
        self._show_review_status()
        self._update_actions()

    def _show_model_status(self) -> None:
        status = self.session.model_status
        if status == MODEL_LOADING:
            self.model_label.setText(self.tr("Loading model…"))
        elif status == MODEL_READY:
            self.model_label.setText(self.tr("Model %1").replace("%1", self.session.model_version))
        else:
            self.model_label.setText(self.tr("No model: offers are shown without scores"))

    def _show_review_status(self) -> None:
        """How many offers wait for the chef's decision (they are not recommended until then)."""
        waiting = int(waiting_for_review(self.session.offers).sum())
        self.review_label.setVisible(waiting > 0)
        self.review_label.setText("⚠ " + self.tr("%n offer(s) wait for review", "", waiting))
        self.review_label.setToolTip(
            self.tr(
                "Not recommended until you decide: choose “Change ingredient…” on the offer (Ctrl+I), or accept its "
                "price or place when you import the supplier's list again."
            )
        )

    def _update_actions(self) -> None:
        self.export_action.setEnabled(not self.session.ranked.empty)

    # -- drag and drop ---------------------------------------------------------------------------------
    @staticmethod
    def _price_lists(urls) -> list[Path]:
        paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return [p for p in paths if is_price_list(p)]

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and self._price_lists(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = self._price_lists(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.open_import_dialog(paths)

    # -- import -------------------------------------------------------------------------------------------
    def open_import_dialog(self, paths: list[Path] | None = None) -> ImportDialog:
        dialog = ImportDialog(self.session, paths, self)
        self.import_dialog = dialog
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(self.tr("%n offer(s) imported.", "", dialog.committed_offers), 8000)
        )
        dialog.open()
        if not paths:
            run_later(dialog.choose_files)
        return dialog

    # -- export ---------------------------------------------------------------------------------------------
    def choose_export_path(self) -> None:
        if self.session.ranked.empty:
            return
        last = self.last_export or self._last_recorded_export()
        suggested = str(suggested_report_path(self.tr("Sourcing report %1.xlsx"), last))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Excel report"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if name:
            self.export_to(Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx"))

    def export_to(self, path: Path) -> BackgroundOp:
        ranked = self.session.ranked
        report = self.session.import_report_frame()
        about = self.session.report_about()
        lang = self.settings.language
        bundle = self.session.bundle
        workspace_path, weights = self.session.workspace.path, self.session.standing_weights()
        stale, jump = self.settings.stale_after_days, self.settings.price_jump_pct

        def history():
            return history_report_file(workspace_path, lang, weights, stale, jump)

        return (
            BackgroundOp(self, lambda p: export_report(path, ranked, report, about, lang, p, bundle, history))
            .in_lane("model" if bundle is not None else "default")  # it explains the recommended offers
            .with_progress(self.tr("Writing the Excel report…"))
            .success(self._exported)
            .run()
        )

    def _exported(self, path: Path) -> None:
        self.last_export = path
        try:
            self.session.workspace.add_export(path, len(self.session.ranked))
        except UserError as error:
            show_error(self, error)
        self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", str(path)), 10000)
        ExportSavedMessage(path, self).open()

    def _last_recorded_export(self) -> Path | None:
        """The last report exported in an earlier session (its folder is where reports are kept)."""
        try:
            exports = self.session.workspace.exports()
        except UserError:
            return None
        return Path(exports[-1]["path"]) if exports else None

    # -- audited labels --------------------------------------------------------------------------------------
    def save_audit(self, offer_id: int, entry: dict) -> None:
        """Store the officer's audit: the ranking uses it at once, and its labels go to the
        feedback file for the next retraining (as every audited label does)."""
        offer = self.session.offer(offer_id)
        if offer is None:
            return
        try:
            audit = Audit.for_offer(
                offer.to_dict(),
                entry["scope"],
                entry["score"],
                entry["auditor"],
                audit_date=entry.get("audit_date", ""),
                note=entry.get("note", ""),
                evidence=entry.get("evidence", ""),
            )
            self.session.save_audit(audit, offer)
            self.session.workspace.set_session("auditor", audit.auditor)
            written = self.session.workspace.export_labels(feedback_dir())
        except (UserError, OSError) as error:
            show_error(self, error if isinstance(error, UserError) else UserError(str(error)))
            return
        log.info("Audit saved for offer %s (%s); feedback file %s", offer_id, audit.scope, written)
        self.review.detail.audit_box.reset()
        self.statusBar().showMessage(
            self.tr("Audit saved: the ranking uses it now, and it will feed the next retraining."), 8000
        )

    def export_labels(self) -> Path | None:
        try:
            path = self.session.workspace.export_labels(feedback_dir())
        except (UserError, OSError) as error:
            show_error(self, error if isinstance(error, UserError) else UserError(str(error)))
            return None
        show_info(
            self,
            self.tr("Audited scores saved"),
            self.tr("The audited scores were saved for retraining in:\n%1").replace("%1", str(path)),
        )
        return path

    # -- settings and language -----------------------------------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()

    def apply_settings(self, settings: Settings) -> None:
        language_changed = settings.language != self.settings.language
        history_changed = (settings.stale_after_days, settings.price_jump_pct, settings.default_weights) != (
            self.settings.stale_after_days,
            self.settings.price_jump_pct,
            self.settings.default_weights,
        )
        for field_name in settings.__dataclass_fields__:
            setattr(self.settings, field_name, getattr(settings, field_name))
        try:
            save_settings(self.settings)
        except OSError as error:
            show_error(self, UserError(self.tr("The settings could not be saved: %1").replace("%1", str(error))))
        if language_changed:
            self.set_language(settings.language)
        if history_changed:
            self.session.reload_offers()
            self.session.keep_history_ready()
            self.session.historyChanged.emit()

    def set_language(self, lang: str) -> None:
        self.settings.language = lang
        self.language_actions[lang].setChecked(True)
        apply_language(lang)
        try:
            save_settings(self.settings)
        except OSError as error:
            log.warning("Settings not saved: %s", error)
        self.review.refresh()

    # -- suppliers over time ---------------------------------------------------------------------------------------
    def open_suppliers(self):
        window = self.suppliers_window
        if window is None:
            from desktop_app.suppliers_window import SuppliersWindow  # imports matplotlib: not at start-up

            window = self.suppliers_window = SuppliersWindow(self.session, self)
        window.show()
        window.raise_()
        return window

    # -- administration ---------------------------------------------------------------------------------------------
    def open_admin(self):
        """Ask for the admin PIN (or set it on first use), then show the admin screen."""
        from desktop_app.admin.pin_dialog import PinDialog  # the admin screen loads on first use (start time)

        dialog = PinDialog(self.settings, parent=self)
        dialog.accepted.connect(self.show_admin)
        dialog.open()
        return dialog

    def show_admin(self):
        if self.admin_window is None:
            from desktop_app.admin.admin_window import AdminWindow  # matplotlib and the registry: not at start-up

            self.admin_window = AdminWindow(self.session, self.settings, parent=self)
            self.admin_window.modelChanged.connect(self.switch_model)
        self.admin_window.show()
        self.admin_window.raise_()
        return self.admin_window

    def switch_model(self, version: str = "") -> None:
        """After a promote or rollback: load the now active model and rescore, without a restart."""
        log.info("Active model changed to %s; loading it.", version)
        self.session.start_model_loading()

    # -- help and closing ----------------------------------------------------------------------------------------------
    def _open_log_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr(
                "Sustainable Sourcing Optimizer\nImports supplier price lists, scores the sustainability of every "
                "offer and ranks the options for each ingredient."
            ),
        )

    def closeEvent(self, event) -> None:
        if self.admin_window is not None and not self.admin_window.close():
            event.ignore()
            return
        try:
            self.session.save_session()
        except (UserError, sqlite3.Error) as error:
            log.warning("Session not saved: %s", error)
        save_layout(self)
        super().closeEvent(event)
