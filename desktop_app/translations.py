"""Switch the app's language: Qt translators for the widgets, core.i18n for core text.

Two Qt translators per language: the app's own texts (resources/translations/app_<locale>.qm,
built from the .ts files by the set-up) and, for Spanish, Qt's own texts of its standard
dialogs and buttons (qtbase_es.qm, shipped by PySide6), so a file dialog or message box says
"Cancelar" rather than "Cancel". Widgets set their texts in a ``retranslate()`` method, called
once when built and again on ``QEvent.LanguageChange``, which Qt sends to every widget when a
translator is installed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLibraryInfo, QTranslator

from core.i18n import set_language, translations_dir

log = logging.getLogger(__name__)

QM_FILES = {"es": "app_es_PE.qm", "en": "app_en.qm"}
QT_OWN_FILES = {"es": "qtbase_es.qm"}  # English is Qt's source language
# The labels of Qt's own file dialog (shown where the desktop offers no native one): qtbase_es.qm
# leaves two in English and says "fichero" where Peru says "archivo". Marked here, under Qt's
# context, so that make translations puts them in app_es_PE.ts; the app's translator wins.
QT_FILE_DIALOG_LABELS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_installed: list[QTranslator] = []


class Retranslated:
    """Mixin for a widget that sets its texts in ``retranslate()``: it is called again when Qt
    sends ``QEvent.LanguageChange`` (a translator installed). Put it before the Qt class:
    ``class DetailPane(Retranslated, QWidget)``."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # the Qt class after this mixin


_warned: set[Path] = set()


def qt_translations_dir() -> Path:
    """Where Qt keeps its own .qm files (PySide6/Qt/translations, in the venv or in the package)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def translation_files(lang: str) -> list[Path]:
    """The .qm files ``lang`` needs, Qt's own first: the app's are installed last and so win."""
    files = [qt_translations_dir() / QT_OWN_FILES[lang]] if lang in QT_OWN_FILES else []
    return files + [translations_dir() / QM_FILES.get(lang, QM_FILES["es"])]


def apply_language(lang: str) -> bool:
    """Install the translators for ``lang`` ("es" or "en"); False when a .qm file is missing.

    A missing file leaves those texts in English and is logged once per file."""
    app = QCoreApplication.instance()
    set_language(lang)
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    complete = True
    for path in translation_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            continue
        complete = False
        if path not in _warned:
            _warned.add(path)
            log.warning("Translation file %s is missing, so some texts stay in English; run the set-up.", path)
    # deliver the LanguageChange Qt has just posted (or post one, when nothing was installed) now,
    # so every text changes at once and falls back to English consistently
    if not _installed:
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return complete
