"""Start-up time of a built app: seconds from launching it to its main window shown, and to
the model ready to score.

    python packaging/measure_start.py [dist/sustainable-sourcing/sourcing-app] [--runs 3]

Starts the program offscreen with a fresh user data folder and watches logs/app.log for the
lines the app writes when its window is shown ("Window shown ...") and when the bundled model
has loaded in its worker ("Model v1 loaded."), then ends that process (the only one it
started). Prints one JSON line: every run, and the first and median of each figure::

    {"runs": [{"window": 1.2, "model_ready": 3.4, "cpu_model_ready": 2.9}, ...],
     "window": {"first": .., "median": ..}, "model_ready": {...}, "model_after_window": {...}}

``cpu_model_ready`` (Linux): the CPU seconds the program had used when its model was ready (all
its threads, from /proc): on a machine shared with other work, wall-clock seconds grow with the
load and this does not, so it tells what the program itself costs.

The first run after a build or a reboot is the cold one (files not yet in the page cache).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN = "Window shown"
MODEL_READY = re.compile(r"Model \S* ?loaded\.")
MODEL_FAILED = "No model could be loaded"


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a running process (Linux /proc), None where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return round((int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK"), 2)


def time_to_ready(program: Path, timeout: float = 600.0) -> dict[str, float]:
    """{"window": s, "model_ready": s} of one start, measured from launching ``program``."""
    with tempfile.TemporaryDirectory(prefix="sourcing-start-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SOURCING_DATA_DIR=folder, TF_CPP_MIN_LOG_LEVEL="2")
        log = Path(folder) / "logs" / "app.log"
        times: dict[str, float] = {}
        started = time.perf_counter()
        process = subprocess.Popen([str(program)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - started < timeout:
                text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
                now = round(time.perf_counter() - started, 2)
                if "window" not in times and SHOWN in text:
                    times["window"] = now
                if "model_ready" not in times and MODEL_READY.search(text):
                    times["model_ready"] = now
                    cpu = cpu_seconds(process.pid)
                    if cpu is not None:
                        times["cpu_model_ready"] = cpu
                if MODEL_FAILED in text:
                    raise RuntimeError(f"{program} could not load its model; see {log}")
                if "window" in times and "model_ready" in times:
                    return times
                if process.poll() is not None:
                    raise RuntimeError(f"{program} exited with {process.returncode} before its model was ready")
                time.sleep(0.02)
            raise RuntimeError(f"window or model not ready within {timeout:.0f} s")
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def summary(values: list[float]) -> dict[str, float]:
    return {"first": values[0], "median": statistics.median(values)}


def main(argv: list[str] | None = None) -> int:
    default = Path("dist/sustainable-sourcing") / ("sourcing-app.exe" if sys.platform == "win32" else "sourcing-app")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program", nargs="?", type=Path, default=default)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    runs = [time_to_ready(args.program) for _ in range(args.runs)]
    result: dict[str, object] = {"runs": runs}
    result["window"] = summary([r["window"] for r in runs])
    result["model_ready"] = summary([r["model_ready"] for r in runs])
    result["model_after_window"] = summary([round(r["model_ready"] - r["window"], 2) for r in runs])
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
