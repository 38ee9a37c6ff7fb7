"""The admin PIN is kept as a salted scrypt hash and wrong PINs slow down."""

from __future__ import annotations

import json

import pytest

from core.appstate import admin_pin, site_defaults
from core.appstate.admin_pin import MAX_DELAY, SITE, USER, PinGuard, find_pin, hash_pin, verify_pin, write_pin_record
from core.appstate.settings import Settings, load_settings, save_settings, settings_path
from core.errors import UserError


def test_hash_is_salted_scrypt_and_never_contains_the_pin():
    first, second = hash_pin("4821"), hash_pin("4821")
    assert first.startswith("scrypt$16384$8$1$") and first != second
    assert "4821" not in first
    assert verify_pin("4821", first) and verify_pin("4821", second)
    assert not verify_pin("4822", first)
    assert not verify_pin("4821", "garbage")


def test_short_or_non_numeric_pins_are_refused():
    with pytest.raises(UserError):
        hash_pin("12")
    with pytest.raises(UserError):
        hash_pin("abcd")


def test_wrong_pins_make_the_next_try_wait_longer(tmp_path):
    now = [1000.0]
    guard = PinGuard(tmp_path / "state.json", clock=lambda: now[0])
    stored = hash_pin("2468")
    assert not guard.check("1111", stored)
    with pytest.raises(UserError, match="try again in 1 s"):
        guard.check("2468", stored)
    now[0] += 1.0
    assert not guard.check("2222", stored)
    with pytest.raises(UserError, match="try again in 2 s"):
        guard.check("2468", stored)
    now[0] += 2.0
    # the count survives a restart of the app (a new guard on the same state file)
    assert not PinGuard(tmp_path / "state.json", clock=lambda: now[0]).check("3333", stored)
    assert guard.wait_seconds() == pytest.approx(4.0)
    now[0] += 4.0
    assert guard.check("2468", stored)
    assert guard.wait_seconds() == 0


# ------------------------------------------------------------------ issue 13, case 5: a PIN a text editor cannot undo


def set_pin_in_the_app(pin: str) -> str:
    """What the PIN dialog does when the PIN is chosen: both copies of the hash."""
    pin_hash = hash_pin(pin)
    write_pin_record(pin_hash)
    save_settings(Settings(admin_pin_hash=pin_hash))
    return pin_hash


def test_blanking_the_hash_in_settings_json_locks_instead_of_asking_for_a_new_pin():
    set_pin_in_the_app("2468")
    assert find_pin(load_settings().admin_pin_hash).where == USER
    data = json.loads(settings_path().read_text(encoding="utf-8"))
    data["admin_pin_hash"] = ""  # a text editor
    settings_path().write_text(json.dumps(data), encoding="utf-8")
    source = find_pin(load_settings().admin_pin_hash)
    assert source.damaged and source.is_set and not source.hash
    data["admin_pin_hash"] = hash_pin("0000")  # or a hash of the user's own PIN
    settings_path().write_text(json.dumps(data), encoding="utf-8")
    assert find_pin(load_settings().admin_pin_hash).damaged


