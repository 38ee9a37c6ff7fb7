"""The admin PIN: stored only as a salted scrypt hash; repeated wrong PINs slow down.

scrypt is memory-hard (N=2^14, r=8, p=1: 16 MiB and ~50 ms per try here), so a stolen
settings file does not give the PIN away cheaply. After each wrong PIN the next try must
wait 2^(failures-1) seconds (1, 2, 4 … at most 5 minutes); the count and the time of the
last failure are kept in the user's data folder, so restarting the app does not reset
them. The PIN itself is never stored or logged.

Where the hash lives (``find_pin``), first match wins:
1. the site defaults file next to the installed programs (``admin_pin_hash``, written by the
   installer; core.appstate.site_defaults.site_admin_pin_hash). Only IT can change it on an
   all-users install, so no user can blank or replace it.
2. a PIN chosen in the app: its hash is kept twice, in settings.json and in admin_pin.json.
   When one copy is blank or differs from the other, the record was changed outside the app:
   the admin screen stays closed (``PinSource.damaged``) instead of asking for a new PIN.
A user who can write their own data folder can still delete both copies; docs/installing.md
says plainly that only the site file (or OS permissions) protects against that.

The wait-state file is validated: anything malformed counts as the longest wait (never a
crash), a last failure dated in the future counts from now, and no wait exceeds 5 minutes.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.appstate.site_defaults import site_admin_pin_hash
from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir

log = logging.getLogger(__name__)

N, R, P, DKLEN = 2**14, 8, 1, 32
MAX_DELAY = 300.0
MIN_LENGTH = 4
STATE_FILE = "admin_pin_state.json"
RECORD_FILE = "admin_pin.json"
LONGEST_WAIT_FAILURES = 1 + math.ceil(math.log2(MAX_DELAY))  # 2^(n-1) >= MAX_DELAY
SITE, USER, NONE = "site", "user", "none"


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


# ------------------------------------------------------------------------------- where the hash is


@dataclass(frozen=True)
class PinSource:
    """The PIN hash in force: from the site file, from the app, or none yet."""

    hash: str
    where: str  # SITE, USER or NONE
    damaged: bool = False  # set in the app, but one of its two copies was blanked or changed

    @property
    def is_set(self) -> bool:
        return bool(self.hash) or self.damaged


def damaged_sentence() -> str:
    return tr(
        "The admin PIN record on this computer was changed outside the app, so the admin functions stay "
        'locked. Ask IT to reset the PIN (docs/installing.md, "The admin PIN").'
    )


def _record_path(data_dir: Path | None) -> Path:
    return (data_dir or user_data_dir()) / RECORD_FILE


def read_pin_record(data_dir: Path | None = None) -> str:
    """The hash in admin_pin.json: '' when the file is missing, '?' when it is there but unreadable
    (a PIN was set, and its copy was damaged)."""
    path = _record_path(data_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, ValueError):
        return "?"  # present but unreadable: a PIN was set
    value = data.get("hash") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else "?"


def find_pin(settings_hash: str, data_dir: Path | None = None) -> PinSource:
    """The PIN in force (see the module docstring for the order)."""
    site = site_admin_pin_hash()
    if site:
        return PinSource(site, SITE)
    record = read_pin_record(data_dir)
    if not settings_hash and not record:
        return PinSource("", NONE)
    if settings_hash and not record:
        # A PIN set before admin_pin.json existed: keep its copy from now on.
        with contextlib.suppress(OSError, UserError):
            write_pin_record(settings_hash, data_dir)
        return PinSource(settings_hash, USER)
    if settings_hash == record:
        return PinSource(settings_hash, USER)
    log.warning("The admin PIN's two copies disagree (settings.json and %s): admin locked.", RECORD_FILE)
    return PinSource("", USER, damaged=True)


def write_pin_record(pin_hash: str, data_dir: Path | None = None) -> None:
    write_text_atomic(_record_path(data_dir), json.dumps({"hash": pin_hash}))


def remove_pin_record(data_dir: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        _record_path(data_dir).unlink()


# ------------------------------------------------------------------------------- wrong PINs wait


@dataclass
class PinGuard:
    """Checks PINs against the stored hash and enforces the growing wait after failures."""

    state_path: Path
    clock: Callable[[], float] = field(default=time.time)

    @classmethod
    def default(cls) -> PinGuard:
        return cls(user_data_dir() / STATE_FILE)

    def _write(self, failures: int, last_failure: float) -> None:
        try:
            write_text_atomic(self.state_path, json.dumps({"failures": failures, "last_failure": last_failure}))
        except (OSError, UserError) as error:
            log.warning("The PIN wait state could not be saved: %s", error)

    def _state(self) -> tuple[int, float]:
        """(failures, time of the last failure), validated: malformed -> the longest wait from now;
        a last failure in the future -> from now. Corrections are written back so waits end."""
        try:
            data = json.loads(self.state_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError):
            data = None
        failures = data.get("failures") if isinstance(data, dict) else None
        last = data.get("last_failure") if isinstance(data, dict) else None
        now = self.clock()
        well_formed = (
            isinstance(failures, int)
            and not isinstance(failures, bool)
            and failures >= 0
            and isinstance(last, (int, float))
            and not isinstance(last, bool)
            and math.isfinite(last)
            and last >= 0
        )
        if not well_formed:
            log.warning("The PIN wait state %s is malformed: the longest wait applies.", self.state_path)
            self._write(LONGEST_WAIT_FAILURES, now)
            return LONGEST_WAIT_FAILURES, now
        assert isinstance(failures, int) and isinstance(last, (int, float))
        if last > now:
            self._write(failures, now)
            return failures, now
        return failures, float(last)

    def wait_seconds(self) -> float:
        failures, last_failure = self._state()
        if not failures:
            return 0.0
        delay = min(2.0 ** (min(failures, LONGEST_WAIT_FAILURES) - 1), MAX_DELAY)
        return min(max(0.0, last_failure + delay - self.clock()), MAX_DELAY)

    def check(self, pin: str, stored_hash: str) -> bool:
        """True for the right PIN; False for a wrong one. Raises UserError while a wait is due."""
        wait = self.wait_seconds()
        if wait > 0:
            raise UserError(tr("Too many wrong PINs; try again in {seconds} s.", seconds=int(wait + 0.999)))
        if stored_hash and verify_pin(pin, stored_hash):
            self._write(0, 0.0)
            return True
        failures, _ = self._state()
        self._write(failures + 1, self.clock())
        return False
