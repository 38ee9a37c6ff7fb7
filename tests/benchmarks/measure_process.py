"""Run a command as a child process and print its wall time and peak memory as JSON:
``python measure_process.py CMD ARG…`` -> {"seconds": …, "peak_mb": …, "returncode": …}.

Why a separate launcher: a child's maximum resident set size counts from the fork, so a
child forked straight from a test process that holds a gigabyte (Keras loaded to build the
seed's model) would report that gigabyte. Forked from this small launcher, it reports its own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time


def main(command: list[str]) -> int:
    start = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    print(json.dumps({"seconds": seconds, "peak_mb": usage.ru_maxrss / 1024, "returncode": child.returncode}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
