"""The admin PIN is kept as a salted scrypt hash and wrong PINs slow down."""

from __future__ import annotations

import pytest

from core.appstate.admin_pin import PinGuard, hash_pin, verify_pin
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
