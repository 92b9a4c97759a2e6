#!/usr/bin/env bash
# The scaling benchmark (make bench): township → county → province, our library beside SciPy,
# igraph and NetworkX on the same exported graphs and queries, written into BENCHMARKS.md.
#
#   tools/bench/scale.sh                     (all three sizes)
#   BENCH_SIZES="township county" tools/bench/scale.sh
#
# Everything it makes goes to .build-bench/ (never committed): the generated map packages
# (tools/bench/make_region.py, regenerated when the generator changes), a Python virtual
# environment with the peers (pip), the exported graphs, and the raw results per size.
# Every step runs under `timeout` (STEP_SECONDS, default 1800) and /usr/bin/time (wall
# seconds, peak RSS); a step that fails or times out is reported as such and the bench goes on.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out=.build-bench
sizes="${BENCH_SIZES:-township county province}"
step_seconds="${STEP_SECONDS:-1800}"
mkdir -p "$out"

tools/bootstrap
# The CLI is the release build `make build` makes (and `make demo` uses); the benchmark package
# builds only the libraries it times in-process.
swift build -c release --product patrolmap
(cd tools/bench && swift build -c release --product patrolmap-bench)
bin=.build/release/patrolmap
bench=tools/bench/.build/release/patrolmap-bench
py="$out/venv/bin/python"
if ! "$py" -c "import numpy, scipy, igraph, networkx" 2>/dev/null; then
    python3 -m venv "$out/venv"
    "$out/venv/bin/pip" install -q numpy scipy igraph networkx
fi

# measure DIR NAME COMMAND...: stdout to DIR/NAME.out, "status wall_s peak_kb" to DIR/NAME.time.
measure() {
    local dir="$1" name="$2"; shift 2
    local status=0
    /usr/bin/time -f "%e %M" -o "$dir/$name.rusage" timeout "$step_seconds" "$@" > "$dir/$name.out" 2> "$dir/$name.err" || status=$?
    echo "$status $(tail -1 "$dir/$name.rusage")" > "$dir/$name.time"
    [ "$status" -eq 0 ] || echo "bench: $size $name: exit status $status (124: over $step_seconds s)" >&2
}

cut -d' ' -f1-3 /proc/loadavg > "$out/load_start"
generator_hash="$(sha256sum tools/bench/make_region.py | cut -c1-16)"
for size in $sizes; do
    echo "bench: $size" >&2
    w="$out/results/$size"
    rm -rf "$w" && mkdir -p "$w"
    case "$size" in
        township) map=SampleMaps/gongli; pairs=1000; sources=50; runs=3 ;;
        county) map="$out/maps/county"; pairs=200; sources=20; runs=3 ;;
        province) map="$out/maps/province"; pairs=20; sources=10; runs=1 ;;
        *) echo "unknown size $size" >&2; exit 2 ;;
    esac
    if [ "$size" != township ] && [ "$(cat "$map/.generator" 2>/dev/null)" != "$generator_hash" ]; then
        rm -rf "$map"
        measure "$w" generate "$py" tools/bench/make_region.py "$size" "$map"
        echo "$generator_hash" > "$map/.generator"
    fi
    du -sb "$map" | cut -f1 > "$w/package_bytes"
    measure "$w" info "$bin" info "$map" --format json
    measure "$w" export "$bin" export graph "$map" --profile car -o "$w/graph"
    measure "$w" queries "$py" tools/bench/peers.py queries "$w/graph" "$w/pairs.csv" "$w/sources.csv" "$pairs" "$sources"
    measure "$w" ours "$bench" "$map" "$w/pairs.csv" "$w/sources.csv" --profile car --runs "$runs" --no-plan --no-coverage
    measure "$w" peers "$py" tools/bench/peers.py run "$w/graph" "$w/pairs.csv" "$w/sources.csv" "$runs"
    # A whole `route` between the first and the last household of the ledger (far apart).
    first="$(sed -n 2p "$map/households.csv" | cut -d, -f1)"
    last="$(tail -1 "$map/households.csv" | cut -d, -f1)"
    measure "$w" route "$bin" route "$map" --from "$first" --to "$last" --format json
    measure "$w" coverage "$bin" coverage "$map" --format json
    measure "$w" plan "$bin" plan "$map" --add 3 --minutes 15 --format json
    rm -rf "$w/graph"
done
cut -d' ' -f1-3 /proc/loadavg > "$out/load_end"

"$py" tools/bench/scale_report.py BENCHMARKS.md "$out" $sizes
echo "updated BENCHMARKS.md (scaling section)"
