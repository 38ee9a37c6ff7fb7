#!/usr/bin/env bash
# Build the Linux package: PyInstaller one-folder build + tarball with a .desktop entry and icon.
#
#   bash packaging/make_build_venv.sh        # once: the build venv (Keras on JAX, PyInstaller)
#   bash packaging/build_linux.sh            # from the repository root (`make package` does both)
#
# Output:
#   dist/sustainable-sourcing/               the one-folder build (sourcing-app, sourcing, _internal/)
#   dist/sustainable-sourcing-<version>-linux-x86_64.tar.gz
# Environment: PYTHON (default build/venv-package-jax/bin/python: the build venv, never the
# project's dev .venv, which holds TensorFlow for training), DIST_DIR (default dist),
# SOURCING_PACKAGE_SPARK=1 to bundle pyspark (measurement only; see docs/installing.md),
# SKIP_TARBALL=1 to stop after PyInstaller.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-build/venv-package-jax/bin/python}
NAME=sustainable-sourcing
VERSION=$("$PYTHON" -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
ARCH=$(uname -m)
DIST_DIR=${DIST_DIR:-dist}
DIST=$DIST_DIR/$NAME

[[ -x "$PYTHON" ]] || {
    echo "No build venv at $PYTHON: create it with bash packaging/make_build_venv.sh" >&2; exit 2; }
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
    echo "PyInstaller is missing in $PYTHON: bash packaging/make_build_venv.sh installs it" >&2; exit 2; }
BACKEND=$("$PYTHON" -c 'import importlib.util as u;print("jax" if u.find_spec("jax") else "tensorflow")')

echo "== Translations (.ts -> .qm, .po -> .mo)"
"$PYTHON" -m core.i18n_build --force

echo "== PyInstaller ($NAME $VERSION, Keras on $BACKEND)"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST_DIR" --workpath build/pyinstaller packaging/sourcing.spec
end=$(date +%s)
echo "PyInstaller took $((end - start)) s"

# Desktop integration files travel inside the folder; install.sh puts them in place.
cp packaging/linux/sourcing-app.desktop "$DIST/"
cp resources/icons/app.svg "$DIST/sourcing-app.svg"
cp packaging/linux/install.sh packaging/linux/uninstall.sh "$DIST/"
chmod +x "$DIST/install.sh" "$DIST/uninstall.sh"
echo "$VERSION" > "$DIST/VERSION"

du -sh "$DIST"
if [[ "${SKIP_TARBALL:-}" == 1 ]]; then
    exit 0
fi

echo "== Tarball"
TARBALL=$DIST_DIR/$NAME-$VERSION-linux-$ARCH.tar.gz
tar -C "$DIST_DIR" -czf "$TARBALL" "$NAME"
ls -lh "$TARBALL"
