# A throwaway PostgreSQL server for the tests: initdb into a temporary folder, listening on
# loopback only, on a free port; removed again by rd_postgres_stop. Source this file, then:
#   rd_postgres_start   sets RD_TEST_POSTGRESQL=postgresql://rdtest@127.0.0.1:PORT/postgres
#   rd_postgres_stop    stops the server and removes its folder (safe to call twice)
# Run alone (bash scripts/postgres.sh) it starts a server, prints its address and waits for Enter.
# RD_POSTGRES_DURABLE=1 keeps PostgreSQL's own flushing to disk (for the benchmark's figures).
# PostgreSQL refuses to run as root: as root, the server runs as the "postgres" system user.

rd_postgres_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

rd_postgres_start() {
    local bindir
    bindir="$(rd_postgres_bindir)" || {
        echo "PostgreSQL's server programs (initdb, pg_ctl) were not found; install the package 'postgresql'." >&2
        return 1
    }
    RD_POSTGRES_DIR="$(mktemp -d)"
    local as=()
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$RD_POSTGRES_DIR"
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$bindir/initdb" -D "$RD_POSTGRES_DIR/data" -U rdtest --auth=trust -E UTF8 --no-locale >"$RD_POSTGRES_DIR/initdb.log" 2>&1 || {
        cat "$RD_POSTGRES_DIR/initdb.log" >&2
        return 1
    }
    # Throwaway data: no flushes to disk (the tests of durability run on SQLite files).
    local settings="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${RD_POSTGRES_DURABLE:-0}" = 1 ] && settings=""
    local port attempt
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 20000))
        if "${as[@]}" "$bindir/pg_ctl" -D "$RD_POSTGRES_DIR/data" -l "$RD_POSTGRES_DIR/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$RD_POSTGRES_DIR $settings -c max_connections=200" \
            start >/dev/null; then
            RD_POSTGRES_BINDIR="$bindir"
            RD_POSTGRES_AS=("${as[@]}")
            export RD_TEST_POSTGRESQL="postgresql://rdtest@127.0.0.1:$port/postgres?sslmode=disable"
            # Every database the tests create starts with accent folding for search.
            "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U rdtest -d template1 -c "CREATE EXTENSION IF NOT EXISTS unaccent" >/dev/null
            echo "PostgreSQL test server: $RD_TEST_POSTGRESQL"
            return 0
        fi
    done
    echo "Could not start a PostgreSQL test server; its log:" >&2
    cat "$RD_POSTGRES_DIR/server.log" >&2 2>/dev/null
    return 1
}

rd_postgres_stop() {
    [ -n "${RD_POSTGRES_DIR:-}" ] || return 0
    if [ -n "${RD_POSTGRES_BINDIR:-}" ]; then
        "${RD_POSTGRES_AS[@]}" "$RD_POSTGRES_BINDIR/pg_ctl" -D "$RD_POSTGRES_DIR/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$RD_POSTGRES_DIR"
    unset RD_POSTGRES_DIR RD_POSTGRES_BINDIR RD_TEST_POSTGRESQL
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    trap rd_postgres_stop EXIT
    rd_postgres_start
    read -r -p "Press Enter to stop it. " _
fi
