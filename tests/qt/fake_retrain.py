"""A stand-in for `sourcing retrain` (process handling tests only): progress lines as JSON on
stdout, a non-JSON log line, SIGTERM -> exit 130. Behaviour from the first argument:
  ok [seconds]      progress for ``seconds`` then exit 0
  slow              progress for 60 s (to be cancelled)
  stubborn          ignores SIGTERM (to be killed)
  usererror         exit 2 with one sentence on stderr
  crash             dies by SIGKILL-like abort (os.abort)
"""

import json
import os
import signal
import sys
import time


def emit(stage, fraction, message):
    print(json.dumps({"stage": stage, "fraction": fraction, "message": message}), flush=True)


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "ok"
    signal.signal(signal.SIGTERM, signal.SIG_IGN if mode == "stubborn" else lambda *_: sys.exit(130))
    print("plain log line from the pipeline", flush=True)
    if mode == "usererror":
        print("sourcing: Java 17 or newer is needed to retrain; install it and try again.", file=sys.stderr)
        return 2
    if mode == "crash":
        emit("prepare", 0.1, "preparing")
        os.abort()
    seconds = float(sys.argv[2]) if mode == "ok" and len(sys.argv) > 2 else (0.6 if mode == "ok" else 60)
    stages = ["prepare", "train", "evaluate", "register"]
    steps = 20
    for i in range(steps + 1):
        emit(stages[min(i * len(stages) // (steps + 1), 3)], i / steps, f"step {i} of {steps}")
        time.sleep(seconds / steps)
    return 0


if __name__ == "__main__":
    sys.exit(main())
