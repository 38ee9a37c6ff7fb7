"""Every text a user reads has a Spanish (Peru) translation, the translation files are in step with
the code, and the built files load: the core's gettext catalogue (.po -> .mo) and the window's Qt
files (.ts -> .qm). `make translations` (python -m core.i18n_build --update) is run on a copy of
the sources, so a text added to the code without a translation fails here, naming it."""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

import core.i18n as i18n
from core.i18n import catalog_messages, set_language, tr
from core.i18n_build import TS_FILES, po_messages, ts_messages, update

TRANSLATIONS = REPO / "resources" / "translations"
CATALOGUE = TRANSLATIONS / "es_PE" / "LC_MESSAGES" / "sourcing.po"
PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")
QT_PLACEHOLDER = re.compile(r"%(?:\d|n)")
HOW_TO = "run `make translations`, then translate it (resources/translations/README.md)"


def current(messages: list[dict]) -> list[dict]:
    return [m for m in messages if m.get("state") not in ("vanished", "obsolete") and not m.get("obsolete")]


@pytest.fixture(scope="module")
def updated(tmp_path_factory) -> tuple[Path, list[str]]:
    """A copy of the sources and translation files after `make translations`, and its summary."""
    root = tmp_path_factory.mktemp("sources")
    ignore = shutil.ignore_patterns("__pycache__", "*.qm", "*.mo", "*.pot")
    for folder in ("core", "desktop_app", "resources/translations"):
        shutil.copytree(REPO / folder, root / folder, ignore=ignore)
    return root / "resources" / "translations", update(root)


def test_every_core_string_has_a_spanish_translation(updated):
    folder, _ = updated
    extracted = {m["source"] for m in po_messages(folder / "sourcing.pot")}  # every tr()/N_() text in core/
    assert len(extracted) > 300 and "Refused rows (not imported)" in extracted
    spanish = catalog_messages("es")  # what the app reads: the compiled .mo
    missing = sorted(extracted - set(spanish))
    assert not missing, f"no Spanish in sourcing.po ({HOW_TO}):\n" + "\n".join(missing)


def test_every_qt_text_has_a_spanish_translation(updated):
    folder, summary = updated
    untranslated = [
        f"[{m['context']}] {m['source']}"
        for m in current(ts_messages(folder / "app_es_PE.ts"))
        if m["state"] != "finished" or not m["text"].replace("\x00", "")
    ]
    assert not untranslated, f"no Spanish in app_es_PE.ts ({HOW_TO}):\n" + "\n".join(untranslated)
    plurals = [m for m in current(ts_messages(folder / "app_en.ts")) if m["state"] != "finished"]
    assert not plurals, f"English plural forms missing in app_en.ts: {[m['source'] for m in plurals]}"
    assert all(line.endswith(" 0 to translate") for line in summary if not line.startswith(" ")), summary


def test_translation_files_are_in_step_with_the_code(updated):
    """The committed .ts/.po hold exactly the texts the code has now (make translations adds nothing)."""
    folder, _ = updated
    for name in TS_FILES:
        committed = {(m["context"], m["source"]) for m in current(ts_messages(TRANSLATIONS / name))}
        fresh = {(m["context"], m["source"]) for m in current(ts_messages(folder / name))}
        assert committed == fresh, f"{name} is behind the code ({HOW_TO}): {sorted(fresh ^ committed)[:10]}"
    committed_ids = {m["source"] for m in current(po_messages(CATALOGUE))}
    fresh_ids = {m["source"] for m in current(po_messages(folder / CATALOGUE.relative_to(TRANSLATIONS)))}
    assert committed_ids == fresh_ids, f"sourcing.po is behind the code ({HOW_TO}): {sorted(fresh_ids ^ committed_ids)}"


def test_translations_keep_the_placeholders():
    for message, translation in catalog_messages("es").items():
        expected = set(PLACEHOLDER.findall(message))
        if "\x00" in translation:  # plural forms: the singular may leave the count out ("its only offer")
            expected.add("count")
        assert expected == set(PLACEHOLDER.findall(translation)), (message, translation)
    for m in current(ts_messages(TRANSLATIONS / "app_es_PE.ts")):
        for form in m["text"].split("\x00"):
            assert set(QT_PLACEHOLDER.findall(m["source"])) == set(QT_PLACEHOLDER.findall(form)), (m["source"], form)


def test_the_compiled_catalogue_translates_core_messages():
    assert tr("Refused rows (not imported)", lang="es") == "Filas rechazadas (no importadas)"
    assert tr("{count} rows refused", lang="en", count=3) == "3 rows refused"
    assert tr("no certification", lang="es") == "sin certificación"  # marked with N_() where defined
    assert tr("", lang="es") == ""  # not gettext's catalogue header


def test_switching_language_changes_an_import_message(tmp_path):
    from core.errors import ReadError
    from core.reading.file_guard import inspect_file

    empty = tmp_path / "lista.csv"
    empty.write_bytes(b"")
    set_language("es")
    with pytest.raises(ReadError) as spanish:
        inspect_file(empty)
    set_language("en")
    with pytest.raises(ReadError) as english:
        inspect_file(empty)
    assert str(english.value) == "File lista.csv is empty."
    assert str(spanish.value) == "El archivo lista.csv está vacío."


