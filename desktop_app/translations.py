"""Switch the app's language: Qt translator for the widgets, core.i18n for core text.

Widgets set their texts in a ``retranslate()`` method, called once when built and again on
``QEvent.LanguageChange``, which Qt sends to every widget when a translator is installed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

from core.i18n import set_language, translations_dir

log = logging.getLogger(__name__)

QM_FILES = {"es": "app_es_PE.qm", "en": "app_en.qm"}
_installed: QTranslator | None = None


def apply_language(lang: str) -> bool:
    """Install the translator for ``lang`` ("es" or "en"); returns False when its .qm is missing."""
    global _installed
    app = QCoreApplication.instance()
    set_language(lang)
    if app is None:
        return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    translator = QTranslator(app)
    path = translations_dir() / QM_FILES.get(lang, QM_FILES["es"])
    if not translator.load(str(path)):
        log.warning("Translation file %s is missing; run `python -m core.i18n_build`.", path)
        # still announce the change so that the texts fall back to English consistently
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return False
    app.installTranslator(translator)
    _installed = translator
    # deliver the LanguageChange Qt has just posted now, so every text changes at once
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return True
