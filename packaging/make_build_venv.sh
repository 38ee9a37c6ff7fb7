#!/usr/bin/env bash
# Create the throwaway virtual environment that builds the package, for one inference backend.
#
#   bash packaging/make_build_venv.sh [jax|tensorflow-cpu|tensorflow] [VENV_DIR]
#
# jax (default) is the shipped build: Keras 3 on JAX's CPU backend, no TensorFlow (README,
# "Packaging", has the three-way measurement). The venv holds only what the installed app
# runs (packaging/requirements/*.txt) plus PyInstaller; the project's own .venv keeps
# TensorFlow for training and tests and is never touched. Then build with
#   PYTHON=VENV_DIR/bin/python bash packaging/build_linux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BACKEND=${1:-jax}
VENV=${2:-build/venv-package-$BACKEND}
REQUIREMENTS=packaging/requirements/$BACKEND.txt
if [[ ! -f "$REQUIREMENTS" ]]; then
    echo "make_build_venv.sh: no requirements for backend '$BACKEND' (jax, tensorflow-cpu or tensorflow)" >&2
    exit 2
fi
BASE_PYTHON=${BASE_PYTHON:-python3.11}
command -v "$BASE_PYTHON" >/dev/null || BASE_PYTHON=python3
if [[ ! -x "$VENV/bin/python" ]]; then
    "$BASE_PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q -r "$REQUIREMENTS"
echo "$BACKEND" > "$VENV/inference-backend"
echo "Build venv ready: $VENV ($BACKEND); build with PYTHON=$VENV/bin/python bash packaging/build_linux.sh"
