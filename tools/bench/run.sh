#!/usr/bin/env bash
# Runs PatrolMap's benchmarks beside its peers on the same data and writes BENCHMARKS.md.
#
#   tools/bench/run.sh [MAP]        (default SampleMaps/gongli)
#   BENCH_WORK=DIR tools/bench/run.sh   (keep the raw JSON results in DIR)
#
# Needs: a Swift toolchain, libproj-dev (tools/bootstrap), Python 3 with scipy, igraph,
# networkx and spopt (installed with pip when missing). Takes about 15 minutes on 2 cores, most
# of it HiGHS proving the p-median and p-center optima and spopt building its PuLP model.
# A peer that fails or runs past PEER_SECONDS (default 1800) is reported as such in
# BENCHMARKS.md and the bench goes on; PLAN_CHECK_SECONDS (default 600) is HiGHS's own limit.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
map="${1:-SampleMaps/gongli}"
# Raw results go to a temporary folder, or to $BENCH_WORK (kept) when set.
if [ -n "${BENCH_WORK:-}" ]; then
    work="$(mkdir -p "$BENCH_WORK" && cd "$BENCH_WORK" && pwd)"
else
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
fi

tools/bootstrap
python3 -c "import scipy, igraph, networkx" 2>/dev/null || pip install -q scipy igraph networkx
python3 -c "import spopt, pulp" 2>/dev/null || pip install -q spopt
swift build -c release --product patrolmap
(cd tools/bench && swift build -c release)
bin=.build/release/patrolmap
cut -d' ' -f1-3 /proc/loadavg > "$work/load_start"

# peer OUT.json COMMAND...: runs one peer with its stdout to OUT.json. When it fails or times
# out, OUT.json says so ({"failed": "why", "stderr": last lines}) so report.py shows it.
peer_seconds="${PEER_SECONDS:-1800}"
peer() {
    local out="$1"; shift
    local status=0
    timeout "$peer_seconds" "$@" > "$out" 2> "$out.stderr" || status=$?
    [ "$status" -eq 0 ] && return 0
    # plan_check.py exits 1 for a violated bound after writing its full answer: keep that.
    if [ "$status" -eq 1 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$out" 2>/dev/null; then
        return 0
    fi
    local why="exit status $status"
    [ "$status" -eq 124 ] && why="no answer within $peer_seconds s (stopped)"
    echo "bench: $* failed: $why" >&2
    python3 - "$out" "$why" "$out.stderr" <<'PY'
import json, sys
tail = open(sys.argv[3], errors="replace").read().strip().splitlines()[-3:]
json.dump({"failed": sys.argv[2], "stderr": tail}, open(sys.argv[1], "w"), indent=2)
PY
}

# Routing: our searches and the peers' on the very same exported graph and queries.
"$bin" export graph "$map" --profile car+foot -o "$work/graph" 2>/dev/null
python3 tools/bench/peers.py queries "$work/graph" "$work/pairs.csv" "$work/sources.csv" 1000 50
tools/bench/.build/release/patrolmap-bench "$map" "$work/pairs.csv" "$work/sources.csv" > "$work/ours.json"
peer "$work/peers.json" python3 tools/bench/peers.py run "$work/graph" "$work/pairs.csv" "$work/sources.csv"

# Whole commands as a user runs them: best of 3 wall-clock seconds, as JSON lines.
time_command() {
    python3 - "$@" <<'PY'
import json, subprocess, sys, time
runs = []
for _ in range(3):
    start = time.perf_counter()
    subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - start)
print(json.dumps({"name": sys.argv[1], "best_s": min(runs), "runs_s": runs}))
PY
}
{
    time_command coverage "$bin" coverage "$map" --format json
    for objective in coverage mean max; do
        time_command "plan_$objective" "$bin" plan "$map" --add 3 --minutes 15 --objective "$objective" --format json
    done
} > "$work/cli.jsonl"

# Planning: the exact optimum of each objective (HiGHS), and PySAL spopt's MCLP, on the
# instance our plan solved.
for objective in coverage mean max; do
    "$bin" plan "$map" --add 3 --minutes 15 --objective "$objective" --format json --instance "$work/instance-$objective" >/dev/null 2>&1
    peer "$work/milp-$objective.json" python3 tools/plan-check/plan_check.py "$work/instance-$objective"
done
peer "$work/spopt.json" python3 tools/bench/plan_peer.py "$work/instance-coverage"
cut -d' ' -f1-3 /proc/loadavg > "$work/load_end"

python3 tools/bench/report.py BENCHMARKS.md "$map" "$work"
echo "updated BENCHMARKS.md"
