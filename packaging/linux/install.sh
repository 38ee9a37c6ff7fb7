#!/usr/bin/env bash
# Install (or upgrade) the unpacked Sustainable Sourcing Optimizer folder. Run it from inside
# the unpacked folder; docs/installing.md has the whole guide.
#
#   ./install.sh                        this user: ~/.local/opt/sustainable-sourcing, menu entry, ~/.local/bin
#   sudo ./install.sh --system          every user: /opt/sustainable-sourcing, /usr/local/bin, system menu
#   sudo ./install.sh --system --site-defaults /srv/it/site-defaults.toml
#
# Options:
#   --system               install for every user (run as root)
#   --prefix DIR           the folder that receives the programs (default as above)
#   --site-defaults FILE   the site's defaults (restaurant location, admin PIN hash, DVC remote, ...):
#                          checked with the package's own `sourcing site check`, then installed as
#                          DIR/site-defaults.toml. When root installs, the programs and that file
#                          belong to root and only root can change them. Without this option an
#                          upgrade keeps the site-defaults file already installed.
#
# An upgrade (the same command with a newer package) replaces the programs only: every user's
# data folder (workspace, settings, logs, registered models) is never touched, and the app
# migrates an older workspace when it opens it. The new folder is copied next to the old one
# first and swapped in at the end, so a failed copy leaves the previous version working.
# Exit codes: 0 installed, 2 wrong option or a site defaults file the app would not accept.
set -euo pipefail
umask 022
HERE=$(cd "$(dirname "$0")" && pwd)
NAME=sustainable-sourcing

usage() { sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; }
fail() { echo "install.sh: $*" >&2; exit 2; }

SYSTEM=0; PREFIX=""; SITE_FILE=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --system) SYSTEM=1 ;;
        --prefix) [[ $# -ge 2 ]] || fail "--prefix needs a folder"; PREFIX=$2; shift ;;
        --prefix=*) PREFIX=${1#--prefix=} ;;
        --site-defaults) [[ $# -ge 2 ]] || fail "--site-defaults needs a file"; SITE_FILE=$2; shift ;;
        --site-defaults=*) SITE_FILE=${1#--site-defaults=} ;;
        -h|--help) usage; exit 0 ;;
        *) fail "unknown option $1 (see --help)" ;;
    esac
    shift
done

if [[ $SYSTEM == 1 ]]; then
    [[ $(id -u) == 0 ]] || fail "--system installs for every user: run it as root (sudo ./install.sh --system)"
    PREFIX=${PREFIX:-/opt/$NAME}; BIN=/usr/local/bin; APPS=/usr/share/applications
    ICONS=/usr/share/icons/hicolor/scalable/apps
else
    DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
    PREFIX=${PREFIX:-$HOME/.local/opt/$NAME}; BIN=$HOME/.local/bin; APPS=$DATA_HOME/applications
    ICONS=$DATA_HOME/icons/hicolor/scalable/apps
fi
[[ "$PREFIX" == /* ]] || PREFIX=$(pwd)/$PREFIX
PREFIX=${PREFIX%/}
[[ -x "$HERE/sourcing-app" && -x "$HERE/sourcing" ]] || fail "run install.sh from the unpacked package folder"

if [[ -n "$SITE_FILE" ]]; then
    [[ -f "$SITE_FILE" ]] || fail "the site defaults file $SITE_FILE does not exist"
    # The package's own reader: a typo found now instead of a setting silently ignored later.
    scratch=$(mktemp -d)
    if ! SOURCING_DATA_DIR=$scratch "$HERE/sourcing" site check "$SITE_FILE"; then
        rm -rf "$scratch"
        fail "$SITE_FILE was not installed: correct what is named above and run install.sh again"
    fi
    rm -rf "$scratch"
fi

# Copy beside the target, then swap: the old version keeps working until the copy is complete.
mkdir -p "$(dirname "$PREFIX")"
if [[ "$HERE" != "$PREFIX" ]]; then
    NEW="$PREFIX.new-$$"; OLD="$PREFIX.old-$$"
    rm -rf "$NEW"
    cp -a "$HERE" "$NEW"
    for kept in site-defaults.toml site-defaults.json; do  # IT's file survives an upgrade
        if [[ -f "$PREFIX/$kept" ]]; then cp -p "$PREFIX/$kept" "$NEW/$kept"; fi
    done
    if [[ -e "$PREFIX" ]]; then mv "$PREFIX" "$OLD"; fi
    mv "$NEW" "$PREFIX"
    rm -rf "$OLD"
fi
if [[ -n "$SITE_FILE" ]]; then
    rm -f "$PREFIX/site-defaults.json"  # one site file: the one given now
    cp "$SITE_FILE" "$PREFIX/site-defaults.toml.tmp-$$"
    mv "$PREFIX/site-defaults.toml.tmp-$$" "$PREFIX/site-defaults.toml"
fi

if [[ $(id -u) == 0 ]]; then
    # Only an administrator may change the programs or the site defaults (the admin PIN hash
    # lives there), whatever owner the tarball recorded.
    chown -R root:root "$PREFIX"
    chmod -R go-w "$PREFIX"
    if [[ -f "$PREFIX/site-defaults.toml" ]]; then chmod 0644 "$PREFIX/site-defaults.toml"; fi
    folder=$(dirname "$PREFIX")
    while [[ "$folder" != / ]]; do  # a folder others can write lets them replace the install
        if [[ -n $(find "$folder" -maxdepth 0 \( ! -uid 0 -o \( -perm -o+w ! -perm -1000 \) \) -print) ]]; then
            echo "install.sh: warning: $folder can be changed by other users than root, so they could replace" \
                "$PREFIX; install under a folder only root can write (for example /opt)." >&2
        fi
        folder=$(dirname "$folder")
    done
elif [[ -n "$SITE_FILE" ]]; then
    echo "install.sh: note: this is a per-user install, so $PREFIX/site-defaults.toml belongs to $(id -un)," \
        "who can change it; for a file only an administrator can change, install with sudo ./install.sh --system." >&2
fi

mkdir -p "$BIN" "$APPS" "$ICONS"
ln -sf "$PREFIX/sourcing-app" "$BIN/sourcing-app"
ln -sf "$PREFIX/sourcing" "$BIN/sourcing"
cp "$PREFIX/sourcing-app.svg" "$ICONS/sourcing-app.svg"
sed "s|^Exec=sourcing-app|Exec=$PREFIX/sourcing-app|" "$PREFIX/sourcing-app.desktop" > "$APPS/sourcing-app.desktop"
if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$APPS" || true; fi
echo "Installed version $(cat "$PREFIX/VERSION") in $PREFIX (commands: $BIN/sourcing-app, $BIN/sourcing)."
if [[ -f "$PREFIX/site-defaults.toml" ]]; then echo "Site defaults: $PREFIX/site-defaults.toml"; fi
