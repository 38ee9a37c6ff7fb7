#!/usr/bin/env bash
# Remove the program installed by install.sh (add --system for the /opt install).
# The user's data (workspace, settings, logs, retrained models) is kept: see docs/installing.md.
set -euo pipefail
NAME=sustainable-sourcing
if [[ "${1:-}" == "--system" ]]; then
    PREFIX=/opt/$NAME; BIN=/usr/local/bin; APPS=/usr/share/applications
    ICONS=/usr/share/icons/hicolor/scalable/apps
else
    PREFIX=$HOME/.local/opt/$NAME; BIN=$HOME/.local/bin; APPS=$HOME/.local/share/applications
    ICONS=$HOME/.local/share/icons/hicolor/scalable/apps
fi
rm -f "$BIN/sourcing-app" "$BIN/sourcing" "$APPS/sourcing-app.desktop" "$ICONS/sourcing-app.svg"
rm -rf "$PREFIX"
echo "Removed $PREFIX. User data is kept in \${XDG_DATA_HOME:-~/.local/share}/$NAME."
