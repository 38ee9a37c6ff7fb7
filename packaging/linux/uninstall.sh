#!/usr/bin/env bash
# Remove the programs that install.sh installed: the folder this script is in, its menu entry,
# icon and command links. Every user's data (workspace, settings, logs, registered models) is
# kept unless --purge is given. docs/installing.md has the whole guide.
#
#   ~/.local/opt/sustainable-sourcing/uninstall.sh            this user's install
#   sudo /opt/sustainable-sourcing/uninstall.sh --system      the install for every user
#
# Options:
#   --system   also remove the system menu entry and /usr/local/bin links (run as root)
#   --purge    also delete the data folder of the user running this script
#              (${SOURCING_DATA_DIR:-${XDG_DATA_HOME:-~/.local/share}/sustainable-sourcing}).
#              Other users' data folders are never touched: they are theirs to delete.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=sustainable-sourcing
fail() { echo "uninstall.sh: $*" >&2; exit 2; }

SYSTEM=0; PURGE=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --system) SYSTEM=1 ;;
        --purge) PURGE=1 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done
# Only ever delete an installed package folder.
[[ -x "$HERE/sourcing-app" && -x "$HERE/sourcing" && -f "$HERE/VERSION" ]] || fail "$HERE is not an installed package"
if [[ $SYSTEM == 1 ]]; then
    [[ $(id -u) == 0 ]] || fail "--system removes the install for every user: run it as root"
    BIN=/usr/local/bin; APPS=/usr/share/applications; ICONS=/usr/share/icons/hicolor/scalable/apps
else
    DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
    BIN=$HOME/.local/bin; APPS=$DATA_HOME/applications; ICONS=$DATA_HOME/icons/hicolor/scalable/apps
fi

# Links and the menu entry go only when they belong to this install (not to another copy).
for link in "$BIN/sourcing-app" "$BIN/sourcing"; do
    if [[ -L "$link" && "$(readlink "$link")" == "$HERE/"* ]]; then rm -f "$link"; fi
done
if [[ -f "$APPS/sourcing-app.desktop" ]] && grep -q "^Exec=$HERE/sourcing-app" "$APPS/sourcing-app.desktop"; then
    rm -f "$APPS/sourcing-app.desktop" "$ICONS/sourcing-app.svg"
fi
VERSION=$(cat "$HERE/VERSION")
cd /
rm -rf "$HERE"
echo "Removed version $VERSION from $HERE."

DATA=${SOURCING_DATA_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/$NAME}
if [[ $PURGE == 1 ]]; then
    rm -rf "$DATA"
    echo "Deleted the user data in $DATA."
else
    echo "User data is kept in $DATA (and in every other user's own folder); uninstall.sh --purge deletes yours."
fi
