"""The admin screen asks for the PIN: set on first use (only a hash is kept), wrong PINs are
refused and make the next try wait."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from core.appstate.admin_pin import PinGuard, hash_pin
from core.appstate.settings import Settings, load_settings
from desktop_app.admin.pin_dialog import PinDialog


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_first_use_sets_the_pin_and_stores_only_its_hash(qtbot, tmp_path):
    settings = Settings(language="en")
    saved = []
    dialog = PinDialog(settings, PinGuard(tmp_path / "state.json"), save=saved.append)
    qtbot.addWidget(dialog)
    assert dialog.setting_pin and dialog.repeat.isVisibleTo(dialog)
    dialog.pin.setText("2468")
    dialog.repeat.setText("2469")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "differ" in dialog.message.text() and not saved
    dialog.repeat.setText("2468")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert saved and settings.admin_pin_hash.startswith("scrypt$") and "2468" not in settings.admin_pin_hash


def test_a_wrong_pin_is_refused_and_the_next_try_must_wait(qtbot, tmp_path):
    clock = Clock()
    settings = Settings(language="en", admin_pin_hash=hash_pin("1357"))
    dialog = PinDialog(settings, PinGuard(tmp_path / "state.json", clock=clock))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pin.setText("9999")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.message.text().startswith("Wrong PIN")
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled(), timeout=2000)  # 1 s wait after one failure
    assert "try again in 1 s" in dialog.message.text()
    dialog.pin.setText("1357")
    dialog.submit()  # even forced, the right PIN is not checked while the wait is due
    assert dialog.result() != QDialog.DialogCode.Accepted
    clock.now += 1.5
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=2000)
    dialog.pin.setText("1357")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_admin_menu_asks_for_the_pin_and_the_first_pin_is_saved(make_window, qtbot):
    window = make_window()
    assert window.admin_action.text() == "Admin…"
    dialog = window.open_admin()
    assert dialog.setting_pin
    dialog.pin.setText("4321")
    dialog.repeat.setText("4321")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.admin_window is not None and window.admin_window.isVisible(), timeout=5000)
    assert load_settings().admin_pin_hash == window.settings.admin_pin_hash != ""
    window.admin_window.close()


def test_a_pin_blanked_in_settings_json_keeps_the_admin_screen_locked(qtbot):
    """Issue 13, case 5: before, a blank admin_pin_hash made the dialog ask for a NEW PIN."""
    from core.appstate.admin_pin import write_pin_record

    pin_hash = hash_pin("2468")
    write_pin_record(pin_hash)
    settings = Settings(language="en", admin_pin_hash="")  # the text editor's work
    dialog = PinDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.setting_pin and not dialog.repeat.isVisibleTo(dialog)
    assert dialog.intro.text().startswith("The admin PIN record on this computer was changed outside the app")
    assert not dialog.ok_button.isEnabled() and not dialog.pin.isEnabled()
    dialog.pin.setText("2468")
    dialog.submit()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_site_pin_set_by_it_is_asked_for_and_the_users_own_pin_does_not_open(qtbot, tmp_path, monkeypatch):
    from core.appstate import site_defaults

    programs = tmp_path / "programs"
    programs.mkdir()
    (programs / "site-defaults.toml").write_text(f'admin_pin_hash = "{hash_pin("8642")}"\n')
    monkeypatch.setattr(site_defaults, "installation_dir", lambda: programs)
    clock = Clock()
    settings = Settings(language="en", admin_pin_hash="")
    dialog = PinDialog(settings, PinGuard(tmp_path / "state.json", clock=clock))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.setting_pin and dialog.intro.text() == "Enter the admin PIN."
    dialog.pin.setText("1111")
    dialog.ok_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    clock.now += 2
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=2000)
    dialog.pin.setText("8642")
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.admin_pin_hash == ""  # nothing of the site PIN is copied into the user's settings
