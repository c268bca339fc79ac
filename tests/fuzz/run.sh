#!/usr/bin/env bash
# Runs each fuzz target for a bounded time, seeded from the test data, and fails on any crash,
# sanitizer report, leak, timeout or excess memory. Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
# BUILD_DIR was configured with -DHUBREGISTER_FUZZ=ON. Targets run side by side, one per core
# (each still gets SECONDS of a core to itself); each one's output is shown when it ends.
# Inputs found are kept in
# BUILD_DIR/fuzz-corpus (later runs start from them); a crashing input is written to
# BUILD_DIR/fuzz-artifacts and named in the output.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:?Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-60}
data="$here/tests/data"
mkdir -p "$build/fuzz-artifacts"

cores=$(nproc 2>/dev/null || echo 1)
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

fuzz() {
    local name=$1
    shift
    mkdir -p "$build/fuzz-corpus/$name"
    # The first folder collects new inputs; the others are the seeds, only read.
    { echo "== $name for ${seconds} s =="
      "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
          -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-" \
          "$build/fuzz-corpus/$name" "$@" && echo ok >"$logs/$name.passed"
    } >"$logs/$name.log" 2>&1
}

targets=(fuzz_csvreader fuzz_giasimport fuzz_packreader)
seeds_fuzz_csvreader=("$data/csv" "$data/gias" "$data/participants" "$data/hostile")
seeds_fuzz_giasimport=("$data/gias" "$data/hostile")
seeds_fuzz_packreader=("$data/packs" "$data/hostile")
running=0
for name in "${targets[@]}"; do
    if [ "$running" -ge "$cores" ]; then
        wait -n || true
        running=$((running - 1))
    fi
    seeds="seeds_${name}[@]"
    fuzz "$name" "${!seeds}" &
    running=$((running + 1))
done
wait || true

failed=0
for name in "${targets[@]}"; do
    cat "$logs/$name.log"
    [ -f "$logs/$name.passed" ] || { echo "$name FAILED" >&2; failed=1; }
done
exit "$failed"
