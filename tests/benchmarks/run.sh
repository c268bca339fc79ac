#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints one line per figure, each beside the reference
# measured in the same run. Usage:
#   tests/benchmarks/run.sh [--share N] [--runs N] [--instructions] [--server ADDRESS] [--only PART]
#   --share 40        one hub's share of the data instead of the national scale
#   --runs N          take the best of N runs of each timing (default 3)
#   --instructions    also count the GIAS imports' instructions under callgrind (needs valgrind;
#                     minutes per count), which a busy machine does not change
#   --server ADDRESS  also import each GIAS extract into a hub on this PostgreSQL server
#                     (postgresql://user@host:port/database, a user who may create databases),
#                     beside the file and beside psql's \copy of the extract into a plain table;
#                     medians of the alternating runs. tests/benchmarks/returns_on_server.sh
#                     times and compares the returns on a server.
#   --only PART       only startup, import, returns, latency or exchange
# The data is generated once into build/bench-data and reused (with --only import, the extracts
# alone). Needs python3, and the sqlite3 shell (installed from Debian's packages when missing);
# psql for --server.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
share=1
runs=3
instructions=0
server=
only=
while [ $# -gt 0 ]; do
    case "$1" in
    --share) share=${2:-40}; shift 2 ;;
    --runs) runs=${2:-3}; shift 2 ;;
    --instructions) instructions=1; shift ;;
    --server) server=${2:?--server needs an address}; shift 2 ;;
    --only) only=${2:?--only needs a part}; shift 2 ;;
    *) echo "Usage: $0 [--share N] [--runs N] [--instructions] [--server ADDRESS] [--only PART]" >&2; exit 64 ;;
    esac
done
# Whether to measure this part.
part() { [ -z "$only" ] || [ "$only" = "$1" ]; }

if ! command -v sqlite3 >/dev/null; then
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends sqlite3
fi

build="$here/build/bench"
data="$here/build/bench-data"
tools="$build/tests/benchmarks"
reference="$here/tests/benchmarks/reference.py"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target hubregister hubregister-bench-generate hubregister-bench-startup \
    hubregister-bench-latency hubregister-bench-exchange hubregister-bench-import >/dev/null
hubregister="$build/app/hubregister"
name=national
[ "$share" != 1 ] && name=hub
if [ "$only" = import ]; then
    # The import needs the extracts alone, not the database.
    [ -f "$data/$name-sparse-edubasealldata.csv" ] \
        || "$tools/hubregister-bench-generate" "$data" --share "$share" --extracts-only
elif [ ! -f "$data/$name.sqlite" ]; then
    "$tools/hubregister-bench-generate" "$data" --share "$share"
elif [ ! -f "$data/$name-sparse-edubasealldata.csv" ]; then
    "$tools/hubregister-bench-generate" "$data" --share "$share" --extracts-only
fi
database="$data/$name.sqlite"
extract="$data/$name-edubasealldata.csv"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(date -I), load $(cut -d' ' -f1-3 /proc/loadavg)"
export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
cleanup() {
    # The databases a run made on the server, whatever stopped it.
    if [ -n "$server" ]; then
        for db in $(psql "$server" -qXAt -c "SELECT datname FROM pg_database WHERE datname LIKE 'hubregister_bench_$$_%'" 2>/dev/null); do
            psql "$server" -qX -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
        done
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

best() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
# Wall-clock seconds a command takes, its output thrown away; fails when the command does.
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }
    end=$(date +%s.%N)
    awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f\n", b - a }'
}
# Wall-clock and processor seconds (user and system, its children's included) a command takes,
# as "WALL PROCESSOR", its output thrown away; fails when the command does. On a busy machine
# the wall-clock time includes waiting for a processor, which the processor time does not.
timed() {
    local TIMEFORMAT='%3R %3U %3S' took
    took=$({ time "$@" >/dev/null 2>&1; } 2>&1) || { echo "failed: $*" >&2; return 1; }
    awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' <<<"$took"
}
ratio() { awk -v a="$1" -v b="$2" -v goal="$3" 'BEGIN { r = b > 0 ? a / b : 0; printf "%.2fx; goal <= %sx: %s", r, goal, (r <= goal ? "met" : "NOT met") }'; }
# A ratio printed for understanding a figure, where no goal is set.
times() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

