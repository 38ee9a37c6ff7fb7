"""The admin PIN: set on first use (twice, to catch typos), asked before the admin screen opens.

Only the salted scrypt hash is stored (core.appstate.admin_pin); wrong PINs make the next try wait
longer, and the dialog says how long. The check (~50 ms of scrypt) is short enough for the
GUI thread. A PIN that IT put in the site file next to the programs wins and cannot be replaced
here; a PIN record changed outside the app keeps the admin screen locked (no "choose a PIN")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from core.appstate.admin_pin import PinGuard, damaged_sentence, find_pin, hash_pin, remove_pin_record, write_pin_record
from core.appstate.settings import Settings, save_settings
from core.errors import UserError
from desktop_app.error_dialog import plain_message
from desktop_app.translations import Retranslated


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setValidator(QRegularExpressionValidator(r"\d{0,32}"))
    return field


class PinDialog(Retranslated, QDialog):
    def __init__(
        self,
        settings: Settings,
        guard: PinGuard | None = None,
        save: Callable[[Settings], object] = save_settings,
        parent=None,
    ):
        super().__init__(parent)
        self.setObjectName("adminPinDialog")
        self.settings = settings
        self.guard = guard or PinGuard.default()
        self._save = save
        self.source = find_pin(settings.admin_pin_hash)
        self.setting_pin = not self.source.is_set
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pin = _pin_field()
        self.pin.setObjectName("pinField")
        self.repeat = _pin_field()
        self.repeat.setObjectName("pinRepeatField")
        self.message = QLabel()
        self.message.setObjectName("pinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318;")
        self.form = QFormLayout()
        self.pin_caption, self.repeat_caption = QLabel(), QLabel()
        self.form.addRow(self.pin_caption, self.pin)
        if self.setting_pin:
            self.form.addRow(self.repeat_caption, self.repeat)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(500)
        self._wait_timer.timeout.connect(self._show_wait)
        self.retranslate()
        self._show_wait()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Administration"))
        if self.source.damaged:
            self.intro.setText(damaged_sentence())
        elif self.setting_pin:
            self.intro.setText(
                self.tr(
                    "Choose an admin PIN (at least 4 digits). It protects retraining and model "
                    "changes; only a salted hash of it is stored."
                )
            )
        else:
            self.intro.setText(self.tr("Enter the admin PIN."))
        self.pin_caption.setText(self.tr("PIN"))
        self.repeat_caption.setText(self.tr("PIN again"))

    def _show_wait(self) -> None:
        if self.source.damaged:
            self.ok_button.setEnabled(False)
            self.pin.setEnabled(False)
            return
        wait = 0.0 if self.setting_pin else self.guard.wait_seconds()
        self.ok_button.setEnabled(wait <= 0)
        if wait > 0:
            self.message.setText(
                self.tr("Too many wrong PINs; try again in %1 s.").replace("%1", str(int(wait + 0.999)))
            )
            self._wait_timer.start()
        elif self._wait_timer.isActive():
            self._wait_timer.stop()
            self.message.clear()

    def submit(self) -> None:
        pin = self.pin.text()
        if self.setting_pin:
            if pin != self.repeat.text():
                self.message.setText(self.tr("The two PINs differ; type the same PIN twice."))
                return
            try:
                pin_hash = hash_pin(pin)
            except UserError:
                self.message.setText(self.tr("The PIN must be at least 4 digits."))
                return
            try:  # its second copy first: settings.json alone must never hold a PIN the record lacks
                write_pin_record(pin_hash)
                self.settings.admin_pin_hash = pin_hash
                self._save(self.settings)
            except (OSError, UserError) as error:
                remove_pin_record()
                self.settings.admin_pin_hash = ""
                self.message.setText(self.tr("The PIN could not be saved: %1").replace("%1", plain_message(error)))
                return
            self.accept()
            return
        if self.source.damaged:
            return
        try:
            right = self.guard.check(pin, self.source.hash)
        except UserError:
            self._show_wait()
            return
        if right:
            self.accept()
            return
        self.pin.clear()
        self.message.setText(self.tr("Wrong PIN."))
        QTimer.singleShot(0, self._show_wait_after_failure)

    def _show_wait_after_failure(self) -> None:
        if self.guard.wait_seconds() > 0:
            self._show_wait()
            self.message.setText(self.tr("Wrong PIN.") + " " + self.message.text())
