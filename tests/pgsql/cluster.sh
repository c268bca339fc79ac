#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made with initdb in FOLDER by an unprivileged
# user (nobody, when run as root), listening only on 127.0.0.1 at a free port.
#   tests/pgsql/cluster.sh start FOLDER [--in-memory]
#                                         prints the address to put in HUBREGISTER_TEST_PGSQL
#   tests/pgsql/cluster.sh stop FOLDER     stops it and removes its data
# Its data is thrown away: it runs without fsync or full-page images (each test makes and drops
# databases, which is most of what it writes), and trusts connections from this machine.
# --in-memory keeps the data in /dev/shm when that is a tmpfs with 1 GiB free (else in FOLDER):
# every test database is hundreds of files made and deleted, which on ext4 costs the server more
# than the tests' own statements. Benchmarks leave it off, to measure a server on a disk.
set -euo pipefail

usage="usage: cluster.sh start FOLDER [--in-memory] | cluster.sh stop FOLDER"
action=${1:?$usage}
folder=${2:?$usage}
in_memory=${3:-}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "PostgreSQL's server programs are not installed (Debian: postgresql-15)." >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root.
    as_owner=(runuser -u "${HUBREGISTER_PG_OWNER:-nobody}" --)
fi

case $action in
start)
    mkdir -p "$folder"
    data="$folder/data"
    if [ "$in_memory" = --in-memory ] && [ "$(stat -f -c %T /dev/shm 2>/dev/null)" = tmpfs ] \
        && [ -w /dev/shm ] && [ "$(df -Pk /dev/shm | awk 'NR == 2 { print $4 }')" -ge 1048576 ]; then
        data=$(mktemp -d /dev/shm/hubregister-pgsql.XXXXXX)
        echo "$data" >"$folder/data-folder"
    elif [ -n "$in_memory" ] && [ "$in_memory" != --in-memory ]; then
        echo "$usage" >&2
        exit 2
    fi
    if [ "$(id -u)" = 0 ]; then
        chown "${HUBREGISTER_PG_OWNER:-nobody}" "$folder"
        [ -d "$data" ] && chown "${HUBREGISTER_PG_OWNER:-nobody}" "$data"
    fi
    "${as_owner[@]}" "$bin/initdb" -D "$data" -U hub -A trust -E UTF8 --locale=C.UTF-8 \
        >"$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; exit 1; }
    port=
    for candidate in $(seq 55432 55532); do
        # A port nobody answers on is free.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            port=$candidate
            break
        fi
    done
    if [ -z "$port" ]; then
        echo "No free port between 55432 and 55532 on 127.0.0.1." >&2
        exit 1
    fi
    options="-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=200"
    options+=" -c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    # The log is kept small, as in memory it is memory.
    options+=" -c max_wal_size=256MB -c min_wal_size=64MB"
    "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -l "$folder/server.log" -w -s -o "$options" \
        start || { cat "$folder/server.log" >&2; exit 1; }
    echo "postgresql://hub@127.0.0.1:$port/postgres"
    ;;
stop)
    data="$folder/data"
    [ -f "$folder/data-folder" ] && data=$(cat "$folder/data-folder")
    if [ -d "$data" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$data" -m fast -w -s stop || true
    fi
    if [ -f "$folder/data-folder" ]; then
        rm -rf "$data" "$folder/data-folder"
    fi
    ;;
*)
    echo "$usage" >&2
    exit 2
    ;;
esac