# Start-up with the Work Groups table: the full file against an empty one.
# Goals: at most 1.2 times as long, at most 50 MB more peak memory. Best of three runs each.
startup() { for _ in 1 2 3; do "$tools/hubregister-bench-startup" "$1" | awk -v f="$2" '$1 == f {print $2}'; done | best; }
# The empty file the imports start from is the start-up benchmark's.
"$tools/hubregister-bench-startup" "$scratch/empty.sqlite" >/dev/null
if part startup; then
empty_ms=$(startup "$scratch/empty.sqlite" startup_ms)
full_ms=$(startup "$database" startup_ms)
empty_kb=$(startup "$scratch/empty.sqlite" peak_kb)
full_kb=$(startup "$database" peak_kb)
awk -v a="$full_ms" -v b="$empty_ms" 'BEGIN { printf "startup: %d ms on %s data, %d ms empty (%.2fx; goal <= 1.2x)\n", a, "'"$name"'", b, (b > 0 ? a / b : 0) }'
awk -v a="$full_kb" -v b="$empty_kb" 'BEGIN { printf "startup memory: %.1f MB peak on data, %.1f MB empty (+%.1f MB; goal <= +50 MB)\n", a / 1024, b / 1024, (a - b) / 1024 }'
# The list's attendance is counted once its rows are painted, after the figures above (once the
# window is widened to show its column, on a screen too narrow for it).
attendance_ms=$(startup "$database" attendance_ms)
echo "startup: the first page's attendance filled in $attendance_ms ms after its column was on screen"
fi

# GIAS import of each extract into an empty file, against the sqlite3 shell's .import of the
# same file into a plain table (no checks, no indexes). Goal: at most as long. Two shapes: the
# full extract (a value in most columns) and the sparse one (about 100 of 140 fields empty,
# accents, doubled quotes, line breaks inside fields).
import_once() {
    rm -f "$scratch"/import.sqlite*
    cp "$scratch/empty.sqlite" "$scratch/import.sqlite"
    timed "$hubregister" import gias "$1" --database "$scratch/import.sqlite"
}
shell_import_once() {
    rm -f "$scratch/plain.sqlite"
    timed sqlite3 "$scratch/plain.sqlite" ".import --csv $1 schools"
}
# Instructions counted by callgrind (every thread's), for a command.
instructions_of() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
        | awk '/Collected/ {print $NF}'
}
# On a server: the import into a hub just set up (a database made from a template that
# HubRegister set up, as an empty file is copied above), and psql's \copy of the same extract
# into a plain table of text columns (no checks, no indexes), each into a database of its own.
if [ -n "$server" ]; then
    server_base="${server%%\?*}"
    server_base="${server_base%/*}"
    # A new database's name: unique in this run (the timings run in subshells).
    database_name() { echo "hubregister_bench_$$_$(date +%s%N)"; }
    new_database() {
        psql "$server" -qX -v ON_ERROR_STOP=1 -c "CREATE DATABASE $1 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' TEMPLATE ${2:-template0}" >/dev/null
    }
    drop_database() { psql "$server" -qX -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null; }
    hub_template=$(database_name)
    new_database "$hub_template"
    "$hubregister" copy "$scratch/empty.sqlite" "$server_base/$hub_template" >/dev/null
    echo "server: PostgreSQL $(psql "$server" -qXAt -c 'SHOW server_version')"
