#!/usr/bin/env bash
# Builds the .deb, installs it, runs both installed binaries, removes it and checks nothing is left.
# Needs root (or sudo) for dpkg; skipped with a note otherwise.
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo=sudo; else echo "== package check skipped: needs root"; exit 0; fi
fi
if dpkg-query -W recertify >/dev/null 2>&1; then
    echo "== package check skipped: a recertify package is already installed here"; exit 0
fi

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/recertify_*.deb | head -1)
echo "== package $(basename "$deb"): $(du -h "$deb" | cut -f1)"
$sudo dpkg -i "$deb" >/dev/null
trap '$sudo dpkg -r recertify >/dev/null 2>&1 || true' EXIT
files=$(dpkg -L recertify)

for binary in /usr/bin/recertify /usr/bin/recertify-cli /usr/share/applications/io.recertify.Recertify.desktop \
    /usr/share/icons/hicolor/scalable/apps/io.recertify.Recertify.svg /usr/share/metainfo/io.recertify.Recertify.metainfo.xml \
    /usr/lib/systemd/user/recertify-sync.timer /usr/lib/systemd/user/recertify-sync.service; do
    [ -e "$binary" ] || { echo "FAIL: $binary is not installed"; exit 1; }
done
[ "$(command -v recertify-cli)" = /usr/bin/recertify-cli ] || { echo "FAIL: recertify-cli is not on the PATH"; exit 1; }
tmp=$(mktemp -d)
recertify-cli --db "$tmp/p.sqlite" demo --identities 50 >/dev/null
QT_QPA_PLATFORM=offscreen recertify --db "$tmp/p.sqlite" --screenshot "$tmp/p.png" 2>/dev/null
[ -s "$tmp/p.png" ] || { echo "FAIL: the installed app did not save a screenshot"; exit 1; }
rm -rf "$tmp"

$sudo dpkg -r recertify >/dev/null
trap - EXIT
left=""
for f in $files; do
    [ -f "$f" ] && left="$left $f"
done
[ -z "$left" ] || { echo "FAIL: left behind after removal:$left"; exit 1; }
echo "== package check: installed, both binaries ran, removed cleanly"
