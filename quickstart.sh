#!/usr/bin/env bash
# HubRegister Quick start, for a fresh Debian 12 machine (Ubuntu 24.04 expected to work, not tested).
#   ./quickstart.sh run    install what is missing, build, and open HubRegister
#   ./quickstart.sh test   install what is missing, build (warnings as errors, AddressSanitizer
#                          and UndefinedBehaviorSanitizer), run every test: on the file, and
#                          on a throwaway PostgreSQL server it starts on 127.0.0.1 and removes
#                          after (or on the server HUBREGISTER_TEST_PGSQL names, if set)
#   ./quickstart.sh install  only install what is missing
# Extra arguments after "run" go to the program, e.g. ./quickstart.sh run --database ~/hub.sqlite,
# or ./quickstart.sh run --version to build and print the version without opening a window.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=${1:-}
[ $# -gt 0 ] && shift

# Every package the build and the tests need, named: apt installs no recommends here, so nothing
# may rely on one (Qt Charts needs libqt6opengl6-dev; libxlsxwriter links zlib, which its -dev
# package does not pull in). The same names exist on Ubuntu 24.04.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev
    libgl-dev libvulkan-dev libxkbcommon-dev
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    libsodium-dev libxlsxwriter-dev zlib1g-dev python3-openpyxl
    libqt6sql6-psql libpq-dev postgresql-15 qtkeychain-qt6-dev
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root, or install sudo, to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

case "$mode" in
run)
    install_missing
    cmake -S "$here" -B "$here/build/release" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DHUBREGISTER_BUILD_TESTS=OFF -DHUBREGISTER_PRECOMPILED_HEADERS=ON
    cmake --build "$here/build/release" --parallel "$jobs"
    exec "$here/build/release/app/hubregister" "$@"
    ;;
test)
    install_missing
    # One build serves as the test build and the sanitizer build: any memory error, leak or
    # undefined behaviour a test provokes fails it. The common Qt headers are parsed once per
    # library, not once per file (the dev preset leaves that off, to catch a missing #include).
    # Line tables only (-g1: a report still names each function, file and line) and the gold
    # linker: most of the time linking over a hundred test programs went on debugging data.
    cmake -S "$here" -B "$here/build/test" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=gold \
        -DHUBREGISTER_WERROR=ON -DHUBREGISTER_SANITIZE=ON -DHUBREGISTER_PRECOMPILED_HEADERS=ON
    cmake --build "$here/build/test" --parallel "$jobs"
    if [ -z "${HUBREGISTER_TEST_PGSQL:-}" ]; then
        server_folder=$(mktemp -d "${TMPDIR:-/tmp}/hubregister-pgsql.XXXXXX")
        trap '"$here/tests/pgsql/cluster.sh" stop "$server_folder"; rm -rf "$server_folder"' EXIT
        HUBREGISTER_TEST_PGSQL=$("$here/tests/pgsql/cluster.sh" start "$server_folder" --in-memory)
        export HUBREGISTER_TEST_PGSQL
        echo "Test server: $HUBREGISTER_TEST_PGSQL"
    fi
    cd "$here/build/test"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$jobs"
    ;;
install)
    install_missing
    ;;
*)
    echo "Usage: $0 run [hubregister options] | $0 test | $0 install" >&2
    exit 64
    ;;
esac
