#!/usr/bin/env bash
# One-time set-up on a fresh machine: Debian libraries Qt and Spark need (only the missing
# ones), then a virtual environment in .venv with the project and its test tools.
# Safe to run again: it does nothing when everything is already there.
# `setup.sh --test` also installs what the tests use to look at outputs as a user would:
# LibreOffice (opens the exported workbooks) and Xvfb (a real screen for the window).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.installed

debian_packages=(
  # Qt 6 (PySide6) on a desktop session and offscreen
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1
  # fonts so that Spanish text renders
  fonts-dejavu-core
)

if [ "${1:-}" = "--test" ]; then
  debian_packages+=(libreoffice-calc-nogui xvfb xauth)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
  echo "setup: installing Python packages (first time: several minutes, TensorFlow is large)"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[dev]"
  touch "$STAMP"
fi
# translations the app reads: .ts -> .qm (Qt), .po -> .mo (core); only what is missing or stale
"$VENV/bin/python" -m core.i18n_build
echo "setup: ready"
