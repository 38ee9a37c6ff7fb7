"""The admin PIN: stored only as a salted scrypt hash; repeated wrong PINs slow down.

scrypt is memory-hard (N=2^14, r=8, p=1: 16 MiB and ~50 ms per try here), so a stolen
settings file does not give the PIN away cheaply. After each wrong PIN the next try must
wait 2^(failures-1) seconds (1, 2, 4 … at most 5 minutes); the count and the time of the
last failure are kept in the user's data folder, so restarting the app does not reset
them. The PIN itself is never stored or logged.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir

N, R, P, DKLEN = 2**14, 8, 1, 32
MAX_DELAY = 300.0
MIN_LENGTH = 4


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """'scrypt$N$r$p$salt$hash' for ``pin`` (a fresh random salt unless one is given)."""
    if len(pin) < MIN_LENGTH or not pin.isdigit():
        raise UserError(tr("The PIN must be at least {n} digits.", n=MIN_LENGTH))
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=N, r=R, p=P, dklen=DKLEN, maxmem=64 * 1024 * 1024)
    encode = lambda b: base64.b64encode(b).decode("ascii")
    return f"scrypt${N}${R}${P}${encode(salt)}${encode(digest)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=64 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass
class PinGuard:
    """Checks PINs against the stored hash and enforces the growing wait after failures."""

    state_path: Path
    clock: Callable[[], float] = time.time

    @classmethod
    def default(cls) -> PinGuard:
        return cls(user_data_dir() / "admin_pin_state.json")

    def _state(self) -> dict:
        try:
            return json.loads(self.state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"failures": 0, "last_failure": 0.0}

    def wait_seconds(self) -> float:
        state = self._state()
        if not state.get("failures"):
            return 0.0
        delay = min(2 ** (state["failures"] - 1), MAX_DELAY)
        return max(0.0, state["last_failure"] + delay - self.clock())

    def check(self, pin: str, stored_hash: str) -> bool:
        """True for the right PIN; False for a wrong one. Raises UserError while a wait is due."""
        wait = self.wait_seconds()
        if wait > 0:
            raise UserError(tr("Too many wrong PINs; try again in {seconds} s.", seconds=int(wait + 0.999)))
        if stored_hash and verify_pin(pin, stored_hash):
            write_text_atomic(self.state_path, json.dumps({"failures": 0, "last_failure": 0.0}))
            return True
        state = self._state()
        write_text_atomic(
            self.state_path, json.dumps({"failures": int(state.get("failures", 0)) + 1, "last_failure": self.clock()})
        )
        return False
