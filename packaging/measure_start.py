"""Start-up time of a built app: wall-clock seconds from launching it to its main window shown.

    python packaging/measure_start.py [dist/sustainable-sourcing/sourcing-app] [--runs 3]

Starts the program offscreen with a fresh user data folder, waits for the line the app logs
when its window is shown ("Window shown ..." in logs/app.log), then ends that process (the
only one it started) and prints one JSON line: {"runs": [...], "first": s, "median": s}.
The first run after a build or a reboot is the cold one (files not yet in the page cache).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN = "Window shown"


def time_to_window(program: Path, timeout: float = 300.0) -> float:
    with tempfile.TemporaryDirectory(prefix="sourcing-start-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOURCING_DATA_DIR=folder, TF_CPP_MIN_LOG_LEVEL="2")
        log = Path(folder) / "logs" / "app.log"
        started = time.perf_counter()
        process = subprocess.Popen([str(program)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < timeout:
                if log.is_file() and SHOWN in log.read_text(encoding="utf-8", errors="replace"):
                    return round(time.perf_counter() - started, 2)
                if process.poll() is not None:
                    raise RuntimeError(f"{program} exited with {process.returncode} before showing its window")
                time.sleep(0.02)
            raise RuntimeError(f"no window within {timeout:.0f} s")
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main(argv: list[str] | None = None) -> int:
    default = Path("dist/sustainable-sourcing") / ("sourcing-app.exe" if sys.platform == "win32" else "sourcing-app")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", nargs="?", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    runs = [time_to_window(args.program) for _ in range(args.runs)]
    print(json.dumps({"runs": runs, "first": runs[0], "median": statistics.median(runs)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
