#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints one line per figure, each beside the reference
# measured in the same run. Usage: tests/benchmarks/run.sh [--share N]   (N=40: one hub's share)
# The data is generated once into build/bench-data and reused.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
share=1
[ "${1:-}" = "--share" ] && share=${2:-40}

build="$here/build/bench"
data="$here/build/bench-data"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target hubregister-bench-generate hubregister-bench-startup hubregister >/dev/null
name=national
[ "$share" != 1 ] && name=hub
[ -f "$data/$name.sqlite" ] || "$build/tests/benchmarks/hubregister-bench-generate" "$data" --share "$share"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(date -I)"
export QT_QPA_PLATFORM=offscreen
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# Start-up with the Work Groups table: the full file against an empty one.
# Goals: at most 1.2 times as long, at most 50 MB more peak memory. Best of three runs each.
best() { sort -n | head -1; }
startup() { for _ in 1 2 3; do "$build/tests/benchmarks/hubregister-bench-startup" "$1" | awk -v f="$2" '$1 == f {print $2}'; done | best; }
empty_ms=$(startup "$scratch/empty.sqlite" startup_ms)
full_ms=$(startup "$data/$name.sqlite" startup_ms)
empty_kb=$(startup "$scratch/empty.sqlite" peak_kb)
full_kb=$(startup "$data/$name.sqlite" peak_kb)
awk -v a="$full_ms" -v b="$empty_ms" 'BEGIN { printf "startup: %d ms on %s data, %d ms empty (%.2fx; goal <= 1.2x)\n", a, "'"$name"'", b, (b > 0 ? a / b : 0) }'
awk -v a="$full_kb" -v b="$empty_kb" 'BEGIN { printf "startup memory: %.1f MB peak on data, %.1f MB empty (+%.1f MB; goal <= +50 MB)\n", a / 1024, b / 1024, (a - b) / 1024 }'
