#!/usr/bin/env bash
# Build the Linux package: PyInstaller one-folder build + tarball with a .desktop entry and icon.
#
#   bash packaging/build_linux.sh            # from the repository root, after `make setup`
#
# Output:
#   dist/sustainable-sourcing/               the one-folder build (sourcing-app, sourcing, _internal/)
#   dist/sustainable-sourcing-<version>-linux-x86_64.tar.gz
# Environment: PYTHON (default .venv/bin/python), SOURCING_PACKAGE_SPARK=1 to bundle pyspark
# (measurement only; see docs/installing.md), SKIP_TARBALL=1 to stop after PyInstaller.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
NAME=sustainable-sourcing
VERSION=$("$PYTHON" -c 'import tomllib;print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
ARCH=$(uname -m)
DIST=dist/$NAME

"$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
    echo "PyInstaller is missing: $PYTHON -m pip install \"pyinstaller>=6.10,<7\"" >&2; exit 2; }

echo "== Translations (.ts -> .qm, .po -> .mo)"
"$PYTHON" -m core.i18n_build --force

echo "== PyInstaller ($NAME $VERSION)"
start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/sourcing.spec
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
TARBALL=dist/$NAME-$VERSION-linux-$ARCH.tar.gz
tar -C dist -czf "$TARBALL" "$NAME"
ls -lh "$TARBALL"
