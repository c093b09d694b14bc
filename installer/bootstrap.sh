#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and builds Recertify, then either
#   run:  opens the app on a local SQLite database with a demo estate (made on first run), or
#   test: runs every test headless: offscreen, in a D-Bus session with an unlocked gnome-keyring,
#         beside a throwaway PostgreSQL server started and stopped by pid; fuzzes every input reader
#         briefly; runs the core's tests again under ASan and UBSan; then checks the .deb.
# Usage: bash installer/bootstrap.sh run|test
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${RECERTIFY_BUILD_DIR:-$root/build}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-httpserver-dev
    libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsecret-1-0
    libssl-dev libquazip1-qt6-dev libyaml-cpp-dev libsimdjson-dev libdeflate-dev libsqlite3-dev
    xvfb xauth dbus gnome-keyring
    postgresql
    dpkg-dev file fakeroot
    openssl unzip poppler-utils
)

# The test command also fuzzes every input reader (clang's libFuzzer with its sanitizers) and checks the
# code's format and lint (Debian 12's clang-format and clang-tidy, version 14).
test_packages=(clang-16 libfuzzer-16-dev libclang-rt-16-dev clang-format clang-tidy)

install_packages() {
    local missing=()
    [ "$mode" = test ] && packages+=("${test_packages[@]}")
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
        $sudo apt-get update -q
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build_project() {
    echo "== building in $build"
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWARNINGS_AS_ERRORS=ON >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

run_app() {
    local db=${RECERTIFY_DB:-$root/demo.sqlite}
    if [ ! -f "$db" ]; then
        "$build/app/recertify-cli" --db "$db" demo --identities 5000 --history 12
    fi
    exec "$build/app/recertify" --db "$db"
}

start_postgres() {
    local pgbin
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    pgdir=$(mktemp -d /tmp/recertify-pg.XXXXXX)
    chmod 755 "$pgdir"
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$pgdir"
        as=(runuser -u postgres --)
    fi
    pgport=$((20000 + RANDOM % 20000))
    "${as[@]}" "$pgbin/initdb" -D "$pgdir/data" -U recertify --auth=trust -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log"
    "${as[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/pg.log" -w \
        -o "-p $pgport -k $pgdir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    pgpid=$(head -1 "$pgdir/data/postmaster.pid")
    export RECERTIFY_TEST_PG="postgresql://recertify@127.0.0.1:$pgport/postgres"
    echo "== PostgreSQL (pid $pgpid) on 127.0.0.1:$pgport"
}

stop_postgres() {
    if [ -n "${pgpid:-}" ]; then
        kill -INT "$pgpid" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$pgpid" 2>/dev/null || break; sleep 0.1; done
    fi
    [ -n "${pgdir:-}" ] && rm -rf "$pgdir"
    [ -n "${scratch:-}" ] && rm -rf "$scratch"
}

run_tests() {
    # A private home, so tests never touch the user's keyring, settings or data.
    scratch=$(mktemp -d /tmp/recertify-test.XXXXXX)
    export HOME=$scratch/home XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
    export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/runtime
    mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
    chmod 700 "$XDG_RUNTIME_DIR"
    trap stop_postgres EXIT
    start_postgres
    # Every real part is here, so a test that would skip for want of one fails instead.
    export RECERTIFY_STRICT=1
    echo "== running the tests"
    dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
        exec ctest --test-dir "$0" --output-on-failure --timeout 600' "$build"
    # Every input that ever crashed or hung a reader replays, then each is fuzzed briefly (fixed seed).
    echo "== fuzzing each input reader for 15 s"
    RECERTIFY_FUZZ_BUILD_DIR="$build-fuzz" bash "$root/tests/fuzz/run.sh" 15
    # The core's in-process tests again, under AddressSanitizer and UndefinedBehaviorSanitizer.
    RECERTIFY_FUZZ_BUILD_DIR="$build-fuzz" bash "$root/tests/sanitized/run.sh"
    bash "$root/installer/check-package.sh" "$build"
}

case "$mode" in
run) install_packages; build_project; run_app ;;
test) install_packages; build_project; run_tests ;;
*) echo "usage: bash installer/bootstrap.sh run|test" >&2; exit 2 ;;
esac
