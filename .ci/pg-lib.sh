# shellcheck shell=bash
# Throwaway PostgreSQL clusters from Debian's packages: initdb into a temp dir, trust
# auth on 127.0.0.1 only, a free local port. Sourced by .ci/run and .ci/pg-up.

pg_bin_dir() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$dir" ]]; then
        echo "PostgreSQL server binaries not found under /usr/lib/postgresql" >&2
        return 1
    fi
    echo "$dir"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Run a command as the cluster's owner: the postgres user when we are root.
pg_as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# pg_start DIR PORT: create and start a cluster in DIR listening on 127.0.0.1:PORT.
pg_start() {
    local dir=$1 port=$2 bin
    bin=$(pg_bin_dir)
    mkdir -p "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown postgres: "$dir"
    fi
    pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; return 1; }
    # The administrator (postgres) is trusted on 127.0.0.1; every other login, such as
    # FunnelDesk's team-mode users, must give its password (first matching line wins).
    { printf '%s\n' 'host all postgres 127.0.0.1/32 trust' \
        'host all all 127.0.0.1/32 scram-sha-256' 'host all all ::1/128 scram-sha-256'
      cat "$dir/data/pg_hba.conf"; } >"$dir/data/pg_hba.conf.new"
    mv "$dir/data/pg_hba.conf.new" "$dir/data/pg_hba.conf"
    # A test cluster: durability is not under test here, speed is.
    pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null || { cat "$dir/server.log" >&2; return 1; }
}

# pg_stop DIR: stop the cluster in DIR (if running) and delete it.
pg_stop() {
    local dir=$1 bin
    bin=$(pg_bin_dir) || return 0
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}
