#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: made with initdb in FOLDER by an unprivileged
# user (nobody, when run as root), listening only on 127.0.0.1 at a free port.
#   tests/pgsql/cluster.sh start FOLDER   prints the address to put in HUBREGISTER_TEST_PGSQL
#   tests/pgsql/cluster.sh stop FOLDER
# Its data is thrown away: it runs without fsync or full-page images (each test makes and drops
# databases, which is most of what it writes), and trusts connections from this machine.
set -euo pipefail

action=${1:?usage: cluster.sh start|stop FOLDER}
folder=${2:?usage: cluster.sh start|stop FOLDER}
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
    if [ "$(id -u)" = 0 ]; then chown "${HUBREGISTER_PG_OWNER:-nobody}" "$folder"; fi
    "${as_owner[@]}" "$bin/initdb" -D "$folder/data" -U hub -A trust -E UTF8 --locale=C.UTF-8 \
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
    "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -s -o "$options" \
        start || { cat "$folder/server.log" >&2; exit 1; }
    echo "postgresql://hub@127.0.0.1:$port/postgres"
    ;;
stop)
    if [ -d "$folder/data" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w -s stop || true
    fi
    ;;
*)
    echo "usage: cluster.sh start|stop FOLDER" >&2
    exit 2
    ;;
esac
