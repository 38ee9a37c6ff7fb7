#!/usr/bin/env bash
# A real Spark standalone cluster on loopback, from the pyspark installation (no separate
# Spark download): one master and one worker bound to 127.0.0.1.
#
#   scripts/spark_standalone.sh start [PORT]   prints spark://127.0.0.1:PORT when both are up
#   scripts/spark_standalone.sh stop           stops them (by the pids it recorded)
#   scripts/spark_standalone.sh status
#
# Environment: PYTHON (default .venv/bin/python), SPARK_STANDALONE_DIR (pids, logs, work
# folder; default build/spark-standalone), WORKER_CORES (default 1), WORKER_MEMORY (default 2g).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
STATE=${SPARK_STANDALONE_DIR:-build/spark-standalone}
mkdir -p "$STATE"
STATE=$(cd "$STATE" && pwd)
WORKER_CORES=${WORKER_CORES:-1}
WORKER_MEMORY=${WORKER_MEMORY:-2g}
SPARK_HOME=$("$PYTHON" -c 'import os, pyspark; print(os.path.dirname(pyspark.__file__))')
export SPARK_HOME
PYTHON_ABS=$(cd "$(dirname "$PYTHON")" && pwd)/$(basename "$PYTHON")
export PYSPARK_PYTHON=${PYSPARK_PYTHON:-$PYTHON_ABS}
export SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=localhost
export SPARK_LOG_DIR="$STATE/logs"

free_port() { "$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

wait_for_port() {  # host port seconds
  "$PYTHON" - "$@" <<'PY'
import socket, sys, time
host, port, limit = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
deadline = time.time() + limit
while time.time() < deadline:
    try:
        socket.create_connection((host, port), timeout=1).close(); sys.exit(0)
    except OSError:
        time.sleep(0.3)
sys.exit(1)
PY
}

wait_for_worker() {  # master log: the master logs each worker it registers
  for _ in $(seq 1 120); do
    grep -q "Registering worker" "$STATE/logs/master.log" 2>/dev/null && return 0
    grep -q "Successfully registered with master" "$STATE/logs/worker.log" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}

start() {
  local port=${1:-$(free_port)}
  mkdir -p "$STATE/logs" "$STATE/work"
  if [ -f "$STATE/master.pid" ] && kill -0 "$(cat "$STATE/master.pid")" 2>/dev/null; then
    echo "spark_standalone: already running ($(cat "$STATE/master.url"))" >&2; exit 1
  fi
  # INFO for the two daemons' own loggers only, so that worker registration shows in the logs
  SPARK_DAEMON_JAVA_OPTS="-Dlog4j2.level=INFO" \
  setsid "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$port" --webui-port 0 >"$STATE/logs/master.log" 2>&1 < /dev/null &
  echo $! > "$STATE/master.pid"
  wait_for_port 127.0.0.1 "$port" 60 || { echo "spark_standalone: the master did not start; see $STATE/logs/master.log" >&2; stop; exit 1; }
  SPARK_DAEMON_JAVA_OPTS="-Dlog4j2.level=INFO" \
  setsid "$SPARK_HOME/bin/spark-class" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --webui-port 0 --cores "$WORKER_CORES" --memory "$WORKER_MEMORY" \
    --work-dir "$STATE/work" "spark://127.0.0.1:$port" >"$STATE/logs/worker.log" 2>&1 < /dev/null &
  echo $! > "$STATE/worker.pid"
  wait_for_worker || { echo "spark_standalone: the worker did not register; see $STATE/logs/worker.log" >&2; stop; exit 1; }
  echo "spark://127.0.0.1:$port" | tee "$STATE/master.url"
}

stop_pid() {  # stop the process group started by setsid for one daemon
  local file="$STATE/$1.pid"
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop() { stop_pid worker; stop_pid master; rm -f "$STATE/master.url"; }

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  status) if [ -f "$STATE/master.url" ]; then cat "$STATE/master.url"; else echo "stopped"; exit 1; fi ;;
  *) echo "usage: $0 start [PORT] | stop | status" >&2; exit 2 ;;
esac
