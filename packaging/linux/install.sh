#!/usr/bin/env bash
# Install the unpacked Sustainable Sourcing Optimizer folder for this user (default) or for
# everyone (--system, run as root). Run from inside the unpacked folder:
#   ./install.sh             -> ~/.local/opt/sustainable-sourcing, menu entry for this user
#   sudo ./install.sh --system -> /opt/sustainable-sourcing, menu entry for every user
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=sustainable-sourcing
if [[ "${1:-}" == "--system" ]]; then
    PREFIX=/opt/$NAME; BIN=/usr/local/bin; APPS=/usr/share/applications
    ICONS=/usr/share/icons/hicolor/scalable/apps
else
    PREFIX=$HOME/.local/opt/$NAME; BIN=$HOME/.local/bin; APPS=$HOME/.local/share/applications
    ICONS=$HOME/.local/share/icons/hicolor/scalable/apps
fi
mkdir -p "$BIN" "$APPS" "$ICONS" "$(dirname "$PREFIX")"
if [[ "$HERE" != "$PREFIX" ]]; then
    # Keep a site-defaults.toml that IT already placed in the target folder.
    saved=""; [[ -f "$PREFIX/site-defaults.toml" ]] && saved=$(mktemp) && cp "$PREFIX/site-defaults.toml" "$saved"
    rm -rf "$PREFIX"
    cp -a "$HERE" "$PREFIX"
    [[ -n "$saved" ]] && mv "$saved" "$PREFIX/site-defaults.toml"
fi
ln -sf "$PREFIX/sourcing-app" "$BIN/sourcing-app"
ln -sf "$PREFIX/sourcing" "$BIN/sourcing"
cp "$PREFIX/sourcing-app.svg" "$ICONS/sourcing-app.svg"
sed "s|^Exec=sourcing-app|Exec=$PREFIX/sourcing-app|" "$PREFIX/sourcing-app.desktop" > "$APPS/sourcing-app.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$APPS" || true
echo "Installed in $PREFIX (commands: $BIN/sourcing-app, $BIN/sourcing)."
