#!/bin/sh
# Fails, naming the file and line, on any C++ source that .clang-format would change.
# Usage: tests/format-check.sh [--fix]   (--fix rewrites the files instead)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
fmt=${CLANG_FORMAT:-clang-format}
if ! command -v "$fmt" >/dev/null 2>&1; then
    echo "format-check: $fmt is not installed (Debian: apt install clang-format)" >&2
    exit 1
fi
cd "$root"
files=$(find core app ui tests -path tests/data -prune -o \( -name '*.cpp' -o -name '*.h' \) -print | sort)
if [ "${1:-}" = --fix ]; then
    # shellcheck disable=SC2086
    exec "$fmt" -i $files
fi
# shellcheck disable=SC2086
"$fmt" --dry-run --Werror $files
echo "format-check: $(echo "$files" | wc -l) files follow .clang-format ($("$fmt" --version))"
