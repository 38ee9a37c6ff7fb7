"""Take screenshots of the real app on the bundled samples, so the README's pictures stay current.

    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py            # README's three
    xvfb-run -a -s "-screen 0 1920x1080x24" .venv/bin/python scripts/screenshots.py --all --out /tmp/shots

The app runs as a user starts it (real window, the bundled model, a fresh data folder of its
own), imports the sample price lists through the import dialog and grabs each screen. Without
``--all`` it writes docs/screenshots/{main_window,import_review,export}.png in Spanish at
1280×720; with ``--all`` every screen (main window's two tabs, import dialog, suppliers window,
settings dialog, export) in Spanish and English at 1280×720 and 1920×1080.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "data" / "samples"
README_SHOTS = REPO / "docs" / "screenshots"
SAMPLE_LISTS = (  # every bundled list, as `make run` imports them on a first run
    "bodega_selva_central.csv",
    "distribuidora_andina.xlsx",
    "gourmet_imports_usd.xlsx",
    "granja_sierra.ods",
    "mercado_mixto_semana48.xlsx",
    "pesqueria_del_pacifico.xls",
)


def wait_until(condition: Callable[[], bool], seconds: float = 60.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    """Let pending paints, debounced redraws and layouts happen."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def idle() -> None:
    from desktop_app import operations

    wait_until(lambda: operations.running() == 0)


def save(widget, path: Path) -> Path:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)
    return path


class Shooter:
    """One app, one language: its window and dialogs at a given size."""

    def __init__(self, language: str):
        from PySide6.QtWidgets import QApplication

        from core.appstate.settings import load_settings, save_settings
        from core.appstate.workspace import Workspace
        from desktop_app.app_start import create_window
        from desktop_app.style import apply_style_sheet
        from desktop_app.translations import apply_language

        apply_style_sheet(QApplication.instance())  # the app's look, as desktop_app.main applies it
        settings = load_settings()
        settings.language = language
        save_settings(settings)
        apply_language(language)
        self.window = create_window(Workspace.open(), settings)
        self.window.show()
        self.window.after_show()
        wait_until(lambda: self.window.review.charts is not None)
        wait_until(lambda: self.window.session.model_status != "loading")
        idle()

    def resize(self, width: int, height: int) -> None:
        self.window.resize(width, height)
        settle()

    def import_samples(self, keep_open: bool = False):
        dialog = self.window.open_import_dialog([SAMPLES / name for name in SAMPLE_LISTS])
        dialog.resize(self.window.size())
        idle()
        if keep_open:
            return dialog
        dialog.import_button.click()
        idle()
        wait_until(lambda: self.window.review.offers.rowCount() > 0)
        self.show_busiest_ingredient()
        return None

    def show_busiest_ingredient(self) -> None:
        """The ingredient with the most offers, its best one selected: a table and charts worth a look."""
        from PySide6.QtCore import QItemSelectionModel

        review = self.window.review
        busiest = str(self.window.session.ranked["ingredient"].replace("", None).value_counts().index[0])
        review.ingredient_view.selectionModel().setCurrentIndex(
            review.ingredients.index(review.ingredients.row_of(busiest), 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        settle()

    def main_window(self, out: Path, tab: int = 0) -> Path:
        self.window.tabs.setCurrentIndex(tab)
        if tab == 1:  # the plan tab with a plan: the sample week's needs, planned at least cost
            plan = self.window.plan
            plan.load_week()
            idle()
            if not plan.needs.rowCount():
                plan.import_needs_file(SAMPLES / "planning" / "needs_week.csv")
                idle()
            plan.make_plan(frontier=False)
            idle()
        return save(self.window, out)

    def import_dialog(self, out: Path, tab: int) -> Path:
        dialog = self.window.open_import_dialog([SAMPLES / name for name in SAMPLE_LISTS])
        dialog.resize(self.window.size())
        idle()
        dialog.tabs.setCurrentIndex(tab)
        path = save(dialog, out)
        dialog.reject()
        return path

    def suppliers(self, out: Path) -> Path:
        window = self.window.open_suppliers()
        window.resize(self.window.size())
        idle()
        path = save(window, out)
        window.close()
        return path

    def settings(self, out: Path) -> Path:
        from desktop_app.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.window.settings, self.window)
        dialog.show()
        path = save(dialog, out)
        dialog.reject()
        return path

    def export(self, out: Path, folder: Path) -> Path:
        """The main window with the report just exported (its message on top)."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        self.window.tabs.setCurrentIndex(0)
        self.window.export_to(folder / "informe.xlsx")
        wait_until(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        settle()
        screen = self.window.screen().grabWindow(0)
        geometry = self.window.frameGeometry()
        picture = screen.copy(geometry)
        out.parent.mkdir(parents=True, exist_ok=True)
        picture.save(str(out))
        print(out)
        box.close()
        return out

    def close(self) -> None:
        idle()
        self.window.close()
        self.window.session.workspace.close()


def run(out: Path, every: bool, screens: set[str] | None = None, languages: tuple[str, ...] = ("es", "en")) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Sustainable Sourcing Optimizer")
    languages = languages if every else ("es",)

    def wanted(name: str) -> bool:
        return screens is None or name in screens

    sizes = ((1280, 720), (1920, 1080)) if every else ((1280, 720),)
    for language in languages:
        with tempfile.TemporaryDirectory() as data:
            os.environ["SOURCING_DATA_DIR"] = data
            shooter = Shooter(language)
            shooter.import_samples()
            for width, height in sizes:
                shooter.resize(width, height)
                tag = f"{language}_{width}x{height}"
                if not every:
                    shooter.main_window(out / "main_window.png")
                    shooter.import_dialog(out / "import_review.png", tab=1)
                    shooter.export(out / "export.png", Path(data))
                    continue
                if wanted("main"):
                    shooter.main_window(out / f"main_{tag}.png")
                if wanted("plan"):
                    shooter.main_window(out / f"plan_{tag}.png", tab=1)
                shooter.window.tabs.setCurrentIndex(0)
                for tab, name in ((0, "sheets"), (1, "report"), (2, "review")):
                    if wanted("import"):
                        shooter.import_dialog(out / f"import_{name}_{tag}.png", tab)
                if wanted("suppliers"):
                    shooter.suppliers(out / f"suppliers_{tag}.png")
                if wanted("settings"):
                    shooter.settings(out / f"settings_{tag}.png")
            if every and wanted("export"):
                shooter.resize(1280, 720)
                shooter.export(out / f"export_{language}_1280x720.png", Path(data))
            shooter.close()
    app.quit()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=README_SHOTS, help="folder for the pictures")
    parser.add_argument("--all", action="store_true", help="every screen, both languages, two sizes")
    parser.add_argument("--screens", help="with --all, only these: main,plan,import,suppliers,settings,export")
    parser.add_argument("--languages", default="es,en", help="with --all, these languages (es,en)")
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        print("No display: run it under xvfb-run (see the top of this file).", file=sys.stderr)
        return 2
    screens = set(args.screens.split(",")) if args.screens else None
    run(args.out, args.all, screens, tuple(args.languages.split(",")))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
