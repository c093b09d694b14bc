#!/bin/sh
# Runs clang-tidy with the agreed checks (.clang-tidy) over every source of core, ui and app; fails, naming
# the file, line and check, on any finding.
# Usage: tests/tidy-check.sh BUILD_DIR [FILE_REGEX]   (BUILD_DIR holds compile_commands.json)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
build=${1:?usage: tests/tidy-check.sh BUILD_DIR [FILE_REGEX]}
# The checkout's path as compile_commands.json spells it, its regex characters escaped.
quoted=$(printf '%s' "$root" | sed 's/[][\\.^$*+?(){}|]/\\&/g')
regex=${2:-"^$quoted/(core|ui|app)/.*\\.cpp\$"}
tidy=${CLANG_TIDY:-clang-tidy}
runner=${RUN_CLANG_TIDY:-run-clang-tidy}
for tool in "$tidy" "$runner"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "tidy-check: $tool is not installed (Debian: apt install clang-tidy)" >&2
        exit 1
    fi
done
# A pattern that matched no source would pass without checking anything.
files=$(python3 -c 'import json, re, sys; print(sum(1 for e in json.load(open(sys.argv[1])) if re.search(sys.argv[2], e["file"])))' \
    "$build/compile_commands.json" "$regex")
if [ "$files" -eq 0 ]; then
    echo "tidy-check: no source in $build/compile_commands.json matches $regex" >&2
    exit 1
fi
# Findings are gathered, then printed once each (a header is read by many sources).
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! "$runner" -quiet -clang-tidy-binary "$(command -v "$tidy")" -p "$build" -j "$(nproc)" "$regex" >"$log" 2>&1; then
    sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E 'warning:|error:' | sort -u >&2 || cat "$log" >&2
    echo "tidy-check: findings above (checks: $root/.clang-tidy)" >&2
    exit 1
fi
echo "tidy-check: no finding in $files sources of core, ui and app ($("$tidy" --version | grep -o 'version [0-9.]*'))"