fi
server_import_once() {
    local db took
    db=$(database_name)
    new_database "$db" "$hub_template"
    took=$(seconds "$hubregister" import gias "$1" --database "$server_base/$db")
    drop_database "$db"
    echo "$took"
}
copy_import_once() {
    local db took columns
    columns=$(python3 -c 'import csv, sys; print(len(next(csv.reader(open(sys.argv[1], encoding="cp1252", newline="")))))' "$1")
    db=$(database_name)
    new_database "$db"
    took=$(seconds psql "$server_base/$db" -qX -v ON_ERROR_STOP=1 \
        -c "CREATE TABLE schools ($(seq -f 'c%g text' -s ', ' "$columns"))" \
        -c "\\copy schools FROM '$1' WITH (FORMAT csv, HEADER true, ENCODING 'WIN1252')")
    drop_database "$db"
    echo "$took"
}
if part import; then
for shape in full sparse; do
    file=$extract
    [ "$shape" = sparse ] && file="$data/$name-sparse-edubasealldata.csv"
    # Alternating, so a change in the machine's load falls on both.
    import_times=()
    shell_times=()
    server_times=()
    copy_times=()
    for _ in $(seq "$runs"); do
        import_times+=("$(import_once "$file")")
        shell_times+=("$(shell_import_once "$file")")
        if [ -n "$server" ]; then
            server_times+=("$(server_import_once "$file")")
            copy_times+=("$(copy_import_once "$file")")
        fi
    done
    import_s=$(printf '%s\n' "${import_times[@]}" | cut -d' ' -f1 | best)
    shell_import_s=$(printf '%s\n' "${shell_times[@]}" | cut -d' ' -f1 | best)
    import_cpu=$(printf '%s\n' "${import_times[@]}" | cut -d' ' -f2 | best)
    shell_import_cpu=$(printf '%s\n' "${shell_times[@]}" | cut -d' ' -f2 | best)
    rm -f "$scratch"/import.sqlite*
    cp "$scratch/empty.sqlite" "$scratch/import.sqlite"
    summary=$("$hubregister" import gias "$file" --database "$scratch/import.sqlite" | tail -1)
    echo "gias import ($shape, $(($(stat -c %s "$file") / 1000000)) MB): ${import_s} s, sqlite3 .import ${shell_import_s} s ($(ratio "$import_s" "$shell_import_s" 1.0)); ${summary#*: }"
    echo "gias import ($shape) processor time: ${import_cpu} s, sqlite3 .import ${shell_import_cpu} s ($(times "$import_cpu" "$shell_import_cpu"); no goal: two threads); load $(cut -d' ' -f1-3 /proc/loadavg)"
    # The import reads and checks on one thread and writes on another: on two free cores its
    # wall time is about the writing thread's processor time.
    rm -f "$scratch"/import.sqlite*
    cp "$scratch/empty.sqlite" "$scratch/import.sqlite"
    writing_cpu=$("$tools/hubregister-bench-import" "$file" "$scratch/import.sqlite" \
        | awk '$1 == "writing_thread_cpu_ms" { printf "%.3f", $2 / 1000 }')
    echo "gias import ($shape) writing thread: ${writing_cpu} s of processor time, sqlite3 .import ${shell_import_cpu} s ($(times "$writing_cpu" "$shell_import_cpu"))"
    if [ "$instructions" = 1 ]; then
        rm -f "$scratch"/import.sqlite* "$scratch/plain.sqlite"
        cp "$scratch/empty.sqlite" "$scratch/import.sqlite"
        ours=$(instructions_of "$hubregister" import gias "$file" --database "$scratch/import.sqlite")
        theirs=$(instructions_of sqlite3 "$scratch/plain.sqlite" ".import --csv $file schools")
        awk -v a="$ours" -v b="$theirs" -v s="$shape" 'BEGIN { r = a / b; printf "gias import (%s) instructions: %.2f G, sqlite3 .import %.2f G (%.2fx; goal <= 1.0x: %s)\n", s, a / 1e9, b / 1e9, r, (r <= 1.0 ? "met" : "NOT met") }'
    fi
    if [ -n "$server" ]; then
        file_m=$(printf '%s\n' "${import_times[@]}" | cut -d' ' -f1 | median)
        server_m=$(printf '%s\n' "${server_times[@]}" | median)
        copy_m=$(printf '%s\n' "${copy_times[@]}" | median)
        awk -v s="$server_m" -v f="$file_m" -v c="$copy_m" -v shape="$shape" -v runs="$runs" 'BEGIN { printf "gias import (%s) on a server: %.3f s; into a file %.3f s (%.2fx); psql \\copy into a plain table %.3f s (%.2fx; goal <= 1.5x: %s); medians of %d alternating runs\n", shape, s, f, (f > 0 ? s / f : 0), c, (c > 0 ? s / c : 0), (c > 0 && s / c <= 1.5 ? "met" : "NOT met"), runs }'
    fi
done
fi

