"""Translations for text the core produces (import report, command line, Excel report).

Source strings are English, wrapped in ``tr("...")`` where they are shown, or ``N_("...")``
where a table defines them for a later ``tr(variable)``. Spanish (Peru) lives in one gettext
catalogue, resources/translations/es_PE/LC_MESSAGES/sourcing.po, which the set-up compiles to
sourcing.mo (``python -m core.i18n_build``) and which is read here with the standard library's
gettext. Without the .mo the core speaks English and logs one warning. The desktop app uses
Qt's own ``tr`` for its widgets and calls ``set_language`` so both speak the same language.
How to add or translate a message: resources/translations/README.md.

Usage::

    from core.i18n import tr
    tr("{count} rows refused", count=3)            # current language
    tr("Supplier", lang="es")                      # explicit language
"""

from __future__ import annotations

import datetime as dt
import gettext
import logging
import os
import threading
from functools import cache
from pathlib import Path

from core.paths import app_root

SUPPORTED = ("es", "en")
DEFAULT_LANGUAGE = "es"
DOMAIN = "sourcing"  # the catalogue's name: <locale>/LC_MESSAGES/sourcing.mo
LOCALES = {"es": "es_PE"}  # English is the source text and has no catalogue
LANGUAGE_ENV = "SOURCING_LANG"  # a child process's language, set by the process that starts it

log = logging.getLogger(__name__)
_state = threading.local()
_default_language = DEFAULT_LANGUAGE


def supported_language(lang: str) -> str | None:
    """'es_PE', 'es-PE', 'ES' -> 'es'; 'en_GB' -> 'en'; a language we do not ship -> None."""
    code = lang.strip().replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED else None


def normalise_language(lang: str | None) -> str:
    """The supported language of ``lang`` ('es_PE' -> 'es'); anything else -> the default."""
    if not lang:
        return _default_language
    return supported_language(lang) or DEFAULT_LANGUAGE


def set_language(lang: str) -> None:
    """Set the process-wide language for core text (the app calls this from settings)."""
    global _default_language
    _default_language = normalise_language(lang)


def use_language_of_environment() -> None:
    """A child process (a pipeline stage run by DVC for the app) speaks its parent's language."""
    if os.environ.get(LANGUAGE_ENV):
        set_language(os.environ[LANGUAGE_ENV])


def current_language() -> str:
    return getattr(_state, "lang", None) or _default_language


def translations_dir() -> Path:
    return app_root() / "resources" / "translations"


def catalogue_file(locale: str, suffix: str = ".mo") -> Path:
    """resources/translations/<locale>/LC_MESSAGES/sourcing.mo (or .po), where gettext looks."""
    return translations_dir() / locale / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    locale = LOCALES.get(lang)
    if locale is None:
        return gettext.NullTranslations()
    try:
        return gettext.translation(DOMAIN, localedir=translations_dir(), languages=[locale])
    except OSError:
        log.warning(
            "Translation file %s is missing, so the core's messages stay in English; run `python -m core.i18n_build`.",
            catalogue_file(locale),
        )
        return gettext.NullTranslations()


def tr(message: str, lang: str | None = None, **values: object) -> str:
    """Translate ``message`` to ``lang`` (default: the current language) and format it."""
    language = normalise_language(lang) if lang else current_language()
    text = _translations(language).gettext(message) if message else message
    return text.format(**values) if values else text


def trn(singular: str, plural: str, count: int, lang: str | None = None, **values: object) -> str:
    """``tr`` for a count: the singular or plural form the language wants ("1 fila", "2 filas");
    ``count`` is also a value of the message."""
    language = normalise_language(lang) if lang else current_language()
    text = _translations(language).ngettext(singular, plural, count)
    return text.format(count=count, **values)


# CLDR's short month names for "d MMM y" in each shipped language (what Babel gives for es_PE
# and en_GB): Babel itself only builds the translations and is not in the installed package
SHORT_MONTHS = {
    "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "set.", "oct.", "nov.", "dic."),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
}


def short_date(day: dt.date, lang: str | None = None) -> str:
    """A date as people write it in a sentence: '12 nov. 2025', '12 Nov 2025'."""
    months = SHORT_MONTHS[normalise_language(lang or current_language())]
    return f"{day.day} {months[day.month - 1]} {day.year}"


def short_moment(moment: object, lang: str | None = None) -> str:
    """An ISO date and time (or a datetime) as people read it, in this PC's time:
    '27 nov. 2026, 19:50'. Text that is not a date and time is returned as it is ('' for None)."""
    try:
        when = moment if isinstance(moment, dt.datetime) else dt.datetime.fromisoformat(str(moment))
    except ValueError:
        return "" if moment is None else str(moment)
    when = when.astimezone() if when.tzinfo else when
    return f"{short_date(when.date(), lang)}, {when:%H:%M}"


def N_(message: str) -> str:
    """Mark a string for translation where it is defined; translate it later with tr(variable)."""
    return message


def catalog_messages(lang: str = "es") -> dict[str, str]:
    """All translations of a language as loaded from its .mo (the tests check every string has one)."""
    catalog = getattr(_translations(normalise_language(lang)), "_catalog", {})  # GNUTranslations' msgid -> msgstr
    messages = {key: value for key, value in catalog.items() if isinstance(key, str) and key}
    # a message with plural forms is keyed (msgid, form): its singular msgid, all forms present
    plural = {key[0] for key in catalog if isinstance(key, tuple)}
    for msgid in plural:
        forms = [catalog[(msgid, k)] for k in range(2) if (msgid, k) in catalog]
        if len(forms) == 2 and all(forms):
            messages[msgid] = "\x00".join(forms)
    return messages