def test_a_missing_catalogue_leaves_english_and_one_warning(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n._translations.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="core.i18n"):
            assert tr("Refused rows (not imported)", lang="es") == "Refused rows (not imported)"
            assert tr("Supplier", lang="es") == "Supplier"
        warnings = [r.getMessage() for r in caplog.records if r.name == "core.i18n"]
        assert len(warnings) == 1 and "sourcing.mo is missing" in warnings[0]
    finally:
        i18n._translations.cache_clear()


FRESH_START = """
import logging, sys
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
from PySide6.QtWidgets import QApplication
import core
from core.i18n import tr
from desktop_app.translations import apply_language
app = QApplication([])
print(core.__file__)
for lang in ("es", "en"):
    print(apply_language(lang), tr("Refused rows (not imported)"), app.translate("MainWindow", "&File"))
"""


def test_a_fresh_checkout_after_set_up_logs_no_missing_translation(tmp_path):
    """The files git holds, then the set-up's build step: the app starts in both languages, no warning."""
    setup = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    step = '"$VENV/bin/python" -m core.i18n_build\n'
    assert step in setup, "scripts/setup.sh no longer builds the translations (or hides its failure)"
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "core", "desktop_app", "resources"], cwd=REPO, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, tracked.split("\0")):
        if (REPO / name).is_file():  # a file deleted in the work tree but not yet committed is skipped
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, tmp_path / name)
    assert not list(tmp_path.rglob("*.qm")) and not list(tmp_path.rglob("*.mo"))  # git holds only the sources

    subprocess.run([sys.executable, "-m", "core.i18n_build"], cwd=tmp_path, check=True, capture_output=True)
    started = subprocess.run(
        [sys.executable, "-c", FRESH_START], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr
    lines = started.stdout.splitlines()
    assert lines[0].startswith(str(tmp_path))  # the copy's code, reading the copy's files
    assert lines[1:] == ["True Filas rechazadas (no importadas) &Archivo", "True Refused rows (not imported) &File"]
    assert "missing" not in started.stderr, started.stderr


def test_short_dates_read_as_babel_writes_them_for_every_month():
    from babel.dates import format_date  # Babel builds the translations; the app does not load it

    from core.i18n import short_date

    for month in range(1, 13):
        day = dt.date(2025, month, 12)
        assert short_date(day, "es") == format_date(day, format="d MMM y", locale="es_PE")
        assert short_date(day, "en") == format_date(day, format="d MMM y", locale="en_GB")


def test_no_module_of_the_installed_app_imports_babel():
    """The package leaves Babel out (packaging/sourcing.spec): an import of it anywhere but the
    translation builder crashed the installed app at start."""
    import ast

    offenders = []
    for path in [*(REPO / "core").rglob("*.py"), *(REPO / "desktop_app").rglob("*.py")]:
        if path.name == "i18n_build.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(REPO)}: {n}" for n in names if n.split(".")[0] == "babel"]
    assert offenders == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "es",
            "1 archivo, 31 filas leídas: 28 ofertas importadas, 3 filas rechazadas, "
            "1 fila marcada para revisar, 0 filas con valores corregidos.",
        ),
        (
            "en",
            "1 file, 31 rows read: 28 offers imported, 3 rows refused, 1 row flagged for review, "
            "0 rows with values fixed.",
        ),
    ],
)
def test_the_import_summary_counts_in_singular_and_plural(lang, expected):
    from core.cleansing.import_report import ImportReport

    report = ImportReport(files=["lista.xlsx"], rows_read=31, rows_imported=28)
    for row in (4, 9, 17):
        report.add("lista.xlsx", "Hoja1", row, "price", "refused", "price_missing", "no price")
    report.add("lista.xlsx", "Hoja1", 12, "price", "flagged", "price_outlier", "price far from the others")
    set_language(lang)
    try:
        assert report.summary() == expected
    finally:
        set_language("en")


def test_a_moment_reads_as_a_date_and_a_time_not_an_iso_stamp():
    import datetime as dt

    from core.i18n import short_moment

    assert short_moment("2026-11-27T10:05:00", "es") == "27 nov. 2026, 10:05"
    assert short_moment(dt.datetime(2026, 11, 27, 10, 5), "en") == "27 Nov 2026, 10:05"
    aware = short_moment("2026-11-27T10:05:00+00:00", "en")  # shown in this PC's time
    assert aware.startswith(("27 Nov 2026", "28 Nov 2026", "26 Nov 2026")) and "T" not in aware
    assert short_moment("not a date") == "not a date" and short_moment(None) == ""


def test_counted_messages_use_plural_forms_not_a_bracketed_s():
    """'1 oferta', '3 ofertas' — never '1 oferta(s)' (core messages: gettext plurals via trn)."""
    from babel.messages.pofile import read_po  # Babel builds the translations; the app does not load it

    with (REPO / "resources" / "translations" / "es_PE" / "LC_MESSAGES" / "sourcing.po").open("rb") as handle:
        catalog = read_po(handle)
    bracketed = [m.id for m in catalog if m.id and any("(s)" in text or "(es)" in text for text in _texts(m))]
    assert not bracketed, bracketed


def _texts(message) -> list[str]:
    ids = list(message.id) if isinstance(message.id, (tuple, list)) else [message.id]
    strings = list(message.string) if isinstance(message.string, (tuple, list)) else [message.string]
    return [str(t) for t in ids + strings if t]
