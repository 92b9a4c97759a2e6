#!/usr/bin/env bash
# Runs PatrolMap's benchmarks beside its peers on the same data and writes BENCHMARKS.md.
#
#   tools/bench/run.sh [MAP]        (default SampleMaps/gongli)
#
# Needs: a Swift toolchain, libproj-dev (tools/bootstrap), Python 3 with scipy, igraph and
# networkx (installed with pip when missing). Takes a few minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
map="${1:-SampleMaps/gongli}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

tools/bootstrap
python3 -c "import scipy, igraph, networkx" 2>/dev/null || pip install -q scipy igraph networkx
swift build -c release --product patrolmap
(cd tools/bench && swift build -c release)
bin=.build/release/patrolmap

"$bin" export graph "$map" --profile car+foot -o "$work/graph" 2>/dev/null
python3 tools/bench/peers.py queries "$work/graph" "$work/pairs.csv" "$work/sources.csv" 1000 50
tools/bench/.build/release/patrolmap-bench "$map" "$work/pairs.csv" "$work/sources.csv" > "$work/ours.json"
python3 tools/bench/peers.py run "$work/graph" "$work/pairs.csv" "$work/sources.csv" > "$work/peers.json"

# Whole commands as a user runs them (best of 3 wall-clock seconds).
time_command() {
    python3 - "$@" <<'PY'
import subprocess, sys, time
best = min((lambda s: (subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True), time.perf_counter() - s)[1])(time.perf_counter()) for _ in range(3))
print(f"{best:.3f}")
PY
}
coverage_cli=$(time_command "$bin" coverage "$map" --format json)
plan_cli=$(time_command "$bin" plan "$map" --add 3 --minutes 15 --format json)
"$bin" plan "$map" --add 3 --minutes 15 --format json --instance "$work/instance" > "$work/plan.json" 2>/dev/null
start=$(date +%s.%N)
python3 tools/plan-check/plan_check.py "$work/instance" > "$work/milp.json"
milp_s=$(echo "$(date +%s.%N) - $start" | bc)

python3 tools/bench/report.py BENCHMARKS.md "$map" "$work/ours.json" "$work/peers.json" "$work/milp.json" "$coverage_cli" "$plan_cli" "$milp_s"
echo "updated BENCHMARKS.md"
