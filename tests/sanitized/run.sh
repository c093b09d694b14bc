#!/usr/bin/env bash
# Builds the core's in-process tests under AddressSanitizer and UndefinedBehaviorSanitizer in the fuzz
# build folder (sharing its sanitized core) and runs them. The test command runs this after fuzzing.
# Usage: bash tests/sanitized/run.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${RECERTIFY_FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=$(command -v clang++-16 || command -v clang++)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRECERTIFY_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
targets=$(sed -n 's/^add_sanitized_test(\([A-Za-z0-9]*\) .*/\1/p' "$root/tests/sanitized/CMakeLists.txt")
# shellcheck disable=SC2086
cmake --build "$build" --parallel "$(nproc)" --target $targets
# Leak checking stays off: Qt keeps some process-lifetime allocations that LeakSanitizer reports.
export ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "== the core's tests under AddressSanitizer and UndefinedBehaviorSanitizer"
ctest --test-dir "$build/tests/sanitized" --output-on-failure --timeout 900
