"""The built .qm files load in a real QApplication: the app's own texts and Qt's own texts of its
standard dialogs (a Spanish user reads "Cancelar", not "Cancel"); a missing file is said once."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

import desktop_app.translations as translations
from desktop_app.translations import apply_language


@pytest.fixture
def english_afterwards():
    yield
    apply_language("en")


def standard_dialog_texts(qtbot) -> tuple[list[str], list[str]]:
    """Button texts of a message box (Save, Cancel); buttons and labels of Qt's own file dialog."""
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(box)
    qtbot.addWidget(dialog)
    button_box = dialog.findChild(QDialogButtonBox)
    file_dialog = [b.text() for b in button_box.buttons()] + [label.text() for label in dialog.findChildren(QLabel)]
    return sorted(b.text() for b in box.buttons()), sorted(file_dialog)


def test_spanish_translates_the_app_and_qts_standard_dialogs(qtbot, caplog, english_afterwards):
    with caplog.at_level(logging.WARNING):
        assert apply_language("es") is True
        assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
        message_box, file_dialog = standard_dialog_texts(qtbot)
        assert message_box == ["Cancelar", "Guardar"]
        # Qt's Spanish, with the labels it lacks (or words as in Spain) from app_es_PE.ts
        assert file_dialog == ["&Abrir", "&Buscar en:", "&Nombre de archivo:", "&Tipo de archivo:", "Cancelar"]

        assert apply_language("en") is True
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        message_box, file_dialog = standard_dialog_texts(qtbot)
        assert message_box == ["Cancel", "Save"]
        assert file_dialog == ["&Look in:", "&Open", "Cancel", "File &name:", "Files of &type:"]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING] == []


def test_a_missing_qm_leaves_english_and_is_logged_once(qtbot, caplog, monkeypatch, tmp_path, english_afterwards):
    monkeypatch.setattr(translations, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(translations, "_warned", set())
    with caplog.at_level(logging.WARNING, logger="desktop_app.translations"):
        assert apply_language("es") is False
        assert apply_language("es") is False
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    warnings = [r.getMessage() for r in caplog.records if r.name == "desktop_app.translations"]
    assert len(warnings) == 1 and "app_es_PE.qm is missing" in warnings[0]
