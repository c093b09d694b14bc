#!/usr/bin/env bash
# Makes the README's screenshots again from a demo estate: the app grabs its own window offscreen.
# Usage: bash tools/readme-screenshots.sh [BUILD_DIR]   (writes resources/screenshots/*.png)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
out=$root/resources/screenshots
work=$(mktemp -d /tmp/recertify-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT
# A private home and no keychain: nothing of the user's is read or written; a key file signs the audit chain.
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_RUNTIME_DIR=$work/runtime
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
openssl genpkey -algorithm ed25519 -out "$work/key.pem" 2>/dev/null
export RECERTIFY_SIGNING_KEY=$work/key.pem
cli=$build/app/recertify-cli
app=$build/app/recertify
cd "$work" # the status bar names the store as given: estate.sqlite, not a temporary path
db=estate.sqlite
"$cli" --db "$db" demo --identities 400 --history 12 >/dev/null
"$cli" --db "$db" campaign create --name "Q1 agents and keys" --due "$(date -u -d '+60 days' +%F)" \
    --fallback-reviewer governance@example.com >/dev/null
# Some owners answer: every item of three reviewers, confirmed and certified with what they saw.
"$cli" --db "$db" --json review list --campaign 1 | python3 -c '
import json, sys
items = json.load(sys.stdin)
reviewers = sorted({i["reviewer"] for i in items if i["reviewer"] != "governance@example.com"})[:3]
for i in items:
    if i["reviewer"] in reviewers:
        print(i["id"], i["reviewer"])' | while read -r item reviewer; do
    "$cli" --db "$db" review decide "$item" --reviewer "$reviewer" --ownership confirm --scope keep \
        --need certify --seconds 95 --justification "Still runs the nightly job; owner confirmed" >/dev/null 2>&1 || true
done
shot() { "$app" --db "$db" --user governance@example.com "$@" 2>/dev/null; }
shot --section inventory --screenshot "$out/inventory.png"
shot --section inventory --palette dark --screenshot "$out/inventory-dark.png"
shot --section dashboard --screenshot "$out/dashboard.png"
shot --section dashboard --palette dark --screenshot "$out/dashboard-dark.png"
shot --identity 1 --screenshot "$out/identity.png"
shot --section campaigns --screenshot "$out/campaigns.png"
shot --section reviews --screenshot "$out/reviews.png"
"$app" --db empty.sqlite --user governance@example.com --screenshot "$out/welcome.png" 2>/dev/null
echo "screenshots written to $out"
