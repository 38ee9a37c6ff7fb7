"""The part of the start that needs the rest of the app: settings, the workspace, the main window.

Imported by desktop_app.main once the start screen is painted: pandas, the catalogs and every core
module the window uses load here, while the user already sees the app starting.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen
from threadpoolctl import threadpool_limits

from core.appstate.settings import Settings, load_settings
from core.appstate.workspace import Workspace
from core.errors import UserError
from core.i18n import current_language
from core.paths import samples_dir
from core.reading.formats import price_lists_in
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


def limit_blas_threads() -> threadpool_limits | None:
    """One thread for numpy's BLAS (OpenBLAS) in the window's process; returns the limit
    (``restore_original_limits()`` undoes it), None when IT set the thread count.

    The model's products here are small (an offer's explanation: 128 rows, one per coalition of
    feature groups). OpenBLAS splits them over every core anyway and its helper threads then
    spin waiting for more work, on the core the window needs: with the model loaded, every click
    on an ingredient (which explains its recommended offer) made the history chart late by tens
    of milliseconds on a two-core PC, and one thread also computes these small products faster.
    A thread count set by IT (OPENBLAS_NUM_THREADS) is kept. Nothing is set in the environment,
    so the processes the app starts (retraining) keep their threads."""
    if "OPENBLAS_NUM_THREADS" in os.environ:
        return None
    return threadpool_limits(limits=1, user_api="blas")


def create_window(workspace: Workspace, settings: Settings) -> MainWindow:
    return MainWindow(workspace, settings)


def files_to_open(args: argparse.Namespace, workspace: Workspace) -> list[Path]:
    if args.files:
        return list(args.files)
    if args.samples_if_empty and workspace.offers().empty:
        return price_lists_in(samples_dir())
    return []


def run_app(app: QApplication, args: argparse.Namespace, splash: QSplashScreen, started: float) -> int:
    """Open the workspace, show the main window in place of the start screen, run until closed."""
    limit_blas_threads()
    settings = load_settings()
    if settings.language != current_language():  # the start screen's peek and the checked settings disagree
        apply_language(settings.language)
    workspace = open_workspace_or_recover()
    if workspace is None:
        splash.close()
        return 1
    window = create_window(workspace, settings)
    window.show()
    splash.finish(window)
    log.info("Window shown %.2f s after start", time.perf_counter() - started)  # packaging/measure_start.py reads it
    window.after_show()
    opening = files_to_open(args, workspace)
    if opening:
        window.open_import_dialog(opening)
    code = app.exec()
    workspace.close()
    return code