def test_a_pin_set_before_its_second_copy_existed_keeps_working():
    pin_hash = hash_pin("1357")
    save_settings(Settings(admin_pin_hash=pin_hash))  # an install from before this change
    assert find_pin(pin_hash) == admin_pin.PinSource(pin_hash, USER)
    assert admin_pin.read_pin_record() == pin_hash  # the copy is made from then on


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A folder standing for the one holding the installed programs."""
    folder = tmp_path / "programs"
    folder.mkdir()
    monkeypatch.setattr(site_defaults, "installation_dir", lambda: folder)
    return folder


def test_the_site_pin_next_to_the_programs_wins_and_the_environment_cannot_replace_it(installed, tmp_path, monkeypatch):
    site_hash = hash_pin("8642")
    (installed / "site-defaults.toml").write_text(f'language = "es"\nadmin_pin_hash = "{site_hash}"\n')
    user_hash = set_pin_in_the_app("1111")
    assert find_pin(user_hash) == admin_pin.PinSource(site_hash, SITE)
    assert find_pin("") == admin_pin.PinSource(site_hash, SITE)  # blanking the user's copy changes nothing
    mine = tmp_path / "mine.toml"
    mine.write_text(f'admin_pin_hash = "{hash_pin("0000")}"\n')
    monkeypatch.setenv("SOURCING_SITE_CONFIG", str(mine))
    assert find_pin(user_hash).hash == site_hash
    monkeypatch.setenv("SOURCING_SITE_CONFIG", str(tmp_path / "nothing.toml"))
    assert find_pin(user_hash).hash == site_hash
    assert "admin_pin_hash" not in site_defaults.load_site_defaults(installed / "site-defaults.toml")


MALFORMED_STATES = [
    "not json at all",
    "[]",
    '{"failures": "many", "last_failure": 1000}',
    '{"failures": -3, "last_failure": 1000}',
    '{"failures": 2}',
    '{"failures": true, "last_failure": 1000}',
    '{"failures": 2, "last_failure": NaN}',
    '{"failures": 2, "last_failure": "yesterday"}',
]


@pytest.mark.parametrize("text", MALFORMED_STATES)
def test_a_malformed_wait_state_means_the_longest_wait_never_a_crash(tmp_path, text):
    now = [5000.0]
    state = tmp_path / "state.json"
    state.write_text(text)
    guard = PinGuard(state, clock=lambda: now[0])
    stored = hash_pin("2468")
    assert guard.wait_seconds() == MAX_DELAY
    with pytest.raises(UserError, match="try again in 300 s"):
        guard.check("2468", stored)
    now[0] += MAX_DELAY + 1
    assert guard.wait_seconds() == 0 and guard.check("2468", stored)


def test_a_last_failure_in_the_future_waits_at_most_the_cap(tmp_path):
    now = [1000.0]
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"failures": 1, "last_failure": now[0] + 1_000_000}))
    guard = PinGuard(state, clock=lambda: now[0])
    assert guard.wait_seconds() == 1.0  # one failure: one second, counted from now
    state.write_text(json.dumps({"failures": 10**9, "last_failure": now[0] + 1_000_000}))
    assert guard.wait_seconds() == MAX_DELAY
    now[0] += MAX_DELAY
    assert guard.wait_seconds() == 0


def _models(capsys, *args):
    from core.cli import main

    code = main(["--lang", "en", "models", *args])
    return code, capsys.readouterr().err.strip().removeprefix("sourcing: ")


def test_registry_commands_ask_for_the_pin_when_one_is_set(tmp_path, capsys):
    code, err = _models(capsys, "rollback")  # no PIN yet: nothing to ask
    assert (code, err) == (2, "There is no previous model version to roll back to.")
    set_pin_in_the_app("2468")
    code, err = _models(capsys, "rollback")  # not a terminal, no --pin-file
    assert (code, err) == (
        2,
        "An admin PIN is set: run this command in a terminal to type it, or give it with --pin-file FILE.",
    )
    wrong, right = tmp_path / "wrong.txt", tmp_path / "pin.txt"
    wrong.write_text("1111\n")
    right.write_text("2468\n")
    assert _models(capsys, "promote", "v9", "--pin-file", str(wrong)) == (2, "Wrong admin PIN; nothing was changed.")
    code, err = _models(capsys, "register", str(tmp_path), "--pin-file", str(right))
    assert (code, err) == (2, "Too many wrong PINs; try again in 1 s.")  # the window's wait applies here too
    admin_pin.PinGuard.default().state_path.unlink()  # (the wait is over)
    code, err = _models(capsys, "rollback", "--pin-file", str(right))
    assert (code, err) == (2, "There is no previous model version to roll back to.")  # past the PIN


def test_registry_commands_stay_locked_when_the_pin_record_was_tampered_with(capsys, tmp_path):
    set_pin_in_the_app("2468")
    save_settings(Settings(admin_pin_hash=""))
    pin = tmp_path / "pin.txt"
    pin.write_text("2468")
    code, err = _models(capsys, "rollback", "--pin-file", str(pin))
    assert code == 2 and err.startswith("The admin PIN record on this computer was changed outside the app")


def test_deleting_or_editing_the_wait_state_file_does_not_end_the_wait(tmp_path):
    """The wait is also kept in the workspace (its meta table): the longer of the two applies,
    and the file comes back. A right PIN after the wait clears both."""
    from core.appstate.workspace import Workspace

    workspace_file = tmp_path / "workspace.sqlite"
    workspace = Workspace.open(workspace_file)  # the app holds it open meanwhile
    try:
        now = [1000.0]
        state = tmp_path / "state.json"
        guard = PinGuard(state, clock=lambda: now[0], copy_path=workspace_file)
        stored = hash_pin("2468")
        for _ in range(4):
            now[0] += guard.wait_seconds()  # each try after the wait the one before earned
            assert not guard.check("1111", stored)
        assert guard.wait_seconds() == 8.0  # four wrong PINs: 8 s before the fifth try
        state.unlink()
        assert guard.wait_seconds() == 8.0 and json.loads(state.read_text())["failures"] == 4
        state.write_text(json.dumps({"failures": 0, "last_failure": 0}))  # edited by hand
        assert guard.wait_seconds() == 8.0
        with pytest.raises(UserError, match="try again in 8 s"):
            guard.check("2468", stored)
        now[0] += 8.0
        assert guard.check("2468", stored)
        assert guard.wait_seconds() == 0 and json.loads(state.read_text())["failures"] == 0
        stored_copy = workspace.query("SELECT value FROM meta WHERE key = 'admin_pin_wait'")
        assert json.loads(stored_copy[0][0])["failures"] == 0
    finally:
        workspace.close()


def test_without_a_workspace_the_file_alone_keeps_the_wait(tmp_path):
    now = [1000.0]
    guard = PinGuard(tmp_path / "state.json", clock=lambda: now[0], copy_path=tmp_path / "missing.sqlite")
    assert not guard.check("1111", hash_pin("2468"))
    assert guard.wait_seconds() == 1.0 and not (tmp_path / "missing.sqlite").exists()  # never created
