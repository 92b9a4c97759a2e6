# Shared by the console checks (sourced): the binary, a free port, a server started and waited for.
#
#   console_binary BUILD          the patrolmap to run: $PATROLMAP_BIN, or BUILD (debug|release) built here
#   console_port                  a free TCP port on 127.0.0.1
#   console_users DIR             writes DIR/users.tsv with chief "chen" and dispatcher "wang"
#   console_start BIN MAP PORT USERS DATA LOG   starts `serve` (with USERS and DATA unless USERS is "")
#                                 in the background, sets $console_pid, waits for /api/health
#   console_login PORT USER       prints the session cookie ("patrolmap_session=…") of a login
#   console_stop                  SIGTERM to the server it started, and waits for it
console_password='console-check password'

console_binary() {
    if [ -n "${PATROLMAP_BIN:-}" ]; then echo "$PATROLMAP_BIN"; return; fi
    tools/bootstrap >&2
    swift build -c "$1" --product patrolmap >&2
    echo "$(swift build -c "$1" --show-bin-path)/patrolmap"
}

console_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

console_users() {
    local bin="$1" dir="$2"
    echo "$console_password" | "$bin" user add "$dir/users.tsv" chen --role chief >/dev/null
    echo "$console_password" | "$bin" user add "$dir/users.tsv" wang --role dispatcher >/dev/null
}

console_start() {
    local bin="$1" map="$2" port="$3" users="$4" data="$5" log="$6"
    local options=()
    [ -n "$users" ] && options=(--users "$users" --data "$data")
    "$bin" serve "$map" --port "$port" "${options[@]}" 2>>"$log" &
    console_pid=$!
    for _ in $(seq 1 600); do
        curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && return 0
        kill -0 "$console_pid" 2>/dev/null || { echo "console: the server exited; see $log" >&2; return 1; }
        sleep 0.2
    done
    echo "console: no answer on port $port after 120 s" >&2
    return 1
}

console_login() {
    local port="$1" user="$2"
    curl -sf -c - -H 'Content-Type: application/json' \
        -d "{\"user\":\"$user\",\"password\":\"$console_password\"}" "http://127.0.0.1:$port/api/login" |
        awk '$6 == "patrolmap_session" { print $6 "=" $7 }'
}

console_stop() {
    [ -n "${console_pid:-}" ] || return 0
    kill -TERM "$console_pid" 2>/dev/null || true
    wait "$console_pid" 2>/dev/null || true
    console_pid=""
}
