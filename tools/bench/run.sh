#!/usr/bin/env bash
# Runs PatrolMap's benchmarks beside its peers on the same data and writes BENCHMARKS.md.
#
#   tools/bench/run.sh [MAP]        (default SampleMaps/gongli)
#   BENCH_WORK=DIR tools/bench/run.sh   (keep the raw JSON results in DIR)
#
# Needs: a Swift toolchain, libproj-dev (tools/bootstrap), Python 3 with scipy, igraph,
# networkx and spopt (installed with pip when missing). Takes about 15 minutes on 2 cores, most
# of it HiGHS proving the p-median and p-center optima and spopt building its PuLP model.
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

# Routing: our searches and the peers' on the very same exported graph and queries.
"$bin" export graph "$map" --profile car+foot -o "$work/graph" 2>/dev/null
python3 tools/bench/peers.py queries "$work/graph" "$work/pairs.csv" "$work/sources.csv" 1000 50
tools/bench/.build/release/patrolmap-bench "$map" "$work/pairs.csv" "$work/sources.csv" > "$work/ours.json"
python3 tools/bench/peers.py run "$work/graph" "$work/pairs.csv" "$work/sources.csv" > "$work/peers.json"

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
    # A violated bound exits 1; keep going so the report shows it.
    python3 tools/plan-check/plan_check.py "$work/instance-$objective" > "$work/milp-$objective.json" || true
done
python3 tools/bench/plan_peer.py "$work/instance-coverage" > "$work/spopt.json"
cut -d' ' -f1-3 /proc/loadavg > "$work/load_end"

python3 tools/bench/report.py BENCHMARKS.md "$map" "$work"
echo "updated BENCHMARKS.md"
