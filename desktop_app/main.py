"""Start the desktop app: logging, language and a start screen first, then the rest.

What the user sees first must not wait for pandas, the catalogs or the core modules: this module
imports only Qt and a few light helpers, paints the start screen in the user's language, and only
then imports desktop_app.app_start (settings, workspace, main window). TensorFlow, pyspark and the
scoring module load later still, in a worker, after the main window is shown
(Session.start_model_loading).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from core.appstate.settings_file import stored_language
from core.atomic_write import remove_stale_temporaries
from core.os_errors import CREATE_FOLDER, describe_os_error
from core.paths import app_root, user_data_dir
from desktop_app.app_logging import setup_logging
from desktop_app.style import apply_style_sheet
from desktop_app.translations import apply_language

log = logging.getLogger("desktop_app")


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="sourcing-app", description="Sustainable Sourcing Optimizer")
    parser.add_argument("files", nargs="*", type=Path, help="price lists to open in the import dialog")
    parser.add_argument(
        "--samples-if-empty",
        action="store_true",
        help="on a first run (empty workspace) open the bundled sample price lists",
    )
    return parser.parse_known_args(argv)


def start_screen(icon: QIcon) -> QSplashScreen:
    """The app's name and icon with "Opening…", shown while the rest of the app loads."""
    picture = QPixmap(520, 180)
    picture.fill(QColor("#f6f8f5"))
    painter = QPainter(picture)
    painter.setPen(QColor("#2e6b4f"))
    painter.drawRect(0, 0, picture.width() - 1, picture.height() - 1)
    if not icon.isNull():
        painter.drawPixmap(28, 46, icon.pixmap(72, 72))
    title = QFont()
    title.setPointSize(15)
    title.setBold(True)
    painter.setFont(title)
    painter.drawText(
        120,
        40,
        380,
        80,
        Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
        QCoreApplication.translate("MainWindow", "Sustainable Sourcing Optimizer"),
    )
    painter.end()
    splash = QSplashScreen(picture)
    splash.setObjectName("startScreen")
    splash.showMessage(
        QCoreApplication.translate("Startup", "Opening…"),
        Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
        QColor("#2e6b4f"),
    )
    return splash


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
    app.setApplicationName("Sustainable Sourcing Optimizer")
    app.setOrganizationName("sustainable-sourcing")
    icon_path = app_root() / "resources" / "icons" / "app.svg"
    icon = QIcon(str(icon_path)) if icon_path.exists() else QIcon()
    app.setWindowIcon(icon)
    apply_language(stored_language())  # load_settings applies the same; it needs pandas, so it comes later
    splash = start_screen(icon)
    splash.show()
    app.processEvents()  # paint it now, before the heavy imports below
    log.info("Start screen shown %.2f s after start; log at %s", time.perf_counter() - started, log_path)
    remove_stale_temporaries(data_folder, depth=2)  # left by writes that a crash or kill interrupted
    apply_style_sheet(app)
    # reason: pandas, the catalogs and the core modules load once the start screen is painted (start time)
    from desktop_app.app_start import run_app

    return run_app(app, args, splash, started)


if __name__ == "__main__":
    sys.exit(main())
