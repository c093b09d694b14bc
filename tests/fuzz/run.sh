#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer, float-cast-overflow
# included) in build-fuzz/, replays every input that ever crashed one (tests/fuzz/regressions/TARGET/), then
# fuzzes each target for a fixed time, seeded from the real payloads in tests/data.
# Usage: bash tests/fuzz/run.sh [seconds per target]   (the test command runs 15; a long run: 600)
# The test command's run is reproducible: a fixed seed (RECERTIFY_FUZZ_SEED, default 1; 0 draws one).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-15}
build=${RECERTIFY_FUZZ_BUILD_DIR:-$root/build-fuzz}
cxx=$(command -v clang++-16 || command -v clang++)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRECERTIFY_FUZZ=ON -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target fuzz_cloudtrail fuzz_k8s_rbac fuzz_k8s_audit fuzz_entra fuzz_github \
    fuzz_sniffer fuzz_bundle
data=$root/tests/data
seeds() {
    case $1 in
    fuzz_cloudtrail) echo "$data/aws/cloudtrail $data/aws/cloudtrail-lines $data/aws/lookup-events $data/real/aws" ;;
    fuzz_k8s_rbac) echo "$data/real/kubernetes" ; find "$data/k8s" -name '*.yaml' -o -name 'rbac-*.json' | xargs -n1 dirname | sort -u ;;
    fuzz_k8s_audit) echo "$data/k8s $data/real/kubernetes" ;;
    fuzz_entra) echo "$data/entra $data/real/entra" ;;
    fuzz_github) echo "$data/github $data/real/github" ;;
    fuzz_sniffer) echo "$data/aws/cloudtrail $data/k8s $data/entra $data/github $data/mcp" ;;
    fuzz_bundle) echo "$root/tests/fuzz/seeds/bundle" ;;
    esac
}
dict() {
    case $1 in
    fuzz_cloudtrail) echo "-dict=$root/tests/fuzz/dict/cloudtrail.dict" ;;
    fuzz_k8s_rbac | fuzz_k8s_audit) echo "-dict=$root/tests/fuzz/dict/k8s.dict" ;;
    fuzz_entra) echo "-dict=$root/tests/fuzz/dict/entra.dict" ;;
    fuzz_github) echo "-dict=$root/tests/fuzz/dict/github.dict" ;;
    esac
}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
status=0
for target in fuzz_cloudtrail fuzz_k8s_rbac fuzz_k8s_audit fuzz_entra fuzz_github fuzz_sniffer fuzz_bundle; do
    regressions=$root/tests/fuzz/regressions/$target
    corpus=$build/corpus/$target
    mkdir -p "$corpus" "$build/artifacts"
    if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions" 2>/dev/null)" ]; then
        "$build/tests/fuzz/$target" "$regressions"/* >/dev/null 2>&1 || { echo "== $target: a regression input fails again"; status=1; }
    fi
    # shellcheck disable=SC2046
    if ! "$build/tests/fuzz/$target" -seed="${RECERTIFY_FUZZ_SEED:-1}" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=1048576 \
        -artifact_prefix="$build/artifacts/$target-" $(dict "$target") "$corpus" $(seeds "$target") >"$build/$target.log" 2>&1; then
        echo "== $target: FAILED (see $build/$target.log; the input is in $build/artifacts; copy it to $regressions)"
        tail -40 "$build/$target.log"
        status=1
        continue
    fi
    runs=$(grep -Eo 'Done [0-9]+ runs' "$build/$target.log" | grep -Eo '[0-9]+' | tail -1 || true)
    echo "== $target: ${runs:-?} executions in ${seconds}s, no crash"
done
exit $status
