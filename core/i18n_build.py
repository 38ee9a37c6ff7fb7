"""Build the desktop app's Qt translations: every resources/translations/*.ts -> .qm.

Run by the set-up (``python -m core.i18n_build``) and by the app's tests when a .qm is
missing or older than its source. Uses ``pyside6-lrelease`` from the same environment.
The core's own text uses gettext .po files read directly (core/i18n.py) and needs no build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from core.i18n import translations_dir


def lrelease_command() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    if beside.exists():
        return str(beside)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def build(folder: Path | None = None, force: bool = False) -> list[Path]:
    """Compile each .ts in ``folder`` whose .qm is missing or stale; return the .qm files written."""
    folder = folder or translations_dir()
    command = lrelease_command()
    if command is None:
        raise RuntimeError("pyside6-lrelease was not found; install PySide6 in this environment.")
    written = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        if not force and target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        done = subprocess.run([command, "-silent", str(source), "-qm", str(target)], capture_output=True, text=True)
        if done.returncode != 0 or not target.exists():
            raise RuntimeError(f"lrelease failed on {source.name}: {done.stderr.strip() or done.stdout.strip()}")
        written.append(target)
    return written


def main() -> int:
    written = build(force="--force" in sys.argv)
    for path in written:
        print(f"built {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
