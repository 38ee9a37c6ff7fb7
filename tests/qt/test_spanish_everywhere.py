"""Spanish all the way: every window and dialog a user opens, walked in Spanish after a real
import, shows no internal id (snake_case, a catalog id where the catalog has a name) and no
English text that has a Spanish translation, and says "1 fila", never "1 filas"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from core.catalogs import load_catalogs
from core.errors import UserError
from core.i18n import catalog_messages, translations_dir
from desktop_app.error_dialog import show_error

from .qt_helpers import SAMPLES, import_through_dialog, wait_idle

LISTS = [SAMPLES / "bodega_selva_central.csv", SAMPLES / "mercado_mixto_semana48.xlsx", SAMPLES / "granja_sierra.ods"]
FILE_NAME = re.compile(r"\S+\.(xlsx|xls|ods|csv|keras|json|png|pdf|txt)\b", re.IGNORECASE)
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
ONE_PLURAL = re.compile(r"(?<![\d.,])1 (filas|ofertas|archivos|días|proveedores|listas|ingredientes)\b")
ROWS_READ = 40  # rows of each table read (the samples' whole tables are short)


def english_with_spanish() -> tuple[set[str], set[str]]:
    """English texts (whole, and long ones to find inside longer texts) whose Spanish differs."""
    pairs: dict[str, str] = {}
    tree = ET.parse(translations_dir() / "app_es_PE.ts")
    for message in tree.iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and (translation.text or "").strip():
            pairs[source] = translation.text or ""
    pairs.update(catalog_messages("es"))
    whole = {s.replace("&", "") for s, t in pairs.items() if s != t and not re.search(r"%\d|%n|\{", s) and len(s) > 3}
    inside = {s for s in whole if " " in s and len(s) >= 18}
    return whole, inside


def catalog_ids() -> set[str]:
    """Catalog ids a person should never read where the catalog has a name for them (a unit's
    English word, "bunch" or "unit", is one too: Spanish says "atado", "unidad")."""
    catalogs = load_catalogs()
    ids: set[str] = {"bunch", "unit", "dozen", "half_dozen", "sixpack"}
    for frame in (catalogs.ingredients, catalogs.places, catalogs.packaging, catalogs.practices, catalogs.transport):
        names = {str(n).casefold() for column in frame.columns if column.startswith("name") for n in frame[column]}
        ids |= {str(i) for i in frame.index if str(i).casefold() not in names and str(i).islower()}
    return ids


def model_texts(model, rows: int = ROWS_READ) -> Iterator[str]:
    if model is None:
        return
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount to itself: one column
        columns = 1
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield value
    for row in range(min(model.rowCount(QModelIndex()), rows)):
        for column in range(columns):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def texts_of(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything a person can read in ``top`` and its children."""
    yield "title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        name = f"{type(widget).__name__}:{widget.objectName()}"
        if widget.toolTip():
            yield name, widget.toolTip()
        if isinstance(widget, QLabel):
            yield name, widget.text()
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from ((name, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from ((name, widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView):
            yield from ((name, text) for text in model_texts(widget.model()))
    for action in top.findChildren(type(top.actions()[0])) if top.actions() else []:
        yield "action", action.text()
        yield "action", action.toolTip()
    if isinstance(top, QMainWindow):
        yield "status", top.statusBar().currentMessage()
        for menu_action in top.menuBar().actions():
            yield "menu", menu_action.text()
            if menu_action.menu() is not None:
                for action in menu_action.menu().actions():
                    yield "menu", action.text()
                    yield "menu", action.toolTip()


def problems(top: QWidget) -> list[str]:
    whole, inside = english_with_spanish()
    ids = catalog_ids()
    found = []
    for where, raw in texts_of(top):
        text = re.sub(r"<[^>]+>", " ", raw or "").replace("&nbsp;", " ")
        plain = FILE_NAME.sub(" ", text).strip()
        if not plain:
            continue
        for snake in SNAKE.findall(plain):
            found.append(f"{where}: internal id {snake!r} in {raw!r}")
        bare = plain.replace("&", "")
        if bare in whole:
            found.append(f"{where}: English {bare!r}")
        else:
            found.extend(f"{where}: English {e!r} in {raw!r}" for e in inside if e in bare)
        if bare in ids:
            found.append(f"{where}: catalog id {bare!r}")
        if ONE_PLURAL.search(plain):
            found.append(f"{where}: plural after one in {raw!r}")
    return sorted(set(found))


@pytest.fixture
def spanish_window(make_window, qtbot):
    window = make_window("es")
    import_through_dialog(qtbot, window, LISTS)
    wait_idle(qtbot)
    return window


def test_the_main_window_speaks_spanish_with_no_internal_ids(spanish_window, qtbot):
    window = spanish_window
    assert problems(window) == []
    window.tabs.setCurrentIndex(1)
    wait_idle(qtbot)
    assert problems(window.plan) == []
    window.tabs.setCurrentIndex(0)
    for tab in range(window.review.charts.tabs.count()):
        window.review.charts.tabs.setCurrentIndex(tab)
        assert problems(window.review.charts) == []


def test_the_import_dialog_speaks_spanish_with_no_internal_ids(spanish_window, qtbot):
    dialog = spanish_window.open_import_dialog(LISTS)
    wait_idle(qtbot)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        assert problems(dialog) == []
    for row in range(dialog.sheet_list.count()):  # every sheet's preview and column mapping
        dialog.sheet_list.setCurrentRow(row)
        assert problems(dialog) == []
    dialog.reject()


def test_the_suppliers_window_and_settings_speak_spanish(spanish_window, qtbot):
    from desktop_app.settings_dialog import SettingsDialog

    suppliers = spanish_window.open_suppliers()
    wait_idle(qtbot)
    for tab in range(suppliers.findChild(QTabWidget).count()):
        suppliers.findChild(QTabWidget).setCurrentIndex(tab)
        wait_idle(qtbot)
        assert problems(suppliers) == []
    suppliers.close()
    settings = SettingsDialog(spanish_window.settings, spanish_window)
    qtbot.addWidget(settings)
    assert problems(settings) == []


def test_dialogs_of_the_offers_speak_spanish(spanish_window, qtbot):
    window = spanish_window
    change = window.review.change_ingredient()
    assert change is not None and problems(change) == []
    change.reject()
    box = show_error(window, UserError("El archivo x.xlsx está cifrado."))
    assert box.detailedText() == ""  # no "core.errors.UserError: …"
    assert problems(box) == []
    box.close()
    unexpected = show_error(window, KeyError("internal_column"))
    buttons = [b.text() for b in unexpected.buttons()]
    assert any("detalles" in text.lower() for text in buttons), buttons  # Qt's "Show Details…" in Spanish
    unexpected.close()


def test_the_walk_finds_what_it_is_meant_to_find(qtbot):
    """The checks above can fail: an English text, a snake_case id, a catalog id and '1 filas'."""
    page = QWidget()
    qtbot.addWidget(page)
    for text in ("Import price lists…", "flag price_implausible", "arandano", "1 filas leídas", "mercado_x.xlsx"):
        QLabel(text, page)
    found = problems(page)
    assert any("English 'Import price lists…'" in p for p in found)
    assert any("internal id 'price_implausible'" in p for p in found)
    assert any("catalog id 'arandano'" in p for p in found)
    assert any("plural after one" in p for p in found)
    assert not any("mercado_x" in p for p in found)  # a file name is no id