# Each NCETM return (default layout, no filter: ten years) through hubregister export, against
# the sqlite3 shell running reference.py's equivalent query with .mode csv to a file. The two
# files are compared cell by cell. Goal: at most 1.3 times as long.
if part returns; then
year=$(sqlite3 -readonly "$database" "SELECT max(label) FROM academic_years")
for report in participants schools sessions register engagement; do
    options=()
    [ "$report" = engagement ] && options=(--year "$year")
    ours_s=$(for _ in $(seq "$runs"); do seconds "$hubregister" export "$report" -o "$scratch/$report.csv" --database "$database" "${options[@]}"; done | best)
    if [ "$report" = register ]; then
        # The register's columns depend on the data: one query for them, then the grid.
        python3 "$reference" sql register-sessions >"$scratch/columns.sql"
        shell_s=$(for _ in $(seq "$runs"); do
            columns_s=$(seconds sqlite3 -readonly "$database" ".output $scratch/columns.txt" ".read $scratch/columns.sql")
            python3 "$reference" sql register --sessions "$scratch/columns.txt" >"$scratch/register.sql"
            grid_s=$(seconds sqlite3 -readonly -csv -header "$database" ".output $scratch/ref-$report.csv" ".read $scratch/register.sql")
            awk -v a="$columns_s" -v b="$grid_s" 'BEGIN { printf "%.3f\n", a + b }'
        done | best)
    else
        python3 "$reference" sql "$report" --year "$year" >"$scratch/$report.sql"
        shell_s=$(for _ in $(seq "$runs"); do seconds sqlite3 -readonly -csv -header "$database" ".output $scratch/ref-$report.csv" ".read $scratch/$report.sql"; done | best)
    fi
    same="same rows and cells"
    python3 "$reference" compare "$scratch/$report.csv" "$scratch/ref-$report.csv" 2>"$scratch/diff.txt" || same="DIFFERENT: $(head -3 "$scratch/diff.txt" | tr '\n' ' ')"
    rows=$(($(wc -l <"$scratch/ref-$report.csv") - 1))
    echo "export $report: ${ours_s} s, sqlite3 ${shell_s} s ($(ratio "$ours_s" "$shell_s" 1.3)); $rows rows, $same"
done
fi

# Per-key latency on the widgets: a search typed into the school register, and a register
# taken for the largest session. Goal: under 16 ms a key. The register writes marks, so it
# works on a copy.
if part latency; then
cp "$database" "$scratch/latency.sqlite"
"$tools/hubregister-bench-latency" "$scratch/latency.sqlite" 2>/dev/null >"$scratch/latency.txt"
figure() { awk -v f="$1" '$1 == f {print $2}' "$scratch/latency.txt"; }
people=$(awk '/^register: / {print $2}' "$scratch/latency.txt")
for what in search register; do
    max=$(figure "${what}_key_max_ms")
    median=$(figure "${what}_key_median_ms")
    met=$(awk -v m="$max" 'BEGIN { print (m < 16 ? "met" : "NOT met") }')
    label="typing \"hawthorn primary\" into the ${name} school register"
    [ "$what" = register ] && label="taking the register of a ${people}-person session"
    echo "latency, $label: max ${max} ms, median ${median} ms a key (goal < 16 ms: $met)"
done
fi

# The exchange: thirty Leads' seasons (3 Work Groups, 6 sessions each, about 45 participants)
# sent, worked on offline and returned; the hub previews each, then takes the thirty in one
# after another, each in its own transaction. Goals: under 50 ms for one Lead's return, under
# 2 s for thirty. Processor time is given too: on a busy machine wall-clock time includes
# waiting for a processor.
if part exchange; then
"$tools/hubregister-bench-exchange" "$database" >"$scratch/exchange.txt"
exchange() { awk -v f="$1" '$1 == f {print $2}' "$scratch/exchange.txt"; }
goal_met() { awk -v m="$1" -v g="$2" 'BEGIN { print (m < g ? "met" : "NOT met") }'; }
one=$(exchange merge_one_ms_median)
all=$(exchange merge_all_ms)
echo "merging a Lead's return into the ${name} file: median $(printf %.1f "$one") ms, worst $(printf %.1f "$(exchange merge_one_ms_max)") ms, processor $(printf %.1f "$(exchange merge_one_cpu_ms_median)") ms ($(exchange records_per_return) records from $(exchange participants_per_lead) participants; goal < 50 ms: $(goal_met "$one" 50))"
echo "merging $(exchange leads) Leads' returns one after another: $(printf %.0f "$all") ms, processor $(printf %.0f "$(exchange merge_all_cpu_ms)") ms (goal < 2000 ms: $(goal_met "$all" 2000))"
echo "exchange, for reference: a return's preview $(printf %.1f "$(exchange preview_ms_median)") ms, a pack to a Lead $(printf %.1f "$(exchange pack_to_lead_ms_median)") ms, opening it in a new copy $(printf %.1f "$(exchange open_in_copy_ms_median)") ms, a return $(printf %.1f "$(exchange return_pack_ms_median)") ms; the hub's passphrase $(exchange unlock_ms) ms"
fi
