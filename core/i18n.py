"""Translations for text the core produces (import report, command line, Excel report).

Source strings are English and wrapped in ``tr("...")``. Spanish (Peru) lives in gettext
``.po`` files under resources/translations/es_PE/ (one file per area of the code, so that
people editing different areas do not collide); they are read directly with Babel, so no
build step is needed. The desktop app uses Qt's own ``tr`` for its widgets and sets the
core language with ``set_language`` so both speak the same language.

Usage::

    from core.i18n import tr
    tr("{count} rows refused", count=3)            # current language
    tr("Supplier", lang="es")                      # explicit language
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from core.paths import app_root

SUPPORTED = ("es", "en")
DEFAULT_LANGUAGE = "es"

_state = threading.local()
_default_language = DEFAULT_LANGUAGE


def normalise_language(lang: str | None) -> str:
    """'es_PE', 'es-PE', 'ES' -> 'es'; 'en_GB' -> 'en'; anything else -> the default."""
    if not lang:
        return _default_language
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED else DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Set the process-wide language for core text (the app calls this from settings)."""
    global _default_language
    _default_language = normalise_language(lang)


def current_language() -> str:
    return getattr(_state, "lang", None) or _default_language


def translations_dir() -> Path:
    return app_root() / "resources" / "translations"


@cache
def _catalog(lang: str) -> dict[str, str]:
    if lang == "en":
        return {}
    messages: dict[str, str] = {}
    folder = translations_dir() / f"{lang}_PE"
    for po_file in sorted(folder.glob("*.po")):
        with po_file.open("rb") as handle:
            catalog = read_po(handle, locale=f"{lang}_PE")
        for message in catalog:
            if message.id and message.string and not message.fuzzy:
                messages[str(message.id)] = str(message.string)
    return messages


def tr(message: str, lang: str | None = None, **values: object) -> str:
    """Translate ``message`` to ``lang`` (default: the current language) and format it."""
    language = normalise_language(lang) if lang else current_language()
    text = _catalog(language).get(message, message)
    return text.format(**values) if values else text


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; translate it later with tr(variable)."""
    return message


def catalog_messages(lang: str = "es") -> dict[str, str]:
    """All translations of a language (used by the test that checks every string is translated)."""
    return dict(_catalog(normalise_language(lang)))
