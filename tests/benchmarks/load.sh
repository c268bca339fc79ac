#!/usr/bin/env bash
# Runs the load test of a hub server (hubregister-bench-load, see load.cpp) and prints its
# figures and its PASS or FAIL line. Usage:
#   tests/benchmarks/load.sh [--server ADDRESS] [--build FOLDER] [OPTION VALUE ...]
#   --server ADDRESS  a PostgreSQL server to load (postgresql://user@host:port/database, a user
#                     who may create databases and roles); default HUBREGISTER_TEST_PGSQL, else
#                     a throwaway cluster on disk (tests/pgsql/cluster.sh) started and stopped here
#   --build FOLDER    use the benchmark already built there instead of building build/bench
#                     (Release, as run.sh does)
#   other options go to the program: --operations N, --seed N, --think-ms N
# Exits with the program's status: 0 only when it printed PASS.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
server=${HUBREGISTER_TEST_PGSQL:-}
build=
options=()
while [ $# -gt 0 ]; do
    case "$1" in
    --server) server=${2:?--server needs an address}; shift 2 ;;
    --build) build=${2:?--build needs a folder}; shift 2 ;;
    --operations | --seed | --think-ms) options+=("$1" "${2:?$1 needs a value}"); shift 2 ;;
    *) echo "Usage: $0 [--server ADDRESS] [--build FOLDER] [--operations N] [--seed N] [--think-ms N]" >&2; exit 64 ;;
    esac
done

if [ -z "$build" ]; then
    build="$here/build/bench"
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$build" --target hubregister-bench-load >/dev/null
fi

if [ -z "$server" ]; then
    cluster=$(mktemp -d)
    trap '"$here/tests/pgsql/cluster.sh" stop "$cluster"; rm -rf "$cluster"' EXIT
    server=$("$here/tests/pgsql/cluster.sh" start "$cluster")
fi
echo "command: tests/benchmarks/load.sh${options[*]:+ ${options[*]}}; $(uname -sr), $(date -I), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/tests/benchmarks/hubregister-bench-load" --server "$server" "${options[@]}"
