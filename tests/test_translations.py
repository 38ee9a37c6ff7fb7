"""Every user-facing string of the core has a Spanish (Peru) translation with the same
placeholders, and switching the language changes the text a user reads."""

from __future__ import annotations

import re

import pytest
from babel.messages.extract import extract_from_dir
from conftest import REPO

from core.i18n import catalog_messages, set_language, tr

PLACEHOLDER = re.compile(r"\{(\w+)[^}]*\}")


def core_messages() -> dict[str, str]:
    """msgid -> 'file:line' for every tr("...") literal in core/."""
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(REPO / "core"), method_map=[("**.py", "python")], keywords={"tr": None, "N_": None}
    ):
        if isinstance(message, str) and message:
            found.setdefault(message, f"core/{filename}:{lineno}")
    return found


def test_every_core_string_has_a_spanish_translation():
    spanish = catalog_messages("es")
    missing = {m: where for m, where in core_messages().items() if m not in spanish}
    assert not missing, "untranslated:\n" + "\n".join(
        f"{w}: {m}" for m, w in sorted(missing.items(), key=lambda x: x[1])
    )


def test_translations_keep_the_placeholders():
    for message, translation in catalog_messages("es").items():
        assert set(PLACEHOLDER.findall(message)) == set(PLACEHOLDER.findall(translation)), (message, translation)


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
    assert str(spanish.value) != str(english.value) and "lista.csv" in str(spanish.value)
    assert tr("Refused rows (not imported)", lang="es") != "Refused rows (not imported)"
