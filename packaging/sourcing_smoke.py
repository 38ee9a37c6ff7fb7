"""Smoke run of the desktop app, for the built package and for IT after an install.

    sourcing-app --smoke-test PRICE_LIST --export REPORT.xlsx [--timeout SECONDS]

Builds the real main window (same start-up as desktop_app.main), shows it, waits for the
bundled model to load (TensorFlow in a worker, as in normal use), imports PRICE_LIST through
the real import dialog, waits for scores and ranking, exports the Excel report through the
window's own export operation, closes the window and exits:

    0  the report was written, with model scores
    1  a step failed or timed out (the step and the reason are printed on stderr)

One JSON line on stdout (and in logs/app.log, for Windows where the GUI program has no
console) gives the timings (seconds since the process started):
``{"window_shown": 2.1, "model_ready": 9.8, "imported": 11.0, "exported": 12.4, ...}``.
Works offscreen (QT_QPA_PLATFORM=offscreen), so it runs on a build server without a display.
It only drives desktop_app's public objects; it does not change them.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

_STARTED = time.perf_counter()


class SmokeFailure(Exception):
    pass


def _since_start() -> float:
    return round(time.perf_counter() - _STARTED, 2)


def _shown_error(app) -> str | None:
    """The sentence of an error box the app is showing (a step failed: no use waiting on)."""
    from PySide6.QtWidgets import QMessageBox

    for widget in app.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and widget.icon() == QMessageBox.Icon.Warning:
            return widget.text()
    return None


def _wait_until(app, condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Process Qt events until ``condition()`` holds; SmokeFailure naming ``what`` after ``timeout``,
    or at once with the app's own sentence when it shows an error instead."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out after {timeout:.0f} s waiting for {what}")
        error = _shown_error(app)
        if error:
            raise SmokeFailure(f"the app showed an error while waiting for {what}: {error}")
        app.processEvents()
        time.sleep(0.02)


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="sourcing-app --smoke-test", description="Import a price list and export a report, then exit."
    )
    parser.add_argument("--smoke-test", dest="price_list", type=Path, required=True, metavar="PRICE_LIST")
    parser.add_argument("--export", type=Path, required=True, metavar="REPORT.xlsx")
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed for each step")
    parser.add_argument(
        "--allow-no-model", action="store_true", help="pass even when no model loads (offers exported without scores)"
    )
    return parser.parse_args(argv)


def run(args: argparse.Namespace) -> dict[str, object]:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from core.appstate.settings import load_settings
    from core.appstate.workspace import Workspace
    from core.paths import app_root
    from desktop_app import operations
    from desktop_app.app_logging import setup_logging
    from desktop_app.app_start import create_window
    from desktop_app.session import MODEL_LOADING, MODEL_READY
    from desktop_app.translations import apply_language

    timings: dict[str, object] = {}
    if not args.price_list.is_file():
        raise SmokeFailure(f"the price list {args.price_list} does not exist")
    log_path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = app_root() / "resources" / "icons" / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = load_settings()
    if not apply_language(settings.language):  # the package must carry every .qm the language needs
        raise SmokeFailure(f"a translation file for language {settings.language!r} is missing; see {log_path}")
    workspace = Workspace.open()
    window = create_window(workspace, settings)
    window.show()
    _wait_until(app, window.isVisible, args.timeout, "the main window to be visible")
    timings["window_shown"] = _since_start()
    print(f"window shown {timings['window_shown']:.2f} s after start", file=sys.stderr, flush=True)
    window.after_show()
    idle = lambda: operations.running() == 0

    session = window.session
    _wait_until(app, lambda: session.model_status != MODEL_LOADING, args.timeout, "the model to load")
    timings["model_ready"] = _since_start()
    timings["model"] = session.model_version or None
    if session.model_status != MODEL_READY and not args.allow_no_model:
        raise SmokeFailure(f"the model did not load (status {session.model_status}); see {log_path}")

    dialog = window.open_import_dialog([args.price_list.resolve()])
    _wait_until(app, lambda: idle() and dialog.preview is not None, args.timeout, "the import preview")
    if not dialog.import_button.isEnabled():
        raise SmokeFailure(f"the import dialog found no offers in {args.price_list.name}")
    dialog.import_button.click()
    _wait_until(app, lambda: idle() and not session.ranked.empty, args.timeout, "scores and ranking")
    timings["imported"] = _since_start()
    timings["offers"] = int(len(session.offers))
    scored = session.ranked.get("sustainability_score_pred")
    timings["scored"] = int(scored.notna().sum()) if scored is not None else 0
    if session.model_status == MODEL_READY and not timings["scored"]:
        raise SmokeFailure("the offers were ranked without model scores")

    target = args.export.resolve()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise SmokeFailure(f"the report's folder {target.parent} cannot be made: {error.strerror}") from error
    window.export_to(target)
    _wait_until(app, lambda: idle() and window.last_export == target, args.timeout, "the Excel export")
    if not target.is_file() or target.stat().st_size == 0:
        raise SmokeFailure(f"the report {target} was not written")
    timings["exported"] = _since_start()
    timings["report"] = str(target)

    window.close()
    _wait_until(app, idle, args.timeout, "background work to finish")
    workspace.close()
    return timings


def main(argv: list[str] | None = None) -> int:
    args = parse_arguments(list(sys.argv[1:] if argv is None else argv))
    try:
        timings = run(args)
    except SmokeFailure as failure:
        logging.getLogger("desktop_app").error("Smoke test failed: %s", failure)
        print(f"smoke test failed: {failure}", file=sys.stderr, flush=True)
        return 1
    # Also in logs/app.log: on Windows the GUI program has no console to print to.
    logging.getLogger("desktop_app").info("Smoke test passed: %s", json.dumps(timings))
    print(json.dumps(timings), flush=True)
    return 0


if __name__ == "__main__":
    # From a source tree: python packaging/sourcing_smoke.py --smoke-test FILE --export OUT
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
