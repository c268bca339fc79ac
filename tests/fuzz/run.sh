#!/usr/bin/env bash
# Runs each fuzz target for a bounded time, seeded from the test data, and fails on any crash,
# sanitizer report, leak, timeout or excess memory. Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]
# BUILD_DIR was configured with -DHUBREGISTER_FUZZ=ON. Inputs found are kept in
# BUILD_DIR/fuzz-corpus (later runs start from them); a crashing input is written to
# BUILD_DIR/fuzz-artifacts and named in the output.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:?Usage: tests/fuzz/run.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-60}
data="$here/tests/data"
mkdir -p "$build/fuzz-artifacts"

fuzz() {
    local name=$1
    shift
    mkdir -p "$build/fuzz-corpus/$name"
    echo "== $name for ${seconds} s =="
    # The first folder collects new inputs; the others are the seeds, only read.
    "$build/tests/fuzz/$name" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$name-" \
        "$build/fuzz-corpus/$name" "$@"
}

fuzz fuzz_csvreader "$data/csv" "$data/gias" "$data/participants" "$data/hostile"
fuzz fuzz_giasimport "$data/gias" "$data/hostile"
fuzz fuzz_packreader "$data/packs" "$data/hostile"
