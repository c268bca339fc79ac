#!/usr/bin/env bash
# The NCETM returns of the benchmark hub exported from its file and from a copy of it on a
# PostgreSQL server (made with `hubregister copy`), compared cell for cell, each export timed on
# both sides. Prints "identical" for each return that agrees in every cell, else the first cell
# that differs (its line, column and both values).
# Usage: tests/benchmarks/returns_on_server.sh [--share N] [--runs N] [--server ADDRESS]
#   --share 40        one hub's share of the data instead of the national scale
#   --runs N          export each return N times from each side, alternating (default 3), and
#                     print the median time of each side
#   --server ADDRESS  a server whose user may create databases, as
#                     postgresql://user@host:port/database (default: HUBREGISTER_TEST_PGSQL, else
#                     a throwaway cluster started here with tests/pgsql/cluster.sh and stopped at
#                     the end)
# The data is generated once into build/bench-data and reused, as tests/benchmarks/run.sh does.
# Needs python3, the sqlite3 shell and psql (postgresql-client).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
share=1
runs=3
server=${HUBREGISTER_TEST_PGSQL:-}
while [ $# -gt 0 ]; do
    case "$1" in
    --share) share=${2:-40}; shift 2 ;;
    --runs) runs=${2:-3}; shift 2 ;;
    --server) server=${2:?--server needs an address}; shift 2 ;;
    *) echo "Usage: $0 [--share N] [--runs N] [--server ADDRESS]" >&2; exit 64 ;;
    esac
done
for tool in python3 sqlite3 psql; do
    command -v "$tool" >/dev/null || { echo "$0 needs $tool." >&2; exit 1; }
done

build="$here/build/bench"
data="$here/build/bench-data"
tools="$build/tests/benchmarks"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target hubregister hubregister-bench-generate >/dev/null
hubregister="$build/app/hubregister"
name=national
[ "$share" != 1 ] && name=hub
[ -f "$data/$name.sqlite" ] || "$tools/hubregister-bench-generate" "$data" --share "$share"
database="$data/$name.sqlite"

export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
cluster=
target=
cleanup() {
    [ -n "$target" ] && psql "$server" -qX -c "DROP DATABASE IF EXISTS $copy_name WITH (FORCE)" >/dev/null 2>&1
    [ -n "$cluster" ] && "$here/tests/pgsql/cluster.sh" stop "$cluster"
    rm -rf "$scratch"
}
trap cleanup EXIT
if [ -z "$server" ]; then
    cluster="$scratch/cluster"
    server=$("$here/tests/pgsql/cluster.sh" start "$cluster")
fi

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(date -I), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "server: PostgreSQL $(psql "$server" -qXAt -c 'SHOW server_version'), data: $database ($(($(stat -c %s "$database") / 1000000)) MB)"

# Wall-clock seconds a command takes, its output thrown away; fails when the command does.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>"$scratch/last-error" || { echo "failed: $*" >&2; cat "$scratch/last-error" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# The hub copied to a new database on the server, as an administrator moves it there; the
# database made as docs/postgresql.md says (UTF-8, byte-order collation).
copy_name="hubregister_returns_$$"
psql "$server" -qX -v ON_ERROR_STOP=1 -c "CREATE DATABASE $copy_name ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE template0" >/dev/null
target="${server%%\?*}"
target="${target%/*}/$copy_name"
copy_s=$(seconds "$hubregister" copy "$database" "$target")
echo "copy of the $name file to the server: ${copy_s} s, every table's count and checksum verified"

# Names the first cell that differs, or prints "identical".
cat >"$scratch/compare.py" <<'PYTHON'
import csv, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as a, \
        open(sys.argv[2], encoding="utf-8-sig", newline="") as b:
    file_rows, server_rows = csv.reader(a), csv.reader(b)
    header = None
    line = rows = 0
    for mine, theirs in zip(file_rows, server_rows):
        line += 1
        if header is None:
            header = mine
        if mine != theirs:
            for column in range(max(len(mine), len(theirs))):
                x = mine[column] if column < len(mine) else "(none)"
                y = theirs[column] if column < len(theirs) else "(none)"
                if x != y:
                    heading = header[column] if column < len(header) else f"column {column + 1}"
                    print(f"DIFFERENT at line {line}, column {column + 1} ({heading}): "
                          f"file {x!r}, server {y!r}")
                    sys.exit(1)
        rows = line - 1
    more_file, more_server = sum(1 for _ in file_rows), sum(1 for _ in server_rows)
    if more_file or more_server:
        print(f"DIFFERENT after line {line}: {more_file} more lines from the file, "
              f"{more_server} more from the server")
        sys.exit(1)
    print(f"{rows} rows x {len(header or [])} columns, identical")
PYTHON

# Every return with its default layout and no filter (all years), and the engagement return
# for every academic year.
exports=(participants schools sessions register)
for year in $(sqlite3 -readonly "$database" "SELECT label FROM academic_years ORDER BY label"); do
    exports+=("engagement:$year")
done
differing=0
for export in "${exports[@]}"; do
    report=${export%%:*}
    options=()
    label=$report
    if [ "$report" = engagement ]; then
        options=(--year "${export#*:}")
        label="engagement ${export#*:}"
    fi
    file_times=()
    server_times=()
    for _ in $(seq "$runs"); do
        file_times+=("$(seconds "$hubregister" export "$report" "${options[@]}" -o "$scratch/file.csv" --database "$database")")
        server_times+=("$(seconds "$hubregister" export "$report" "${options[@]}" -o "$scratch/server.csv" --database "$target")")
        rm -f "$scratch/file.csv" "$scratch/server.csv"
    done
    "$hubregister" export "$report" "${options[@]}" -o "$scratch/file.csv" --database "$database" >/dev/null
    "$hubregister" export "$report" "${options[@]}" -o "$scratch/server.csv" --database "$target" >/dev/null
    verdict=$(python3 "$scratch/compare.py" "$scratch/file.csv" "$scratch/server.csv") || differing=$((differing + 1))
    file_s=$(printf '%s\n' "${file_times[@]}" | median)
    server_s=$(printf '%s\n' "${server_times[@]}" | median)
    ratio=$(awk -v a="$server_s" -v b="$file_s" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "$label: $verdict; export from the file ${file_s} s, from the server ${server_s} s (${ratio}x; median of $runs alternating runs)"
    rm -f "$scratch/file.csv" "$scratch/server.csv"
done
if [ "$differing" = 0 ]; then
    echo "all ${#exports[@]} returns identical, cell for cell, from the file and from the server"
else
    echo "$differing of ${#exports[@]} returns DIFFER between the file and the server"
    exit 1
fi
