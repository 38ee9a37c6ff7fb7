"""IT's scripted install of the Linux package, end to end (slow; ``make test-package``).

From the built tarball in dist/ (SOURCING_DIST_DIR moves it): an administrator (root)
installs it with ``install.sh --prefix DIR --site-defaults FILE``; a second, non-root user
(``nobody``, run through setpriv with a fresh HOME) starts the installed app through its smoke
test and gets the site's defaults, but cannot change the site file or the programs; the
administrator upgrades to a rebuilt package (a copy of the build with its version bumped and
a file of the old version that must not survive); the user's workspace and settings come
through byte for byte and the upgraded app opens them; uninstalling removes the programs
and keeps the user's data; a per-user install, finally, is removed with ``--purge``.

Needs root (to act as another user), setpriv (util-linux) and a built package; skipped,
saying which is missing, otherwise. Every step's output is printed (``-s`` shows it).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import shutil
import sqlite3
import stat
import subprocess
import tarfile
import tempfile
import tomllib
from pathlib import Path

import openpyxl
import pytest

REPO = Path(__file__).resolve().parents[1]
DIST = Path(os.environ.get("SOURCING_DIST_DIR", REPO / "dist"))
NAME = "sustainable-sourcing"
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
TARBALL = DIST / f"{NAME}-{VERSION}-linux-{platform.machine()}.tar.gz"
FOLDER = DIST / NAME  # what the tarball holds: used when the build stopped before packing it (SKIP_TARBALL=1)
USER_ID = 65534  # nobody / nogroup: a user with no rights of its own
SMOKE_TIMEOUT = 900

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not TARBALL.is_file() and not (FOLDER / "install.sh").is_file(),
        reason=f"no package build in {DIST}: build it with `make package`",
    ),
    pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to act as a second, non-root user"),
    pytest.mark.skipif(shutil.which("setpriv") is None, reason="needs setpriv (util-linux)"),
]


def _show(title: str, done: subprocess.CompletedProcess) -> None:
    print(f"\n$ {title}  -> exit {done.returncode}")
    for line in (done.stdout + done.stderr).strip().splitlines()[-12:]:
        print(f"  {line}")


def _run(
    title: str, command: list[str], env: dict[str, str], timeout: float = 600, stdin: str = ""
) -> subprocess.CompletedProcess:
    done = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True, timeout=timeout, cwd="/")
    _show(title, done)
    return done


def _admin_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"}


def _user_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_RUNTIME_DIR": str(home / ".runtime"),
    }


def _as_user(command: list[str]) -> list[str]:
    return ["setpriv", f"--reuid={USER_ID}", f"--regid={USER_ID}", "--clear-groups", "--", *command]


def _user_can_write(path: Path, home: Path) -> bool:
    return subprocess.run(_as_user(["test", "-w", str(path)]), env=_user_env(home)).returncode == 0


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _smoke(program: Path, home: Path, report: Path) -> dict:
    sample = program.parent / "_internal" / "data" / "samples" / "granja_sierra.ods"
    done = _run(
        f"(as nobody) {program} --smoke-test granja_sierra.ods",
        _as_user([str(program), "--smoke-test", str(sample), "--export", str(report)]),
        _user_env(home),
        timeout=SMOKE_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _imports(data: Path) -> int:
    with sqlite3.connect(data / "workspace.sqlite") as db:
        return db.execute("SELECT COUNT(*) FROM imports").fetchone()[0]


@pytest.fixture()
def place():
    """A folder only root can write (like /opt), readable by everyone."""
    base = Path(tempfile.mkdtemp(prefix="sourcing-install-", dir="/tmp"))
    base.chmod(0o755)
    yield base
    shutil.rmtree(base, ignore_errors=True)


def _unpack(tarball: Path, into: Path) -> Path:
    into.mkdir(parents=True)
    if not tarball.is_file():  # the same folder, not yet packed
        shutil.copytree(FOLDER, into / NAME, symlinks=True)
        return into / NAME
    with tarfile.open(tarball) as archive:
        archive.extractall(into, filter="tar")
    return into / NAME


def _rebuilt_package(package: Path, into: Path) -> tuple[Path, str]:
    """The same build with its version bumped (what `make package` after a version change gives)."""
    copy = into / NAME
    shutil.copytree(package, copy, symlinks=True)
    bumped = f"{VERSION}.post1"
    for version_file in (copy / "VERSION", copy / "_internal" / "VERSION"):
        version_file.write_text(bumped + "\n", encoding="utf-8")
    return copy, bumped


def test_admin_installs_with_site_defaults_user_runs_upgrade_keeps_data_uninstall_keeps_data(place):
    admin_home, user_home = place / "admin-home", place / "home"
    admin_home.mkdir()
    user_home.mkdir(mode=0o700)
    os.chown(user_home, USER_ID, USER_ID)
    prefix = place / "opt" / NAME
    data = user_home / ".local" / "share" / NAME
    admin = _admin_env(admin_home)

    package = _unpack(TARBALL, place / "v1")
    pin_line = _run(
        "echo PIN | sourcing site pin-hash",
        [str(package / "sourcing"), "site", "pin-hash"],
        {**admin, "SOURCING_DATA_DIR": str(place / "scratch")},
        stdin="482917\n",
    ).stdout.strip()
    assert pin_line.startswith('admin_pin_hash = "scrypt$')
    site = place / "site-defaults.toml"
    site.write_text(
        f'restaurant_place = "cusco"\nlanguage = "en"\ndvc_remote = "storage"\n{pin_line}\n', encoding="utf-8"
    )

    # A file with a typo is refused before anything is installed.
    typo = place / "typo.toml"
    typo.write_text('restaurant_place = "cuzco_city"\nlangauge = "en"\n', encoding="utf-8")
    refused = _run(
        "install.sh --site-defaults typo.toml",
        [str(package / "install.sh"), "--prefix", str(prefix), "--site-defaults", str(typo)],
        admin,
    )
    assert refused.returncode == 2 and "langauge" in refused.stderr and "cuzco_city" in refused.stderr
    assert not prefix.exists()

    # 1. The administrator installs.
    done = _run(
        "install.sh --prefix DIR --site-defaults site-defaults.toml",
        [str(package / "install.sh"), "--prefix", str(prefix), "--site-defaults", str(site)],
        admin,
    )
    assert done.returncode == 0, done.stderr
    installed_site = prefix / "site-defaults.toml"
    assert installed_site.read_bytes() == site.read_bytes()
    assert installed_site.stat().st_uid == 0 and stat.S_IMODE(installed_site.stat().st_mode) == 0o644
    writable = [p for p in prefix.rglob("*") if not p.is_symlink() and p.stat().st_mode & (stat.S_IWGRP | stat.S_IWOTH)]
    assert writable == [] and {p.stat().st_uid for p in prefix.rglob("*") if not p.is_symlink()} == {0}
    assert (admin_home / ".local" / "bin" / "sourcing-app").resolve() == prefix / "sourcing-app"
    desktop = (admin_home / ".local" / "share" / "applications" / "sourcing-app.desktop").read_text()
    assert f"Exec={prefix}/sourcing-app" in desktop

    # 2. A user without rights runs it: the site's defaults apply; the site file and programs are not theirs.
    assert not _user_can_write(installed_site, user_home) and not _user_can_write(prefix, user_home)
    assert not _user_can_write(prefix / "_internal", user_home)
    shown = _run(
        "(as nobody) sourcing site show", _as_user([str(prefix / "sourcing"), "site", "show"]), _user_env(user_home)
    )
    assert str(installed_site) in shown.stdout and "restaurant_place = cusco" in shown.stdout
    timings = _smoke(prefix / "sourcing-app", user_home, user_home / "first.xlsx")
    assert timings["scored"] > 0
    assert "Options" in openpyxl.load_workbook(user_home / "first.xlsx", read_only=True).sheetnames  # site: English
    assert (data / "workspace.sqlite").stat().st_uid == USER_ID and _imports(data) == 1
    # The user then chooses Spanish in Settings (their settings.json now holds their own value).
    settings = data / "settings.json"
    settings.write_text(json.dumps({"version": 2, "language": "es"}), encoding="utf-8")
    os.chown(settings, USER_ID, USER_ID)
    before = _snapshot(data)
    site_before = installed_site.read_bytes()

    # 3. The administrator upgrades to a rebuilt package; the old version's files must not linger.
    (prefix / "_internal" / "left-by-the-old-version.txt").write_text("old\n")
    newer, bumped = _rebuilt_package(package, place / "v2")
    done = _run(
        f"install.sh --prefix DIR  (upgrade to {bumped})", [str(newer / "install.sh"), "--prefix", str(prefix)], admin
    )
    assert done.returncode == 0, done.stderr
    assert (prefix / "VERSION").read_text().strip() == bumped
    assert not (prefix / "_internal" / "left-by-the-old-version.txt").exists()
    assert installed_site.read_bytes() == site_before  # IT's file kept without --site-defaults
    assert not list(prefix.parent.glob(f"{NAME}.*-*"))  # no half-swapped folder left beside it
    assert _snapshot(data) == before  # workspace, settings and logs untouched by the upgrade

    # 4. The upgraded app opens the same workspace and honours the user's own settings.
    _smoke(prefix / "sourcing-app", user_home, user_home / "second.xlsx")
    assert "Opciones" in openpyxl.load_workbook(user_home / "second.xlsx", read_only=True).sheetnames  # user: Spanish
    assert _imports(data) == 2  # the first import is still there, the new one added
    after_use = _snapshot(data)

    # 5. Uninstall: the programs go, the user's data stays.
    done = _run("uninstall.sh", [str(prefix / "uninstall.sh")], admin)
    assert done.returncode == 0, done.stderr
    assert not prefix.exists() and not (admin_home / ".local" / "bin" / "sourcing-app").exists()
    assert not (admin_home / ".local" / "share" / "applications" / "sourcing-app.desktop").exists()
    assert _snapshot(data) == after_use

    # 6. A per-user install by the user themself; --purge also removes their data.
    own = user_home / ".local" / "opt" / NAME
    done = _run(
        "(as nobody) install.sh --site-defaults site-defaults.toml",
        _as_user([str(newer / "install.sh"), "--site-defaults", str(site)]),
        _user_env(user_home),
    )
    assert done.returncode == 0, done.stderr
    assert "per-user install" in done.stderr  # told honestly that the site file is theirs to change
    assert (own / "sourcing-app").is_file() and (own / "site-defaults.toml").stat().st_uid == USER_ID
    done = _run(
        "(as nobody) uninstall.sh --purge", _as_user([str(own / "uninstall.sh"), "--purge"]), _user_env(user_home)
    )
    assert done.returncode == 0, done.stderr
    assert not own.exists() and not data.exists()
