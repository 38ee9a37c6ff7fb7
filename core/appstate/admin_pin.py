"""The admin PIN: stored only as a salted scrypt hash; repeated wrong PINs slow down.

scrypt is memory-hard (N=2^14, r=8, p=1: 16 MiB and ~50 ms per try here), so a stolen
settings file does not give the PIN away cheaply. After each wrong PIN the next try must
wait 2^(failures-1) seconds (1, 2, 4 … at most 5 minutes); the count and the time of the
last failure are kept in the user's data folder, twice (admin_pin_state.json and the
workspace's meta table, ``PinGuard``), so neither restarting the app nor deleting the state
file resets them. The PIN itself is never stored or logged.

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
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from core.appstate.site_defaults import site_admin_pin_hash
from core.atomic_write import write_text_atomic
from core.errors import UserError
from core.i18n import tr
from core.paths import user_data_dir, workspace_path

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
    write_text_atomic(_record_path(data_dir), json.dumps({"hash": pin_hash}), private=True)


def remove_pin_record(data_dir: Path | None = None) -> None:
    with contextlib.suppress(OSError):
        _record_path(data_dir).unlink()


# ------------------------------------------------------------------------------- wrong PINs wait


COPY_KEY = "admin_pin_wait"  # the wait state's second copy: a row of the workspace's meta table


@dataclass
class PinGuard:
    """Checks PINs against the stored hash and enforces the growing wait after failures.

    The wait state is kept twice: in ``state_path`` and, when ``copy_path`` names an existing
    workspace, in its meta table. The longer wait of the two applies, and each write goes to
    both, so deleting the state file does not end a wait (deleting the workspace would, and
    loses the user's data with it)."""

    state_path: Path
    clock: Callable[[], float] = field(default=time.time)
    copy_path: Path | None = None

    @classmethod
    def default(cls) -> PinGuard:
        return cls(user_data_dir() / STATE_FILE, copy_path=workspace_path())

    def _write(self, failures: int, last_failure: float) -> None:
        text = json.dumps({"failures": failures, "last_failure": last_failure})
        try:
            write_text_atomic(self.state_path, text)
        except (OSError, UserError) as error:
            log.warning("The PIN wait state could not be saved: %s", error)
        if self.copy_path is not None and self.copy_path.is_file():
            try:
                with contextlib.closing(sqlite3.connect(self.copy_path, timeout=2.0)) as db, db:
                    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (COPY_KEY, text))
            except sqlite3.Error as error:
                log.warning("The PIN wait state could not be saved in the workspace: %s", error)

    def _read_copy(self) -> str | None:
        """The workspace's copy of the wait state (None: no workspace, no copy, or unreadable now)."""
        if self.copy_path is None or not self.copy_path.is_file():
            return None
        try:
            uri = self.copy_path.resolve().as_uri() + "?mode=ro"
            with contextlib.closing(sqlite3.connect(uri, uri=True, timeout=2.0)) as db:
                row = db.execute("SELECT value FROM meta WHERE key = ?", (COPY_KEY,)).fetchone()
        except sqlite3.Error as error:
            log.warning("The PIN wait state in the workspace could not be read: %s", error)
            return None
        return None if row is None else str(row[0])

    def _validated(self, text: str | None, where: object, now: float) -> tuple[tuple[int, float], bool] | None:
        """((failures, time of the last failure), whether to write it back) from a saved state;
        None when there is none; malformed -> the longest wait from now; a last failure in the
        future -> from now (both written back, so that the wait ends)."""
        if text is None:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        failures = data.get("failures") if isinstance(data, dict) else None
        last = data.get("last_failure") if isinstance(data, dict) else None
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
            log.warning("The PIN wait state in %s is malformed: the longest wait applies.", where)
            return (LONGEST_WAIT_FAILURES, now), True
        assert isinstance(failures, int) and isinstance(last, (int, float))
        return (failures, min(float(last), now)), last > now

    def _state(self) -> tuple[int, float]:
        """(failures, time of the last failure): the longer wait of the two copies. A copy that
        is missing (while a wait is due), malformed or in the future is corrected, so waits end."""
        now = self.clock()
        try:
            primary: str | None = self.state_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            primary = None
        except (OSError, ValueError):
            primary = ""  # unreadable: malformed
        found = [(primary, self._validated(primary, self.state_path, now))]
        if self.copy_path is not None and self.copy_path.is_file():
            copy = self._read_copy()
            found.append((copy, self._validated(copy, self.copy_path, now)))
        states = [read[0] for _, read in found if read is not None]
        if not states:
            return 0, 0.0
        chosen = max(states, key=lambda state: (self._wait(state, now), state))
        # rewrite a copy that says otherwise, was corrected, or is gone while a wait is due
        if any(chosen[0] > 0 if read is None else read[1] or read[0] != chosen for _, read in found):
            self._write(*chosen)
        return chosen

    @staticmethod
    def _wait(state: tuple[int, float], now: float) -> float:
        failures, last_failure = state
        if not failures:
            return 0.0
        delay = min(2.0 ** (min(failures, LONGEST_WAIT_FAILURES) - 1), MAX_DELAY)
        return min(max(0.0, last_failure + delay - now), MAX_DELAY)

    def wait_seconds(self) -> float:
        return self._wait(self._state(), self.clock())

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
