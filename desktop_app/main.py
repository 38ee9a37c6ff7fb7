"""Start the desktop app: logging, settings, language, workspace, then the window.

Nothing heavy is imported here: TensorFlow, pyspark and the scoring module load in a worker
after the window is shown (Session.start_model_loading).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from core.appstate.settings import load_settings
from core.appstate.workspace import Workspace
from core.atomic_write import remove_stale_temporaries
from core.errors import UserError
from core.os_errors import CREATE_FOLDER, describe_os_error
from core.paths import app_root, samples_dir, user_data_dir
from core.reading.formats import price_lists_in
from desktop_app.app_logging import setup_logging
from desktop_app.main_window import MainWindow
from desktop_app.translations import apply_language

log = logging.getLogger("desktop_app")


def open_workspace_or_recover(parent=None) -> Workspace | None:
    """Open the workspace; when it is damaged or locked, say so and offer a way forward."""
    while True:
        try:
            return Workspace.open()
        except UserError as error:
            log.warning("Workspace could not be opened: %s", error)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Startup", "Workspace problem"),
                str(error),
                parent=parent,
            )
            box.setInformativeText(
                QCoreApplication.translate(
                    "Startup",
                    "You can start a fresh workspace: the damaged file is kept beside it, renamed, "
                    "so nothing is deleted. Your price lists are not affected.",
                )
            )
            fresh = box.addButton(
                QCoreApplication.translate("Startup", "Start a fresh workspace"), QMessageBox.ButtonRole.AcceptRole
            )
            retry = box.addButton(QCoreApplication.translate("Startup", "Try again"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QCoreApplication.translate("Startup", "Quit"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            if box.clickedButton() is fresh:
                kept = Workspace.move_aside()
                log.warning("Damaged workspace moved to %s", kept)
            elif box.clickedButton() is not retry:
                return None


def create_window(workspace: Workspace, settings):
    return MainWindow(workspace, settings)


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="sourcing-app", description="Sustainable Sourcing Optimizer")
    parser.add_argument("files", nargs="*", type=Path, help="price lists to open in the import dialog")
    parser.add_argument(
        "--samples-if-empty",
        action="store_true",
        help="on a first run (empty workspace) open the bundled sample price lists",
    )
    return parser.parse_known_args(argv)


def files_to_open(args: argparse.Namespace, workspace: Workspace) -> list[Path]:
    if args.files:
        return list(args.files)
    if args.samples_if_empty and workspace.offers().empty:
        return price_lists_in(samples_dir())
    return []


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    argv = list(sys.argv if argv is None else argv)
    args, qt_argv = parse_arguments(argv[1:])
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv[:1] + qt_argv)
    try:
        data_folder = user_data_dir()
        log_path = setup_logging()
    except OSError as error:  # nothing can be saved: say where and why, and stop
        QMessageBox.critical(
            None, QCoreApplication.translate("Startup", "Cannot start"), describe_os_error(error, action=CREATE_FOLDER)
        )
        return 2
    remove_stale_temporaries(data_folder, depth=2)  # left by writes that a crash or kill interrupted
    app.setApplicationName("Sustainable Sourcing Optimizer")
    app.setOrganizationName("sustainable-sourcing")
    icon = app_root() / "resources" / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = app_root() / "resources" / "qss" / "app.qss"
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    settings = load_settings()
    apply_language(settings.language)
    workspace = open_workspace_or_recover()
    if workspace is None:
        return 1
    window = create_window(workspace, settings)
    window.show()
    log.info("Window shown %.2f s after start; log at %s", time.perf_counter() - started, log_path)
    window.after_show()
    opening = files_to_open(args, workspace)
    if opening:
        window.open_import_dialog(opening)
    code = app.exec()
    workspace.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
