#!/usr/bin/env bash
# The console's route and dispatch latency and throughput against osrm-routed on Andorra;
# writes the console-bench section of BENCHMARKS.md (tools/bench/console_bench.py says how).
#
#   tools/bench/console.sh [--pairs 200] [--seconds 30] [--connections 16] [--patrolmap BIN]
#
# Uses tools/osrm-compare's venv and cache (.build-osrm: osrm-bindings, osmium, OSRM's data,
# the imported package), made by tools/osrm-compare/run when missing; builds the release
# patrolmap unless --patrolmap is given; wrk from Debian.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
venv=.build-osrm/venv
[ -x "$venv/bin/python" ] || tools/osrm-compare/run --self-test
command -v wrk >/dev/null 2>&1 || apt-get install -y -qq wrk >/dev/null
case " $* " in
    *" --patrolmap "*) ;;
    *) tools/bootstrap && swift build -c release --product patrolmap ;;
esac
exec "$venv/bin/python" tools/bench/console_bench.py "$@"
